"""Counts for the Overview tab: one aggregate query per figure, never whole tables."""

from __future__ import annotations

from sqlalchemy import func, select

from merchant_desk.core.shop import ShopOverview
from merchant_desk.db.engine import Database
from merchant_desk.db.models import (
    Conversation,
    Customer,
    Label,
    LedgerEntry,
    Message,
    Order,
    Product,
    QuickReply,
)

LOW_STOCK_DEFAULT = 5


class OverviewService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def overview(self, low_stock: int = LOW_STOCK_DEFAULT) -> ShopOverview:
        live = Product.deleted_at.is_(None)
        with self._db.read() as s:

            def count(*where: object, table: object) -> int:
                return s.scalar(select(func.count()).select_from(table).where(*where)) or 0  # type: ignore[arg-type]

            return ShopOverview(
                products=count(live, table=Product),
                hidden_products=count(live, Product.hidden, table=Product),
                low_stock=count(live, Product.stock.is_not(None), Product.stock <= low_stock, table=Product),
                customers=count(Customer.deleted_at.is_(None), table=Customer),
                consenting_customers=count(Customer.deleted_at.is_(None), Customer.consent, table=Customer),
                conversations=count(table=Conversation),
                open_conversations=count(Conversation.status != "resolved", table=Conversation),
                messages=count(table=Message),
                orders=count(table=Order),
                open_orders=count(Order.stage.not_in(("done", "cancelled")), table=Order),
                revenue_paid=s.scalar(
                    select(func.coalesce(func.sum(Order.total), 0)).where(Order.stage.in_(("paid", "shipped", "done")))
                )
                or 0,
                points_outstanding=s.scalar(select(func.coalesce(func.sum(LedgerEntry.points), 0))) or 0,
                quick_replies=count(table=QuickReply),
                labels=count(table=Label),
            )
