"""Stage names and colours, money and dates as the orders UI shows them (shared by the tab, view and panel)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from merchant_desk.core.money import format_rupiah
from merchant_desk.core.orders import STAGE_NAMES, STAGES
from merchant_desk.core.timezones import format_shop_datetime
from merchant_desk.ui.i18n import tr_core

# (background, text): the chip colours follow WhatsApp Business's own label colours for the same stages.
STAGE_COLOURS: dict[str, tuple[str, str]] = {
    "new": ("#E3F2FD", "#1565C0"),
    "awaiting": ("#FFF3E0", "#E65100"),
    "paid": ("#E8F5E9", "#2E7D32"),
    "shipped": ("#EDE7F6", "#4527A0"),
    "done": ("#DCF8C6", "#128C7E"),
    "cancelled": ("#FDECEA", "#C0392B"),
}


def stage_name(stage: str) -> str:
    """The stage's name in the app's language (the Indonesian names are the source, as in WhatsApp)."""
    return tr_core(STAGE_NAMES.get(stage, stage))


def stage_keys() -> tuple[str, ...]:
    return STAGES


def rupiah(amount: int | None) -> str:
    return "" if amount is None else format_rupiah(amount)


def shop_time(moment: datetime | None, timezone: str) -> str:
    return "" if moment is None else format_shop_datetime(moment, timezone)


def chip_style(stage: str) -> str:
    back, fore = STAGE_COLOURS.get(stage, ("#EEF1F4", "#3B4A54"))
    return f"background: {back}; color: {fore}; border-radius: 9px; padding: 2px 10px; font-weight: 600;"


def stage_chip(stage: str) -> QLabel:
    """A coloured stage label for dialogs and the customer panel."""
    chip = QLabel(stage_name(stage))
    chip.setStyleSheet(chip_style(stage))
    return chip


def tr(text: str) -> str:
    """For module-level helpers that have no widget to call tr() on."""
    return QCoreApplication.translate("OrdersTexts", text)
