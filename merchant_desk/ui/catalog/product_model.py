"""The catalog as one table model for the table and the photo grid: columns and display over paged rows.

Paging, background fetching and the id list live in PagedProducts (paged_model.py), inline edits in
InlineEdits (inline_edit.py). ``data()`` only looks up text prepared when a page arrived (~µs): no I/O,
no formatting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from merchant_desk.ui.catalog import roles
from merchant_desk.ui.catalog.cells import Cells
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
    HEADERS,
    SORT_KEYS,
)
from merchant_desk.ui.catalog.inline_edit import InlineEdits
from merchant_desk.ui.catalog.paged_model import ALL_IDS, PAGE, PagedProducts
from merchant_desk.ui.catalog.thumbnails import ThumbnailLoader
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.style import ERROR, MUTED

__all__ = [
    "ALL_IDS",
    "COL_AVAILABILITY",
    "COL_COLLECTIONS",
    "COL_HIDDEN",
    "COL_NAME",
    "COL_PHOTO",
    "COL_PRICE",
    "COL_SKU",
    "COL_STOCK",
    "COL_UPDATED",
    "HEADERS",
    "PAGE",
    "SORT_KEYS",
    "ProductModel",
    "roles",
]

TABLE_THUMB = 36  # px of the photo column's thumbnail
GRID_THUMB = 148  # px of the photo grid's thumbnail
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_EDIT_FLAGS = _BASE_FLAGS | Qt.ItemFlag.ItemIsEditable  # made once: the view asks for every painted cell
_EDITABLE_COLUMNS = (COL_PRICE, COL_STOCK)
_GREY_COLUMNS = (COL_SKU, COL_UPDATED, COL_HIDDEN)
_TEXT = roles.TEXT_ROLE
_Index = QModelIndex | QPersistentModelIndex
_ALIGNMENT = tuple(_RIGHT if c in (COL_PRICE, COL_STOCK) else _LEFT for c in range(len(HEADERS)))
_RED, _GREY = QColor(ERROR), QColor(MUTED)
_UNUSED_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.StatusTipRole,
        Qt.ItemDataRole.WhatsThisRole,
    )
)


class ProductModel(InlineEdits, PagedProducts):
    """Products of one filter and sort; ``reload()`` re-queries, keeping the view's rows when nothing moved.

    Arriving thumbnails are not announced with dataChanged: over 100k rows that makes QListView in icon mode
    ask for an index per row. Views repaint their viewport on ``thumbnails.ready`` instead.
    """

    failed = Signal(str)  # a merchant-facing message: an inline edit was refused or could not be saved
    edited = Signal(object)  # Changes of an inline edit, for the tab to publish

    def __init__(self, context: AppContext, thumbnails: ThumbnailLoader | None = None, parent: QObject | None = None):
        super().__init__(context, parent)
        self.thumbnails = thumbnails

    def columnCount(self, parent: Any = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return "" if section == COL_PHOTO else QCoreApplication.translate("ProductModel", HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if section in (COL_PRICE, COL_STOCK) else _LEFT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDIT_FLAGS if index.column() in _EDITABLE_COLUMNS and not self.filter.trash else _BASE_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called once or twice per painted cell: the commonest answers first.
        if role == _TEXT:
            return self._text(index.row(), index.column())
        if role in _UNUSED_ROLES:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGNMENT[col]
        row = index.row()
        if not index.isValid() or row >= self._total:
            return None
        if role == roles.ID_ROLE:
            return self.id_at(row)
        cells = self._cells(row)
        if cells is None:
            if role == roles.LOADING_ROLE:
                return True
            if role == Qt.ItemDataRole.DisplayRole and col in (COL_NAME, COL_PRICE):
                return "…"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.texts[col]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumb(cells, TABLE_THUMB) if col == COL_PHOTO else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _foreground(cells, col)
        if role == Qt.ItemDataRole.EditRole:
            return cells.edit_price if col == COL_PRICE else cells.edit_stock if col == COL_STOCK else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return cells.tooltips.get(col)
        return self._custom(cells, role)

    def _text(self, row: int, col: int) -> tuple[str, QColor | None, Qt.AlignmentFlag] | None:
        """What TEXT_ROLE answers: the display text, foreground and alignment roles' answers together."""
        if not 0 <= row < self._total or not 0 <= col < len(HEADERS):
            return None
        cells = self._cells(row)
        if cells is None:
            return ("…", None, _ALIGNMENT[col]) if col in (COL_NAME, COL_PRICE) else None
        return cells.texts[col], _foreground(cells, col), _ALIGNMENT[col]

    def _custom(self, cells: Cells, role: int) -> Any:
        if role == roles.CELLS_ROLE:
            return cells
        if role == roles.ROW_ROLE:
            return cells.row
        if role == roles.NAME_ROLE:
            return cells.row.name
        if role == roles.PRICE_TEXT_ROLE:
            return cells.price_text
        if role == roles.STRUCK_PRICE_ROLE:
            return cells.struck_price
        if role == roles.LOW_STOCK_ROLE:
            return cells.low
        if role == roles.PHOTO_ROLE:
            return cells.row.cover_sha256
        if role == roles.HIDDEN_ROLE:
            return cells.row.hidden
        if role == roles.GRID_THUMB_ROLE:
            return self._thumb(cells, GRID_THUMB)
        if role == roles.LOADING_ROLE:
            return False
        return None

    def _thumb(self, cells: Cells, size: int) -> Any:
        if self.thumbnails is None:
            return None
        return self.thumbnails.pixmap(cells.row.cover_sha256, size)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return  # photo and collections are not sortable in SQL
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self.is_loaded:
            return
        self.sort_key, self.descending = key, descending
        if self._generation:  # before the first load (a view enabling sorting) there is nothing to re-query
            self.reload()


def _foreground(cells: Cells, col: int) -> QColor | None:
    if col == COL_STOCK:
        return _RED if cells.low else _GREY if cells.row.stock is None else None
    return _GREY if col in _GREY_COLUMNS else None
