"""The catalog's use cases: products (create, edit, duplicate, trash), queries, and the bulk/import/export parts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from merchant_desk.core.catalog import MAX_NAME, ProductDetail, ProductDraft, ProductFilter, ProductPhoto, ProductRow
from merchant_desk.core.catalog import validate_product as _validate
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, ValidationError, tr_noop
from merchant_desk.core.permissions import CHANGE_PRICES, DELETE_PRODUCTS
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Product, ProductImage
from merchant_desk.services import catalog_query as q
from merchant_desk.services.access import ensure_allowed
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.catalog_bulk import CatalogBulkMixin
from merchant_desk.services.catalog_export_service import CatalogExportMixin
from merchant_desk.services.catalog_import_service import CatalogImportMixin
from merchant_desk.services.catalog_store import (
    STATE_FIELDS,
    CollectionResolver,
    Created,
    ProductsChanged,
    after_products,
    audit_many,
    columns,
    replace_photos,
    stamp,
)

CATALOG_CHANGED = Changes(catalog=True, audit=True)
ALL_PRODUCTS = ProductFilter()  # the live (not trashed) products


def _sku_taken(session: Session, sku: str | None, other_than: int | None) -> str | None:
    if sku is None:
        return None
    owner = session.execute(select(Product.id, Product.deleted_at).where(Product.sku == sku)).first()
    if owner is None or owner.id == other_than:
        return None
    if owner.deleted_at is not None:
        return tr_noop("A product in the trash already uses this SKU.")
    return tr_noop("Another product already uses this SKU.")


@dataclass(frozen=True)
class ProductPage:
    total: int  # products the filter shows
    ids: tuple[int, ...]  # the asked window of them, in order


class CatalogService(CatalogBulkMixin, CatalogImportMixin, CatalogExportMixin):
    """Products, collections, import and export; every method owns a short session and returns dataclasses."""

    def __init__(self, db: Database, photo_dir: Path, products_changed: ProductsChanged | None = None) -> None:
        """``products_changed`` hears which products' price, stock or availability a committed write changed."""
        self._db = db
        self._photo_dir = Path(photo_dir)
        self._products_changed = products_changed

    # -- queries (big lists never load every product) ------------------------------------------------------

    def count(self, flt: ProductFilter = ALL_PRODUCTS) -> int:
        with self._db.read() as session:
            return q.count(session, flt)

    def page_ids(
        self,
        flt: ProductFilter = ALL_PRODUCTS,
        sort: str = "name",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[int]:
        """Ids of one page; ``sort`` is any of ``catalog_query.SORTABLE``."""
        with self._db.read() as session:
            return q.page_ids(session, flt, sort, descending, offset, limit)

    def page(
        self,
        flt: ProductFilter = ALL_PRODUCTS,
        sort: str = "name",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> ProductPage:
        """The count and one page of ids in one session: what a search keystroke needs."""
        with self._db.read() as session:
            total = q.count(session, flt)
            return ProductPage(total, tuple(q.page_ids(session, flt, sort, descending, offset, limit, total)))

    def first_page(
        self, flt: ProductFilter, sort: str, descending: bool, limit: int, screen: int, counted: bool
    ) -> tuple[list[int], int, bool, list[ProductRow]]:
        """What a search keystroke shows, in one session: the first ``limit`` ids, their count (exact when
        ``counted`` or complete), whether they are all, and the first ``screen`` rows (``catalog_query``)."""
        return q.first_page(self._db, flt, sort, descending, limit, screen, counted)

    def rows(self, ids: Sequence[int]) -> list[ProductRow]:
        """List rows for ``ids``, in that order (missing ids are left out)."""
        with self._db.read() as session:
            return q.rows(session, ids)

    def detail(self, product_id: int) -> ProductDetail:
        with self._db.read() as session:
            product = session.get(Product, product_id)
            if product is None:
                raise NotFoundError()
            images = session.scalars(
                select(ProductImage).where(ProductImage.product_id == product_id).order_by(ProductImage.position)
            ).all()
            links = q.collections_of(session, [product_id]).get(product_id, [])
            photos = tuple(ProductPhoto(i.id, i.position, i.sha256, i.source_url, i.width, i.height) for i in images)
            refs = q.photos_of(session, [product_id]).get(product_id, [])
            return ProductDetail(
                id=product.id,
                draft=q.draft_from(product, refs, [name for _cid, name in links]),
                photos=photos,
                collection_ids=tuple(cid for cid, _name in links),
                created_at=product.created_at,
                updated_at=product.updated_at,
                exported_at=product.exported_at,
                deleted_at=product.deleted_at,
            )

    # -- one product --------------------------------------------------------------------------------------

    def create(self, actor: Actor, draft: ProductDraft) -> Created:
        """Validates and saves a new product.

        Raises:
            ValidationError: every wrong field at once (including a SKU another product uses).
        """
        draft = _validate(draft)
        with self._db.write() as session:
            taken = _sku_taken(session, draft.sku, None)
            if taken:
                raise ValidationError({"sku": taken})
            product = Product(**columns(draft))
            session.add(product)
            session.flush()
            replace_photos(session, [product.id], {product.id: draft.photos})
            CollectionResolver(session).replace_links([product.id], {product.id: draft.collections})
            record(session, actor, "product_created", draft.name, id=product.id, price=draft.price, stock=draft.stock)
            return Created(product.id, CATALOG_CHANGED)

    def update(self, actor: Actor, product_id: int, draft: ProductDraft) -> Changes:
        """Saves an edited product; price and stock changes are audited old -> new."""
        draft = _validate(draft)
        with self._db.write() as session:
            product = session.get(Product, product_id)
            if product is None:
                raise NotFoundError()
            taken = _sku_taken(session, draft.sku, product_id)
            if taken:
                raise ValidationError({"sku": taken})
            before = q.draft_from(
                product,
                q.photos_of(session, [product_id]).get(product_id, []),
                [n for _c, n in q.collections_of(session, [product_id]).get(product_id, [])],
            )
            if before == draft:
                return Changes()
            watched = any(getattr(before, f) != getattr(draft, f) for f in STATE_FIELDS)
            if (before.price, before.sale_price) != (draft.price, draft.sale_price):
                ensure_allowed(self._db, actor, CHANGE_PRICES)
            self._audit_edit(session, actor, product_id, before, draft)
            for name, value in columns(draft).items():
                setattr(product, name, value)
            if [p.key for p in before.photos] != [p.key for p in draft.photos]:
                replace_photos(session, [product_id], {product_id: draft.photos})
            if set(before.collections) != set(draft.collections):
                CollectionResolver(session).replace_links([product_id], {product_id: draft.collections})
            product.updated_at = stamp()  # photo/collection-only edits must count as changes since export
        return CATALOG_CHANGED | after_products(self._products_changed, [product_id] if watched else [])

    @staticmethod
    def _audit_edit(session: Session, actor: Actor, pid: int, before: ProductDraft, after: ProductDraft) -> None:
        if before.price != after.price or before.sale_price != after.sale_price:
            record(
                session,
                actor,
                "price_changed",
                after.name,
                id=pid,
                price=[before.price, after.price],
                sale_price=[before.sale_price, after.sale_price],
            )
        if before.stock != after.stock:
            record(session, actor, "stock_changed", after.name, id=pid, stock=[before.stock, after.stock])
        changed = [
            f
            for f in ("name", "description", "sku", "availability", "hidden")
            if getattr(before, f) != getattr(after, f)
        ]
        if changed:
            record(session, actor, "product_edited", after.name, id=pid, fields=changed)

    def duplicate(self, actor: Actor, product_id: int) -> Created:
        """A copy named "… (copy)" without SKU or feed id (both identify the original)."""
        original = self.detail(product_id).draft
        suffix = " (copy)"
        name = original.name[: MAX_NAME - len(suffix)] + suffix
        return self.create(actor, replace(original, name=name, sku=None, feed_id=None))

    # -- trash --------------------------------------------------------------------------------------------

    def delete(self, actor: Actor, ids: Sequence[int]) -> Changes:
        """Moves products to the trash (restorable)."""
        ensure_allowed(self._db, actor, DELETE_PRODUCTS)
        return self._trash(actor, ids, to_trash=True)

    def restore(self, actor: Actor, ids: Sequence[int]) -> Changes:
        return self._trash(actor, ids, to_trash=False)

    def _trash(self, actor: Actor, ids: Sequence[int], *, to_trash: bool) -> Changes:
        now, touched, restored = stamp(), 0, []
        with self._db.write() as session:
            for part in q.chunks(list(ids)):
                state = Product.deleted_at.is_(None) if to_trash else Product.deleted_at.is_not(None)
                found = session.execute(select(Product.id, Product.name).where(Product.id.in_(part), state)).all()
                if not found:
                    continue
                session.execute(
                    update(Product)
                    .where(Product.id.in_([r.id for r in found]))
                    .values(deleted_at=now if to_trash else None, updated_at=now)
                )
                action = "product_deleted" if to_trash else "product_restored"
                touched += audit_many(session, actor, action, ((r.name, {"id": r.id}) for r in found))
                restored += [] if to_trash else [r.id for r in found]
        return CATALOG_CHANGED | after_products(self._products_changed, restored) if touched else Changes()

    def empty_trash(self, actor: Actor, ids: Sequence[int] | None = None) -> Changes:
        """Deletes trashed products for good (all of them, or those of ``ids``); photo files stay on disk."""
        ensure_allowed(self._db, actor, DELETE_PRODUCTS)
        with self._db.write() as session:
            where = [Product.deleted_at.is_not(None)]
            if ids is not None and not ids:
                return Changes()
            if ids is not None:
                where.append(or_(*(Product.id.in_(part) for part in q.chunks(list(ids)))))
            gone = session.execute(select(Product.id, Product.name).where(*where)).all()
            for part in q.chunks([r.id for r in gone]):
                session.execute(delete(Product).where(Product.id.in_(part)))
            audit_many(session, actor, "product_purged", ((r.name, {"id": r.id}) for r in gone))
        return CATALOG_CHANGED if gone else Changes()
