"""FAQ answers, broadcasts and their queues, reminders, product interests and follow-up events."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from merchant_desk.db.base import Base, CreatedMixin


class Faq(CreatedMixin, Base):
    __tablename__ = "faqs"
    id: Mapped[int] = mapped_column(primary_key=True)
    question: Mapped[str] = mapped_column(String(300))
    alternatives: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of other phrasings
    answer: Mapped[str] = mapped_column(Text)  # Indonesian text for the customer; may hold placeholders
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    times_proposed: Mapped[int] = mapped_column(Integer, default=0)


class Broadcast(CreatedMixin, Base):
    __tablename__ = "broadcasts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    template: Mapped[str] = mapped_column(Text)
    filter: Mapped[str] = mapped_column(Text, default="{}")  # JSON of broadcast_service.RecipientFilter
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    state: Mapped[str] = mapped_column(String(10), default="draft")  # draft | sending | paused | done
    # Counts kept on the broadcast so its report survives customers being merged or deleted later.
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    sent: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    excluded_no_consent: Mapped[int] = mapped_column(Integer, default=0)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)


class BroadcastRecipient(Base):
    __tablename__ = "broadcast_recipients"
    __table_args__ = (
        UniqueConstraint("broadcast_id", "customer_id"),
        Index("ix_broadcast_recipients_queue", "broadcast_id", "state", "position"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    broadcast_id: Mapped[int] = mapped_column(ForeignKey("broadcasts.id", ondelete="CASCADE"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    rendered: Mapped[str | None] = mapped_column(Text)  # None for customers excluded before rendering
    state: Mapped[str] = mapped_column(String(24), default="pending")  # pending|sent|skipped|excluded_no_consent
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    sent_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    replied_at: Mapped[datetime | None] = mapped_column(DateTime)


class Reminder(CreatedMixin, Base):
    __tablename__ = "reminders"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    due_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # UTC
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    done_at: Mapped[datetime | None] = mapped_column(DateTime)


class ProductInterest(CreatedMixin, Base):
    __tablename__ = "product_interests"
    __table_args__ = (UniqueConstraint("customer_id", "product_id", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # back_in_stock | price_drop
    last_notified_event: Mapped[int | None] = mapped_column(Integer)  # follow_up_events.id


class ProductSnapshot(Base):
    """The price and stock last seen for a watched product: a scan compares products against it."""

    __tablename__ = "product_snapshots"
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), primary_key=True)
    price: Mapped[int] = mapped_column(Integer)  # the effective price (sale price when lower)
    stock: Mapped[int | None] = mapped_column(Integer)
    available: Mapped[bool] = mapped_column(Boolean, default=True)  # stock and availability together
    seen_at: Mapped[datetime] = mapped_column(DateTime)


class FollowUpEvent(Base):
    __tablename__ = "follow_up_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # back_in_stock | price_drop
    at: Mapped[datetime] = mapped_column(DateTime)
    price_before: Mapped[int | None] = mapped_column(Integer)
    price_after: Mapped[int | None] = mapped_column(Integer)
    stock_before: Mapped[int | None] = mapped_column(Integer)
    stock_after: Mapped[int | None] = mapped_column(Integer)


class FollowUpNotice(Base):
    """One queued message per interested customer per event: the unique pair makes a second queueing a no-op."""

    __tablename__ = "follow_up_notices"
    __table_args__ = (UniqueConstraint("event_id", "customer_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("follow_up_events.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    rendered: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10), default="pending")  # pending | sent | skipped
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    sent_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))


class QuickReplyImage(Base):
    __tablename__ = "quick_reply_images"
    id: Mapped[int] = mapped_column(primary_key=True)
    quick_reply_id: Mapped[int] = mapped_column(ForeignKey("quick_replies.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str | None] = mapped_column(String(64))  # a photo in the photo folder
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))  # or a product's
