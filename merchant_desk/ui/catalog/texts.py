"""Translatable names of catalog values and the Indonesian way of writing numbers and counts."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from merchant_desk.core.money import format_rupiah

CONTEXT = "CatalogLabels"  # shared with the product editor, so each label is translated once

#: Meta's availability values (stored in English) and their labels, in Meta's order.
AVAILABILITY_LABELS: dict[str, str] = {
    "in stock": QT_TRANSLATE_NOOP("CatalogLabels", "In stock"),
    "out of stock": QT_TRANSLATE_NOOP("CatalogLabels", "Out of stock"),
    "preorder": QT_TRANSLATE_NOOP("CatalogLabels", "Pre-order"),
    "available for order": QT_TRANSLATE_NOOP("CatalogLabels", "Available for order"),
    "discontinued": QT_TRANSLATE_NOOP("CatalogLabels", "Discontinued"),
}


def availability_label(value: str) -> str:
    """The merchant-facing name of a stored availability value (unknown values are shown as they are)."""
    source = AVAILABILITY_LABELS.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else value


def number(value: int) -> str:
    """``12345`` -> ``12.345`` (Indonesian thousands separator, whatever the UI language)."""
    return format_rupiah(value, symbol=False)


def counted(text: str, n: int) -> str:
    """Polishes a ``tr("%n thing(s)", "", n)`` result: Indonesian digit grouping, and an English plural
    when no translation supplied the numerus forms (the source text still says "(s)")."""
    text = re.sub(rf"(?<![\d.]){n}(?![\d.])", number(n), text, count=1)
    return text.replace("(s)", "" if n == 1 else "s")
