"""The Catalog tab through its widgets: empty state, search, filters, bulk edits, trash, keys, grid."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from merchant_desk.core.catalog import ProductDraft, ProductFilter
from merchant_desk.core.changes import Changes
from merchant_desk.db.models import Product
from merchant_desk.ui.catalog import product_model as pm
from merchant_desk.ui.catalog.bulk_dialogs import PriceChangeDialog, StockDialog
from merchant_desk.ui.catalog.catalog_tab import EMPTY, GRID, TABLE, CatalogTab
from merchant_desk.ui.catalog.grid_delegate import GridDelegate
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.main_window import TAB_CLASSES


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def add(context: AppContext, name: str, price: int = 15_000, **fields: Any) -> int:
    assert context.services is not None
    return context.services.catalog.create(context.services.actor, ProductDraft(name, price, **fields)).id


@pytest.fixture
def tab(qtbot: QtBot, ui_context: AppContext) -> CatalogTab:
    add(ui_context, "Kopi Susu Gula Aren", 18_000, stock=3, sku="KOPI-1")
    add(ui_context, "Café Latte Botol", 25_000, stock=40, availability="preorder")
    add(ui_context, "Kaos Polos Hitam", 45_000, stock=None, hidden=True, collections=("Kaos",))
    add(ui_context, "Kaos Polos Putih", 45_000, stock=12, collections=("Kaos",))
    widget = CatalogTab(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    settle()
    return widget


def shown_names(tab: CatalogTab) -> list[str]:
    settle()
    model = tab.model
    return [model.data(model.index(r, pm.COL_NAME)) for r in range(model.rowCount())]


def select_rows(tab: CatalogTab, *rows: int) -> None:
    selection = tab.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(tab.model.index(row, 0), flags)
    selection.setCurrentIndex(tab.model.index(rows[0], pm.COL_NAME), QItemSelectionModel.SelectionFlag.NoUpdate)


def test_the_tab_is_registered_and_lists_the_catalog(tab: CatalogTab) -> None:
    assert CatalogTab in TAB_CLASSES
    assert CatalogTab.title() == "Catalog"
    assert tab.stack.currentIndex() == TABLE
    assert tab.table.columnWidth(pm.COL_PRICE) == 168 and tab.table.isSortingEnabled()  # header set up with the model
    assert tab.count_label.text() == "4 products"
    assert shown_names(tab) == ["Café Latte Botol", "Kaos Polos Hitam", "Kaos Polos Putih", "Kopi Susu Gula Aren"]
    assert tab.model.data(tab.model.index(0, pm.COL_AVAILABILITY)) == "Pre-order"
    assert tab.model.data(tab.model.index(1, pm.COL_STOCK)) == "not tracked"


def test_an_empty_catalog_shows_a_friendly_empty_state(qtbot: QtBot, ui_context: AppContext) -> None:
    widget = CatalogTab(ui_context)
    qtbot.addWidget(widget)
    assert widget.stack.currentIndex() == EMPTY
    assert widget.empty_title.text() == "No products yet — add one or import your catalog"
    add(ui_context, "Kopi Gayo")
    ui_context.publish(Changes(catalog=True))  # someone else (the editor, an import) added a product
    assert widget.stack.currentIndex() == TABLE
    assert widget.count_label.text() == "1 product"


def test_counts_use_indonesian_digit_grouping(qtbot: QtBot, ui_context: AppContext) -> None:
    assert ui_context.services is not None
    with ui_context.services.db.write() as session:
        session.execute(insert(Product), [{"name": f"Kaos {i}", "price": 45_000} for i in range(1_234)])
    widget = CatalogTab(ui_context)
    qtbot.addWidget(widget)
    assert widget.count_label.text() == "1.234 products"


def test_typing_searches_after_a_pause(qtbot: QtBot, tab: CatalogTab) -> None:
    qtbot.keyClicks(tab.filters.search, "kao")
    assert tab.model.rowCount() == 4  # debounced: nothing ran yet
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=2_000)
    assert tab.count_label.text() == "2 products"
    tab.filters.search.setText("cafe")  # accents do not matter
    tab.filters.flush()
    assert shown_names(tab) == ["Café Latte Botol"]
    tab.filters.search.setText("zzz")
    tab.filters.flush()
    assert tab.count_label.text() == "No products match"
    assert tab.stack.currentIndex() == TABLE  # not the empty-catalog page


def test_filters(tab: CatalogTab, ui_context: AppContext) -> None:
    bar = tab.filters
    bar.availability.setCurrentIndex(bar.availability.findData("preorder"))
    assert shown_names(tab) == ["Café Latte Botol"]
    bar.availability.setCurrentIndex(0)
    bar.visibility.setCurrentIndex(bar.visibility.findData(True))
    assert shown_names(tab) == ["Kaos Polos Hitam"]
    bar.visibility.setCurrentIndex(0)
    bar.collection.setCurrentIndex(bar.collection.findData(tab.collections[0].id))
    assert bar.collection.currentText() == "Kaos (2)"
    assert shown_names(tab) == ["Kaos Polos Hitam", "Kaos Polos Putih"]
    bar.collection.setCurrentIndex(0)
    bar.low_stock.setChecked(True)  # threshold 5 by default
    assert shown_names(tab) == ["Kopi Susu Gula Aren"]
    assert ui_context.services is not None
    ui_context.services.shop.set_setting(ui_context.services.actor, "catalog.low_stock", 20)
    ui_context.publish(Changes(catalog=True))
    assert shown_names(tab) == ["Kaos Polos Putih", "Kopi Susu Gula Aren"]


def test_inline_price_edit_accepts_15rb_and_refuses_nonsense(tab: CatalogTab, ui_context: AppContext) -> None:
    assert ui_context.services is not None
    seen: list[Changes] = []
    ui_context.changed.connect(seen.append)
    row = shown_names(tab).index("Kopi Susu Gula Aren")
    pid = tab.model.id_at(row)
    assert tab.model.setData(tab.model.index(row, pm.COL_PRICE), "15rb")
    assert ui_context.services.catalog.detail(pid).draft.price == 15_000
    assert seen and seen[-1].catalog and seen[-1].initiator is tab
    assert not tab.model.setData(tab.model.index(row, pm.COL_PRICE), "lima belas")
    assert ui_context.services.catalog.detail(pid).draft.price == 15_000
    assert tab.notice.isVisible() and "lima belas" in tab.notice.text()


def test_bulk_price_change_by_percent_and_set_stock(
    tab: CatalogTab, ui_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ui_context.services is not None
    kaos = [i for i, n in enumerate(shown_names(tab)) if n.startswith("Kaos")]
    select_rows(tab, *kaos)
    ids = tab.selected_ids()
    assert len(ids) == 2 and "2 selected" in tab.count_label.text()

    def fill(dialog: QDialog) -> int:
        if isinstance(dialog, PriceChangeDialog):
            dialog.value.setText("10")
            dialog.round_to.setCurrentIndex(0)
            dialog._accept()
        elif isinstance(dialog, StockDialog):
            dialog.stock.setValue(7)
            dialog.accept()
        return dialog.result()

    monkeypatch.setattr(tab, "run_dialog", fill)
    tab.price_action.trigger()
    assert [ui_context.services.catalog.detail(i).draft.price for i in ids] == [49_500, 49_500]
    assert tab.selected_ids() == ids  # the selection survives the reload
    tab.stock_action.trigger()
    assert [ui_context.services.catalog.detail(i).draft.stock for i in ids] == [7, 7]
    assert shown_names(tab)[kaos[0]] == "Kaos Polos Hitam"
    assert tab.model.data(tab.model.index(kaos[0], pm.COL_STOCK)) == "7"


def test_price_dialog_reads_amounts_and_refuses_bad_percentages(qtbot: QtBot) -> None:
    dialog = PriceChangeDialog(3)
    qtbot.addWidget(dialog)
    dialog.value.setText("-200")
    dialog._accept()
    assert "-100" in dialog.error.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.by_amount.setChecked(True)
    dialog.value.setText("-2.500")
    dialog._accept()
    assert (dialog.amount, dialog.percent) == (-2_500, Decimal(0))


def test_bulk_hide_availability_and_collections(tab: CatalogTab, ui_context: AppContext) -> None:
    assert ui_context.services is not None
    select_rows(tab, 0, 3)  # the coffees
    ids = tab.selected_ids()
    tab.hide_action.trigger()
    tab.availability_menu.actions()[1].trigger()  # out of stock
    tab.add_menu.actions()[0].trigger()  # "Kaos"
    details = [ui_context.services.catalog.detail(i) for i in ids]
    assert all(d.draft.hidden and d.draft.availability == "out of stock" for d in details)
    assert all(d.draft.collections == ("Kaos",) for d in details)
    tab.remove_menu.actions()[0].trigger()
    assert all(ui_context.services.catalog.detail(i).draft.collections == () for i in ids)


def test_delete_goes_to_the_trash_and_can_be_restored_or_purged(
    qtbot: QtBot, tab: CatalogTab, ui_context: AppContext, messages: list[tuple[str, str]]
) -> None:
    assert ui_context.services is not None
    select_rows(tab, 0, 1)
    ids = tab.selected_ids()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 2
    assert "trash" in tab.notice.text()
    tab.filters.trash.setChecked(True)
    assert sorted(tab.model.ids) == sorted(ids) and "in the trash" in tab.count_label.text()
    assert not tab.model.flags(tab.model.index(0, pm.COL_PRICE)) & Qt.ItemFlag.ItemIsEditable
    select_rows(tab, 0)
    restored = tab.selected_ids()
    tab.restore_action.trigger()
    assert tab.model.rowCount() == 1
    select_rows(tab, 0)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)  # in the trash, Del means delete forever (asked first)
    assert messages and messages[-1][0] == "question" and "forever" in messages[-1][1]
    assert tab.model.rowCount() == 0
    tab.filters.trash.setChecked(False)
    assert ui_context.services.catalog.count(ProductFilter()) == 3
    assert restored[0] in tab.model.ids


def test_keyboard_shortcuts(
    qtbot: QtBot, tab: CatalogTab, ui_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int | None] = []
    monkeypatch.setattr(tab, "edit_product", opened.append)
    tab.activateWindow()
    select_rows(tab, 1)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filters.search.hasFocus()
    qtbot.keyClick(tab.filters.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [None]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == [None, tab.model.id_at(1)]
    qtbot.keyClick(tab.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert "Kaos Polos Hitam (copy)" in shown_names(tab)
    qtbot.keyClick(tab.filters.search, Qt.Key.Key_Delete)  # in the search box Del edits text, deletes nothing
    assert tab.model.rowCount() == 5


def test_the_photo_grid_shows_the_same_products_and_selection(tab: CatalogTab) -> None:
    select_rows(tab, 2)
    tab.grid_button.click()
    assert tab.stack.currentIndex() == GRID
    assert tab.grid.model() is tab.model and tab.grid.model().rowCount() == tab.model.rowCount() == 4
    assert tab.grid.selectionModel() is tab.table.selectionModel()
    assert tab.grid.columns() >= 1 and tab.grid.gridSize().height() == GridDelegate.SIZE.height()
    assert tab.selected_ids() == [tab.model.id_at(2)]
    tab.table_button.click()
    assert tab.stack.currentIndex() == TABLE


def test_the_editor_opens_on_enter_and_new(tab: CatalogTab, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = pytest.importorskip("merchant_desk.ui.catalog.editor_dialog")
    made: list[int | None] = []

    def fake_exec(self: Any) -> int:
        made.append(self.product_id)
        return 0

    monkeypatch.setattr(editor.ProductEditorDialog, "exec", fake_exec)
    tab.edit_product(None)
    tab.edit_product(tab.model.id_at(0))
    assert made == [None, tab.model.id_at(0)]
