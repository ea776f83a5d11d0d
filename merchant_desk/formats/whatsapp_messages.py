"""The hot loop of the WhatsApp reader: one regex match per message (header and continuation lines), built inline."""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator
from datetime import datetime
from typing import NamedTuple, TextIO

from merchant_desk.core.errors import UserError, tr_noop
from merchant_desk.formats.file_kind import printable
from merchant_desk.formats.whatsapp_dates import HEADER_STARTS, HEADERS, ImpossibleDate, date_converter, hour24
from merchant_desk.formats.whatsapp_markers import (
    INVISIBLE_CHARS,
    SYSTEM_PHRASES,
    ParsedAttachment,
    clean,
    is_system_text,
    split_attachment,
)

BLOCK = 1 << 20  # characters read at a time: memory stays flat however long the chat is
# Chats repeat short texts ("ok kak", "<Media omitted>", "makasih"): each is read once. Long texts rarely
# repeat and are not kept; the bound keeps memory flat.
_READS_MAX, _READ_LEN_MAX = 50_000, 64


def _message_pattern(form: str) -> re.Pattern[str]:
    # The header's last group also takes every following line that is not a header (a blank last line of the
    # text excepted: the file's final newline ends the message), so one match is one whole message and the
    # loop below never joins continuation lines itself. Anchored at line starts: a date inside a message's
    # text does not start a message.
    header = HEADERS[form].pattern
    assert header.endswith("(.*)")
    return re.compile(rf"^{header[:-4]}(.*(?:\n(?!{HEADER_STARTS[form]}|\Z).*)*)\n?", re.MULTILINE)


_MESSAGES = {form: _message_pattern(form) for form in HEADERS}
_crc32 = zlib.crc32


class NotAWhatsAppExport(UserError):
    message = tr_noop(
        "This is not a WhatsApp chat export: line {line} does not start with a date and time the way WhatsApp "
        "writes them (“{text}”). In WhatsApp open the chat, choose More → Export chat, and choose the file it saves."
    )


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


_new = tuple.__new__  # skips NamedTuple's Python-level __new__ in the loop below
_INVISIBLE = frozenset(INVISIBLE_CHARS)
_system_start = SYSTEM_PHRASES.match


def _refuse_leading_text(gap: str, first_line: int) -> None:
    for offset, line in enumerate(gap.split("\n")):
        if line.strip():
            raise NotAWhatsAppExport(line=first_line + offset, text=printable(clean(line), 80))


def legacy_external_id(at: datetime, author: str | None, raw: str) -> str:
    """The id imports made before ids began with the time: a hash of time, author and the raw text."""
    return hashlib.blake2b(f"{at.isoformat()}\x1f{author}\x1f{raw}".encode(), digest_size=12).hexdigest()


_LEGACY_ID = re.compile(r"[0-9a-f]{24}(?:-\d+)?")


def is_legacy_external_id(external_id: str) -> bool:
    """True for an id made by :func:`legacy_external_id` (24 hex digits, maybe "-n" for a repeat)."""
    return _LEGACY_ID.fullmatch(external_id) is not None


def _blocks(stream: TextIO) -> Iterator[tuple[str, bool]]:
    """Whole lines at a time, and whether more text follows."""
    pending = ""
    while True:
        chunk = stream.read(BLOCK)
        if not chunk:
            yield pending, False
            return
        block = pending + chunk
        cut = block.rfind("\n") + 1
        if cut:
            yield block[:cut], True
            pending = block[cut:]
        else:
            pending = block


