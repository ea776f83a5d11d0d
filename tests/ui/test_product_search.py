"""The catalog search shared by the order, 'waiting for a product' and broadcast dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.product_search import fill_results, search_products


def test_search_lists_price_and_stock_the_same_way_everywhere(
    qtbot: QtBot, ui_context: AppContext, svc: Services
) -> None:
    sold_out = svc.catalog.create(svc.actor, ProductDraft("Kopi Gayo", 85_000, stock=0)).id
    svc.catalog.create(svc.actor, ProductDraft("Kopi Toraja", 90_000, sale_price=80_000, stock=4))
    svc.catalog.create(svc.actor, ProductDraft("Kopi Luwak", 300_000))  # stock not tracked
    svc.catalog.create(svc.actor, ProductDraft("Teh Melati", 20_000, stock=9))
    answers: list[tuple[str, list]] = []
    search_products(ui_context, "kopi", lambda text, rows: answers.append((text, rows)))
    assert [text for text, _rows in answers] == ["kopi"]  # the text asked, to drop answers a newer key beat
    results = QListWidget()
    qtbot.addWidget(results)
    fill_results(results, sorted(answers[0][1], key=lambda r: r.name))
    lines = [results.item(i).text() for i in range(results.count())]
    assert lines == [
        "Kopi Gayo  —  Rp85.000 · out of stock",
        "Kopi Luwak  —  Rp300.000",
        "Kopi Toraja  —  Rp80.000 · stock 4",  # the sale price
    ]
    assert results.currentRow() == 0 and results.item(0).data(Qt.ItemDataRole.UserRole) == sold_out
    fill_results(results, answers[0][1][:1], with_stock=False, select_first=False)
    assert "stock" not in results.item(0).text() and results.currentRow() == -1
