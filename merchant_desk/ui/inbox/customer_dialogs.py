"""The customer panel's dialogs: edit a customer's name, WhatsApp number and handles, and merge two customers.

Both save through CustomerService on the write lane; a refused edit shows each field's problem under it and
changes nothing. The customer whose panel is open is the one that stays in a merge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError, ValidationError
from merchant_desk.core.phones import display_phone
from merchant_desk.ui.forms import ErrorLabel, mark_invalid
from merchant_desk.ui.i18n import error_text, tr_core

if TYPE_CHECKING:
    from merchant_desk.services.customer_service import CustomerInfo
    from merchant_desk.ui.context import AppContext

SEARCH_DELAY_MS = 200
RESULTS = 30
PHONE_TAKEN = "This number already belongs to another customer."  # CustomerService's message for it


def _describe(info: CustomerInfo) -> str:
    phone = display_phone(info.phone) if info.phone else ""
    return f"{info.name}  —  {phone}" if phone else info.name


class CustomerEditDialog(QDialog):
    """Name, WhatsApp number, Instagram and another handle; ``changes`` holds what the save changed."""

    def __init__(self, context: AppContext, info: CustomerInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.info = context, info
        self.changes: Any = None
        self.setWindowTitle(self.tr("Edit customer"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(info.name, maxLength=200)
        self.phone = QLineEdit(display_phone(info.phone) if info.phone else "", maxLength=30)
        self.phone.setPlaceholderText(self.tr("e.g. 0812-3456-7890"))
        self.instagram = QLineEdit(info.instagram or "", maxLength=100)
        self.instagram.setPlaceholderText("@tokoku")
        self.other = QLineEdit(info.other_handle or "", maxLength=100)
        self.other.setPlaceholderText(self.tr("TikTok, Facebook, Shopee…"))
        self.fields = {"name": self.name, "phone": self.phone, "instagram": self.instagram, "other_handle": self.other}
        self.errors = {key: ErrorLabel() for key in self.fields}
        form = QFormLayout()
        captions = (self.tr("Name"), self.tr("WhatsApp number"), self.tr("Instagram"), self.tr("Other account"))
        for (key, edit), caption in zip(self.fields.items(), captions, strict=True):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(self.errors[key])
            form.addRow(caption, column)
        hint = QLabel(self.tr("Any Indonesian spelling works: 0812…, 62812…, +62 812-…; it is kept as +62."))
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("primary", True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def save(self) -> None:
        services = self.context.services
        if services is None:
            return
        values = {key: edit.text() for key, edit in self.fields.items()}
        for key in self.fields:
            self.errors[key].show_message(None)
            mark_invalid(self.fields[key], False)
        self.save_button.setEnabled(False)
        self.context.run(
            lambda: services.customers.edit(services.actor, self.info.id, **values),
            self._saved,
            self._failed,
            write=True,
        )

    def _saved(self, changes: Any) -> None:
        self.changes = changes
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        problems = error.problems if isinstance(error, ValidationError) else {"name": error_text(error)}
        for key, message in problems.items():
            if key not in self.fields:
                continue
            text = tr_core(message) if isinstance(error, ValidationError) else message
            if message == PHONE_TAKEN:
                text += " " + self.tr("To join the two, use Merge with… in the customer panel.")
            self.errors[key].show_message(text)
            mark_invalid(self.fields[key], True)


class MergeCustomerDialog(QDialog):
    """Finds the other customer by name or number; after confirming, their history moves to ``keep``."""

    def __init__(self, context: AppContext, keep: CustomerInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.keep = context, keep
        self.changes: Any = None
        self._found: dict[int, CustomerInfo] = {}
        self.setWindowTitle(self.tr("Merge customers"))
        self.resize(520, 440)
        intro = QLabel(
            self.tr("Find the other record of %1. Its conversations, labels, orders and points move to %1.").replace(
                "%1", keep.name
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit(placeholderText=self.tr("Name or WhatsApp number…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.itemActivated.connect(lambda _item: self.merge())
        self.results.currentItemChanged.connect(lambda *_: self._update_button())
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setProperty("primary", True)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.search.setText(keep.name)  # the usual duplicate: the same name with another number
        self.run_search()

    def run_search(self) -> None:
        services, text = self.context.services, self.search.text().strip()
        if services is None:
            return
        self.context.run(lambda: services.customers.search(text, limit=RESULTS), lambda rows: self._show(text, rows))

    def _show(self, text: str, rows: list[CustomerInfo]) -> None:
        if text != self.search.text().strip():
            return  # an older answer arriving after a newer keystroke
        self.results.clear()
        self._found = {row.id: row for row in rows if row.id != self.keep.id}
        for row in self._found.values():
            item = QListWidgetItem(_describe(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_button()

    def _update_button(self) -> None:
        self.merge_button.setEnabled(self.results.currentItem() is not None)

    def chosen(self) -> CustomerInfo | None:
        item = self.results.currentItem()
        return None if item is None else self._found.get(int(item.data(Qt.ItemDataRole.UserRole)))

    def merge(self, confirmed: bool = False) -> None:
        other, services = self.chosen(), self.context.services
        if other is None or services is None:
            return
        if not confirmed:
            question = self.tr(
                "Merge %2 into %1?\n\n%1 stays. The conversations, labels, orders and points of %2 move to %1, "
                "and %2 goes to the trash."
            )
            answer = QMessageBox.question(
                self,
                self.tr("Merge customers"),
                question.replace("%1", _describe(self.keep)).replace("%2", _describe(other)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.merge_button.setEnabled(False)
        self.context.run(
            lambda: services.customers.merge(services.actor, self.keep.id, other.id),
            self._merged,
            self._failed,
            write=True,
        )

    def _merged(self, changes: Any) -> None:
        self.changes = changes
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.merge_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        self.error.show_message(error_text(error))
