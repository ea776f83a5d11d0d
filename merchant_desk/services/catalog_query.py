"""Catalog reads for big lists: counts, pages of ids, rows for given ids, FTS search — all in SQL."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, text
from sqlalchemy.orm import Session

from merchant_desk.core.catalog import PhotoRef, ProductDraft, ProductFilter, ProductRow
from merchant_desk.core.errors import UserError, tr_noop
from merchant_desk.db.models import Collection, Product, ProductImage, product_collections

SORTABLE: tuple[str, ...] = (
    "id",
    "name",
    "sku",
    "price",
    "sale_price",
    "stock",
    "availability",
    "condition",
    "brand",
    "hidden",
    "created_at",
    "updated_at",
    "deleted_at",
)
# Indexes a sort can walk; names come from the naming convention (db/base.py) of the first migration.
SORT_INDEXES = {"name": "ix_products_name", "price": "ix_products_price", "updated_at": "ix_products_updated_at"}
SEARCH_INDEX_WALK = 2_000  # more matches than this: walk the sort index instead of sorting the matches
_MAX_TOKENS = 16
CHUNK = 500  # ids per IN (...) list: far below SQLite's variable limit
# A page_ids limit meaning "every id" (the list models hold all ids of a filter): no LIMIT clause then,
# since SQLite's top-N sorter under a huge LIMIT is about twice as slow as a plain ORDER BY.
ALL_IDS = 1 << 40


_ROW_COLUMNS = (
    "id",
    "name",
    "sku",
    "price",
    "sale_price",
    "stock",
    "availability",
    "condition",
    "brand",
    "hidden",
    "updated_at",
    "exported_at",
    "deleted_at",
)


class UnknownSort(UserError):
    message = tr_noop("The list cannot be sorted by '{column}'.")


def fts_query(text_: str) -> str | None:
    """An FTS5 MATCH string for what a merchant typed: every word as a quoted prefix, all required.

    Quoting each word makes ``"``, ``*``, ``-``, ``OR``, ``NEAR`` and ``:`` plain text, so no input can break
    or widen the query. Returns None when nothing searchable was typed.
    """
    tokens = re.findall(r"[^\W_]+", text_)[:_MAX_TOKENS]
    return " ".join(f'"{t}"*' for t in tokens) or None


def _search_clause(session: Session, query: str) -> ColumnElement[bool]:
    if session.get_bind().dialect.name == "sqlite":
        match = fts_query(query)
        if match is None:
            return Product.id.is_not(None)
        fts = text("SELECT rowid FROM products_fts WHERE products_fts MATCH :fts").bindparams(fts=match)
        return Product.id.in_(fts)
    # Other databases: every word must occur in the name, SKU or brand (no FTS5 there).
    words = re.findall(r"[^\W_]+", query)[:_MAX_TOKENS]
    return and_(
        *(or_(Product.name.ilike(f"%{w}%"), Product.sku.ilike(f"%{w}%"), Product.brand.ilike(f"%{w}%")) for w in words)
    )


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def where_clauses(session: Session, flt: ProductFilter, *, for_count: bool = False) -> list[ColumnElement[bool]]:
    """The SQL conditions of a filter.

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
    if flt.search.strip():
        clauses.append(_search_clause(session, flt.search))
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


def _search_only(flt: ProductFilter) -> bool:
    return (
        flt.collection_id is None
        and not flt.availability
        and flt.low_stock is None
        and flt.hidden is None
        and not flt.changed_since_export
    )


