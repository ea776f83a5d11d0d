"""Links that open WhatsApp with a reply already typed: https://wa.me/… and whatsapp://send?… (pure)."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from merchant_desk.core.errors import UserError, tr_noop
from merchant_desk.core.phones import normalize_phone, wa_digits

# wa.me stops reading very long prefilled texts; WhatsApp's own limit per message is 65,536 characters.
MAX_TEXT = 4000


class NoNumberForLink(UserError):
    message = tr_noop("This customer has no WhatsApp number, so no WhatsApp link can be made.")


def _digits(phone: str | None, region: str) -> str:
    if not phone or not phone.strip():
        raise NoNumberForLink()
    return wa_digits(normalize_phone(phone, region))


def wa_me_link(phone: str | None, text: str = "", region: str = "ID") -> str:
    """``https://wa.me/6281234567890?text=Halo%20kak`` (spaces as %20: some WhatsApp builds show a literal +).

    Raises:
        NoNumberForLink: no number; InvalidPhone: not a phone number.
    """
    link = f"https://wa.me/{_digits(phone, region)}"
    if text:
        link += "?text=" + quote(text[:MAX_TEXT], safe="")
    return link


def whatsapp_send_link(phone: str | None, text: str = "", region: str = "ID") -> str:
    """``whatsapp://send?phone=6281234567890&text=…`` for WhatsApp Desktop.

    Raises:
        NoNumberForLink: no number; InvalidPhone: not a phone number.
    """
    params = {"phone": _digits(phone, region)}
    if text:
        params["text"] = text[:MAX_TEXT]
    return "whatsapp://send?" + urlencode(params, quote_via=quote, safe="")
