"""Product validation: every problem at once, each under its field, and a normalised draft when all is well."""

from __future__ import annotations

import dataclasses

import pytest

from merchant_desk.core.catalog import (
    AVAILABILITY,
    PhotoRef,
    ProductDraft,
    normalise_availability,
    validate_product,
)
from merchant_desk.core.errors import ValidationError


def test_a_good_draft_is_normalised() -> None:
    draft = ProductDraft(
        name="  Kopi   Gayo  ",
        price=75_000,
        description=" Arabika\r\nGayo ",
        sku=" KG-1 ",
        brand="",
        link=" https://toko.example/kopi ",
        availability="IN_STOCK",
        condition="Used_like_new",
        feed_id="  ",
        collections=("Kopi", " Kopi ", "", "Minuman"),
        photos=(PhotoRef(), PhotoRef(source_url="https://img.example/a.jpg")),
    )
    clean = validate_product(draft)
    assert clean.name == "Kopi Gayo"
    assert clean.description == "Arabika\nGayo"
    assert clean.sku == "KG-1"
    assert clean.brand is None and clean.feed_id is None
    assert clean.link == "https://toko.example/kopi"
    assert clean.availability == "in stock"
    assert clean.condition == "used"
    assert clean.collections == ("Kopi", "Minuman")
    assert clean.photos == (PhotoRef(source_url="https://img.example/a.jpg"),)


def test_every_problem_is_reported_at_once() -> None:
    bad = ProductDraft(
        name="x" * 201,
        price=0,
        description="d" * 5001,
        sku="s" * 101,
        sale_price=-1,
        stock=-2,
        availability="maybe",
        condition="broken",
        brand="b" * 101,
        link="toko.example",
        photos=tuple(PhotoRef(sha256=f"{i:064x}") for i in range(11)),
    )
    with pytest.raises(ValidationError) as info:
        validate_product(bad)
    assert set(info.value.problems) == {
        "name",
        "price",
        "description",
        "sku",
        "sale_price",
        "stock",
        "availability",
        "condition",
        "brand",
        "link",
        "photos",
    }


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "   "}, "name"),
        ({"price": -5}, "price"),
        ({"price": True}, "price"),
        ({"sale_price": 75_000}, "sale_price"),
        ({"sale_price": 80_000}, "sale_price"),
        ({"link": "javascript:alert(1)"}, "link"),
        ({"link": "https://"}, "link"),
        ({"collections": ("c" * 101,)}, "collections"),
        ({"feed_id": "f" * 101}, "feed_id"),
    ],
)
def test_single_problems(changes: dict[str, object], field: str) -> None:
    draft = dataclasses.replace(ProductDraft(name="Kopi", price=75_000), **changes)
    with pytest.raises(ValidationError) as info:
        validate_product(draft)
    assert set(info.value.problems) == {field}


def test_limits_are_inclusive() -> None:
    draft = ProductDraft(
        name="n" * 200,
        price=1,
        description="d" * 5000,
        sku="s" * 100,
        stock=0,
        photos=tuple(PhotoRef(sha256=f"{i:064x}") for i in range(10)),
        link="http://a.id/x",
    )
    assert validate_product(draft).stock == 0


def test_stock_none_means_not_tracked_and_sale_below_price_is_fine() -> None:
    clean = validate_product(ProductDraft(name="Kopi", price=75_000, sale_price=70_000, stock=None))
    assert clean.stock is None and clean.sale_price == 70_000


@pytest.mark.parametrize("value", AVAILABILITY)
def test_meta_availability_values_are_kept(value: str) -> None:
    assert normalise_availability(value) == value
    assert normalise_availability(value.upper().replace(" ", "_")) == value
