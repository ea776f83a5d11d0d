"""WIB/WITA/WIT: times stored in UTC, shown in the shop's zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from merchant_desk.core.timezones import ZONES, format_shop_datetime, shop_tz, to_shop_time, utcnow


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("WIB", "22/11/2026 00.30 WIB"),
        ("WITA", "22/11/2026 01.30 WITA"),
        ("WIT", "22/11/2026 02.30 WIT"),
    ],
)
def test_after_midnight_in_every_zone(code: str, expected: str) -> None:
    stored = datetime(2026, 11, 21, 17, 30)  # naive UTC, as in the database
    assert format_shop_datetime(stored, code) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [("WIB", "31/12/2026 23.59 WIB"), ("WITA", "01/01/2027 00.59 WITA"), ("WIT", "01/01/2027 01.59 WIT")],
)
def test_new_year_crosses_midnight_only_east_of_wib(code: str, expected: str) -> None:
    assert format_shop_datetime(datetime(2026, 12, 31, 16, 59), code) == expected


def test_unknown_zone_falls_back_to_wib() -> None:
    assert format_shop_datetime(datetime(2026, 11, 22, 2, 0), "CET") == "22/11/2026 09.00 WIB"


def test_aware_datetimes_are_converted_not_reinterpreted() -> None:
    aware = datetime(2026, 11, 22, 9, 0, tzinfo=shop_tz("WIT"))  # 00:00 UTC
    assert to_shop_time(aware, "WIB") == datetime(2026, 11, 22, 7, 0, tzinfo=shop_tz("WIB"))


def test_zone_offsets() -> None:
    assert {code: shop_tz(code).utcoffset(None) for code in ZONES} == {
        "WIB": timedelta(hours=7),
        "WITA": timedelta(hours=8),
        "WIT": timedelta(hours=9),
    }


def test_utcnow_is_naive_utc() -> None:
    now = utcnow()
    assert now.tzinfo is None
    assert abs(now - datetime.now(UTC).replace(tzinfo=None)) < timedelta(seconds=5)
