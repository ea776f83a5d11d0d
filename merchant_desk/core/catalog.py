"""Products as the catalog edits, lists and exports them, and the rules every product must follow."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from merchant_desk.core.errors import ValidationError, tr_noop

# Meta's catalog values (Commerce Manager, WhatsApp and Instagram catalogs share them).
AVAILABILITY: tuple[str, ...] = ("in stock", "out of stock", "preorder", "available for order", "discontinued")
CONDITIONS: tuple[str, ...] = ("new", "refurbished", "used")
DEFAULT_AVAILABILITY = "in stock"
DEFAULT_CONDITION = "new"

MAX_NAME = 200  # WhatsApp's catalog limit
MAX_DESCRIPTION = 5_000
MAX_SKU = 100
MAX_BRAND = 100
MAX_LINK = 500
MAX_PHOTOS = 10
MAX_COLLECTION_NAME = 100

_AVAILABILITY_ALIASES = {
    "in_stock": "in stock",
    "instock": "in stock",
    "out_of_stock": "out of stock",
    "outofstock": "out of stock",
    "pre-order": "preorder",
    "pre_order": "preorder",
    "available_for_order": "available for order",
    "backorder": "available for order",
}
_CONDITION_ALIASES = {"used_like_new": "used", "used_good": "used", "used_fair": "used", "cpo": "refurbished"}
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def normalise_availability(value: str) -> str:
    """Meta's spelling of an availability value (``in_stock`` -> ``in stock``); unknown text is returned as is."""
    text = " ".join(value.strip().lower().split())
    return _AVAILABILITY_ALIASES.get(text.replace(" ", "_"), _AVAILABILITY_ALIASES.get(text, text))


def normalise_condition(value: str) -> str:
    text = value.strip().lower()
    return _CONDITION_ALIASES.get(text, text)


def looks_like_url(text: str) -> bool:
    """An http(s) address with a host; nothing is fetched."""
    return bool(_URL.match(text))


@dataclass(frozen=True)
class PhotoRef:
    """A photo of a product: stored (``sha256`` of its file in the photo folder) or a link only."""

    sha256: str | None = None
    source_url: str | None = None
    width: int | None = None  # known once the photo is stored; links have none
    height: int | None = None

    @property
    def key(self) -> tuple[str | None, str | None]:
        """What makes two photo lists the same (sizes follow from the file)."""
        return (self.sha256, self.source_url)


@dataclass(frozen=True)
class ProductDraft:
    """What an editor, an import row or the CLI submits; ``validate_product`` normalises it."""

    name: str
    price: int
    description: str = ""
    sku: str | None = None
    sale_price: int | None = None
    stock: int | None = None  # None: stock is not tracked
    availability: str = DEFAULT_AVAILABILITY
    condition: str = DEFAULT_CONDITION
    brand: str | None = None
    link: str | None = None
    hidden: bool = False
    feed_id: str | None = None  # the id a feed knows the product by
    collections: tuple[str, ...] = ()  # collection names, in the product's order
    photos: tuple[PhotoRef, ...] = ()  # the first is the cover


@dataclass(frozen=True)
class ProductPhoto:
    id: int
    position: int
    sha256: str | None
    source_url: str | None
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class ProductRow:
    """One line of the catalog list: what the table and the photo grid show."""

    id: int
    name: str
    sku: str | None
    price: int
    sale_price: int | None
    stock: int | None
    availability: str
    condition: str
    brand: str | None
    hidden: bool
    cover_sha256: str | None
    cover_url: str | None
    collections: tuple[str, ...]
    updated_at: datetime
    deleted_at: datetime | None
    changed_since_export: bool


@dataclass(frozen=True)
class ProductDetail:
    """Everything about one product, for the editor."""

    id: int
    draft: ProductDraft
    photos: tuple[ProductPhoto, ...]
    collection_ids: tuple[int, ...]
    created_at: datetime
    updated_at: datetime
    exported_at: datetime | None
    deleted_at: datetime | None


