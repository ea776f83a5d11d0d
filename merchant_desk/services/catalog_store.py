"""Write helpers the catalog services share: product columns, photos, collection links, audit rows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
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


def columns(draft: ProductDraft, fields: Iterable[str] = COLUMN_FIELDS) -> dict[str, Any]:
    return {f: getattr(draft, f) for f in fields if f in COLUMN_FIELDS}


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
    if values:
        session.execute(insert(ProductImage), values)


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
        if values:
            self._session.execute(insert(product_collections), values)


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
