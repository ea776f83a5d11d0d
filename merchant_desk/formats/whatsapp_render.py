"""Writes messages the way WhatsApp exports them: the inverse of whatsapp_export, for tests and benchmarks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from merchant_desk.formats.whatsapp_markers import ParsedAttachment, render_attachment


@dataclass(frozen=True)
class ExportStyle:
    """One phone's way of writing headers."""

    form: str = "android"  # android | ios
    order: str = "dmy"  # dmy | mdy | ymd
    separator: str = "/"
    four_digit_year: bool = False
    comma: bool = True
    clock: str = "24"  # 24 | 12 (AM/PM) | 12es (a. m./p. m.)
    time_separator: str = ":"
    seconds: bool = False
    ampm_space: str = " "  # " " or "\u202f"
    crlf: bool = False

    def date(self, at: datetime) -> str:
        year = f"{at.year:04d}" if self.four_digit_year else f"{at.year % 100:02d}"
        if self.order == "dmy":
            fields = (f"{at.day:02d}", f"{at.month:02d}", year)
        elif self.order == "mdy":
            fields = (str(at.month), str(at.day), year)
        else:
            fields = (f"{at.year:04d}", f"{at.month:02d}", f"{at.day:02d}")
        return self.separator.join(fields)

    def time(self, at: datetime) -> str:
        sep = self.time_separator
        if self.clock == "24":
            text = f"{at.hour:02d}{sep}{at.minute:02d}"
        else:
            text = f"{at.hour % 12 or 12}{sep}{at.minute:02d}"
        if self.seconds:
            text += f"{sep}{at.second:02d}"
        if self.clock == "12":
            text += self.ampm_space + ("AM" if at.hour < 12 else "PM")
        elif self.clock == "12es":
            text += self.ampm_space + ("a. m." if at.hour < 12 else "p. m.")
        return text

    def header(self, at: datetime) -> str:
        stamp = f"{self.date(at)}{',' if self.comma else ''} {self.time(at)}"
        return f"[{stamp}] " if self.form == "ios" else f"{stamp} - "


def render_message(
    style: ExportStyle, at: datetime, author: str | None, text: str, attachment: ParsedAttachment | None = None
) -> str:
    """One message, newline-terminated; ``author`` None writes a system line."""
    body = text
    if attachment is not None:
        marker = render_attachment(attachment, style.form)
        body = marker + ("\n" + text if text else "")
    prefix = style.header(at) + (f"{author}: " if author is not None else "")
    return prefix + body + "\n"


def render_export(
    style: ExportStyle, messages: Iterable[tuple[datetime, str | None, str, ParsedAttachment | None]]
) -> str:
    """A whole export as text (newlines as the style says)."""
    text = "".join(render_message(style, *message) for message in messages)
    return text.replace("\n", "\r\n") if style.crlf else text
