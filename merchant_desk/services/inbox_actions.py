"""The inbox's writes: replies sent through WhatsApp links, incoming messages, status, assignee, labels."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, ValidationError, tr_noop
from merchant_desk.core.label_rules import STATUSES
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Conversation, Customer, Label, Message, Staff, conversation_labels
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.inbox_rows import MessageRow, message_row
from merchant_desk.services.rule_engine import RuleRun


def _conversation(session: Session, conversation_id: int) -> Conversation:
    row = session.get(Conversation, conversation_id)
    if row is None:
        raise NotFoundError()
    return row


def _touch(session: Session, conv: Conversation, message: Message) -> None:
    if conv.last_message_at is None or message.sent_at >= conv.last_message_at:
        conv.last_message_at = message.sent_at
        conv.last_message_preview = message.body.strip().replace("\n", " ")[:200]
    if conv.customer_id is not None:
        customer = session.get(Customer, conv.customer_id)
        if customer is not None:
            customer.last_contact_at = max(filter(None, (customer.last_contact_at, message.sent_at)))
            customer.first_contact_at = customer.first_contact_at or message.sent_at


class InboxActions:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record_outgoing(self, actor: Actor, conversation_id: int, text: str) -> tuple[MessageRow, Changes]:
        """A reply the staff member sent through a wa.me / whatsapp:// link: stored as sent by them.

        Raises:
            ValidationError: an empty reply.
        """
        if not text.strip():
            raise ValidationError({"text": tr_noop("Write a reply first.")})
        with self._db.write() as session:
            conv = _conversation(session, conversation_id)
            message = Message(
                conversation_id=conv.id, direction="out", author_name=actor.name, staff_id=actor.id, body=text,
                sent_at=utcnow(), delivery_state="sent", external_id=f"local:{uuid.uuid4().hex}",
            )  # fmt: skip
            session.add(message)
            session.flush()
            _touch(session, conv, message)
            conv.unread_count = 0  # answering a conversation means it has been read
            return message_row(message), Changes(inbox=True)

    def record_incoming(
        self,
        conversation_id: int,
        text: str,
        *,
        author_name: str | None = None,
        sent_at: datetime | None = None,
        external_id: str | None = None,
    ) -> tuple[MessageRow | None, Changes]:
        """A new message from the customer: unread, reopens a resolved conversation, runs the keyword rules.

        Returns (None, no changes) when ``external_id`` is already stored in this conversation.
        """
        with self._db.write() as session:
            conv = _conversation(session, conversation_id)
            if external_id is not None and session.scalar(
                select(Message.id).where(Message.conversation_id == conv.id, Message.external_id == external_id)
            ):
                return None, Changes()
            message = Message(
                conversation_id=conv.id, direction="in", author_name=author_name, body=text,
                sent_at=sent_at or utcnow(), external_id=external_id or f"local:{uuid.uuid4().hex}",
            )  # fmt: skip
            session.add(message)
            session.flush()
            _touch(session, conv, message)
            conv.unread_count += 1
            if conv.status == "resolved":
                conv.status = "open"
            run = RuleRun.load(session)
            labels_added = 0
            if run:
                run.feed(conv.id, text)
                labels_added = run.write(session, actions=True)
            return message_row(message), Changes(inbox=True, labels=labels_added > 0)

    def set_status(self, actor: Actor, conversation_id: int, status: str) -> Changes:
        if status not in STATUSES:
            raise ValidationError({"status": tr_noop("Choose open, pending or resolved.")})
        with self._db.write() as session:
            conv = _conversation(session, conversation_id)
            if conv.status == status:
                return Changes()
            conv.status = status
            if status == "resolved":
                conv.unread_count = 0
        return Changes(inbox=True)

    def assign(self, actor: Actor, conversation_id: int, staff_id: int | None) -> Changes:
        with self._db.write() as session:
            conv = _conversation(session, conversation_id)
            if staff_id is not None and session.get(Staff, staff_id) is None:
                raise NotFoundError()
            conv.assigned_staff_id = staff_id
            record(session, actor, "conversation_assigned", conv.title, conversation=conv.id, staff_id=staff_id)
        return Changes(inbox=True, audit=True)

    def mark_read(self, conversation_id: int) -> Changes:
        with self._db.write() as session:
            conv = _conversation(session, conversation_id)
            if conv.unread_count == 0:
                return Changes()
            conv.unread_count = 0
        return Changes(inbox=True)

    def set_labels(self, actor: Actor, conversation_id: int, label_ids: Iterable[int]) -> Changes:
        """The conversation's labels become exactly ``label_ids``."""
        wanted = sorted(set(label_ids))
        with self._db.write() as session:
            _conversation(session, conversation_id)
            known = set(session.scalars(select(Label.id).where(Label.id.in_(wanted)))) if wanted else set()
            link = conversation_labels
            session.execute(delete(link).where(link.c.conversation_id == conversation_id))
            rows = [{"conversation_id": conversation_id, "label_id": i} for i in wanted if i in known]
            if rows:
                session.execute(insert(link), rows)
        return Changes(inbox=True, labels=True)

    def conversation_for_customer(self, actor: Actor, customer_id: int) -> tuple[int, Changes]:
        """The customer's WhatsApp-link conversation, created on first use (for replying to anyone)."""
        with self._db.write() as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError()
            found = session.scalar(
                select(Conversation.id)
                .where(Conversation.customer_id == customer_id, Conversation.is_group.is_(False))
                .order_by(Conversation.last_message_at.desc().nulls_last())
                .limit(1)
            )
            if found is not None:
                return found, Changes()
            conv = Conversation(
                customer_id=customer_id, channel="wa_link", title=customer.name, is_group=False, status="open",
                unread_count=0,
            )  # fmt: skip
            session.add(conv)
            session.flush()
            return conv.id, Changes(inbox=True)
