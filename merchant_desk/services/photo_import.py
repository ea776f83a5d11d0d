"""Turns a picked or pasted picture into an upright sRGB JPEG of at most 2048 px, or refuses it (pure Pillow)."""

from __future__ import annotations

import io
import re
import struct
import threading
import warnings
import zlib
from pathlib import Path

from PIL import ExifTags, Image, ImageCms, ImageFile, UnidentifiedImageError

# The errors, warnings and PreparedPhoto live in core (no Pillow there); callers still import them from here.
from merchant_desk.core.photos import (
    HEIF_PHOTO,
    MIN_CATALOG_SIDE,
    SMALL_PHOTO,
    TOO_MANY_PIXELS,
    UNREADABLE,
    DamagedImage,
    FileTooBig,
    ImageTooLarge,
    NotAnImage,
    PhotoError,
    PhotoWarning,
    PreparedPhoto,
    UnsupportedImage,
)

MAX_FILE_BYTES = 40 * 1024 * 1024  # refused before a byte is decoded
MAX_PIXELS = 50_000_000  # ~8000×6000; the biggest phone cameras stay below it
MAX_SIDE = 2048  # what is stored: plenty for a 1080 px catalog/Status picture
# A 4000×3000 photo decoded at 1/2 scale gives 2000 px for a fraction of a full decode plus a 12 MP resize
# (~4× less CPU), so stored photos may come out up to 10% under MAX_SIDE.
DRAFT_SLACK = 0.9
JPEG_QUALITY = 88
THUMB_QUALITY = 82
# Photo formats only (MPO comes through JPEG): EPS would start Ghostscript, and nobody sells with a PSD.
FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "AVIF")
# Decoders report damage through any of these; all mean "this file is broken", never a bug of ours.
DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error, zlib.error)

