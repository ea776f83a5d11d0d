"""Catalog import: preview counts, apply in one transaction, idempotence, cancel, matching, big files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from merchant_desk.core.catalog import ProductDraft, ProductFilter
from merchant_desk.db.models import ProductImage
from merchant_desk.formats.catalog_common import NotACatalogFeed
from merchant_desk.services.catalog_import_run import FileChangedSincePreview
from merchant_desk.services.hub import Services

DATA = Path(__file__).parents[1] / "formats" / "data"
HEADER = "id,title,description,availability,condition,price,image_link\n"


def _feed(tmp_path: Path, rows: list[str], name: str = "feed.csv", header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text(header + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "created", "rejected_rows"),
    [("meta_template.csv", 4, {7, 8, 9}), ("shopify.csv", 5, {8, 9}), ("woocommerce.csv", 4, {6, 8})],
)
def test_preview_then_apply_then_again(shop: Services, name: str, created: int, rejected_rows: set[int]) -> None:
    preview = shop.catalog.preview(DATA / name)
    assert (preview.to_create, preview.to_update, preview.unchanged) == (created, 0, 0)
    assert {r.row for r in preview.rejected} == rejected_rows
    assert shop.catalog.count() == 0  # a preview stores nothing
    result = shop.catalog.apply(shop.actor, preview)
    assert (result.created, result.updated, result.cancelled) == (created, 0, False)
    assert result.changes.catalog
    assert shop.catalog.count() == created
    again = shop.catalog.apply(shop.actor, DATA / name)
    assert (again.created, again.updated, again.unchanged) == (0, 0, created)
    assert not again.changes.any()
    assert shop.catalog.preview(DATA / name).unchanged == created
    assert [e.action for e in shop.audit.recent()].count("catalog_imported") == 1


def test_links_are_recorded_without_network(shop: Services) -> None:
    shop.catalog.apply(shop.actor, DATA / "meta_template.csv")
    pid = shop.catalog.page_ids(ProductFilter(search="gayo"))[0]
    photos = shop.catalog.detail(pid).photos
    assert [p.source_url for p in photos] == [
        "https://img.example/kopi.jpg",
        "https://img.example/kopi2.jpg",
        "https://img.example/kopi3.jpg",
    ]
    assert all(p.sha256 is None for p in photos)


def test_matching_by_sku_or_feed_id_updates_only_the_files_fields(shop: Services, tmp_path: Path) -> None:
    by_sku = shop.catalog.create(shop.actor, ProductDraft(name="Kopi", price=10_000, sku="A1", stock=9)).id
    by_feed = shop.catalog.create(shop.actor, ProductDraft(name="Teh", price=5_000, feed_id="B2", stock=4)).id
    feed = _feed(
        tmp_path,
        ["A1,Kopi Gayo,,in stock,new,12000 IDR,", "B2,Teh,,in stock,new,5000 IDR,", "C3,Baru,,in stock,new,1000 IDR,"],
    )
    preview = shop.catalog.preview(feed)
    assert (preview.to_create, preview.to_update, preview.unchanged) == (1, 1, 1)
    shop.catalog.apply(shop.actor, preview)
    kopi = shop.catalog.detail(by_sku).draft
    assert (kopi.name, kopi.price, kopi.stock, kopi.sku) == ("Kopi Gayo", 12_000, 9, "A1")  # no stock column: kept
    assert shop.catalog.detail(by_feed).draft.stock == 4


def test_a_trashed_match_is_restored(shop: Services, tmp_path: Path) -> None:
    pid = shop.catalog.create(shop.actor, ProductDraft(name="Kopi", price=10_000, sku="A1")).id
    shop.catalog.delete(shop.actor, [pid])
    result = shop.catalog.apply(shop.actor, _feed(tmp_path, ["A1,Kopi,,in stock,new,10000 IDR,"]))
    assert result.updated == 1 and shop.catalog.page_ids() == [pid]


def test_duplicate_keys_in_one_file(shop: Services, tmp_path: Path) -> None:
    feed = _feed(tmp_path, ["A1,Kopi,,in stock,new,1000 IDR,", "A1,Kopi lagi,,in stock,new,2000 IDR,"])
    preview = shop.catalog.preview(feed)
    assert preview.to_create == 1 and preview.rejected[0].row == 3 and "row 2" in preview.rejected[0].reason


def test_cancel_stores_nothing(shop: Services, tmp_path: Path) -> None:
    feed = _feed(tmp_path, [f"P{i},Barang {i},,in stock,new,{1000 + i} IDR," for i in range(2500)])
    calls: list[int] = []
    result = shop.catalog.apply(
        shop.actor, feed, progress=lambda done, _total: calls.append(done), cancel=lambda: bool(calls)
    )
    assert result.cancelled and calls == [1000]
    assert shop.catalog.count() == 0
    assert not result.changes.any()
    assert shop.catalog.count(ProductFilter(search="barang")) == 0  # FTS triggers restored by the rollback
    shop.catalog.create(shop.actor, ProductDraft(name="Barang baru", price=1_000))
    assert shop.catalog.count(ProductFilter(search="barang")) == 1


def test_big_file_rebuilds_search_once(shop: Services, tmp_path: Path) -> None:
    feed = _feed(
        tmp_path, [f"P{i},Barang {i} Gayo,,in stock,new,{1000 + i} IDR,https://i.example/{i}.jpg" for i in range(2500)]
    )
    preview = shop.catalog.preview(feed)
    progress: list[tuple[int, int | None]] = []
    result = shop.catalog.apply(shop.actor, preview, progress=lambda d, t: progress.append((d, t)))
    assert result.created == 2500 and progress[-1] == (2500, 2500)
    assert shop.catalog.count(ProductFilter(search="gayo")) == 2500
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ProductImage)) == 2500
    shop.catalog.create(shop.actor, ProductDraft(name="Gayo baru", price=1_000))  # triggers are back
    assert shop.catalog.count(ProductFilter(search="gayo baru")) == 1


def test_a_changed_file_must_be_previewed_again(shop: Services, tmp_path: Path) -> None:
    feed = _feed(tmp_path, ["A1,Kopi,,in stock,new,1000 IDR,"])
    preview = shop.catalog.preview(feed)
    feed.write_text(HEADER + "A1,Kopi,,in stock,new,2000 IDR,\nA2,Teh,,in stock,new,1000 IDR,\n", encoding="utf-8")
    os.utime(feed, ns=(preview.file_mtime_ns + 10**9, preview.file_mtime_ns + 10**9))
    with pytest.raises(FileChangedSincePreview):
        shop.catalog.apply(shop.actor, preview)
    assert shop.catalog.count() == 0


def test_unreadable_files(shop: Services, tmp_path: Path) -> None:
    other = tmp_path / "notes.csv"
    other.write_text("nama,harga\nKopi,15000\n", encoding="utf-8")
    with pytest.raises(NotACatalogFeed):
        shop.catalog.preview(other)
    with pytest.raises(NotACatalogFeed):
        shop.catalog.apply(shop.actor, other)


def test_forced_format_and_new_collections(shop: Services) -> None:
    preview = shop.catalog.preview(DATA / "woocommerce.csv", "woocommerce")
    assert set(preview.new_collections) == {"Sambal", "Oleh-oleh", "Kemeja"}
    shop.catalog.apply(shop.actor, preview)
    assert {c.name for c in shop.catalog.collections()} == {"Sambal", "Oleh-oleh", "Kemeja"}
    assert shop.catalog.preview(DATA / "woocommerce.csv").new_collections == ()


def test_meta_export_imported_back_keeps_stored_photos(tmp_path: Path) -> None:
    """A Meta feed without a public photo URL has empty image links: importing it back must not delete photos."""
    from PIL import Image

    from merchant_desk.config import Paths
    from merchant_desk.core.catalog import PhotoRef, ProductDraft
    from merchant_desk.core.shop import validate_profile
    from merchant_desk.services.hub import open_shop
    from merchant_desk.services.photo_store import PhotoStore

    services = open_shop(Paths(tmp_path / "shop"))
    try:
        owner = services.shop.set_up(validate_profile("Toko A", "Ani", "081234567890"))
        from merchant_desk.services.audit_service import Actor

        actor = Actor(owner.id, owner.name)
        buf = tmp_path / "p.jpg"
        Image.new("RGB", (600, 600), (200, 30, 30)).save(buf, "JPEG")
        stored = PhotoStore(services.paths.photo_dir).store_jpeg_bytes(buf.read_bytes())
        draft = ProductDraft(name="Kemeja Batik", price=150_000, sku="KB-1", photos=(PhotoRef(stored.sha256),))
        pid = services.catalog.create(actor, draft).id
        feed = tmp_path / "meta.csv"
        services.catalog.export_meta(actor, feed)
        preview = services.catalog.preview(feed)
        services.catalog.apply(actor, preview)
        assert [p.sha256 for p in services.catalog.detail(pid).photos] == [stored.sha256]
        again = services.catalog.preview(feed)
        assert again.to_update == 0
    finally:
        services.close()


def test_rejections_are_sorted_by_row_then_file_column_and_keep_their_source(shop: Services, tmp_path: Path) -> None:
    shopify = tmp_path / "shopify.csv"
    shopify.write_text(
        "Handle,Title,Variant Price,Variant Compare At Price\n"
        "gamis-a,,150000,\n"  # row 2: no Title (reported when the handle's group ends, after row 4)
        "gamis-a,,abc,1,5\n"  # row 3: a price that is no price
        ",Kaos,50000,\n"  # row 4: no Handle (reported at once)
        "gamis-b,Gamis B,zz,yy\n",  # row 5: two bad prices, reported in file order
        encoding="utf-8",
    )
    rejected = shop.catalog.preview(shopify).rejected
    assert [(r.row, r.column) for r in rejected] == [
        (2, "Title"),
        (3, "Title"),
        (3, "Variant Price"),
        (4, "Handle"),
        (5, "Variant Price"),
        (5, "Variant Compare At Price"),
    ]
    price = rejected[2]
    assert price.message == "'{text}' is not a price: write it like 15000, 15.000 or Rp15.000."
    assert dict(price.params) == {"text": "abc"} and price.reason.startswith("'abc' is not a price")
    duplicate = shop.catalog.preview(
        _feed(tmp_path, ["A1,Kopi,,in stock,new,1000 IDR,", "A1,Teh,,in stock,new,1 IDR,"])
    )
    assert duplicate.rejected[0].message == "The same id as row {row}." and dict(duplicate.rejected[0].params) == {
        "row": 2
    }
