"""A square product card picture (photo, name, price, shop) for WhatsApp Status and Instagram (pure Pillow)."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from merchant_desk.core.catalog import ProductDetail
from merchant_desk.core.money import format_rupiah
from merchant_desk.services.photo_import import load_photo

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
Colour = tuple[int, int, int]

BASE = 1080  # every measure below is for a 1080 px card and scales with ``size``
ACCENT: Colour = (0x12, 0x8C, 0x7E)  # the app's green
INK: Colour = (0x1F, 0x2A, 0x30)
MUTED: Colour = (0x8A, 0x94, 0x99)
TINT: Colour = (0xE6, 0xF2, 0xEF)
PLACEHOLDER: Colour = (0xCF, 0xE6, 0xE1)
SALE: Colour = (0xE0, 0x3E, 0x36)
WHITE: Colour = (255, 255, 255)
PHOTO, PHOTO_TOP, RADIUS = 640, 52, 32
PRICE = 88  # the price's font size: the biggest text on the card
TEXT_WIDTH = 960
NAME_SIZES = (58, 50, 44)  # the first size that fits the name on two lines wins; the last one ellipsizes
BAND = 88  # the shop's green band at the bottom
_SUBSTITUTES = {"—": " - ", "–": "-", "‐": "-", "−": "-", "×": "x", "•": "·", "€": "EUR", "£": "GBP"}
_MISSING = "\U0010fffd"  # a private-use character: every font draws its "no glyph" box for it


def _font(px: int) -> Font:
    # Pillow's own scalable font (Aileron) ships inside Pillow, so cards look the same on every computer;
    # without FreeType it falls back to the fixed bitmap font rather than failing. Made per card: FreeType
    # faces must not be shared between worker threads.
    return ImageFont.load_default(size=px)


def _glyph(char: str, font: Font) -> bytes:
    canvas = Image.new("L", (48, 48), 0)
    ImageDraw.Draw(canvas).text((8, 8), char, font=font, fill=255)
    return canvas.tobytes()


def _drawable(text: str, font: Font) -> str:
    """``text`` as the font can draw it: Pillow's font lacks most non-ASCII letters, so "Café" becomes "Cafe",
    dashes become "-", and what has no stand-in (emoji, other scripts) is left out rather than shown as boxes.
    """
    scalable = isinstance(font, ImageFont.FreeTypeFont)
    probe = _font(24) if scalable else font  # glyph presence ignores size
    missing = _glyph(_MISSING, probe) if scalable else b""
    known: dict[str, str] = {}

    def stand_in(char: str) -> str:
        if char.isascii() or char.isspace():
            return char
        if scalable and _glyph(char, probe) != missing:
            return char
        if not scalable and char.encode("latin-1", "ignore"):  # the bitmap font: Latin-1 only
            return char
        if char in _SUBSTITUTES:
            return _SUBSTITUTES[char]
        parts = unicodedata.normalize("NFKD", char)
        if parts == char:
            return ""
        return "".join(stand_in(part) for part in parts if not unicodedata.combining(part))

    kept = "".join(known.setdefault(c, stand_in(c)) if c not in known else known[c] for c in text)
    return " ".join(kept.split())


def _ellipsize(text: str, font: Font, width: float) -> str:
    """``text`` shortened to end in "…" within ``width``: at a word boundary unless that wastes half the line."""
    text = text.rstrip()
    words = text
    while " " in words and font.getlength(words + "…") > width:
        words = words.rsplit(" ", 1)[0]
    if font.getlength(words + "…") <= width and font.getlength(words) >= width / 2:
        return words.rstrip(" ,.;:-–") + "…"
    while text and font.getlength(text + "…") > width:
        text = text[:-1].rstrip()
    return text.rstrip(" ,.;:-–") + "…"


def wrap(text: str, font: Font, width: float, max_lines: int) -> tuple[list[str], bool]:
    """Greedy word wrap; words wider than a line are broken. Returns the lines and whether all of it fit."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if font.getlength(trial) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        while font.getlength(word) > width and len(word) > 1:
            low, high = 1, len(word) - 1  # the longest prefix that fits, found by bisection
            while low < high:
                middle = (low + high + 1) // 2
                low, high = (middle, high) if font.getlength(word[:middle]) <= width else (low, middle - 1)
            lines.append(word[:low])
            word = word[low:]
        current = word
    if current:
        lines.append(current)
    if len(lines) <= max_lines:
        return lines, True
    return [*lines[: max_lines - 1], _ellipsize(lines[max_lines - 1], font, width)], False


def _rounded_mask(side: int, radius: int) -> Image.Image:
    mask = Image.new("L", (side, side), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, side - 1, side - 1), radius, fill=255)
    return mask


