"""Meta's catalog data feed CSV: the Commerce Manager template (guidance row, BOM, CRLF) and the exporter."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from catalog_files import DATA, bad, good, read, write

from merchant_desk.core.catalog import PhotoRef, ProductDraft
from merchant_desk.core.file_errors import EmptyFile
from merchant_desk.formats.catalog_common import NotACatalogFeed, detect_format
from merchant_desk.formats.catalog_meta import META_COLUMNS, MetaItem, write_meta
from merchant_desk.formats.catalog_read import UnknownFormat


def test_template_with_guidance_row_bom_and_crlf() -> None:
    fmt, fields, rows = read(DATA / "meta_template.csv")
    assert fmt == "meta"
    assert {"feed_id", "name", "price", "sale_price", "stock", "photos"} <= fields
    assert "hidden" not in fields  # no status column: an update must leave "hidden" alone
    assert all(r.row_number != 2 for r in rows)  # the "# Required | …" row is not a product
    ok = good(rows)
    kopi = ok[3].draft
    assert kopi is not None
    assert (kopi.feed_id, kopi.name, kopi.price, kopi.sale_price, kopi.stock) == (
        "KP-01",
        "Kopi Gayo 250 g",
        75_000,
        65_000,
        12,
    )
    assert kopi.description == "Kopi arabika Gayo.\nSangrai medium."  # a quoted multi-line cell
    assert kopi.brand == "Kopi Nusantara"
    assert [p.source_url for p in kopi.photos] == [
        "https://img.example/kopi.jpg",
        "https://img.example/kopi2.jpg",
        "https://img.example/kopi3.jpg",
    ]
    assert all(p.sha256 is None for p in kopi.photos)
    assert ok[4].draft is not None and ok[4].draft.price == 15_000  # "15,000.00 IDR"
    assert ok[6].draft is not None and ok[6].draft.name == "Kaos Polos – Merah, L"  # a variant gets its options


def test_suspicious_rupiah_is_a_warning_not_a_rejection() -> None:
    _fmt, _fields, rows = read(DATA / "meta_template.csv")
    teh = good(rows)[5]
    assert teh.draft is not None and teh.draft.price == 162
    assert teh.warnings and teh.warnings[0].column == "price" and "Rp162.000" in teh.warnings[0].reason


def test_malformed_rows_are_rejected_with_column_and_reason_and_reading_goes_on() -> None:
    _fmt, _fields, rows = read(DATA / "meta_template.csv")
    rejected = bad(rows)
    assert set(rejected) == {7, 8, 9}
    assert {p.column for p in rejected[7].problems} == {"price", "title"}
    assert {p.column for p in rejected[8].problems} == {"sale_price", "availability", "link"}
    assert "USD" in rejected[9].problems[0].reason


def test_lf_without_bom_and_status_column(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "id,title,description,availability,condition,price,status\n"
        "A1,Sambal,Pedas,in stock,new,25000 IDR,archived\n"
        'A2,"Teh ""Wangi""",,out of stock,used,Rp7.500,active\n',
    )
    _fmt, fields, rows = read(path)
    assert "hidden" in fields
    a1, a2 = (r.draft for r in rows)
    assert a1 is not None and a1.hidden is True
    assert a2 is not None and (a2.name, a2.price, a2.hidden, a2.condition) == ('Teh "Wangi"', 7_500, False, "used")


def test_missing_id_and_broken_utf8(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_bytes(
        b"id,title,description,availability,condition,price\n,No id,x,in stock,new,1000 IDR\n"
        b"B2,Kopi \xff\xfe,x,in stock,new,1000 IDR\nB3,Fine,x,in stock,new,1000 IDR\n"
    )
    _fmt, _fields, rows = read(path)
    assert [bool(r.problems) for r in rows] == [True, True, False]
    assert rows[0].problems[0].column == "id"


def test_unknown_header_names_the_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "nama,harga\nKopi,15000\n")
    with pytest.raises(NotACatalogFeed) as info:
        read(path)
    assert "nama" in str(info.value)
    with pytest.raises(EmptyFile):
        read(write(tmp_path, "", name="empty.csv"))
    with pytest.raises(UnknownFormat):
        read(path, "excel")


def test_detect_format() -> None:
    assert detect_format(META_COLUMNS) == "meta"
    assert detect_format(["\ufeffid", "title", "price"]) == "meta"
    assert detect_format(["Handle", "Title", "Variant Price"]) == "shopify"
    assert detect_format(["ID", "Type", "SKU", "Name", "Regular price"]) == "woocommerce"
    assert detect_format(["md_id", "name", "price", "photos"]) == "native"
    assert detect_format(["a", "b"]) is None


def test_writer_uses_meta_names_and_values_and_reads_back(tmp_path: Path) -> None:
    items = [
        MetaItem(
            "KG-1",
            ProductDraft(name="Kopi", price=75_000, sale_price=70_000, stock=3, brand="Gayo", link="https://t.id/k"),
            ("https://img.example/1.jpg", "https://img.example/2.jpg"),
        ),
        MetaItem("md-2", ProductDraft(name="Teh", price=5_000, hidden=True, availability="preorder"), ()),
    ]
    out = io.StringIO()
    report = write_meta(items, out)
    assert report.rows == 2 and report.without_image == ("md-2",)
    lines = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(lines[0]) == META_COLUMNS
    assert lines[0]["price"] == "75000 IDR" and lines[0]["sale_price"] == "70000 IDR"
    assert lines[0]["additional_image_link"] == "https://img.example/2.jpg"
    assert lines[1]["description"] == "Teh"  # Meta requires one
    assert lines[1]["status"] == "archived" and lines[1]["availability"] == "preorder"
    path = tmp_path / "meta.csv"
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    _fmt, _fields, rows = read(path)
    kopi = rows[0].draft
    assert kopi is not None and (kopi.feed_id, kopi.price, kopi.sale_price, kopi.stock, len(kopi.photos)) == (
        "KG-1",
        75_000,
        70_000,
        3,
        2,
    )
    assert rows[1].draft is not None and rows[1].draft.hidden is True
    assert rows[1].draft.photos == ()
    assert PhotoRef(source_url="https://img.example/1.jpg") in kopi.photos
