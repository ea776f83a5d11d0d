"""Demo catalog rows: collections, products, their collections and the photos each product shows."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache

from merchant_desk.core.money import format_rupiah
from merchant_desk.services.demo.catalog_data import CATEGORIES
from merchant_desk.services.demo.loader import Loader

DAY = 86_400

EXTRA_COLLECTIONS: tuple[tuple[str, str], ...] = (
    ("Promo Gajian", "Harga spesial setiap tanggal 25 sampai akhir bulan."),
    ("Produk Terlaris", "Yang paling sering dipesan pelanggan bulan ini."),
    ("Baru Datang", "Stok baru minggu ini, langsung dari pengrajin."),
)

AVAILABILITY_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("in stock", 80),
    ("out of stock", 8),
    ("preorder", 7),
    ("available for order", 4),
    ("discontinued", 1),
)


# Prices repeat a lot across a million chat lines: format each amount once.
rupiah = lru_cache(maxsize=4096)(format_rupiah)


@dataclass(frozen=True)
class PhotoSpec:
    """What one distinct demo photo shows; drawn later in a worker thread."""

    title: str
    subtitle: str
    shape: str
    hue: float


@dataclass
class Catalog:
    """What chats and orders need to know about the products, indexed by ``id - first_id``."""

    first_id: int
    names: list[str] = field(default_factory=list)
    skus: list[str] = field(default_factory=list)
    selling: list[int] = field(default_factory=list)  # sale price when there is one
    orderable: list[bool] = field(default_factory=list)
    photos: list[PhotoSpec] = field(default_factory=list)
    images: list[tuple[int, int, int]] = field(default_factory=list)  # product id, position, photo index

    def pick(self, rng: random.Random) -> int:
        """An index of an orderable product (falls back to any product)."""
        for _ in range(8):
            index = int(rng.random() * len(self.names))
            if self.orderable[index]:
                return index
        return index


def _round_price(value: float) -> int:
    step = 500 if value < 50_000 else 1_000
    return max(step, int(value // step) * step)


def _descriptions(rng: random.Random) -> list[list[str]]:
    # A small pool per category keeps a 100,000-product load cheap while every text still reads naturally.
    pools = []
    for cat in CATEGORIES:
        pool = []
        for _ in range(24):
            sentences = rng.sample(cat.description, k=rng.choice((2, 3)))
            pool.append(" ".join(sentences) + " Pengiriman setiap hari Senin–Sabtu.")
        pools.append(pool)
    return pools


def load_catalog(loader: Loader, rng: random.Random, count: int, distinct_photos: int, now: datetime) -> Catalog:
    """Inserts collections, ``count`` products and their collection links; plans their photos.

    Args:
        distinct_photos: 0 draws one photo per product (a few more for some); otherwise products share a
            pool of this many photos, as a big catalog imported from a supplier would.
    """
    collection_id = loader.next_id("collections")
    cat_collections = []
    for position, cat in enumerate(CATEGORIES):
        loader.add("collections", _collection(collection_id + position, cat.collection, position, None, now))
        cat_collections.append(collection_id + position)
    extra_ids = []
    for offset, (name, description) in enumerate(EXTRA_COLLECTIONS):
        cid = collection_id + len(CATEGORIES) + offset
        loader.add("collections", _collection(cid, name, len(CATEGORIES) + offset, description, now))
        extra_ids.append(cid)
    loader.flush("collections")

    catalog = Catalog(first_id=loader.next_id("products"))
    pool_of: list[list[int]] = [[] for _ in CATEGORIES]
    if distinct_photos:
        for i in range(distinct_photos):
            c = i % len(CATEGORIES)
            cat = CATEGORIES[c]
            pool_of[c].append(len(catalog.photos))
            catalog.photos.append(
                PhotoSpec(cat.bases[(i // len(CATEGORIES)) % len(cat.bases)], cat.collection, cat.shape, rng.random())
            )
    descriptions = _descriptions(rng)
    states = [state for state, _weight in AVAILABILITY_WEIGHTS]
    cumulative = list(itertools.accumulate(weight for _state, weight in AVAILABILITY_WEIGHTS))
    positions = [0] * (len(cat_collections) + len(extra_ids))
    for i in range(count):
        pid = catalog.first_id + i
        c = i % len(CATEGORIES) if i < len(CATEGORIES) else int(rng.random() * len(CATEGORIES))
        cat = CATEGORIES[c]
        name = f"{rng.choice(cat.bases)} {rng.choice(cat.variants)}"
        if cat.colors:
            name += f" - {rng.choice(cat.colors)}"
        lo, hi = cat.price_range
        price = _round_price(rng.triangular(lo, hi, lo + (hi - lo) * 0.3))
        sale = _round_price(price * rng.uniform(0.7, 0.92)) if rng.random() < 0.15 else None
        if sale is not None and sale >= price:
            sale = None
        availability = rng.choices(states, cum_weights=cumulative)[0]
        stock: int | None = None
        if availability == "in stock" and rng.random() < 0.8:
            stock = int(rng.triangular(1, 150, 12))
        elif availability in ("out of stock", "discontinued"):
            stock = 0
        created = now - timedelta(seconds=int(rng.random() * 400 * DAY))
        sku = f"{cat.sku_prefix}-{pid:06d}"
        loader.add(
            "products",
            {
                "id": pid,
                "sku": sku,
                "name": name,
                "description": rng.choice(descriptions[c]),
                "price": price,
                "sale_price": sale,
                "stock": stock,
                "availability": availability,
                "condition": "new",
                "brand": rng.choice(cat.brands),
                "hidden": rng.random() < 0.03,
                "created_at": created,
                "updated_at": created + (now - created) * rng.random(),
                "deleted_at": now - timedelta(days=rng.randint(1, 20)) if rng.random() < 0.01 else None,
            },
        )
        catalog.names.append(name)
        catalog.skus.append(sku)
        catalog.selling.append(sale or price)
        catalog.orderable.append(availability in ("in stock", "preorder", "available for order"))
        positions[c] += 1
        loader.add(
            "product_collections", {"product_id": pid, "collection_id": cat_collections[c], "position": positions[c]}
        )
        if rng.random() < 0.1:
            e = int(rng.random() * len(extra_ids))
            positions[len(cat_collections) + e] += 1
            loader.add(
                "product_collections",
                {"product_id": pid, "collection_id": extra_ids[e], "position": positions[len(cat_collections) + e]},
            )
        _plan_images(catalog, rng, pid, name, sale or price, cat.shape, pool_of[c])
        loader.maybe_flush("products", "product_collections")
        if i % 5_000 == 0:
            loader.report(f"products {i}/{count}")
    loader.flush("products", "product_collections")
    loader.report(f"products {count}/{count}", force=True)
    return catalog


def _plan_images(
    catalog: Catalog, rng: random.Random, pid: int, name: str, price: int, shape: str, pool: list[int]
) -> None:
    extra = 1 if rng.random() < 0.3 else 0
    for position in range(1 + extra):
        if pool:
            photo = pool[int(rng.random() * len(pool))]
        else:
            subtitle = format_rupiah(price) if position == 0 else "Detail bahan & jahitan"
            photo = len(catalog.photos)
            catalog.photos.append(PhotoSpec(name, subtitle, shape, rng.random()))
        catalog.images.append((pid, position, photo))


def _collection(cid: int, name: str, position: int, description: str | None, now: datetime) -> dict[str, object]:
    return {"id": cid, "name": name, "position": position, "description": description, "created_at": now}


def image_rows(catalog: Catalog, shas: list[tuple[str, int, int]], now: datetime) -> list[dict[str, object]]:
    """product_images rows once every planned photo is stored (``shas[i]`` belongs to ``catalog.photos[i]``)."""
    rows = []
    for pid, position, photo in catalog.images:
        sha, width, height = shas[photo]
        rows.append(
            {
                "product_id": pid,
                "position": position,
                "sha256": sha,
                "width": width,
                "height": height,
                "created_at": now,
            }
        )
    return rows
