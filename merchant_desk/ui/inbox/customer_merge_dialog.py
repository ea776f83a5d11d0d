"""Merge with another customer: find the other record by name or number, see what moves, confirm, merge.

The customer whose panel is open stays; the other record's conversations, labels, orders, points and
waiting-for products move to it (CustomerService.merge) and it goes to the trash. Searching, counting and
merging run as background tasks; an answer for an older keystroke or choice is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError
from merchant_desk.core.phones import display_phone
from merchant_desk.ui.forms import ErrorLabel
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.services.customer_service import CustomerInfo, MergePreview
    from merchant_desk.ui.context import AppContext

SEARCH_DELAY_MS = 200
RESULTS = 30


def describe(info: CustomerInfo) -> str:
    """``Putri · +62 812-3456-7890``: two records of one person usually share the name, never the number."""
    phone = display_phone(info.phone) if info.phone else ""
    return f"{info.name} · {phone}" if phone else info.name


def records_denied(context: AppContext) -> str:
    """Why the signed-in profile may not merge or trash customers, or "" when it may (the service refuses too)."""
    from merchant_desk.services.customer_service import CUSTOMER_RECORDS
    from merchant_desk.ui.settings import may

    if may(context, CUSTOMER_RECORDS):
        return ""
    return QCoreApplication.translate(
        "MergeCustomerDialog",
        "Your profile may not merge or delete customers: the owner can allow it with “Export customer data” in "
        "Settings → Staff.",
    )


class MergeCustomerDialog(QDialog):
    """``keep`` stays; ``other`` (a number's owner found while editing) is offered first."""

    def __init__(
        self, context: AppContext, keep: CustomerInfo, parent: QWidget | None = None, other: CustomerInfo | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.keep, self.pinned = context, keep, other
        self.changes: Any = None
        self.preview: MergePreview | None = None
        self._found: dict[int, CustomerInfo] = {}
        self.setWindowTitle(self.tr("Merge customers"))
        self.resize(540, 480)
        stays = QLabel(self.tr("Stays: %1").replace("%1", describe(keep)))
        stays.setTextFormat(Qt.TextFormat.PlainText)
        set_role(stays, "heading")
        intro = QLabel(
            self.tr(
                "Choose the other record of this customer. Its conversations, labels, orders and points move to "
                "the one that stays, and it goes to the trash."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit(placeholderText=self.tr("Name or WhatsApp number…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.itemActivated.connect(lambda _item: self.merge())
        self.results.currentItemChanged.connect(lambda *_: self._choice_changed())
        self.moves = QLabel()
        self.moves.setWordWrap(True)
        self.moves.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.moves, "muted")
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
        for widget in (stays, intro, self.search):
            layout.addWidget(widget)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.moves)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.denied = records_denied(context)
        if self.denied:
            self.error.show_message(self.denied)
        self.search.setText(other.name if other else keep.name)  # the usual duplicate: same name, other number
        self._timer.stop()
        self.run_search()

    # -- finding the other record ---------------------------------------------------------------------

    def run_search(self) -> None:
        services, text = self.context.services, self.search.text().strip()
        if services is None:
            return
        self.context.run(lambda: services.customers.search(text, limit=RESULTS), lambda rows: self._show(text, rows))

    def _show(self, text: str, rows: list[CustomerInfo]) -> None:
        if text != self.search.text().strip():
            return  # an older answer arriving after a newer keystroke
        if self.pinned is not None and all(row.id != self.pinned.id for row in rows):
            rows = [self.pinned, *rows]  # the number's owner may be in the trash, where search does not look
        self.results.clear()
        self._found = {row.id: row for row in rows if row.id != self.keep.id}
        for row in self._found.values():
            item = QListWidgetItem(describe(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
            if self.pinned is not None and row.id == self.pinned.id:
                self.results.setCurrentItem(item)
        if self.results.count() and self.results.currentItem() is None:
            self.results.setCurrentRow(0)
        if not self.results.count():
            self.moves.setText(self.tr("No other customer found: try a part of the number, e.g. 0812-3456."))
        self._choice_changed()

    def chosen(self) -> CustomerInfo | None:
        item = self.results.currentItem()
        return None if item is None else self._found.get(int(item.data(Qt.ItemDataRole.UserRole)))

    def _choice_changed(self) -> None:
        other, services = self.chosen(), self.context.services
        self.preview = None
        self.merge_button.setEnabled(False)
        self.merge_button.setToolTip(self.denied)
        if other is None or services is None:
            return
        self.moves.setText(self.tr("Counting what moves…"))
        keep_id, other_id = self.keep.id, other.id
        self.context.run(
            lambda: services.customers.merge_preview(keep_id, other_id), lambda p: self._counted(other_id, p)
        )

    def _counted(self, other_id: int, preview: MergePreview) -> None:
        other = self.chosen()
        if other is None or other.id != other_id:
            return  # the merchant chose another record meanwhile
        self.preview = preview
        self.moves.setText(self.tr("Moves to %1: %2.").replace("%1", self.keep.name).replace("%2", self._what()))
        self.merge_button.setEnabled(not self.denied)

    def _what(self) -> str:
        p = self.preview
        if p is None:
            return ""
        parts = [
            self.tr("%n conversation(s)", "", p.conversations),
            self.tr("%n new label(s)", "", p.labels),
            self.tr("%n order(s)", "", p.orders),
            self.tr("%n point(s)", "", p.points),
        ]
        if p.waiting_for:
            parts.append(self.tr("%n product(s) waited for", "", p.waiting_for))
        return ", ".join(parts)

    # -- merging --------------------------------------------------------------------------------------

    def merge(self, confirmed: bool = False) -> None:
        other, services = self.chosen(), self.context.services
        if other is None or services is None or self.preview is None or self.denied:
            return
        if not confirmed:
            question = self.tr(
                "Stays: %1\nGoes to the trash: %2\n\nMoving to %3: %4.\nWhatsApp chats of the two become one."
            )
            for key, value in (("%1", describe(self.keep)), ("%2", describe(other)), ("%3", self.keep.name)):
                question = question.replace(key, value)
            question = question.replace("%4", self._what())
            answer = QMessageBox.question(self, self.tr("Merge customers"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.merge_button.setEnabled(False)
        keep_id, other_id = self.keep.id, other.id
        self.context.run(
            lambda: services.customers.merge(services.actor, keep_id, other_id),
            self._merged,
            self._failed,
            write=True,
        )

    def _merged(self, changes: Any) -> None:
        self.changes = changes
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.merge_button.setEnabled(not self.denied)
        if not isinstance(error, UserError):
            raise error
        self.error.show_message(error_text(error))
