"""Orders: created from a conversation or customer, moved through their stages, listed, and sent as invoices."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, ValidationError, tr_noop
from merchant_desk.core.orders import (
    DEFAULT_PREFIX,
    PAID_STAGES,
    LineDraft,
    OrderView,
    check_transition,
    compute_totals,
    format_order_number,
    invoice_text,
    number_prefix,
    serial_of,
    validate_lines,
)
from merchant_desk.core.shop import ShopProfile
from merchant_desk.core.timezones import to_shop_time, utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Conversation, Customer, Order, OrderLine, Product, Setting, Shop
from merchant_desk.services import loyalty_ledger as ledger
from merchant_desk.services import order_effects as effects
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.catalog_store import ProductsChanged, after_products
from merchant_desk.services.loyalty_ledger import PointsAlreadySpent, read_settings
from merchant_desk.services.order_effects import StockWouldGoNegative
from merchant_desk.services.order_query import OrderQueryMixin, order_view
from merchant_desk.services.shop_service import ShopService

__all__ = ["OrderService", "PointsAlreadySpent", "StockWouldGoNegative"]  # what a caller may have to catch

PREFIX_KEY = "orders.number_prefix"
SEQUENCE_KEY = "orders.sequence"  # the month's highest number ever given, so a deleted order's is never reused
PAYMENT_KEY = "orders.payment_instructions"
MAX_PAYMENT_CHARS = 1_000  # a few accounts and a line of thanks; an invoice is a WhatsApp message
NUMBER_ATTEMPTS = 5


def _setting(session: Session, key: str, default: object = None) -> object:
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def _put_setting(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


class OrderService(OrderQueryMixin):
    def __init__(self, db: Database, products_changed: ProductsChanged | None = None) -> None:
        """``products_changed`` hears which products' stock a committed paid or cancelled order moved."""
        self._db = db
        self._products_changed = products_changed

    def draft_line(self, product_id: int, quantity: int = 1, discount: int = 0) -> LineDraft:
        """A line for a catalog product at its selling price now (the snapshot the order will keep)."""
        with self._db.read() as session:
            product = session.get(Product, product_id)
            if product is None or product.deleted_at is not None:
                raise NotFoundError()
            sale = product.sale_price
            price = sale if sale is not None and sale < product.price else product.price
            return LineDraft(product.id, product.name, price, quantity, discount, product.sku)

    def create(
        self,
        actor: Actor,
        lines: Sequence[LineDraft],
        *,
        customer_id: int | None = None,
        conversation_id: int | None = None,
        discount: int = 0,
        shipping: int = 0,
        notes: str | None = None,
        now: datetime | None = None,
    ) -> tuple[OrderView, Changes]:
        """A new order (stage "new") with its lines' prices as given; labels its conversation "Pesanan baru".

        Raises:
            ValidationError: empty order, bad quantities or amounts, a product that no longer exists.
            NotFoundError: the conversation or customer does not exist.
        """
        validate_lines(lines, discount, shipping)
        now = now or utcnow()
        totals = compute_totals(lines, discount, shipping)
        with self._db.write() as session:
            customer_id, conversation_id = _party(session, customer_id, conversation_id)
            missing = [
                i for i, line in enumerate(lines) if line.product_id and not session.get(Product, line.product_id)
            ]
            if missing:
                problem = tr_noop("This product no longer exists.")
                raise ValidationError({f"lines.{i}.product_id": problem for i in missing})
            order = Order(
                customer_id=customer_id, conversation_id=conversation_id, stage="new", subtotal=totals.subtotal,
                discount=totals.discount, shipping=totals.shipping, total=totals.total,
                notes=(notes or "").strip() or None, staff_id=actor.id, stock_taken=False, created_at=now,
            )  # fmt: skip
            _number(session, order, now)
            for line in lines:
                session.add(
                    OrderLine(
                        order_id=order.id, product_id=line.product_id, name=line.name.strip(), sku=line.sku,
                        unit_price=line.unit_price, quantity=line.quantity, discount=line.effective_discount,
                        line_total=line.total,
                    )
                )  # fmt: skip
            labelled = effects.move_stage_label(session, conversation_id, "new")
            record(session, actor, "order_created", order.number, id=order.id, total=order.total, lines=len(lines))
            session.flush()
            view = order_view(session, order)
        return view, Changes(orders=True, audit=True, labels=labelled, inbox=labelled)

    def move(
        self,
        actor: Actor,
        order_id: int,
        stage: str,
        *,
        allow_negative: bool = False,
        allow_negative_balance: bool = False,
        clamp_to_balance: bool = False,
        now: datetime | None = None,
    ) -> Changes:
        """Moves an order to ``stage``: stock, points and the conversation's label follow.

        Becoming paid takes tracked stock; cancelling a paid order gives it back and reverses the points the
        order earned. Points are earned when the order reaches the program's earning stage.

        Raises:
            InvalidTransition: the move is not allowed from the current stage.
            StockWouldGoNegative: paying would take stock below zero (retry with ``allow_negative=True``).
            PointsAlreadySpent: cancelling needs points the customer already spent (retry with
                ``allow_negative_balance=True`` or ``clamp_to_balance=True``).
        """
        now = now or utcnow()
        moved: list[dict[str, object]] = []
        with self._db.write() as session:
            order = session.get(Order, order_id)
            if order is None:
                raise NotFoundError()
            before = order.stage
            check_transition(before, stage)
            settings = read_settings(session)
            changes = Changes(orders=True, audit=True)
            if stage == "cancelled":
                name = _customer_name(session, order.customer_id)
                reversed_points = ledger.reverse_for_order(
                    session, order, name, now, actor.id,
                    allow_negative_balance=allow_negative_balance, clamp_to_balance=clamp_to_balance,
                )  # fmt: skip
                if reversed_points:
                    record(session, actor, "points_reversed", order.number, customer=order.customer_id,
                           points=-reversed_points)  # fmt: skip
                    changes |= Changes(loyalty=True)
                if order.stock_taken:
                    moved = effects.return_stock(session, order.id)
                    order.stock_taken = False
                    changes |= self._stock_audit(session, actor, order, "stock_returned", moved)
                order.cancelled_at = now
            elif stage in PAID_STAGES and before not in PAID_STAGES:
                moved = effects.take_stock(session, order.id, allow_negative=allow_negative)
                order.stock_taken = True
                order.paid_at = now
                changes |= self._stock_audit(session, actor, order, "stock_taken", moved)
            if stage == "done":
                order.completed_at = now
            order.stage = stage
            session.flush()
            earn_now = stage in PAID_STAGES and (
                (settings.earn_stage == "paid" and before not in PAID_STAGES) or settings.earn_stage == stage
            )
            if earn_now:
                points = ledger.earn_for_order(session, order, settings, now, actor.id)
                if points:
                    record(session, actor, "points_earned", order.number, customer=order.customer_id, points=points)
                    changes |= Changes(loyalty=True)
            if effects.move_stage_label(session, order.conversation_id, stage):
                changes |= Changes(labels=True, inbox=True)
            record(session, actor, "order_stage_changed", order.number, id=order.id, stage=[before, stage])
        return changes | after_products(self._products_changed, [cast(int, m["id"]) for m in moved])

    @staticmethod
    def _stock_audit(
        session: Session, actor: Actor, order: Order, action: str, moved: list[dict[str, object]]
    ) -> Changes:
        if not moved:
            return Changes()
        record(session, actor, action, order.number, order=order.id, products=moved)
        return Changes(catalog=True)

    def payment_instructions(self) -> str:
        """How customers pay (bank accounts, e-wallets, QRIS), printed on the invoice of an unpaid order."""
        with self._db.read() as session:
            value = _setting(session, PAYMENT_KEY)
        return value if isinstance(value, str) else ""

    def set_payment_instructions(self, actor: Actor, text: str) -> Changes:
        """Saves them (empty: none), audited as a settings change.

        Raises:
            PermissionDenied: the profile may not change settings.
            ValidationError: longer than MAX_PAYMENT_CHARS.
        """
        clean = "\n".join(line.rstrip() for line in text.strip().splitlines())
        if len(clean) > MAX_PAYMENT_CHARS:
            raise ValidationError(
                {"payment_instructions": tr_noop("Keep the payment instructions under 1,000 characters.")}
            )
        return ShopService(self._db).set_setting(actor, PAYMENT_KEY, clean or None)

    def invoice_text(self, order_id: int, language: str | None = None) -> str:
        """The order as a WhatsApp invoice in the shop's language, with its payment instructions."""
        with self._db.read() as session:
            order = session.get(Order, order_id)
            shop = session.get(Shop, 1)
            if order is None or shop is None:
                raise NotFoundError()
            instructions = _setting(session, PAYMENT_KEY)
            view = order_view(session, order)
            profile = ShopProfile(shop.name, shop.owner_name, shop.whatsapp, shop.timezone, shop.language)
        text = instructions if isinstance(instructions, str) else None
        return invoice_text(view, profile, text, language or profile.language)


