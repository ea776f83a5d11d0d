"""Copy for WhatsApp and the wa.me order link: formatting, sale prices, stray markers, languages."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import unquote

import pytest

from merchant_desk.channels.wa_link import NoNumberForLink
from merchant_desk.core.catalog import ProductDetail, ProductDraft
from merchant_desk.core.share import order_link, plain, shorten, whatsapp_text

NOW = datetime(2026, 11, 22, tzinfo=UTC)


def detail(**fields: object) -> ProductDetail:
    draft = ProductDraft(**{"name": "Kaos Polos Katun", "price": 15000, **fields})  # type: ignore[arg-type]
    return ProductDetail(1, draft, (), (), NOW, NOW, None, None)


def test_plain_product_has_bold_name_and_price() -> None:
    assert whatsapp_text(detail()) == "*Kaos Polos Katun*\nRp15.000"


def test_sale_price_is_bold_with_the_old_price_struck() -> None:
    text = whatsapp_text(detail(price=20000, sale_price=15000), "Toko Berkah")
    assert text.splitlines()[:2] == ["*Kaos Polos Katun*", "*Rp15.000* ~Rp20.000~"]
    assert text.endswith("\n\n_Toko Berkah_")


def test_everything_in_order_with_link_and_availability() -> None:
    product = detail(
        description="Bahan adem.\r\n\r\n\r\nUkuran S–XL.",
        availability="out of stock",
        link="https://tokoberkah.id/p/kaos_polos",
    )
    assert whatsapp_text(product, "Berkah Jaya") == (
        "*Kaos Polos Katun*\nRp15.000\n\nBahan adem.\n\nUkuran S–XL.\n\n_Stok habis_\n\n"
        "https://tokoberkah.id/p/kaos_polos\n_Berkah Jaya_"
    )


@pytest.mark.parametrize(
    ("availability", "stock", "language", "expected"),
    [
        ("out of stock", None, "en", "_Out of stock_"),
        ("preorder", None, "id", "_Pre-order_"),
        ("available for order", None, "en_US", "_Available to order_"),
        ("discontinued", None, "id-ID", "_Tidak dijual lagi_"),
        ("in stock", 0, "id", "_Stok habis_"),
        ("out of stock", None, "fr", "_Stok habis_"),  # an unknown language: the shop's market
    ],
)
def test_availability_in_the_shops_language(availability: str, stock: int | None, language: str, expected: str) -> None:
    text = whatsapp_text(detail(availability=availability, stock=stock), language=language)
    assert text.splitlines()[-1] == expected


def test_in_stock_says_nothing_about_stock() -> None:
    assert "Stok" not in whatsapp_text(detail(stock=5))


def test_long_description_is_cut_at_a_word_with_an_ellipsis() -> None:
    words = "Kaos katun combed 30s yang lembut, adem, dan nyaman dipakai seharian. " * 10
    short = whatsapp_text(detail(description=words)).split("\n\n")[1]
    assert len(short) <= 301 and short.endswith("…")
    assert words.startswith(short[:-1]) and words[len(short) - 1] in " ,."
    assert shorten("x" * 400).startswith("x" * 300) and len(shorten("x" * 400)) == 301


def test_product_markers_cannot_break_the_formatting() -> None:
    text = whatsapp_text(detail(name="*PROMO* Kaos_ ~diskon~", description="_Murah_ banget! *cek*"))
    assert text.startswith("*PROMO Kaos diskon*\nRp15.000\n\nMurah banget! cek")
    assert plain("ukuran_S, 2*3 cm, 10 * 20 cm, A~B") == "ukuran_S, 2*3 cm, 10 * 20 cm, A~B"
    assert plain("(*hemat*) `kode` ```mono```") == "(hemat) kode mono"
    assert plain("🔥*SALE*🔥") == "🔥SALE🔥"
    assert whatsapp_text(detail(name="***"), "_ Toko _") == "Rp15.000\n\n_Toko_"


def test_order_link_prefills_the_product_in_the_shops_language() -> None:
    link = order_link("+62 812-3456-7890", "Kaos  Polos & Rok")
    assert link.startswith("https://wa.me/6281234567890?text=")
    assert "%20" in link and "+" not in link and "&" not in link.split("?", 1)[1]
    assert unquote(link.split("text=", 1)[1]) == "Halo, saya mau pesan Kaos Polos & Rok"
    english = order_link("081234567890", "Kue Lapis", language="en")
    assert unquote(english.split("text=", 1)[1]) == "Hello, I would like to order Kue Lapis"
    assert unquote(order_link("+6281234567890", "Dodol ½ kg").split("text=", 1)[1]).endswith("Dodol ½ kg")


def test_order_link_without_a_number_is_a_user_error() -> None:
    with pytest.raises(NoNumberForLink):
        order_link("", "Kaos")
