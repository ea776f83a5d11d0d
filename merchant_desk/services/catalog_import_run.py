"""One pass of a catalog import over a file: matching rows to products, counting, and (when applying) saving."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.orm import Session

from merchant_desk.core.catalog import PhotoRef, ProductDraft
from merchant_desk.core.catalog_import import (
    CellIssue,
    FileChangedSincePreview,
    ImportFailed,
    ImportPreview,
    ImportResult,
    RowIssue,
    merge_photos,
)
from merchant_desk.core.errors import tr_noop
from merchant_desk.db.models import Product
from merchant_desk.formats.catalog_common import ImportRow
from merchant_desk.formats.catalog_read import CatalogSource
from merchant_desk.services import catalog_query as q
from merchant_desk.services.catalog_store import (
    COLUMN_FIELDS,
    STATE_FIELDS,
    CollectionResolver,
    columns,
    insert_many,
    replace_photos,
    stamp,
)

# The report types moved to core; the service and the tests import them from here too.
__all__ = [
    "BIG_IMPORT_ROWS",
    "FileChangedSincePreview",
    "ImportCancelled",
    "ImportFailed",
    "ImportPreview",
    "ImportResult",
    "ImportRun",
    "RowIssue",
    "batches",
    "merge_photos",
]

BATCH = 1000
_OWN_PHOTO_URL = re.compile(r"/([0-9a-f]{64})\.jpg$")
BIG_IMPORT_ROWS = 2000  # above this, FTS triggers are dropped and the index rebuilt once (DESIGN.md §8.5)
# One sentence per key, so a translator sees whole sentences (not "The same {kind}" with an English kind).
SAME_AS = {
    "SKU": tr_noop("The same SKU as row {row}."),
    "id": tr_noop("The same id as row {row}."),
    "name": tr_noop("The same name as row {row}."),
}
SAME_PRODUCT = tr_noop("Matches the same product as row {row}.")


class ImportCancelled(Exception):
    pass


@dataclass
class ImportRun:
    """One pass over a file, shared by preview (write=False) and apply, so both count the same way."""

    session: Session
    source: CatalogSource
    write: bool
    has_photo: Callable[[str], bool]
    store_photo: Callable[[bytes], PhotoRef] | None = None
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    rejected: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    seen: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, key) -> first row
    matched: dict[int, int] = field(default_factory=dict)  # product id -> row
    stored: dict[str, PhotoRef] = field(default_factory=dict)
    photo_plan: dict[int, tuple[PhotoRef, ...]] = field(default_factory=dict)  # product id -> its new photos
    state_changed: list[int] = field(default_factory=list)  # updated products whose price/stock/availability moved

    def __post_init__(self) -> None:
        self.resolver = CollectionResolver(self.session)
        self.new_collections: dict[str, None] = {}
        self.known = self.resolver.known()
        self.now = stamp()
        # A first import into an empty catalog has nothing to match: rows of the same file that share a key
        # were already rejected as duplicates, so the per-batch lookups can be skipped.
        self.empty_at_start = self.session.scalar(select(Product.id).limit(1)) is None

    def _reject(self, at: int, column: str, message: str, **params: Any) -> None:
        self.rejected.append(RowIssue.at(at, CellIssue.of(column, message, **params)))

    def sorted_issues(self, issues: list[RowIssue]) -> tuple[RowIssue, ...]:
        """By row, then by the column's place in the file (a whole-row problem first): readers yield some rows
        late (a Shopify product when its handle group ends) and duplicates are found after a row's cells."""
        places = {name.strip().lower(): i for i, name in enumerate(self.source.header)}
        return tuple(
            sorted(issues, key=lambda i: (i.row, -1 if not i.column else places.get(i.column.lower(), len(places))))
        )

    def _duplicate(self, row: ImportRow, draft: ProductDraft) -> bool:
        keys = [("SKU", draft.sku), ("id", draft.feed_id)]
        if draft.sku is None and draft.feed_id is None:
            keys.append(("name", draft.name))
        for kind, key in keys:
            if key is None:
                continue
            first = self.seen.get((kind, key))
            if first is not None:
                self._reject(row.row_number, kind, SAME_AS[kind], row=first)
                return True
        for kind, key in keys:
            if key is not None:
                self.seen[(kind, key)] = row.row_number
        return False

    def _photos(self, draft: ProductDraft) -> tuple[PhotoRef, ...]:
        """Bundle photos go to the photo store (apply only); a photo that is nowhere is dropped."""
        out = []
        for photo in draft.photos:
            own = _OWN_PHOTO_URL.search(photo.source_url or "") if not photo.sha256 else None
            if own and self.has_photo(own.group(1)):
                photo = PhotoRef(own.group(1), None)  # our Meta export's {photo_base_url}/{sha}.jpg
            if photo.sha256 and not self.has_photo(photo.sha256):
                photo = PhotoRef(None, photo.source_url)
            elif photo.sha256 and self.write and self.store_photo is not None:
                data = self.source.photo_bytes(photo.sha256)
                if data is not None:
                    if photo.sha256 not in self.stored:
                        self.stored[photo.sha256] = self.store_photo(data)
                    stored = self.stored[photo.sha256]
                    photo = PhotoRef(stored.sha256, photo.source_url, stored.width, stored.height)
            if photo.sha256 or photo.source_url:
                out.append(photo)
        return tuple(out)

    def _lookup(self, drafts: Sequence[ProductDraft]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        skus = {d.sku for d in drafts if d.sku} | {d.feed_id for d in drafts if d.feed_id}
        feed_ids = {d.feed_id for d in drafts if d.feed_id}
        names = {d.name for d in drafts if not d.sku and not d.feed_id}
        table = Product.__table__
        by_sku: dict[str, Any] = {}
        by_feed: dict[str, Any] = {}
        by_name: dict[str, Any] = {}
        # One query per key so each uses its own index (an OR of the three made SQLite scan the table).
        lookups = (
            (by_sku, "sku", table.c.sku.in_(skus), skus),
            (by_feed, "feed_id", table.c.feed_id.in_(feed_ids), feed_ids),
            (
                by_name,
                "name",
                and_(table.c.name.in_(names), table.c.sku.is_(None), table.c.feed_id.is_(None)),
                bool(names),
            ),
        )
        for found, key, where, wanted in lookups:
            if wanted:
                for r in self.session.execute(select(table).where(where).order_by(table.c.id)):
                    found.setdefault(getattr(r, key), r)
        return by_sku, by_feed, by_name

    def batch(self, rows: Sequence[ImportRow]) -> None:
        candidates: list[tuple[ImportRow, ProductDraft]] = []
        for row in rows:
            self.rows += 1
            self.warnings.extend(RowIssue.at(row.row_number, w) for w in row.warnings)
            if row.problems:
                self.rejected.extend(RowIssue.at(row.row_number, p) for p in row.problems)
            elif row.draft is None:
                self.skipped += 1
            elif not self._duplicate(row, row.draft):
                candidates.append((row, row.draft))
        by_sku, by_feed, by_name = ({}, {}, {}) if self.empty_at_start else self._lookup([d for _r, d in candidates])
        found = [
            (
                row,
                draft,
                (draft.sku and by_sku.get(draft.sku))
                or (draft.feed_id and (by_feed.get(draft.feed_id) or by_sku.get(draft.feed_id)))
                or (None if draft.sku or draft.feed_id else by_name.get(draft.name)),
            )
            for row, draft in candidates
        ]
        matched_ids = [p.id for _r, _d, p in found if p is not None]
        photos = q.photos_of(self.session, matched_ids) if "photos" in self.source.fields else {}
        links = q.collections_of(self.session, matched_ids) if "collections" in self.source.fields else {}
        creates: list[ProductDraft] = []
        updates: list[tuple[int, dict[str, Any], ProductDraft, bool, bool]] = []
        for row, draft, product in found:
            for name in draft.collections:
                if name.casefold() not in self.known:
                    self.new_collections.setdefault(name)
            if product is None:
                creates.append(draft)
                continue
            first = self.matched.setdefault(product.id, row.row_number)
            if first != row.row_number:
                self._reject(row.row_number, "", SAME_PRODUCT, row=first)
                continue
            values = self._changed(product, draft)
            new_photos = False
            if "photos" in self.source.fields:
                existing = photos.get(product.id, [])
                merged = merge_photos(existing, self._photos(draft))
                new_photos = [p.key for p in existing] != [p.key for p in merged]
                if new_photos:
                    self.photo_plan[product.id] = merged
            old_links = {n.casefold() for _c, n in links.get(product.id, [])}
            new_links = "collections" in self.source.fields and old_links != {n.casefold() for n in draft.collections}
            if values or new_photos or new_links or product.deleted_at is not None:
                updates.append((product.id, values, draft, new_photos, new_links))
            else:
                self.unchanged += 1
        self.created += len(creates)
        self.updated += len(updates)
        if self.write:
            self._save(creates, updates)

    def _changed(self, product: Any, draft: ProductDraft) -> dict[str, Any]:
        values = {}
        for name in self.source.fields & set(COLUMN_FIELDS):
            new = getattr(draft, name)
            if name in ("sku", "feed_id") and new is None:
                continue  # a file without the key does not erase the one the shop has
            if name == "feed_id" and new == product.sku:
                continue  # Meta's id is our SKU: the product is already known by it
            if name == "description" and not product.description and new == draft.name:
                continue  # our Meta export writes the name where Meta requires a description
            if getattr(product, name) != new:
                values[name] = new
        return values

    def _save(
        self, creates: list[ProductDraft], updates: list[tuple[int, dict[str, Any], ProductDraft, bool, bool]]
    ) -> None:
        table = Product.__table__
        if creates:
            base = {"created_at": self.now, "updated_at": self.now}  # exported_at, deleted_at: NULL
            values = [{**columns(d), **base} for d in creates]
            conn = self.session.connection()
            if conn.dialect.name == "sqlite":
                # SQLite cannot promise RETURNING order for multi-row inserts, so SQLAlchemy would insert row by
                # row; inside our IMMEDIATE transaction nobody else writes, so the next ids are ours to assign.
                first = (conn.scalar(select(func.max(table.c.id))) or 0) + 1
                ids = list(range(first, first + len(values)))
                for pid, row in zip(ids, values, strict=True):
                    row["id"] = pid
                insert_many(self.session, table, values)
            else:
                statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
                ids = list(conn.execute(statement, values).scalars())
            replace_photos(
                self.session, ids, {i: self._photos(d) for i, d in zip(ids, creates, strict=True)}, clear=False
            )
            with_links = [(i, d) for i, d in zip(ids, creates, strict=True) if d.collections]
            self.resolver.replace_links(
                [i for i, _d in with_links], {i: d.collections for i, d in with_links}, clear=False
            )
        for pid, values, draft, new_photos, new_links in updates:
            if not STATE_FIELDS.isdisjoint(values):
                self.state_changed.append(pid)
            self.session.execute(
                update(table).where(table.c.id == pid).values(**values, updated_at=self.now, deleted_at=None)
            )
            if new_photos:
                replace_photos(self.session, [pid], {pid: self.photo_plan[pid]})
            if new_links:
                self.resolver.replace_links([pid], {pid: draft.collections})


def batches(rows: Iterator[ImportRow]) -> Iterator[list[ImportRow]]:
    batch: list[ImportRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
