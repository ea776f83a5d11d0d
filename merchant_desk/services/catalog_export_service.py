"""Catalog export: Meta's data feed CSV and Merchant Desk's own bundle, streamed page by page."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, cast, literal, select, update
from sqlalchemy.orm import Session

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.core.changes import NO_CHANGES, Changes
from merchant_desk.core.errors import UserError, tr_noop
from merchant_desk.core.permissions import EXPORT_CUSTOMER_DATA
from merchant_desk.db.models import Product, Setting
from merchant_desk.formats.catalog_meta import MetaItem, write_meta
from merchant_desk.formats.catalog_native import NativeItem, write_bundle
from merchant_desk.services import catalog_query as q
from merchant_desk.services.access import ensure_allowed
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.catalog_store import stamp

if TYPE_CHECKING:
    from merchant_desk.db.engine import Database

PAGE = 1000
PHOTO_BASE_URL_SETTING = "catalog.photo_base_url"


class ExportFailed(UserError):
    message = tr_noop("The catalog could not be written to {name}: {reason}")


@dataclass(frozen=True)
class ExportReport:
    format: str
    path: Path
    rows: int
    without_image: tuple[str, ...] = ()  # Meta: ids written without image_link (Commerce Manager rejects them)
    photos: int = 0  # bundle: photo files included
    missing_photos: tuple[str, ...] = ()  # bundle: photos whose file was not in the photo folder
    changes: Changes = NO_CHANGES


def _live_products(session: Session) -> Iterator[tuple[int, ProductDraft]]:
    """Every live product with photos and collections, by keyset pages (never the whole table at once)."""
    table, last = Product.__table__, 0
    while True:
        page = session.execute(
            select(table).where(table.c.id > last, table.c.deleted_at.is_(None)).order_by(table.c.id).limit(PAGE)
        ).all()
        if not page:
            return
        ids = [r.id for r in page]
        photos, links = q.photos_of(session, ids), q.collections_of(session, ids)
        for r in page:
            yield r.id, q.draft_from(r, photos.get(r.id, []), [n for _c, n in links.get(r.id, [])])
        last = ids[-1]


@contextmanager
def _atomic_text(out: Path) -> Iterator[Path]:
    """A temporary file next to ``out`` that replaces it only when writing succeeded."""
    out = Path(out)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".export-", dir=out.parent if str(out.parent) else ".")
    except OSError as exc:
        raise ExportFailed(name=out.name, reason=exc.strerror or str(exc)) from exc
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, out)
    except OSError as exc:
        raise ExportFailed(name=out.name, reason=exc.strerror or str(exc)) from exc
    finally:
        Path(tmp).unlink(missing_ok=True)


class CatalogExportMixin:
    _db: Database
    _photo_dir: Path

    def _base_url(self, session: Session, given: str | None) -> str | None:
        if given is None:
            row = session.get(Setting, PHOTO_BASE_URL_SETTING)
            given = json.loads(row.value) if row is not None else None
        return given.rstrip("/") if given else None

    def export_meta(self, actor: Actor, out: Path, photo_base_url: str | None = None) -> ExportReport:
        """Writes Meta's data feed CSV of every live product and marks them exported.

        ``image_link`` is a photo's own URL, or ``{photo_base_url}/{sha}.jpg`` for stored photos when a public
        base URL is given or configured (setting ``catalog.photo_base_url``); products with neither are written
        anyway and listed in ``without_image``. A product with neither SKU nor feed id is given the feed id
        ``md-<id>`` so a later import of Meta's copy matches it.
        """
        ensure_allowed(self._db, actor, EXPORT_CUSTOMER_DATA)
        now = stamp()
        with self._db.write() as session, _atomic_text(Path(out)) as tmp:
            base = self._base_url(session, photo_base_url)
            keyless: list[int] = []

            def items() -> Iterator[MetaItem]:
                for pid, draft in _live_products(session):
                    if not draft.sku and not draft.feed_id:
                        keyless.append(pid)
                    key = draft.sku or draft.feed_id or f"md-{pid}"
                    urls = [
                        p.source_url or (f"{base}/{p.sha256}.jpg" if base and p.sha256 else "") for p in draft.photos
                    ]
                    yield MetaItem(key, draft, tuple(u for u in urls if u))

            with open(tmp, "w", encoding="utf-8", newline="") as handle:
                report = write_meta(items(), handle)
            table = Product.__table__
            for part in q.chunks(keyless):
                session.execute(
                    update(table)
                    .where(table.c.id.in_(part))
                    .values(feed_id=literal("md-") + cast(table.c.id, String), updated_at=table.c.updated_at)
                )
            self._mark_exported(session, now)
            record(session, actor, "catalog_exported", Path(out).name, format="meta", rows=report.rows)
        return ExportReport(
            "meta", Path(out), report.rows, without_image=report.without_image, changes=_changed(report.rows)
        )

    def export_bundle(self, actor: Actor, out: Path) -> ExportReport:
        """Writes Merchant Desk's bundle (products.csv + photos/<sha>.jpg) of every live product."""
        ensure_allowed(self._db, actor, EXPORT_CUSTOMER_DATA)
        from merchant_desk.services.photo_store import PhotoStore

        store, now = PhotoStore(self._photo_dir), stamp()
        with self._db.write() as session, _atomic_text(Path(out)) as tmp:
            items = (NativeItem(pid, draft) for pid, draft in _live_products(session))
            report = write_bundle(items, tmp, store.original_path)
            self._mark_exported(session, now)
            record(session, actor, "catalog_exported", Path(out).name, format="native", rows=report.rows)
        return ExportReport(
            "native",
            Path(out),
            report.rows,
            photos=report.photos,
            missing_photos=report.missing_photos,
            changes=_changed(report.rows),
        )

    @staticmethod
    def _mark_exported(session: Session, now: Any) -> None:
        # updated_at is set to itself so the ORM's onupdate does not make every product "changed" again.
        table = Product.__table__
        session.execute(
            update(table).where(table.c.deleted_at.is_(None)).values(exported_at=now, updated_at=table.c.updated_at)
        )


def _changed(rows: int) -> Changes:
    return Changes(catalog=True, audit=True) if rows else Changes(audit=True)
