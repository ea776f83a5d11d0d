"""File → Settings: the wizard's answers, the PIN, and the staff, audit, connections and backup pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError, ValidationError
from merchant_desk.core.shop import ShopProfile, validate_pin, validate_profile
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import ErrorLabel, ProfileFields, mark_invalid
from merchant_desk.ui.i18n import error_text, tr_core
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.services.hub import Services


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, profile: ShopProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._original = profile
        self.setWindowTitle(self.tr("Settings"))
        self.fields = ProfileFields()
        self.fields.load(profile)
        self.language_note = QLabel(self.tr("A new language is used from the next start of Merchant Desk."))
        set_role(self.language_note, "muted")
        self.payment = QPlainTextEdit()
        self.payment.setPlaceholderText(
            self.tr("e.g.\nBCA 1234567890 a.n. Siti Rahayu\nGoPay / OVO 0812-3456-7890\nSend the receipt here, thanks.")
        )
        self.payment.setMaximumHeight(110)
        self.payment_error = ErrorLabel()
        self._original_payment = ""
        payment_label = QLabel(self.tr("Payment instructions (bank account, e-wallet, QRIS)"))
        payment_note = QLabel(self.tr("Printed on the invoice of every order that is not paid yet."), wordWrap=True)
        set_role(payment_note, "muted")
        shop_page = QWidget()
        shop_layout = QVBoxLayout(shop_page)
        shop_layout.addWidget(self.fields)
        shop_layout.addWidget(self.language_note)
        shop_layout.addSpacing(8)
        for widget in (payment_label, self.payment, payment_note, self.payment_error):
            shop_layout.addWidget(widget)
        shop_layout.addStretch()

        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=8)
        self.pin.setPlaceholderText(self.tr("leave empty to keep the current PIN"))
        self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=8)
        self.pin_error = ErrorLabel()
        security = QWidget()
        form = QFormLayout(security)
        explain = QLabel(self.tr("The PIN of the signed-in profile (4 to 8 digits)."), wordWrap=True)
        set_role(explain, "muted")
        form.addRow(explain)
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow(self.tr("Repeat PIN"), self.confirm)
        form.addRow("", self.pin_error)

        self.tabs = QTabWidget()
        self.tabs.addTab(shop_page, self.tr("Shop"))
        self.tabs.addTab(security, self.tr("Security"))
        self._add_pages()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.tabs.currentChanged.connect(self._page_shown)
        self.status = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 540)
        if context.services is not None:  # read in the background; typing before it arrives would be overwritten
            self.payment.setReadOnly(True)
            context.run(context.services.orders.payment_instructions, self._payment_arrived, self._failed)

    def _page_shown(self, index: int) -> None:
        """Save belongs to the Shop and Security pages; the others act at once, so they only offer Close."""
        if index < 0 or not shiboken6.isValid(self.buttons):  # the tab widget is emptied while being destroyed
            return
        form_page = index < 2
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(form_page)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel") if form_page else self.tr("Close"))

    def _add_pages(self) -> None:
        """Staff, audit log, customer data, connections and backups, each only for a profile allowed to use it."""
        from merchant_desk.core import permissions as p
        from merchant_desk.ui.settings import may

        if self.context.services is None:
            return
        self.fields.setEnabled(may(self.context, p.CHANGE_SETTINGS))
        self.payment.setEnabled(may(self.context, p.CHANGE_SETTINGS))
        if may(self.context, p.MANAGE_STAFF):
            from merchant_desk.ui.settings.staff_page import StaffPage

            self.tabs.addTab(StaffPage(self.context), self.tr("Staff"))
        if may(self.context, p.VIEW_REPORTS):
            from merchant_desk.ui.settings.audit_page import AuditPage

            self.tabs.addTab(AuditPage(self.context), self.tr("Audit log"))
        if may(self.context, p.EXPORT_CUSTOMER_DATA):
            from merchant_desk.ui.settings.customer_data_page import CustomerDataPage

            self.tabs.addTab(CustomerDataPage(self.context), self.tr("Customer data"))
        if may(self.context, p.CHANGE_SETTINGS):
            from merchant_desk.ui.settings.backup_page import BackupPage
            from merchant_desk.ui.settings.connections_page import ConnectionsPage

            self.tabs.addTab(ConnectionsPage(self.context), self.tr("Connections"))
            self.tabs.addTab(BackupPage(self.context), self.tr("Backups"))

    def _validated(self) -> tuple[ShopProfile, str | None] | None:
        try:
            profile = validate_profile(**self.fields.values())
        except ValidationError as exc:
            self.fields.show_problems(exc.problems)
            self.tabs.setCurrentIndex(0)
            return None
        self.fields.show_problems({})
        pin, confirm = self.pin.text(), self.confirm.text()
        message = None
        if pin or confirm:
            try:
                validate_pin(pin)
            except ValidationError as exc:
                message = tr_core(exc.problems["pin"])
            else:
                if pin != confirm:
                    message = self.tr("The two PINs are not the same.")
        self.pin_error.show_message(message)
        mark_invalid(self.pin, message is not None)
        if message:
            self.tabs.setCurrentIndex(1)
            return None
        return profile, pin or None

    def _save(self) -> None:
        validated = self._validated()
        services = self.context.services
        if validated is None or services is None:
            return
        profile, pin = validated
        payment = self.payment.toPlainText().strip()
        self.buttons.setEnabled(False)

        def work(svc: Services = services) -> Changes:
            # A profile without change_settings may still change its own PIN (the fields are disabled for it).
            changes = Changes() if profile == self._original else svc.shop.update_profile(svc.actor, profile)
            if payment != self._original_payment.strip():
                changes = changes | svc.orders.set_payment_instructions(svc.actor, payment)
            if pin and svc.actor.id is not None:
                changes = changes | svc.staff.set_pin(svc.actor, svc.actor.id, pin)
            return changes

        self.context.run(work, self._saved, self._failed, write=True)

    def _payment_arrived(self, text: str) -> None:
        self._original_payment = text
        self.payment.setPlainText(text)
        self.payment.setReadOnly(False)

    def _saved(self, changes: Changes) -> None:
        self.context.publish(changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        if isinstance(error, ValidationError) and "payment_instructions" in error.problems:
            self.tabs.setCurrentIndex(0)
            self.payment_error.show_message(tr_core(error.problems["payment_instructions"]))
            return
        self.status.show_message(error_text(error))
