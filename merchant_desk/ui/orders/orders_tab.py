"""The Orders tab: every order, newest first, filtered by status and searched by number or customer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.orders import OPEN_STAGES, STAGES
from merchant_desk.ui.base_tab import BaseTab
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.orders.chip_delegate import ChipDelegate
from merchant_desk.ui.orders.order_dialog import OrderDialog
from merchant_desk.ui.orders.order_view import OrderViewDialog
from merchant_desk.ui.orders.orders_model import (
    COL_CUSTOMER,
    COL_DATE,
    COL_NUMBER,
    COL_STAGE,
    COL_TOTAL,
    ID_ROLE,
    STAGE_ROLE,
    OrdersModel,
)
from merchant_desk.ui.orders.texts import STAGE_COLOURS, stage_name
from merchant_desk.ui.style import set_role

SEARCH_DELAY_MS = 250
OPEN = "open"  # the filter's "all open orders" entry


class OrdersTab(BaseTab):
    AREAS = ("orders",)
    TITLE = QT_TRANSLATE_NOOP("OrdersTab", "Orders")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = OrdersModel(context, self)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All orders"), None)
        self.stage.addItem(self.tr("Open orders"), OPEN)
        for stage in STAGES:
            self.stage.addItem(stage_name(stage), stage)
        self.stage.currentIndexChanged.connect(self._query_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by order number or customer…"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._query_changed)
        self.search.textChanged.connect(self._timer.start)
        self.new_button = QPushButton(self.tr("New order"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_order)
        self.count = QLabel()
        set_role(self.count, "muted")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_STAGE, ChipDelegate(STAGE_COLOURS, STAGE_ROLE, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The customer's name takes what is left; number, status, total and date are as wide as their contents.
        header.setSectionResizeMode(COL_CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        self.table.doubleClicked.connect(self._open_index)
        self.model.modelReset.connect(self._show_count)
        self.model.modelReset.connect(self._size_columns)
        self.model.rowsInserted.connect(self._show_count)
        bar = QHBoxLayout()
        bar.addWidget(self.stage)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        if context.services is not None:
            self.refresh()

    def refresh(self) -> None:
        self.model.reload()

    def _query_changed(self) -> None:
        chosen = self.stage.currentData()
        stages = tuple(sorted(OPEN_STAGES)) if chosen == OPEN else ((chosen,) if chosen else ())
        self.model.set_query(stages, self.search.text().strip())

    def _size_columns(self) -> None:
        """Fits the fixed-content columns to the loaded page (at most a page of rows: cheap)."""
        for col in (COL_NUMBER, COL_STAGE, COL_TOTAL, COL_DATE):
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, self.table.columnWidth(col) + (0 if col == COL_STAGE else 12))

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n order(s)", "", self.model.total))

    def _open_index(self, index: QModelIndex) -> None:
        order_id = index.data(ID_ROLE)
        if order_id is not None:
            self.open_order(int(order_id))

    def open_order(self, order_id: int) -> OrderViewDialog:
        dialog = OrderViewDialog(self.context, order_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.refresh)
        dialog.open()
        return dialog

    def new_order(self) -> OrderDialog:
        """An order without a customer yet (a walk-in or a phone call); the Inbox starts one for a chat."""
        dialog = OrderDialog(self.context, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog
