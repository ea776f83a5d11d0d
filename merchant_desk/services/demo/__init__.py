"""A realistic Indonesian demo shop, generated into an empty data folder (small to look at, large to measure)."""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from merchant_desk.config import Paths
from merchant_desk.core.errors import UserError, tr_noop
from merchant_desk.core.shop import ShopProfile
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.ddl import fts_suspended
from merchant_desk.db.models import Base
from merchant_desk.services.demo import automation, extras
from merchant_desk.services.demo.catalog import image_rows, load_catalog
from merchant_desk.services.demo.inbox import InboxWriter, Receipt, Shape
from merchant_desk.services.demo.loader import Loader
from merchant_desk.services.demo.names import OWNER_NAME, OWNER_WHATSAPP, SHOP_NAME
from merchant_desk.services.demo.photos import PhotoJob, draw_receipt
from merchant_desk.services.demo.sales import SalesBook
from merchant_desk.services.photo_store import PhotoStore

__all__ = ["SIZES", "DemoRefused", "DemoReport", "DemoSize", "generate_demo"]


class DemoRefused(UserError):
    message = tr_noop("The demo shop needs an empty data folder, but {folder} already holds a shop.")


@dataclass(frozen=True)
class DemoSize:
    products: int
    distinct_photos: int  # 0: one drawn photo per product image
    inbox: Shape
    # Draw photos on worker threads while a long load runs; for a short one they would only slow it down.
    photos_during_load: bool = False


SIZES: dict[str, DemoSize] = {
    "small": DemoSize(60, 0, Shape(customers=40, conversations=40, groups=1, messages=1_500, order_share=0.16)),
    # Not offered on the command line: big enough to exercise batching in tests, small enough to run in them.
    "medium": DemoSize(3_000, 36, Shape(2_000, 1_500, 3, 30_000, 0.16)),
    "large": DemoSize(100_000, 300, Shape(50_000, 40_000, 20, 1_000_000, 0.16), photos_during_load=True),
}


@dataclass(frozen=True)
class DemoReport:
    """What was generated: rows per table, wall time, and the bulk load's own time and rate."""

    size: str
    seed: int
    counts: dict[str, int] = field(default_factory=dict)
    photos: int = 0
    seconds: float = 0.0  # everything: migrations, set-up, photos, load, counting
    load_seconds: float = 0.0  # the one write transaction: generating and inserting rows, FTS rebuild, commit
    rows_loaded: int = 0
    load_cpu_seconds: float = 0.0  # CPU time of the loading thread: less sensitive to a busy machine

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    @property
    def rows_per_second(self) -> float:
        return self.rows_loaded / self.load_seconds if self.load_seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "size": self.size,
            "seed": self.seed,
            "counts": dict(self.counts),
            "rows": self.rows,
            "photos": self.photos,
            "seconds": round(self.seconds, 3),
            "load_seconds": round(self.load_seconds, 3),
            "rows_per_second": round(self.rows_per_second, 1),
            "load_cpu_seconds": round(self.load_cpu_seconds, 3),
        }


def generate_demo(
    paths: Paths, size: str = "small", seed: int = 2026, progress: Callable[[str], None] | None = None
) -> DemoReport:
    """Creates the shop in ``paths`` and fills every table in one write transaction.

    Raises:
        DemoRefused: the folder already holds a shop.
        KeyError: ``size`` is not one of ``SIZES``.
    """
    from merchant_desk.db.boot import probe
    from merchant_desk.services.hub import open_shop

    spec = SIZES[size]
    started = time.perf_counter()
    if paths.is_sqlite_file and probe(paths.db_file).set_up:
        raise DemoRefused(folder=str(paths.data_dir))  # checked before open_shop would migrate someone's shop
    services = open_shop(paths)
    job: PhotoJob | None = None
    # Millions of short-lived acyclic rows: cyclic GC passes over the growing heap cost seconds and free nothing.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        if not _is_empty(services.db.engine):
            raise DemoRefused(folder=str(paths.data_dir))
        owner = services.shop.set_up(ShopProfile(SHOP_NAME, OWNER_NAME, OWNER_WHATSAPP, "WIB", "id"))
        rng = random.Random(seed)
        now = utcnow().replace(second=0, microsecond=0)
        store = PhotoStore(paths.photo_dir)
        receipts = _receipts(paths, rng)
        load_started, load_cpu_started, waited = time.perf_counter(), time.thread_time(), 0.0
        with services.db.write_engine.begin() as conn, fts_suspended(conn, "products", "messages"):
            loader = Loader(conn, progress)
            labels = extras.existing_labels(loader)
            catalog = load_catalog(loader, rng, spec.products, spec.distinct_photos, now)
            if spec.photos_during_load:
                job = PhotoJob(store, catalog.photos)
            reward_ids = extras.load_rewards(loader, catalog, now)
            extras.load_quick_replies(loader, rng, now)
            extras.load_settings(loader, size, seed, now)
            book = SalesBook(rng)
            InboxWriter(loader, rng, catalog, book, now, (owner.id, owner.name), labels, receipts).run(spec.inbox)
            book.load(loader, reward_ids, owner.id)
            automation.load_automation(loader, rng, owner.id, now, scale=min(2_000, spec.inbox.customers))
            loader.report(f"orders {loader.counts.get('orders', 0)}", force=True)
            wait_started = time.perf_counter()
            job = job or PhotoJob(store, catalog.photos)
            shas = job.result(progress)
            waited = time.perf_counter() - wait_started
            loader.extend("product_images", image_rows(catalog, shas, now))
            loader.flush("product_images")
            extras.load_audit(loader, (owner.id, owner.name), now, dict(loader.counts))
            loader.fix_sequences(t.name for t in Base.metadata.sorted_tables if "id" in t.c)
            loader.report("building the search index", force=True)
        load_seconds = time.perf_counter() - load_started - waited
        load_cpu_seconds = time.thread_time() - load_cpu_started
        counts = _counts(services.db.engine)
    finally:
        if gc_was_enabled:
            gc.enable()
        if job is not None:
            job.cancel()
        services.close()
    report = DemoReport(
        size,
        seed,
        counts,
        len(catalog.photos),
        time.perf_counter() - started,
        load_seconds,
        sum(loader.counts.values()),
        load_cpu_seconds,
    )
    if progress:
        progress(f"demo shop ready: {report.rows} rows in {report.seconds:.1f} s")
    return report


def _is_empty(engine: Any) -> bool:
    tables = ("shop", "products", "customers", "conversations", "orders")
    with engine.connect() as conn:
        return not any(conn.scalar(select(func.count()).select_from(Base.metadata.tables[t])) for t in tables)


def _counts(engine: Any) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: conn.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables}


def _receipts(paths: Paths, rng: random.Random) -> list[Receipt]:
    """A few transfer-proof images in the attachments folder, shared by the payment messages."""
    store = PhotoStore(paths.attachment_dir)
    receipts = []
    for bank in ("BCA", "Mandiri", "BRI"):
        data = draw_receipt(bank, rng.randrange(50, 900) * 1_000)
        stored = store.store_jpeg_bytes(data)
        relative = store.original_path(stored.sha256).relative_to(paths.data_dir).as_posix()
        receipts.append(Receipt(stored.sha256, len(data), relative))
    return receipts