def _photo_square(photo: bytes | Path | None, side: int, name: str) -> Image.Image:
    """The cover cropped square to fill ``side``, or a placeholder with the name's first letter."""
    if photo is not None:
        img, _size = load_photo(photo, side, cover=True)
        left, top = (img.width - side) // 2, (img.height - side) // 2
        return img.crop((left, top, left + side, top + side)).resize((side, side), Image.Resampling.LANCZOS)
    square = Image.new("RGB", (side, side), PLACEHOLDER)
    draw = ImageDraw.Draw(square)
    font = _font(side * 2 // 5)
    letter = next((c.upper() for c in _drawable(name, font) if c.isalnum()), "")
    draw.ellipse((side // 4, side // 4, side * 3 // 4, side * 3 // 4), fill=TINT)
    if letter:
        draw.text((side / 2, side / 2), letter, font=font, fill=ACCENT, anchor="mm")
    return square


def _draw_price(draw: ImageDraw.ImageDraw, detail: ProductDetail, centre: float, top: float, k: float) -> None:
    """The price big and green; on sale, the sale price with the old price struck beside it, smaller."""
    draft = detail.draft
    on_sale = draft.sale_price is not None and draft.sale_price < draft.price
    new, old = format_rupiah(draft.sale_price if on_sale else draft.price), format_rupiah(draft.price)  # type: ignore[arg-type]
    for shrink in (1.0, 0.85, 0.7, 0.6):  # billions of Rupiah still fit on the line
        big, small = _font(round(PRICE * k * shrink)), _font(round(46 * k * shrink))
        stroke = max(1, round(2 * k * shrink))  # Aileron has no bold: a stroke in the same colour thickens it
        gap = 28 * k * shrink
        new_width = big.getlength(new) + 2 * stroke
        total = new_width + (gap + small.getlength(old) if on_sale else 0)
        if total <= TEXT_WIDTH * k:
            break
    left = centre - total / 2
    draw.text((left, top), new, font=big, fill=ACCENT, stroke_width=stroke, stroke_fill=ACCENT)
    if not on_sale:
        return
    scalable = isinstance(big, ImageFont.FreeTypeFont)
    baseline = top + big.getbbox("0")[3] if scalable else top + 80 * k
    old_left, old_width = left + new_width + gap, small.getlength(old)
    draw.text((old_left, baseline), old, font=small, fill=MUTED, anchor="ls")
    middle = baseline - small.getbbox("0")[3] * 0.33 if scalable else baseline
    draw.line((old_left - 4 * k, middle, old_left + old_width + 4 * k, middle), fill=MUTED, width=max(2, round(4 * k)))


def _badge(card: Image.Image, detail: ProductDetail, x: float, y: float, k: float) -> None:
    """A "-25%" pill on the photo's corner when the product is on sale."""
    draft = detail.draft
    if draft.sale_price is None or draft.sale_price >= draft.price:
        return
    percent = round((draft.price - draft.sale_price) * 100 / draft.price)
    if percent < 1:
        return
    draw, font = ImageDraw.Draw(card), _font(round(40 * k))
    text = f"-{percent}%"
    width, height = font.getlength(text) + 44 * k, 64 * k
    draw.rounded_rectangle((x, y, x + width, y + height), radius=height / 2, fill=SALE)
    draw.text((x + width / 2, y + height / 2), text, font=font, fill=WHITE, anchor="mm", stroke_width=round(k),
              stroke_fill=WHITE)  # fmt: skip


def _draw_name_and_price(
    draw: ImageDraw.ImageDraw, detail: ProductDetail, top: float, bottom: float, centre: float, k: float
) -> None:
    """The name (two lines at most, smaller type before an ellipsis) and the price, centred as one block
    between ``top`` and ``bottom`` however many lines the name takes."""
    for px in NAME_SIZES:
        font = _font(round(px * k))
        lines, fits = wrap(_drawable(detail.draft.name, font), font, TEXT_WIDTH * k, 2)
        if fits:
            break
    line_height = font.size * 1.22 if isinstance(font, ImageFont.FreeTypeFont) else 14
    last_line = font.getbbox("Hg")[3] + 30 * k if lines else 0
    block = line_height * max(0, len(lines) - 1) + last_line + _font(round(PRICE * k)).getbbox("Rp0")[3]
    y = top + (bottom - top - block) / 2
    for row, line in enumerate(lines):
        draw.text((centre, y + row * line_height), line, font=font, fill=INK, anchor="ma", stroke_width=round(k),
                  stroke_fill=INK)  # fmt: skip
    _draw_price(draw, detail, centre, y + line_height * max(0, len(lines) - 1) + last_line, k)


def render_card(
    detail: ProductDetail, photo: bytes | Path | None, shop_name: str, *, size: int = BASE, fmt: str = "PNG"
) -> bytes:
    """A ``size``×``size`` picture of the product: its cover photo (or a placeholder), name, price and shop.

    Args:
        detail: the product; a sale price shows beside the struck old price, with a discount badge.
        photo: the cover's file or bytes (a stored original), or None.
        shop_name: printed on the green band at the bottom.
        fmt: "PNG" (sharp text) or "JPEG" (smaller).

    Raises:
        PhotoError: the photo cannot be read (see ``photo_import``).
    """
    k = size / BASE
    card = Image.new("RGB", (size, size), WHITE)
    draw = ImageDraw.Draw(card)
    side, top = round(PHOTO * k), round(PHOTO_TOP * k)
    left = (size - side) // 2
    draw.rectangle((0, 0, size, top + side // 2), fill=TINT)
    shadow = Image.new("L", (size, size), 0)
    ImageDraw.Draw(shadow).rounded_rectangle(
        (left, top + 14 * k, left + side, top + side + 14 * k), round(RADIUS * k), fill=70
    )
    card.paste((150, 170, 165), mask=shadow.filter(ImageFilter.GaussianBlur(18 * k)))
    card.paste(_photo_square(photo, side, detail.draft.name), (left, top), _rounded_mask(side, round(RADIUS * k)))
    _badge(card, detail, left + 24 * k, top + 24 * k, k)

    _draw_name_and_price(draw, detail, top + side, size - BAND * k, size / 2, k)

    draw.rectangle((0, size - BAND * k, size, size), fill=ACCENT)
    shop_font = _font(round(38 * k))
    shop = _drawable(shop_name.strip(), shop_font)
    if shop:
        if shop_font.getlength(shop) > TEXT_WIDTH * k:
            shop = _ellipsize(shop, shop_font, TEXT_WIDTH * k)
        draw.text((size / 2, size - BAND * k / 2), shop, font=shop_font, fill=WHITE, anchor="mm")
    out = io.BytesIO()
    card.save(out, fmt, **({"quality": 90} if fmt.upper() == "JPEG" else {}))
    return out.getvalue()
