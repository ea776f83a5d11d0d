"""The product card picture: size, content, sale and placeholder variants, awkward names and fonts."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from merchant_desk.core.catalog import ProductDetail, ProductDraft
from merchant_desk.services import product_card
from merchant_desk.services.photo_import import DamagedImage
from merchant_desk.services.product_card import ACCENT, render_card, wrap

NOW = datetime(2026, 11, 22, tzinfo=UTC)
LONG_NAME = (
    "Gamis Syari Premium Bahan Wolfis Lembut Adem Tidak Menerawang Cocok untuk Lebaran Ukuran All Size Fit to XL"
)


def detail(**fields: object) -> ProductDetail:
    draft = ProductDraft(**{"name": "Keripik Tempe Sagu", "price": 15000, **fields})  # type: ignore[arg-type]
    return ProductDetail(1, draft, (), (), NOW, NOW, None, None)


@pytest.fixture(scope="module")
def photo() -> bytes:
    img = Image.new("RGB", (1600, 1200), (240, 200, 120))
    ImageDraw.Draw(img).ellipse((500, 300, 1100, 900), fill=(180, 40, 60))
    out = io.BytesIO()
    img.save(out, "JPEG")
    return out.getvalue()


def opened(data: bytes, fmt: str = "PNG") -> Image.Image:
    img = Image.open(io.BytesIO(data))
    assert img.format == fmt
    return img.convert("RGB")


def test_card_is_a_square_png_with_photo_text_and_the_green_band(photo: bytes) -> None:
    card = opened(render_card(detail(), photo, "Berkah Jaya"))
    assert card.size == (1080, 1080)
    assert len(card.getcolors(1_000_000) or ()) > 200  # photo, text antialiasing, shadow: not blank
    assert card.getpixel((5, 1075)) == ACCENT
    centre = card.getpixel((540, 372))  # the photo's centre, cropped square
    assert all(abs(a - b) <= 6 for a, b in zip(centre, (180, 40, 60), strict=True))
    band = card.crop((0, 1000, 1080, 1080))
    assert (255, 255, 255) in {c for _n, c in band.getcolors(100_000) or ()}  # the shop's name in white


def test_sale_card_differs_from_the_normal_one_in_price_and_badge(photo: bytes) -> None:
    normal = opened(render_card(detail(price=20000), photo, "Berkah Jaya"))
    sale = opened(render_card(detail(price=20000, sale_price=15000), photo, "Berkah Jaya"))
    diff = ImageChops.difference(normal, sale).getbbox()
    assert diff is not None
    badge = sale.crop((240, 70, 400, 140))
    assert (0xE0, 0x3E, 0x36) in {c for _n, c in badge.getcolors(100_000) or ()}  # the "-25%" pill


def test_no_photo_card_has_a_placeholder_and_a_long_name_is_ellipsized(tmp_path: Path) -> None:
    data = render_card(detail(name=LONG_NAME + " 🔥", price=189000, sale_price=149000), None, "Toko 🧕 Busana")
    card = opened(data)
    assert card.size == (1080, 1080)
    assert card.getpixel((800, 600)) == product_card.PLACEHOLDER
    font = ImageFont.load_default(size=44)
    lines, fits = wrap(LONG_NAME, font, 960, 2)
    assert not fits and len(lines) == 2 and lines[1].endswith("…") and font.getlength(lines[1]) <= 960


def test_photo_from_a_file_other_sizes_and_jpeg(tmp_path: Path, photo: bytes) -> None:
    path = tmp_path / "cover.jpg"
    path.write_bytes(photo)
    small = opened(render_card(detail(), path, "Berkah Jaya", size=540), "PNG")
    assert small.size == (540, 540)
    assert opened(render_card(detail(), path, "", fmt="JPEG"), "JPEG").size == (1080, 1080)


def test_awkward_names_do_not_break_the_card() -> None:
    for name in ("北京烤鸭", "Café Crème — ½ kg × 2", "x" * 200, "A"):
        assert opened(render_card(detail(name=name), None, "Ñ" * 80)).size == (1080, 1080)


def test_damaged_photo_is_a_user_error(photo: bytes) -> None:
    with pytest.raises(DamagedImage):
        render_card(detail(), photo[: len(photo) // 2], "Berkah Jaya")


def test_without_freetype_the_bitmap_font_still_makes_a_card(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(product_card, "_font", lambda _px: ImageFont.load_default_imagefont())
    card = opened(render_card(detail(price=20000, sale_price=15000), None, "Berkah Jaya"))
    assert card.size == (1080, 1080)


def test_wrap_breaks_words_longer_than_a_line() -> None:
    font = ImageFont.load_default(size=40)
    lines, fits = wrap("Super" + "panjang" * 30, font, 300, 40)
    assert fits and len(lines) > 2 and all(font.getlength(line) <= 300 for line in lines)


def test_billion_rupiah_sale_price_stays_inside_the_card() -> None:
    card = opened(render_card(detail(price=1_500_000_000, sale_price=1_250_000_000), None, "Properti"))
    price_row = card.crop((0, 700, 1080, 990))
    for edge in (price_row.crop((0, 0, 50, 290)), price_row.crop((1030, 0, 1080, 290))):
        assert edge.getcolors() == [(50 * 290, (255, 255, 255))]
    assert len(price_row.crop((50, 0, 1030, 290)).getcolors(100_000) or ()) > 10
