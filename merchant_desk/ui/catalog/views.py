"""The Catalog tab's two views of one model: the table and the photo grid, set up for 100,000 rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListView, QTableView

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
from merchant_desk.ui.catalog.delegates import GridDelegate, PhotoDelegate, PriceDelegate

ROW_HEIGHT = 46
COLUMN_WIDTHS = {
    COL_PHOTO: 52,
    COL_SKU: 120,
    COL_PRICE: 168,
    COL_STOCK: 92,
    COL_AVAILABILITY: 136,
    COL_COLLECTIONS: 140,
    COL_HIDDEN: 70,
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
    table.setItemDelegateForColumn(COL_PHOTO, PhotoDelegate(table))
    table.setItemDelegateForColumn(COL_PRICE, PriceDelegate(table))
    header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table


def make_grid() -> QListView:
    """Photo cards in icon mode; the model is set when the grid is first shown (its layout is not free)."""
    grid = QListView()
    grid.setViewMode(QListView.ViewMode.IconMode)
    grid.setUniformItemSizes(True)  # DESIGN.md §8.3: ~25x faster layout of 100k items
    grid.setMovement(QListView.Movement.Static)
    grid.setResizeMode(QListView.ResizeMode.Adjust)
    grid.setGridSize(GridDelegate.SIZE)
    grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    grid.verticalScrollBar().setSingleStep(24)
    # Always shown: a scroll bar that comes and goes changes the width, the grid size follows the width
    # (catalog_tab spreads the cards), and a batched layout restarted each time would never finish.
    grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    grid.setItemDelegate(GridDelegate(grid))
    # Laying out 100k items asks the model for an index per item (~0.5 s in all): in slices of a few
    # thousand, so the window keeps answering while the grid fills in.
    grid.setLayoutMode(QListView.LayoutMode.Batched)
    grid.setBatchSize(4_000)
    return grid
