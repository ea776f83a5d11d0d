"""The catalog table model: Qt's model tester, SQL sorting and filtering, paging, inline edits, async loading."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from merchant_desk.core.catalog import ProductDraft, ProductFilter
from merchant_desk.db.models import Product
from merchant_desk.ui.catalog import roles
from merchant_desk.ui.catalog.product_model import (
    COL_NAME,
    COL_PRICE,
    COL_STOCK,
    PAGE,
    ProductModel,
)
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.tasks import TaskRunner


def settle(rounds: int = 5) -> None:
    """Lets queued page fetches (timers) run; the test runner executes each task in place."""
    for _ in range(rounds):
        QCoreApplication.processEvents()


def add(context: AppContext, name: str, price: int = 15_000, **fields: object) -> int:
    assert context.services is not None
    created = context.services.catalog.create(context.services.actor, ProductDraft(name=name, price=price, **fields))
    return created.id


def bulk_insert(context: AppContext, n: int) -> None:
    assert context.services is not None
    with context.services.db.write() as session:
        session.execute(
            insert(Product),
            [{"name": f"Kaos Polos {i:05d}", "price": 10_000 + i, "sku": f"KP-{i}", "stock": i % 50} for i in range(n)],
        )


@pytest.fixture
def qt_failures() -> Iterator[list[str]]:
    """Qt messages saying FAIL! (the model tester's, in Warning mode); pytest-qt's qtlog does not see them."""
    seen: list[str] = []
    previous = qInstallMessageHandler(lambda _mode, _ctx, message: seen.append(message))
    yield seen
    qInstallMessageHandler(previous)


def assert_tester_clean(messages: list[str]) -> None:
    assert [m for m in messages if "FAIL" in m] == []


def names(model: ProductModel) -> list[str]:
    settle()
    return [model.data(model.index(r, COL_NAME)) for r in range(model.rowCount())]


def test_model_tester_on_an_empty_catalog(qtbot: QtBot, ui_context: AppContext, qt_failures: list[str]) -> None:
    model = ProductModel(ui_context)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.reload()
    assert model.is_loaded and model.rowCount() == 0
    model.sort(COL_PRICE, Qt.SortOrder.DescendingOrder)
    model.set_query(ProductFilter(search="nothing"))
    settle()
    assert model.rowCount() == 0
    assert_tester_clean(qt_failures)


def test_model_tester_with_products_sorting_and_filtering(
    qtbot: QtBot, ui_context: AppContext, qt_failures: list[str]
) -> None:
    bulk_insert(ui_context, 300)
    add(ui_context, "Kopi Gayo", 45_000, stock=2)
    model = ProductModel(ui_context)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.reload()
    assert model.rowCount() == 301
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        settle()
    model.sort(COL_PRICE, Qt.SortOrder.DescendingOrder)
    settle()
    assert model.data(model.index(0, COL_NAME)) == "Kopi Gayo"  # Rp45.000 beats Rp10.299
    assert model.data(model.index(0, COL_PRICE)) == "Rp45.000"
    model.set_query(ProductFilter(low_stock=2))
    assert model.rowCount() == 6 * 3 + 1  # stock 0, 1 or 2 in each run of 50, and the coffee
    model.set_query(ProductFilter(search="kopi"))
    assert names(model) == ["Kopi Gayo"]
    model.set_query(ProductFilter(search="kaos"))  # more than a page: first page, then the rest is inserted
    assert model.rowCount() == 300 and model.complete
    names(model)  # asks for the pages past the first
    shown = names(model)
    assert (shown[0], shown[-1]) == ("Kaos Polos 00299", "Kaos Polos 00000")  # still by price, highest first
    model.set_query(ProductFilter(search="kaos polos 0001"))
    assert model.rowCount() == 10
    assert_tester_clean(qt_failures)


def test_rows_come_a_page_at_a_time_never_all(qtbot: QtBot, ui_context: AppContext) -> None:
    bulk_insert(ui_context, 5_000)
    model = ProductModel(ui_context)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.setModel(model)
    model.reload()
    view.show()
    qtbot.waitExposed(view)
    settle()
    assert model.rowCount() == 5_000
    assert model.data(model.index(0, COL_NAME)) == "Kaos Polos 00000"
    assert model.fetched_rows <= 2 * PAGE  # the first screen, not the catalog
    view.scrollToBottom()
    settle()
    assert model.data(model.index(4_999, COL_NAME)) == "Kaos Polos 04999"
    assert model.fetched_rows <= 3 * PAGE
    assert model.cached_rows() < 1_000
    # A row far from anything shown reads as a placeholder until its page arrives, then as itself.
    assert model.data(model.index(2_500, COL_NAME)) == "…"
    assert model.data(model.index(2_500, COL_NAME), roles.LOADING_ROLE) is True
    settle()
    assert model.data(model.index(2_500, COL_NAME)) == "Kaos Polos 02500"


def test_search_is_prefix_and_accent_insensitive(qtbot: QtBot, ui_context: AppContext) -> None:
    for name in ("Kopi Susu Gula Aren", "Café Latte Botol", "Kaos Kaki", "Sepatu Kets"):
        add(ui_context, name)
    model = ProductModel(ui_context)
    model.set_query(ProductFilter(search="kop"))
    assert names(model) == ["Kopi Susu Gula Aren"]
    model.set_query(ProductFilter(search="cafe"))
    assert names(model) == ["Café Latte Botol"]
    model.set_query(ProductFilter(search="KA"))
    assert names(model) == ["Kaos Kaki"]
    model.set_query(ProductFilter())
    assert model.rowCount() == 4


def test_inline_price_and_stock_edits(qtbot: QtBot, ui_context: AppContext) -> None:
    assert ui_context.services is not None
    pid = add(ui_context, "Kaos Polos", 20_000, stock=4)
    model = ProductModel(ui_context)
    model.reload()
    settle()
    failures: list[str] = []
    edits: list[object] = []
    model.failed.connect(failures.append)
    model.edited.connect(edits.append)
    price = model.index(0, COL_PRICE)
    assert model.flags(price) & Qt.ItemFlag.ItemIsEditable
    assert model.data(price, Qt.ItemDataRole.EditRole) == "20.000"
    assert model.setData(price, "15rb")
    assert ui_context.services.catalog.detail(pid).draft.price == 15_000
    assert model.data(price) == "Rp15.000" and edits
    assert not model.setData(price, "15.5")
    assert ui_context.services.catalog.detail(pid).draft.price == 15_000  # nothing stored
    assert failures and "15.5" in failures[-1]
    stock = model.index(0, COL_STOCK)
    assert model.data(stock, roles.LOW_STOCK_ROLE) is True  # 4 <= 5
    assert model.data(stock, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.setData(stock, "1.200")
    assert ui_context.services.catalog.detail(pid).draft.stock == 1_200
    assert model.setData(stock, "")
    assert ui_context.services.catalog.detail(pid).draft.stock is None
    assert model.data(stock) == "not tracked"
    assert not model.setData(stock, "-3")
    assert "negative" in failures[-1]
    assert ui_context.services.catalog.detail(pid).draft.stock is None


def test_inline_price_below_the_sale_price_is_refused(qtbot: QtBot, ui_context: AppContext) -> None:
    assert ui_context.services is not None
    pid = add(ui_context, "Kemeja Batik", 200_000, sale_price=150_000)
    model = ProductModel(ui_context)
    model.reload()
    failures: list[str] = []
    model.failed.connect(failures.append)
    price = model.index(0, COL_PRICE)
    assert model.data(price) == "Rp150.000 (Rp200.000)"
    assert model.data(price, roles.STRUCK_PRICE_ROLE) == "Rp200.000"
    assert not model.setData(price, "Rp 120.000")
    assert "Rp150.000" in failures[-1]
    assert ui_context.services.catalog.detail(pid).draft.price == 200_000


def test_loading_in_the_background_discards_stale_searches(
    qtbot: QtBot, ui_context: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    bulk_insert(ui_context, 500)
    add(ui_context, "Kopi Gayo")
    runner = TaskRunner()
    context = AppContext(ui_context.paths, ui_context.boot, runner)
    assert ui_context.services is not None
    context.set_services(ui_context.services)
    model = ProductModel(context)
    with caplog.at_level(logging.WARNING):
        model.reload()
        model.set_query(ProductFilter(search="kaos"))
        model.set_query(ProductFilter(search="kopi"))  # only this answer may be shown
        qtbot.waitUntil(lambda: model.is_loaded and model.rowCount() == 1, timeout=10_000)
        model.data(model.index(0, COL_NAME))
        qtbot.waitUntil(lambda: model.data(model.index(0, COL_NAME)) == "Kopi Gayo", timeout=10_000)
    runner.wait()
    qtbot.wait(50)
    assert model.rowCount() == 1
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_text_role_answers_what_the_display_foreground_and_alignment_roles_do(
    qtbot: QtBot, ui_context: AppContext
) -> None:
    add(ui_context, "Kopi Gayo", 45_000, stock=2, sku="KG-1")
    add(ui_context, "Teh Melati", 5_000, hidden=True)
    model = ProductModel(ui_context)
    model.reload()
    settle()
    display, fore, align = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
    )
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            expected = (index.data(display), index.data(fore), index.data(align))
            assert index.data(roles.TEXT_ROLE) == expected
    assert model.index(5, 0).data(roles.TEXT_ROLE) is None


def test_a_narrowed_search_shows_its_known_rows_then_the_rest(qtbot: QtBot, ui_context: AppContext) -> None:
    assert ui_context.services is not None
    with ui_context.services.db.write() as session:
        session.execute(
            insert(Product),
            [{"name": f"Kaos {i:03d} {'Merah' if i % 3 == 0 else 'Biru'}", "price": 10_000} for i in range(200)],
        )
    model = ProductModel(ui_context)
    model.set_query(ProductFilter(search="kaos"))
    assert model.rowCount() == 200
    model.set_query(ProductFilter(search="kaos b"))  # narrows "kaos": 66 of its first 100, then all 133
    assert model.rowCount() == 133 and model.complete
    names(model)  # asks for the rows past the first screen, as a view painting them would
    assert names(model) == [f"Kaos {i:03d} Biru" for i in range(200) if i % 3]
