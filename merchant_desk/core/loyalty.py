"""Loyalty rules: program settings, points for an order, tiers, expiry, FIFO lot plans and voucher codes."""

from __future__ import annotations

import calendar
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from merchant_desk.core.errors import UserError, ValidationError, tr_noop
from merchant_desk.core.timezones import to_shop_time

# Read aloud over the phone and typed from a chat: no 0/O, 1/I/L look-alikes.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
LOT_KINDS = ("earn", "bonus", "adjust")  # entries with positive points that later entries consume
KINDS = ("earn", "bonus", "redeem", "adjust", "expire", "reverse")
EARN_STAGES = ("paid", "done")
TIER_WINDOW = timedelta(days=365)
EXPIRING_SOON = timedelta(days=30)


class NotEnoughPoints(UserError):
    message = tr_noop("{customer} has {balance} points; this needs {needed}.")


@dataclass(frozen=True)
class Tier:
    name: str
    min_points: int  # earned in the last 12 months
    multiplier_pct: int = 100  # 125 = earns 1.25× points; a percentage keeps points integer


@dataclass(frozen=True)
class LoyaltySettings:
    """The program; stored as JSON under the ``loyalty.settings`` setting."""

    enabled: bool = True
    rupiah_per_point: int = 10_000  # 1 point per Rp10.000, rounded down
    min_order: int = 0  # smallest amount (after discounts, without shipping) that earns
    earn_stage: str = "paid"  # paid | done
    expiry_months: int | None = 6  # None: points never expire
    signup_bonus: int = 0
    tiers: tuple[Tier, ...] = (Tier("Bronze", 0, 100), Tier("Silver", 100, 125), Tier("Gold", 300, 150))
    # Rupiah one point is worth in the outstanding-liability figure; None: valued by the active Rupiah-off
    # reward giving the least per point (services/loyalty_value.py says why, and the tab names that reward).
    point_value: int | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys a newer build wrote, kept on save

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extra")
        data["tiers"] = [asdict(t) for t in self.tiers]
        return {**self.extra, **data}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> LoyaltySettings:
        if not data:
            return cls()
        known = {f for f in cls.__dataclass_fields__ if f != "extra"}
        values = {k: v for k, v in data.items() if k in known}
        if "tiers" in values:
            values["tiers"] = tuple(Tier(**t) for t in values["tiers"])
        return validate_settings(cls(**values, extra={k: v for k, v in data.items() if k not in known}))


def validate_settings(s: LoyaltySettings) -> LoyaltySettings:
    """Returns the settings with tiers sorted by threshold; raises ValidationError naming every wrong field."""
    problems: dict[str, str] = {}
    if not isinstance(s.rupiah_per_point, int) or s.rupiah_per_point < 1:
        problems["rupiah_per_point"] = tr_noop("Points need a Rupiah amount of at least Rp1 per point.")
    if not isinstance(s.min_order, int) or s.min_order < 0:
        problems["min_order"] = tr_noop("The minimum order cannot be negative.")
    if s.earn_stage not in EARN_STAGES:
        problems["earn_stage"] = tr_noop("Points are earned when an order is paid or when it is completed.")
    if s.expiry_months is not None and (not isinstance(s.expiry_months, int) or not 1 <= s.expiry_months <= 120):
        problems["expiry_months"] = tr_noop("Points expire after 1 to 120 months, or never.")
    if not isinstance(s.signup_bonus, int) or s.signup_bonus < 0:
        problems["signup_bonus"] = tr_noop("The sign-up bonus cannot be negative.")
    if s.point_value is not None and (not isinstance(s.point_value, int) or s.point_value < 0):
        problems["point_value"] = tr_noop("A point's value cannot be negative.")
    tiers = tuple(sorted(s.tiers, key=lambda t: t.min_points))
    names = [t.name.strip() for t in tiers]
    if tiers and (tiers[0].min_points != 0 or len(set(names)) != len(names) or not all(names)):
        problems["tiers"] = tr_noop("Tiers need distinct names, and the first one starts at 0 points.")
    if any(t.min_points < 0 or not 100 <= t.multiplier_pct <= 1000 for t in tiers):
        problems["tiers"] = tr_noop("Tier multipliers go from 1× to 10×.")
    if problems:
        raise ValidationError(problems)
    return LoyaltySettings(**{**asdict(s), "tiers": tiers, "extra": s.extra})


