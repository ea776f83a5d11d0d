"""The shop's time zone (WIB/WITA/WIT) and UTC conversions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo

from merchant_desk.core.errors import tr_noop

# Fixed offsets: Indonesia has no daylight saving, and zoneinfo needs tzdata on Windows.
ZONES: dict[str, tuple[str, int]] = {
    "WIB": (tr_noop("WIB (Western Indonesia, UTC+7)"), 7),
    "WITA": (tr_noop("WITA (Central Indonesia, UTC+8)"), 8),
    "WIT": (tr_noop("WIT (Eastern Indonesia, UTC+9)"), 9),
}
DEFAULT_ZONE = "WIB"


def shop_tz(code: str) -> tzinfo:
    """The tzinfo for a zone code; unknown codes fall back to WIB."""
    _label, hours = ZONES.get(code, ZONES[DEFAULT_ZONE])
    return timezone(timedelta(hours=hours), code if code in ZONES else DEFAULT_ZONE)


def utcnow() -> datetime:
    """Naive UTC now, as stored in the database."""
    return datetime.now(UTC).replace(tzinfo=None)


def to_shop_time(stored_utc: datetime, code: str) -> datetime:
    """Converts a naive-UTC stored time to the shop's zone."""
    aware = stored_utc if stored_utc.tzinfo else stored_utc.replace(tzinfo=UTC)
    return aware.astimezone(shop_tz(code))


def format_shop_datetime(stored_utc: datetime, code: str) -> str:
    """``22/11/2026 09.30 WIB``: Indonesian date order and dotted time."""
    local = to_shop_time(stored_utc, code)
    return f"{local:%d/%m/%Y %H.%M} {code if code in ZONES else DEFAULT_ZONE}"
