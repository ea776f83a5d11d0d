"""Settings → Connections: the WhatsApp Cloud API credentials, kept in the OS keyring and never shown again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from merchant_desk.core.errors import UserError
from merchant_desk.services.connections_service import CLOUD_API_FIELDS
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import ErrorLabel
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.style import set_role


class ConnectionsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        labels = {
            "wa_access_token": self.tr("Access token"),
            "wa_app_secret": self.tr("App secret"),
            "wa_phone_number_id": self.tr("Phone number ID"),
        }
        self.explain = QLabel(wordWrap=True)
        set_role(self.explain, "muted")
        self.fields = {name: QLineEdit(echoMode=QLineEdit.EchoMode.Password) for name in CLOUD_API_FIELDS}
        self.save_button = QPushButton(self.tr("Save in the keyring"), clicked=self.save)
        self.forget_button = QPushButton(self.tr("Forget"), clicked=self.forget)
        self.status = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("<b>WhatsApp Cloud API</b>")))
        form.addRow(self.explain)
        for name in CLOUD_API_FIELDS:
            form.addRow(labels[name], self.fields[name])
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch()
        form.addRow(buttons)
        form.addRow(self.status)
        self.refresh()

    def refresh(self) -> None:
        assert self.context.services is not None
        try:
            state = self.context.services.connections.state()
        except UserError as exc:
            self._unusable(error_text(exc))
            return
        if not state.keyring.usable:
            reason = QCoreApplication.translate("merchant_desk", state.keyring.reason or "")
            self._unusable(self.tr("Nothing can be stored: %1").replace("%1", reason))
            return
        self.explain.setText(self.tr("Stored in your computer's keyring, never in the shop's database or backups. "
                                     "Leave a field empty to keep what is stored."))  # fmt: skip
        for name, field in self.fields.items():
            field.setEnabled(True)
            field.clear()
            field.setPlaceholderText(self.tr("stored") if state.stored[name] else self.tr("not set"))
        self.save_button.setEnabled(True)
        self.forget_button.setEnabled(any(state.stored.values()))

    def _unusable(self, why: str) -> None:
        self.explain.setText(why)
        for field in self.fields.values():
            field.setEnabled(False)
        self.save_button.setEnabled(False)
        self.forget_button.setEnabled(False)

    def save(self) -> None:
        services = self.context.services
        assert services is not None
        values = {name: field.text() for name, field in self.fields.items()}
        try:
            changes = services.connections.save(services.actor, values)
        except UserError as exc:  # the message names the keyring problem, never a value
            self.status.show_message(error_text(exc))
            return
        self.context.publish(changes)
        self.status.show_message(None)
        self.refresh()

    def forget(self) -> None:
        services = self.context.services
        assert services is not None
        try:
            self.context.publish(services.connections.forget(services.actor))
        except UserError as exc:
            self.status.show_message(error_text(exc))
        self.refresh()
