"""Two processes creating orders at once on one SQLite file: every number is unique and none is skipped."""

from __future__ import annotations

import multiprocessing as mp
from datetime import datetime
from typing import Any

from test_order_support import customer

from merchant_desk.services.hub import Services

PER_PROCESS = 15
NOW = datetime(2026, 11, 22, 3, 0)


def _create(url: str, customer_id: int, barrier: Any, results: Any) -> None:
    from merchant_desk.core.orders import LineDraft
    from merchant_desk.db.engine import Database
    from merchant_desk.services.audit_service import Actor
    from merchant_desk.services.order_service import OrderService

    db = Database(url)
    numbers: list[str] = []
    try:
        service = OrderService(db)
        barrier.wait(timeout=60)
        for _ in range(PER_PROCESS):
            view, _changes = service.create(Actor(None, "race"), [LineDraft(None, "x", 1_000)],
                                            customer_id=customer_id, now=NOW)  # fmt: skip
            numbers.append(view.number)
    except Exception as exc:  # "database is locked" would land here
        numbers.append(f"error: {exc!r}")
    finally:
        db.dispose()
        results.put(numbers)


def test_concurrent_orders_get_distinct_consecutive_numbers(shop: Services) -> None:
    cid, _ = customer(shop)
    url = shop.db.url
    shop.db.dispose()
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    workers = [ctx.Process(target=_create, args=(url, cid, barrier, results)) for _ in range(2)]
    for worker in workers:
        worker.start()
    numbers = [n for _ in workers for n in results.get(timeout=240)]
    for worker in workers:
        worker.join(timeout=60)
    assert not [n for n in numbers if n.startswith("error")]
    assert sorted(numbers) == [f"INV/2026/11/{i:04d}" for i in range(1, 2 * PER_PROCESS + 1)]
