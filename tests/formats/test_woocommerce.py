"""WooCommerce's product CSV: simple rows, variations named after their parent, Images lists, Parent links."""

from __future__ import annotations

from pathlib import Path

from catalog_files import DATA, bad, good, read, write


def test_simple_product_with_categories_and_images() -> None:
    fmt, fields, rows = read(DATA / "woocommerce.csv")
    assert fmt == "woocommerce"
    assert "collections" in fields and "brand" not in fields
    sambal = good(rows)[2].draft
    assert sambal is not None
    assert (sambal.sku, sambal.feed_id, sambal.price, sambal.stock) == ("SMP-1", "woo:10", 35_000, 20)
    assert sambal.collections == ("Sambal", "Oleh-oleh")  # the leaf of "Makanan > Sambal"
    assert [p.source_url for p in sambal.photos] == ["https://wp.example/sambal1.jpg", "https://wp.example/sambal2.jpg"]
    assert sambal.description == "Sambal roa asli Manado"


def test_variations_by_id_and_by_sku_even_before_their_parent() -> None:
    _fmt, _fields, rows = read(DATA / "woocommerce.csv")
    ok = good(rows)
    small, medium = ok[3].draft, ok[5].draft  # row 3 comes before its parent (row 4)
    assert small is not None and medium is not None
    assert (small.name, small.sku, small.stock, small.price) == ("Kemeja Batik – S", "KMJ-S", 4, 150_000)
    assert (medium.name, medium.sale_price, medium.availability) == ("Kemeja Batik – M", 120_000, "out of stock")
    assert small.description == "Kemeja batik tulis"  # inherited from the parent
    assert small.collections == ("Kemeja",)
    assert [p.source_url for p in small.photos] == ["https://wp.example/kemeja-s.jpg", "https://wp.example/kemeja.jpg"]
    parent = next(r for r in rows if r.row_number == 4)
    assert parent.skipped


def test_orphans_bad_cells_grouped_and_private() -> None:
    _fmt, _fields, rows = read(DATA / "woocommerce.csv")
    rejected = bad(rows)
    assert rejected[6].problems[0].column == "Parent"
    assert {p.column for p in rejected[8].problems} == {"Stock", "Sale price"}  # every problem of the row
    grouped = next(r for r in rows if r.row_number == 7)
    assert grouped.skipped and grouped.warnings
    voucher = good(rows)[9].draft
    assert voucher is not None and voucher.hidden is True  # Published 0


def test_backorder_escaped_comma_and_brands(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ID,Type,SKU,Name,Published,In stock?,Stock,Regular price,Categories,Images,Brands\n"
        '5,simple,,"Kue Lapis, Legit",1,backorder,,"85000","Kue\\, Basah",https://wp.example/k.jpg,Bu Tini\n',
        crlf=True,
    )
    _fmt, fields, rows = read(path)
    assert "brand" in fields
    draft = rows[0].draft
    assert draft is not None
    assert (draft.name, draft.availability, draft.feed_id, draft.sku) == (
        "Kue Lapis, Legit",
        "available for order",
        "woo:5",
        None,
    )
    assert draft.collections == ("Kue, Basah",) and draft.brand == "Bu Tini"


def test_variation_without_attributes_keeps_its_own_suffix(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ID,Type,SKU,Name,Regular price,Parent\n"
        "1,variable,TAS,Tas Anyaman,,\n"
        "2,variation,TAS-B,Tas Anyaman - Besar,90000,TAS\n",
    )
    _fmt, _fields, rows = read(path)
    assert rows[1].draft is not None and rows[1].draft.name == "Tas Anyaman – Besar"
