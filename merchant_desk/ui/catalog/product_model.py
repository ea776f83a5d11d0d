"""The catalog as one table model: every id of the current filter, rows fetched a page at a time.

It never loads all products (DESIGN.md §2, §8.2): it holds the ordered ids of the filter (100,000 ints are
cheap) and asks ``catalog.rows`` in the background for the pages the views paint, keeping an LRU of pages.
Sorting and filtering happen in SQL; ``data()`` only looks up text prepared when a page arrives.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtCore import QPersistentModelIndex as _PIndex
from PySide6.QtGui import QColor

from merchant_desk.core.catalog import ProductFilter, ProductRow
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.core.money import format_rupiah
from merchant_desk.core.prices import parse_price
from merchant_desk.ui.catalog import roles
from merchant_desk.ui.catalog.cells import Cells, make_cells, parse_stock
from merchant_desk.ui.catalog.thumbnails import ThumbnailLoader
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.style import ERROR, MUTED

log = logging.getLogger(__name__)

PAGE = 200  # rows per fetch: a few screens of the table, one query of ~30 ms at 100k products
MAX_PAGES = 50  # LRU of pages: at most 10,000 rows in memory whatever the catalog's size
MAX_IN_FLIGHT = 2  # page fetches at once
MAX_WANTED = 8  # pages remembered while busy: the latest paint needs at most three
ALL_IDS = 1 << 40  # catalog_query.ALL_IDS (not imported: services pull in SQLAlchemy at start-up)
TABLE_THUMB = 36  # px of the photo column's thumbnail
GRID_THUMB = 148  # px of the photo grid's thumbnail

(
    COL_PHOTO,
    COL_NAME,
    COL_SKU,
    COL_PRICE,
    COL_STOCK,
    COL_AVAILABILITY,
    COL_COLLECTIONS,
    COL_HIDDEN,
    COL_UPDATED,
) = range(9)
HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ProductModel", "Photo"),
    QT_TRANSLATE_NOOP("ProductModel", "Name"),
    QT_TRANSLATE_NOOP("ProductModel", "SKU"),
    QT_TRANSLATE_NOOP("ProductModel", "Price"),
    QT_TRANSLATE_NOOP("ProductModel", "Stock"),
    QT_TRANSLATE_NOOP("ProductModel", "Availability"),
    QT_TRANSLATE_NOOP("ProductModel", "Collections"),
    QT_TRANSLATE_NOOP("ProductModel", "Hidden"),
    QT_TRANSLATE_NOOP("ProductModel", "Updated"),
)
#: Columns the list can be sorted by, and the catalog_query.SORTABLE name of each.
SORT_KEYS: dict[int, str] = {
    COL_NAME: "name",
    COL_SKU: "sku",
    COL_PRICE: "price",
    COL_STOCK: "stock",
    COL_AVAILABILITY: "availability",
    COL_HIDDEN: "hidden",
    COL_UPDATED: "updated_at",
}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class ProductModel(QAbstractTableModel):
    """Products of one filter and sort; ``reload()`` re-queries, keeping the view's rows when nothing moved."""

    loaded = Signal()  # a new id list arrived (rowCount may have changed)
    failed = Signal(str)  # a merchant-facing message: an inline edit was refused or could not be saved
    edited = Signal(object)  # Changes of an inline edit, for the tab to publish

    def __init__(self, context: AppContext, thumbnails: ThumbnailLoader | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.thumbnails = thumbnails
        self.filter = ProductFilter()
        self.sort_key, self.descending = "name", False
        self.low_stock = 5
        self.is_loaded = False
        self.fetched_rows = 0  # rows fetched since creation (tests and benchmarks check paging)
        self._ids: list[int] = []
        self._rows_of: dict[int, int] | None = None  # id -> row, built only when asked
        self._pages: OrderedDict[int, list[Cells | None]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._in_flight: dict[int, int] = {}  # page -> generation
        self._generation = 0
        self._flush_timer = QTimer(self, singleShot=True, interval=0)
        self._flush_timer.timeout.connect(self._flush)
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnails_ready)

    # -- loading --------------------------------------------------------------------------------------

    def set_query(self, flt: ProductFilter, low_stock: int | None = None) -> None:
        """Shows another filter (the sort stays); the ids load in the background."""
        self.filter = flt
        if low_stock is not None:
            self.low_stock = low_stock
        self.reload()

    def reload(self) -> None:
        """Re-queries the ids of the current filter and sort; results of older queries are discarded."""
        services = self.context.services
        if services is None:
            return
        self._generation += 1
        generation, flt, limits = self._generation, self.filter, self._limits()
        key, desc = self.sort_key, self.descending

        def load() -> tuple[list[int], list[ProductRow]]:
            ids = services.catalog.page_ids(flt, key, desc, 0, ALL_IDS)
            return ids, services.catalog.rows(ids[:PAGE])  # the first screen comes with the ids: one round trip

        self.context.run(load, lambda result: self._ids_arrived(generation, limits, *result))

    def _limits(self) -> tuple[int, str]:
        return self.low_stock, self.context.timezone

    def _ids_arrived(self, generation: int, limits: tuple[int, str], ids: list[int], first: list[ProductRow]) -> None:
        if generation != self._generation:
            return  # a newer search or filter was asked for meanwhile
        first_page = self._cells_for(ids[:PAGE], first, limits)
        self._in_flight.clear()
        self._wanted.clear()
        if ids == self._ids and self.is_loaded:
            # Same rows in the same order (an edit elsewhere): refresh values, keep selection and scroll.
            self._pages.clear()
            self._pages[0] = first_page
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(HEADERS) - 1))
        else:
            self.beginResetModel()
            self._ids, self._rows_of = ids, None
            self._pages.clear()
            if ids:
                self._pages[0] = first_page
            self.is_loaded = True
            self.endResetModel()
        self.fetched_rows += len(first)
        self.loaded.emit()

    def _cells_for(self, ids: list[int], rows: list[ProductRow], limits: tuple[int, str]) -> list[Cells | None]:
        by_id = {r.id: r for r in rows}
        return [make_cells(by_id[i], *limits) if i in by_id else None for i in ids]

    def _want(self, page: int) -> None:
        if page in self._in_flight:
            return
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > MAX_WANTED:
            self._wanted.popitem(last=False)
        if not self._flush_timer.isActive():
            self._flush_timer.start()  # never fetch inside data(): the view is painting

    def _flush(self) -> None:
        services = self.context.services
        while services is not None and self._wanted and len(self._in_flight) < MAX_IN_FLIGHT:
            page = self._wanted.popitem(last=True)[0]
            if page in self._pages:
                continue
            ids = self._ids[page * PAGE : (page + 1) * PAGE]
            generation, limits = self._generation, self._limits()
            self._in_flight[page] = generation

            def fetch(ids: list[int] = ids, limits: tuple[int, str] = limits) -> list[Cells | None]:
                # Text is prepared in the worker (QCoreApplication.translate is thread-safe): data() stays a lookup.
                return self._cells_for(ids, services.catalog.rows(ids), limits)

            self.context.run(
                fetch,
                lambda cells, page=page, generation=generation: self._page_arrived(page, generation, cells),
                lambda error, page=page, generation=generation: self._page_failed(page, generation, error),
            )

    def _page_arrived(self, page: int, generation: int, cells: list[Cells | None]) -> None:
        if self._in_flight.get(page) == generation:
            del self._in_flight[page]
        if generation == self._generation:
            self._pages[page] = cells
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
            self.fetched_rows += len(cells)
            first, last = page * PAGE, min(len(self._ids), (page + 1) * PAGE) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1))
        if self._wanted:
            self._flush()

    def _page_failed(self, page: int, generation: int, error: BaseException) -> None:
        if self._in_flight.get(page) == generation:
            del self._in_flight[page]
        log.warning("Catalog page %d could not be loaded: %s", page, error)

    def _thumbnails_ready(self) -> None:
        if self._ids:
            self.dataChanged.emit(
                self.index(0, COL_PHOTO),
                self.index(len(self._ids) - 1, COL_NAME),
                [Qt.ItemDataRole.DecorationRole, roles.GRID_THUMB_ROLE],
            )

    # -- lookups --------------------------------------------------------------------------------------

    @property
    def ids(self) -> list[int]:
        """The ordered ids of the current filter (do not modify)."""
        return self._ids

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, product_id: int) -> int | None:
        if self._rows_of is None:
            self._rows_of = {pid: row for row, pid in enumerate(self._ids)}
        return self._rows_of.get(product_id)

    def product(self, row: int) -> ProductRow | None:
        cells = self._cells(row)
        return None if cells is None else cells.row

    def _cells(self, row: int) -> Cells | None:
        page = row // PAGE
        cells = self._pages.get(page)
        if cells is None:
            self._want(page)
            return None
        return cells[row - page * PAGE]

    # -- Qt model interface ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | _PIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | _PIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return "" if section == COL_PHOTO else QCoreApplication.translate("ProductModel", HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if section in (COL_PRICE, COL_STOCK) else _LEFT
        return None

    def flags(self, index: QModelIndex | _PIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() in (COL_PRICE, COL_STOCK) and not self.filter.trash:
            return _BASE_FLAGS | Qt.ItemFlag.ItemIsEditable
        return _BASE_FLAGS

    def data(self, index: QModelIndex | _PIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, col = index.row(), index.column()
        if not index.isValid() or row >= len(self._ids):
            return None
        if role == roles.ID_ROLE:
            return self._ids[row]
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
            if col == COL_STOCK and cells.low:
                return QColor(ERROR)
            if (col == COL_STOCK and cells.row.stock is None) or col in (COL_SKU, COL_UPDATED, COL_HIDDEN):
                return QColor(MUTED)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col in (COL_PRICE, COL_STOCK) else _LEFT
        if role == Qt.ItemDataRole.EditRole:
            return cells.edit_price if col == COL_PRICE else cells.edit_stock if col == COL_STOCK else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return cells.tooltips.get(col)
        return self._custom(cells, role)

    def _custom(self, cells: Cells, role: int) -> Any:
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

    # -- inline edits ---------------------------------------------------------------------------------

    def setData(self, index: QModelIndex | _PIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        cells = self._cells(index.row())
        services = self.context.services
        if cells is None or services is None:
            return False
        row, text = cells.row, "" if value is None else str(value)
        try:
            new = self._price_edit(row, text) if index.column() == COL_PRICE else replace(row, stock=parse_stock(text))
        except UserError as exc:
            self.failed.emit(error_text(exc))
            return False
        if new == row:
            return False
        actor = services.actor
        if index.column() == COL_PRICE:
            write: Any = lambda: services.catalog.set_price(actor, row.id, new.price, new.sale_price)  # noqa: E731
        else:
            write = lambda: services.catalog.set_stock(actor, [row.id], new.stock)  # noqa: E731
        # Shown at once; put back if the write fails, so the merchant sees what is really stored.
        self._replace_row(new)
        self.context.run(
            write,
            lambda changes: self.edited.emit(changes if isinstance(changes, Changes) else Changes(catalog=True)),
            lambda error: self._edit_failed(row, error),
            write=True,
        )
        return True

    def _price_edit(self, row: ProductRow, text: str) -> ProductRow:
        price = parse_price(text)
        if row.sale_price is not None and row.sale_price >= price:
            raise UserError(
                QCoreApplication.translate(
                    "ProductModel", "The sale price (%1) must stay below the price: change both in the product editor."
                ).replace("%1", format_rupiah(row.sale_price))
            )
        return replace(row, price=price)

    def _edit_failed(self, old: ProductRow, error: BaseException) -> None:
        self._replace_row(old)
        if not isinstance(error, UserError):
            raise error  # a bug: the excepthook logs it and shows the crash dialog
        self.failed.emit(error_text(error))

    def _replace_row(self, new: ProductRow) -> None:
        """Updates a cached row in place (after an inline edit) and repaints it."""
        for page, cells in self._pages.items():
            for offset, cell in enumerate(cells):
                if cell is not None and cell.row.id == new.id:
                    cells[offset] = make_cells(new, *self._limits())
                    row = page * PAGE + offset
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
                    return
