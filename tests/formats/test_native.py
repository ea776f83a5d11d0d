"""Merchant Desk's own CSV and bundle: what the writer produces, the reader gives back exactly."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from catalog_files import read, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from merchant_desk.core.catalog import AVAILABILITY, CONDITIONS, PhotoRef, ProductDraft, validate_product
from merchant_desk.core.file_errors import FileMissing
from merchant_desk.formats.catalog_common import UnreadableCatalog
from merchant_desk.formats.catalog_native import NativeItem, write_bundle, write_native
from merchant_desk.formats.catalog_read import open_catalog

FULL = ProductDraft(
    name='Kopi "Gayo", 250 g',
    price=75_000,
    description='Baris satu\nBaris dua, dengan koma; dan "kutip"',
    sku="KG-1",
    sale_price=70_000,
    stock=0,
    availability="preorder",
    condition="refurbished",
    brand="Kopi Nusantara",
    link="https://toko.example/kopi",
    hidden=True,
    feed_id="feed-9",
    collections=("Kopi", "Oleh-oleh | Aceh"),
    photos=(
        PhotoRef("a" * 64, None),
        PhotoRef(None, "https://img.example/x.jpg"),
        PhotoRef("b" * 64, "https://c.id/b"),
    ),
)


def _csv(items: list[NativeItem], tmp_path: Path) -> Path:
    out = io.StringIO()
    write_native(items, out)
    return write(tmp_path, out.getvalue(), "native.csv")


def test_every_field_round_trips(tmp_path: Path) -> None:
    bare = ProductDraft(name="Teh", price=5_000)
    fmt, fields, rows = read(_csv([NativeItem(1, FULL), NativeItem(2, bare)], tmp_path))
    assert fmt == "native"
    assert fields >= {"sku", "feed_id", "stock", "photos", "collections", "hidden", "condition", "link"}
    assert [r.draft for r in rows] == [validate_product(FULL), validate_product(bare)]


text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=text,
    price=st.integers(min_value=2, max_value=10**10),
    stock=st.none() | st.integers(min_value=0, max_value=10**6),
    availability=st.sampled_from(AVAILABILITY),
    condition=st.sampled_from(CONDITIONS),
    description=st.text(max_size=200),
    collections=st.lists(text, max_size=3),
)
def test_random_drafts_round_trip(
    tmp_path: Path,
    name: str,
    price: int,
    stock: int | None,
    availability: str,
    condition: str,
    description: str,
    collections: list[str],
) -> None:
    try:
        draft = validate_product(
            ProductDraft(
                name=name,
                price=price,
                sale_price=price - 1,
                stock=stock,
                availability=availability,
                condition=condition,
                description=description,
                collections=tuple(collections),
            )
        )
    except Exception:
        return  # e.g. a name of spaces only: not a product to begin with
    _fmt, _fields, rows = read(_csv([NativeItem(7, draft)], tmp_path))
    assert rows[0].draft == draft


def test_bad_json_cells_are_rejected(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "md_id,name,price,collections,photos\n1,Kopi,1000,not json,[]\n2,Teh,1000,[],[1]\n3,Ok,1000,[],[]\n",
    )
    _fmt, _fields, rows = read(path)
    assert [r.problems[0].column if r.problems else None for r in rows] == ["collections", "photos", None]


def test_bundle_round_trip_with_photos(tmp_path: Path) -> None:
    photo_dir = tmp_path / "photos"
    photo_dir.mkdir()
    (photo_dir / f"{'a' * 64}.jpg").write_bytes(b"\xff\xd8 photo a")
    bundle = tmp_path / "catalog.zip"
    report = write_bundle([NativeItem(1, FULL)], bundle, lambda sha: photo_dir / f"{sha}.jpg")
    assert (report.rows, report.photos, report.missing_photos) == (1, 1, ("b" * 64,))
    with zipfile.ZipFile(bundle) as zf:
        assert sorted(zf.namelist()) == ["photos/" + "a" * 64 + ".jpg", "products.csv"]
    with open_catalog(bundle) as source:
        assert source.format == "native"
        rows = list(source.rows)
        assert source.photo_bytes("a" * 64) == b"\xff\xd8 photo a"
        assert source.photo_bytes("b" * 64) is None
    draft = rows[0].draft
    assert draft is not None
    # The photo missing from the bundle keeps its URL and loses its hash, with a warning.
    assert draft.photos == (
        PhotoRef("a" * 64, None),
        PhotoRef(None, "https://img.example/x.jpg"),
        PhotoRef(None, "https://c.id/b"),
    )
    assert rows[0].warnings


def test_a_zip_without_products_csv(tmp_path: Path) -> None:
    path = tmp_path / "other.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(UnreadableCatalog):
        read(path)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileMissing):
        read(tmp_path / "nope.csv")
