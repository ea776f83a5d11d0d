"""Write helpers the catalog services share: product columns, photos, collection links, audit rows."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, DateTime, Table, delete, func, insert, select
from sqlalchemy.orm import Session

from merchant_desk.core.catalog import PhotoRef, ProductDraft
from merchant_desk.core.changes import Changes
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.models import AuditEntry, Collection, ProductImage, product_collections
from merchant_desk.services.audit_service import Actor

# The products columns a draft fills (photos and collections live in their own tables).
COLUMN_FIELDS: tuple[str, ...] = (
    "name",
    "price",
    "description",
    "sku",
    "sale_price",
    "stock",
    "availability",
    "condition",
    "brand",
    "link",
    "hidden",
    "feed_id",
)


# What a follow-up (back in stock, price drop) watches. Writes that touch these tell ``ProductsChanged`` once
# their transaction has committed; the hub wires it to the follow-up check, so the catalog imports none of it.
STATE_FIELDS = frozenset({"price", "sale_price", "stock", "availability"})
ProductsChanged = Callable[[Sequence[int]], Changes]


def after_products(hook: ProductsChanged | None, ids: Sequence[int]) -> Changes:
    """What the hook added to a catalog write that changed the state of ``ids`` (nothing without a hook)."""
    return hook(ids) if hook is not None and ids else Changes()


def columns(draft: ProductDraft, fields: Iterable[str] = COLUMN_FIELDS) -> dict[str, Any]:
    return {f: getattr(draft, f) for f in fields if f in COLUMN_FIELDS}


@lru_cache(maxsize=64)
def _sqlite_datetime(value: datetime) -> str:
    # The text SQLAlchemy's SQLite DateTime stores, so rows written either way read back the same; a bulk
    # insert stamps every row with the same few datetimes, hence the cache.
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def insert_many(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Core executemany of ``rows`` (all with the same keys).

    On SQLite the statement goes to the driver directly: SQLAlchemy's per-row parameter processing cost as much
    as the inserts themselves in the 100,000-row import benchmark.
    """
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), list(rows))
        return
    keys = list(rows[0])
    convert: list[tuple[int, Callable[[Any], Any]]] = []
    for index, key in enumerate(keys):
        kind = table.c[key].type
        if isinstance(kind, DateTime):
            convert.append((index, _sqlite_datetime))
        elif isinstance(kind, Boolean):
            convert.append((index, int))
    getter = itemgetter(*keys)
    params: list[Any] = []
    for row in rows:
        values = getter(row) if len(keys) > 1 else (getter(row),)
        if convert:
            mutable = list(values)
            for index, fn in convert:
                if mutable[index] is not None:
                    mutable[index] = fn(mutable[index])
            values = tuple(mutable)
        params.append(values)
    sql = f"INSERT INTO {table.name} ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})"
    conn.exec_driver_sql(sql, params)


def replace_photos(
    session: Session, product_ids: Sequence[int], photos: dict[int, Sequence[PhotoRef]], *, clear: bool = True
) -> None:
    """Sets the photos of ``product_ids`` to ``photos[id]`` (position 0 is the cover); ``clear=False`` for new rows."""
    if not product_ids:
        return
    if clear:
        session.execute(delete(ProductImage).where(ProductImage.product_id.in_(product_ids)))
    now = utcnow()
    values = [
        {
            "product_id": pid,
            "position": position,
            "sha256": p.sha256,
            "source_url": p.source_url,
            "width": p.width,
            "height": p.height,
            "created_at": now,
        }
        for pid in product_ids
        for position, p in enumerate(photos.get(pid, ()))
    ]
    insert_many(session, ProductImage.__table__, values)


class CollectionResolver:
    """Collection names -> ids within one transaction, creating missing collections at the end of the order."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[str, int] = {
            n.casefold(): i for i, n in session.execute(select(Collection.id, Collection.name))
        }
        self._next_slot: dict[int, int] = dict(
            session.execute(
                select(product_collections.c.collection_id, func.max(product_collections.c.position) + 1).group_by(
                    product_collections.c.collection_id
                )
            ).all()
        )
        self.created: list[str] = []

    def ids(self, names: Iterable[str], *, create: bool = True) -> list[int]:
        out = []
        for name in names:
            cid = self._ids.get(name.casefold())
            if cid is None and create:
                position = (self._session.scalar(select(func.max(Collection.position))) or 0) + 1
                cid = self._session.scalar(
                    insert(Collection)
                    .values(name=name, position=position, created_at=utcnow())
                    .returning(Collection.id)
                )
                assert cid is not None
                self._ids[name.casefold()] = cid
                self.created.append(name)
            if cid is not None:
                out.append(cid)
        return out

    def known(self) -> set[str]:
        """Case-folded names of the collections that exist."""
        return set(self._ids)

    def slot(self, collection_id: int) -> int:
        """The next position in a collection: a product added to it goes last, as in WhatsApp."""
        position = self._next_slot.get(collection_id, 0)
        self._next_slot[collection_id] = position + 1
        return position

    def replace_links(self, product_ids: Sequence[int], names: dict[int, Sequence[str]], *, clear: bool = True) -> None:
        if not product_ids:
            return
        if clear:
            self._session.execute(delete(product_collections).where(product_collections.c.product_id.in_(product_ids)))
        values = [
            {"product_id": pid, "collection_id": cid, "position": self.slot(cid)}
            for pid in product_ids
            for cid in dict.fromkeys(self.ids(names.get(pid, ())))
        ]
        insert_many(self._session, product_collections, values)


def audit_many(session: Session, actor: Actor, action: str, entries: Iterable[tuple[str, dict[str, Any]]]) -> int:
    """Adds many audit entries with one executemany (bulk edits touch thousands of products)."""
    at = utcnow()
    values = [
        {
            "at": at,
            "staff_id": actor.id,
            "staff_name": actor.name,
            "action": action,
            "subject": subject,
            "detail": json.dumps(detail, ensure_ascii=False, default=str) if detail else None,
        }
        for subject, detail in entries
    ]
    if values:
        session.execute(insert(AuditEntry), values)
    return len(values)


@dataclass(frozen=True)
class Created:
    """A new row's id and what changed."""

    id: int
    changes: Changes


def stamp() -> datetime:
    return utcnow()