def tier_for(points_last_12_months: int, settings: LoyaltySettings) -> Tier | None:
    """The highest tier whose threshold the customer reached (None when the program has no tiers)."""
    reached = [t for t in settings.tiers if points_last_12_months >= t.min_points]
    return max(reached, key=lambda t: t.min_points) if reached else None


def points_for(order_amount: int, tier: Tier | None, settings: LoyaltySettings) -> int:
    """Points for an amount after discounts and without shipping, rounded down, times the tier's multiplier."""
    if not settings.enabled or order_amount <= 0 or order_amount < settings.min_order:
        return 0
    base = order_amount // settings.rupiah_per_point
    return base * (tier.multiplier_pct if tier else 100) // 100


def add_months(moment: datetime, months: int) -> datetime:
    """The same day ``months`` later; the 31st becomes the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def expiry_for(earned_at: datetime, settings: LoyaltySettings) -> datetime | None:
    """When points earned at ``earned_at`` expire, or None when the program's points never expire."""
    return None if settings.expiry_months is None else add_months(earned_at, settings.expiry_months)


@dataclass(frozen=True)
class Lot:
    """An entry that added points (earn, bonus, positive adjust) and what is left of it."""

    id: int
    remaining: int
    expires_at: datetime | None
    created_at: datetime


def fifo_order(lots: Iterable[Lot]) -> list[Lot]:
    """Soonest expiry first; lots that never expire last; ties by age (then id) so the plan is deterministic."""
    return sorted(
        lots, key=lambda lot: (lot.expires_at is None, lot.expires_at or lot.created_at, lot.created_at, lot.id)
    )


def plan_redemption(lots: Sequence[Lot], points: int) -> list[tuple[int, int]]:
    """``(lot id, points taken)`` pairs that consume ``points`` from the soonest-expiring lots first.

    Never takes more than a lot's remaining size. Raises NotEnoughPoints when the lots hold too few.
    """
    if points <= 0:
        return []
    plan: list[tuple[int, int]] = []
    due = points
    for lot in fifo_order(lot for lot in lots if lot.remaining > 0):
        take = min(due, lot.remaining)
        plan.append((lot.id, take))
        due -= take
        if due == 0:
            return plan
    raise NotEnoughPoints(customer="", balance=points - due, needed=points)


def new_code(length: int = CODE_LENGTH) -> str:
    """A single-use voucher code like ``K7QX-M4PA``: cryptographically random, unambiguous alphabet."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
    half = length // 2
    return f"{raw[:half]}-{raw[half:]}"


def normalize_code(text: str) -> str:
    """What the merchant typed, as stored: upper case, spaces and dashes ignored, the dash put back."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    half = CODE_LENGTH // 2
    return f"{raw[:half]}-{raw[half:]}" if len(raw) == CODE_LENGTH else raw


def reward_value(kind: str, value: int, cap: int | None, order_subtotal: int, product_price: int = 0) -> int:
    """The Rupiah a reward takes off an order: fixed, percent capped, or the free product's price."""
    if kind == "fixed":
        return max(min(value, order_subtotal), 0)
    if kind == "percent":
        amount = order_subtotal * value // 100
        return max(min(amount, cap) if cap is not None else amount, 0)
    return max(product_price, 0)


REWARD_KINDS = ("fixed", "percent", "product")


