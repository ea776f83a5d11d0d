"""The jobs the window runs at start-up and every few hours: points expiry (published) and the daily backup."""

from __future__ import annotations

from datetime import datetime

from merchant_desk.core.changes import Changes
from merchant_desk.db.models import LedgerEntry
from merchant_desk.ui.app import start_daily_jobs
from merchant_desk.ui.context import AppContext


def test_daily_jobs_expire_points_and_publish(ui_context: AppContext) -> None:
    services = ui_context.services
    assert services is not None
    customer, _ = services.customers.find_or_create(services.actor, "0812-7777-8888", "Dewi")
    with services.db.write() as s:
        s.add(
            LedgerEntry(
                customer_id=customer.id,
                kind="earn",
                points=40,
                created_at=datetime(2025, 1, 1),
                expires_at=datetime(2025, 6, 1),
            )
        )
    seen: list[Changes] = []
    ui_context.changed.connect(seen.append)
    start_daily_jobs(ui_context)
    assert services.loyalty.balance(customer.id) == 0
    assert any(c.loyalty for c in seen)
    start_daily_jobs(ui_context)  # idempotent: nothing more expires
    assert services.loyalty.balance(customer.id) == 0
