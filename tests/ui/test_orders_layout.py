"""The Orders tab's header and columns, and long product names in the new-order dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.core.orders import LineDraft
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.orders.order_dialog import COL_NAME, OrderDialog
from merchant_desk.ui.orders.orders_model import COL_CUSTOMER, COL_DATE, COL_NUMBER, COL_STAGE, COL_TOTAL
from merchant_desk.ui.orders.orders_tab import OrdersTab

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
LONG = "Baju Anak Setelan Usia 3-4 Tahun Motif Dinosaurus Lengan Pendek - Biru Muda"


def test_headers_sit_over_their_data_and_the_customer_column_stretches(
    qtbot: QtBot, ui_context: AppContext, svc: Services
) -> None:
    budi, _ = svc.customers.find_or_create(svc.actor, "0812-1111-2222", "Budi")
    svc.orders.create(svc.actor, [LineDraft(None, "Kaos", 61_000)], customer_id=budi.id)
    tab = OrdersTab(ui_context)
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    qtbot.waitExposed(tab)
    model, header = tab.model, tab.table.horizontalHeader()
    assert model.headerData(COL_STAGE, Qt.Orientation.Horizontal) == "Status"
    for col in (COL_NUMBER, COL_CUSTOMER, COL_STAGE, COL_DATE):
        assert model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == LEFT
        assert model.index(0, col).data(Qt.ItemDataRole.TextAlignmentRole) == LEFT
    assert model.headerData(COL_TOTAL, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(0, COL_TOTAL).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert header.sectionResizeMode(COL_CUSTOMER) == QHeaderView.ResizeMode.Stretch
    date = tab.table.columnWidth(COL_DATE)
    text = tab.table.fontMetrics().horizontalAdvance(model.index(0, COL_DATE).data())
    assert text <= date < text + 80  # as wide as the date, not half the table
    assert tab.table.columnWidth(COL_CUSTOMER) > max(date, tab.table.columnWidth(COL_NUMBER))


def test_a_long_product_name_is_elided_with_its_tooltip(qtbot: QtBot, ui_context: AppContext, svc: Services) -> None:
    svc.catalog.create(svc.actor, ProductDraft(name=LONG, price=61_000, stock=5))
    dialog = OrderDialog(ui_context)
    qtbot.addWidget(dialog)
    dialog._add_first()
    item = dialog.table.item(0, COL_NAME)
    assert item is not None and item.text() == LONG and item.toolTip() == LONG
    assert dialog.table.cellWidget(0, COL_NAME) is None  # drawn by the view, which elides with "…"
    assert dialog.table.textElideMode() == Qt.TextElideMode.ElideRight
    assert dialog.results.item(0).toolTip() == LONG
    assert dialog.results.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
