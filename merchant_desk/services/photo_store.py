"""Content-addressed product photos on disk: originals and 256 px thumbnails, named by their SHA-256."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, UnidentifiedImageError

from merchant_desk.core.errors import UserError, tr_noop

if TYPE_CHECKING:
    from merchant_desk.services.photo_import import PreparedPhoto

THUMB_SIZE = 256
THUMBS = "thumbs"


class NotAPhoto(UserError):
    message = tr_noop("This file is not a JPEG photo.")


@dataclass(frozen=True)
class StoredPhoto:
    sha256: str
    width: int
    height: int


def _write_atomically(path: Path, data: bytes) -> None:
    # A crash mid-write must never leave a truncated file under a content hash: readers trust the name.
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".jpg", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def make_thumbnail(data: bytes, size: int = THUMB_SIZE) -> bytes:
    """A JPEG of at most ``size`` px on its longest side, upright according to its EXIF orientation.

    Through ``photo_import.thumbnail_jpeg``: it asks draft() for the thumbnail's own shape, so a stored
    2048×1536 photo decodes at 1/8 scale straight to 256×192; asking for ``(size, size)`` as this did gave
    1/4 (512×384, four times the pixels) plus a resize.
    """
    from merchant_desk.services.photo_import import thumbnail_jpeg  # Pillow's plugins load on first use

    return thumbnail_jpeg(data, size, name="photo")


class PhotoStore:
    """Photos under ``photo_dir``: ``ab/abcdef….jpg`` originals and ``thumbs/ab/abcdef….jpg`` thumbnails.

    Storing the same bytes twice costs nothing and yields the same hash, so rows can share photos.
    """

    def __init__(self, photo_dir: Path) -> None:
        self.photo_dir = Path(photo_dir)

    def original_path(self, sha: str) -> Path:
        return self.photo_dir / sha[:2] / f"{sha}.jpg"

    def thumbnail_path(self, sha: str) -> Path:
        return self.photo_dir / THUMBS / sha[:2] / f"{sha}.jpg"

    def has(self, sha: str) -> bool:
        return self.original_path(sha).is_file()

    def store_jpeg_bytes(self, data: bytes) -> StoredPhoto:
        """Stores JPEG bytes as they are (no re-encoding) and makes the thumbnail.

        Raises:
            NotAPhoto: the bytes are not a readable JPEG.
        """
        try:
            with Image.open(io.BytesIO(data)) as img:
                if img.format != "JPEG":
                    raise NotAPhoto()
                width, height = img.size
        except (UnidentifiedImageError, OSError) as exc:
            raise NotAPhoto() from exc
        sha = hashlib.sha256(data).hexdigest()
        original = self.original_path(sha)
        if not original.is_file():
            _write_atomically(original, data)
        self.ensure_thumbnail(sha, data)
        return StoredPhoto(sha, width, height)

    def store_prepared(self, prepared: PreparedPhoto) -> StoredPhoto:
        """Stores what ``photo_import.prepare_photo`` made; its JPEG is not decoded again to be checked."""
        sha = hashlib.sha256(prepared.jpeg).hexdigest()
        original = self.original_path(sha)
        if not original.is_file():
            _write_atomically(original, prepared.jpeg)
        self.ensure_thumbnail(sha, prepared.jpeg)
        return StoredPhoto(sha, prepared.width, prepared.height)

    def ensure_thumbnail(self, sha: str, data: bytes | None = None) -> Path:
        """The thumbnail's path, creating it from the original when it is missing."""
        thumb = self.thumbnail_path(sha)
        if not thumb.is_file():
            source = data if data is not None else self.original_path(sha).read_bytes()
            _write_atomically(thumb, make_thumbnail(source))
        return thumb
