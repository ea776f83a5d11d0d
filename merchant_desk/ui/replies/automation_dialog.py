"""The Automation dialog: greeting, away message with business hours or a date range, and FAQ answers."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.automation import AutomationSettings
from merchant_desk.core.errors import UserError, ValidationError
from merchant_desk.core.timezones import shop_tz, to_shop_time
from merchant_desk.ui.forms import ErrorLabel
from merchant_desk.ui.i18n import error_text, tr_core
from merchant_desk.ui.replies.faq_panel import FaqPanel
from merchant_desk.ui.replies.hours_editor import HoursEditor
from merchant_desk.ui.replies.reply_editor import problem_text

if TYPE_CHECKING:
    from merchant_desk.ui.context import AppContext


class AutomationDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings: AutomationSettings | None = None
        self.setWindowTitle(self.tr("Automated messages"))
        self.resize(760, 560)
        self.greeting_on = QCheckBox(self.tr("Greet a customer's first message"))
        self.silence = QSpinBox(minimum=1, maximum=365)
        self.silence.setSuffix(self.tr(" days"))
        self.greeting_text = QPlainTextEdit()
        self.away_on = QCheckBox(self.tr("Answer when the shop is away"))
        self.away_mode = QComboBox()
        for mode, label in (("always", self.tr("Always")), ("outside_hours", self.tr("Outside business hours")),
                            ("range", self.tr("During a date range"))):  # fmt: skip
            self.away_mode.addItem(label, mode)
        self.away_from, self.away_until = QDateTimeEdit(calendarPopup=True), QDateTimeEdit(calendarPopup=True)
        for edit in (self.away_from, self.away_until):
            edit.setDisplayFormat("dd/MM/yyyy HH:mm")  # 4-digit year in every language
        self.away_text = QPlainTextEdit()
        self.faq_on = QCheckBox(self.tr("Suggest FAQ answers in the Inbox"))
        self.threshold = QSpinBox(minimum=1, maximum=100)
        self.threshold.setSuffix("%")
        for spin in (self.silence, self.threshold):
            spin.setMaximumWidth(120)
        self.hours = HoursEditor()
        self.faqs = FaqPanel(context)
        self.error = ErrorLabel()
        self.away_mode.currentIndexChanged.connect(self._mode_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._load()

    def _layout(self) -> None:
        messages = QWidget()
        form = QFormLayout(messages)
        form.addRow(self.greeting_on)
        form.addRow(self.tr("…or the first after a silence of"), self.silence)
        form.addRow(self.tr("Greeting"), self.greeting_text)
        form.addRow(self.away_on)
        form.addRow(self.tr("Away"), self.away_mode)
        form.addRow(self.tr("From"), self.away_from)
        form.addRow(self.tr("Until"), self.away_until)
        form.addRow(self.tr("Away message"), self.away_text)
        faq_tab = QWidget()
        faq_layout = QVBoxLayout(faq_tab)
        faq_form = QFormLayout()
        faq_form.addRow(self.faq_on)
        faq_form.addRow(self.tr("Suggest when the match is at least"), self.threshold)
        faq_layout.addLayout(faq_form)
        faq_layout.addWidget(self.faqs, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(messages, self.tr("Greeting and away"))
        self.tabs.addTab(self.hours, self.tr("Business hours"))
        self.tabs.addTab(faq_tab, self.tr("FAQ answers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _load(self) -> None:
        services = self.context.services
        assert services is not None
        self.context.run(lambda svc=services: svc.automation.settings(), self._loaded)

    def _loaded(self, s: AutomationSettings) -> None:
        self.settings = s
        zone = s.hours.zone
        self.greeting_on.setChecked(s.greeting_enabled)
        self.silence.setValue(s.silence_days)
        self.greeting_text.setPlainText(s.greeting_text)
        self.away_on.setChecked(s.away_enabled)
        self.away_mode.setCurrentIndex(max(0, self.away_mode.findData(s.away_mode)))
        now = datetime.now(UTC)
        for edit, when in ((self.away_from, s.away_from or now), (self.away_until, s.away_until or now)):
            edit.setDateTime(QDateTime(to_shop_time(when, zone).replace(tzinfo=None)))
        self.away_text.setPlainText(s.away_text)
        self.faq_on.setChecked(s.faq_enabled)
        self.threshold.setValue(round(s.faq_threshold * 100))
        self.hours.load(s.hours)
        self._mode_changed()

    def _mode_changed(self) -> None:
        ranged = self.away_mode.currentData() == "range"
        self.away_from.setEnabled(ranged)
        self.away_until.setEnabled(ranged)

    def _utc(self, edit: QDateTimeEdit, zone: str) -> datetime:
        local = edit.dateTime().toPython().replace(tzinfo=shop_tz(zone))
        return local.astimezone(UTC).replace(tzinfo=None)

    def value(self) -> AutomationSettings | None:
        """The settings as edited, or None with the reason shown (a template problem names its position)."""
        if self.settings is None:
            return None
        hours = self.hours.value()
        if hours is None:
            self.tabs.setCurrentWidget(self.hours)
            return None
        for label, edit in ((self.tr("Greeting"), self.greeting_text), (self.tr("Away message"), self.away_text)):
            problem = problem_text(edit.toPlainText())
            if problem:
                self.error.show_message(f"{label}: {problem}")
                return None
        ranged = self.away_mode.currentData() == "range"
        return dataclasses.replace(
            self.settings,
            greeting_enabled=self.greeting_on.isChecked(), silence_days=self.silence.value(),
            greeting_text=self.greeting_text.toPlainText().strip(), away_enabled=self.away_on.isChecked(),
            away_mode=self.away_mode.currentData(), away_text=self.away_text.toPlainText().strip(),
            away_from=self._utc(self.away_from, hours.zone) if ranged else self.settings.away_from,
            away_until=self._utc(self.away_until, hours.zone) if ranged else self.settings.away_until,
            hours=hours, faq_enabled=self.faq_on.isChecked(), faq_threshold=self.threshold.value() / 100,
        )  # fmt: skip

    def save(self) -> None:
        settings, services = self.value(), self.context.services
        if settings is None or services is None:
            return
        self.context.run(
            lambda svc=services: svc.automation.save_settings(svc.actor, settings), self._saved, self._failed,
            write=True,
        )  # fmt: skip

    def _saved(self, changes: object) -> None:
        self.context.publish(changes, self)  # type: ignore[arg-type]
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        if isinstance(error, ValidationError) and error.problems:
            self.error.show_message(" ".join(tr_core(p) for p in error.problems.values()))
        else:
            self.error.show_message(error_text(error))
