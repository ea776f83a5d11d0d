"""Loyalty rules: points for an amount, tiers, expiry dates, FIFO lot plans, codes, settings and the message."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from merchant_desk.core.errors import ValidationError
from merchant_desk.core.loyalty import (
    CODE_ALPHABET,
    Lot,
    LoyaltySettings,
    NotEnoughPoints,
    RewardDraft,
    Tier,
    add_months,
    balance_text,
    expiry_for,
    new_code,
    normalize_code,
    plan_redemption,
    points_for,
    reward_value,
    tier_for,
    validate_reward,
    validate_settings,
)

DEFAULT = LoyaltySettings()
T = datetime(2026, 1, 31, 12, 0)


def test_points_round_down_per_rupiah_step() -> None:
    assert points_for(9_999, None, DEFAULT) == 0
    assert points_for(10_000, None, DEFAULT) == 1
    assert points_for(159_500, None, DEFAULT) == 15


def test_points_respect_minimum_order_multiplier_and_disabled_program() -> None:
    settings = LoyaltySettings(min_order=50_000)
    assert points_for(49_999, None, settings) == 0 and points_for(50_000, None, settings) == 5
    assert points_for(100_000, Tier("Gold", 300, 150), DEFAULT) == 15
    assert points_for(30_000, Tier("Silver", 100, 125), DEFAULT) == 3  # 3 x 1.25 = 3.75, rounded down
    assert points_for(1_000_000, None, LoyaltySettings(enabled=False)) == 0
    assert points_for(-5, None, DEFAULT) == 0


@given(st.integers(0, 10**10), st.integers(1, 10**6), st.integers(100, 1000))
def test_points_never_exceed_the_exact_value(amount: int, per_point: int, pct: int) -> None:
    settings = LoyaltySettings(rupiah_per_point=per_point)
    points = points_for(amount, Tier("T", 0, pct), settings)
    assert 0 <= points <= amount * pct / 100 / per_point


def test_tiers_by_points_earned_in_12_months() -> None:
    assert tier_for(0, DEFAULT).name == "Bronze"  # type: ignore[union-attr]
    assert tier_for(99, DEFAULT).name == "Bronze"  # type: ignore[union-attr]
    assert tier_for(100, DEFAULT).name == "Silver"  # type: ignore[union-attr]
    assert tier_for(10_000, DEFAULT).name == "Gold"  # type: ignore[union-attr]
    assert tier_for(500, LoyaltySettings(tiers=())) is None


def test_expiry_adds_calendar_months() -> None:
    assert add_months(T, 1) == datetime(2026, 2, 28, 12, 0)
    assert add_months(datetime(2027, 11, 30), 3) == datetime(2028, 2, 29)
    assert add_months(datetime(2026, 5, 15), 12) == datetime(2027, 5, 15)
    assert expiry_for(T, DEFAULT) == datetime(2026, 7, 31, 12, 0)
    assert expiry_for(T, LoyaltySettings(expiry_months=None)) is None


def _lot(lot_id: int, remaining: int, days: int | None) -> Lot:
    return Lot(lot_id, remaining, T + timedelta(days=days) if days is not None else None, T)


def test_plan_takes_the_soonest_expiring_lots_first() -> None:
    lots = [_lot(1, 10, 90), _lot(2, 5, 30), _lot(3, 50, None), _lot(4, 0, 10), _lot(5, 8, 60)]
    assert plan_redemption(lots, 16) == [(2, 5), (5, 8), (1, 3)]
    assert plan_redemption(lots, 73) == [(2, 5), (5, 8), (1, 10), (3, 50)]
    assert plan_redemption(lots, 0) == []
    with pytest.raises(NotEnoughPoints):
        plan_redemption(lots, 74)


@given(
    st.lists(st.tuples(st.integers(0, 100), st.one_of(st.none(), st.integers(-400, 400))), max_size=20),
    st.integers(1, 2500),
)
def test_plans_never_take_more_than_a_lot_holds(raw: list[tuple[int, int | None]], points: int) -> None:
    lots = [_lot(i, size, days) for i, (size, days) in enumerate(raw, start=1)]
    sizes = {lot.id: lot.remaining for lot in lots}
    if points > sum(sizes.values()):
        with pytest.raises(NotEnoughPoints):
            plan_redemption(lots, points)
        return
    plan = plan_redemption(lots, points)
    assert sum(take for _id, take in plan) == points
    assert all(0 < take <= sizes[lot_id] for lot_id, take in plan)
    assert len({lot_id for lot_id, _take in plan}) == len(plan)
    # Only the last lot used may be left partly full: anything expiring sooner was emptied first.
    used = [next(lot for lot in lots if lot.id == lot_id) for lot_id, _take in plan]
    assert all(take == sizes[lot_id] for lot_id, take in plan[:-1])
    key = [(lot.expires_at is None, lot.expires_at or T) for lot in used]
    assert key == sorted(key)


def test_codes_are_short_unambiguous_and_random() -> None:
    codes = {new_code() for _ in range(2000)}
    assert len(codes) == 2000
    for code in list(codes)[:200]:
        assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", code)
        assert set(code.replace("-", "")) <= set(CODE_ALPHABET)
    assert not set("0O1IL") & set(CODE_ALPHABET)
    assert normalize_code(" k7qx m4pa ") == "K7QX-M4PA" and normalize_code("K7QX-M4PA") == "K7QX-M4PA"


def test_settings_round_trip_and_keep_unknown_keys() -> None:
    settings = LoyaltySettings(rupiah_per_point=5_000, earn_stage="done", expiry_months=None, signup_bonus=10,
                               tiers=(Tier("Gold", 300, 150), Tier("Member", 0, 100)), point_value=500)  # fmt: skip
    data = {**settings.to_json(), "future_option": True}
    again = LoyaltySettings.from_json(data)
    assert [t.name for t in again.tiers] == ["Member", "Gold"]  # sorted by threshold
    assert again.to_json()["future_option"] is True and again.rupiah_per_point == 5_000
    assert LoyaltySettings.from_json(None) == LoyaltySettings()


def test_settings_validation() -> None:
    with pytest.raises(ValidationError) as err:
        validate_settings(LoyaltySettings(rupiah_per_point=0, earn_stage="shipped", expiry_months=0, min_order=-1,
                                          signup_bonus=-1, tiers=(Tier("A", 10),)))  # fmt: skip
    assert set(err.value.problems) == {
        "rupiah_per_point", "earn_stage", "expiry_months", "min_order", "signup_bonus", "tiers",
    }  # fmt: skip


def test_rewards() -> None:
    with pytest.raises(ValidationError) as err:
        validate_reward(RewardDraft(" ", "percent", 0, value=150, valid_days=0))
    assert set(err.value.problems) == {"name", "cost_points", "value", "valid_days"}
    assert validate_reward(RewardDraft("  Gratis   ongkir ", "fixed", 20, value=15_000)).name == "Gratis ongkir"
    assert reward_value("fixed", 15_000, None, 10_000) == 10_000
    assert reward_value("percent", 10, 50_000, 800_000) == 50_000
    assert reward_value("percent", 10, None, 123_456) == 12_345
    assert reward_value("product", 0, None, 10_000, product_price=45_000) == 45_000


def test_balance_text() -> None:
    expiring = [(5, datetime(2026, 12, 1, 20, 0)), (3, datetime(2026, 12, 1, 21, 0)), (7, datetime(2026, 12, 9))]
    text = balance_text("Budi ", 1_250, Tier("Silver", 100, 125), expiring, "Toko Berkah Jaya")
    assert "Halo kak Budi 👋" in text and "*1.250 poin*" in text and "Level: Silver" in text
    assert "8 poin akan hangus pada 02/12/2026" in text and "7 poin akan hangus pada 09/12/2026" in text
    english = balance_text("Budi", 0, None, [], "Toko", language="en")
    assert "*0 points*" in english and "No points expire" in english and "Tier" not in english
