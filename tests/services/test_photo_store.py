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
