"""Merging two customer records into one: what would move (shown before asking) and the move itself.

Used by CustomerService.merge inside its write transaction; nothing here opens a session of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from merchant_desk.core.timezones import utcnow
from merchant_desk.db.models import Conversation, Customer, Message, Order, ProductInterest, Redemption, Reminder
from merchant_desk.db.models_inbox import conversation_labels, customer_labels
from merchant_desk.services.audit_service import Actor

_STATUS_ORDER = ("open", "pending", "resolved")  # a joined chat keeps the most urgent of the two states


@dataclass(frozen=True)
class MergePreview:
    """What moves from the merged customer to the kept one (asked for before the merchant confirms)."""

    conversations: int
    labels: int  # labels the kept customer does not have yet
    orders: int
    points: int  # unexpired points
    waiting_for: int  # products the customer waits for (back in stock / price drop)


def preview(session: Session, keep_id: int, other_id: int) -> MergePreview:
    from merchant_desk.services.loyalty_ledger import open_lots

    def count(column: object) -> int:
        return int(session.scalar(select(func.count()).where(column == other_id)) or 0)  # type: ignore[operator]

    label = customer_labels.c
    kept = select(label.label_id).where(label.customer_id == keep_id)
    labels = session.scalar(
        select(func.count()).where(label.customer_id == other_id, label.label_id.not_in(kept))
    )  # fmt: skip
    points = sum(lot.remaining for lot in open_lots(session, other_id, utcnow()))
    return MergePreview(
        count(Conversation.customer_id), int(labels or 0), count(Order.customer_id), points,
        count(ProductInterest.customer_id),
    )  # fmt: skip


def move_records(session: Session, keep: Customer, other: Customer) -> None:
    """Conversations, orders, redemptions, labels and waiting-for products of ``other`` become ``keep``'s."""
    keep_id, other_id = keep.id, other.id
    own_chats = set(session.scalars(select(Conversation.id).where(Conversation.customer_id == keep_id)))
    for table in (Conversation, Order, Redemption):
        session.execute(update(table).where(table.customer_id == other_id).values(customer_id=keep_id))
    label = customer_labels.c
    labels = set(session.scalars(select(label.label_id).where(label.customer_id.in_((keep_id, other_id)))))
    session.execute(delete(customer_labels).where(label.customer_id.in_((keep_id, other_id))))
    if labels:
        session.execute(insert(customer_labels), [{"customer_id": keep_id, "label_id": i} for i in sorted(labels)])
    waiting = ProductInterest
    kept = set(session.execute(select(waiting.product_id, waiting.kind).where(waiting.customer_id == keep_id)))
    for row in session.scalars(select(waiting).where(waiting.customer_id == other_id)):
        if (row.product_id, row.kind) in kept:
            session.delete(row)  # both records waited for the same product: one notice is enough
        else:
            row.customer_id = keep_id
    _join_whatsapp_chats(session, keep_id, own_chats)
    # Rows in the list show the conversation's title: a chat of the merged record must read as the kept name.
    session.execute(
        update(Conversation)
        .where(Conversation.customer_id == keep_id, Conversation.is_group.is_(False))
        .values(title=keep.name)
    )


def _join_whatsapp_chats(session: Session, customer_id: int, own_chats: set[int]) -> None:
    """One WhatsApp-link chat per customer: a merged record's chat is joined into the kept customer's own (the
    one open beside the panel), so the list shows the customer once. Imported chats stay apart (re-importing
    the same export finds them by key)."""
    chats = list(
        session.scalars(
            select(Conversation)
            .where(Conversation.customer_id == customer_id, Conversation.channel == "wa_link")
            .where(Conversation.is_group.is_(False))
            .order_by(Conversation.last_message_at.desc().nulls_last(), Conversation.id)
        )
    )
    if len(chats) < 2:
        return
    chats.sort(key=lambda chat: chat.id not in own_chats)  # stable: the kept customer's latest chat first
    target, others = chats[0], chats[1:]
    link = conversation_labels.c
    for chat in others:
        for model in (Message, Order, Reminder):
            session.execute(update(model).where(model.conversation_id == chat.id).values(conversation_id=target.id))
        has = set(session.scalars(select(link.label_id).where(link.conversation_id == target.id)))
        gained = set(session.scalars(select(link.label_id).where(link.conversation_id == chat.id))) - has
        if gained:
            session.execute(
                insert(conversation_labels), [{"conversation_id": target.id, "label_id": i} for i in sorted(gained)]
            )
        target.unread_count += chat.unread_count
        target.assigned_staff_id = target.assigned_staff_id or chat.assigned_staff_id
        states = sorted((target.status, chat.status), key=lambda s: _index(s))
        target.status = states[0]
        if chat.last_message_at is not None and (
            target.last_message_at is None or chat.last_message_at > target.last_message_at
        ):
            target.last_message_at, target.last_message_preview = chat.last_message_at, chat.last_message_preview
        session.delete(chat)
    session.flush()


def _index(status: str) -> int:
    return _STATUS_ORDER.index(status) if status in _STATUS_ORDER else len(_STATUS_ORDER)


def move_points(session: Session, actor: Actor, keep_id: int, other_id: int) -> int:
    """Moves each unexpired lot as it is: the merged customer's lot is consumed (pointing at it, so the
    expiry job never expires it again) and the kept customer gets a lot of the same size and expiry.
    The loyalty ledger is append-only, so points move as adjusting entries, not by rewriting history."""
    from merchant_desk.services.loyalty_ledger import add_entry, open_lots

    now = utcnow()
    moved = 0
    for lot in open_lots(session, other_id, now):
        common = {"kind": "adjust", "staff_id": actor.id, "created_at": now}
        reason = f"merged into customer {keep_id}"
        add_entry(session, customer_id=other_id, points=-lot.remaining, lot_id=lot.id, reason=reason, **common)
        reason = f"merged from customer {other_id}"
        add_entry(
            session, customer_id=keep_id, points=lot.remaining, expires_at=lot.expires_at, reason=reason, **common
        )
        moved += lot.remaining
    return moved


def merge_fields(session: Session, keep: Customer, other: Customer) -> None:
    """Details the kept record lacks come from the merged one; notes are joined, contact times widened."""
    if keep.phone is None and other.phone is not None:
        keep_phone, other.phone = other.phone, None
        session.flush()  # the number is unique: free it before giving it to the kept customer
        keep.phone = keep_phone
    keep.instagram = keep.instagram or other.instagram
    keep.other_handle = keep.other_handle or other.other_handle
    if other.notes:
        keep.notes = f"{keep.notes}\n\n{other.notes}" if keep.notes else other.notes
    if other.consent and not keep.consent:
        keep.consent, keep.consent_at, keep.consent_source = True, other.consent_at, other.consent_source
    firsts = [t for t in (keep.first_contact_at, other.first_contact_at) if t]
    lasts = [t for t in (keep.last_contact_at, other.last_contact_at) if t]
    keep.first_contact_at = min(firsts) if firsts else None
    keep.last_contact_at = max(lasts) if lasts else None
