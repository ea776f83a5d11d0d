"""The Catalog tab's two views of one model: the table and the photo grid, set up for 100,000 rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from merchant_desk.ui.catalog.card_grid import CardGrid
from merchant_desk.ui.catalog.columns import (
    COL_AVAILABILITY,
    COL_COLLECTIONS,
    COL_HIDDEN,
    COL_NAME,
    COL_PHOTO,
    COL_PRICE,
    COL_SKU,
    COL_STOCK,
    COL_UPDATED,
)
from merchant_desk.ui.catalog.delegates import PhotoDelegate, PriceDelegate, TextDelegate

ROW_HEIGHT = 46
COLUMN_WIDTHS = {
    COL_PHOTO: 52,
    COL_SKU: 120,
    COL_PRICE: 168,
    COL_STOCK: 112,  # "tidak dilacak" whole
    COL_AVAILABILITY: 136,
    COL_COLLECTIONS: 140,
    COL_HIDDEN: 112,  # its header, "Tersembunyi", whole
    COL_UPDATED: 138,
}


def make_table(model: QAbstractItemModel) -> QTableView:
    """Sortable headers (the model sorts in SQL, DESIGN.md §8.2), row selection, inline price and stock."""
    table = QTableView()
    table.setModel(model)  # first: the header sizes below need the model's columns
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    # Double click or F2 edits price and stock in place; elsewhere a double click opens the editor.
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    # QTableView's setUniformRowHeights: fixed-height rows, so 100,000 rows cost no per-row measuring.
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(COL_PHOTO, QHeaderView.ResizeMode.Fixed)
    for column, width in COLUMN_WIDTHS.items():
        header.resizeSection(column, width)
    table.setItemDelegate(TextDelegate(table))  # ~10x cheaper per cell than the style's (delegates.py)
    table.setItemDelegateForColumn(COL_PHOTO, PhotoDelegate(table))
    table.setItemDelegateForColumn(COL_PRICE, PriceDelegate(table))
    header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table


def make_grid() -> CardGrid:
    """Photo cards placed by arithmetic (card_grid.py); the model is set when the grid is first shown."""
    return CardGrid()
