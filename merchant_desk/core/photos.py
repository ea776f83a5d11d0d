"""What importing a photo can refuse or warn about, and what it produces: the merchant's errors and warnings
(translated by the UI) and the prepared photo, without Pillow, so any layer can name them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from merchant_desk.core.errors import UserError, tr_noop

MIN_CATALOG_SIDE = 500  # WhatsApp's catalog refuses smaller photos


class PhotoError(UserError):
    message = tr_noop("'{name}' cannot be used as a photo.")


class NotAnImage(PhotoError):
    message = tr_noop("'{name}' is not a photo Merchant Desk can read (JPEG, PNG, WebP, GIF, BMP or TIFF).")


class DamagedImage(PhotoError):
    message = tr_noop("'{name}' is damaged or incomplete; copy or download it again.")


class ImageTooLarge(PhotoError):
    message = tr_noop("'{name}' is too large: {width}×{height} pixels; the limit is 50 megapixels.")


class FileTooBig(PhotoError):
    message = tr_noop("'{name}' is too big: {megabytes} MB; the limit is 40 MB.")


class UnsupportedImage(PhotoError):
    message = tr_noop("'{name}' is a kind of image Merchant Desk cannot convert ({mode}).")


TOO_MANY_PIXELS = tr_noop("'{name}' is too large: {megapixels} megapixels; the limit is 50 megapixels.")
UNREADABLE = tr_noop("'{name}' cannot be opened: {reason}")
HEIF_PHOTO = tr_noop("'{name}' is a HEIC photo; please save or share it as JPEG first.")
SMALL_PHOTO = tr_noop(
    "'{name}' is only {width}×{height} pixels; WhatsApp's catalog refuses photos smaller than 500×500."
)


@dataclass(frozen=True)
class PhotoWarning:
    """A problem worth telling but not refusing for; translated by the UI like a ``UserError``'s message."""

    message: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def render(self, translated: str | None = None) -> str:
        return (translated if translated is not None else self.message).format(**self.params)


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo ready to store: JPEG bytes without EXIF (no GPS), upright, sRGB, longest side ≤ 2048."""

    jpeg: bytes
    width: int
    height: int
    warnings: tuple[PhotoWarning, ...] = ()
