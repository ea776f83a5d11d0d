"""The order dialog and view: totals as lines are edited, stages with stock and points, invoice and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.services.hub import Services
from merchant_desk.services.inbox_actions import InboxActions
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.orders import order_view
from merchant_desk.ui.orders.order_dialog import COL_DISCOUNT, COL_QTY, OrderDialog
from merchant_desk.ui.orders.order_view import OrderViewDialog


def shop_of(context: AppContext) -> Services:
    assert context.services is not None
    return context.services


def product(context: AppContext, name: str, price: int, stock: int | None = None) -> int:
    shop = shop_of(context)
    return shop.catalog.create(shop.actor, ProductDraft(name=name, price=price, stock=stock)).id


def customer(context: AppContext, name: str = "Budi") -> tuple[int, int]:
    shop = shop_of(context)
    info, _ = shop.customers.find_or_create(shop.actor, "0812-1111-2222", name)
    conv_id, _ = InboxActions(shop.db).conversation_for_customer(shop.actor, info.id)
    return info.id, conv_id


def stage_button(view: OrderViewDialog, stage: str) -> QPushButton | None:
    shown = [b for b in view.findChildren(QPushButton, f"stage-{stage}") if not b.isHidden()]
    return shown[0] if shown else None


def label_names(shop: Services, conversation_id: int) -> set[str]:
    names = {label.id: label.name for label in shop.labels.labels()}
    return {names[i] for i in shop.inbox.conversation(conversation_id).label_ids}


def make_order(qtbot: QtBot, context: AppContext, customer_id: int, conv_id: int) -> int:
    """Through the dialog: 2 × Kaos (Rp50.000) with Rp5.000 off the line, Rp10.000 shipping."""
    dialog = OrderDialog(context, customer_id=customer_id, conversation_id=conv_id, customer_name="Budi")
    qtbot.addWidget(dialog)
    dialog.search.setText("Kaos")
    dialog._run_search()
    assert dialog.results.count() == 1
    dialog._add_first()
    quantity = dialog.table.cellWidget(0, COL_QTY)
    discount = dialog.table.cellWidget(0, COL_DISCOUNT)
    assert isinstance(quantity, QSpinBox) and isinstance(discount, QSpinBox)
    quantity.setValue(2)
    discount.setValue(5_000)
    dialog.shipping.setValue(10_000)
    assert dialog.total == 105_000
    assert "Rp105.000" in dialog.totals.text()
    dialog.save()
    assert dialog.created is not None and dialog.result() == OrderDialog.DialogCode.Accepted
    return dialog.created.id


def test_dialog_adds_the_same_product_twice_as_one_line(qtbot: QtBot, ui_context: AppContext) -> None:
    product(ui_context, "Kaos Polos", 50_000)
    dialog = OrderDialog(ui_context)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # an empty order cannot be saved
    dialog._add_first()
    dialog._add_first()
    assert len(dialog.lines) == 1 and dialog.lines[0].quantity == 2 and dialog.total == 100_000


def test_paid_then_cancelled_moves_stock_points_and_label(qtbot: QtBot, ui_context: AppContext) -> None:
    shop = shop_of(ui_context)
    pid = product(ui_context, "Kaos Polos", 50_000, stock=10)
    cid, conv = customer(ui_context)
    order_id = make_order(qtbot, ui_context, cid, conv)
    view = OrderViewDialog(ui_context, order_id)
    qtbot.addWidget(view)
    assert stage_button(view, "paid") is not None
    view.move("paid")
    assert shop.catalog.rows([pid])[0].stock == 8
    assert shop.loyalty.balance(cid) == 9  # Rp95.000 after discounts, without shipping: 9 points
    assert shop.orders.get(order_id).stage == "paid"
    assert view.chip.text() == "Sudah dibayar"
    assert label_names(shop, conv) == {"Sudah dibayar"}
    view.move("cancelled")
    assert shop.catalog.rows([pid])[0].stock == 10
    assert shop.loyalty.balance(cid) == 0
    assert stage_button(view, "paid") is None  # a cancelled order is final
    assert label_names(shop, conv) == set()


def test_short_stock_asks_and_takes_it_anyway(
    qtbot: QtBot, ui_context: AppContext, messages: list[tuple[str, str]]
) -> None:
    shop = shop_of(ui_context)
    pid = product(ui_context, "Kaos Polos", 50_000, stock=1)
    cid, conv = customer(ui_context)
    view = OrderViewDialog(ui_context, make_order(qtbot, ui_context, cid, conv))
    qtbot.addWidget(view)
    view.move("paid")
    assert any(kind == "question" and "Kaos Polos" in text for kind, text in messages)
    assert shop.catalog.rows([pid])[0].stock == -1  # the fake message box answered Yes


def test_spent_points_on_cancel_ask_the_merchant(
    qtbot: QtBot, ui_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop = shop_of(ui_context)
    product(ui_context, "Kaos Polos", 50_000)
    cid, conv = customer(ui_context)
    order_id = make_order(qtbot, ui_context, cid, conv)
    shop.orders.move(shop.actor, order_id, "paid")
    shop.loyalty.adjust(shop.actor, cid, -5, "Tukar manual")
    asked: list[str] = []
    monkeypatch.setattr(OrderViewDialog, "ask_points", lambda self, text: asked.append(text) or order_view.CLAMP)
    view = OrderViewDialog(ui_context, order_id)
    qtbot.addWidget(view)
    view.move("cancelled")
    assert asked and "Budi" in asked[0]
    assert shop.orders.get(order_id).stage == "cancelled"
    assert shop.loyalty.balance(cid) == 0  # only what was left was taken back


def test_invoice_to_clipboard_and_pdf(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    product(ui_context, "Kaos Polos", 50_000)
    cid, conv = customer(ui_context)
    view = OrderViewDialog(ui_context, make_order(qtbot, ui_context, cid, conv))
    qtbot.addWidget(view)
    view.copy_invoice()
    text = QGuiApplication.clipboard().text()
    assert "Kaos Polos" in text and "Rp105.000" in text
    target = tmp_path / "invoice.pdf"
    view.save_pdf(target)
    assert target.read_bytes().startswith(b"%PDF")


def test_reward_code_applies_once(qtbot: QtBot, ui_context: AppContext, messages: list[tuple[str, str]]) -> None:
    from merchant_desk.core.loyalty import RewardDraft

    shop = shop_of(ui_context)
    product(ui_context, "Kaos Polos", 50_000)
    cid, conv = customer(ui_context)
    shop.loyalty.adjust(shop.actor, cid, 50, "Hadiah")
    reward_id, _ = shop.loyalty.save_reward(shop.actor, RewardDraft("Diskon 10rb", "fixed", 20, value=10_000))
    redemption, _ = shop.loyalty.redeem(shop.actor, cid, reward_id)
    first = OrderViewDialog(ui_context, make_order(qtbot, ui_context, cid, conv))
    second = OrderViewDialog(ui_context, make_order(qtbot, ui_context, cid, conv))
    for view in (first, second):
        qtbot.addWidget(view)
        view.code.setText(redemption.code.lower())
        view.apply_code()
    assert shop.orders.get(first.order_id).total == 95_000
    assert [kind for kind, _ in messages] == ["warning"] and "already used" in messages[0][1]
    assert "Rp95.000" in first.invoice  # the view reloaded after applying


def test_order_from_the_orders_tab_can_pick_its_customer(qtbot: QtBot, ui_context: AppContext) -> None:
    product(ui_context, "Kaos Polos", 50_000)
    cid, conv = customer(ui_context, "Budi Santoso")
    dialog = OrderDialog(ui_context)
    qtbot.addWidget(dialog)
    assert dialog.picker is not None
    dialog.picker.setEditText("santo")
    dialog.picker.search()
    assert dialog.picker.count() == 1 and dialog.picker.customer_id is None  # typed, not chosen yet
    dialog.picker.setCurrentIndex(0)
    assert dialog.picker.customer_id == cid
    dialog._add_first()
    dialog.save()
    assert dialog.created is not None and dialog.created.customer_id == cid
    assert dialog.created.conversation_id == conv  # the customer's chat is found from the customer
