"""Bulk edits of many selected products, and the shop's collections."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from merchant_desk.core.catalog import AVAILABILITY, MAX_COLLECTION_NAME, CollectionInfo, normalise_availability
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, UserError, ValidationError, tr_noop
from merchant_desk.core.permissions import CHANGE_PRICES
from merchant_desk.db.models import Collection, Product, product_collections
from merchant_desk.services import catalog_query as q
from merchant_desk.services.access import ensure_allowed
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.catalog_store import (
    STATE_FIELDS,
    CollectionResolver,
    Created,
    ProductsChanged,
    after_products,
    audit_many,
    stamp,
)

if TYPE_CHECKING:
    from merchant_desk.db.engine import Database

CHANGED = Changes(catalog=True, audit=True)


class PriceWouldBreak(UserError):
    message = tr_noop("This change would make the price of '{name}' {reason}; nothing was changed.")


def adjusted_price(price: int, *, amount: int = 0, percent: Decimal | int | str = 0, round_to: int = 1) -> int:
    """``price`` plus ``amount`` Rupiah and ``percent`` per cent, rounded to a multiple of ``round_to``.

    Rounding is exact decimal arithmetic, to the nearest multiple, halves up (Rp12.350 at ``round_to=100``
    becomes Rp12.400), so a 10 % rise of Rp15.000 is exactly Rp16.500 and never a float's Rp16.499.
    """
    value = (Decimal(price) + Decimal(amount)) * (Decimal(100) + Decimal(str(percent))) / Decimal(100)
    step = Decimal(max(round_to, 1))
    return int((value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step)


class CatalogBulkMixin:
    _db: Database
    _products_changed: ProductsChanged | None

    def _update_each(self, actor: Actor, ids: Sequence[int], action: str, field: str, new_value: object) -> Changes:
        """Sets one column on many products and audits each old -> new (only real changes)."""
        now, entries = stamp(), []
        changed: list[int] = []
        column = getattr(Product, field)
        with self._db.write() as session:
            for part in q.chunks(list(ids)):
                found = session.execute(
                    select(Product.id, Product.name, column).where(
                        Product.id.in_(part), column.is_distinct_from(new_value)
                    )
                ).all()
                if not found:
                    continue
                session.execute(
                    update(Product)
                    .where(Product.id.in_([r[0] for r in found]))
                    .values({field: new_value, "updated_at": now})
                )
                entries.extend((r[1], {"id": r[0], field: [r[2], new_value]}) for r in found)
                changed.extend(r[0] for r in found)
            audit_many(session, actor, action, entries)
        if not entries:
            return Changes()
        return CHANGED | after_products(self._products_changed, changed if field in STATE_FIELDS else [])

    def set_stock(self, actor: Actor, ids: Sequence[int], stock: int | None) -> Changes:
        """Sets stock (None: not tracked); each adjustment is audited old -> new."""
        if stock is not None and (isinstance(stock, bool) or stock < 0):
            raise ValidationError({"stock": tr_noop("Stock cannot be negative.")})
        return self._update_each(actor, ids, "stock_changed", "stock", stock)

    def set_availability(self, actor: Actor, ids: Sequence[int], availability: str) -> Changes:
        value = normalise_availability(availability)
        if value not in AVAILABILITY:
            raise ValidationError({"availability": tr_noop("Choose one of Meta's availability values.")})
        return self._update_each(actor, ids, "availability_changed", "availability", value)

    def set_hidden(self, actor: Actor, ids: Sequence[int], hidden: bool) -> Changes:
        return self._update_each(actor, ids, "product_hidden" if hidden else "product_shown", "hidden", bool(hidden))

    def set_price(self, actor: Actor, product_id: int, price: int, sale_price: int | None = None) -> Changes:
        """Inline price edit of one product (the sale price given replaces the old one)."""
        ensure_allowed(self._db, actor, CHANGE_PRICES)
        problems = {}
        if isinstance(price, bool) or price <= 0:
            problems["price"] = tr_noop("The price must be more than Rp0.")
        elif sale_price is not None and not 0 < sale_price < price:
            problems["sale_price"] = tr_noop("The sale price must be lower than the price.")
        if problems:
            raise ValidationError(problems)
        return self._write_prices(actor, {product_id: (price, sale_price)}, must_exist=True)

    def adjust_prices(
        self,
        actor: Actor,
        ids: Sequence[int],
        *,
        amount: int = 0,
        percent: Decimal | int | str = 0,
        round_to: int = 1,
    ) -> Changes:
        """Changes price (and sale price, so discounts keep their size) by an amount and/or a percentage.

        Raises:
            PriceWouldBreak: a product would reach Rp0 or less, or its sale price would reach its price;
                nothing is changed then.
        """
        ensure_allowed(self._db, actor, CHANGE_PRICES)
        with self._db.read() as session:
            current = self._prices(session, ids)
        new: dict[int, tuple[int, int | None]] = {}
        for pid, (name, price, sale) in current.items():
            np = adjusted_price(price, amount=amount, percent=percent, round_to=round_to)
            ns = None if sale is None else adjusted_price(sale, amount=amount, percent=percent, round_to=round_to)
            if np <= 0 or (ns is not None and ns <= 0):
                raise PriceWouldBreak(name=name, reason="Rp0 or less")
            if ns is not None and ns >= np:
                raise PriceWouldBreak(name=name, reason="no higher than its sale price")
            new[pid] = (np, ns)
        return self._write_prices(actor, new)

    @staticmethod
    def _prices(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, int, int | None]]:
        found = {}
        for part in q.chunks(list(ids)):
            query = select(Product.id, Product.name, Product.price, Product.sale_price).where(Product.id.in_(part))
            found.update((r.id, (r.name, r.price, r.sale_price)) for r in session.execute(query))
        return found

    def _write_prices(self, actor: Actor, new: dict[int, tuple[int, int | None]], must_exist: bool = False) -> Changes:
        now, params, entries = stamp(), [], []
        with self._db.write() as session:
            old = self._prices(session, list(new))
            if must_exist and len(old) < len(new):
                raise NotFoundError()
            for pid, (name, price, sale) in old.items():
                np, ns = new[pid]
                if (np, ns) != (price, sale):
                    params.append({"pid": pid, "price": np, "sale_price": ns, "updated_at": now})
                    entries.append((name, {"id": pid, "price": [price, np], "sale_price": [sale, ns]}))
            if params:
                statement = update(Product.__table__).where(Product.__table__.c.id == bindparam("pid"))
                session.connection().execute(statement, params)
            audit_many(session, actor, "price_changed", entries)
        if not params:
            return Changes()
        return CHANGED | after_products(self._products_changed, [p["pid"] for p in params])

    # -- collections --------------------------------------------------------------------------------------

    def add_to_collection(self, actor: Actor, ids: Sequence[int], collection_id: int) -> Changes:
        """Adds products to the end of a collection (those already in it stay where they are)."""
        with self._db.write() as session:
            name = self._collection_name(session, collection_id)
            resolver, added = CollectionResolver(session), []
            for part in q.chunks(list(ids)):
                already = select(product_collections.c.product_id).where(
                    product_collections.c.collection_id == collection_id
                )
                new = session.scalars(select(Product.id).where(Product.id.in_(part), Product.id.not_in(already))).all()
                added.extend(new)
                if new:
                    values = [
                        {"product_id": p, "collection_id": collection_id, "position": resolver.slot(collection_id)}
                        for p in new
                    ]
                    session.execute(insert(product_collections), values)
                    session.execute(update(Product).where(Product.id.in_(new)).values(updated_at=stamp()))
            if added:
                record(session, actor, "collection_products_added", name, ids=added[:1000], count=len(added))
        return CHANGED if added else Changes()

    def remove_from_collection(self, actor: Actor, ids: Sequence[int], collection_id: int) -> Changes:
        removed = 0
        with self._db.write() as session:
            name = self._collection_name(session, collection_id)
            for part in q.chunks(list(ids)):
                link = product_collections.c
                result = session.execute(
                    delete(product_collections).where(link.collection_id == collection_id, link.product_id.in_(part))
                )
                removed += result.rowcount or 0  # type: ignore[attr-defined]
                session.execute(update(Product).where(Product.id.in_(part)).values(updated_at=stamp()))
            if removed:
                record(session, actor, "collection_products_removed", name, count=removed)
        return CHANGED if removed else Changes()

    @staticmethod
    def _collection_name(session: Session, collection_id: int) -> str:
        name = session.scalar(select(Collection.name).where(Collection.id == collection_id))
        if name is None:
            raise NotFoundError()
        return name

    def collections(self) -> list[CollectionInfo]:
        """Every collection in the shop's order, with its count of live products."""
        live = (
            select(func.count())
            .select_from(product_collections)
            .join(Product, Product.id == product_collections.c.product_id)
        )
        with self._db.read() as session:
            result = session.execute(select(Collection).order_by(Collection.position, Collection.id)).scalars().all()
            return [
                CollectionInfo(
                    c.id,
                    c.name,
                    c.position,
                    c.description,
                    session.scalar(
                        live.where(product_collections.c.collection_id == c.id, Product.deleted_at.is_(None))
                    )
                    or 0,
                )
                for c in result
            ]

    @staticmethod
    def _collection_name_ok(name: str) -> str:
        clean = " ".join(name.split())
        if not clean or len(clean) > MAX_COLLECTION_NAME:
            raise ValidationError({"name": tr_noop("A collection needs a name of at most 100 characters.")})
        return clean

    def create_collection(self, actor: Actor, name: str, description: str | None = None) -> Created:
        """A new collection at the end of the order."""
        clean = self._collection_name_ok(name)
        with self._db.write() as session:
            if session.scalar(select(Collection.id).where(func.lower(Collection.name) == clean.lower())):
                raise ValidationError({"name": tr_noop("There is already a collection with this name.")})
            position = (session.scalar(select(func.max(Collection.position))) or 0) + 1
            collection = Collection(name=clean, position=position, description=description)
            session.add(collection)
            session.flush()
            record(session, actor, "collection_created", clean, id=collection.id)
            return Created(collection.id, CHANGED)

    def rename_collection(self, actor: Actor, collection_id: int, name: str, description: str | None = None) -> Changes:
        clean = self._collection_name_ok(name)
        with self._db.write() as session:
            collection = session.get(Collection, collection_id)
            if collection is None:
                raise NotFoundError()
            clash = session.scalar(
                select(Collection.id).where(
                    func.lower(Collection.name) == clean.lower(), Collection.id != collection_id
                )
            )
            if clash:
                raise ValidationError({"name": tr_noop("There is already a collection with this name.")})
            record(session, actor, "collection_renamed", clean, id=collection_id, name=[collection.name, clean])
            collection.name, collection.description = clean, description
        return CHANGED

    def delete_collection(self, actor: Actor, collection_id: int) -> Changes:
        """Deletes a collection; its products stay in the catalog."""
        with self._db.write() as session:
            name = self._collection_name(session, collection_id)
            session.execute(delete(Collection).where(Collection.id == collection_id))
            record(session, actor, "collection_deleted", name, id=collection_id)
        return CHANGED

    def reorder_collections(self, actor: Actor, ordered_ids: Sequence[int]) -> Changes:
        """Sets the collections' order; ids not listed keep their relative order after the listed ones."""
        with self._db.write() as session:
            existing = list(session.scalars(select(Collection.id).order_by(Collection.position, Collection.id)))
            order = [i for i in ordered_ids if i in set(existing)] + [i for i in existing if i not in set(ordered_ids)]
            for position, cid in enumerate(order):
                session.execute(update(Collection).where(Collection.id == cid).values(position=position))
            record(session, actor, "collections_reordered", None, order=order)
        return CHANGED