@dataclass(frozen=True)
class CollectionInfo:
    id: int
    name: str
    position: int
    description: str | None
    product_count: int


@dataclass(frozen=True)
class ProductFilter:
    """What the list shows; every criterion is applied in SQL."""

    search: str = ""
    collection_id: int | None = None
    availability: str | None = None
    low_stock: int | None = None  # threshold: tracked stock at or below it
    hidden: bool | None = None  # None: both
    trash: bool = False  # True: only deleted products, False: only live ones
    changed_since_export: bool = False


def _clean(text: str | None) -> str | None:
    value = (text or "").strip()
    return value or None


def validate_product(draft: ProductDraft) -> ProductDraft:
    """Checks every field at once and returns the normalised draft.

    Raises:
        ValidationError: ``problems`` maps each wrong field to its message.
    """
    problems: dict[str, str] = {}
    name = " ".join((draft.name or "").split())
    description = (draft.description or "").replace("\r\n", "\n").strip()
    sku, brand, link = _clean(draft.sku), _clean(draft.brand), _clean(draft.link)
    availability = normalise_availability(draft.availability or DEFAULT_AVAILABILITY)
    condition = normalise_condition(draft.condition or DEFAULT_CONDITION)
    if not name:
        problems["name"] = tr_noop("A product needs a name.")
    elif len(name) > MAX_NAME:
        problems["name"] = tr_noop("A product's name may have at most 200 characters.")
    if len(description) > MAX_DESCRIPTION:
        problems["description"] = tr_noop("A description may have at most 5,000 characters.")
    if sku is not None and len(sku) > MAX_SKU:
        problems["sku"] = tr_noop("A SKU may have at most 100 characters.")
    if isinstance(draft.price, bool) or not isinstance(draft.price, int) or draft.price <= 0:
        problems["price"] = tr_noop("The price must be more than Rp0.")
    if draft.sale_price is not None:
        if isinstance(draft.sale_price, bool) or not isinstance(draft.sale_price, int) or draft.sale_price <= 0:
            problems["sale_price"] = tr_noop("The sale price must be more than Rp0.")
        elif "price" not in problems and draft.sale_price >= draft.price:
            problems["sale_price"] = tr_noop("The sale price must be lower than the price.")
    if draft.stock is not None and (not isinstance(draft.stock, int) or draft.stock < 0):
        problems["stock"] = tr_noop("Stock cannot be negative.")
    if availability not in AVAILABILITY:
        problems["availability"] = tr_noop(
            "Availability must be in stock, out of stock, preorder, available for order or discontinued."
        )
    if condition not in CONDITIONS:
        problems["condition"] = tr_noop("Condition must be new, refurbished or used.")
    if brand is not None and len(brand) > MAX_BRAND:
        problems["brand"] = tr_noop("A brand may have at most 100 characters.")
    if link is not None and (len(link) > MAX_LINK or not looks_like_url(link)):
        problems["link"] = tr_noop("The link must be a web address starting with http:// or https://.")
    feed_id = _clean(draft.feed_id)
    if feed_id is not None and len(feed_id) > MAX_SKU:
        problems["feed_id"] = tr_noop("A feed id may have at most 100 characters.")
    if len(draft.photos) > MAX_PHOTOS:
        problems["photos"] = tr_noop("A product may have at most 10 photos.")
    collections = tuple(dict.fromkeys(c for c in (" ".join(n.split()) for n in draft.collections) if c))
    if any(len(c) > MAX_COLLECTION_NAME for c in collections):
        problems["collections"] = tr_noop("A collection's name may have at most 100 characters.")
    if problems:
        raise ValidationError(problems)
    return replace(
        draft,
        name=name,
        description=description,
        sku=sku,
        brand=brand,
        link=link,
        availability=availability,
        condition=condition,
        feed_id=feed_id,
        collections=collections,
        photos=tuple(p for p in draft.photos if p.sha256 or p.source_url),
    )


# Field names a format may carry, so an import updates only what its file actually holds.
DRAFT_FIELDS: tuple[str, ...] = tuple(f for f in ProductDraft.__dataclass_fields__)
