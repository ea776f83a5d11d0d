"""The Catalog tab: search and filters, a table and a photo grid over one paged model, and the actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.catalog import CollectionInfo
from merchant_desk.ui.base_tab import BaseTab
from merchant_desk.ui.catalog import product_model as pm
from merchant_desk.ui.catalog import selection
from merchant_desk.ui.catalog.catalog_actions import CatalogActions
from merchant_desk.ui.catalog.filter_bar import FilterBar
from merchant_desk.ui.catalog.texts import counted, number
from merchant_desk.ui.catalog.thumbnails import ThumbnailLoader, repaint_column
from merchant_desk.ui.catalog.views import make_grid, make_table
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.style import ACCENT, set_role

ACCENT_LIGHT = "#E7F5F2"

if TYPE_CHECKING:
    from merchant_desk.services.hub import Services

LOW_STOCK_KEY, LOW_STOCK_DEFAULT = "catalog.low_stock", 5
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
        self._kept = selection.Kept()
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
        self.table = make_table(self.model)
        self.grid = make_grid()
        self._grid_ready = False  # the grid gets the model (and its thumbnails) when first shown
        for view in (self.table, self.grid):
            view.activated.connect(self._activated)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self.show_context_menu(v, pos))
        for view in (self.table, self.grid):
            view.viewport().installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentChanged.connect(self._selection_changed)
        self.thumbnails.ready.connect(lambda: repaint_column(self.table, pm.COL_PHOTO))

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
        current = self.table.selectionModel().currentIndex()
        if current.isValid():
            view.scrollTo(current)

    def current_view(self) -> QAbstractItemView:
        return self.grid if self.stack.currentWidget() is self.grid else self.table

    # -- selection ------------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return selection.selected_ids(self.model, self.table.selectionModel())

    def current_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        self._update_count()
        self.update_actions()

    def _remember_selection(self) -> None:
        self._kept = selection.remember(self.model, self.table.selectionModel(), self.current_view())

    def _restore_selection(self) -> None:
        kept, self._kept = self._kept, selection.Kept()
        selection.restore(self.model, self.table.selectionModel(), self.current_view(), kept)
