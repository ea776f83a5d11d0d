"""Writing a parsed export: the conversation it belongs to, new messages in bulk, media files, rules."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from merchant_desk.config import Paths
from merchant_desk.core.phones import InvalidPhone, normalize_phone
from merchant_desk.db.ddl import FTS_INDEXES, fts_suspended
from merchant_desk.db.models import Attachment, Conversation, Customer, Message
from merchant_desk.formats.whatsapp_export import ChatExport, ParsedMessage
from merchant_desk.services.customer_service import find_or_create_in
from merchant_desk.services.rule_engine import RuleRun

BATCH = 5000
# Rebuilding the FTS index re-reads every message, so it only pays when the import is a big share of them.
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


def _store_file(paths: Paths, export: ChatExport, name: str, stored: Stored) -> dict[str, Any]:
    data = export.read_media(name)
    if data is None:
        return {"stored_path": None, "mime": mimetypes.guess_type(name)[0], "size": None, "sha256": None}
    sha = hashlib.sha256(data).hexdigest()
    ext = PurePosixPath(name).suffix.lower()[:10]
    target = paths.attachment_dir / sha[:2] / f"{sha}{ext}"
    if not target.exists():  # content-addressed: the same photo sent twice is stored once
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        stored.written.append(target)
    relative = target.relative_to(paths.data_dir).as_posix()
    return {"stored_path": relative, "mime": mimetypes.guess_type(name)[0], "size": len(data), "sha256": sha}


def _preview(message: ParsedMessage) -> str:
    if message.text.strip():
        return message.text.strip().replace("\n", " ")[:200]
    return f"[{message.attachments[0].kind}]" if message.attachments else ""


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
    new = [m for m in messages if m.external_id not in existing]
    me, cid, sqlite = target.me, conv.id, conn.dialect.name == "sqlite"
    rows: list[tuple[Any, ...]] = []
    previous: datetime | None = None
    sent: Any = None
    for m in new:
        if m.at is not previous:  # messages of one minute share their datetime: convert it once
            previous, sent = m.at, m.at - offset
            if sqlite:
                sent = sent.isoformat(" ", "microseconds")  # the text SQLAlchemy's SQLite DateTime stores
        direction = "system" if m.author is None else ("out" if m.author == me else "in")
        rows.append((cid, direction, m.author, m.text, sent, m.external_id))
    total = conn.scalar(select(func.coalesce(func.max(Message.id), 0))) or 0
    if not sqlite or len(rows) < FTS_SUSPEND_MIN:
        _insert_messages(conn, rows, sqlite)  # few rows: the triggers keep the index in step
    elif len(rows) * 4 >= total:
        with fts_suspended(conn, "messages"):  # most of the table is new: one rebuild is cheapest
            _insert_messages(conn, rows, sqlite)
    else:
        _insert_indexing_new_rows(conn, rows, total)
    stored.messages_new = len(rows)
    with_media = [(i, m) for i, m in enumerate(new) if m.attachments]
    if with_media:
        _attachments(conn, paths, export, with_media, _new_ids(conn, with_media, total, len(rows), cid), stored)
    run = RuleRun.load(session)
    if run:
        run.feed_many((cid, row[3]) for row in rows if row[1] == "in")
        stored.labels_added = run.write(session, actions=True)
    session.refresh(conv)
    _update_conversation(session, conv, new, [row[1] for row in rows], offset)
    return stored


_COLUMNS = ("conversation_id", "direction", "author_name", "body", "sent_at", "external_id")
_INSERT = f"INSERT INTO messages ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"


def _insert_indexing_new_rows(conn: Any, rows: list[tuple[Any, ...]], before: int) -> None:
    """A big import into a big shop: triggers off, then only the new rows indexed in one statement.

    A rebuild would re-read every message of the shop, and live triggers cost 3-5x per row (DESIGN.md §8.5).
    Inside the caller's transaction: a failure rolls the dropped triggers back too.
    """
    index = next(i for i in FTS_INDEXES if i.table == "messages")
    for name in index.trigger_names():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    _insert_messages(conn, rows, True)
    columns = ", ".join(index.columns)
    conn.exec_driver_sql(
        f"INSERT INTO {index.fts}(rowid, {columns}) SELECT id, {columns} FROM messages WHERE id > ?", (before,)
    )
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


_NO_FILE: dict[str, Any] = {"stored_path": None, "mime": None, "size": None, "sha256": None}


def _new_ids(
    conn: Any, with_media: list[tuple[int, ParsedMessage]], before: int, inserted: int, cid: int
) -> dict[str, int]:
    """Message ids of the just-inserted messages that carry media, by external id."""
    if conn.scalar(select(func.max(Message.id))) == before + inserted:
        # SQLite gives each new row max(id) + 1: when the ids came out contiguous, row i got before + 1 + i.
        return {m.external_id: before + 1 + i for i, m in with_media}
    ids: dict[str, int] = {}
    wanted = [m.external_id for _i, m in with_media]
    for start in range(0, len(wanted), 500):
        query = select(Message.external_id, Message.id).where(
            Message.conversation_id == cid, Message.external_id.in_(wanted[start : start + 500])
        )
        ids.update({eid: mid for eid, mid in conn.execute(query)})
    return ids


def _attachments(
    conn: Any,
    paths: Paths,
    export: ChatExport,
    with_media: list[tuple[int, ParsedMessage]],
    ids: dict[str, int],
    stored: Stored,
) -> None:
    rows = []
    for _i, message in with_media:
        for attachment in message.attachments:
            # Every row needs every key: executemany takes one statement for the whole batch.
            files = _store_file(paths, export, attachment.file_name, stored) if attachment.file_name else _NO_FILE
            rows.append({"message_id": ids[message.external_id], "kind": attachment.kind, **files,
                         "file_name": attachment.file_name})  # fmt: skip
            stored.attachments_stored += 1 if files.get("stored_path") else 0
    for start in range(0, len(rows), BATCH):
        conn.execute(insert(Attachment.__table__), rows[start : start + BATCH])


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
