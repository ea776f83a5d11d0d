"""Edit customer: name, WhatsApp number, Instagram and another account, saved at once through CustomerService.

A number may be typed any Indonesian way (0812…, 62812…, +62 812-…); it is shown back as +62 when the field is
left and kept as +62. Every refused field says why under itself and nothing is saved. A number that belongs to
another customer offers to merge with that customer instead, after which the number can be this one's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError, ValidationError
from merchant_desk.core.phones import InvalidPhone, display_phone, normalize_phone
from merchant_desk.ui.forms import ErrorLabel, mark_invalid
from merchant_desk.ui.i18n import error_text, tr_core
from merchant_desk.ui.inbox.customer_merge_dialog import describe, records_denied
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.services.customer_service import CustomerInfo
    from merchant_desk.ui.context import AppContext


class CustomerEditDialog(QDialog):
    """``changes`` holds what was saved (and merged on the way), for the panel to publish."""

    def __init__(self, context: AppContext, info: CustomerInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.info = context, info
        self.changes: Any = None
        self.owner: CustomerInfo | None = None  # the customer a typed number belongs to
        self.setWindowTitle(self.tr("Edit customer"))
        self.setMinimumWidth(480)
        self.name = QLineEdit(info.name, maxLength=200)
        self.phone = QLineEdit(display_phone(info.phone) if info.phone else "", maxLength=30)
        self.phone.setPlaceholderText(self.tr("e.g. 0812-3456-7890"))
        self.phone.editingFinished.connect(self._tidy_phone)
        self.instagram = QLineEdit(info.instagram or "", maxLength=100)
        self.instagram.setPlaceholderText("@tokoku")
        self.other = QLineEdit(info.other_handle or "", maxLength=200)
        self.other.setPlaceholderText(self.tr("TikTok, Facebook, Shopee…"))
        self.fields = {"name": self.name, "phone": self.phone, "instagram": self.instagram, "other_handle": self.other}
        self.errors = {key: ErrorLabel() for key in self.fields}
        self.merge_button = QPushButton(clicked=lambda: self.merge_with_owner())
        self.merge_button.hide()
        form = QFormLayout()
        captions = (self.tr("Name"), self.tr("WhatsApp number"), self.tr("Instagram"), self.tr("Other account"))
        for (key, edit), caption in zip(self.fields.items(), captions, strict=True):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(self.errors[key])
            if key == "phone":
                column.addWidget(self.merge_button)
            form.addRow(caption, column)
        hint = QLabel(self.tr("Any Indonesian spelling works: 0812…, 62812…, +62 812-…; it is kept as +62."))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("primary", True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _show_problem(self, key: str, text: str | None) -> None:
        self.errors[key].show_message(text)
        mark_invalid(self.fields[key], bool(text))

    def _tidy_phone(self) -> None:
        """Shows the number as it will be kept (+62 812-…) as soon as the field is left, or says what is wrong."""
        text = self.phone.text().strip()
        self.owner = None
        self.merge_button.hide()
        if not text:
            self._show_problem("phone", None)
            return
        try:
            self.phone.setText(display_phone(normalize_phone(text)))
        except InvalidPhone:
            from merchant_desk.services.customer_service import BAD_PHONE

            self._show_problem("phone", tr_core(BAD_PHONE))
        else:
            self._show_problem("phone", None)

    def save(self) -> None:
        services = self.context.services
        if services is None:
            return
        values = {key: edit.text() for key, edit in self.fields.items()}
        for key in self.fields:
            self._show_problem(key, None)
        self.merge_button.hide()
        self.save_button.setEnabled(False)
        cid = self.info.id
        self.context.run(
            lambda: services.customers.edit(services.actor, cid, **values), self._saved, self._failed, write=True
        )

    def _saved(self, changes: Any) -> None:
        self.changes = changes if self.changes is None else self.changes | changes
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from merchant_desk.services.customer_service import PhoneTaken

        self.save_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        if not isinstance(error, ValidationError):
            self._show_problem("name", error_text(error))
            return
        for key, message in error.problems.items():
            if key in self.fields:
                self._show_problem(key, tr_core(message))
        if isinstance(error, PhoneTaken):
            self._offer_merge(error.owner)

    def _offer_merge(self, owner: CustomerInfo) -> None:
        self.owner = owner
        text = self.tr("This number belongs to %1.") if owner.deleted_at is None else self.tr(
            "This number belongs to %1, who is in the trash."
        )  # fmt: skip
        self._show_problem("phone", text.replace("%1", describe(owner)))
        self.merge_button.setText(self.tr("Merge with %1 instead…").replace("%1", owner.name))
        denied = records_denied(self.context)
        self.merge_button.setEnabled(not denied)
        self.merge_button.setToolTip(denied or self.tr("The two become one customer; then this number is saved."))
        self.merge_button.show()

    def merge_with_owner(self) -> None:
        """Merges the number's owner into this customer, then saves the form again (the number is free now)."""
        from merchant_desk.ui.inbox.customer_merge_dialog import MergeCustomerDialog

        if self.owner is None:
            return
        dialog = MergeCustomerDialog(self.context, self.info, self, other=self.owner)
        if dialog.exec() and dialog.changes is not None:
            self.changes = dialog.changes if self.changes is None else self.changes | dialog.changes
            self.save()
