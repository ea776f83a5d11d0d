"""Reading orders: one order with its lines, a customer's or a conversation's orders, a page of recent ones."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from merchant_desk.core.errors import NotFoundError
from merchant_desk.core.orders import OrderLineView, OrderView
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Customer, Order, OrderLine


def _lines(session: Session, order_ids: Sequence[int]) -> dict[int, list[OrderLineView]]:
    found: dict[int, list[OrderLineView]] = defaultdict(list)
    if not order_ids:
        return found
    rows = session.scalars(select(OrderLine).where(OrderLine.order_id.in_(order_ids)).order_by(OrderLine.id))
    for r in rows:
        found[r.order_id].append(
            OrderLineView(r.product_id, r.name, r.sku, r.unit_price, r.quantity, r.discount, r.line_total)
        )
    return found


def _view(order: Order, customer_name: str | None, lines: Sequence[OrderLineView]) -> OrderView:
    return OrderView(
        id=order.id, number=order.number, stage=order.stage, customer_id=order.customer_id,
        customer_name=customer_name, conversation_id=order.conversation_id, subtotal=order.subtotal,
        discount=order.discount, shipping=order.shipping, total=order.total, notes=order.notes,
        created_at=order.created_at, paid_at=order.paid_at, completed_at=order.completed_at,
        cancelled_at=order.cancelled_at, stock_taken=order.stock_taken, lines=tuple(lines),
    )  # fmt: skip


def order_view(session: Session, order: Order) -> OrderView:
    """One order with its lines and customer's name."""
    customer = session.get(Customer, order.customer_id) if order.customer_id is not None else None
    return _view(order, customer.name if customer else None, _lines(session, [order.id])[order.id])


def _views(session: Session, query: Select[tuple[Order, str | None]]) -> list[OrderView]:
    rows = session.execute(query).all()
    lines = _lines(session, [order.id for order, _name in rows])
    return [_view(order, name, lines[order.id]) for order, name in rows]


def _listing(*where: object) -> Select[tuple[Order, str | None]]:
    return (
        select(Order, Customer.name)
        .outerjoin(Customer, Customer.id == Order.customer_id)
        .where(*where)  # type: ignore[arg-type]
        .order_by(Order.created_at.desc(), Order.id.desc())
    )


class OrderQueryMixin:
    _db: Database

    def get(self, order_id: int) -> OrderView:
        with self._db.read() as session:
            order = session.get(Order, order_id)
            if order is None:
                raise NotFoundError()
            return order_view(session, order)

    def for_customer(self, customer_id: int, limit: int = 200) -> list[OrderView]:
        """The customer's orders, newest first (the Inbox customer panel)."""
        with self._db.read() as session:
            return _views(session, _listing(Order.customer_id == customer_id).limit(limit))

    def for_conversation(self, conversation_id: int, limit: int = 200) -> list[OrderView]:
        with self._db.read() as session:
            return _views(session, _listing(Order.conversation_id == conversation_id).limit(limit))

    def recent(
        self, stages: Sequence[str] | None = None, offset: int = 0, limit: int = 200, search: str = ""
    ) -> list[OrderView]:
        """A page of orders, newest first, optionally only those in ``stages`` or matching ``search``."""
        with self._db.read() as session:
            return _views(session, _listing(*_where(stages, search)).offset(offset).limit(limit))

    def count(self, stages: Sequence[str] | None = None, search: str = "") -> int:
        query = select(func.count()).select_from(Order).outerjoin(Customer, Customer.id == Order.customer_id)
        with self._db.read() as session:
            return int(session.scalar(query.where(*_where(stages, search))) or 0)


def _where(stages: Sequence[str] | None, search: str) -> list[object]:
    """The Orders tab's filters: stages, and text found in the order number or the customer's name."""
    where: list[object] = [Order.stage.in_(stages)] if stages else []
    text = search.strip()
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(Order.number.ilike(pattern, escape="\\") | Customer.name.ilike(pattern, escape="\\"))
    return where
