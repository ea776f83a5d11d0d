"""The files and media markers of an imported chat: stored by content, one attachments row per marker."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import func, insert, select

from merchant_desk.config import Paths
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.models import Attachment, Message
from merchant_desk.formats.whatsapp_export import ChatExport, ParsedMessage

BATCH = 5000
_COLUMNS = ("message_id", "kind", "file_name", "stored_path", "mime", "size", "sha256", "created_at")
_INSERT = f"INSERT INTO attachments ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"


def new_message_ids(
    conn: Any, with_media: list[tuple[int, ParsedMessage]], before: int, inserted: int, cid: int
) -> dict[str, int]:
    """Message ids of the just-inserted messages that carry media, by external id.

    ``with_media`` pairs each message with its position among the ``inserted`` rows; ``before`` is the
    largest message id before the insert.
    """
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


def _store_file(
    paths: Paths, export: ChatExport, name: str, written: list[Path]
) -> tuple[str | None, str | None, int | None, str | None]:
    """(stored path, mime type, size, sha256) of an attached file; only the type when the zip lacks it."""
    data = export.read_media(name)
    if data is None:
        return None, mimetypes.guess_type(name)[0], None, None
    sha = hashlib.sha256(data).hexdigest()
    ext = PurePosixPath(name).suffix.lower()[:10]
    target = paths.attachment_dir / sha[:2] / f"{sha}{ext}"
    if not target.exists():  # content-addressed: the same photo sent twice is stored once
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    return target.relative_to(paths.data_dir).as_posix(), mimetypes.guess_type(name)[0], len(data), sha


def store_attachments(
    conn: Any,
    paths: Paths,
    export: ChatExport,
    with_media: list[tuple[int, ParsedMessage]],
    ids: dict[str, int],
    written: list[Path],
) -> int:
    """Stores the files the zip holds and adds every attachment row; returns how many files were stored.

    Files written are added to ``written``, so that a rolled-back import can delete them again.
    """
    sqlite = conn.dialect.name == "sqlite"
    now: Any = utcnow()
    if sqlite:
        now = now.isoformat(" ", "microseconds")  # the text SQLAlchemy's SQLite DateTime stores
    rows: list[tuple[Any, ...]] = []
    files = 0
    for _i, message in with_media:
        for attachment in message.attachments:
            name = attachment.file_name
            if name is None:  # left out of the export: a row that says so, no file
                rows.append((ids[message.external_id], attachment.kind, None, None, None, None, None, now))
                continue
            path, mime, size, sha = _store_file(paths, export, name, written)
            rows.append((ids[message.external_id], attachment.kind, name, path, mime, size, sha, now))
            files += 1 if path else 0
    if sqlite:
        conn.connection.dbapi_connection.executemany(_INSERT, rows)  # no per-row SQLAlchemy work
        return files
    table = Attachment.__table__
    for start in range(0, len(rows), BATCH):
        conn.execute(insert(table), [dict(zip(_COLUMNS, r, strict=True)) for r in rows[start : start + BATCH]])
    return files
