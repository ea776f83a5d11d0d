"""Catalog reads for big lists: counts, pages of ids, rows for given ids, FTS search — all in SQL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Integer, Select, and_, bindparam, column, func, or_, select, text
from sqlalchemy.orm import Session

from merchant_desk.core.catalog import PhotoRef, ProductDraft, ProductFilter, ProductRow
from merchant_desk.core.errors import UserError, tr_noop
from merchant_desk.db.models import Collection, Product, ProductImage, product_collections
from merchant_desk.services import catalog_search, catalog_sqlite
from merchant_desk.services.catalog_search import fts_query, tokens

if TYPE_CHECKING:
    from merchant_desk.db.engine import Database

SORTABLE: tuple[str, ...] = (
    *("id", "name", "sku", "price", "sale_price", "stock", "availability", "condition", "brand", "hidden"),
    *("created_at", "updated_at", "deleted_at"),
)
# Indexes a sort can walk; names come from the naming convention (db/base.py) of the first migration.
SORT_INDEXES = {"name": "ix_products_name", "price": "ix_products_price", "updated_at": "ix_products_updated_at"}
# More matches than this: walk the sort index instead of sorting the matches. Sorting costs 1–2 µs a match
# (10–14 ms at 10,000), the walk ~2 µs a row read: past 10% of a 100k catalog, it reads fewer rows.
SEARCH_INDEX_WALK = catalog_search.PROBE
MAX_WALKED_PAGE = 1_000  # a first page longer than this is not worth checking row by row in Python
CHUNK = 500  # ids per IN (...) list: far below SQLite's variable limit
# A page_ids limit meaning "every id" (the list models hold all ids of a filter): no LIMIT clause then,
# since SQLite's top-N sorter under a huge LIMIT is about twice as slow as a plain ORDER BY.
ALL_IDS = 1 << 40


# What a list row shows: the sortable columns but the creation time, plus when it was last exported.
_ROW_COLUMNS = (*(c for c in SORTABLE if c != "created_at"), "exported_at")


class UnknownSort(UserError):
    message = tr_noop("The list cannot be sorted by '{column}'.")


def _search_clause(session: Session, query: str) -> ColumnElement[bool]:
    if session.get_bind().dialect.name == "sqlite":
        match = fts_query(query)
        if match is None:
            return Product.id.is_not(None)
        fts = text("SELECT rowid FROM products_fts WHERE products_fts MATCH :fts").bindparams(fts=match)
        return Product.id.in_(fts)
    # Other databases: every word must occur in the name, SKU or brand (no FTS5 there).
    words = tokens(query)
    return and_(
        *(or_(Product.name.ilike(f"%{w}%"), Product.sku.ilike(f"%{w}%"), Product.brand.ilike(f"%{w}%")) for w in words)
    )


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def where_clauses(
    session: Session, flt: ProductFilter, *, for_count: bool = False, search: bool = True
) -> list[ColumnElement[bool]]:
    """The SQL conditions of a filter (without its search when ``search`` is False).

    Live products are "not among the trashed ids" on SQLite when listing: without statistics the planner would
    otherwise use the deleted_at index and sort all 100,000 rows for every page; this form lets it walk the
    sort column's index, covering. Counting keeps ``deleted_at IS NULL`` (a covering index count).
    """
    if flt.trash:
        live: ColumnElement[bool] = Product.deleted_at.is_not(None)
    elif for_count or not _is_sqlite(session):
        live = Product.deleted_at.is_(None)
    else:
        live = Product.id.not_in(select(Product.id).where(Product.deleted_at.is_not(None)))
    clauses = [live]
    if search and flt.search.strip():
        clauses.append(_search_clause(session, flt.search))
    return clauses + _narrowing(flt)


def _narrowing(flt: ProductFilter) -> list[ColumnElement[bool]]:
    """The filter's conditions besides trash and search: collection, availability, stock, hidden, export."""
    clauses: list[ColumnElement[bool]] = []
    if flt.collection_id is not None:
        linked = select(product_collections.c.product_id).where(
            product_collections.c.collection_id == flt.collection_id
        )
        clauses.append(Product.id.in_(linked))
    if flt.availability:
        clauses.append(Product.availability == flt.availability)
    if flt.low_stock is not None:
        clauses.append(and_(Product.stock.is_not(None), Product.stock <= flt.low_stock))
    if flt.hidden is not None:
        clauses.append(Product.hidden.is_(flt.hidden))
    if flt.changed_since_export:
        clauses.append(or_(Product.exported_at.is_(None), Product.updated_at > Product.exported_at))
    return clauses


