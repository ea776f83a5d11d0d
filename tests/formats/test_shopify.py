"""Shopify's product CSV: handles grouping variant and image rows, compare-at prices, published and status."""

from __future__ import annotations

from pathlib import Path

from catalog_files import DATA, bad, good, read, write


def test_single_variant_product_with_image_rows_and_compare_at_price() -> None:
    fmt, fields, rows = read(DATA / "shopify.csv")
    assert fmt == "shopify"
    assert {"sku", "feed_id", "price", "sale_price", "stock", "photos", "hidden"} <= fields
    kopi = good(rows)[2].draft
    assert kopi is not None
    assert (kopi.name, kopi.sku, kopi.feed_id) == ("Kopi Gayo", "KG-250", "kopi-gayo")
    # Variant Price 75000 with Compare At 80000: the product costs 80000 and is on sale for 75000.
    assert (kopi.price, kopi.sale_price, kopi.stock) == (80_000, 75_000, 12)
    assert kopi.description == "Kopi arabika\nGayo & Aceh"
    assert kopi.brand == "Kopi Nusantara"
    assert [p.source_url for p in kopi.photos] == ["https://cdn.example/kopi1.jpg", "https://cdn.example/kopi2.jpg"]


def test_variants_become_products_named_after_their_options() -> None:
    _fmt, _fields, rows = read(DATA / "shopify.csv")
    ok = good(rows)
    names = {ok[n].draft.name for n in (4, 5, 6) if ok[n].draft}  # type: ignore[union-attr]
    assert names == {"Kaos Polos – Merah, M", "Kaos Polos – Merah, L", "Kaos Polos – Biru, L"}
    m, l_continue, l_negative = (ok[n].draft for n in (4, 5, 6))
    assert m is not None and (m.sku, m.feed_id, m.price, m.stock, m.availability) == (
        "KAOS-M-MERAH",
        "kaos-polos#1",
        85_000,
        3,
        "in stock",
    )
    assert l_continue is not None and l_continue.availability == "available for order"  # sells when out of stock
    assert l_negative is not None and (l_negative.stock, l_negative.availability) == (0, "out of stock")
    assert ok[6].warnings  # -2 in stock was imported as 0, with a warning
    assert [p.source_url for p in m.photos] == ["https://cdn.example/kaos.jpg"]


def test_draft_status_hides_and_shopify_decimal_price_is_flagged() -> None:
    _fmt, _fields, rows = read(DATA / "shopify.csv")
    draft = good(rows)[7]
    assert draft.draft is not None and draft.draft.hidden is True
    assert draft.draft.price == 162 and draft.warnings  # "162.00" is suspicious for Rupiah


def test_missing_title_and_handle_are_rejected() -> None:
    _fmt, _fields, rows = read(DATA / "shopify.csv")
    rejected = bad(rows)
    assert rejected[8].problems[0].column == "Title"
    assert rejected[9].problems[0].column == "Handle"


def test_2024_column_names(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Title,URL handle,Description,Vendor,SKU,Price,Compare-at price,Inventory quantity,Product image URL,"
        "Image position,Status\n"
        "Sambal Roa,sambal-roa,<p>Pedas</p>,Dapur Ibu,SR-1,35000.00,,7,https://cdn.example/s.jpg,1,active\n",
        bom=True,
        crlf=True,
    )
    fmt, _fields, rows = read(path)
    assert fmt == "shopify"
    draft = rows[0].draft
    assert draft is not None
    assert (draft.name, draft.feed_id, draft.sku, draft.price, draft.stock) == (
        "Sambal Roa",
        "sambal-roa",
        "SR-1",
        35_000,
        7,
    )
    assert draft.description == "Pedas" and draft.photos[0].source_url == "https://cdn.example/s.jpg"


def test_a_bad_price_in_one_variant_leaves_the_others(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price\n"
        "topi,Topi,Warna,Hitam,T-H,abc\n"
        "topi,,,Putih,T-P,45000\n",
    )
    _fmt, _fields, rows = read(path)
    assert [bool(r.problems) for r in rows] == [True, False]
    assert rows[0].problems[0].column == "Variant Price"
    assert rows[1].draft is not None and rows[1].draft.name == "Topi – Putih"
