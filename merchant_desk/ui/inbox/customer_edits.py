"""The customer panel's edits: status, assignee, labels, notes and broadcast consent, each saved through the
services on the write lane; the panel's ``changed`` carries the Changes for the tab to publish."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtGui import QAction, QFocusEvent
from PySide6.QtWidgets import QComboBox, QMessageBox, QPlainTextEdit

from merchant_desk.ui.inbox.customer_merge_dialog import records_denied

# Written in CustomerPanel first, so its context is explicit: at run time self.tr() would look the string up
# under the panel's class name, but lupdate files a mixin's self.tr under an empty context.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from merchant_desk.services.customer_service import CustomerInfo
    from merchant_desk.services.inbox_rows import ConversationRow
    from merchant_desk.ui.context import AppContext


class NotesEdit(QPlainTextEdit):
    """Notes are saved when the merchant leaves the field, like a paper note put down."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class CustomerPanelEdits:
    """Mixed into CustomerPanel (a QScrollArea), which provides the attributes annotated here."""

    context: AppContext
    conversation: ConversationRow | None
    customer: CustomerInfo | None
    status: QComboBox
    assignee: QComboBox
    notes: QPlainTextEdit
    changed: SignalInstance
    _loading: bool

    if TYPE_CHECKING:  # provided by CustomerPanel; a real definition here would shadow it

        def _customer_arrived(self, info: CustomerInfo) -> None: ...

    def _write(self, fn: Any, then: Any = None) -> None:
        def done(changes: Any) -> None:
            self.changed.emit(changes)
            if then is not None:
                then()

        self.context.run(fn, done, write=True)

    def _status_chosen(self) -> None:
        conv, services = self.conversation, self.context.services
        status = self.status.currentData()
        if self._loading or conv is None or services is None or status == conv.status:
            return
        self._write(lambda: services.inbox.set_status(services.actor, conv.id, status))

    def _assignee_chosen(self) -> None:
        conv, services = self.conversation, self.context.services
        staff_id = self.assignee.currentData()
        if self._loading or conv is None or services is None or staff_id == conv.assigned_staff_id:
            return
        self._write(lambda: services.inbox.assign(services.actor, conv.id, staff_id))

    def _label_toggled(self, action: QAction) -> None:
        conv, services = self.conversation, self.context.services
        if self._loading or conv is None or services is None:
            return
        wanted = set(conv.label_ids) ^ {int(action.data())}
        self._write(lambda: services.inbox.set_labels(services.actor, conv.id, wanted))

    def _save_notes(self) -> None:
        info, services = self.customer, self.context.services
        text = self.notes.toPlainText()
        if info is None or services is None or text.strip() == (info.notes or "").strip():
            return
        self._write(lambda: services.customers.edit(services.actor, info.id, notes=text), self._reload_customer)

    def _consent_clicked(self, checked: bool) -> None:
        info, services = self.customer, self.context.services
        if info is None or services is None:
            return
        by = self.context.staff_name or services.actor.name
        source = translate("CustomerPanel", "set manually by %1").replace("%1", by)
        self._write(
            lambda: services.customers.set_consent(services.actor, info.id, checked, source), self._reload_customer
        )

    # -- the customer itself (customer_edit_dialog, customer_merge_dialog) -------------------------------

    def edit_customer(self) -> None:
        """Edit customer… (also the composer's "add a number" link)."""
        from merchant_desk.ui.inbox.customer_edit_dialog import CustomerEditDialog

        if self.customer is not None:
            dialog = CustomerEditDialog(self.context, self.customer, self)  # type: ignore[arg-type]
            dialog.exec()
            self._after_dialog(dialog.changes)

    def _merge_customer(self) -> None:
        from merchant_desk.ui.inbox.customer_merge_dialog import MergeCustomerDialog

        if self.customer is not None:
            dialog = MergeCustomerDialog(self.context, self.customer, self)  # type: ignore[arg-type]
            dialog.exec()
            self._after_dialog(dialog.changes)

    def _after_dialog(self, changes: Any) -> None:
        # Published even when the edit dialog was cancelled after a merge it started: that merge happened.
        if changes is not None:
            self.changed.emit(changes)
            self._reload_customer()

    def _trash_customer(self) -> None:
        info, services = self.customer, self.context.services
        if info is None or services is None or records_denied(self.context):
            return
        question = translate(
            "CustomerPanel",
            "Move %1 to the trash?\n\nTheir conversations, orders and points stay, and come back if the customer "
            "is restored (Settings → Customer data → Customers in the trash).",
        ).replace("%1", info.name)
        title = translate("CustomerPanel", "Move customer to the trash")
        if QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
            self._write(lambda: services.customers.trash(services.actor, info.id), self._reload_customer)

    def _reload_customer(self) -> None:
        services, info = self.context.services, self.customer
        if services is not None and info is not None:
            self.context.run(lambda: services.customers.get(info.id), self._customer_arrived)
