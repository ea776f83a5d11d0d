"""Broadcasts through the link channel: preview, a guided queue kept in the database, and the report."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from merchant_desk.channels.wa_link import wa_me_link
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, UserError, ValidationError, tr_noop
from merchant_desk.core.placeholders import InvalidTemplate, render, validate_template
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Broadcast, BroadcastRecipient, Conversation, Customer, Message
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.broadcast_report import (
    NO_CONSENT,
    NO_PHONE,
    PENDING,
    REPLY_WINDOW,
    SENT,
    SKIPPED,
    BroadcastReport,
    count_report,
)
from merchant_desk.services.broadcast_select import RecipientFilter, select_recipients
from merchant_desk.services.quick_reply_service import template_values

CHANGED = Changes(replies=True, audit=True)

__all__ = ["REPLY_WINDOW", "BroadcastReport", "BroadcastService", "RecipientFilter"]


class BroadcastNotSending(UserError):
    message = tr_noop("This broadcast is {state}: resume it to go on with the next recipient.")


@dataclass(frozen=True)
class Preview:
    recipients: int
    excluded_no_consent: int
    excluded_no_phone: int
    samples: tuple[tuple[str, str], ...]  # (customer name, the message they would get)


@dataclass(frozen=True)
class BroadcastInfo:
    id: int
    name: str
    template: str
    filter: RecipientFilter
    state: str  # draft | sending | paused | done
    recipients: int
    sent: int
    skipped: int
    excluded_no_consent: int
    created_at: datetime
    finished_at: datetime | None


@dataclass(frozen=True)
class QueueItem:
    recipient_id: int
    customer_id: int | None
    customer_name: str
    text: str
    link: str  # https://wa.me/… with the text typed in
    remaining: int  # pending recipients, this one included


def _info(row: Broadcast) -> BroadcastInfo:
    return BroadcastInfo(
        row.id, row.name, row.template, RecipientFilter.from_json(json.loads(row.filter)), row.state, row.recipients,
        row.sent, row.skipped, row.excluded_no_consent, row.created_at, row.finished_at,
    )  # fmt: skip


def _get(session: Session, broadcast_id: int) -> Broadcast:
    row = session.get(Broadcast, broadcast_id)
    if row is None:
        raise NotFoundError()
    return row


def _checked_template(template: str) -> str:
    if not template.strip():
        raise ValidationError({"template": tr_noop("Write the message.")})
    problems = validate_template(template)
    if problems:
        raise InvalidTemplate(problems)
    return template.strip()


def _first_pending(session: Session, broadcast_id: int) -> QueueItem | None:
    pending = select(BroadcastRecipient).where(
        BroadcastRecipient.broadcast_id == broadcast_id, BroadcastRecipient.state == PENDING
    )
    item = session.scalars(pending.order_by(BroadcastRecipient.position).limit(1)).first()
    if item is None:
        return None
    remaining = session.scalar(select(func.count()).select_from(pending.subquery())) or 0
    customer = session.get(Customer, item.customer_id) if item.customer_id is not None else None
    text = item.rendered or ""
    phone = customer.phone if customer else None
    name = customer.name if customer else "?"
    return QueueItem(item.id, item.customer_id, name, text, wa_me_link(phone, text), remaining)


class BroadcastService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def preview(
        self, template: str, flt: RecipientFilter, samples: int = 3, staff: Actor | None = None,
        product_id: int | None = None,
    ) -> Preview:  # fmt: skip
        """Counts and the first few personalised messages; ``product_id`` fills {produk}, {harga} and the like.

        Raises:
            InvalidTemplate: unknown placeholders; MissingValues: a sample customer lacks a value.
        """
        template = _checked_template(template)
        with self._db.read() as session:
            chosen = select_recipients(session, flt)
            shown = []
            for customer_id in chosen.customer_ids[:samples]:
                name = session.get(Customer, customer_id).name  # type: ignore[union-attr]
                values = template_values(session, customer_id=customer_id, product_id=product_id, staff=staff)
                shown.append((name, render(template, values)))
        return Preview(len(chosen.customer_ids), len(chosen.excluded_no_consent), len(chosen.excluded_no_phone),
                       tuple(shown))  # fmt: skip

    def create(
        self, actor: Actor, name: str, template: str, flt: RecipientFilter, product_id: int | None = None
    ) -> tuple[BroadcastInfo, Changes]:
        """Freezes the recipients and their messages (a draft; ``start`` begins the queue).

        The product's name, price, stock and link are rendered into each message now, as the merchant previewed
        them; a later price change does not alter a broadcast already prepared.

        Raises:
            ValidationError: no name or message; InvalidTemplate; MissingValues: a recipient lacks a value.
        """
        template = _checked_template(template)
        if not name.strip():
            raise ValidationError({"name": tr_noop("Give the broadcast a name.")})
        with self._db.write() as session:
            chosen = select_recipients(session, flt)
            row = Broadcast(name=name.strip(), template=template, filter=json.dumps(flt.to_json()), created_by=actor.id)
            row.state, row.sent, row.skipped = "draft", 0, 0
            row.recipients, row.excluded_no_consent = len(chosen.customer_ids), len(chosen.excluded_no_consent)
            session.add(row)
            session.flush()
            now = utcnow()
            for position, customer_id in enumerate(chosen.customer_ids):
                values = template_values(session, customer_id=customer_id, product_id=product_id, staff=actor, now=now)
                text = render(template, values)
                session.add(BroadcastRecipient(broadcast_id=row.id, customer_id=customer_id, position=position,
                                               rendered=text, state=PENDING))  # fmt: skip
            for state, ids in ((NO_CONSENT, chosen.excluded_no_consent), (NO_PHONE, chosen.excluded_no_phone)):
                for customer_id in ids:
                    session.add(BroadcastRecipient(broadcast_id=row.id, customer_id=customer_id, state=state))
            record(session, actor, "broadcast_created", row.name, recipients=row.recipients,
                   excluded_no_consent=row.excluded_no_consent)  # fmt: skip
            session.flush()
            return _info(row), CHANGED

    def list(self) -> list[BroadcastInfo]:
        with self._db.read() as session:
            return [_info(r) for r in session.scalars(select(Broadcast).order_by(Broadcast.created_at.desc()))]

    def overview(self) -> list[tuple[BroadcastInfo, BroadcastReport]]:
        """Every broadcast, newest first, with its report (replies noted as ``report`` does: a write)."""
        return [(info, self.report(info.id)) for info in self.list()]

    def get(self, broadcast_id: int) -> BroadcastInfo:
        with self._db.read() as session:
            return _info(_get(session, broadcast_id))

    def start(self, actor: Actor, broadcast_id: int) -> Changes:
        return self._move(actor, broadcast_id, ("draft", "paused"), "sending", "broadcast_started")

    def pause(self, actor: Actor, broadcast_id: int) -> Changes:
        return self._move(actor, broadcast_id, ("sending",), "paused", "broadcast_paused")

    def resume(self, actor: Actor, broadcast_id: int) -> Changes:
        return self._move(actor, broadcast_id, ("paused",), "sending", "broadcast_resumed")

    def _move(self, actor: Actor, broadcast_id: int, from_states: tuple[str, ...], to: str, action: str) -> Changes:
        with self._db.write() as session:
            row = _get(session, broadcast_id)
            if row.state == to:
                return Changes()
            if row.state not in from_states:
                raise BroadcastNotSending(state=row.state)
            row.state = to
            record(session, actor, action, row.name)
        return CHANGED

    def next_recipient(self, broadcast_id: int) -> QueueItem | None:
        """The next personalised message with its wa.me link; None once every recipient is sent or skipped.

        Raises:
            BroadcastNotSending: the broadcast is a draft or paused.
        """
        with self._db.read() as session:
            row = _get(session, broadcast_id)
            if row.state != "sending":
                if row.state == "done":
                    return None
                raise BroadcastNotSending(state=row.state)
            return _first_pending(session, broadcast_id)

    def peek(self, broadcast_id: int) -> QueueItem | None:
        """The message the first waiting recipient will get, whatever the state (a draft's preview)."""
        with self._db.read() as session:
            _get(session, broadcast_id)
            return _first_pending(session, broadcast_id)

    def mark_sent(self, actor: Actor, recipient_id: int, at: datetime | None = None) -> Changes:
        """Records the message as sent by ``actor`` (also in the customer's conversation, as the inbox does)."""
        return self._finish(actor, recipient_id, SENT, at or utcnow())

    def skip(self, actor: Actor, recipient_id: int) -> Changes:
        return self._finish(actor, recipient_id, SKIPPED, None)

    def _finish(self, actor: Actor, recipient_id: int, state: str, at: datetime | None) -> Changes:
        with self._db.write() as session:
            item = session.get(BroadcastRecipient, recipient_id)
            if item is None:
                raise NotFoundError()
            if item.state != PENDING:
                return Changes()  # a double click on "sent" counts once
            row = _get(session, item.broadcast_id)
            item.state, item.sent_at, item.sent_by = state, at, actor.id if at else None
            if state == SENT:
                row.sent += 1
                if item.customer_id is not None:
                    self._record_in_conversation(session, actor, item.customer_id, item.rendered or "", at or utcnow())
            else:
                row.skipped += 1
            if row.sent + row.skipped >= row.recipients:
                row.state, row.finished_at = "done", utcnow()
            record(session, actor, f"broadcast_{state}", row.name, recipient=recipient_id)
        return Changes(replies=True, inbox=state == SENT, audit=True)

    @staticmethod
    def _record_in_conversation(session: Session, actor: Actor, customer_id: int, text: str, at: datetime) -> None:
        conv = session.scalars(
            select(Conversation).where(Conversation.customer_id == customer_id, Conversation.is_group.is_(False))
            .order_by(Conversation.last_message_at.desc().nulls_last()).limit(1)
        ).first()  # fmt: skip
        if conv is None:
            customer = session.get(Customer, customer_id)
            conv = Conversation(customer_id=customer_id, channel="wa_link", title=customer.name if customer else None)
            session.add(conv)
            session.flush()
        session.add(Message(conversation_id=conv.id, direction="out", author_name=actor.name, staff_id=actor.id,
                            body=text, sent_at=at, delivery_state="sent",
                            external_id=f"local:{uuid.uuid4().hex}"))  # fmt: skip
        if conv.last_message_at is None or at >= conv.last_message_at:
            conv.last_message_at, conv.last_message_preview = at, text.replace("\n", " ")[:200]

    def report(self, broadcast_id: int) -> BroadcastReport:
        """Counts by state, and how many recipients wrote back within 48 hours of their message (noted once)."""
        with self._db.write() as session:
            return count_report(session, _get(session, broadcast_id))

    def delete_draft(self, actor: Actor, broadcast_id: int) -> Changes:
        with self._db.write() as session:
            row = _get(session, broadcast_id)
            if row.state != "draft":
                raise BroadcastNotSending(state=row.state)
            record(session, actor, "broadcast_deleted", row.name)
            session.delete(row)  # its recipients go with it (ON DELETE CASCADE)
        return CHANGED