def count(session: Session, flt: ProductFilter) -> int:
    """How many products the filter shows.

    A plain search is counted in the FTS index, minus the trashed matches found through the (small) trash:
    joining 48,000 matches of a one-letter prefix back to products cost ~80 ms at 100,000 products.
    """
    match = fts_query(flt.search) if _is_sqlite(session) else None
    if match is not None and not _narrowing(flt):
        in_trash = session.scalar(
            text(
                "SELECT count(*) FROM products WHERE deleted_at IS NOT NULL AND +id IN "
                "(SELECT rowid FROM products_fts WHERE products_fts MATCH :fts)"
            ).bindparams(fts=match)
        )
        if flt.trash:
            return in_trash or 0
        total = session.scalar(
            text("SELECT count(*) FROM products_fts WHERE products_fts MATCH :fts").bindparams(fts=match)
        )
        return (total or 0) - (in_trash or 0)
    query = select(func.count()).select_from(Product).where(*where_clauses(session, flt, for_count=True))
    return session.scalar(query) or 0


def page_ids(
    session: Session,
    flt: ProductFilter,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
) -> list[int]:
    """Ids of one page of the filtered list, sorted in SQL with the id as tie-breaker (stable pages).

    A search picks its plan by how many products match (``total`` if the caller counted them, else counted
    up to ``catalog_search.PROBE``): few are fetched through FTS5 and sorted; many walk the sort column's
    index and stop after one page (see catalog_search).
    """
    if sort not in SORTABLE:
        raise UnknownSort(column=sort)
    match = fts_query(flt.search) if _is_sqlite(session) and not flt.trash else None
    if match is not None:
        many = total if total is not None else catalog_search.probe(session, match)
        if many <= SEARCH_INDEX_WALK or sort not in SORT_INDEXES:
            return _fts_sorted(session, flt, match, sort, descending, offset, limit)
        if offset == 0 and limit <= MAX_WALKED_PAGE and not _narrowing(flt):
            index = SORT_INDEXES[sort]
            walked = catalog_search.walk_first_page(session, flt.search, sort, index, descending, limit)
            if walked is None:
                walked = catalog_search.index_walk_page(session, match, sort, index, descending, limit)
            return walked
    clauses = where_clauses(session, flt)
    if limit < ALL_IDS and not flt.trash and _is_sqlite(session):
        # Nearly every product is live, but without ANALYZE statistics SQLite takes "deleted_at IS NULL" for a
        # selective test, walks that index and sorts every row for one page (~80 ms at 100k). likely() lets
        # it walk the sort column's index instead and stop after one page (~0.1 ms). Not for whole id lists:
        # reading every row in index order is ~3x slower than sorting them.
        clauses[0] = func.likely(clauses[0])
    return _ids(session, select(Product.id).where(*clauses).order_by(*_order(sort, descending)), offset, limit)


def _order(sort: str, descending: bool) -> tuple[Any, Any]:
    key = getattr(Product, sort)
    return (key.desc(), Product.id.desc()) if descending else (key.asc(), Product.id.asc())


def _fts_sorted(
    session: Session, flt: ProductFilter, match: str, sort: str, descending: bool, offset: int, limit: int
) -> list[int]:
    """The matches read off the FTS5 index, joined to their rows by rowid and sorted (~1 µs a match)."""
    if not _narrowing(flt) and limit < ALL_IDS:  # a plain search's page, the keystroke's: no SQLAlchemy
        return catalog_sqlite.fts_sorted(session, match, sort, descending, offset, limit)
    fts = (
        text("SELECT rowid AS rid FROM products_fts WHERE products_fts MATCH :fts")
        .bindparams(fts=match)
        .columns(column("rid", Integer))
        .subquery("m")
    )
    query: Select[Any] = (
        select(Product.id)
        .select_from(fts)
        .join(Product, Product.id == fts.c.rid)
        # deleted_at IS NULL: each match's row is read for its name anyway, and "not among the trashed ids"
        # would gather the trash first (~2 ms of ~12 at 8,000 matches).
        .where(*where_clauses(session, flt, for_count=True, search=False))
        .order_by(*_order(sort, descending))
    )
    return _ids(session, query, offset, limit)


def _ids(session: Session, query: Select[Any], offset: int, limit: int) -> list[int]:
    if offset > 0:
        query = query.offset(offset)
    if limit < ALL_IDS:
        query = query.limit(max(limit, 0))
    # Core rows, not ORM scalars: at 100,000 ids the ORM's per-row work costs more than the query itself.
    return [row[0] for row in session.connection().execute(query)]


