"""Which customers wait for which product (back in stock, price drop), and the product state they wait on."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, ValidationError, tr_noop
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Customer, Product, ProductInterest, ProductSnapshot
from merchant_desk.services.audit_service import Actor, record

BACK_IN_STOCK, PRICE_DROP = "back_in_stock", "price_drop"
KINDS = (BACK_IN_STOCK, PRICE_DROP)
_UNAVAILABLE = ("out of stock", "discontinued")
INTEREST_CHANGED = Changes(inbox=True, audit=True)


@dataclass(frozen=True)
class ProductState:
    price: int  # what the customer pays: the sale price when it is lower
    stock: int | None  # None: not tracked
    availability: str = "in stock"

    @property
    def available(self) -> bool:
        return self.availability not in _UNAVAILABLE and (self.stock is None or self.stock > 0)

    @classmethod
    def of(cls, product: Product) -> ProductState:
        sale = product.sale_price
        price = sale if sale is not None and sale < product.price else product.price
        return cls(price, product.stock, product.availability)


def events_between(before: ProductState, after: ProductState) -> list[str]:
    """The follow-up events a change of one product makes: back in stock (0 → more, or available again), price drop."""
    events = []
    if not before.available and after.available:
        events.append(BACK_IN_STOCK)
    if after.price < before.price:
        events.append(PRICE_DROP)
    return events


@dataclass(frozen=True)
class InterestInfo:
    id: int
    customer_id: int
    product_id: int
    kind: str
    created_at: datetime


@dataclass(frozen=True)
class WatchedProduct:
    """One product a customer waits for, with every kind of news asked for (the customer panel's row)."""

    product_id: int
    product_name: str
    kinds: tuple[str, ...]  # in KINDS order
    interest_ids: tuple[int, ...]
    in_trash: bool


def snapshot(session: Session, product: Product, now: datetime | None = None) -> None:
    """Records the product's state now: the baseline the next check compares against."""
    state = ProductState.of(product)
    session.add(ProductSnapshot(product_id=product.id, price=state.price, stock=state.stock,
                                available=state.available, seen_at=now or utcnow()))  # fmt: skip


class InterestMixin:
    _db: Database

    def mark_interested(self, actor: Actor, customer_id: int, product_id: int, kinds: Iterable[str] = KINDS) -> Changes:
        """The customer wants to hear when the product is back in stock and/or cheaper (from the conversation)."""
        kinds = tuple(dict.fromkeys(kinds))
        if not kinds or any(k not in KINDS for k in kinds):
            raise ValidationError({"kind": tr_noop("Choose back in stock and/or price drop.")})
        with self._db.write() as session:
            customer, product = session.get(Customer, customer_id), session.get(Product, product_id)
            if customer is None or product is None:
                raise NotFoundError()
            have = set(session.scalars(select(ProductInterest.kind).where(
                ProductInterest.customer_id == customer_id, ProductInterest.product_id == product_id)))  # fmt: skip
            added = [k for k in kinds if k not in have]
            watched = session.scalar(
                select(ProductInterest.id).where(ProductInterest.product_id == product_id).limit(1)
            )
            for kind in added:
                session.add(ProductInterest(customer_id=customer_id, product_id=product_id, kind=kind))
            if added and watched is None:
                # The baseline later changes are measured from; a snapshot left from an earlier watch is stale.
                old = session.get(ProductSnapshot, product_id)
                if old is not None:
                    session.delete(old)
                    session.flush()
                snapshot(session, product)
            if added:
                record(session, actor, "interest_added", product.name, customer=customer.name, kinds=added)
        return INTEREST_CHANGED if added else Changes()

    def remove_interest(self, actor: Actor, interest_id: int) -> Changes:
        return self.remove_interests(actor, [interest_id])

    def remove_interests(self, actor: Actor, interest_ids: Sequence[int]) -> Changes:
        """Forgets interests (a product's row in the customer panel holds one per kind); one audit entry each.

        Raises:
            NotFoundError: none of them exists any more.
        """
        with self._db.write() as session:
            rows = list(session.scalars(select(ProductInterest).where(ProductInterest.id.in_(interest_ids))))
            if not rows:
                raise NotFoundError()
            query = select(Product.id, Product.name).where(Product.id.in_({r.product_id for r in rows}))
            names = {pid: name for pid, name in session.execute(query)}
            for row in rows:
                subject = names.get(row.product_id, str(row.product_id))
                record(session, actor, "interest_removed", subject, customer_id=row.customer_id, kind=row.kind)
                session.delete(row)
        return INTEREST_CHANGED

    def interests(self, customer_id: int | None = None, product_id: int | None = None) -> list[InterestInfo]:
        query = select(ProductInterest).order_by(ProductInterest.created_at, ProductInterest.id)
        if customer_id is not None:
            query = query.where(ProductInterest.customer_id == customer_id)
        if product_id is not None:
            query = query.where(ProductInterest.product_id == product_id)
        with self._db.read() as session:
            return [
                InterestInfo(r.id, r.customer_id, r.product_id, r.kind, r.created_at) for r in session.scalars(query)
            ]

    def watched_products(self, customer_id: int) -> list[WatchedProduct]:
        """The products one customer waits for, oldest first, each once with its kinds."""
        query = (
            select(ProductInterest.id, ProductInterest.product_id, ProductInterest.kind, Product.name,
                   Product.deleted_at)
            .join(Product, Product.id == ProductInterest.product_id)
            .where(ProductInterest.customer_id == customer_id)
            .order_by(ProductInterest.created_at, ProductInterest.id)
        )  # fmt: skip
        grouped: dict[int, tuple[str, bool, dict[str, int]]] = {}
        with self._db.read() as session:
            for interest_id, product_id, kind, name, deleted_at in session.execute(query):
                grouped.setdefault(product_id, (name, deleted_at is not None, {}))[2][kind] = interest_id
        return [
            WatchedProduct(pid, name, tuple(k for k in KINDS if k in ids), tuple(ids.values()), trashed)
            for pid, (name, trashed, ids) in grouped.items()
        ]
