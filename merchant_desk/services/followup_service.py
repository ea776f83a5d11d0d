"""Follow-ups: "remind me" on a conversation, and back-in-stock / price-drop notices queued once per event."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from merchant_desk.channels.wa_link import NoNumberForLink, wa_me_link
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, ValidationError, tr_noop
from merchant_desk.core.phones import InvalidPhone
from merchant_desk.core.placeholders import MissingValues, render
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import (
    Customer,
    FollowUpEvent,
    FollowUpNotice,
    Product,
    ProductInterest,
    ProductSnapshot,
    QuickReply,
)
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.followup_reminders import ReminderInfo, ReminderMixin
from merchant_desk.services.inbox_seed import PRICE_DROP_SHORTCUT, RESTOCK_SHORTCUT, STARTER_REPLIES
from merchant_desk.services.quick_reply_service import template_values

BACK_IN_STOCK, PRICE_DROP = "back_in_stock", "price_drop"
KINDS = (BACK_IN_STOCK, PRICE_DROP)
_SHORTCUTS = {BACK_IN_STOCK: RESTOCK_SHORTCUT, PRICE_DROP: PRICE_DROP_SHORTCUT}
_DEFAULT_TEXT = {kind: next(body for s, _t, body, _c in STARTER_REPLIES if s == sc) for kind, sc in _SHORTCUTS.items()}
_UNAVAILABLE = ("out of stock", "discontinued")

__all__ = ["BACK_IN_STOCK", "PRICE_DROP", "FollowUpService", "ProductState", "ReminderInfo", "events_between"]


@dataclass(frozen=True)
class ProductState:
    price: int  # what the customer pays: the sale price when it is lower
    stock: int | None  # None: not tracked
    availability: str = "in stock"

    @property
    def available(self) -> bool:
        return self.availability not in _UNAVAILABLE and (self.stock is None or self.stock > 0)

    @classmethod
    def of(cls, product: Product) -> ProductState:
        sale = product.sale_price
        price = sale if sale is not None and sale < product.price else product.price
        return cls(price, product.stock, product.availability)


def events_between(before: ProductState, after: ProductState) -> list[str]:
    """The follow-up events a change of one product makes: back in stock (0 → more, or available again), price drop."""
    events = []
    if not before.available and after.available:
        events.append(BACK_IN_STOCK)
    if after.price < before.price:
        events.append(PRICE_DROP)
    return events


@dataclass(frozen=True)
class InterestInfo:
    id: int
    customer_id: int
    product_id: int
    kind: str
    created_at: datetime


@dataclass(frozen=True)
class NoticeInfo:
    id: int
    kind: str
    customer_id: int
    customer_name: str
    product_id: int
    text: str
    link: str | None  # None when the customer has no usable WhatsApp number
    state: str  # pending | sent | skipped
    event_at: datetime


class FollowUpService(ReminderMixin):
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- interests ------------------------------------------------------------------------------------------

    def mark_interested(self, actor: Actor, customer_id: int, product_id: int, kinds: Iterable[str] = KINDS) -> Changes:
        """The customer wants to hear when the product is back in stock and/or cheaper (from the conversation)."""
        kinds = tuple(dict.fromkeys(kinds))
        if not kinds or any(k not in KINDS for k in kinds):
            raise ValidationError({"kind": tr_noop("Choose back in stock and/or price drop.")})
        with self._db.write() as session:
            customer, product = session.get(Customer, customer_id), session.get(Product, product_id)
            if customer is None or product is None:
                raise NotFoundError()
            have = set(session.scalars(select(ProductInterest.kind).where(
                ProductInterest.customer_id == customer_id, ProductInterest.product_id == product_id)))  # fmt: skip
            added = [k for k in kinds if k not in have]
            watched = session.scalar(
                select(ProductInterest.id).where(ProductInterest.product_id == product_id).limit(1)
            )
            for kind in added:
                session.add(ProductInterest(customer_id=customer_id, product_id=product_id, kind=kind))
            if added and watched is None:
                # The baseline later changes are measured from; a snapshot left from an earlier watch is stale.
                old = session.get(ProductSnapshot, product_id)
                if old is not None:
                    session.delete(old)
                    session.flush()
                self._snapshot(session, product)
            if added:
                record(session, actor, "interest_added", product.name, customer=customer.name, kinds=added)
        return Changes(inbox=True, audit=True) if added else Changes()

    def remove_interest(self, actor: Actor, interest_id: int) -> Changes:
        with self._db.write() as session:
            row = session.get(ProductInterest, interest_id)
            if row is None:
                raise NotFoundError()
            record(session, actor, "interest_removed", str(row.product_id), customer_id=row.customer_id, kind=row.kind)
            session.delete(row)
        return Changes(inbox=True, audit=True)

    def interests(self, customer_id: int | None = None, product_id: int | None = None) -> list[InterestInfo]:
        query = select(ProductInterest).order_by(ProductInterest.created_at, ProductInterest.id)
        if customer_id is not None:
            query = query.where(ProductInterest.customer_id == customer_id)
        if product_id is not None:
            query = query.where(ProductInterest.product_id == product_id)
        with self._db.read() as session:
            return [
                InterestInfo(r.id, r.customer_id, r.product_id, r.kind, r.created_at) for r in session.scalars(query)
            ]

    # -- events ---------------------------------------------------------------------------------------------

    def check_products(self, product_ids: Sequence[int] | None = None, now: datetime | None = None) -> Changes:
        """Compares watched products (all, or ``product_ids`` after a catalog edit) with their last-seen state and
        queues one notice per interested customer per event. Running it again finds nothing new."""
        now = now or utcnow()
        queued = 0
        with self._db.write() as session:
            watched = select(ProductInterest.product_id).distinct()
            if product_ids is not None:
                watched = watched.where(ProductInterest.product_id.in_(product_ids))
            for product in session.scalars(select(Product).where(Product.id.in_(watched)).order_by(Product.id)):
                snapshot = session.get(ProductSnapshot, product.id)
                after = ProductState.of(product)
                if snapshot is None:
                    self._snapshot(session, product, now)
                    continue
                before = ProductState(
                    snapshot.price, snapshot.stock, "in stock" if snapshot.available else "out of stock"
                )
                for kind in events_between(before, after) if product.deleted_at is None else []:
                    queued += self._queue(session, product, kind, before, after, now)
                snapshot.price, snapshot.stock, snapshot.available = after.price, after.stock, after.available
                snapshot.seen_at = now
        return Changes(inbox=True) if queued else Changes()

    def _queue(
        self, session: Session, product: Product, kind: str, before: ProductState, after: ProductState, now: datetime
    ) -> int:
        event = FollowUpEvent(product_id=product.id, kind=kind, at=now, price_before=before.price,
                              price_after=after.price, stock_before=before.stock, stock_after=after.stock)  # fmt: skip
        session.add(event)
        session.flush()
        template = session.scalar(select(QuickReply.body).where(QuickReply.shortcut == _SHORTCUTS[kind]))
        count = 0
        interests = select(ProductInterest).where(
            ProductInterest.product_id == product.id, ProductInterest.kind == kind
        )
        for interest in session.scalars(interests):
            values = template_values(session, customer_id=interest.customer_id, product_id=product.id, now=now)
            try:
                text = render(template or _DEFAULT_TEXT[kind], values)
            except MissingValues:  # the merchant's own text asks for something unknown here: use ours
                text = render(_DEFAULT_TEXT[kind], values)
            # One interest row per (customer, product, kind), so each customer appears once per event; the
            # unique (event, customer) constraint backs that up in the database.
            session.add(FollowUpNotice(event_id=event.id, customer_id=interest.customer_id, rendered=text))
            interest.last_notified_event = event.id
            count += 1
        return count

    @staticmethod
    def _snapshot(session: Session, product: Product, now: datetime | None = None) -> None:
        state = ProductState.of(product)
        session.add(ProductSnapshot(product_id=product.id, price=state.price, stock=state.stock,
                                    available=state.available, seen_at=now or utcnow()))  # fmt: skip

    # -- notices --------------------------------------------------------------------------------------------

    def notices(self, state: str | None = "pending") -> list[NoticeInfo]:
        query = (
            select(FollowUpNotice, FollowUpEvent, Customer)
            .join(FollowUpEvent, FollowUpEvent.id == FollowUpNotice.event_id)
            .join(Customer, Customer.id == FollowUpNotice.customer_id)
            .order_by(FollowUpEvent.at, FollowUpNotice.id)
        )
        if state is not None:
            query = query.where(FollowUpNotice.state == state)
        with self._db.read() as session:
            return [
                NoticeInfo(
                    n.id, e.kind, c.id, c.name, e.product_id, n.rendered, _link(c.phone, n.rendered), n.state, e.at
                )
                for n, e, c in session.execute(query)
            ]

    def mark_notice(self, actor: Actor, notice_id: int, sent: bool = True) -> Changes:
        """Records the notice as sent through its link (or skipped); a second call changes nothing."""
        with self._db.write() as session:
            row = session.get(FollowUpNotice, notice_id)
            if row is None:
                raise NotFoundError()
            if row.state != "pending":
                return Changes()
            row.state = "sent" if sent else "skipped"
            row.sent_at, row.sent_by = (utcnow(), actor.id) if sent else (None, None)
            record(session, actor, f"follow_up_{row.state}", str(row.event_id), customer_id=row.customer_id)
        return Changes(inbox=True, audit=True)


def _link(phone: str | None, text: str) -> str | None:
    try:
        return wa_me_link(phone, text)
    except (NoNumberForLink, InvalidPhone):
        return None
