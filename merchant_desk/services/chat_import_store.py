"""Writing a parsed export: the conversation it belongs to, new messages in bulk, then media and rules."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from merchant_desk.config import Paths
from merchant_desk.core.phones import InvalidPhone, normalize_phone
from merchant_desk.db.ddl import FTS_INDEXES
from merchant_desk.db.models import Conversation, Customer, Message
from merchant_desk.formats.whatsapp_export import ChatExport, ParsedMessage
from merchant_desk.formats.whatsapp_messages import is_legacy_external_id
from merchant_desk.services.chat_import_media import new_message_ids, store_attachments
from merchant_desk.services.customer_service import find_or_create_in
from merchant_desk.services.rule_engine import RuleRun

BATCH = 5000
# Below this many new messages the FTS triggers stay on: dropping and re-creating them costs more.
FTS_SUSPEND_MIN = 5000
IMPORT_CACHE_KB = 256 * 1024


@dataclass(frozen=True)
class ImportTarget:
    title: str | None
    participants: tuple[str, ...]
    me: str | None
    is_group: bool
    create_group_customers: bool = False


@dataclass
class Stored:
    conversation_id: int
    customer_id: int | None
    title: str
    messages_new: int = 0
    attachments_stored: int = 0
    labels_added: int = 0
    written: list[Path] = field(default_factory=list)


def phone_of(name: str | None) -> str | None:
    """The E.164 number when a participant's name is a phone number (an unsaved contact)."""
    if not name or not (name[0] == "+" or name[0].isdigit()):
        return None
    try:
        return normalize_phone(name)
    except InvalidPhone:
        return None


def _conversation(session: Session, target: ImportTarget, first_id: str, first_at: datetime | None) -> Conversation:
    if target.is_group:
        key = f"whatsapp-group:{(target.title or first_id).casefold()}"
        title, phone, customer_id = target.title or "WhatsApp", None, None
        if target.create_group_customers:
            for name in target.participants:
                if name != target.me and phone_of(name):
                    find_or_create_in(session, phone_of(name), name, first_at)
    else:
        others = [n for n in target.participants if n != target.me]
        title = others[0] if others else (target.title or "WhatsApp")
        phone = phone_of(title) or phone_of(target.title)
        key = f"whatsapp:{phone}" if phone else f"whatsapp-name:{title.casefold()}"
        customer_id = None
    row = session.scalar(select(Conversation).where(Conversation.external_key == key))
    if row is not None and (row.customer_id is not None or target.is_group):
        return row
    if not target.is_group:
        if phone:
            customer, _created = find_or_create_in(session, phone, title, first_at)
        else:
            # No number: the customer is known only through this imported chat, found again by its key.
            customer = Customer(name=title, consent=False, first_contact_at=first_at)
            session.add(customer)
            session.flush()
        customer_id = customer.id
    if row is None:
        row = Conversation(
            channel="import", title=title, is_group=target.is_group, status="open", unread_count=0,
            external_key=key, customer_id=customer_id,
        )  # fmt: skip
        session.add(row)
    row.customer_id = customer_id
    session.flush()
    return row


def _preview(message: ParsedMessage) -> str:
    if message.text.strip():
        return message.text.strip().replace("\n", " ")[:200]
    return f"[{message.attachments[0].kind}]" if message.attachments else ""


def _own_ids(export: ChatExport, messages: list[ParsedMessage], existing: set[str]) -> list[ParsedMessage]:
    """The messages with the kind of external id this conversation already holds.

    A conversation imported before ids began with the time keeps its old ids, so that re-importing it still
    adds nothing: the file is read once more for them (only for such conversations).
    """
    if not any(len(e) >= 24 and is_legacy_external_id(e) for e in existing):
        return messages
    legacy = [m.external_id for m in export.messages(legacy_ids=True)]
    return [m._replace(external_id=old) for m, old in zip(messages, legacy, strict=True)]


