"""Orders' and Loyalty's pictures for `merchant-desk screenshot`: both tabs with a row opened, and their dialogs.

Nothing is written to the shop: dialogs are shown filled but never saved, and no order is moved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMainWindow

from merchant_desk.ui.context import AppContext


def render_orders(context: AppContext, window: QMainWindow, save: Callable[..., Any]) -> None:
    from merchant_desk.ui.loyalty.loyalty_tab import LoyaltyTab
    from merchant_desk.ui.loyalty.points_dialogs import AdjustDialog, RedeemDialog
    from merchant_desk.ui.loyalty.program_dialogs import ProgramDialog, RewardDialog
    from merchant_desk.ui.orders.order_dialog import OrderDialog
    from merchant_desk.ui.orders.order_view import OrderViewDialog

    services = context.services
    assert services is not None
    orders = services.orders.recent(limit=20)
    with_customer = next((o for o in orders if o.customer_id is not None and len(o.lines) > 1), None)
    with_customer = with_customer or next((o for o in orders if o.customer_id is not None), None)
    if with_customer is not None:
        save(OrderViewDialog(context, with_customer.id, window), "dialog-order-view")
        dialog = OrderDialog(
            context, customer_id=with_customer.customer_id, customer_name=with_customer.customer_name or "",
            parent=window,
        )  # fmt: skip
        for row in services.catalog.rows(services.catalog.page_ids(limit=2)):
            dialog.add_line(services.orders.draft_line(row.id))
        dialog.shipping.setValue(15_000)
        save(dialog, "dialog-new-order")
    tab = next((page for page in getattr(window, "tab_pages", []) if isinstance(page, LoyaltyTab)), None)
    if tab is not None and tab.model.rowCount():
        window.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
        tab.select_row(0)
        save(window, "main-loyalty-customer")
        info = tab.card.info
        if info is not None:
            save(RedeemDialog(context, info.customer_id, info.name, info.balance, window), "dialog-redeem")
            save(AdjustDialog(context, info.customer_id, info.name, window), "dialog-adjust-points")
    rewards = services.loyalty.rewards()
    if rewards:
        save(RewardDialog(context, rewards[0].id, rewards[0].draft, window), "dialog-reward")
    save(ProgramDialog(context, services.loyalty.settings(), window), "dialog-loyalty-program")
