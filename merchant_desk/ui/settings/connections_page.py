"""Settings → Connections: the WhatsApp Cloud API credentials, kept in the OS keyring and never shown again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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
            "wa_access_token": self.tr("Access key (token)"),
            "wa_app_secret": self.tr("App secret key"),
            "wa_phone_number_id": self.tr("Phone number ID"),
        }
        where = self.tr("Copy it from Meta for Developers → your app → WhatsApp → API Setup.")
        self.explain = QLabel(wordWrap=True)
        set_role(self.explain, "muted")
        # The technical reason (keyring services, package names) is for whoever looks after the computer.
        self.details = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.details, "muted")
        self.details.hide()
        self.details_button = QPushButton(self.tr("Details"), checkable=True, flat=True)
        self.details_button.toggled.connect(self.details.setVisible)
        self.details_button.hide()
        self.fields = {name: QLineEdit(echoMode=QLineEdit.EchoMode.Password) for name in CLOUD_API_FIELDS}
        for field in self.fields.values():
            field.setToolTip(where)
        self.save_button = QPushButton(self.tr("Save securely in this computer's password vault"), clicked=self.save)
        self.forget_button = QPushButton(self.tr("Remove the saved keys"), clicked=self.forget)
        self.status = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("<b>WhatsApp Cloud API</b>")))
        form.addRow(self.explain)
        details_row = QHBoxLayout()
        details_row.addWidget(self.details_button)
        details_row.addStretch()
        form.addRow(details_row)
        form.addRow(self.details)
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
            self._unusable(QCoreApplication.translate("merchant_desk", state.keyring.reason or ""))
            return
        self.explain.setText(self.tr("Kept safely in this computer's password vault, never in the shop's data or "
                                     "backups. Leave a field empty to keep what is stored."))  # fmt: skip
        self.explain.setToolTip(self.tr("Stored with the system keyring: %1").replace("%1", state.keyring.backend))
        self._show_details(None)
        for name, field in self.fields.items():
            field.setEnabled(True)
            field.clear()
            field.setPlaceholderText(self.tr("stored") if state.stored[name] else self.tr("not set"))
        self.save_button.setEnabled(True)
        self.forget_button.setEnabled(any(state.stored.values()))

    def _show_details(self, technical: str | None) -> None:
        self.details.setText(technical or "")
        self.details_button.setVisible(bool(technical))
        self.details_button.setChecked(False)

    def _unusable(self, technical: str) -> None:
        self.explain.setText(self.tr("This computer's password vault is not switched on, so these keys cannot be "
                                     "saved safely. Ask whoever looks after this computer to turn it on "
                                     "(they will find what is needed under Details)."))  # fmt: skip
        self.explain.setToolTip("")
        self._show_details(technical)
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
