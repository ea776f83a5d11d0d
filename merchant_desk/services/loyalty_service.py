"""Loyalty points: settings, balances and tiers, the ledger, adjustments, the expiry job, liability, rewards."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, ValidationError, tr_noop
from merchant_desk.core.loyalty import (
    EXPIRING_SOON,
    LoyaltySettings,
    Tier,
    balance_text,
    expiry_for,
    tier_for,
    validate_settings,
)
from merchant_desk.core.permissions import ADJUST_POINTS
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Customer, LedgerEntry, Setting, Shop
from merchant_desk.services import loyalty_ledger as ledger
from merchant_desk.services.access import ensure_allowed
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.loyalty_ledger import SETTINGS_KEY, read_settings
from merchant_desk.services.loyalty_rewards import LoyaltyRewardsMixin
from merchant_desk.services.loyalty_value import point_basis
from merchant_desk.services.shop_service import ShopService

LOYALTY_CHANGED = Changes(loyalty=True, audit=True)
EXPIRY_MARK_KEY = "loyalty.expiry_mark"


@dataclass(frozen=True)
class CustomerPoints:
    customer_id: int
    name: str
    balance: int
    earned_12_months: int
    tier: Tier | None
    expiring: tuple[tuple[int, datetime], ...]  # (points, expiry) of lots expiring in the next 30 days


@dataclass(frozen=True)
class LedgerRow:
    id: int
    kind: str
    points: int
    created_at: datetime
    expires_at: datetime | None
    lot_id: int | None
    order_id: int | None
    redemption_id: int | None
    staff_id: int | None
    reason: str | None


@dataclass(frozen=True)
class Liability:
    points: int  # positive balances only: a customer in debt does not lower what the others are owed
    point_value: int  # Rupiah per point, rounded down (for display; ``rupiah`` is computed from the basis)
    rupiah: int
    basis_reward: str | None = None  # the reward the value is read from; None: the program's setting (or none)
    basis_rupiah: int = 0  # that reward gives this many Rupiah…
    basis_points: int = 1  # …for this many points


def _mark(session: Session) -> tuple[datetime | None, int]:
    row = session.get(Setting, EXPIRY_MARK_KEY)
    try:
        mark = json.loads(row.value) if row is not None else {}
        return datetime.fromisoformat(mark["through"]), int(mark["after_id"])
    except (KeyError, TypeError, ValueError):
        return None, 0  # no (readable) mark: look at every lot once


def _put(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    text_value = json.dumps(value)
    if row is None:
        session.add(Setting(key=key, value=text_value))
    else:
        row.value = text_value


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError()
    return customer


def _card(session: Session, customer: Customer, settings: LoyaltySettings, now: datetime) -> CustomerPoints:
    earned = ledger.earned_last_12_months(session, customer.id, now)
    lots = ledger.expiring_between(session, customer.id, now, now + EXPIRING_SOON)
    return CustomerPoints(
        customer.id, customer.name, ledger.balance(session, customer.id), earned, tier_for(earned, settings),
        tuple((lot.remaining, lot.expires_at) for lot in lots if lot.expires_at),
    )  # fmt: skip


class LoyaltyService(LoyaltyRewardsMixin):
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- settings -----------------------------------------------------------------------------------------

    def settings(self) -> LoyaltySettings:
        with self._db.read() as session:
            return read_settings(session)

    def save_settings(self, actor: Actor, settings: LoyaltySettings) -> Changes:
        """Validates and stores the program (earned lots keep the expiry they were given)."""
        checked = validate_settings(settings)
        changes = ShopService(self._db).set_setting(actor, SETTINGS_KEY, checked.to_json())
        return changes | Changes(loyalty=True) if changes.any() else changes

    # -- balances -----------------------------------------------------------------------------------------

    def balance(self, customer_id: int) -> int:
        """SUM(points) of the customer's ledger: one index-only aggregate (migration 0005).

        A bare Core connection rather than a Session: the ORM session's set-up was over half of the ~5 ms
        budget for a customer with 10,000 entries (benchmarks/bench_loyalty.py).
        """
        with self._db.engine.connect() as conn:
            return int(conn.execute(ledger.balance_query(customer_id)).scalar() or 0)

    def points(self, customer_id: int, now: datetime | None = None) -> CustomerPoints:
        """Balance, tier and soon-expiring points of one customer (the customer card, the balance message)."""
        with self._db.read() as session:
            return _card(session, _customer(session, customer_id), read_settings(session), now or utcnow())

    def points_many(self, customer_ids: Sequence[int], now: datetime | None = None) -> list[CustomerPoints]:
        """The same for the rows a list shows (tiers are per customer: ask for a page, not for everyone)."""
        now = now or utcnow()
        with self._db.read() as session:
            settings = read_settings(session)
            found = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(customer_ids)))}
            return [_card(session, found[cid], settings, now) for cid in customer_ids if cid in found]

    def balance_message(self, customer_id: int, language: str | None = None, now: datetime | None = None) -> str:
        """The "send points balance" WhatsApp text, in the shop's language."""
        info = self.points(customer_id, now)
        with self._db.read() as session:
            shop = session.get(Shop, 1)
            shop_name, tz = (shop.name, shop.timezone) if shop else ("", "WIB")
            language = language or (shop.language if shop else "id")
        return balance_text(info.name, info.balance, info.tier, info.expiring, shop_name, tz, language)

    def ledger(self, customer_id: int, limit: int = 500, offset: int = 0) -> list[LedgerRow]:
        """The customer's entries, newest first."""
        query = (
            select(LedgerEntry)
            .where(LedgerEntry.customer_id == customer_id)
            .order_by(LedgerEntry.created_at.desc(), LedgerEntry.id.desc())
            .offset(offset)
            .limit(limit)
        )
        with self._db.read() as session:
            return [
                LedgerRow(e.id, e.kind, e.points, e.created_at, e.expires_at, e.lot_id, e.order_id,
                          e.redemption_id, e.staff_id, e.reason)
                for e in session.scalars(query)
            ]  # fmt: skip

    def ranking(self, offset: int = 0, limit: int = 200) -> list[tuple[int, str, int]]:
        """(customer id, name, balance) by balance, highest first: the Loyalty tab's list."""
        sums = (
            select(LedgerEntry.customer_id, func.sum(LedgerEntry.points).label("balance"))
            .group_by(LedgerEntry.customer_id)
            .subquery()
        )
        query = (
            select(Customer.id, Customer.name, sums.c.balance)
            .join(sums, sums.c.customer_id == Customer.id)
            .order_by(sums.c.balance.desc(), Customer.id)
            .offset(offset)
            .limit(limit)
        )
        with self._db.read() as session:
            return [(r.id, r.name, int(r.balance)) for r in session.execute(query)]

    # -- entries ------------------------------------------------------------------------------------------

    def grant_signup_bonus(self, actor: Actor, customer_id: int, now: datetime | None = None) -> Changes:
        """The program's sign-up bonus, once per customer (a second call writes nothing)."""
        now = now or utcnow()
        with self._db.write() as session:
            _customer(session, customer_id)
            settings = read_settings(session)
            given = session.scalar(
                select(LedgerEntry.id).where(LedgerEntry.customer_id == customer_id, LedgerEntry.kind == "bonus")
            )
            if given is not None or not settings.enabled or settings.signup_bonus <= 0:
                return Changes()
            ledger.add_entry(
                session, customer_id=customer_id, kind="bonus", points=settings.signup_bonus,
                expires_at=expiry_for(now, settings), staff_id=actor.id, reason="Bonus member baru", created_at=now,
            )  # fmt: skip
            record(session, actor, "points_bonus", None, customer=customer_id, points=settings.signup_bonus)
        return LOYALTY_CHANGED

    def adjust(self, actor: Actor, customer_id: int, points: int, reason: str, now: datetime | None = None) -> Changes:
        """A manual correction with a reason: added points are a lot that expires like earned ones; removed
        points come from the lots that expire soonest.

        Raises:
            ValidationError: no reason, or zero points.
            NotEnoughPoints: removing more than the customer's unexpired lots hold.
        """
        ensure_allowed(self._db, actor, ADJUST_POINTS)
        reason = " ".join(reason.split())
        problems = {}
        if not reason:
            problems["reason"] = tr_noop("Say why the points are adjusted.")
        if not isinstance(points, int) or points == 0:
            problems["points"] = tr_noop("Enter the points to add or remove.")
        if problems:
            raise ValidationError(problems)
        now = now or utcnow()
        with self._db.write() as session:
            customer = _customer(session, customer_id)
            if points > 0:
                expires = expiry_for(now, read_settings(session))
                ledger.add_entry(
                    session, customer_id=customer_id, kind="adjust", points=points, expires_at=expires,
                    staff_id=actor.id, reason=reason[:300], created_at=now,
                )  # fmt: skip
            else:
                ledger.expire_due(session, now, customer_id)
                self._check_balance(session, customer, -points, now)
                ledger.consume(session, customer_id, -points, "adjust", now, staff_id=actor.id, reason=reason[:300])
            record(session, actor, "points_adjusted", customer.name, customer=customer_id, points=points, reason=reason)
        return LOYALTY_CHANGED

    def expire_due(self, actor: Actor | None = None, now: datetime | None = None) -> tuple[int, Changes]:
        """The idempotent expiry job (at start-up and daily): returns how many lots expired.

        A mark (the time and the last ledger id the previous run covered) lets a daily run look only at lots
        expiring since then and lots added since then, instead of every lot the shop ever gave.
        """
        now = now or utcnow()
        with self._db.write() as session:
            if self._db.is_sqlite:
                # SQLite's default 2 MB page cache thrashes when a first run over a big ledger updates its indexes
                # at random places (measured ~1.7x slower); 128 MB at most, and the connection closes after the job.
                session.execute(text("PRAGMA cache_size=-131072"))
            since, after = _mark(session)
            count = ledger.expire_due(session, now, since=since, after_id=after)
            if since is None or now >= since:  # a run with an earlier clock covers less: the mark stays
                last = session.scalar(select(func.max(LedgerEntry.id))) or 0
                _put(session, EXPIRY_MARK_KEY, {"through": now.isoformat(), "after_id": int(last)})
            if count:
                record(session, actor or Actor.system(), "points_expired", None, lots=count, at=now.isoformat())
        return count, (LOYALTY_CHANGED if count else Changes())

    # -- the shop's debt ----------------------------------------------------------------------------------

    def liability(self) -> Liability:
        """Outstanding points (positive balances) and their worth in Rupiah (see loyalty_rewards.point_basis)."""
        with self._db.read() as session:
            owed = session.execute(
                text(
                    "SELECT coalesce(sum(b), 0) FROM (SELECT sum(points) AS b FROM loyalty_ledger "
                    "GROUP BY customer_id) AS balances WHERE b > 0"
                )
            ).scalar_one()
            basis = point_basis(session, read_settings(session))
        points = int(owed)
        return Liability(points, basis.value_of(1), basis.value_of(points), basis.reward, basis.rupiah, basis.points)
