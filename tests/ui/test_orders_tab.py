"""The Orders tab: the model under Qt's tester, paging, stage filter and search, opening an order."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from merchant_desk.core.orders import LineDraft
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.orders import orders_model
from merchant_desk.ui.orders.order_view import OrderViewDialog
from merchant_desk.ui.orders.orders_model import COL_STAGE, COL_TOTAL, OrdersModel
from merchant_desk.ui.orders.orders_tab import OrdersTab


def seed(shop: Services, count: int) -> list[int]:
    """``count`` orders: every third is paid; customers Ani and Budi alternate."""
    ids = []
    people = [
        shop.customers.find_or_create(shop.actor, f"0812-0000-000{i}", name)[0].id
        for i, name in enumerate(("Ani", "Budi"))
    ]
    for n in range(count):
        view, _ = shop.orders.create(
            shop.actor, [LineDraft(None, "Barang", 10_000 * (n + 1))], customer_id=people[n % 2]
        )
        if n % 3 == 0:
            shop.orders.move(shop.actor, view.id, "paid")
        ids.append(view.id)
    return ids


def test_model_pages_and_passes_the_tester(ui_context: AppContext, monkeypatch: object) -> None:
    assert ui_context.services is not None
    seed(ui_context.services, 7)
    import pytest

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(orders_model, "PAGE", 3)
        model = OrdersModel(ui_context)
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        model.reload()
        assert model.rowCount() == 3 and model.total == 7 and model.canFetchMore(QModelIndex())
        model.fetchMore(QModelIndex())
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 7 and not model.canFetchMore(QModelIndex())
    newest = model.index(0, COL_TOTAL)
    assert newest.data() == "Rp70.000"
    assert model.index(0, COL_STAGE).data() == "Sudah dibayar"  # the 7th order (n=6) was paid


def test_filter_search_and_open(qtbot: QtBot, ui_context: AppContext) -> None:
    assert ui_context.services is not None
    seed(ui_context.services, 6)
    tab = OrdersTab(ui_context)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 6
    tab.stage.setCurrentIndex(tab.stage.findData("paid"))
    assert tab.model.rowCount() == 2
    tab.stage.setCurrentIndex(0)
    tab.search.setText("ani")
    tab._query_changed()
    assert tab.model.rowCount() == 3 and {o.customer_name for o in tab.model.rows} == {"Ani"}
    tab.search.setText("/0002")
    tab._query_changed()
    assert [o.number[-4:] for o in tab.model.rows] == ["0002"]
    assert tab.count.text() == "1 order(s)" or "1" in tab.count.text()
    dialog = tab.open_order(tab.model.rows[0].id)
    assert isinstance(dialog, OrderViewDialog) and dialog.order is not None
    dialog.done(0)


def test_order_search_in_the_service_matches_literally(ui_context: AppContext) -> None:
    shop = ui_context.services
    assert shop is not None
    seed(shop, 4)
    assert shop.orders.count(search="BUD") == 2 and shop.orders.count(["paid"], "budi") == 1
    assert shop.orders.count(search="%") == 0 and shop.orders.count(search="_") == 0  # wildcards are text
    assert [o.customer_name for o in shop.orders.recent(search="ani", limit=1)] == ["Ani"]
