"""A product as a WhatsApp message ("Copy for WhatsApp") and a wa.me link to order it, in the shop's language."""

from __future__ import annotations

import re

from merchant_desk.channels.wa_link import wa_me_link
from merchant_desk.core.catalog import ProductDetail
from merchant_desk.core.money import format_rupiah

SHORT_DESCRIPTION = 300  # a chat bubble, not a product page
# WhatsApp's own formatting markers: *bold*, _italic_, ~strike~, `code` and ```mono```.
_MARKERS = "*_~`"
_MARKER_RUN = re.compile(r"[*_~`]+")

# These texts go to the shop's customers, so they follow the shop's language, not the app's: no tr_noop.
_WORDS: dict[str, dict[str, str]] = {
    "id": {
        "out of stock": "Stok habis",
        "preorder": "Pre-order",
        "available for order": "Bisa dipesan",
        "discontinued": "Tidak dijual lagi",
        "order": "Halo, saya mau pesan {name}",
    },
    "en": {
        "out of stock": "Out of stock",
        "preorder": "Pre-order",
        "available for order": "Available to order",
        "discontinued": "Discontinued",
        "order": "Hello, I would like to order {name}",
    },
}


def _words(language: str) -> dict[str, str]:
    """The phrases for ``id``, ``en``, ``en_US``, ``id-ID``…; Indonesian for anything else."""
    return _WORDS.get(language.replace("-", "_").split("_")[0].lower(), _WORDS["id"])


def _edge(char: str) -> bool:
    """Whether WhatsApp counts ``char`` as the outside of a word (start/end, space or punctuation)."""
    return not char or not (char.isalnum() or char in _MARKERS)


def plain(text: str) -> str:
    """Drops formatting markers that WhatsApp could pair up, so the product's text cannot break ours.

    A marker run can open a format when it follows a word edge and precedes a non-space, and close one when
    it follows a non-space and precedes a word edge. Runs inside a word (``size_S``, ``2*3``) or standing
    alone between spaces (``10 * 20 cm``) can do neither and are kept.
    """

    def keep_or_drop(match: re.Match[str]) -> str:
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        opens = _edge(before) and bool(after) and not after.isspace()
        closes = bool(before) and not before.isspace() and _edge(after)
        return "" if opens or closes else match.group()

    return _MARKER_RUN.sub(keep_or_drop, text)


def _inner(text: str) -> str:
    """Text that our own markers will surround: no marker may touch its ends either."""
    return plain(" ".join(text.split())).strip(_MARKERS + " ")


def shorten(text: str, limit: int = SHORT_DESCRIPTION) -> str:
    """The first ``limit`` characters, cut at a word boundary with "…"; blank lines squeezed to one."""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    cut = cut[:space] if space > limit // 2 else text[:limit]  # one endless word (a link): cut it anyway
    return cut.rstrip(" \n,;:.-–—") + "…"


def _availability(detail: ProductDetail) -> str | None:
    draft = detail.draft
    if draft.availability == "in stock" and draft.stock == 0:
        return "out of stock"  # the stock count knows better than a flag nobody updated
    return None if draft.availability == "in stock" else draft.availability


def whatsapp_text(detail: ProductDetail, shop_name: str | None = None, language: str = "id") -> str:
    """The product as a chat message: bold name, price (a sale with the old price struck), a short
    description, availability when not in stock, the link and the shop's name.

    Args:
        detail: the product.
        shop_name: signed at the bottom when given.
        language: the SHOP's language (``id`` or ``en``): the text goes to its customers.
    """
    draft, words = detail.draft, _words(language)
    name = _inner(draft.name)
    lines = [f"*{name}*"] if name else []  # a name made only of markers would show as a literal "**"
    if draft.sale_price is not None and draft.sale_price < draft.price:
        lines.append(f"*{format_rupiah(draft.sale_price)}* ~{format_rupiah(draft.price)}~")
    else:
        lines.append(format_rupiah(draft.price))
    description = plain(shorten(plain(draft.description)))
    if description:
        lines += ["", description]
    availability = _availability(detail)
    if availability in words:
        lines += ["", f"_{words[availability]}_"]
    tail = [draft.link] if draft.link else []
    if shop_name and _inner(shop_name):
        tail.append(f"_{_inner(shop_name)}_")
    if tail:
        lines += ["", *tail]
    return "\n".join(lines)


def order_link(shop_whatsapp_e164: str, product_name: str, language: str = "id") -> str:
    """``https://wa.me/628…?text=Halo%2C%20saya%20mau%20pesan%20…``: a customer taps it to order the product.

    Raises:
        NoNumberForLink: the shop has no WhatsApp number; InvalidPhone: it is not a phone number.
    """
    name = " ".join(product_name.split())
    return wa_me_link(shop_whatsapp_e164, _words(language)["order"].format(name=name))
