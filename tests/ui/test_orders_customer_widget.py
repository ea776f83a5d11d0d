"""The Inbox customer panel's orders section: points, latest orders, and a new order started from the chat."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.core.orders import LineDraft
from merchant_desk.services.inbox_actions import InboxActions
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.customer_panel import CustomerPanel
from merchant_desk.ui.orders.customer_orders_widget import CustomerOrdersWidget


def test_points_orders_and_new_order(qtbot: QtBot, ui_context: AppContext) -> None:
    shop = ui_context.services
    assert shop is not None
    shop.catalog.create(shop.actor, ProductDraft(name="Kaos Polos", price=50_000))
    cid = shop.customers.find_or_create(shop.actor, "0812-4444-0001", "Dewi")[0].id
    conv, _ = InboxActions(shop.db).conversation_for_customer(shop.actor, cid)
    view, _ = shop.orders.create(shop.actor, [LineDraft(None, "Gamis", 120_000)], customer_id=cid)
    shop.orders.move(shop.actor, view.id, "paid")
    widget = CustomerOrdersWidget(ui_context)
    qtbot.addWidget(widget)
    widget.show_customer(cid, conv, "Dewi")
    assert widget.points.text() == "<b>12</b> points · Bronze"
    assert widget.list.count() == 1
    dialog = widget.new_order()
    assert dialog.customer_id == cid and dialog.conversation_id == conv
    dialog._add_first()
    dialog.save()
    assert widget.list.count() == 2  # the saved order's change reloaded the section
    assert shop.orders.for_customer(cid)[0].conversation_id == conv


def test_customer_panel_hosts_the_section(qtbot: QtBot, ui_context: AppContext) -> None:
    panel = CustomerPanel(ui_context)
    qtbot.addWidget(panel)
    assert isinstance(panel.orders, CustomerOrdersWidget) and panel.orders.customer_id is None
