"""Streaming reader of WhatsApp "Export chat" files (.txt, or .zip with media), Android and iOS forms."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import TextIO

from merchant_desk.core.errors import UserError, tr_noop
from merchant_desk.formats import file_kind as kinds
from merchant_desk.formats.file_kind import printable
from merchant_desk.formats.whatsapp_dates import HEADERS, DateOrderDetector, ImpossibleDate, parse_order
from merchant_desk.formats.whatsapp_markers import clean
from merchant_desk.formats.whatsapp_messages import NotAWhatsAppExport, ParsedMessage, iter_messages

__all__ = [
    "ChatExport",
    "ChatZipDamaged",
    "ImpossibleDate",
    "NoChatInArchive",
    "NotAChatFile",
    "NotAWhatsAppExport",
    "ParsedMessage",
    "open_export",
]

# A fresh text stream of the export each time it is called: the file is read at most twice, never held whole.
TextSource = Callable[[], TextIO]


class NoChatInArchive(UserError):
    message = tr_noop(
        "The zip file {name} holds no WhatsApp chat (.txt file), so it is not a WhatsApp export. In WhatsApp open "
        "the chat, choose More → Export chat, and choose the file it saves."
    )


class NotAChatFile(NotAWhatsAppExport):
    message = tr_noop(
        "{name} is not a WhatsApp chat export: it does not hold text (it may be a picture, a PDF or a "
        "spreadsheet). In WhatsApp open the chat, choose More → Export chat, and choose the .txt or .zip it saves."
    )


class ChatZipDamaged(NotAWhatsAppExport):
    message = tr_noop(
        "{name} looks like a zip file but it is damaged or incomplete, so no chat can be read from it. Export "
        "the chat from WhatsApp again (or copy the file again), then choose the new file."
    )


_TITLE = re.compile(
    r"^(?:WhatsApp Chat with|WhatsApp Chat -|Chat WhatsApp dengan|Chat WhatsApp -|Obrolan WhatsApp dengan)\s+(.+)$",
    re.IGNORECASE,
)


def chat_title(file_name: str) -> str | None:
    """The chat's name from WhatsApp's file name ("WhatsApp Chat with Budi.txt" → "Budi"), else None."""
    found = _TITLE.match(clean(PurePosixPath(file_name).stem))
    return found[1].strip() if found else None


def _first_header(lines: Iterable[str]) -> str:
    """The form of the first non-blank line, or NotAWhatsAppExport naming it."""
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        for form, pattern in HEADERS.items():
            if pattern.match(line):
                return form
        raise NotAWhatsAppExport(line=number, text=printable(clean(line), 80))
    raise NotAWhatsAppExport(line=1, text="")


def _settle_order(lines: Iterable[str], pattern: re.Pattern[str], fallback: str) -> tuple[str, str]:
    detector = DateOrderDetector()
    seen: set[tuple[str, str]] = set()
    match = pattern.match
    for number, line in enumerate(lines, 1):
        found = match(line)
        if found is None:
            continue
        key = found.group(1, 3)
        if key in seen:
            continue
        seen.add(key)
        if detector.feed(key[0], key[1], number):
            break  # settled: a contradicting date later fails in messages() with its line number
    return detector.result(fallback)


class ChatExport:
    """One export, read twice at most: once to settle the date order, once to yield messages."""

    def __init__(
        self,
        source: TextSource,
        *,
        date_order: str = "auto",
        fallback_order: str = "dmy",
        name: str = "",
        media: dict[str, str] | None = None,
        archive: zipfile.ZipFile | None = None,
    ) -> None:
        self._source = source
        self._archive = archive
        self.name = name
        self.media: dict[str, str] = media or {}  # file name → member name inside the zip
        self.title = chat_title(name) if name else None
        with source() as stream:
            self.format = _first_header(stream)
        self._pattern = HEADERS[self.format]
        forced = parse_order(date_order)
        if forced:
            self.date_order, self.date_order_source = forced, "forced"
        else:
            with source() as stream:
                self.date_order, self.date_order_source = _settle_order(stream, self._pattern, fallback_order)

    def messages(self, *, legacy_ids: bool = False) -> Iterator[ParsedMessage]:
        """Every message in file order; continuation lines are kept exactly, blank ones included.

        ``legacy_ids`` gives the external ids earlier versions made (see whatsapp_messages.iter_messages).

        Raises:
            ImpossibleDate: a header's date does not exist in the chosen order.
        """
        with self._source() as stream:
            yield from iter_messages(stream, self.format, self.date_order, legacy_ids=legacy_ids)

    def read_media(self, file_name: str) -> bytes | None:
        """The bytes of an attached file when the zip holds it."""
        member = self.media.get(file_name)
        if member is None or self._archive is None:
            return None
        return self._archive.read(member)

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()

    def __enter__(self) -> ChatExport:
        return self

    def __exit__(self, *_exc: object | TracebackType) -> None:
        self.close()


def _text_member(archive: zipfile.ZipFile, name: str) -> str:
    candidates = [n for n in archive.namelist() if n.lower().endswith(".txt") and not n.endswith("/")]
    if not candidates:
        raise NoChatInArchive(name=name)
    # iOS names it _chat.txt; Android "WhatsApp Chat with X.txt"; prefer those over a shared .txt document.
    candidates.sort(key=lambda n: (PurePosixPath(n).name != "_chat.txt", chat_title(n) is None, n.count("/"), n))
    return candidates[0]


def open_export(path: str | Path, *, date_order: str = "auto", fallback_order: str = "dmy") -> ChatExport:
    """Opens a .txt export or a .zip with the chat and its media.

    Raises:
        FileProblem: the file is missing, not allowed, a folder or empty (core.file_errors).
        NotAWhatsAppExport: the first readable line is not a WhatsApp message header; NotAChatFile (binary,
            a spreadsheet) and ChatZipDamaged are kinds of it.
        NoChatInArchive: a zip without a chat text file.
        ImpossibleDate: a date does not fit the order (from messages(); choose one with ``date_order``).
    """
    file = Path(path)
    kind = kinds.file_kind(file)
    if kind == kinds.BROKEN_ZIP:
        raise ChatZipDamaged(name=file.name)
    if kind in (kinds.BINARY, kinds.EXCEL, kinds.ODS):
        raise NotAChatFile(name=file.name)
    if kind == kinds.ZIP:
        try:
            archive = zipfile.ZipFile(file)
        except zipfile.BadZipFile as exc:
            raise ChatZipDamaged(name=file.name) from exc
        try:
            member = _text_member(archive, file.name)
            media = {PurePosixPath(n).name: n for n in archive.namelist() if n != member and not n.endswith("/")}

            def zip_text() -> TextIO:
                return io.TextIOWrapper(archive.open(member), encoding="utf-8-sig", errors="replace")

            title_from = file.name if chat_title(file.name) else member
            return ChatExport(
                zip_text,
                date_order=date_order,
                fallback_order=fallback_order,
                name=title_from,
                media=media,
                archive=archive,
            )
        except BaseException:
            archive.close()
            raise

    def file_text() -> TextIO:
        return open(file, encoding="utf-8-sig", errors="replace")

    return ChatExport(file_text, date_order=date_order, fallback_order=fallback_order, name=file.name)


def read_text(text: str, *, date_order: str = "auto", fallback_order: str = "dmy", name: str = "") -> ChatExport:
    """An export held in a string (tests, pasted text)."""
    return ChatExport(
        lambda: io.StringIO(text, newline=None), date_order=date_order, fallback_order=fallback_order, name=name
    )
