"""OverviewService: every figure counted on a hand-made shop."""

from __future__ import annotations

from datetime import datetime

from merchant_desk.core.shop import ShopOverview
from merchant_desk.db.models import (
    Conversation,
    Customer,
    LedgerEntry,
    Message,
    Order,
    Product,
    QuickReply,
)
from merchant_desk.services.hub import Services

NOW = datetime(2026, 11, 22, 2, 0)


def test_empty_shop(shop: Services) -> None:
    overview = shop.overview.overview()
    assert overview.products == overview.messages == overview.revenue_paid == overview.points_outstanding == 0
    assert overview.labels == 8


def test_counts_on_a_hand_made_shop(shop: Services) -> None:
    with shop.db.write() as s:
        s.add_all(
            [
                Product(name="Kopi Gayo", price=85_000, stock=3),  # low stock
                Product(name="Teh Melati", price=15_000, stock=5),  # low stock (at the limit)
                Product(name="Gula Aren", price=30_000, stock=6),
                Product(name="Batik", price=250_000, stock=None, hidden=True),  # stock not tracked
                Product(name="Dihapus", price=1_000, stock=0, hidden=True, deleted_at=NOW),  # in the trash
            ]
        )
        budi = Customer(name="Budi", phone="+6281111111111", consent=True)
        ani = Customer(name="Ani", phone="+6281222222222", consent=False)
        gone = Customer(name="Lama", consent=True, deleted_at=NOW)
        s.add_all([budi, ani, gone])
        s.flush()
        open_chat = Conversation(customer_id=budi.id, status="open")
        pending = Conversation(customer_id=ani.id, status="pending")
        done = Conversation(customer_id=None, status="resolved")
        s.add_all([open_chat, pending, done])
        s.flush()
        s.add_all([Message(conversation_id=c.id, direction="in", body="halo", sent_at=NOW) for c in (open_chat, done)])
        s.add(Message(conversation_id=open_chat.id, direction="out", body="ya kak", sent_at=NOW))
        s.add_all(
            [
                Order(number="INV/1", stage="new", total=10_000),
                Order(number="INV/2", stage="paid", total=100_000),
                Order(number="INV/3", stage="shipped", total=20_000),
                Order(number="INV/4", stage="done", total=3_000),
                Order(number="INV/5", stage="cancelled", total=999_000),
                Order(number="INV/6", stage="awaiting", total=50_000),
            ]
        )
        s.add_all(
            [
                LedgerEntry(customer_id=budi.id, kind="earn", points=120, created_at=NOW),
                LedgerEntry(customer_id=budi.id, kind="redeem", points=-50, created_at=NOW),
                LedgerEntry(customer_id=ani.id, kind="bonus", points=10, created_at=NOW),
            ]
        )
        s.add(QuickReply(shortcut="rek", title="Rekening", body="BCA 123"))

    assert shop.overview.overview() == ShopOverview(
        products=4,
        hidden_products=1,
        low_stock=2,
        customers=2,
        consenting_customers=1,
        conversations=3,
        open_conversations=2,
        messages=3,
        orders=6,
        open_orders=4,  # new, paid, shipped, awaiting
        revenue_paid=123_000,
        points_outstanding=80,
        quick_replies=1,
        labels=8,
    )
    assert shop.overview.overview(low_stock=10).low_stock == 3
    assert shop.overview.overview(low_stock=0).low_stock == 0
