"""The demo shop's orders, vouchers and ledger follow the loyalty service's rules (lots, FIFO, expiry)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from merchant_desk.config import Paths
from merchant_desk.core.loyalty import LoyaltySettings
from merchant_desk.services.demo import generate_demo
from merchant_desk.services.hub import open_shop


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("loyalty-demo") / "shop"
    generate_demo(Paths(folder), size="small", seed=7)
    return folder


def test_demo_ledger_needs_no_expiry_and_never_overdraws_a_lot(demo: Path) -> None:
    shop = open_shop(Paths(demo))
    try:
        generated = datetime.fromisoformat(shop.shop.setting("demo.generated")["at"])
        assert shop.loyalty.settings() == LoyaltySettings(rupiah_per_point=10_000)  # from the demo's setting
        with shop.db.read() as s:
            overdrawn = s.execute(
                text(
                    "SELECT count(*) FROM loyalty_ledger l WHERE l.lot_id IS NULL AND l.points > 0 AND l.points + "
                    "coalesce((SELECT sum(c.points) FROM loyalty_ledger c WHERE c.lot_id = l.id), 0) NOT BETWEEN 0 "
                    "AND l.points"
                )
            ).scalar()
            unlinked = s.execute(
                text("SELECT count(*) FROM loyalty_ledger WHERE kind IN ('redeem', 'expire') AND lot_id IS NULL")
            ).scalar()
        assert overdrawn == 0 and unlinked == 0
        written, _changes = shop.loyalty.expire_due(now=generated)
        assert written == 0  # the demo already expired everything due when it was made
        ranking = shop.loyalty.ranking(limit=1000)
        assert ranking and all(balance >= 0 for _cid, _name, balance in ranking)
        assert all(shop.loyalty.balance(cid) == balance for cid, _name, balance in ranking[:10])
        top = ranking[0][0]
        assert "poin" in shop.loyalty.balance_message(top, now=generated)
        assert shop.loyalty.liability().rupiah > 0
        orders = shop.orders.for_customer(top)
        assert orders and shop.orders.invoice_text(orders[0].id).startswith("*Invoice INV/")
    finally:
        shop.close()
