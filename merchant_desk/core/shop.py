"""The shop's profile and first-run answers, validated in one place for the wizard, Settings and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from merchant_desk.core.errors import ValidationError, tr_noop
from merchant_desk.core.phones import InvalidPhone, normalize_phone
from merchant_desk.core.timezones import ZONES

LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}

# WhatsApp Business's default labels in Indonesian plus the service labels merchants add; colours follow
# WhatsApp's palette so the inbox looks familiar.
DEFAULT_LABELS: tuple[tuple[str, str], ...] = (
    ("Pelanggan baru", "#5FA8E8"),
    ("Pesanan baru", "#F2C94C"),
    ("Menunggu pembayaran", "#F2994A"),
    ("Sudah dibayar", "#27AE60"),
    ("Pesanan selesai", "#9B51E0"),
    ("Pertanyaan produk", "#56CCF2"),
    ("Keluhan", "#EB5757"),
    ("Masalah selesai", "#6FCF97"),
)


@dataclass(frozen=True)
class ShopProfile:
    name: str
    owner_name: str
    whatsapp: str  # E.164
    timezone: str = "WIB"
    language: str = "id"


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str
    has_secret: bool
    permissions: tuple[str, ...] = ()

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"


@dataclass(frozen=True)
class ShopOverview:
    """Counts for the Overview tab; one query each, never the rows themselves."""

    products: int
    hidden_products: int
    low_stock: int
    customers: int
    consenting_customers: int
    conversations: int
    open_conversations: int
    messages: int
    orders: int
    open_orders: int
    revenue_paid: int
    points_outstanding: int
    quick_replies: int
    labels: int


def validate_pin(pin: str) -> str:
    """A PIN is 4–8 digits 0-9 (str.isdigit alone would also take "²" or Arabic-Indic digits)."""
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValidationError({"pin": tr_noop("A PIN has 4 to 8 digits.")})
    return pin


def validate_profile(
    name: str, owner_name: str, whatsapp: str, timezone: str = "WIB", language: str = "id"
) -> ShopProfile:
    """Checks every field at once and returns the normalised profile.

    Raises:
        ValidationError: with one message per wrong field.
    """
    problems: dict[str, str] = {}
    name, owner_name = name.strip(), owner_name.strip()
    if not name:
        problems["name"] = tr_noop("The shop needs a name.")
    elif len(name) > 200:
        problems["name"] = tr_noop("The shop's name may have at most 200 characters.")
    if not owner_name:
        problems["owner_name"] = tr_noop("Please enter the owner's name.")
    elif len(owner_name) > 100:
        problems["owner_name"] = tr_noop("The owner's name may have at most 100 characters.")
    phone = ""
    try:
        phone = normalize_phone(whatsapp)
    except InvalidPhone:
        problems["whatsapp"] = tr_noop("Enter the shop's WhatsApp number, for example 0812-3456-7890.")
    if timezone not in ZONES:
        problems["timezone"] = tr_noop("Choose WIB, WITA or WIT.")
    if language not in LANGUAGES:
        problems["language"] = tr_noop("Choose Bahasa Indonesia or English.")
    if problems:
        raise ValidationError(problems)
    return ShopProfile(name, owner_name, phone, timezone, language)