def count(session: Session, flt: ProductFilter) -> int:
    """How many products the filter shows.

    A plain search is counted in the FTS index, minus the trashed matches found through the (small) trash:
    joining 48,000 matches of a one-letter prefix back to products cost ~80 ms at 100,000 products.
    """
    match = fts_query(flt.search) if _is_sqlite(session) else None
    if match is not None and _search_only(flt):
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

    ``total`` (the filter's count, if the caller has it) picks the plan for a search: many matches walk the
    sort column's index and stop after one page; few are fetched through FTS and sorted.
    """
    if sort not in SORTABLE:
        raise UnknownSort(column=sort)
    column = getattr(Product, sort)
    order = (column.desc(), Product.id.desc()) if descending else (column.asc(), Product.id.asc())
    clauses = where_clauses(session, flt)
    if limit < ALL_IDS and not flt.trash and session.get_bind().dialect.name == "sqlite":
        # Nearly every product is live, but without ANALYZE statistics SQLite takes "deleted_at IS NULL" for a
        # selective test, walks that index and sorts every row for one page (~80 ms at 100k). likely() lets
        # it walk the sort column's index instead and stop after one page (~0.1 ms). Not for whole id lists:
        # reading every row in index order is ~3x slower than sorting them.
        clauses[0] = func.likely(clauses[0])
    query: Select[Any] = select(Product.id).where(*clauses).order_by(*order)
    if flt.search.strip() and sort in SORT_INDEXES and _is_sqlite(session):
        many = total if total is not None else count(session, flt)
        if many > SEARCH_INDEX_WALK:
            query = query.with_hint(Product, f"INDEXED BY {SORT_INDEXES[sort]}", "sqlite")
    if offset > 0:
        query = query.offset(offset)
    if limit < ALL_IDS:
        query = query.limit(max(limit, 0))
    # Core rows, not ORM scalars: at 100,000 ids the ORM's per-row work costs more than the query itself.
    return [row[0] for row in session.connection().execute(query)]


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def photos_of(session: Session, ids: Sequence[int]) -> dict[int, list[PhotoRef]]:
    found: dict[int, list[PhotoRef]] = defaultdict(list)
    for part in chunks(ids):
        query = (
            select(ProductImage.product_id, ProductImage.sha256, ProductImage.source_url, ProductImage.width)
            .add_columns(ProductImage.height)
            .where(ProductImage.product_id.in_(part))
            .order_by(ProductImage.product_id, ProductImage.position, ProductImage.id)
        )
        for pid, sha, url, width, height in session.execute(query):
            found[pid].append(PhotoRef(sha, url, width, height))
    return found


def collections_of(session: Session, ids: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
    """Each product's collections as (id, name), in the shop's collection order."""
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for part in chunks(ids):
        query = (
            select(product_collections.c.product_id, Collection.id, Collection.name)
            .join(Collection, Collection.id == product_collections.c.collection_id)
            .where(product_collections.c.product_id.in_(part))
            .order_by(Collection.position, Collection.id)
        )
        for pid, cid, name in session.execute(query):
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
    table = Product.__table__
    # Only what a list shows: descriptions (up to 5,000 characters each) stay in the database.
    wanted = [table.c[name] for name in _ROW_COLUMNS]
    by_id: dict[int, Any] = {}
    for part in chunks(ids):
        by_id.update((r.id, r) for r in session.execute(select(*wanted).where(table.c.id.in_(part))))
    photos = photos_of(session, list(by_id))
    collections = collections_of(session, list(by_id))
    out = []
    for pid in ids:
        r = by_id.get(pid)
        if r is None:
            continue
        cover = photos[pid][0] if photos.get(pid) else PhotoRef()
        out.append(
            ProductRow(
                id=r.id,
                name=r.name,
                sku=r.sku,
                price=r.price,
                sale_price=r.sale_price,
                stock=r.stock,
                availability=r.availability,
                condition=r.condition,
                brand=r.brand,
                hidden=bool(r.hidden),
                cover_sha256=cover.sha256,
                cover_url=cover.source_url,
                collections=tuple(name for _cid, name in collections.get(pid, ())),
                updated_at=r.updated_at,
                deleted_at=r.deleted_at,
                changed_since_export=r.exported_at is None or r.updated_at > r.exported_at,
            )
        )
    return out