# One statement whatever the ids (SQLAlchemy caches it): a list of literals is coerced one by one, which
# cost more than the query itself for a page of rows.
_IDS = bindparam("ids", expanding=True)


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def photos_of(session: Session, ids: Sequence[int]) -> dict[int, list[PhotoRef]]:
    found: dict[int, list[PhotoRef]] = defaultdict(list)
    for part in chunks(ids):
        query = (
            select(ProductImage.product_id, ProductImage.sha256, ProductImage.source_url, ProductImage.width)
            .add_columns(ProductImage.height)
            .where(ProductImage.product_id.in_(_IDS))
            .order_by(ProductImage.product_id, ProductImage.position, ProductImage.id)
        )
        for pid, sha, url, width, height in session.execute(query, {"ids": list(part)}):
            found[pid].append(PhotoRef(sha, url, width, height))
    return found


def collections_of(session: Session, ids: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
    """Each product's collections as (id, name), in the shop's collection order."""
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for part in chunks(ids):
        query = (
            select(product_collections.c.product_id, Collection.id, Collection.name)
            .join(Collection, Collection.id == product_collections.c.collection_id)
            .where(product_collections.c.product_id.in_(_IDS))
            .order_by(Collection.position, Collection.id)
        )
        for pid, cid, name in session.execute(query, {"ids": list(part)}):
            found[pid].append((cid, name))
    return found


def draft_from(row: Any, photos: Sequence[PhotoRef], collections: Sequence[str]) -> ProductDraft:
    """A draft from a products row (ORM object or Core row) and its photos and collection names."""
    return ProductDraft(
        name=row.name,
        price=row.price,
        description=row.description or "",
        sku=row.sku,
        sale_price=row.sale_price,
        stock=row.stock,
        availability=row.availability,
        condition=row.condition,
        brand=row.brand,
        link=row.link,
        hidden=bool(row.hidden),
        feed_id=row.feed_id,
        collections=tuple(collections),
        photos=tuple(photos),
    )


def rows(session: Session, ids: Sequence[int]) -> list[ProductRow]:
    """The list rows of ``ids`` in the order given; ids that no longer exist are left out."""
    if not ids:
        return []
    if _is_sqlite(session):
        return catalog_sqlite.read_rows(session, ids, CHUNK)
    # Only what a list shows: descriptions (up to 5,000 characters each) stay in the database.
    query = select(*(Product.__table__.c[name] for name in _ROW_COLUMNS)).where(Product.id.in_(_IDS))
    found: dict[int, tuple[Any, ...]] = {}
    for part in chunks(ids):
        found.update((r[0], tuple(r)) for r in session.execute(query, {"ids": list(part)}))
    covers = {pid: (refs[0].sha256, refs[0].source_url) for pid, refs in photos_of(session, list(found)).items()}
    names = {pid: [name for _cid, name in links] for pid, links in collections_of(session, list(found)).items()}
    return catalog_sqlite.build_rows(ids, found, covers, names)


def first_page(
    db: Database, flt: ProductFilter, sort: str, descending: bool, limit: int, screen: int, counted: bool
) -> tuple[list[int], int, bool, list[ProductRow]]:
    """What a keystroke shows, in one session: the first ``limit`` ids (fewer when a narrowed search knows only
    those yet), their count (exact if complete, else as many as known), if complete, the first ``screen`` rows."""
    with catalog_sqlite.reading(db) as session:
        plain = _is_sqlite(session) and bool(flt.search.strip()) and not flt.trash and not _narrowing(flt)
        match = fts_query(flt.search) if plain else None
        if match is None:
            ids = page_ids(session, flt, sort, descending, 0, limit)
            total = count(session, flt) if counted and len(ids) >= limit else len(ids)
            return ids, total, len(ids) < limit or total == len(ids), rows(session, ids[:screen])
        snapshot = catalog_search.Snapshot.of(session)  # first: the data version of this transaction's snapshot
        # Only pages of searches matching at most SEARCH_INDEX_WALK products are remembered, so a search that
        # narrows one matches no more either: no probe needed.
        narrowed = catalog_search.narrowed_page(session, db, snapshot, flt, sort, descending, screen)
        many = 0 if narrowed else catalog_search.probe(session, match)
        if not narrowed:
            ids = page_ids(session, flt, sort, descending, 0, limit, many)
        ids, complete = narrowed or (ids, len(ids) < limit)
        if many <= SEARCH_INDEX_WALK:
            catalog_search.remember(db, snapshot, flt.search, sort, descending, ids, complete)
        return ids, len(ids), complete, rows(session, ids[:screen])
