"""Catalog export: Meta feed read back by the importer, and the bundle's exact round trip with photos."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PIL import Image

from merchant_desk.config import Paths
from merchant_desk.core.catalog import PhotoRef, ProductDraft
from merchant_desk.formats.catalog_meta import META_COLUMNS
from merchant_desk.services.catalog_export_service import ExportFailed
from merchant_desk.services.hub import Services, open_shop
from merchant_desk.services.photo_store import PhotoStore


def _jpeg(color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(out, "JPEG")
    return out.getvalue()


def _stock_shop(shop: Services) -> dict[str, int]:
    store = PhotoStore(shop.paths.photo_dir)
    red, blue = store.store_jpeg_bytes(_jpeg((200, 0, 0))), store.store_jpeg_bytes(_jpeg((0, 0, 200)))
    drafts = [
        ProductDraft(
            name="Kopi Gayo",
            price=75_000,
            sale_price=70_000,
            sku="KG-1",
            stock=3,
            description='Arabika,\n"medium"',
            brand="Gayo",
            link="https://toko.example/kopi",
            collections=("Kopi", "Promo"),
            photos=(PhotoRef(red.sha256, None, red.width, red.height), PhotoRef(None, "https://img.example/k2.jpg")),
        ),
        ProductDraft(name="Teh", price=5_000, photos=(PhotoRef(blue.sha256, None, blue.width, blue.height),)),
        ProductDraft(name="Gula", price=14_000, hidden=True, availability="preorder", condition="used"),
    ]
    ids = {d.name: shop.catalog.create(shop.actor, d).id for d in drafts}
    gone = shop.catalog.create(shop.actor, ProductDraft(name="Dihapus", price=1_000)).id
    shop.catalog.delete(shop.actor, [gone])
    return ids


def test_meta_feed(shop: Services, tmp_path: Path) -> None:
    ids = _stock_shop(shop)
    out = tmp_path / "feed.csv"
    report = shop.catalog.export_meta(shop.actor, out, "https://cdn.toko.example/photos/")
    assert report.rows == 3 and report.without_image == (f"md-{ids['Gula']}",)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == META_COLUMNS
    kopi = rows[0]
    assert (kopi["id"], kopi["price"], kopi["sale_price"], kopi["quantity_to_sell_on_facebook"]) == (
        "KG-1",
        "75000 IDR",
        "70000 IDR",
        "3",
    )
    sha = shop.catalog.detail(ids["Kopi Gayo"]).draft.photos[0].sha256
    assert kopi["image_link"] == f"https://cdn.toko.example/photos/{sha}.jpg"
    assert kopi["additional_image_link"] == "https://img.example/k2.jpg"
    assert rows[2]["status"] == "archived" and rows[2]["condition"] == "used"
    # The keyless product is now known to Meta as md-<id>: importing Meta's copy back changes nothing.
    again = shop.catalog.preview(out)
    assert (again.to_create, again.unchanged) == (0, 3), again
    assert "catalog_exported" in [e.action for e in shop.audit.recent()]


def test_meta_without_base_url_reports_products_without_image(shop: Services, tmp_path: Path) -> None:
    ids = _stock_shop(shop)
    report = shop.catalog.export_meta(shop.actor, tmp_path / "feed.csv")
    assert set(report.without_image) == {"md-" + str(ids["Teh"]), "md-" + str(ids["Gula"])}


def test_bundle_round_trips_exactly_into_another_shop(shop: Services, tmp_path: Path) -> None:
    _stock_shop(shop)
    bundle = tmp_path / "catalog.zip"
    report = shop.catalog.export_bundle(shop.actor, bundle)
    assert (report.rows, report.photos, report.missing_photos) == (3, 2, ())
    other = open_shop(Paths(tmp_path / "other-shop"))
    try:
        result = other.catalog.apply(other.actor, bundle)
        assert (result.created, result.rejected) == (3, ())

        def drafts(services: Services) -> list[ProductDraft]:
            ids = services.catalog.page_ids(sort="name")
            return [services.catalog.detail(i).draft for i in ids]

        assert drafts(other) == drafts(shop)
        for draft in drafts(other):
            for photo in draft.photos:
                if photo.sha256:
                    assert PhotoStore(other.paths.photo_dir).has(photo.sha256)
                    assert photo.width == 64
        again = other.catalog.apply(other.actor, bundle)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    finally:
        other.close()


def test_export_marks_exported_and_a_failed_write_leaves_no_file(shop: Services, tmp_path: Path) -> None:
    _stock_shop(shop)
    missing_dir = tmp_path / "nope" / "feed.csv"
    with pytest.raises(ExportFailed):
        shop.catalog.export_meta(shop.actor, missing_dir)
    assert not missing_dir.exists()
    assert shop.catalog.rows(shop.catalog.page_ids())[0].changed_since_export
