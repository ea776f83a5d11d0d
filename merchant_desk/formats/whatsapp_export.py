"""Streaming reader of WhatsApp "Export chat" files (.txt, or .zip with media), Android and iOS forms."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import NamedTuple

from merchant_desk.core.errors import UserError, tr_noop
from merchant_desk.formats.whatsapp_dates import (
    HEADERS,
    DateOrderDetector,
    ImpossibleDate,
    date_converter,
    hour24,
    parse_order,
)
from merchant_desk.formats.whatsapp_markers import ParsedAttachment, clean, is_system_text, split_attachment

_blake2b = hashlib.blake2b
LineSource = Callable[[], Iterable[str]]


class NotAWhatsAppExport(UserError):
    message = tr_noop("This is not a WhatsApp chat export: line {line} could not be read: {text}")


class NoChatInArchive(UserError):
    message = tr_noop("The zip file {name} holds no WhatsApp chat (.txt file).")


class ParsedMessage(NamedTuple):
    """One message as exported; ``at`` is the phone's local time, ``author`` None for WhatsApp's own notices.

    A NamedTuple rather than a frozen dataclass: building 200,000 of them is several times cheaper.
    """

    line: int
    at: datetime
    author: str | None
    text: str
    attachments: tuple[ParsedAttachment, ...]
    external_id: str

    @property
    def is_system(self) -> bool:
        return self.author is None


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
        raise NotAWhatsAppExport(line=number, text=clean(line)[:120])
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
        source: LineSource,
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
        self.format = _first_header(source())
        self._pattern = HEADERS[self.format]
        forced = parse_order(date_order)
        if forced:
            self.date_order, self.date_order_source = forced, "forced"
        else:
            self.date_order, self.date_order_source = _settle_order(source(), self._pattern, fallback_order)

    def messages(self) -> Iterator[ParsedMessage]:
        """Every message in file order; continuation lines are kept exactly, blank ones included.

        Raises:
            ImpossibleDate: a header's date does not exist in the chosen order.
        """
        match, convert, order = self._pattern.match, date_converter(self.date_order), self.date_order
        state = _State()
        header: re.Match[str] | None = None
        start = 0
        extra: list[str] = []
        for number, raw in enumerate(self._source(), 1):
            found = match(raw)  # "." stops at the newline, so only continuation lines need it cut off
            if found is None:
                line = raw[:-1] if raw.endswith("\n") else raw
                if header is not None:
                    extra.append(line)
                elif line.strip():
                    raise NotAWhatsAppExport(line=number, text=clean(line)[:120])
                continue
            if header is not None:
                yield _build(header, start, extra, convert, order, state)
                extra = []
            header, start = found, number
        if header is not None:
            yield _build(header, start, extra, convert, order, state)

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


class _State:
    """What building messages remembers: cleaned author names, occurrence counts, the last timestamp."""

    __slots__ = ("counts", "iso", "last_at", "last_stamp", "names")

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.counts: dict[str, int] = {}
        self.last_stamp = ""
        self.last_at = datetime.min
        self.iso = ""


def _build(
    header: re.Match[str],
    line: int,
    extra: list[str],
    convert: Callable[[str, str, str], tuple[int, int, int]],
    order: str,
    state: _State,
) -> ParsedMessage:
    rest = header.group(9)
    stamp = header.string[: header.start(9)]
    if stamp == state.last_stamp:  # chats come in bursts: consecutive messages often share the minute
        at, iso = state.last_at, state.iso
    else:
        d1, _sep, d2, d3, hh, mm, ss, ampm = header.groups()[:8]
        try:
            at = datetime(*convert(d1, d2, d3), hour24(hh, ampm), int(mm), int(ss) if ss else 0)
        except ValueError as exc:
            raise ImpossibleDate(line=line, order=order, text=clean(header.group(0))[:120]) from exc
        iso = at.isoformat()
        state.last_stamp, state.last_at, state.iso = stamp, at, iso
    if extra:
        rest = rest + "\n" + "\n".join(extra)
    author: str | None = None
    text = rest
    cut = rest.find(": ")
    if cut > 0:
        raw_author = rest[:cut]
        # A quote before ": " means a system line quoting a subject: created group "Toko: Grosir".
        if "\n" not in raw_author and '"' not in raw_author and "“" not in raw_author:
            author = state.names.get(raw_author)
            if author is None:
                author = state.names[raw_author] = clean(raw_author)
            text = rest[cut + 2 :]
    attachments: tuple[ParsedAttachment, ...] = ()
    if author is not None:
        if is_system_text(text):
            author, text = None, clean(text)
        else:
            found, caption = split_attachment(text)
            if found is not None:
                attachments, text = (found,), caption
    digest = _blake2b(f"{iso}\x1f{author}\x1f{rest}".encode(), digest_size=12).hexdigest()
    # The same text at the same minute twice is two messages: the occurrence index tells them apart.
    seen = state.counts.get(digest, 0)
    state.counts[digest] = seen + 1
    if seen:
        digest = f"{digest}-{seen}"
    return ParsedMessage(line, at, author, text, attachments, digest)


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
        NotAWhatsAppExport: the first readable line is not a WhatsApp message header.
        NoChatInArchive: a zip without a chat text file.
        ImpossibleDate: a date does not fit the order (from messages(); choose one with ``date_order``).
    """
    file = Path(path)
    if zipfile.is_zipfile(file):
        archive = zipfile.ZipFile(file)
        try:
            member = _text_member(archive, file.name)
            media = {PurePosixPath(n).name: n for n in archive.namelist() if n != member and not n.endswith("/")}

            def zip_lines() -> Iterable[str]:
                return io.TextIOWrapper(archive.open(member), encoding="utf-8-sig", errors="replace")

            title_from = file.name if chat_title(file.name) else member
            return ChatExport(
                zip_lines,
                date_order=date_order,
                fallback_order=fallback_order,
                name=title_from,
                media=media,
                archive=archive,
            )
        except BaseException:
            archive.close()
            raise

    def file_lines() -> Iterator[str]:
        with open(file, encoding="utf-8-sig", errors="replace") as handle:
            yield from handle

    return ChatExport(file_lines, date_order=date_order, fallback_order=fallback_order, name=file.name)


def read_text(text: str, *, date_order: str = "auto", fallback_order: str = "dmy", name: str = "") -> ChatExport:
    """An export held in a string (tests, pasted text)."""
    return ChatExport(
        lambda: io.StringIO(text, newline=None), date_order=date_order, fallback_order=fallback_order, name=name
    )
