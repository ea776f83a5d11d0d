"""CatalogService: create, edit, duplicate, trash/restore/empty, collections — on a real SQLite file."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from merchant_desk.core.catalog import PhotoRef, ProductDraft, ProductFilter
from merchant_desk.core.errors import NotFoundError, ValidationError
from merchant_desk.db.models import ProductImage
from merchant_desk.services.hub import Services

KOPI = ProductDraft(
    name="Kopi Gayo",
    price=75_000,
    sku="KG-1",
    stock=12,
    collections=("Kopi",),
    photos=(PhotoRef(source_url="https://img.example/kopi.jpg"), PhotoRef("a" * 64, None, 800, 800)),
)


def test_create_and_read_back(shop: Services) -> None:
    created = shop.catalog.create(shop.actor, KOPI)
    assert created.changes.catalog and created.changes.audit
    detail = shop.catalog.detail(created.id)
    assert detail.draft == KOPI
    assert [p.position for p in detail.photos] == [0, 1]
    assert detail.photos[1].width == 800
    row = shop.catalog.rows([created.id])[0]
    assert (row.name, row.cover_url, row.cover_sha256, row.collections) == (
        "Kopi Gayo",
        "https://img.example/kopi.jpg",
        None,
        ("Kopi",),
    )
    assert row.changed_since_export
    actions = [e.action for e in shop.audit.recent()]
    assert "product_created" in actions


def test_validation_reports_every_field_and_stores_nothing(shop: Services) -> None:
    with pytest.raises(ValidationError) as info:
        shop.catalog.create(shop.actor, ProductDraft(name="", price=0, sale_price=-5))
    assert set(info.value.problems) == {"name", "price", "sale_price"}
    assert shop.catalog.count() == 0


def test_sku_must_be_unique_even_against_the_trash(shop: Services) -> None:
    first = shop.catalog.create(shop.actor, KOPI).id
    with pytest.raises(ValidationError) as info:
        shop.catalog.create(shop.actor, dataclasses.replace(KOPI, name="Lain"))
    assert "sku" in info.value.problems
    shop.catalog.delete(shop.actor, [first])
    with pytest.raises(ValidationError) as info:
        shop.catalog.create(shop.actor, dataclasses.replace(KOPI, name="Lain"))
    assert "trash" in info.value.problems["sku"]


def test_update_audits_price_and_stock_and_replaces_photos(shop: Services) -> None:
    pid = shop.catalog.create(shop.actor, KOPI).id
    edited = dataclasses.replace(KOPI, price=80_000, stock=10, photos=(), collections=("Kopi", "Promo"))
    assert shop.catalog.update(shop.actor, pid, edited).catalog
    assert shop.catalog.detail(pid).draft == edited
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ProductImage)) == 0
    entries = {e.action: e.detail for e in shop.audit.recent()}
    assert entries["price_changed"]["price"] == [75_000, 80_000]
    assert entries["stock_changed"]["stock"] == [12, 10]
    assert not shop.catalog.update(shop.actor, pid, edited).any()  # nothing changed: no Changes, no audit
    with pytest.raises(NotFoundError):
        shop.catalog.update(shop.actor, 999, edited)


def test_duplicate_drops_the_identifiers(shop: Services) -> None:
    pid = shop.catalog.create(shop.actor, dataclasses.replace(KOPI, feed_id="F1", name="x" * 200)).id
    copy = shop.catalog.duplicate(shop.actor, pid)
    draft = shop.catalog.detail(copy.id).draft
    assert draft.sku is None and draft.feed_id is None
    assert draft.name.endswith(" (copy)") and len(draft.name) == 200
    assert draft.photos == KOPI.photos and draft.collections == ("Kopi",)


def test_trash_restore_and_empty(shop: Services) -> None:
    a = shop.catalog.create(shop.actor, KOPI).id
    b = shop.catalog.create(shop.actor, ProductDraft(name="Teh", price=5_000)).id
    assert shop.catalog.delete(shop.actor, [a, b]).catalog
    assert shop.catalog.count() == 0 and shop.catalog.count(ProductFilter(trash=True)) == 2
    assert not shop.catalog.delete(shop.actor, [a]).any()  # already in the trash
    shop.catalog.restore(shop.actor, [a])
    assert shop.catalog.page_ids() == [a]
    assert shop.catalog.empty_trash(shop.actor).catalog
    assert shop.catalog.count(ProductFilter(trash=True)) == 0
    with pytest.raises(NotFoundError):
        shop.catalog.detail(b)
    assert not shop.catalog.empty_trash(shop.actor, []).any()
    actions = [e.action for e in shop.audit.recent()]
    assert {"product_deleted", "product_restored", "product_purged"} <= set(actions)


def test_collections_crud_and_order(shop: Services) -> None:
    kopi = shop.catalog.create_collection(shop.actor, "Kopi").id
    teh = shop.catalog.create_collection(shop.actor, "Teh", "Teh Nusantara").id
    with pytest.raises(ValidationError):
        shop.catalog.create_collection(shop.actor, "kopi")
    with pytest.raises(ValidationError):
        shop.catalog.create_collection(shop.actor, "  ")
    shop.catalog.reorder_collections(shop.actor, [teh, kopi])
    assert [c.name for c in shop.catalog.collections()] == ["Teh", "Kopi"]
    shop.catalog.rename_collection(shop.actor, kopi, "Kopi Bubuk")
    with pytest.raises(ValidationError):
        shop.catalog.rename_collection(shop.actor, kopi, "Teh")
    pid = shop.catalog.create(shop.actor, dataclasses.replace(KOPI, collections=("Kopi Bubuk", "Teh"))).id
    assert shop.catalog.rows([pid])[0].collections == ("Teh", "Kopi Bubuk")  # the shop's collection order
    counts = {c.name: c.product_count for c in shop.catalog.collections()}
    assert counts == {"Teh": 1, "Kopi Bubuk": 1}
    shop.catalog.delete_collection(shop.actor, teh)
    assert shop.catalog.rows([pid])[0].collections == ("Kopi Bubuk",)
    assert shop.catalog.count() == 1
    with pytest.raises(NotFoundError):
        shop.catalog.delete_collection(shop.actor, teh)
