"""What moving an order does besides its stage: stock taken or given back, and the conversation's stage label."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from merchant_desk.core.errors import UserError, tr_noop
from merchant_desk.core.orders import ORDER_LABELS, STAGE_LABELS
from merchant_desk.core.shop import DEFAULT_LABELS
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.models import Label, OrderLine, Product, conversation_labels


class StockWouldGoNegative(UserError):
    """Paying the order would take tracked stock below zero; the UI asks, then retries with allow_negative."""

    message = tr_noop("Not enough stock for {products}. Take the stock anyway (it will go below zero)?")

    def __init__(self, shortages: list[tuple[str, int, int]]) -> None:
        self.shortages = shortages  # (product name, in stock, ordered)
        super().__init__(products=", ".join(f"{name} ({have}/{want})" for name, have, want in shortages))


def _quantities(session: Session, order_id: int) -> dict[int, int]:
    wanted: dict[int, int] = defaultdict(int)
    rows = session.execute(
        select(OrderLine.product_id, OrderLine.quantity).where(
            OrderLine.order_id == order_id, OrderLine.product_id.is_not(None)
        )
    )
    for product_id, quantity in rows:
        wanted[product_id] += quantity
    return dict(wanted)


def take_stock(session: Session, order_id: int, *, allow_negative: bool) -> list[dict[str, object]]:
    """Subtracts the order's quantities from products whose stock is tracked; returns what moved.

    Raises:
        StockWouldGoNegative: some product has too little and ``allow_negative`` is False (nothing changes).
    """
    return _move(session, order_id, sign=-1, allow_negative=allow_negative)


def return_stock(session: Session, order_id: int) -> list[dict[str, object]]:
    """Gives back what :func:`take_stock` took (a paid order was cancelled)."""
    return _move(session, order_id, sign=1, allow_negative=True)


def _move(session: Session, order_id: int, *, sign: int, allow_negative: bool) -> list[dict[str, object]]:
    wanted = _quantities(session, order_id)
    if not wanted:
        return []
    products = session.execute(
        select(Product.id, Product.name, Product.stock).where(Product.id.in_(wanted), Product.stock.is_not(None))
    ).all()
    short = [(p.name, p.stock, wanted[p.id]) for p in products if sign < 0 and p.stock - wanted[p.id] < 0]
    if short and not allow_negative:
        raise StockWouldGoNegative(sorted(short))
    moved: list[dict[str, object]] = []
    now = utcnow()
    for p in products:
        delta = sign * wanted[p.id]
        # stock + delta in SQL: a concurrent edit of the same product (another desktop) is not overwritten.
        session.execute(update(Product).where(Product.id == p.id).values(stock=Product.stock + delta, updated_at=now))
        moved.append({"id": p.id, "name": p.name, "stock": [p.stock, p.stock + delta]})
    return moved


def _label_ids(session: Session, names: set[str]) -> dict[str, int]:
    return {name: lid for lid, name in session.execute(select(Label.id, Label.name).where(Label.name.in_(names)))}


def move_stage_label(session: Session, conversation_id: int | None, stage: str) -> bool:
    """The conversation shows the stage's label and none of the other order labels; True when anything moved.

    A stage label the merchant deleted is created again with WhatsApp's colour: the stage must stay visible.
    """
    if conversation_id is None:
        return False
    wanted = STAGE_LABELS.get(stage)
    ids = _label_ids(session, set(ORDER_LABELS))
    if wanted and wanted not in ids:
        colour = dict(DEFAULT_LABELS).get(wanted, "#9E9E9E")
        label = Label(name=wanted, color=colour, position=len(DEFAULT_LABELS), is_default=True)
        session.add(label)
        session.flush()
        ids[wanted] = label.id
    link = conversation_labels
    current = set(
        session.scalars(
            select(link.c.label_id).where(link.c.conversation_id == conversation_id, link.c.label_id.in_(ids.values()))
        )
    )
    keep = {ids[wanted]} if wanted else set()
    drop = current - keep
    add = keep - current
    if drop:
        session.execute(delete(link).where(link.c.conversation_id == conversation_id, link.c.label_id.in_(drop)))
    if add:
        session.execute(insert(link), [{"conversation_id": conversation_id, "label_id": lid} for lid in add])
    return bool(drop or add)
