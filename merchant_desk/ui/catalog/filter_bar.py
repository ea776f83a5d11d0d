"""The Catalog tab's search box and filters; it only builds a ProductFilter, the model runs the query."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from merchant_desk.core.catalog import AVAILABILITY, CollectionInfo, ProductFilter
from merchant_desk.ui.catalog.texts import availability_label, number

SEARCH_DELAY_MS = 150  # typing pauses shorter than this do not start a query


class FilterBar(QWidget):
    """Search-as-you-type (debounced), collection, availability, shown/hidden, low stock and trash."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setMinimumWidth(140)
        self.collection = QComboBox()
        self.availability = QComboBox()
        self.visibility = QComboBox()
        self.low_stock = QPushButton(checkable=True)
        self.trash = QPushButton(checkable=True)
        for combo in (self.collection, self.availability, self.visibility):
            # As wide as the text when there is room, but shrinkable so the tab fits an 800 px wide screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(104)
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.low_stock.toggled.connect(lambda *_: self.changed.emit())
        self.trash.toggled.connect(lambda *_: self.changed.emit())
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.changed.emit)
        self.search.textChanged.connect(lambda *_: self._debounce.start())
        self.search.returnPressed.connect(self.flush)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search, 2)
        for widget in (self.collection, self.availability, self.visibility, self.low_stock, self.trash):
            layout.addWidget(widget)
        self._collections: list[CollectionInfo] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, SKU, brand or description  (Ctrl+F)"))
        self.low_stock.setText(self.tr("Low stock"))
        self.low_stock.setToolTip(self.tr("Only products whose tracked stock is at or below the threshold"))
        self.trash.setText(self.tr("Trash"))
        self.trash.setToolTip(self.tr("Deleted products, which can be restored"))
        self._fill(
            self.availability,
            [(self.tr("Any availability"), None)] + [(availability_label(v), v) for v in AVAILABILITY],
        )
        self._fill(
            self.visibility,
            [(self.tr("Shown and hidden"), None), (self.tr("Shown only"), False), (self.tr("Hidden only"), True)],
        )
        self.set_collections(self._collections)

    def set_collections(self, collections: list[CollectionInfo]) -> None:
        """Refills the collection filter, keeping the chosen collection when it still exists."""
        self._collections = list(collections)
        items: list[tuple[str, int | None]] = [(self.tr("All collections"), None)]
        items += [(f"{c.name} ({number(c.product_count)})", c.id) for c in collections]
        self._fill(self.collection, items)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)  # refilling is not a change of filter
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def product_filter(self, low_stock: int) -> ProductFilter:
        """The filter the widgets describe; ``low_stock`` is the shop's threshold."""
        return ProductFilter(
            search=self.search.text().strip(),
            collection_id=self.collection.currentData(),
            availability=self.availability.currentData(),
            low_stock=low_stock if self.low_stock.isChecked() else None,
            hidden=self.visibility.currentData(),
            trash=self.trash.isChecked(),
        )

    def flush(self) -> None:
        """Applies pending search text now (Enter in the box, or tests)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.changed.emit()

    def is_filtered(self) -> bool:
        flt = self.product_filter(0)
        return bool(
            flt.search or flt.collection_id or flt.availability or flt.hidden is not None or self.low_stock.isChecked()
        )
