"""Shared set-up (no tests) for the order and loyalty service tests: products, customers, orders."""

from __future__ import annotations

from datetime import datetime

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.core.orders import LineDraft
from merchant_desk.services.hub import Services
from merchant_desk.services.inbox_actions import InboxActions

T0 = datetime(2026, 3, 10, 3, 0)  # 10:00 WIB


def product(shop: Services, name: str, price: int, stock: int | None = None, sale: int | None = None) -> int:
    return shop.catalog.create(shop.actor, ProductDraft(name=name, price=price, stock=stock, sale_price=sale)).id


def customer(shop: Services, phone: str = "0812-1111-2222", name: str = "Budi") -> tuple[int, int]:
    """A customer and their WhatsApp-link conversation: (customer id, conversation id)."""
    info, _ = shop.customers.find_or_create(shop.actor, phone, name)
    conv_id, _ = InboxActions(shop.db).conversation_for_customer(shop.actor, info.id)
    return info.id, conv_id


def order(shop: Services, customer_id: int, amount: int, *, now: datetime = T0, product_id: int | None = None) -> int:
    """An order of one line worth ``amount`` (a catalog product when given, else a free-text line)."""
    line = LineDraft(product_id, "Barang", amount, 1)
    view, _ = shop.orders.create(shop.actor, [line], customer_id=customer_id, now=now)
    return view.id


def paid_order(shop: Services, customer_id: int, amount: int, *, now: datetime = T0) -> int:
    order_id = order(shop, customer_id, amount, now=now)
    shop.orders.move(shop.actor, order_id, "paid", now=now)
    return order_id
