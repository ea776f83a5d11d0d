"""Bringing WhatsApp "Export chat" files into the inbox: preview first, then one all-or-nothing import."""

from __future__ import annotations

import gc
import json
import threading
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from merchant_desk.config import Paths
from merchant_desk.core.changes import Changes
from merchant_desk.core.file_errors import file_problem
from merchant_desk.core.timezones import shop_tz
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Setting, Shop
from merchant_desk.formats.whatsapp_export import ChatExport, ChatZipDamaged, ParsedMessage, open_export
from merchant_desk.formats.whatsapp_markers import is_group_event
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.chat_import_store import ImportTarget, Stored, phone_of, store_messages

ME_SETTING = "whatsapp_import.me_names"


@dataclass(frozen=True)
class PreviewMessage:
    at: datetime  # aware, in the shop's time zone
    author: str | None
    text: str


@dataclass(frozen=True)
class ImportPreview:
    """What a file holds, shown before importing so the merchant can pick "me" and the date order."""

    format: str  # android | ios
    date_order: str  # dmy | mdy | ymd
    date_order_source: str  # file | locale | forced
    title: str | None
    participants: tuple[str, ...]  # in order of first message
    participant_counts: tuple[int, ...]
    messages_total: int
    system_messages: int
    attachments: int
    media_in_archive: int
    is_group: bool
    me: str | None  # given, remembered or guessed; None when unknown
    first: PreviewMessage | None
    last: PreviewMessage | None


@dataclass(frozen=True)
class ImportResult:
    preview: ImportPreview
    conversation_id: int
    customer_id: int | None
    messages_new: int
    attachments_stored: int
    labels_added: int
    changes: Changes


def _shop_context(db: Database) -> tuple[str, str, tuple[str, str, str]]:
    """(time zone, fallback date order, (owner, shop name, shop number)); no shop yet: WIB and dmy."""
    with db.read() as session:
        shop = session.get(Shop, 1)
        if shop is None:
            return "WIB", "dmy", ("", "", "")
        # Indonesian (and most) phones write the day first; North American numbers suggest month-first.
        order = "mdy" if shop.whatsapp.startswith("+1") else "dmy"
        return shop.timezone, order, (shop.owner_name, shop.name, shop.whatsapp)


def _summarise(
    export: ChatExport, messages: list[ParsedMessage], me: str | None, remembered: list[str],
    owner: tuple[str, str, str], zone: str,
) -> ImportPreview:  # fmt: skip
    counts: Counter[str] = Counter()
    system = attachments = 0
    group_events = False
    for message in messages:
        if message.author is None:
            system += 1
            group_events = group_events or is_group_event(message.text)
        else:
            counts[message.author] += 1
            attachments += len(message.attachments)
    names = tuple(counts)
    me = _guess_me(names, me, remembered, export.title, owner)
    others = [n for n in names if n != me] if me else list(names)
    is_group = group_events or len(others) > (1 if me else 2)
    tz = shop_tz(zone)

    def preview(message: ParsedMessage | None) -> PreviewMessage | None:
        return message and PreviewMessage(message.at.replace(tzinfo=tz), message.author, message.text)

    return ImportPreview(
        export.format, export.date_order, export.date_order_source, export.title, names,
        tuple(counts[n] for n in names), len(messages), system, attachments, len(export.media), is_group, me,
        preview(messages[0] if messages else None), preview(messages[-1] if messages else None),
    )  # fmt: skip


