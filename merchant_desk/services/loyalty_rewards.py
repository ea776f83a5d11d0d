"""Rewards, redeeming points for a single-use code, and applying a code to an order exactly once."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, UserError, ValidationError, tr_noop
from merchant_desk.core.loyalty import (
    NotEnoughPoints,
    RewardDraft,
    new_code,
    normalize_code,
    reward_value,
    validate_reward,
)
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Customer, LedgerEntry, Order, OrderLine, Product, Redemption, Reward
from merchant_desk.services import loyalty_ledger as ledger
from merchant_desk.services.audit_service import Actor, record


class RewardLimitReached(UserError):
    message = tr_noop("{customer} already redeemed “{reward}” {limit} times, the most allowed.")


class CodeRefused(UserError):
    message = tr_noop("The code {code} does not exist.")


class CodeOtherCustomer(CodeRefused):
    message = tr_noop("The code {code} belongs to another customer.")


class CodeAlreadyUsed(CodeRefused):
    message = tr_noop("The code {code} was already used.")


class CodeExpired(CodeRefused):
    message = tr_noop("The code {code} expired on {date}.")


class OrderAlreadyPaid(UserError):
    message = tr_noop("A code can only be applied before the order is paid.")


@dataclass(frozen=True)
class RewardView:
    id: int
    draft: RewardDraft
    redeemed: int  # codes issued so far (the rewards list shows how popular each one is)


@dataclass(frozen=True)
class RedemptionView:
    id: int
    reward_id: int
    reward_name: str
    customer_id: int
    code: str
    points: int
    status: str  # issued | used | expired (issued, past its date) | void
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None
    order_id: int | None


def _draft(r: Reward) -> RewardDraft:
    return RewardDraft(r.name, r.kind, r.cost_points, r.value, r.cap, r.product_id, r.valid_days,
                       r.max_per_customer, r.active)  # fmt: skip


def _redemption(r: Redemption, reward_name: str, now: datetime) -> RedemptionView:
    status = "expired" if r.status == "issued" and r.expires_at <= now else r.status
    return RedemptionView(r.id, r.reward_id, reward_name, r.customer_id, r.code, r.points, status, r.created_at,
                          r.expires_at, r.used_at, r.order_id)  # fmt: skip


class LoyaltyRewardsMixin:
    _db: Database

    def rewards(self, include_inactive: bool = True) -> list[RewardView]:
        counts = select(Redemption.reward_id, func.count().label("n")).group_by(Redemption.reward_id).subquery()
        query = select(Reward, counts.c.n).outerjoin(counts, counts.c.reward_id == Reward.id)
        if not include_inactive:
            query = query.where(Reward.active.is_(True))
        with self._db.read() as session:
            rows = session.execute(query.order_by(Reward.cost_points, Reward.id)).all()
            return [RewardView(r.id, _draft(r), n or 0) for r, n in rows]

    def save_reward(self, actor: Actor, draft: RewardDraft, reward_id: int | None = None) -> tuple[int, Changes]:
        """Creates a reward, or edits one (codes already issued keep the points they cost)."""
        draft = validate_reward(draft)
        with self._db.write() as session:
            if draft.product_id is not None and session.get(Product, draft.product_id) is None:
                raise ValidationError({"product_id": tr_noop("This product no longer exists.")})
            row = Reward() if reward_id is None else session.get(Reward, reward_id)
            if row is None:
                raise NotFoundError()
            for key, value in asdict(draft).items():
                setattr(row, key, value)
            session.add(row)
            session.flush()
            action = "reward_created" if reward_id is None else "reward_edited"
            record(session, actor, action, draft.name, id=row.id, cost_points=draft.cost_points)
            return row.id, Changes(loyalty=True, audit=True)

    def redemptions(self, customer_id: int, now: datetime | None = None) -> list[RedemptionView]:
        now = now or utcnow()
        query = (
            select(Redemption, Reward.name)
            .join(Reward, Reward.id == Redemption.reward_id)
            .where(Redemption.customer_id == customer_id)
            .order_by(Redemption.created_at.desc(), Redemption.id.desc())
        )
        with self._db.read() as session:
            return [_redemption(r, name, now) for r, name in session.execute(query)]

    @staticmethod
    def _check_balance(session: Session, customer: Customer, needed: int, now: datetime) -> None:
        have = ledger.balance(session, customer.id)
        lots = sum(lot.remaining for lot in ledger.open_lots(session, customer.id, now))
        if min(have, lots) < needed:
            raise NotEnoughPoints(customer=customer.name, balance=have, needed=needed)

    def redeem(
        self, actor: Actor, customer_id: int, reward_id: int, now: datetime | None = None
    ) -> tuple[RedemptionView, Changes]:
        """Spends the reward's points (soonest-expiring lots first) on a single-use code valid ``valid_days``.

        Raises:
            NotEnoughPoints, RewardLimitReached; NotFoundError for an unknown or inactive reward.
        """
        now = now or utcnow()
        with self._db.write() as session:
            customer, reward = session.get(Customer, customer_id), session.get(Reward, reward_id)
            if customer is None or reward is None or not reward.active:
                raise NotFoundError()
            if reward.max_per_customer is not None:
                taken = session.scalar(
                    select(func.count()).where(
                        Redemption.customer_id == customer_id,
                        Redemption.reward_id == reward_id,
                        Redemption.status != "void",
                    )
                )
                if (taken or 0) >= reward.max_per_customer:
                    raise RewardLimitReached(customer=customer.name, reward=reward.name, limit=reward.max_per_customer)
            ledger.expire_due(session, now, customer_id)  # points past their date cannot pay for anything
            self._check_balance(session, customer, reward.cost_points, now)
            code = new_code()
            while session.scalar(select(Redemption.id).where(Redemption.code == code)) is not None:
                code = new_code()  # 31^8 codes: a clash is rare, and the unique index stays the real guard
            redemption = Redemption(
                reward_id=reward.id, customer_id=customer_id, code=code, points=reward.cost_points, status="issued",
                expires_at=now + timedelta(days=reward.valid_days), staff_id=actor.id, created_at=now,
            )  # fmt: skip
            session.add(redemption)
            session.flush()
            ledger.consume(
                session, customer_id, reward.cost_points, "redeem", now,
                redemption_id=redemption.id, staff_id=actor.id, reason=f"Tukar poin: {reward.name}"[:300],
            )  # fmt: skip
            record(session, actor, "points_redeemed", customer.name, customer=customer_id, reward=reward.name,
                   points=reward.cost_points, code=code)  # fmt: skip
            view = _redemption(redemption, reward.name, now)
        return view, Changes(loyalty=True, audit=True)

    def apply_code(
        self, actor: Actor, code: str, order_id: int, customer_id: int, now: datetime | None = None
    ) -> Changes:
        """Marks the code used on ``order_id`` and takes the reward off the order — at most once, ever.

        One conditional UPDATE inside an IMMEDIATE transaction decides: of two desktops applying the same code
        at once, the second finds it already used.

        Raises:
            CodeRefused (or CodeOtherCustomer, CodeAlreadyUsed, CodeExpired); OrderAlreadyPaid.
        """
        code, now = normalize_code(code), now or utcnow()
        with self._db.write() as session:
            order = session.get(Order, order_id)
            if order is None:
                raise NotFoundError()
            if order.customer_id is not None and order.customer_id != customer_id:
                raise CodeOtherCustomer(code=code)
            if order.stage not in ("new", "awaiting"):
                raise OrderAlreadyPaid()
            won = session.execute(
                update(Redemption)
                .where(
                    Redemption.code == code,
                    Redemption.status == "issued",
                    Redemption.expires_at > now,
                    Redemption.customer_id == customer_id,
                )
                .values(status="used", used_at=now, order_id=order_id)
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
            if won != 1:
                _refuse(session, code, customer_id)
            redemption = session.scalars(select(Redemption).where(Redemption.code == code)).one()
            reward = session.get(Reward, redemption.reward_id)
            assert reward is not None  # redemptions.reward_id is RESTRICT
            if order.customer_id is None:  # an order typed in before the customer was known: now it is
                order.customer_id = customer_id
            _apply_reward(session, order, reward)
            record(session, actor, "code_applied", order.number, code=code, reward=reward.name, order=order.id)
        return Changes(orders=True, loyalty=True, audit=True)

    def void_code(self, actor: Actor, code: str, now: datetime | None = None) -> tuple[int, Changes]:
        """Cancels an unused code and gives its points back to the lots they came from; returns the points.

        Points whose lot has expired meanwhile are not given back: expired points never come back.

        Raises:
            CodeRefused (or CodeAlreadyUsed): no such unused code.
        """
        code, now = normalize_code(code), now or utcnow()
        with self._db.write() as session:
            row = session.scalars(select(Redemption).where(Redemption.code == code)).first()
            won = session.execute(
                update(Redemption)
                .where(Redemption.code == code, Redemption.status == "issued")
                .values(status="void")
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
            if row is None or won != 1:
                raise CodeAlreadyUsed(code=code) if row is not None and row.status == "used" else CodeRefused(code=code)
            ledger.expire_due(session, now, row.customer_id)  # a lot past its date is closed before anything returns
            refunded = 0
            for lot_id, taken in session.execute(
                select(LedgerEntry.lot_id, LedgerEntry.points).where(
                    LedgerEntry.redemption_id == row.id, LedgerEntry.kind == "redeem"
                )
            ):
                lot = session.get(LedgerEntry, lot_id)
                if lot is None or (lot.expires_at is not None and lot.expires_at <= now):
                    continue
                ledger.add_entry(
                    session, customer_id=row.customer_id, kind="reverse", points=-taken, lot_id=lot_id,
                    redemption_id=row.id, staff_id=actor.id, reason=f"Batal kode {code}", created_at=now,
                )  # fmt: skip
                refunded -= taken
            record(session, actor, "code_voided", code, customer=row.customer_id, points=refunded)
        return refunded, Changes(loyalty=True, audit=True)


def _refuse(session: Session, code: str, customer_id: int) -> None:
    row = session.execute(
        select(Redemption.customer_id, Redemption.status, Redemption.expires_at).where(Redemption.code == code)
    ).first()
    if row is None or row.status == "void":
        raise CodeRefused(code=code)
    if row.customer_id != customer_id:
        raise CodeOtherCustomer(code=code)
    if row.status == "used":
        raise CodeAlreadyUsed(code=code)
    raise CodeExpired(code=code, date=f"{row.expires_at:%d/%m/%Y}")


def _apply_reward(session: Session, order: Order, reward: Reward) -> None:
    if reward.kind == "product":
        product = session.get(Product, reward.product_id) if reward.product_id is not None else None
        if product is not None:  # a free line: the price is shown and taken off again, so stock follows it
            price = product.sale_price if product.sale_price is not None else product.price
            session.add(OrderLine(order_id=order.id, product_id=product.id, name=product.name, sku=product.sku,
                                  unit_price=price, quantity=1, discount=price, line_total=0))  # fmt: skip
        return
    off = reward_value(reward.kind, reward.value, reward.cap, order.subtotal - order.discount)
    order.discount += off
    order.total = order.subtotal - order.discount + order.shipping