def store_messages(
    session: Session, paths: Paths, export: ChatExport, messages: list[ParsedMessage], target: ImportTarget,
    offset: timedelta, stored: Stored | None = None,
) -> Stored:  # fmt: skip
    """Adds the messages this conversation lacks (by external id) in batches, with their media, then runs rules."""
    first = messages[0] if messages else None
    spoken = next((m for m in messages if m.author is not None), None)  # first contact: not WhatsApp's notice
    conv = _conversation(session, target, first.external_id if first else "", spoken.at - offset if spoken else None)
    stored = stored or Stored(conv.id, conv.customer_id, conv.title or "")
    stored.conversation_id, stored.customer_id, stored.title = conv.id, conv.customer_id, conv.title or ""
    conn = session.connection()
    existing = set(conn.scalars(select(Message.external_id).where(Message.conversation_id == conv.id)))
    new = [m for m in _own_ids(export, messages, existing) if m.external_id not in existing] if existing else messages
    me, cid, sqlite = target.me, conv.id, conn.dialect.name == "sqlite"
    rows: list[tuple[Any, ...]] = []
    directions: list[str] = []
    incoming: list[str] = []
    previous: datetime | None = None
    sent: Any = None
    for _line, at, author, body, _files, external_id in new:
        if at is not previous:  # messages of one minute share their datetime: convert it once
            previous, sent = at, at - offset
            if sqlite:
                sent = sent.isoformat(" ", "microseconds")  # the text SQLAlchemy's SQLite DateTime stores
        if author is None:
            direction = "system"
        elif author == me:
            direction = "out"
        else:
            direction = "in"
            incoming.append(body)
        directions.append(direction)
        rows.append((cid, direction, author, body, sent, external_id))
    total = conn.scalar(select(func.coalesce(func.max(Message.id), 0))) or 0
    run = RuleRun.load(session)

    def match_rules() -> None:
        if run:
            run.feed_conversation(cid, incoming)

    if not sqlite or len(rows) < FTS_SUSPEND_MIN:
        _insert_messages(conn, rows, sqlite)  # few rows: the triggers keep the index in step
        match_rules()
    else:
        _insert_indexing_new_rows(conn, rows, total, match_rules)
    stored.messages_new = len(rows)
    with_media = [(i, m) for i, m in enumerate(new) if m.attachments]
    if with_media:
        ids = new_message_ids(conn, with_media, total, len(rows), cid)
        stored.attachments_stored += store_attachments(conn, paths, export, with_media, ids, stored.written)
    if run:
        stored.labels_added = run.write(session, actions=True)
    session.refresh(conv)
    _update_conversation(session, conv, new, directions, offset)
    return stored


_COLUMNS = ("conversation_id", "direction", "author_name", "body", "sent_at", "external_id")
_INSERT = f"INSERT INTO messages ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"


def _insert_indexing_new_rows(
    conn: Any, rows: list[tuple[Any, ...]], before: int, meanwhile: Callable[[], None]
) -> None:
    """A big import: triggers off, then only the new rows indexed in one statement, ``meanwhile`` beside it.

    Live triggers cost 3-5x per row (DESIGN.md §8.5), and a 'rebuild' would re-read every message of the shop
    (as fast as this when the shop had none, 10x slower when it had 9 times as many). Inside the caller's
    transaction: a failure rolls the dropped triggers back too.

    SQLite releases the GIL for the whole indexing statement (~0.4 s for 200,000 messages), so ``meanwhile``
    (pure Python: it must not touch the connection) runs in a helper thread during it. Not during the
    executemany: that takes the GIL back after every row and would wait for the helper each time.
    """
    index = next(i for i in FTS_INDEXES if i.table == "messages")
    for name in index.trigger_names():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    _insert_messages(conn, rows, True)
    columns = ", ".join(index.columns)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="chat-import") as helper:
        beside = helper.submit(meanwhile)
        conn.exec_driver_sql(
            f"INSERT INTO {index.fts}(rowid, {columns}) SELECT id, {columns} FROM messages WHERE id > ?", (before,)
        )
        beside.result()
    for sql in index.create_triggers():
        conn.exec_driver_sql(sql)


def _insert_messages(conn: Any, rows: list[tuple[Any, ...]], sqlite: bool) -> None:
    """Inserts in batches inside the caller's transaction; on SQLite straight through the DB-API cursor.

    SQLAlchemy's per-row parameter processing costs more than SQLite's own insert at 200,000 rows.
    """
    if sqlite:
        cursor = conn.connection.dbapi_connection.cursor()
        # The (conversation, external id) index takes random keys: with SQLite's default 2 MB page cache a big
        # import thrashes it. The connection is not pooled (NullPool), so the larger cache ends with it.
        cursor.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KB}")
        try:
            for start in range(0, len(rows), BATCH):
                cursor.executemany(_INSERT, rows[start : start + BATCH])
        finally:
            cursor.close()
        return
    for start in range(0, len(rows), BATCH):
        conn.execute(
            insert(Message.__table__), [dict(zip(_COLUMNS, row, strict=True)) for row in rows[start : start + BATCH]]
        )


def _update_conversation(
    session: Session, conv: Conversation, new: list[ParsedMessage], directions: list[str], offset: timedelta
) -> None:
    """Last message, preview, unread count, reopening and the customer's contact times, from the new messages."""
    spoken = [m for m, d in zip(new, directions, strict=True) if d != "system"]
    if not spoken:
        return
    previous_last = conv.last_message_at
    last = max(spoken, key=lambda m: m.at)  # local times compare like UTC ones: one offset for the whole shop
    last_at, first_at = last.at - offset, min(m.at for m in spoken) - offset
    if previous_last is None or last_at >= previous_last:
        conv.last_message_at, conv.last_message_preview = last_at, _preview(last)
    if previous_last is not None:
        # Messages newer than what the inbox already had are unread, and reopen a resolved conversation.
        since = previous_last + offset
        fresh = sum(1 for m, d in zip(new, directions, strict=True) if d == "in" and m.at > since)
        conv.unread_count += fresh
        if fresh and conv.status == "resolved":
            conv.status = "open"
    if conv.customer_id is not None:
        customer = session.get(Customer, conv.customer_id)
        if customer is not None:
            customer.first_contact_at = min(filter(None, (customer.first_contact_at, first_at)))
            customer.last_contact_at = max(filter(None, (customer.last_contact_at, last_at)))
    session.flush()