_TRANSPOSE = {
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")
_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")
# catch_warnings() swaps the process-wide filter list; serialising our own header reads keeps two workers from
# restoring each other's copy. It is held only while a header is parsed (microseconds), never while decoding.
_OPEN_LOCK = threading.Lock()


def open_image(source: Path | bytes, name: str) -> ImageFile.ImageFile:
    """Opens ``source`` after the size checks; only the header has been read when it returns.

    Raises:
        FileTooBig, NotAnImage, ImageTooLarge, UnsupportedImage (HEIC).
    """
    try:
        size = Path(source).stat().st_size if not isinstance(source, bytes | bytearray) else len(source)
    except OSError as exc:  # moved or deleted since it was picked, or an unreadable drive
        raise PhotoError(UNREADABLE, name=name, reason=exc.strerror or str(exc)) from exc
    if size > MAX_FILE_BYTES:
        raise FileTooBig(name=name, megabytes=round(size / 1024 / 1024))
    fp = Path(source) if not isinstance(source, bytes | bytearray) else io.BytesIO(source)
    try:
        with _OPEN_LOCK, warnings.catch_warnings():
            # Pillow only warns between 89 and 179 megapixels; a refusal must not depend on warning filters.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(fp, formats=FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        found = _BOMB_PIXELS.search(str(exc))
        megapixels = round(int(found.group(1)) / 1_000_000) if found else "?"
        raise ImageTooLarge(TOO_MANY_PIXELS, name=name, megapixels=megapixels) from exc
    except UnidentifiedImageError as exc:
        if _is_heif(source):
            raise UnsupportedImage(HEIF_PHOTO, name=name) from exc
        raise NotAnImage(name=name) from exc
    except DECODE_ERRORS as exc:  # a header that starts right and then breaks
        raise DamagedImage(name=name) from exc
    width, height = img.size
    if width * height > MAX_PIXELS or width < 1 or height < 1:
        img.close()
        raise ImageTooLarge(name=name, width=width, height=height)
    return img


def _is_heif(source: Path | bytes) -> bool:
    if isinstance(source, bytes | bytearray):
        head = bytes(source[:12])
    else:
        with open(source, "rb") as handle:
            head = handle.read(12)
    return head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS


def _orientation(img: Image.Image) -> int:
    try:
        value = img.getexif().get(ExifTags.Base.Orientation, 1)
    except DECODE_ERRORS:  # a broken EXIF block must not cost the photo
        return 1
    return value if isinstance(value, int) else 1


def _fit(size: tuple[int, int], side: int) -> tuple[int, int]:
    """The size after ``thumbnail((side, side))``: what draft() may decode down to and no further."""
    width, height = size
    scale = min(1.0, side / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _decode(img: ImageFile.ImageFile, side: int, name: str, slack: float) -> Image.Image:
    """Decodes the whole file (truncation refused) at the smallest JPEG scale that still covers ``side``."""
    try:
        # Draft before load: libjpeg's DCT scaling decodes 4–64× fewer pixels. Exif-transposing first would
        # load the full image and disable it (DESIGN.md §8.8), so orientation is applied after thumbnail().
        img.draft("RGB", _fit(img.size, round(side * slack)))
        img.load()  # LOAD_TRUNCATED_IMAGES stays False: a cut file raises here instead of half-decoding
        if img.mode in ("P", "PA", "1"):
            # Palette images would be resized with NEAREST; expand them first (they are small anyway).
            img = img.convert("RGBA" if img.has_transparency_data else "RGB")  # type: ignore[assignment]
        elif img.mode.startswith("I") or img.mode == "F":
            img = _eight_bit(img, name)  # type: ignore[assignment]
        # Lanczos for photos people look at; bicubic (Pillow's own default) for grid thumbnails, where
        # Lanczos costs a quarter of the whole thumbnail and the difference is invisible at 256 px.
        img.thumbnail((side, side), Image.Resampling.LANCZOS if side > 512 else Image.Resampling.BICUBIC)
    except DECODE_ERRORS as exc:
        raise DamagedImage(name=name) from exc
    return img


def _eight_bit(img: Image.Image, name: str) -> Image.Image:
    """16-bit (``I;16``) and 32-bit integer greys to 8 bits (``convert("L")`` alone clips them to white);
    floating-point images are refused."""
    if img.mode.startswith("I;16"):
        return img.convert("I").point(lambda value: value / 256).convert("L")
    low, high = img.getextrema()  # type: ignore[misc]
    if img.mode == "F" or low < 0 or high > 65535:  # measurements, not a photo: no way to tell what is white
        raise UnsupportedImage(name=name, mode=img.mode)
    return img.convert("L") if high <= 255 else img.point(lambda value: value / 256).convert("L")


def _flatten(img: Image.Image) -> Image.Image:
    """Transparent parts on white: WhatsApp shows JPEGs, and black behind a cut-out product looks broken."""
    if img.mode in ("RGBA", "LA", "RGBa", "La"):
        alpha = img.getchannel("A")
        base = "L" if img.mode in ("LA", "La") else "RGB"
        flat = Image.new(base, img.size, 255 if base == "L" else (255, 255, 255))
        flat.paste(img.convert(base), mask=alpha)
        return flat
    return img


def to_srgb(img: Image.Image, icc: bytes | None, name: str) -> Image.Image:
    """RGB pixels in sRGB, converting through the embedded ICC profile when there is one."""
    img = _flatten(img)
    if icc and img.mode in ("RGB", "L", "CMYK"):
        try:
            profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            if img.mode == "RGB" and ImageCms.getProfileDescription(profile).strip().lower().startswith("srgb"):
                return img
            srgb = ImageCms.createProfile("sRGB")
            converted = ImageCms.profileToProfile(img, profile, srgb, outputMode="RGB")
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, *DECODE_ERRORS):
            pass  # a broken or mismatched profile: the plain conversion below is still a usable photo
    try:
        return img if img.mode == "RGB" else img.convert("RGB")
    except ValueError as exc:  # e.g. LAB or float images
        raise UnsupportedImage(name=name, mode=img.mode) from exc


def upright(img: Image.Image, orientation: int) -> Image.Image:
    for method in _TRANSPOSE.get(orientation, ()):
        img = img.transpose(method)
    return img


def encode_jpeg(img: Image.Image, quality: int = JPEG_QUALITY, optimize: bool = True) -> bytes:
    # Only pixels leave: Pillow's JPEG writer takes EXIF (GPS), XMP and profiles only when passed, but copies
    # the source's comment unless told otherwise.
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, optimize=optimize, comment=b"")
    return out.getvalue()