def _party(session: Session, customer_id: int | None, conversation_id: int | None) -> tuple[int | None, int | None]:
    """The order's customer and conversation, each found from the other when only one is given."""
    if conversation_id is not None:
        conv = session.get(Conversation, conversation_id)
        if conv is None:
            raise NotFoundError()
        customer_id = customer_id if customer_id is not None else conv.customer_id
    if customer_id is not None:
        if session.get(Customer, customer_id) is None:
            raise NotFoundError()
        if conversation_id is None:
            conversation_id = session.scalar(
                select(Conversation.id)
                .where(Conversation.customer_id == customer_id, Conversation.is_group.is_(False))
                .order_by(Conversation.last_message_at.desc().nulls_last(), Conversation.id.desc())
                .limit(1)
            )
    return customer_id, conversation_id


def _customer_name(session: Session, customer_id: int | None) -> str:
    customer = session.get(Customer, customer_id) if customer_id is not None else None
    return customer.name if customer else ""


def _number(session: Session, order: Order, now: datetime) -> None:
    """Gives ``order`` the month's next number and inserts it (a savepoint per try: the number is unique)."""
    shop = session.get(Shop, 1)
    name = str(_setting(session, PREFIX_KEY, DEFAULT_PREFIX) or DEFAULT_PREFIX)
    local = to_shop_time(now, shop.timezone if shop else "WIB")  # the month on the shop's calendar
    prefix = number_prefix(name, local)
    # Numbers of the month sort by length then text (…/9999 before …/10000); the range keeps it on the index.
    last = session.scalar(
        select(Order.number)
        .where(Order.number > prefix, Order.number < prefix + "~")
        .order_by(func.length(Order.number).desc(), Order.number.desc())
        .limit(1)
    )
    sequence = _setting(session, SEQUENCE_KEY, {})
    high = sequence.get("last", 0) if isinstance(sequence, dict) and sequence.get("prefix") == prefix else 0
    serial = max(serial_of(last or "") or 0, int(high)) + 1
    for _attempt in range(NUMBER_ATTEMPTS):
        order.number = format_order_number(name, local, serial)
        try:
            with session.begin_nested():
                session.add(order)
                session.flush()
        except IntegrityError:  # another writer took it (PostgreSQL has no database-wide write lock)
            if order in session:
                session.expunge(order)
            serial += 1
            continue
        _put_setting(session, SEQUENCE_KEY, {"prefix": prefix, "last": serial})
        return
    raise RuntimeError(f"No free order number after {NUMBER_ATTEMPTS} tries from {prefix}")
