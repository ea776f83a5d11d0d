"""Orders: stages and their moves, totals in whole Rupiah, numbers, stage labels and the WhatsApp invoice."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from merchant_desk.core.errors import UserError, ValidationError, tr_noop
from merchant_desk.core.money import format_rupiah
from merchant_desk.core.shop import ShopProfile
from merchant_desk.core.timezones import to_shop_time

STAGES = ("new", "awaiting", "paid", "shipped", "done", "cancelled")
STAGE_NAMES: dict[str, str] = {
    "new": tr_noop("Pesanan baru"),
    "awaiting": tr_noop("Menunggu pembayaran"),
    "paid": tr_noop("Sudah dibayar"),
    "shipped": tr_noop("Dikirim"),
    "done": tr_noop("Selesai"),
    "cancelled": tr_noop("Dibatalkan"),
}
# Forward moves may skip a step (a transfer before the total was sent, a pick-up that is never shipped); a
# returned parcel can still be cancelled, a finished or cancelled order is final.
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"awaiting", "paid", "cancelled"}),
    "awaiting": frozenset({"paid", "cancelled"}),
    "paid": frozenset({"shipped", "done", "cancelled"}),
    "shipped": frozenset({"done", "cancelled"}),
    "done": frozenset(),
    "cancelled": frozenset(),
}
PAID_STAGES = frozenset({"paid", "shipped", "done"})
OPEN_STAGES = frozenset({"new", "awaiting", "paid", "shipped"})
# The conversation label each stage shows (WhatsApp Business's own names, see core.shop.DEFAULT_LABELS). A
# shipped order keeps "Sudah dibayar": WhatsApp has no shipping label and the order is still paid; a cancelled
# order shows none of them.
STAGE_LABELS: dict[str, str | None] = {
    "new": "Pesanan baru",
    "awaiting": "Menunggu pembayaran",
    "paid": "Sudah dibayar",
    "shipped": "Sudah dibayar",
    "done": "Pesanan selesai",
    "cancelled": None,
}
ORDER_LABELS = frozenset(name for name in STAGE_LABELS.values() if name)
DEFAULT_PREFIX = "INV"
_NUMBER = re.compile(r"^(?P<prefix>[A-Z0-9-]{1,10})/(?P<year>\d{4})/(?P<month>\d{2})/(?P<n>\d{4,})$")


class InvalidTransition(UserError):
    message = tr_noop("An order that is {current} cannot become {target}.")


def check_transition(current: str, target: str) -> None:
    """Raises InvalidTransition unless ``current -> target`` is an allowed move."""
    if target not in TRANSITIONS.get(current, frozenset()):
        raise InvalidTransition(current=STAGE_NAMES.get(current, current), target=STAGE_NAMES.get(target, target))


@dataclass(frozen=True)
class LineDraft:
    """One line as the merchant enters it; ``unit_price`` is the catalog price snapshotted at order time."""

    product_id: int | None
    name: str
    unit_price: int
    quantity: int = 1
    discount: int = 0
    sku: str | None = None

    @property
    def gross(self) -> int:
        return self.unit_price * self.quantity

    @property
    def effective_discount(self) -> int:
        return min(self.discount, self.gross)  # a discount past the line's value makes it free, not negative

    @property
    def total(self) -> int:
        return self.gross - self.effective_discount


@dataclass(frozen=True)
class Totals:
    subtotal: int
    discount: int  # the order discount actually applied (never more than the subtotal)
    shipping: int
    total: int

    @property
    def points_basis(self) -> int:
        """What loyalty points are earned on: after discounts, without shipping."""
        return self.subtotal - self.discount


def compute_totals(lines: Sequence[LineDraft], discount: int = 0, shipping: int = 0) -> Totals:
    """Subtotal of the line totals, minus the order discount (capped at the subtotal), plus shipping."""
    subtotal = sum(line.total for line in lines)
    applied = min(max(discount, 0), subtotal)
    shipping = max(shipping, 0)
    return Totals(subtotal, applied, shipping, subtotal - applied + shipping)


def validate_lines(lines: Sequence[LineDraft], discount: int, shipping: int) -> None:
    """Raises ValidationError naming every wrong field at once."""
    problems: dict[str, str] = {}
    if not lines:
        problems["lines"] = tr_noop("Add at least one product to the order.")
    for i, line in enumerate(lines):
        if not isinstance(line.quantity, int) or line.quantity < 1:
            problems[f"lines.{i}.quantity"] = tr_noop("The quantity must be at least 1.")
        if not isinstance(line.unit_price, int) or line.unit_price < 0:
            problems[f"lines.{i}.unit_price"] = tr_noop("A price cannot be negative.")
        if not isinstance(line.discount, int) or line.discount < 0:
            problems[f"lines.{i}.discount"] = tr_noop("A discount cannot be negative.")
        if not line.name.strip():
            problems[f"lines.{i}.name"] = tr_noop("Every line needs a product name.")
    if not isinstance(discount, int) or discount < 0:
        problems["discount"] = tr_noop("A discount cannot be negative.")
    if not isinstance(shipping, int) or shipping < 0:
        problems["shipping"] = tr_noop("The shipping cost cannot be negative.")
    if problems:
        raise ValidationError(problems)


def number_prefix(prefix: str, local: datetime) -> str:
    """``INV/2026/11/``: the part every order number of that month (in the shop's calendar) starts with."""
    return f"{prefix}/{local.year:04d}/{local.month:02d}/"


def format_order_number(prefix: str, local: datetime, serial: int) -> str:
    """``INV/2026/11/0001``; past 9,999 orders a month the serial simply grows a digit."""
    return f"{number_prefix(prefix, local)}{serial:04d}"


def serial_of(number: str) -> int | None:
    """The running number at the end of an order number, or None for a number in another format."""
    match = _NUMBER.match(number)
    return int(match["n"]) if match else None


@dataclass(frozen=True)
class OrderLineView:
    product_id: int | None
    name: str
    sku: str | None
    unit_price: int
    quantity: int
    discount: int
    line_total: int


@dataclass(frozen=True)
class OrderView:
    """An order as the tabs and the invoice see it."""

    id: int
    number: str
    stage: str
    customer_id: int | None
    customer_name: str | None
    conversation_id: int | None
    subtotal: int
    discount: int
    shipping: int
    total: int
    notes: str | None
    created_at: datetime
    paid_at: datetime | None = None
    completed_at: datetime | None = None
    cancelled_at: datetime | None = None
    stock_taken: bool = False
    lines: tuple[OrderLineView, ...] = field(default_factory=tuple)

    @property
    def stage_name(self) -> str:
        return STAGE_NAMES[self.stage]


# The invoice goes to the shop's customer, so it follows the shop's language, not the app's: no tr_noop.
_WORDS: dict[str, dict[str, str]] = {
    "id": {"invoice": "Invoice", "date": "Tanggal", "to": "Untuk", "subtotal": "Subtotal", "discount": "Diskon",
           "shipping": "Ongkir", "total": "Total", "pay": "Cara pembayaran", "notes": "Catatan",
           "line_discount": "potongan", "thanks": "Terima kasih sudah berbelanja 🙏", "status": "Status"},
    "en": {"invoice": "Invoice", "date": "Date", "to": "For", "subtotal": "Subtotal", "discount": "Discount",
           "shipping": "Shipping", "total": "Total", "pay": "How to pay", "notes": "Notes",
           "line_discount": "discount", "thanks": "Thank you for your order 🙏", "status": "Status"},
}  # fmt: skip
_STAGE_WORDS_EN = {"new": "New order", "awaiting": "Awaiting payment", "paid": "Paid", "shipped": "Shipped",
                   "done": "Completed", "cancelled": "Cancelled"}  # fmt: skip


def _words(language: str) -> dict[str, str]:
    return _WORDS.get(language.replace("-", "_").split("_")[0].lower(), _WORDS["id"])


def invoice_text(order: OrderView, shop: ShopProfile, payment_instructions: str | None, language: str = "id") -> str:
    """The order as a WhatsApp message: lines, totals as ``Rp15.000``, payment instructions, the shop's name.

    Args:
        language: the SHOP's language (``id`` or ``en``): the text goes to its customers.
    """
    words = _words(language)
    english = words is _WORDS["en"]
    out = [f"*{words['invoice']} {order.number}*", shop.name]
    local = to_shop_time(order.created_at, shop.timezone)
    out.append(f"{words['date']}: {local:%d/%m/%Y}")
    if order.customer_name:
        out.append(f"{words['to']}: {order.customer_name}")
    if order.stage in ("paid", "shipped", "done", "cancelled"):
        stage = _STAGE_WORDS_EN[order.stage] if english else STAGE_NAMES[order.stage]
        out.append(f"{words['status']}: {stage}")
    out.append("")
    for n, line in enumerate(order.lines, start=1):
        out.append(f"{n}. {line.name}")
        detail = f"   {line.quantity} x {format_rupiah(line.unit_price)}"
        if line.discount:
            detail += f" - {words['line_discount']} {format_rupiah(line.discount)}"
        out.append(f"{detail} = {format_rupiah(line.line_total)}")
    out += ["", f"{words['subtotal']}: {format_rupiah(order.subtotal)}"]
    if order.discount:
        out.append(f"{words['discount']}: -{format_rupiah(order.discount)}")
    if order.shipping:
        out.append(f"{words['shipping']}: {format_rupiah(order.shipping)}")
    out.append(f"*{words['total']}: {format_rupiah(order.total)}*")
    if payment_instructions and payment_instructions.strip() and order.stage in ("new", "awaiting"):
        out += ["", f"*{words['pay']}:*", payment_instructions.strip()]
    if order.notes and order.notes.strip():
        out += ["", f"{words['notes']}: {order.notes.strip()}"]
    out += ["", words["thanks"]]
    return "\n".join(out)
