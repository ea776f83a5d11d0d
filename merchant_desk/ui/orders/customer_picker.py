"""Who an order from the Orders tab is for: type a name or number, pick from the shop's customers (optional)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from merchant_desk.core.phones import display_phone
from merchant_desk.ui.context import AppContext

SEARCH_DELAY_MS = 200
RESULTS = 15


class CustomerPicker(QComboBox):
    """An editable combo box whose list is the customers matching what is typed; ``customer_id`` is the pick."""

    picked = Signal(object)  # customer id or None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(self.tr("Customer (optional): type a name or number…"))
        self.setMinimumWidth(320)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.lineEdit().textEdited.connect(self._timer.start)
        self.activated.connect(self._activated)

    @property
    def customer_id(self) -> int | None:
        data = self.currentData()
        # A typed text that no longer matches the chosen entry is no choice at all.
        return int(data) if data is not None and self.currentText() == self.itemText(self.currentIndex()) else None

    def search(self) -> None:
        services, text = self.context.services, self.currentText().strip()
        if services is None:
            return
        self.context.run(lambda: services.customers.search(text, limit=RESULTS), lambda rows: self._fill(text, rows))

    def _fill(self, text: str, rows: list[Any]) -> None:
        if text != self.currentText().strip():
            return  # a newer keystroke's search is on its way
        self.blockSignals(True)
        self.clear()
        for row in rows:
            phone = f"  ·  {display_phone(row.phone)}" if row.phone else ""
            self.addItem(f"{row.name}{phone}", row.id)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)
        if rows and self.lineEdit().hasFocus():
            self.showPopup()

    def _activated(self, index: int) -> None:
        self.picked.emit(self.itemData(index, Qt.ItemDataRole.UserRole))