@dataclass(frozen=True)
class RewardDraft:
    name: str
    kind: str  # fixed (Rupiah off) | percent (off the subtotal, up to cap) | product (a free catalog product)
    cost_points: int
    value: int = 0  # Rupiah for fixed, percent for percent
    cap: int | None = None
    product_id: int | None = None
    valid_days: int = 30
    max_per_customer: int | None = None
    active: bool = True


def validate_reward(d: RewardDraft) -> RewardDraft:
    """Raises ValidationError naming every wrong field; returns the draft with a trimmed name."""
    problems: dict[str, str] = {}
    name = " ".join(d.name.split())
    if not name or len(name) > 200:
        problems["name"] = tr_noop("A reward needs a name of at most 200 characters.")
    if d.kind not in REWARD_KINDS:
        problems["kind"] = tr_noop("Choose a discount in Rupiah, a percentage or a free product.")
    if not isinstance(d.cost_points, int) or d.cost_points < 1:
        problems["cost_points"] = tr_noop("A reward costs at least 1 point.")
    if d.kind == "fixed" and d.value < 1:
        problems["value"] = tr_noop("Enter the discount in Rupiah.")
    if d.kind == "percent" and not 1 <= d.value <= 100:
        problems["value"] = tr_noop("A percentage goes from 1 to 100.")
    if d.cap is not None and d.cap < 1:
        problems["cap"] = tr_noop("The cap must be at least Rp1, or none.")
    if d.kind == "product" and d.product_id is None:
        problems["product_id"] = tr_noop("Choose the free product.")
    if not isinstance(d.valid_days, int) or not 1 <= d.valid_days <= 3650:
        problems["valid_days"] = tr_noop("A code stays valid for 1 to 3,650 days.")
    if d.max_per_customer is not None and d.max_per_customer < 1:
        problems["max_per_customer"] = tr_noop("The limit per customer is at least 1, or none.")
    if problems:
        raise ValidationError(problems)
    return RewardDraft(**{**asdict(d), "name": name})


# The balance message goes to the shop's customer, in the shop's language: no tr_noop.
_BALANCE_WORDS: dict[str, dict[str, str]] = {
    "id": {"hello": "Halo kak {name} 👋", "balance": "Poin member kamu di {shop}: *{points} poin*",
           "tier": "Level: {tier}", "expiring": "⏳ {points} poin akan hangus pada {date}",
           "none": "Belum ada poin yang akan hangus dalam 30 hari.", "close": "Tukarkan poinmu dengan hadiah ya! 🎁"},
    "en": {"hello": "Hello {name} 👋", "balance": "Your member points at {shop}: *{points} points*",
           "tier": "Tier: {tier}", "expiring": "⏳ {points} points expire on {date}",
           "none": "No points expire in the next 30 days.", "close": "Swap your points for a reward! 🎁"},
}  # fmt: skip


def balance_text(
    name: str,
    balance: int,
    tier: Tier | None,
    expiring: Sequence[tuple[int, datetime]],
    shop_name: str,
    timezone: str = "WIB",
    language: str = "id",
) -> str:
    """The "points balance" WhatsApp message: balance, tier and points expiring in the next 30 days."""
    words = _BALANCE_WORDS.get(language.replace("-", "_").split("_")[0].lower(), _BALANCE_WORDS["id"])
    points = f"{balance:,}".replace(",", ".")
    lines = [words["hello"].format(name=name.strip()), "", words["balance"].format(shop=shop_name, points=points)]
    if tier is not None:
        lines.append(words["tier"].format(tier=tier.name))
    lines.append("")
    by_day: dict[str, int] = {}
    for lot_points, when in sorted(expiring, key=lambda item: item[1]):
        day = f"{to_shop_time(when, timezone):%d/%m/%Y}"
        by_day[day] = by_day.get(day, 0) + lot_points
    lines += [words["expiring"].format(points=p, date=day) for day, p in by_day.items() if p > 0] or [words["none"]]
    lines += ["", words["close"]]
    return "\n".join(lines)