def load_photo(
    source: Path | bytes, side: int, *, cover: bool = False, slack: float = 1.0, name: str = ""
) -> tuple[Image.Image, tuple[int, int]]:
    """The photo as upright sRGB RGB pixels, longest side ``side`` (or shortest, with ``cover``), and its
    original size; the work under ``prepare_photo``, ``thumbnail_jpeg`` and the product card.

    A JPEG is decoded at the smallest 1/2, 1/4 or 1/8 scale still reaching ``slack`` × ``side``, so with
    ``slack`` < 1 the result may be that much smaller instead of being resized from the full image.

    Raises:
        The same ``PhotoError`` subclasses as ``prepare_photo``.
    """
    name = name or (Path(source).name if not isinstance(source, bytes | bytearray) else "image")
    with open_image(source, name) as img:
        original = img.size
        if cover:  # to fill a square, the short side must reach it
            side = -(-side * max(original) // min(original))
        orientation = _orientation(img)  # read from the original; thumbnail() and convert() may drop it
        icc = img.info.get("icc_profile")
        result = upright(to_srgb(_decode(img, side, name, slack), icc, name), orientation)
        if result is img:  # closing the file below would take the pixels with it
            result = img.copy()
    return result, original


def prepare_photo(source: Path | bytes, *, name: str = "") -> PreparedPhoto:
    """Decodes, checks and converts a photo; nothing is stored. Safe to call from several threads at once.

    Args:
        source: a file, or bytes (pasted or dropped); the UI should pass ``name`` for bytes.
        name: how messages call the photo; a file's name by default.

    Raises:
        FileTooBig, NotAnImage, DamagedImage, ImageTooLarge, UnsupportedImage (all ``PhotoError``).
    """
    name = name or (Path(source).name if not isinstance(source, bytes | bytearray) else "image")
    img, (width, height) = load_photo(source, MAX_SIDE, slack=DRAFT_SLACK, name=name)
    found: list[PhotoWarning] = []
    if min(width, height) < MIN_CATALOG_SIDE:
        found.append(PhotoWarning(SMALL_PHOTO, {"name": name, "width": width, "height": height}))
    return PreparedPhoto(encode_jpeg(img), img.width, img.height, tuple(found))


def thumbnail_jpeg(source: Path | bytes, size: int = 256, *, name: str = "") -> bytes:
    """A small upright sRGB JPEG (longest side ``size``), decoded at 1/2–1/8 scale for big JPEGs.

    Raises:
        The same ``PhotoError`` subclasses as ``prepare_photo``.
    """
    img, _original = load_photo(source, size, name=name)
    return encode_jpeg(img, THUMB_QUALITY, optimize=False)


def crop_square(jpeg: bytes, box: tuple[int, int, int] | None = None) -> bytes:
    """A square cut of a prepared photo; ``box`` is (x, y, side), by default the centred largest square.

    A box reaching past the photo is moved and shrunk to fit, so an editor's rounding never fails.
    """
    with open_image(jpeg, "photo") as img:
        try:
            img.load()
        except DECODE_ERRORS as exc:
            raise DamagedImage(name="photo") from exc
        # The editor shows the photo upright, so its box is in upright coordinates.
        whole = upright(to_srgb(img, img.info.get("icc_profile"), "photo"), _orientation(img))
        width, height = whole.size
        if box is None:
            side = min(width, height)
            x, y = (width - side) // 2, (height - side) // 2
        else:
            x, y, side = box
            if side < 1:
                raise ValueError(f"a square needs a positive side, got {side}")
            side = min(side, width, height)
            x, y = min(max(0, x), width - side), min(max(0, y), height - side)
        return encode_jpeg(whole.crop((x, y, x + side, y + side)))
