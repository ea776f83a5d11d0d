"""PhotoStore: content-addressed originals and thumbnails, from raw JPEG bytes and from prepared photos."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image

from merchant_desk.services.photo_import import prepare_photo
from merchant_desk.services.photo_store import NotAPhoto, PhotoStore


def jpeg(size: tuple[int, int], colour: tuple[int, int, int] = (200, 40, 40), fmt: str = "JPEG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, fmt)
    return out.getvalue()


def test_store_jpeg_bytes_is_content_addressed_with_a_thumbnail(tmp_path: Path) -> None:
    store, data = PhotoStore(tmp_path), jpeg((1200, 900))
    stored = store.store_jpeg_bytes(data)
    assert stored.sha256 == hashlib.sha256(data).hexdigest() and (stored.width, stored.height) == (1200, 900)
    assert store.original_path(stored.sha256) == tmp_path / stored.sha256[:2] / f"{stored.sha256}.jpg"
    assert store.original_path(stored.sha256).read_bytes() == data and store.has(stored.sha256)
    with Image.open(store.thumbnail_path(stored.sha256)) as thumb:
        assert thumb.size == (256, 192)
    assert store.store_jpeg_bytes(data) == stored  # the same bytes twice: one file
    assert len([p for p in tmp_path.rglob("*.jpg")]) == 2


def test_store_refuses_what_is_not_a_jpeg(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path)
    for data in (b"hello", jpeg((10, 10), fmt="PNG")):
        with pytest.raises(NotAPhoto):
            store.store_jpeg_bytes(data)
    assert not any(tmp_path.rglob("*.jpg"))


def test_store_prepared_and_recreate_a_missing_thumbnail(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path)
    prepared = prepare_photo(jpeg((3000, 2000)), name="big.jpg")
    stored = store.store_prepared(prepared)
    assert stored.sha256 == hashlib.sha256(prepared.jpeg).hexdigest()
    assert (stored.width, stored.height) == (2048, 1365)
    assert store.original_path(stored.sha256).read_bytes() == prepared.jpeg
    thumb = store.thumbnail_path(stored.sha256)
    thumb.unlink()
    assert store.ensure_thumbnail(stored.sha256) == thumb
    with Image.open(thumb) as img:
        assert img.size == (256, 171)
    assert not list(tmp_path.rglob(".tmp-*"))


def test_layout_of_originals_and_thumbnails_and_nothing_else(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path)
    a = store.store_jpeg_bytes(jpeg((800, 600), (1, 2, 3)))
    b = store.store_jpeg_bytes(jpeg((800, 600), (250, 250, 250)))
    store.store_jpeg_bytes(jpeg((800, 600), (1, 2, 3)))  # a duplicate adds no file
    assert a.sha256 != b.sha256
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    expected = [f"{s[:2]}/{s}.jpg" for s in (a.sha256, b.sha256)]
    expected += [f"thumbs/{s[:2]}/{s}.jpg" for s in (a.sha256, b.sha256)]
    assert files == sorted(expected)
    assert store.thumbnail_path(a.sha256) == tmp_path / "thumbs" / a.sha256[:2] / f"{a.sha256}.jpg"
