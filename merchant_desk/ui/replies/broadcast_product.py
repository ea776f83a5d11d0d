"""The broadcast's optional product: it fills {produk}, {harga}, {stok} and {link_produk} for every recipient.

The catalog is searched off the GUI thread with the catalog service's own search, as the order dialog and the
'Interested in a product' dialog do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.ui.product_search import fill_results, product_line, search_products
from merchant_desk.ui.style import ACCENT_LIGHT, set_role

if TYPE_CHECKING:
    from merchant_desk.core.catalog import ProductRow
    from merchant_desk.ui.context import AppContext

SEARCH_DELAY_MS = 200  # a pause in typing before the catalog is searched
NAME_WIDTH = 130  # pixels of the chosen product's name beside the buttons; the tooltip has it whole
PRODUCT_PLACEHOLDERS = frozenset({"produk", "harga", "stok", "link_produk"})


class ProductSearchDialog(QDialog):
    """Search the catalog and choose one product; ``chosen`` holds it after Accept."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.chosen: ProductRow | None = None
        self.setWindowTitle(self.tr("Product for the broadcast"))
        self.resize(560, 420)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the catalog by name or SKU…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the price stays readable
        self.results.setStyleSheet(
            "QListWidget::item { padding: 5px 4px; border-bottom: 1px solid #EEF1F4; }"
            f" QListWidget::item:selected {{ background: {ACCENT_LIGHT}; color: #1F2C33; }}"
        )
        self.results.itemActivated.connect(lambda _item: self.choose())
        self.results.currentItemChanged.connect(lambda *_: self._update_button())
        self._rows: dict[int, ProductRow] = {}
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use this product"))
        self.ok_button.setProperty("primary", True)
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.run_search()

    def run_search(self) -> None:
        search_products(self.context, self.search.text().strip(), self._show_results)

    def _show_results(self, text: str, rows: list[ProductRow]) -> None:
        if text != self.search.text().strip():
            return  # an older answer arriving after a newer keystroke
        self._rows = {row.id: row for row in rows}
        fill_results(self.results, rows, with_stock=False)
        self._update_button()

    def _update_button(self) -> None:
        self.ok_button.setEnabled(self.results.currentItem() is not None)

    def choose(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.chosen = self._rows.get(int(item.data(Qt.ItemDataRole.UserRole)))
            self.accept()


class ProductChooser(QWidget):
    """'No product' or the chosen one, with Choose… and Remove; ``changed`` fires when it changes."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.product: ProductRow | None = None
        self.shown = QLabel()
        self.shown.setMinimumWidth(120)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for button in (self.choose_button, self.remove_button):
            button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.open_search)
        self.remove_button.clicked.connect(lambda: self.set_product(None))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.shown, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        self.set_product(None)

    @property
    def product_id(self) -> int | None:
        return self.product.id if self.product is not None else None

    def set_product(self, product: ProductRow | None) -> None:
        self.product = product
        if product is None:
            self.shown.setText(self.tr("None (for {produk}, {harga}, {stok}, {link_produk})"))
            set_role(self.shown, "muted")
            self.shown.setToolTip("")
        else:
            name = self.shown.fontMetrics().elidedText(product.name, Qt.TextElideMode.ElideRight, NAME_WIDTH)
            self.shown.setText(product_line(product, with_stock=False).replace(product.name, name, 1))
            set_role(self.shown, "")
            self.shown.setToolTip(product.name)
        self.shown.style().unpolish(self.shown)
        self.shown.style().polish(self.shown)
        self.remove_button.setVisible(product is not None)
        self.changed.emit()

    def open_search(self) -> None:
        dialog = ProductSearchDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.set_product(dialog.chosen)
