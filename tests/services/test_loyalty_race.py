"""Two real processes apply the same codes at the same moment: exactly one wins each time, none sees a lock error."""

from __future__ import annotations

import multiprocessing as mp
from collections import Counter
from datetime import datetime
from typing import Any

import pytest
from test_order_support import customer

from merchant_desk.core.loyalty import RewardDraft
from merchant_desk.core.orders import LineDraft
from merchant_desk.services.hub import Services

pytestmark = pytest.mark.slow
CODES = 50
NOW = datetime(2026, 11, 22, 3, 0)


def _apply_all(url: str, jobs: list[tuple[str, int]], customer_id: int, barrier: Any, results: Any) -> None:
    """One desktop: for each code, wait for the other process, then apply it to this process's own order."""
    from merchant_desk.core.errors import UserError
    from merchant_desk.db.engine import Database
    from merchant_desk.services.audit_service import Actor
    from merchant_desk.services.loyalty_service import LoyaltyService

    db = Database(url)
    service = LoyaltyService(db)
    outcome = []
    try:
        for code, order_id in jobs:
            barrier.wait(timeout=60)
            try:
                service.apply_code(Actor(None, "race"), code, order_id, customer_id, now=NOW)
                outcome.append((code, "won"))
            except UserError as exc:
                outcome.append((code, type(exc).__name__))
            except Exception as exc:  # "database is locked" and friends: what this test is about
                outcome.append((code, f"error: {exc!r}"))
    finally:
        db.dispose()
        results.put(outcome)


def test_two_processes_never_both_apply_a_code(shop: Services) -> None:
    cid, _ = customer(shop)
    shop.loyalty.adjust(shop.actor, cid, CODES, "Poin untuk uji balapan", now=NOW)
    reward, _ = shop.loyalty.save_reward(shop.actor, RewardDraft("Rp1.000", "fixed", 1, value=1_000))
    codes = [shop.loyalty.redeem(shop.actor, cid, reward, now=NOW)[0].code for _ in range(CODES)]
    orders = [
        [shop.orders.create(shop.actor, [LineDraft(None, "x", 50_000)], customer_id=cid, now=NOW)[0].id for _ in codes]
        for _process in range(2)
    ]
    url = shop.db.url
    shop.db.dispose()
    ctx = mp.get_context("spawn")  # a fresh interpreter per process: nothing shared but the SQLite file
    barrier, results = ctx.Barrier(2), ctx.Queue()
    workers = [
        ctx.Process(target=_apply_all, args=(url, list(zip(codes, orders[i], strict=True)), cid, barrier, results))
        for i in range(2)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=240) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    flat = [item for outcome in outcomes for item in outcome]
    assert not [kind for _code, kind in flat if kind.startswith("error")]
    wins = Counter(code for code, kind in flat if kind == "won")
    assert all(wins[code] == 1 for code in codes), wins
    assert Counter(kind for _code, kind in flat) == {"won": CODES, "CodeAlreadyUsed": CODES}
    used = shop.loyalty.redemptions(cid)
    assert len(used) == CODES and {r.status for r in used} == {"used"}
    discounted = [shop.orders.get(o).discount for row in orders for o in row]
    assert sorted(discounted) == [0] * CODES + [1_000] * CODES  # each code took Rp1.000 off exactly one order
