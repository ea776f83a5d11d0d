"""The rules engine: business hours across zones, midnight and holidays; greeting after silence; away; FAQ."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from merchant_desk.core.automation import (
    AWAY,
    FAQ,
    GREETING,
    AutomationSettings,
    BusinessHours,
    HistoryFacts,
    IncomingMessage,
    TimeRange,
    decide,
    from_json,
    to_json,
)
from merchant_desk.core.errors import ValidationError
from merchant_desk.core.faq import FaqMatcher
from merchant_desk.services.faq_seed import SEED_FAQS

NINE_TO_FIVE = (TimeRange(time(9), time(17)),)
# Monday–Friday 09–12 and 13–17 (a lunch break), Saturday 09–14, Sunday closed.
WEEK = (*[(TimeRange(time(9), time(12)), TimeRange(time(13), time(17)))] * 5, (TimeRange(time(9), time(14)),), ())


def utc(local: datetime, offset_hours: int) -> datetime:
    """A naive UTC time from a wall-clock time in a zone of ``offset_hours``."""
    return local - timedelta(hours=offset_hours)


@pytest.mark.parametrize(("zone", "offset"), [("WIB", 7), ("WITA", 8), ("WIT", 9)])
def test_business_hours_follow_the_shop_zone(zone: str, offset: int) -> None:
    hours = BusinessHours(WEEK, zone=zone)
    monday = datetime(2026, 11, 23)  # a Monday
    assert hours.is_open(utc(monday.replace(hour=9), offset))
    assert not hours.is_open(utc(monday.replace(hour=8, minute=59), offset))
    assert not hours.is_open(utc(monday.replace(hour=12, minute=30), offset))  # lunch
    assert hours.is_open(utc(monday.replace(hour=16, minute=59), offset))
    assert not hours.is_open(utc(monday.replace(hour=17), offset))
    assert not hours.is_open(utc(datetime(2026, 11, 29, 10), offset))  # Sunday
    assert hours.is_open(utc(datetime(2026, 11, 28, 13, 59), offset))  # Saturday


def test_the_same_instant_is_open_in_one_zone_and_closed_in_another() -> None:
    instant = datetime(2026, 11, 23, 1, 30)  # 08:30 WIB, 09:30 WITA, 10:30 WIT
    assert not BusinessHours(WEEK, zone="WIB").is_open(instant)
    assert BusinessHours(WEEK, zone="WITA").is_open(instant)
    assert BusinessHours(WEEK, zone="WIT").is_open(instant)


def test_a_range_past_midnight_belongs_to_the_day_it_starts() -> None:
    friday_night = (*[()] * 4, (TimeRange(time(20), time(2)),), (), ())
    hours = BusinessHours(friday_night, zone="WIB")
    assert hours.is_open(utc(datetime(2026, 11, 27, 23, 59), 7))  # Friday
    assert hours.is_open(utc(datetime(2026, 11, 28, 0, 0), 7))  # Saturday after midnight
    assert hours.is_open(utc(datetime(2026, 11, 28, 1, 59), 7))
    assert not hours.is_open(utc(datetime(2026, 11, 28, 2, 0), 7))
    assert not hours.is_open(utc(datetime(2026, 11, 28, 20, 30), 7))  # Saturday has no range of its own
    assert not hours.is_open(utc(datetime(2026, 11, 27, 19, 59), 7))


def test_a_range_ending_at_midnight_and_a_whole_day() -> None:
    hours = BusinessHours(((TimeRange(time(18), time(0)),), (TimeRange(time(0), time(0)),), *[()] * 5))
    assert hours.is_open(utc(datetime(2026, 11, 23, 23, 59), 7))  # Monday evening
    assert hours.is_open(utc(datetime(2026, 11, 24, 0, 0), 7))  # all of Tuesday
    assert hours.is_open(utc(datetime(2026, 11, 24, 23, 59), 7))
    assert not hours.is_open(utc(datetime(2026, 11, 23, 17, 59), 7))


def test_holidays_close_the_ranges_that_start_on_them() -> None:
    every_day = tuple((TimeRange(time(9), time(17)), TimeRange(time(22), time(1))) for _ in range(7))
    hours = BusinessHours(every_day, holidays=frozenset({date(2026, 12, 25)}), zone="WITA")
    assert not hours.is_open(utc(datetime(2026, 12, 25, 10), 8))
    assert not hours.is_open(utc(datetime(2026, 12, 25, 23), 8))
    assert hours.is_open(utc(datetime(2026, 12, 25, 0, 30), 8))  # Christmas Eve's late range runs on
    assert not hours.is_open(utc(datetime(2026, 12, 26, 0, 30), 8))  # the holiday's late range does not
    assert hours.is_open(utc(datetime(2026, 12, 26, 9), 8))


def _settings(**changes: object) -> AutomationSettings:
    base = AutomationSettings(greeting_enabled=True, away_enabled=True, hours=BusinessHours(WEEK), faq_enabled=False)
    return AutomationSettings(**{**base.__dict__, **changes})


def test_greeting_for_the_first_message_and_after_fourteen_days_of_silence() -> None:
    settings = _settings(away_enabled=False)
    at = utc(datetime(2026, 11, 23, 10), 7)
    message = IncomingMessage("halo kak", at)
    assert [d.kind for d in decide(settings, at, message, HistoryFacts(None))] == [GREETING]
    assert decide(settings, at, message, HistoryFacts(at - timedelta(days=13, hours=23))) == []
    assert [d.kind for d in decide(settings, at, message, HistoryFacts(at - timedelta(days=14)))] == [GREETING]
    assert (
        decide(_settings(away_enabled=False, silence_days=30), at, message, HistoryFacts(at - timedelta(days=20))) == []
    )
    assert decide(_settings(greeting_enabled=False, away_enabled=False), at, message, HistoryFacts(None)) == []


def test_away_outside_hours_once_per_closed_spell() -> None:
    settings = _settings(greeting_enabled=False)
    night = utc(datetime(2026, 11, 23, 21), 7)
    message = IncomingMessage("kak", night)
    assert [d.kind for d in decide(settings, night, message, HistoryFacts(night))] == [AWAY]
    again = HistoryFacts(night, last_away_at=night - timedelta(hours=1))
    assert decide(settings, night, message, again) == []
    day = utc(datetime(2026, 11, 23, 10), 7)
    assert decide(settings, day, IncomingMessage("kak", day), HistoryFacts(day)) == []


def test_away_always_and_for_a_date_range() -> None:
    day = utc(datetime(2026, 11, 23, 10), 7)
    message = IncomingMessage("kak", day)
    always = _settings(greeting_enabled=False, away_mode="always")
    assert [d.kind for d in decide(always, day, message, HistoryFacts(day))] == [AWAY]
    trip = _settings(greeting_enabled=False, away_mode="range", away_from=day - timedelta(days=1), away_until=day)
    assert decide(trip, day, message, HistoryFacts(day)) == []  # the end is excluded
    assert [d.kind for d in decide(trip, day - timedelta(hours=1), message, HistoryFacts(day))] == [AWAY]


def test_greeting_away_and_faq_together_in_sending_order() -> None:
    night = utc(datetime(2026, 11, 23, 22), 7)
    matcher = FaqMatcher(SEED_FAQS)
    decisions = decide(
        _settings(faq_enabled=True), night, IncomingMessage("bs cod gk kak", night), HistoryFacts(None), matcher
    )
    assert [d.kind for d in decisions] == [GREETING, AWAY, FAQ]
    faq = decisions[-1]
    assert faq.ref == "cod" and 0.6 <= faq.confidence <= 1.0 and "COD" in faq.text


def test_settings_round_trip_through_json_and_are_validated() -> None:
    settings = _settings(
        hours=BusinessHours(WEEK, frozenset({date(2026, 12, 25)}), "WIT"), away_mode="range",
        away_from=datetime(2026, 12, 24), away_until=datetime(2026, 12, 27),
    )  # fmt: skip
    assert from_json(to_json(settings), zone="WIT") == settings
    assert from_json(None) == AutomationSettings()
    with pytest.raises(ValidationError) as caught:
        from_json({"away": {"mode": "sometimes"}, "greeting": {"text": "Halo {nmaa}", "silence_days": 0}})
    assert set(caught.value.problems) == {"away_mode", "greeting_text", "silence_days"}
    with pytest.raises(ValidationError):
        from_json({"hours": {"weekly": [[["25:00", "26:00"]]] * 7}})


minutes = st.integers(min_value=0, max_value=24 * 60 - 1)
a_range = st.tuples(minutes, minutes).map(lambda p: TimeRange(time(*divmod(p[0], 60)), time(*divmod(p[1], 60))))
ranges = st.lists(a_range, max_size=2)


def _open_by_minutes(weekly: tuple[tuple[TimeRange, ...], ...], holidays: set[date], local: datetime) -> bool:
    """A slow reference: every open minute of the day before and of the day itself, listed out."""
    for days_back in (0, 1):
        day = local.date() - timedelta(days=days_back)
        if day in holidays:
            continue
        for r in weekly[day.weekday()]:
            start = datetime.combine(day, r.start)
            end = datetime.combine(day + timedelta(days=1) if r.overnight else day, r.end)
            if start <= local < end:
                return True
    return False


@settings(max_examples=300, deadline=None)
@given(st.lists(ranges, min_size=7, max_size=7), st.integers(0, 14 * 24 * 60 - 1), st.sampled_from(["WIB", "WIT"]),
       st.sets(st.sampled_from([0, 1])))  # fmt: skip
def test_is_open_agrees_with_a_minute_by_minute_reference(
    week: list[list[TimeRange]], minute: int, zone: str, holidays_back: set[int]
) -> None:
    weekly = tuple(tuple(day) for day in week)
    local = datetime(2026, 11, 23) + timedelta(minutes=minute)
    holidays = {local.date() - timedelta(days=back) for back in holidays_back}  # today and/or yesterday
    offset = {"WIB": 7, "WIT": 9}[zone]
    assert BusinessHours(weekly, frozenset(holidays), zone).is_open(utc(local, offset)) == _open_by_minutes(
        weekly, holidays, local
    )
