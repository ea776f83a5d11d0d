"""Follow-ups: "remind me" on a conversation, and back-in-stock / price-drop notices queued once per event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from merchant_desk.channels.wa_link import NoNumberForLink, wa_me_link
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError
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
from merchant_desk.services.followup_interests import (
    BACK_IN_STOCK,
    KINDS,
    PRICE_DROP,
    InterestInfo,
    InterestMixin,
    ProductState,
    WatchedProduct,
    events_between,
    snapshot,
)
from merchant_desk.services.followup_reminders import ReminderInfo, ReminderMixin
from merchant_desk.services.inbox_seed import PRICE_DROP_SHORTCUT, RESTOCK_SHORTCUT, STARTER_REPLIES
from merchant_desk.services.quick_reply_service import template_values

_SHORTCUTS = {BACK_IN_STOCK: RESTOCK_SHORTCUT, PRICE_DROP: PRICE_DROP_SHORTCUT}
_DEFAULT_TEXT = {kind: next(body for s, _t, body, _c in STARTER_REPLIES if s == sc) for kind, sc in _SHORTCUTS.items()}
# Queued notices show in the Inbox (its follow-ups button) and the Quick Replies tab's automation.
NOTICES_QUEUED = Changes(inbox=True, replies=True)
CHUNK = 500  # ids per IN (...): well under SQLite's bound-parameter limit

__all__ = [
    "BACK_IN_STOCK",
    "KINDS",
    "PRICE_DROP",
    "FollowUpService",
    "InterestInfo",
    "NoticeInfo",
    "ProductState",
    "ReminderInfo",
    "WatchedProduct",
    "events_between",
]


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


class FollowUpService(InterestMixin, ReminderMixin):
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- events ---------------------------------------------------------------------------------------------

    def check_products(self, product_ids: Sequence[int] | None = None, now: datetime | None = None) -> Changes:
        """Compares watched products (all, or those of ``product_ids`` after a catalog edit) with their last-seen
        state and queues one notice per interested customer per event. Running it again finds nothing new.

        ``product_ids`` may be a whole import's 100,000 ids: they are matched against the few watched products
        in Python (one query), and when none is watched no write transaction is opened at all.
        """
        now = now or utcnow()
        wanted: list[int] | None = None
        if product_ids is not None:
            with self._db.read() as session:
                watched = set(session.scalars(select(ProductInterest.product_id).distinct()))
            wanted = sorted(watched.intersection(product_ids))
            if not wanted:
                return Changes()
        queued = 0
        with self._db.write() as session:
            if wanted is None:
                queries = [select(Product).where(Product.id.in_(select(ProductInterest.product_id).distinct()))]
            else:
                queries = [
                    select(Product).where(Product.id.in_(wanted[i : i + CHUNK])) for i in range(0, len(wanted), CHUNK)
                ]
            for query in queries:
                for product in session.scalars(query.order_by(Product.id)):
                    queued += self._check_one(session, product, now)
        return NOTICES_QUEUED if queued else Changes()

    def _check_one(self, session: Session, product: Product, now: datetime) -> int:
        if product.deleted_at is not None:
            # A trashed product keeps its last live state: stock given to it in the trash is news when it is
            # restored, and customers never hear of a product they cannot see.
            return 0
        row = session.get(ProductSnapshot, product.id)
        after = ProductState.of(product)
        if row is None:
            snapshot(session, product, now)
            return 0
        before = ProductState(row.price, row.stock, "in stock" if row.available else "out of stock")
        queued = 0
        for kind in events_between(before, after):
            queued += self._queue(session, product, kind, before, after, now)
        row.price, row.stock, row.available, row.seen_at = after.price, after.stock, after.available, now
        return queued

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

    def pending_count(self) -> int:
        """Notices waiting to be sent: the count on the Inbox's follow-ups button."""
        with self._db.read() as session:
            query = select(func.count()).select_from(FollowUpNotice).where(FollowUpNotice.state == "pending")
            return session.scalar(query) or 0

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