def iter_messages(stream: TextIO, form: str, order: str, *, legacy_ids: bool = False) -> Iterator[ParsedMessage]:
    """Every message of ``stream`` in file order; continuation lines kept exactly, blank ones included.

    ``external_id`` is the message's local time (YYYYMMDDHHMMSS) and a CRC-32 of its raw text, "-n" added for
    the n-th repeat of both: stable across exports of one chat, and rising with time, so the database's
    (conversation, external id) index is appended to rather than written all over. ``legacy_ids`` gives the
    ids of earlier versions instead (see :func:`legacy_external_id`).

    Raises:
        NotAWhatsAppExport: text before the first header.
        ImpossibleDate: a header's date does not exist in ``order``.
    """
    finditer, convert = _MESSAGES[form].finditer, date_converter(order)
    names: dict[str, str] = {}
    days: dict[tuple[str, str, str], tuple[int, int, int, str]] = {}
    clocks: dict[tuple[str | None, ...], tuple[int, int, int, str]] = {}  # a day has at most 86,400 of them
    seen: set[str] = set()
    repeats: dict[str, int] = {}
    reads: dict[str, tuple[str | None, str, tuple[ParsedAttachment, ...], str]] = {}
    last: tuple[str | None, ...] = ("",) * 7
    last_at, key = datetime.min, ""
    line_no, started, carried = 1, False, ""
    # Written for speed, being the loop that runs once per message: locals, unpacking, cheap tests first.
    for fresh, more in _blocks(stream):
        block = carried + fresh
        found_all = list(finditer(block))
        if not started:
            lead = found_all[0].start() if found_all else len(block)
            _refuse_leading_text(block[:lead], line_no)
            line_no += block.count("\n", 0, lead)
            started = bool(found_all)
        carried = ""
        if more and found_all:
            # The last message may go on in the next block: read it again from its header with that block.
            carried = block[found_all.pop().start() :]
        for found in found_all:
            a, _sep, b, c, hh, mm, ss, ampm, rest = found.groups()
            head_line = line_no
            line_no += 1
            if "\n" in rest:
                line_no += rest.count("\n")
            # Messages come in bursts: neighbours often share the minute. The minute differs first, if at all.
            if (
                mm != last[4]
                or hh != last[3]
                or a != last[0]
                or b != last[1]
                or c != last[2]
                or ss != last[5]
                or (ampm != last[6])
            ):
                try:
                    day = days.get((a, b, c))
                    if day is None:
                        y, m, d = convert(a, b, c)
                        day = days[a, b, c] = (y, m, d, f"{y:04d}{m:02d}{d:02d}")
                    clock = clocks.get((hh, mm, ss, ampm))
                    if clock is None:
                        hour = hour24(hh, ampm) if ampm else int(hh)
                        clock = clocks[hh, mm, ss, ampm] = (hour, int(mm), int(ss or 0), f"{hour:02d}{mm}{ss or '00'}")
                    last_at = datetime(day[0], day[1], day[2], clock[0], clock[1], clock[2])
                except ValueError as exc:
                    raise ImpossibleDate(
                        line=head_line, order=order, text=clean(found.group(0).partition("\n")[0])[:120]
                    ) from exc
                last, key = (a, b, c, hh, mm, ss, ampm), day[3] + clock[3]
            read = reads.get(rest)
            if read is None:
                author: str | None = None
                text = rest
                cut = rest.find(": ")
                if cut > 0:
                    raw_author = rest[:cut]
                    known = names.get(raw_author)
                    if known is None:
                        # A quote before ": " means a system line quoting a subject: created group "Toko: Grosir".
                        plain = "\n" not in raw_author and '"' not in raw_author and "“" not in raw_author
                        known = names[raw_author] = clean(raw_author) if plain else ""
                    if known:
                        author, text = known, rest[cut + 2 :]
                attachments: tuple[ParsedAttachment, ...] = ()
                if author is not None:
                    # Cheap tests first: the full checks are function calls, and most messages are plain text.
                    if (text[:1] in _INVISIBLE or _system_start(text) is not None) and is_system_text(text):
                        author, text = None, clean(text)
                    elif "<" in text or "(" in text or "omitted" in text or "disertakan" in text:
                        marker, caption = split_attachment(text)
                        if marker is not None:
                            attachments, text = (marker,), caption
                crc = f"{_crc32(rest.encode()):08x}"
                if len(rest) <= _READ_LEN_MAX and len(reads) < _READS_MAX:
                    reads[rest] = (author, text, attachments, crc)
            else:
                author, text, attachments, crc = read
            ident = legacy_external_id(last_at, author, rest) if legacy_ids else key + crc
            # The same text at the same time twice is two messages: the occurrence number tells them apart.
            if ident in seen:
                n = repeats.get(ident, 1)
                repeats[ident] = n + 1
                ident = f"{ident}-{n}"
            else:
                seen.add(ident)
            yield _new(ParsedMessage, (head_line, last_at, author, text, attachments, ident))
