"""Property tests: random orders, payments, cancellations, redemptions, codes, adjustments and clock jumps."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, initialize, invariant, rule

from merchant_desk.config import Paths
from merchant_desk.core.catalog import ProductDraft
from merchant_desk.core.errors import UserError
from merchant_desk.core.loyalty import LoyaltySettings, NotEnoughPoints, RewardDraft
from merchant_desk.core.orders import LineDraft, check_transition
from merchant_desk.core.shop import validate_profile
from merchant_desk.services.audit_service import Actor
from merchant_desk.services.hub import Services, open_shop
from merchant_desk.services.loyalty_ledger import PointsAlreadySpent
from merchant_desk.services.loyalty_rewards import CodeAlreadyUsed, CodeRefused

pytestmark = pytest.mark.slow
START = datetime(2026, 1, 5, 3, 0)
CUSTOMERS = 3


@cache
def _template() -> Path:
    """A set-up shop with customers, a product and two rewards, made once and copied for every example."""
    folder = Path(tempfile.mkdtemp(prefix="md-loyalty-template-"))
    shop = open_shop(Paths(folder))
    try:
        owner = shop.shop.set_up(validate_profile("Toko Berkah Jaya", "Siti", "0812-3456-7890"))
        actor = Actor(owner.id, owner.name)
        for i in range(CUSTOMERS):
            shop.customers.find_or_create(actor, f"0812-1000-000{i}", f"Pelanggan {i}")
        shop.catalog.create(actor, ProductDraft(name="Kopi", price=25_000, stock=1_000))
        shop.loyalty.save_settings(actor, LoyaltySettings(expiry_months=3))
        shop.loyalty.save_reward(actor, RewardDraft("Kecil", "fixed", 3, value=3_000, valid_days=20))
        shop.loyalty.save_reward(actor, RewardDraft("Besar", "percent", 12, value=10, cap=20_000, valid_days=20))
    finally:
        shop.close()
    return folder / Paths(folder).db_file.name


class LedgerMachine(RuleBasedStateMachine):
    orders = Bundle("orders")
    codes = Bundle("codes")

    @initialize()
    def open(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="md-loyalty-prop-"))
        paths = Paths(self.folder)
        shutil.copy(_template(), paths.db_file)
        self.shop: Services = open_shop(paths, migrate=False)
        self.actor = Actor(1, "Siti")
        self.now = START
        self.expired: dict[int, int] = {}  # lot id -> points its expire entry took
        self.debtors: set[int] = set()  # customers a merchant let go negative
        self.applied: set[str] = set()

    def teardown(self) -> None:
        if hasattr(self, "shop"):
            self.shop.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    # -- actions ------------------------------------------------------------------------------------------

    @rule(
        target=orders, customer=st.integers(1, CUSTOMERS), amount=st.integers(1, 40).map(lambda n: n * 5_000),
        paid=st.booleans(),
    )  # fmt: skip
    def create_order(self, customer: int, amount: int, paid: bool) -> int:
        view, _ = self.shop.orders.create(self.actor, [LineDraft(1, "Kopi", amount)], customer_id=customer,
                                          now=self.now)  # fmt: skip
        if paid:  # most orders get paid: points to spend, reverse and expire
            self.shop.orders.move(self.actor, view.id, "paid", now=self.now)
        return view.id

    @rule(order=orders, stage=st.sampled_from(["awaiting", "paid", "shipped", "done"]))
    def move(self, order: int, stage: str) -> None:
        current = self.shop.orders.get(order).stage
        try:
            check_transition(current, stage)
        except UserError:
            return
        self.shop.orders.move(self.actor, order, stage, now=self.now)

    @rule(order=orders, decision=st.sampled_from([None, "negative", "clamp"]))
    def cancel(self, order: int, decision: str | None) -> None:
        view = self.shop.orders.get(order)
        if view.stage in ("done", "cancelled"):
            return
        before = self._ledger_count()
        try:
            self.shop.orders.move(
                self.actor, order, "cancelled", now=self.now,
                allow_negative_balance=decision == "negative", clamp_to_balance=decision == "clamp",
            )  # fmt: skip
        except PointsAlreadySpent:
            event("cancel refused: points already spent")
            assert decision is None
            assert self._ledger_count() == before and self.shop.orders.get(order).stage == view.stage
            return
        event(f"cancelled a {view.stage} order")
        if decision == "negative" and view.customer_id is not None:
            self.debtors.add(view.customer_id)

    @rule(target=codes, customer=st.integers(1, CUSTOMERS), reward=st.sampled_from([1, 2]))
    def redeem(self, customer: int, reward: int) -> tuple[str, int]:
        try:
            redemption, _ = self.shop.loyalty.redeem(self.actor, customer, reward, now=self.now)
        except NotEnoughPoints:
            return ("", customer)
        event("redeemed")
        return (redemption.code, customer)

    @rule(code=consumes(codes), amount=st.integers(1, 20).map(lambda n: n * 5_000))
    def apply_twice(self, code: tuple[str, int], amount: int) -> None:
        text, customer = code
        if not text:
            return
        view, _ = self.shop.orders.create(self.actor, [LineDraft(None, "x", amount)], customer_id=customer,
                                          now=self.now)  # fmt: skip
        try:
            self.shop.loyalty.apply_code(self.actor, text, view.id, customer, now=self.now)
        except UserError:
            assert text not in self.applied  # refused only because it expired
            return
        self.applied.add(text)
        event("code applied, then refused")
        with pytest.raises(CodeAlreadyUsed):
            self.shop.loyalty.apply_code(self.actor, text, view.id, customer, now=self.now)

    @rule(code=consumes(codes))
    def void(self, code: tuple[str, int]) -> None:
        text, customer = code
        if not text:
            return
        before = self.shop.loyalty.balance(customer)
        refunded, _changes = self.shop.loyalty.void_code(self.actor, text, now=self.now)
        assert self.shop.loyalty.balance(customer) - before <= refunded  # less when lots expired meanwhile
        event("code voided")
        with pytest.raises(CodeRefused):
            self.shop.loyalty.void_code(self.actor, text, now=self.now)

    @rule(customer=st.integers(1, CUSTOMERS), points=st.integers(-15, 15).filter(bool))
    def adjust(self, customer: int, points: int) -> None:
        try:
            self.shop.loyalty.adjust(self.actor, customer, points, "Koreksi", now=self.now)
        except NotEnoughPoints:
            assert points < 0

    @rule(days=st.one_of(st.integers(0, 120), st.integers(-20, 0)), hours=st.integers(0, 23))
    def clock_jump(self, days: int, hours: int) -> None:
        self.now += timedelta(days=days, hours=hours)

    @rule()
    def expiry_job(self) -> None:
        written, _changes = self.shop.loyalty.expire_due(now=self.now)
        if written:
            event("expiry job wrote entries")
        for _lot, _points, expires_at, remaining, _c in self._lots():
            if expires_at is not None and expires_at <= self.now:
                assert remaining == 0, "a lot past its expiry kept points after the job"

    @rule()
    def rerun_is_idempotent(self) -> None:
        first = self._ledger_count()
        self.shop.loyalty.expire_due(now=self.now)
        middle = self._ledger_count()
        self.shop.loyalty.expire_due(now=self.now)
        assert self._ledger_count() == middle >= first

    # -- what must always hold ----------------------------------------------------------------------------

    def _raw(self) -> sqlite3.Connection:
        return sqlite3.connect(self.shop.paths.db_file)

    def _ledger_count(self) -> int:
        with self._raw() as conn:
            return conn.execute("SELECT count(*) FROM loyalty_ledger").fetchone()[0]

    def _lots(self) -> list[tuple[int, int, datetime | None, int, int]]:
        with self._raw() as conn:
            rows = conn.execute(
                "SELECT l.id, l.points, l.expires_at, l.points + coalesce((SELECT sum(c.points) "
                "FROM loyalty_ledger c WHERE c.lot_id = l.id), 0), l.customer_id FROM loyalty_ledger l "
                "WHERE l.lot_id IS NULL AND l.points > 0"
            ).fetchall()
        return [(i, p, datetime.fromisoformat(e) if e else None, r, c) for i, p, e, r, c in rows]

    @invariant()
    def balance_is_the_ledger_sum(self) -> None:
        if not hasattr(self, "shop"):
            return
        for customer in range(1, CUSTOMERS + 1):
            entries = self.shop.loyalty.ledger(customer, limit=100_000)
            balance = self.shop.loyalty.balance(customer)
            assert balance == sum(e.points for e in entries)
            if customer not in self.debtors:
                assert balance >= 0, "a balance went negative without the merchant's decision"

    @invariant()
    def lots_are_never_overdrawn_and_expired_points_stay_gone(self) -> None:
        if not hasattr(self, "shop"):
            return
        with self._raw() as conn:
            expired = dict(conn.execute("SELECT lot_id, -points FROM loyalty_ledger WHERE kind = 'expire'").fetchall())
            foreign = conn.execute(
                "SELECT count(*) FROM loyalty_ledger e JOIN loyalty_ledger l ON l.id = e.lot_id "
                "WHERE e.customer_id != l.customer_id OR l.lot_id IS NOT NULL "
                "OR (e.points >= 0 AND NOT (e.kind = 'reverse' AND e.redemption_id IS NOT NULL))"
            ).fetchone()[0]
            after_expiry = conn.execute(
                "SELECT count(*) FROM loyalty_ledger e JOIN loyalty_ledger x ON x.lot_id = e.lot_id AND x.kind = "
                "'expire' WHERE e.id > x.id"
            ).fetchone()[0]
        assert foreign == 0, "an entry consumed another customer's lot, or a lot consumed a lot"
        assert after_expiry == 0, "an expired lot was consumed again"
        for lot_id, points, _expires, remaining, _customer in self._lots():
            assert 0 <= remaining <= points, f"lot {lot_id} consumed beyond its size"
        assert all(expired.get(lot) == pts for lot, pts in self.expired.items()), "expired points came back"
        self.expired = expired


TestLedgerMachine = LedgerMachine.TestCase
TestLedgerMachine.settings = settings(
    max_examples=30, stateful_step_count=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
