"""A broadcast's report: its recipients counted by state, and who wrote back within 48 hours of their message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from merchant_desk.db.models import Broadcast, BroadcastRecipient, Conversation, Message

REPLY_WINDOW = timedelta(hours=48)
PENDING, SENT, SKIPPED = "pending", "sent", "skipped"
NO_CONSENT, NO_PHONE = "excluded_no_consent", "excluded_no_phone"


@dataclass(frozen=True)
class BroadcastReport:
    recipients: int
    sent: int
    skipped: int
    pending: int
    excluded_no_consent: int
    excluded_no_phone: int
    replied_within_48h: int


def count_report(session: Session, row: Broadcast) -> BroadcastReport:
    """The report of ``row``, inside a write session: a reply is looked for only until one is found, and then
    noted on its recipient, so each report searches only the messages of those who have not answered yet."""
    counts = dict(
        session.execute(
            select(BroadcastRecipient.state, func.count())
            .where(BroadcastRecipient.broadcast_id == row.id)
            .group_by(BroadcastRecipient.state)
        ).all()
    )
    for item in session.scalars(
        select(BroadcastRecipient).where(
            BroadcastRecipient.broadcast_id == row.id, BroadcastRecipient.state == SENT,
            BroadcastRecipient.replied_at.is_(None), BroadcastRecipient.customer_id.is_not(None),
        )
    ):  # fmt: skip
        assert item.sent_at is not None
        item.replied_at = session.scalar(
            select(func.min(Message.sent_at))
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(Conversation.customer_id == item.customer_id, Message.direction == "in")
            .where(Message.sent_at > item.sent_at, Message.sent_at <= item.sent_at + REPLY_WINDOW)
        )
    session.flush()
    replied = session.scalar(
        select(func.count()).where(
            BroadcastRecipient.broadcast_id == row.id, BroadcastRecipient.replied_at.is_not(None)
        )
    )
    return BroadcastReport(
        row.recipients, counts.get(SENT, 0), counts.get(SKIPPED, 0), counts.get(PENDING, 0),
        counts.get(NO_CONSENT, 0), counts.get(NO_PHONE, 0), replied or 0,
    )  # fmt: skip