def _guess_me(
    names: tuple[str, ...], given: str | None, remembered: list[str], title: str | None, owner: tuple[str, str, str]
) -> str | None:
    """The shop's own participant: as given, as remembered, the one that is not the chat's title, or the shop.

    ``owner`` holds the owner's name, the shop's name and the shop's number (E.164), any of which may be "me".
    """
    folded = {n.casefold(): n for n in names}
    if given:
        return folded.get(given.strip().casefold(), given.strip())
    for name in remembered:
        if name.casefold() in folded:
            return folded[name.casefold()]
    if title and len(names) == 2 and title.casefold() in folded:
        return next(n for n in names if n.casefold() != title.casefold())
    for name in owner:
        if name and name.casefold() in folded:
            return folded[name.casefold()]
    shop_phone = owner[-1] if owner else ""
    return next((n for n in names if shop_phone and phone_of(n) == shop_phone), None)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while 200,000 messages are read and stored.

    The parsed messages are tuples, and every 700 new ones would start a collection that walks more of them
    each time (~15% of an import's time); none of them form cycles, so nothing is lost by waiting.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _readable(path: str | Path) -> Iterator[None]:
    """A file that vanished, is locked or is a folder, or a zip found damaged while reading, as the merchant's
    error (FileProblem, ChatZipDamaged) rather than the system's English words."""
    try:
        yield
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ChatZipDamaged(name=Path(path).name) from exc
    except OSError as exc:
        raise file_problem(path, exc) from exc


class ChatImportService:
    def __init__(self, db: Database, paths: Paths) -> None:
        self._db = db
        self._paths = paths
        self._lock = threading.Lock()
        # The last preview's messages and the file they came from (path, size, mtime, form, date order).
        self._parsed: tuple[tuple[object, ...], list[ParsedMessage]] | None = None

    def _remembered(self) -> list[str]:
        with self._db.read() as session:
            row = session.get(Setting, ME_SETTING)
            return list(json.loads(row.value)) if row else []

    def _read(
        self, path: str | Path, me: str | None, date_order: str, *, keep: bool = False
    ) -> tuple[ChatExport, list[ParsedMessage], ImportPreview, str]:
        zone, fallback, owner = _shop_context(self._db)
        with _readable(path):
            export = open_export(path, date_order=date_order, fallback_order=fallback)
        try:
            with _readable(path):
                stat = Path(path).stat()
                key = (str(Path(path).resolve()), stat.st_size, stat.st_mtime_ns, export.format, export.date_order)
                with self._lock:  # taken, not shared: an import must not run on a list a later preview replaces
                    cached, self._parsed = self._parsed, None
                # One parse, kept in memory: the conversation's identity depends on every participant.
                messages = cached[1] if cached is not None and cached[0] == key else list(export.messages())
            if keep:
                with self._lock:
                    self._parsed = (key, messages)
        except BaseException:
            export.close()
            raise
        return export, messages, _summarise(export, messages, me, self._remembered(), owner, zone), zone

    def preview(self, path: str | Path, me: str | None = None, date_order: str = "auto") -> ImportPreview:
        """Reads the whole file and describes it; stores nothing.

        Raises:
            FileProblem, NotAWhatsAppExport, NoChatInArchive, ImpossibleDate: the file cannot be read.
        """
        with _gc_paused():
            # The messages are kept for the import that usually follows (same file, unchanged): read once.
            export, _messages, summary, _zone = self._read(path, me, date_order, keep=True)
        export.close()
        return summary

    def apply(
        self,
        actor: Actor,
        path: str | Path,
        me: str | None = None,
        date_order: str = "auto",
        *,
        create_group_customers: bool = False,
    ) -> ImportResult:
        """Imports the chat in one transaction; a second import of the same (or a longer) export adds only new messages.

        Raises:
            FileProblem, NotAWhatsAppExport, NoChatInArchive, ImpossibleDate: nothing was stored.
        """
        with _gc_paused():
            return self._apply(actor, path, me, date_order, create_group_customers)

    def _apply(
        self, actor: Actor, path: str | Path, me: str | None, date_order: str, create_group_customers: bool
    ) -> ImportResult:
        export, messages, summary, zone = self._read(path, me, date_order)
        offset = shop_tz(zone).utcoffset(None) or timedelta(0)
        target = ImportTarget(summary.title, summary.participants, summary.me, summary.is_group, create_group_customers)
        stored = Stored(0, None, "")
        try:
            with export, self._db.write() as session:
                store_messages(session, self._paths, export, messages, target, offset, stored)
                if summary.me:
                    self._remember(session, summary.me)
                record(
                    session, actor, "chat_imported", summary.title or stored.title, file=Path(path).name,
                    messages_new=stored.messages_new, attachments=stored.attachments_stored,
                    conversation_id=stored.conversation_id,
                )  # fmt: skip
        except BaseException:
            for file in stored.written:  # the transaction rolled back: leave no media nobody refers to
                file.unlink(missing_ok=True)
            raise
        changes = Changes(inbox=True, labels=stored.labels_added > 0, audit=True)
        return ImportResult(
            summary, stored.conversation_id, stored.customer_id, stored.messages_new, stored.attachments_stored,
            stored.labels_added, changes,
        )  # fmt: skip

    @staticmethod
    def _remember(session: Session, me: str) -> None:
        row = session.get(Setting, ME_SETTING)
        names = list(json.loads(row.value)) if row else []
        if me in names:
            return
        names.insert(0, me)
        text = json.dumps(names[:20], ensure_ascii=False)
        if row is None:
            session.add(Setting(key=ME_SETTING, value=text))
        else:
            row.value = text

    def remembered_me(self) -> list[str]:
        """Names the merchant said were the shop, newest first."""
        return self._remembered()
