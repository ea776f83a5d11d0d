"""The photo grid (card_grid.CardGrid): cards by arithmetic, mouse and key selection, bulk actions, editing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.ui.catalog import product_model as pm
from merchant_desk.ui.catalog.catalog_tab import GRID, CatalogTab
from merchant_desk.ui.catalog.grid_delegate import GridDelegate
from merchant_desk.ui.context import AppContext

NAMES = [f"Produk {n:02d}" for n in range(12)]


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


@pytest.fixture
def tab(qtbot: QtBot, ui_context: AppContext) -> CatalogTab:
    assert ui_context.services is not None
    for name in NAMES:
        ui_context.services.catalog.create(ui_context.services.actor, ProductDraft(name, 15_000))
    widget = CatalogTab(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    settle()
    widget.grid_button.click()
    settle()
    assert widget.stack.currentIndex() == GRID
    return widget


def click(
    qtbot: QtBot, tab: CatalogTab, row: int, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    rect = tab.grid.visualRect(tab.model.index(row, pm.COL_NAME))
    qtbot.mouseClick(tab.grid.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_cards_are_placed_by_arithmetic_and_spread_over_the_width(tab: CatalogTab) -> None:
    grid = tab.grid
    columns = grid.columns()
    assert columns == grid.viewport().width() // GridDelegate.SIZE.width() and columns > 1
    assert grid.gridSize().width() >= GridDelegate.SIZE.width()
    second_line = tab.model.index(columns, pm.COL_NAME)
    assert grid.visualRect(second_line).topLeft().y() == GridDelegate.SIZE.height()
    assert grid.indexAt(grid.visualRect(second_line).center()).row() == columns
    assert grid.verticalScrollBar().maximum() >= 0
    pixmap = grid.viewport().grab()  # paints every card on screen without error
    assert not pixmap.isNull()


def test_click_shift_and_ctrl_select_cards_for_a_bulk_action(
    qtbot: QtBot, tab: CatalogTab, ui_context: AppContext
) -> None:
    assert ui_context.services is not None
    click(qtbot, tab, 1)
    assert tab.selected_ids() == [tab.model.id_at(1)]
    click(qtbot, tab, 3, Qt.KeyboardModifier.ShiftModifier)  # a range in reading order
    click(qtbot, tab, 6, Qt.KeyboardModifier.ControlModifier)
    ids = [tab.model.id_at(r) for r in (1, 2, 3, 6)]
    assert tab.selected_ids() == ids
    assert all(tab.table.selectionModel().isRowSelected(r) for r in (1, 2, 3, 6))  # the table shows the same
    tab.hide_action.trigger()
    assert all(ui_context.services.catalog.detail(i).draft.hidden for i in ids)
    assert not ui_context.services.catalog.detail(tab.model.id_at(0)).draft.hidden


def test_keys_move_across_and_down_and_delete_goes_to_the_trash(qtbot: QtBot, tab: CatalogTab) -> None:
    grid = tab.grid
    click(qtbot, tab, 0)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.currentIndex().row() == 1
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.currentIndex().row() == 1 + grid.columns()
    qtbot.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert tab.selected_ids() == [tab.model.id_at(grid.columns()), tab.model.id_at(1 + grid.columns())]
    gone = tab.selected_ids()
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    settle()
    assert tab.model.rowCount() == len(NAMES) - 2 and not set(gone) & set(tab.model.ids)


def test_double_click_and_enter_open_the_editor(qtbot: QtBot, tab: CatalogTab, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[int | None] = []
    monkeypatch.setattr(tab, "edit_product", lambda pid: opened.append(pid))
    rect = tab.grid.visualRect(tab.model.index(2, pm.COL_NAME))
    click(qtbot, tab, 2)  # a real double click starts with a press on the same card
    qtbot.mouseDClick(tab.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    assert opened == [tab.model.id_at(2), tab.model.id_at(2)]


def test_context_menu_is_for_the_card_under_the_mouse(tab: CatalogTab, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    monkeypatch.setattr(tab, "show_context_menu", lambda view, pos: seen.append(view.indexAt(pos).row()))
    rect = tab.grid.visualRect(tab.model.index(4, pm.COL_NAME))
    tab.grid.customContextMenuRequested.disconnect()
    tab.grid.customContextMenuRequested.connect(lambda pos: tab.show_context_menu(tab.grid, pos))
    tab.grid.customContextMenuRequested.emit(rect.center())
    assert seen == [4]
