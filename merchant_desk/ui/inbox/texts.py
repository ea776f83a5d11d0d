"""Translatable inbox words (statuses, days) and the chat-app way of writing times in the shop's zone."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from merchant_desk.core.timezones import to_shop_time, utcnow

STATUS_LABELS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("InboxTexts", "Open"),
    "pending": QT_TRANSLATE_NOOP("InboxTexts", "Pending"),
    "resolved": QT_TRANSLATE_NOOP("InboxTexts", "Resolved"),
}
ATTACHMENT_KINDS: dict[str, str] = {
    "image": QT_TRANSLATE_NOOP("InboxTexts", "Photo"),
    "video": QT_TRANSLATE_NOOP("InboxTexts", "Video"),
    "audio": QT_TRANSLATE_NOOP("InboxTexts", "Voice message"),
    "document": QT_TRANSLATE_NOOP("InboxTexts", "Document"),
    "sticker": QT_TRANSLATE_NOOP("InboxTexts", "Sticker"),
    "other": QT_TRANSLATE_NOOP("InboxTexts", "File"),
}


def tr(text: str) -> str:
    # lupdate files a module-level tr("...") under the empty context, so that is where it is looked up.
    return QCoreApplication.translate("", text)


def _marked(source: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("InboxTexts", …) above."""
    return QCoreApplication.translate("InboxTexts", source)


def status_label(status: str) -> str:
    source = STATUS_LABELS.get(status)
    return _marked(source) if source else status


def attachment_label(kind: str) -> str:
    return _marked(ATTACHMENT_KINDS.get(kind, ATTACHMENT_KINDS["other"]))


def local_today(zone: str) -> date:
    return to_shop_time(utcnow(), zone).date()


def clock(stored_utc: datetime, zone: str) -> str:
    """``09.30``: the dotted 24-hour time Indonesians write."""
    return f"{to_shop_time(stored_utc, zone):%H.%M}"


def list_time(stored_utc: datetime | None, zone: str, today: date | None = None) -> str:
    """The conversation list's time: "09.30" today, "Yesterday", else "12/11" (with the year when not this one)."""
    if stored_utc is None:
        return ""
    local = to_shop_time(stored_utc, zone)
    today = today or local_today(zone)
    if local.date() == today:
        return f"{local:%H.%M}"
    if local.date() == today - timedelta(days=1):
        return tr("Yesterday")
    return f"{local:%d/%m}" if local.year == today.year else f"{local:%d/%m/%y}"


def day_title(day: date, today: date) -> str:
    """A thread's day separator: "Today", "Yesterday", or "Monday, 12 November 2026" in the UI language."""
    if day == today:
        return tr("Today")
    if day == today - timedelta(days=1):
        return tr("Yesterday")
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd, d MMMM yyyy")


def number(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # Indonesian thousands separator


def counted(text: str, n: int) -> str:
    """Polishes a ``tr("%n thing(s)", "", n)`` result: digit grouping, and an English plural when untranslated."""
    text = re.sub(rf"(?<![\d.]){n}(?![\d.])", number(n), text, count=1)
    return text.replace("(s)", "" if n == 1 else "s")
