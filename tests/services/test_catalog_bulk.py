"""Bulk edits: prices by amount or percent (exact rounding), stock, availability, collections, hide, delete."""

from __future__ import annotations

from decimal import Decimal

import pytest

from merchant_desk.core.catalog import ProductDraft, ProductFilter
from merchant_desk.core.errors import NotFoundError, ValidationError
from merchant_desk.services.catalog_bulk import PriceWouldBreak, adjusted_price
from merchant_desk.services.hub import Services


@pytest.fixture
def ids(shop: Services) -> list[int]:
    drafts = [
        ProductDraft(name="Kopi", price=15_000, sale_price=12_000, stock=5),
        ProductDraft(name="Teh", price=7_450, stock=None),
        ProductDraft(name="Gula", price=20_000, stock=1),
    ]
    return [shop.catalog.create(shop.actor, d).id for d in drafts]


@pytest.mark.parametrize(
    ("price", "kwargs", "expected"),
    [
        (15_000, {"percent": 10}, 16_500),
        (15_000, {"percent": "-12.5"}, 13_125),
        (7_450, {"percent": 10, "round_to": 100}, 8_200),  # 8195 -> 8200: halves go up
        (12_350, {"round_to": 100}, 12_400),
        (12_349, {"round_to": 100}, 12_300),
        (15_000, {"amount": -2_500}, 12_500),
        (999, {"percent": Decimal("33.3")}, 1_332),  # 1331.667
        (3, {"percent": "16.6666"}, 3),
    ],
)
def test_adjusted_price_is_exact(price: int, kwargs: dict[str, object], expected: int) -> None:
    assert adjusted_price(price, **kwargs) == expected  # type: ignore[arg-type]


def test_percent_moves_price_and_sale_price_and_audits_each(shop: Services, ids: list[int]) -> None:
    assert shop.catalog.adjust_prices(shop.actor, ids, percent=10, round_to=100).catalog
    rows = {r.name: r for r in shop.catalog.rows(ids)}
    assert (rows["Kopi"].price, rows["Kopi"].sale_price) == (16_500, 13_200)
    assert (rows["Teh"].price, rows["Gula"].price) == (8_200, 22_000)
    changes = [e for e in shop.audit.recent() if e.action == "price_changed"]
    assert {tuple(e.detail["price"]) for e in changes} == {(15_000, 16_500), (7_450, 8_200), (20_000, 22_000)}


def test_a_price_that_would_break_changes_nothing(shop: Services, ids: list[int]) -> None:
    with pytest.raises(PriceWouldBreak) as info:
        shop.catalog.adjust_prices(shop.actor, ids, amount=-8_000)
    assert "Teh" in str(info.value)
    assert [r.price for r in shop.catalog.rows(ids)] == [15_000, 7_450, 20_000]


def test_inline_price_edit(shop: Services, ids: list[int]) -> None:
    shop.catalog.set_price(shop.actor, ids[1], 8_000, 7_500)
    row = shop.catalog.rows([ids[1]])[0]
    assert (row.price, row.sale_price) == (8_000, 7_500)
    with pytest.raises(ValidationError):
        shop.catalog.set_price(shop.actor, ids[1], 8_000, 9_000)
    with pytest.raises(ValidationError):
        shop.catalog.set_price(shop.actor, ids[1], 0)
    with pytest.raises(NotFoundError):
        shop.catalog.set_price(shop.actor, 999, 1_000)
    assert not shop.catalog.set_price(shop.actor, ids[1], 8_000, 7_500).any()


def test_stock_availability_hidden(shop: Services, ids: list[int]) -> None:
    assert shop.catalog.set_stock(shop.actor, ids, 0).catalog
    assert [r.stock for r in shop.catalog.rows(ids)] == [0, 0, 0]
    stock_entries = [e for e in shop.audit.recent() if e.action == "stock_changed"]
    assert sorted(e.detail["stock"] for e in stock_entries if e.detail["stock"][0] is not None) == [[1, 0], [5, 0]]
    assert len(stock_entries) == 3  # "not tracked" -> 0 is an adjustment too
    assert not shop.catalog.set_stock(shop.actor, ids, 0).any()
    with pytest.raises(ValidationError):
        shop.catalog.set_stock(shop.actor, ids, -1)
    shop.catalog.set_stock(shop.actor, ids[:1], None)
    assert shop.catalog.rows(ids[:1])[0].stock is None
    shop.catalog.set_availability(shop.actor, ids, "out_of_stock")
    assert {r.availability for r in shop.catalog.rows(ids)} == {"out of stock"}
    with pytest.raises(ValidationError):
        shop.catalog.set_availability(shop.actor, ids, "soon")
    shop.catalog.set_hidden(shop.actor, ids[1:], True)
    assert shop.catalog.count(ProductFilter(hidden=True)) == 2


def test_collection_membership_in_bulk(shop: Services, ids: list[int]) -> None:
    promo = shop.catalog.create_collection(shop.actor, "Promo").id
    assert shop.catalog.add_to_collection(shop.actor, ids, promo).catalog
    assert not shop.catalog.add_to_collection(shop.actor, ids[:1], promo).any()  # already in it
    assert shop.catalog.count(ProductFilter(collection_id=promo)) == 3
    shop.catalog.remove_from_collection(shop.actor, ids[:2], promo)
    assert shop.catalog.page_ids(ProductFilter(collection_id=promo)) == [ids[2]]
    with pytest.raises(NotFoundError):
        shop.catalog.add_to_collection(shop.actor, ids, 999)


def test_bulk_delete_of_many(shop: Services) -> None:
    many = [shop.catalog.create(shop.actor, ProductDraft(name=f"Barang {i}", price=1_000 + i)).id for i in range(60)]
    shop.catalog.delete(shop.actor, many)
    assert shop.catalog.count() == 0
    shop.catalog.restore(shop.actor, many[:10])
    assert shop.catalog.count() == 10
