"""The Catalog tab: search and filters, a table and a photo grid over one paged model, and the actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.catalog import CollectionInfo
from merchant_desk.ui.base_tab import BaseTab
from merchant_desk.ui.catalog import product_model as pm
from merchant_desk.ui.catalog.catalog_actions import CatalogActions
from merchant_desk.ui.catalog.delegates import GridDelegate, PhotoDelegate, PriceDelegate
from merchant_desk.ui.catalog.filter_bar import FilterBar
from merchant_desk.ui.catalog.texts import counted, number
from merchant_desk.ui.catalog.thumbnails import ThumbnailLoader
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.style import ACCENT, set_role

ACCENT_LIGHT = "#E7F5F2"

if TYPE_CHECKING:
    from merchant_desk.services.hub import Services

LOW_STOCK_KEY, LOW_STOCK_DEFAULT = "catalog.low_stock", 5
KEEP_SELECTION = 2_000  # selected ids put back after a reload; beyond that the selection is dropped
COLUMN_WIDTHS = {
    pm.COL_PHOTO: 52,
    pm.COL_SKU: 120,
    pm.COL_PRICE: 168,
    pm.COL_STOCK: 92,
    pm.COL_AVAILABILITY: 136,
    pm.COL_COLLECTIONS: 140,
    pm.COL_HIDDEN: 70,
    pm.COL_UPDATED: 138,
}
TABLE, GRID, EMPTY = range(3)


class CatalogTab(CatalogActions, BaseTab):
    TITLE = QT_TRANSLATE_NOOP("CatalogTab", "Catalog")
    AREAS = ("catalog",)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.low_stock = LOW_STOCK_DEFAULT
        self.collections: list[CollectionInfo] = []
        self._meta_due = False
        self.thumbnails = ThumbnailLoader(context, parent=self)
        self.model = pm.ProductModel(context, self.thumbnails, self)
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(lambda text: self.show_notice(text, error=True))
        self.model.edited.connect(lambda changes: self.context.publish(changes, self))
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self._kept: tuple[list[int], int | None, int | None] = ([], None, None)
        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filter)
        self._build_views()
        self._build_toolbar_buttons()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._notice_timer = QTimer(self, singleShot=True, interval=8_000)
        self._notice_timer.timeout.connect(self.notice.hide)
        self.count_label = QLabel()
        set_role(self.count_label, "muted")
        self._layout()
        self.build_actions()
        self.retranslate()
        if context.services is not None:
            self.refresh()

    # -- building -------------------------------------------------------------------------------------

    def _build_views(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # QTableView's setUniformRowHeights: fixed-height rows, so 100,000 rows cost no per-row measuring.
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(46)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(pm.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(pm.COL_PHOTO, QHeaderView.ResizeMode.Fixed)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        self.table.setItemDelegateForColumn(pm.COL_PHOTO, PhotoDelegate(self.table))
        self.table.setItemDelegateForColumn(pm.COL_PRICE, PriceDelegate(self.table))
        self.table.setSortingEnabled(True)  # the model sorts in SQL (DESIGN.md §8.2)
        header.setSortIndicator(pm.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.grid = QListView()
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setUniformItemSizes(True)  # DESIGN.md §8.3: ~25x faster layout of 100k items
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setGridSize(GridDelegate.SIZE)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.verticalScrollBar().setSingleStep(24)
        self.grid.setItemDelegate(GridDelegate(self.grid))
        # Laying out 100k items asks the model for an index per item (~0.5 s in all): in slices of a few
        # thousand, so the window keeps answering while the grid fills in.
        self.grid.setLayoutMode(QListView.LayoutMode.Batched)
        self.grid.setBatchSize(4_000)
        self._grid_ready = False  # the grid gets the model when first shown: its layout is not free
        for view in (self.table, self.grid):
            view.activated.connect(self._activated)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self.show_context_menu(v, pos))
        for view in (self.table, self.grid):
            view.viewport().installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentChanged.connect(self._selection_changed)
        self.thumbnails.ready.connect(self.table.viewport().update)

    def _activated(self, index: QModelIndex) -> None:
        """Enter or a double click (outside the inline-editable cells) opens the product editor."""
        product_id = self.model.id_at(index.row())
        if product_id is not None and not self.filters.trash.isChecked():
            self.edit_product(product_id)

    def _build_toolbar_buttons(self) -> None:
        self.new_button = QPushButton()
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(lambda: self.edit_product(None))
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_catalog)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_catalog)
        self.bulk_button = QPushButton()  # its menu is set with the actions
        self.table_button = QPushButton(checkable=True, checked=True)
        self.grid_button = QPushButton(checkable=True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.table_button)
        group.addButton(self.grid_button)
        self.table_button.clicked.connect(lambda: self.show_view(TABLE))
        self.grid_button.clicked.connect(lambda: self.show_view(GRID))
        self.empty_title, self.empty_hint = QLabel(), QLabel()
        set_role(self.empty_title, "heading")
        set_role(self.empty_hint, "muted")
        self.empty_new, self.empty_import = QPushButton(), QPushButton()
        self.empty_new.setProperty("primary", True)
        self.empty_new.clicked.connect(lambda: self.edit_product(None))
        self.empty_import.clicked.connect(self.import_catalog)

    def _layout(self) -> None:
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.empty_new)
        buttons.addWidget(self.empty_import)
        buttons.addStretch()
        for label in (self.empty_title, self.empty_hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty_layout.addWidget(label)
        empty_layout.addSpacing(12)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch()
        self.stack = QStackedWidget()
        for widget in (self.table, self.grid, self.empty):
            self.stack.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch()
        actions.addWidget(self.table_button)
        actions.addWidget(self.grid_button)
        actions.addSpacing(12)
        for widget in (self.bulk_button, self.import_button, self.export_button, self.new_button):
            actions.addWidget(widget)
        # Checkable buttons (filters, view switch) show their state in the accent colour.
        self.setStyleSheet(
            f"QPushButton:checked {{ background: {ACCENT_LIGHT}; border-color: {ACCENT}; color: {ACCENT}; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.model.begin_paint()  # the model fetches only pages still on screen
        elif event.type() == QEvent.Type.Resize and watched is self.grid.viewport():
            # Spread the cards over the whole width instead of leaving a strip empty on the right.
            width = max(1, self.grid.viewport().width() - 12)  # slack: the icon-mode layout wraps a bit early
            columns = max(1, width // GridDelegate.SIZE.width())
            cell = QSize(width // columns, GridDelegate.SIZE.height())
            if cell != self.grid.gridSize():
                self.grid.setGridSize(cell)
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New product"))
        self.new_button.setToolTip(self.tr("Add a product (Ctrl+N)"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self.bulk_button.setText(self.tr("Bulk actions"))
        self.table_button.setText(self.tr("Table"))
        self.grid_button.setText(self.tr("Photos"))
        self.empty_new.setText(self.tr("New product"))
        self.empty_import.setText(self.tr("Import catalog…"))
        self.filters.retranslate()
        self.retranslate_actions()
        self._update_count()

    # -- loading --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reloads the list (keeping selection and scroll) and, separately, the threshold and collections."""
        services = self.context.services
        if services is None:
            return
        self._meta_due = True  # loaded after the list: counting collections must not delay the first screen
        self.model.reload()

    def _load_meta(self) -> None:
        services = self.context.services
        if services is None:
            return

        def load(svc: Services = services) -> tuple[int, list[CollectionInfo]]:
            threshold = svc.shop.setting(LOW_STOCK_KEY, LOW_STOCK_DEFAULT)
            return int(threshold if isinstance(threshold, int) else LOW_STOCK_DEFAULT), svc.catalog.collections()

        self.context.run(load, self._meta_arrived)

    def _meta_arrived(self, meta: tuple[int, list[CollectionInfo]]) -> None:
        threshold, self.collections = meta
        self.filters.set_collections(self.collections)
        self.rebuild_collection_menus()
        if threshold != self.low_stock:
            self.low_stock = threshold
            self.apply_filter()

    def apply_filter(self) -> None:
        """Runs the filter the bar describes (search results of older keystrokes are discarded by the model)."""
        self.model.set_query(self.filters.product_filter(self.low_stock), self.low_stock)
        self.update_actions()

    def _on_loaded(self) -> None:
        if self._meta_due and self.model.complete:
            self._meta_due = False
            self._load_meta()
        self._update_count()
        if self._catalog_empty():
            self.stack.setCurrentIndex(EMPTY)
        elif self.stack.currentIndex() == EMPTY:
            self.show_view(GRID if self.grid_button.isChecked() else TABLE)
        self.update_actions()

    def _catalog_empty(self) -> bool:
        """No product at all (not merely none matching a filter, and not the trash view)."""
        return (
            self.model.is_loaded
            and self.model.rowCount() == 0
            and not self.filters.is_filtered()
            and not self.filters.trash.isChecked()
        )

    def _update_count(self) -> None:
        if not self.model.is_loaded:
            self.count_label.setText(self.tr("Loading products…"))
            return
        n = self.model.rowCount()
        if self.filters.trash.isChecked():
            text = counted(self.tr("%n product(s) in the trash", "", n), n)
        elif n == 0 and self.filters.is_filtered():
            text = self.tr("No products match")
        elif not self.model.complete:
            text = self.tr("%1+ products").replace("%1", number(n))  # a search's count comes once typing pauses
        else:
            text = counted(self.tr("%n product(s)", "", n), n)
        selected = len(self.selected_ids())
        if selected:
            text += " · " + counted(self.tr("%n selected", "", selected), selected)
        self.count_label.setText(text)
        self.empty_title.setText(self.tr("No products yet — add one or import your catalog"))
        self.empty_hint.setText(
            self.tr("Import the CSV you already use for Meta, Shopify or WooCommerce, or add products one by one.")
        )

    def show_view(self, which: int) -> None:
        """Switches between the table and the photo grid; both show the same model and selection."""
        if which == GRID and not self._grid_ready:
            self.grid.setModel(self.model)
            self.grid.setModelColumn(pm.COL_NAME)
            self.grid.setSelectionModel(self.table.selectionModel())
            self.thumbnails.ready.connect(self.grid.viewport().update)
            self._grid_ready = True
        (self.grid_button if which == GRID else self.table_button).setChecked(True)
        if self._catalog_empty():
            return  # the empty state stays until there is something to show
        self.stack.setCurrentIndex(which)
        view = self.grid if which == GRID else self.table
        if which == GRID:
            self.grid.scheduleDelayedItemsLayout()  # it may have been laid out while hidden at another width
        current = self.table.selectionModel().currentIndex()
        if current.isValid():
            view.scrollTo(current)

    def current_view(self) -> QAbstractItemView:
        return self.grid if self.stack.currentWidget() is self.grid else self.table

    # -- selection ------------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, read from selection ranges (a select-all of 100k is one range)."""
        rows: set[int] = set()
        for part in self.table.selectionModel().selection():
            rows.update(range(part.top(), part.bottom() + 1))
        ids = self.model.ids
        return [ids[r] for r in sorted(rows) if r < len(ids)]

    def current_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        self._update_count()
        self.update_actions()

    def _remember_selection(self) -> None:
        selected = self.selected_ids()
        # A point inside the first visible item, not on its border.
        top = self.current_view().indexAt(self.current_view().viewport().rect().topLeft() + QPoint(4, 4))
        self._kept = (
            selected if len(selected) <= KEEP_SELECTION else [],
            self.current_id(),
            self.model.id_at(top.row()) if top.isValid() else None,
        )

    def _restore_selection(self) -> None:
        selected, current, top = self._kept
        self._kept = ([], None, None)
        if not self.model.rowCount():
            return
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for pid in selected:
            row = self.model.row_of(pid)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if not selection.isEmpty():
            self.table.selectionModel().select(selection, flags)
        current_row = self.model.row_of(current) if current is not None else None
        if current_row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(current_row, pm.COL_NAME), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        top_row = self.model.row_of(top) if top is not None else None
        if top_row is not None:
            self.current_view().scrollTo(
                self.model.index(top_row, pm.COL_NAME), QAbstractItemView.ScrollHint.PositionAtTop
            )
