"""The Automation dialog: settings round-trip through the service, schedules with several ranges, FAQ editing."""

from __future__ import annotations

from datetime import date, time

from pytestqt.qtbot import QtBot

from merchant_desk.core.automation import TimeRange
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.replies.automation_dialog import AutomationDialog
from merchant_desk.ui.replies.hours_editor import parse_ranges


def test_parse_ranges() -> None:
    assert parse_ranges("08:00-12:00, 13.00-17.30") == (
        TimeRange(time(8), time(12)), TimeRange(time(13), time(17, 30)),
    )  # fmt: skip
    assert parse_ranges("") == ()
    assert parse_ranges("20:00-24:00") == (TimeRange(time(20), time(0)),)
    assert parse_ranges("8-12") is None


def test_dialog_saves_greeting_away_hours_and_threshold(qtbot: QtBot, ui_context: AppContext) -> None:
    dialog = AutomationDialog(ui_context)
    qtbot.addWidget(dialog)
    dialog.greeting_on.setChecked(True)
    dialog.silence.setValue(7)
    dialog.away_on.setChecked(True)
    dialog.away_mode.setCurrentIndex(dialog.away_mode.findData("outside_hours"))
    dialog.hours.days[0].setText("08:00-12:00, 13:00-17:00")
    dialog.hours.days[6].setText("")
    dialog.hours._add_holiday(date(2026, 12, 25))
    dialog.threshold.setValue(75)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    svc = ui_context.services
    assert svc is not None
    saved = svc.automation.settings()
    assert saved.greeting_enabled and saved.silence_days == 7 and saved.away_enabled
    assert saved.hours.weekly[0] == (TimeRange(time(8), time(12)), TimeRange(time(13), time(17)))
    assert saved.hours.weekly[6] == ()
    assert date(2026, 12, 25) in saved.hours.holidays
    assert saved.faq_threshold == 0.75


def test_unreadable_hours_and_unknown_placeholder_are_refused(qtbot: QtBot, ui_context: AppContext) -> None:
    dialog = AutomationDialog(ui_context)
    qtbot.addWidget(dialog)
    dialog.hours.days[2].setText("pagi")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.hours.error.text()
    dialog.hours.days[2].setText("09:00-17:00")
    dialog.away_text.setPlainText("Maaf {namaa}")
    dialog.save()
    assert "{namaa}" in dialog.error.text() and "column 6" in dialog.error.text()


def test_faq_added_from_the_dialog(qtbot: QtBot, ui_context: AppContext) -> None:
    dialog = AutomationDialog(ui_context)
    qtbot.addWidget(dialog)
    panel = dialog.faqs
    before = len(panel.faqs)
    panel.new_button.click()
    panel.question.setText("Bisa COD?")
    panel.alternatives.setPlainText("cod bisa kak\nbayar di tempat bisa?")
    panel.answer.setPlainText("Bisa kak, COD untuk area Jakarta 🙏")
    panel.save_button.click()
    assert len(panel.faqs) == before + 1
    assert panel.current() is not None and panel.current().alternatives == ("cod bisa kak", "bayar di tempat bisa?")  # type: ignore[union-attr]
