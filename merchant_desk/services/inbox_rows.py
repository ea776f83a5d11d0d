"""Frozen rows the inbox services hand to the UI: conversations, messages, attachments, search hits, counts."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from merchant_desk.db.models import Attachment, Conversation, Customer, Message, conversation_labels

Cursor = tuple[datetime, int]  # (sent_at, message id): threads page on this key, never on offsets


@dataclass(frozen=True)
class InboxFilter:
    """What the conversation list shows; ``status`` is open, pending, resolved, "unresolved" or None (all)."""

    label_id: int | None = None
    status: str | None = None
    assigned_staff_id: int | None = None
    unassigned: bool = False
    unread_only: bool = False
    customer_id: int | None = None
    text: str = ""

    def replace(self, **changes: Any) -> InboxFilter:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class ConversationRow:
    id: int
    title: str
    customer_id: int | None
    customer_name: str | None
    customer_phone: str | None  # E.164; None for groups and customers known only by name
    is_group: bool
    channel: str
    status: str
    assigned_staff_id: int | None
    unread_count: int
    last_message_at: datetime | None  # UTC
    last_message_preview: str | None
    label_ids: tuple[int, ...]


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    kind: str
    file_name: str | None
    stored_path: str | None  # relative to the data folder; None when the export left the media out
    mime: str | None
    size: int | None


@dataclass(frozen=True)
class MessageRow:
    id: int
    conversation_id: int
    direction: str  # in | out | system
    author_name: str | None
    staff_id: int | None
    body: str
    sent_at: datetime  # UTC
    delivery_state: str | None
    attachments: tuple[AttachmentRow, ...] = ()


@dataclass(frozen=True)
class ThreadPage:
    """Messages oldest first; ``older``/``newer`` are the cursors to pass to thread(before=…/after=…)."""

    messages: tuple[MessageRow, ...]
    older: Cursor | None
    newer: Cursor | None
    has_older: bool
    has_newer: bool


@dataclass(frozen=True)
class SearchHit:
    message_id: int
    conversation_id: int
    conversation_title: str | None
    sent_at: datetime
    direction: str
    author_name: str | None
    body: str


@dataclass(frozen=True)
class InboxCounts:
    total: int
    unread: int
    by_status: dict[str, int]
    by_label: dict[int, int]
    by_assignee: dict[int | None, int]  # None: unassigned


def attachment_row(a: Attachment) -> AttachmentRow:
    return AttachmentRow(a.id, a.kind, a.file_name, a.stored_path, a.mime, a.size)


def message_row(m: Message, attachments: tuple[AttachmentRow, ...] = ()) -> MessageRow:
    return MessageRow(
        m.id, m.conversation_id, m.direction, m.author_name, m.staff_id, m.body, m.sent_at, m.delivery_state,
        attachments,
    )  # fmt: skip


def conversation_rows(session: Session, ids: list[int]) -> list[ConversationRow]:
    """Rows for ``ids`` in that order, with customer names and label ids, in three queries."""
    if not ids:
        return []
    query = (
        select(Conversation, Customer.name, Customer.phone)
        .outerjoin(Customer, Customer.id == Conversation.customer_id)
        .where(Conversation.id.in_(ids))
    )
    found = {c.id: (c, name, phone) for c, name, phone in session.execute(query)}
    labels: dict[int, list[int]] = {}
    link = conversation_labels.c
    for cid, label_id in session.execute(
        select(link.conversation_id, link.label_id).where(link.conversation_id.in_(ids)).order_by(link.label_id)
    ):
        labels.setdefault(cid, []).append(label_id)
    rows = []
    for cid in ids:
        if cid not in found:
            continue
        c, name, phone = found[cid]
        rows.append(
            ConversationRow(
                c.id,
                c.title or name or "",
                c.customer_id,
                name,
                phone,
                c.is_group,
                c.channel,
                c.status,
                c.assigned_staff_id,
                c.unread_count,
                c.last_message_at,
                c.last_message_preview,
                tuple(labels.get(cid, ())),
            )
        )
    return rows
