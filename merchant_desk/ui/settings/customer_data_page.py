"""Settings → Customer data: find one customer, hand them everything held about them, or erase it for good.

Indonesia's personal data law (UU PDP) lets a customer ask for both; the services did it, this page lets the
owner do it without the command line. Erasure cannot be undone, so it asks for the customer's name typed back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.core.phones import display_phone
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import ErrorLabel
from merchant_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from merchant_desk.services.customer_service import CustomerInfo
    from merchant_desk.services.privacy_service import ErasureReport

LIMIT = 100


class CustomerDataPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.customers: list[CustomerInfo] = []
        intro = QLabel(
            self.tr(
                "A customer may ask for a copy of everything the shop holds about them, or for it to be erased. "
                "Erasing removes their name, number, notes and message texts; orders and points stay, without a "
                "name, for the books."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit(placeholderText=self.tr("Find a customer by name, number or Instagram…"))
        self.search.setClearButtonEnabled(True)
        self.trashed = QCheckBox(self.tr("Customers in the trash"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.trashed)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Phone"), self.tr("Last contact")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # a date under "Kontak terakhir" is narrower than its header
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.export_button = QPushButton(self.tr("Export their data…"), clicked=lambda: self.export())
        self.erase_button = QPushButton(self.tr("Erase their personal data…"), clicked=lambda: self.erase())
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        self.restore_button = QPushButton(self.tr("Restore customer"), clicked=lambda: self.restore())
        buttons.insertWidget(0, self.restore_button)  # only beside customers in the trash
        self.status = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._debounce = QTimer(self, singleShot=True, interval=200, timeout=self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.trashed.toggled.connect(lambda _on: self.refresh())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()
        self.refresh()

    def refresh(self) -> None:
        services = self.context.services
        assert services is not None
        text, trashed = self.search.text(), self.trashed.isChecked()
        self.context.run(lambda: services.customers.search(text, trashed=trashed, limit=LIMIT), self._loaded,
                         self._failed)  # fmt: skip

    def _loaded(self, customers: list[CustomerInfo]) -> None:
        self.customers = customers
        self.table.setRowCount(len(customers))
        for row, customer in enumerate(customers):
            last = customer.last_contact_at
            phone = display_phone(customer.phone) if customer.phone else ""
            values = (customer.name or self.tr("(no name)"), phone, f"{last:%d/%m/%Y}" if last else "")
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnToContents(1)
        self._selection_changed()

    def _failed(self, exc: BaseException) -> None:
        self.status.show_message(error_text(exc) if isinstance(exc, UserError) else str(exc))

    def selected(self) -> CustomerInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.customers[rows[0].row()] if rows and rows[0].row() < len(self.customers) else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.export_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)
        self.restore_button.setVisible(self.trashed.isChecked())
        self.restore_button.setEnabled(chosen)

    def restore(self) -> None:
        """Brings a trashed customer back, with their conversations, orders and points."""
        customer, services = self.selected(), self.context.services
        if customer is None or services is None or customer.deleted_at is None:
            return

        def restored(changes: Changes) -> None:
            self.context.publish(changes, self)
            self.status.show_message(self.tr("%1 is back.").replace("%1", customer.name), error=False)
            self.refresh()

        self.context.run(lambda: services.customers.restore(services.actor, customer.id), restored, self._failed,
                         write=True)  # fmt: skip

    def export(self, out: Path | None = None) -> None:
        customer = self.selected()
        if customer is None:
            return
        if out is None:
            suggested = f"customer-{customer.id}.zip"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export a customer's data"), suggested,
                                                    self.tr("Zip files (*.zip)"))  # fmt: skip
            if not chosen:
                return
            out = Path(chosen)
        services = self.context.services
        assert services is not None
        target = out
        self.status.show_message(self.tr("Exporting…"), error=False)
        self.context.run(lambda: services.privacy.export_customer(services.actor, customer.id, target),
                         self._exported, self._failed)  # fmt: skip

    def erase(self, typed: str | None = None) -> None:
        customer = self.selected()
        if customer is None:
            return
        expected = customer.name or customer.phone or str(customer.id)
        if typed is None:
            typed, accepted = QInputDialog.getText(
                self,
                self.tr("Erase personal data"),
                self.tr(
                    "This cannot be undone. Their name, number, notes, message texts and attachments are erased; "
                    "orders and points stay without a name.\n\nType %1 to confirm:"
                ).replace("%1", expected),
            )
            if not accepted:
                return
        if typed.strip().casefold() != expected.strip().casefold():
            self.status.show_message(self.tr("Nothing erased: the name typed did not match."))
            return
        services = self.context.services
        assert services is not None
        self.context.run(lambda: services.privacy.erase_customer(services.actor, customer.id), self._erased,
                         self._failed, write=True)  # fmt: skip

    def _exported(self, path: object) -> None:
        self.status.show_message(self.tr("Saved to %1.").replace("%1", str(path)), error=False)

    def _erased(self, report: ErasureReport) -> None:
        from merchant_desk.services.privacy_service import ERASED

        self.status.show_message(
            self.tr("Erased: %1 messages cleared, %2 attachments deleted.")
            .replace("%1", str(report.messages_cleared))
            .replace("%2", str(report.attachments_deleted)),
            error=False,
        )
        self.context.publish(ERASED, self)
        self.refresh()
