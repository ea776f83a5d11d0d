"""LoyaltyService: settings, bonus, adjustments, expiry job, tiers, rewards, codes, liability and the message."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from test_order_support import T0, customer, order, paid_order, product

from merchant_desk.core.errors import NotFoundError, ValidationError
from merchant_desk.core.loyalty import LoyaltySettings, NotEnoughPoints, RewardDraft, Tier
from merchant_desk.db.models import LedgerEntry
from merchant_desk.services.hub import Services
from merchant_desk.services.loyalty_rewards import (
    CodeAlreadyUsed,
    CodeExpired,
    CodeOtherCustomer,
    CodeRefused,
    OrderAlreadyPaid,
    RewardLimitReached,
)

FIXED = RewardDraft("Potongan Rp10.000", "fixed", 10, value=10_000, valid_days=30)


def test_settings_default_save_and_audit(shop: Services) -> None:
    assert shop.loyalty.settings() == LoyaltySettings()
    changes = shop.loyalty.save_settings(shop.actor, LoyaltySettings(signup_bonus=25, expiry_months=12))
    assert changes.loyalty and changes.audit
    assert shop.loyalty.settings().signup_bonus == 25
    assert not shop.loyalty.save_settings(shop.actor, LoyaltySettings(signup_bonus=25, expiry_months=12)).any()
    with pytest.raises(ValidationError):
        shop.loyalty.save_settings(shop.actor, LoyaltySettings(rupiah_per_point=0))


def test_unreadable_settings_fall_back_to_defaults(shop: Services) -> None:
    shop.shop.set_setting(shop.actor, "loyalty.settings", {"rupiah_per_point": "banyak"})
    assert shop.loyalty.settings() == LoyaltySettings()


def test_signup_bonus_once(shop: Services) -> None:
    cid, _ = customer(shop)
    assert not shop.loyalty.grant_signup_bonus(shop.actor, cid).any()  # no bonus configured
    shop.loyalty.save_settings(shop.actor, LoyaltySettings(signup_bonus=20))
    assert shop.loyalty.grant_signup_bonus(shop.actor, cid, now=T0).loyalty
    assert not shop.loyalty.grant_signup_bonus(shop.actor, cid, now=T0).any()
    (entry,) = shop.loyalty.ledger(cid)
    assert (entry.kind, entry.points, entry.expires_at) == ("bonus", 20, T0.replace(month=9))


def test_ledger_is_append_only_in_the_database(shop: Services) -> None:
    cid, _ = customer(shop)
    shop.loyalty.adjust(shop.actor, cid, 5, "Hadiah ulang tahun", now=T0)
    with pytest.raises(Exception, match="append-only"), shop.db.write() as s:
        s.execute(LedgerEntry.__table__.update().values(points=500))
    with pytest.raises(Exception, match="append-only"), shop.db.write() as s:
        s.execute(LedgerEntry.__table__.delete())
    assert shop.loyalty.balance(cid) == 5


def test_adjustments_need_a_reason_and_consume_lots(shop: Services) -> None:
    cid, _ = customer(shop)
    with pytest.raises(ValidationError) as err:
        shop.loyalty.adjust(shop.actor, cid, 0, "  ")
    assert set(err.value.problems) == {"reason", "points"}
    shop.loyalty.adjust(shop.actor, cid, 10, "Komplain paket telat", now=T0)
    shop.loyalty.adjust(shop.actor, cid, 7, "Koreksi", now=T0 + timedelta(days=1))
    shop.loyalty.adjust(shop.actor, cid, -12, "Salah input", now=T0 + timedelta(days=2))
    entries = shop.loyalty.ledger(cid)
    assert shop.loyalty.balance(cid) == 5 == sum(e.points for e in entries)
    removed = sorted((e.lot_id, e.points) for e in entries if e.points < 0)
    first, second = sorted(e.id for e in entries if e.points > 0)
    assert removed == [(first, -10), (second, -2)]  # the lot that expires first goes first
    with pytest.raises(NotEnoughPoints):
        shop.loyalty.adjust(shop.actor, cid, -6, "Terlalu banyak", now=T0 + timedelta(days=3))
    assert "points_adjusted" in {e.action for e in shop.audit.recent()}


def test_expiry_job_is_idempotent_and_partial_lots_expire_their_remainder(shop: Services) -> None:
    cid, _ = customer(shop)
    other, _ = customer(shop, "0813-2222-3333", "Siti")
    paid_order(shop, cid, 100_000, now=T0)  # 10 points, expire 10/09/2026
    paid_order(shop, other, 50_000, now=T0 + timedelta(days=40))  # 5 points, expire 19/10/2026
    reward, _ = shop.loyalty.save_reward(shop.actor, RewardDraft("Stiker", "fixed", 4, value=1_000))
    shop.loyalty.redeem(shop.actor, cid, reward, now=T0 + timedelta(days=1))
    expiry = T0.replace(month=9)
    assert shop.loyalty.expire_due(now=expiry - timedelta(seconds=1))[0] == 0
    count, changes = shop.loyalty.expire_due(now=expiry)
    assert count == 1 and changes.loyalty and shop.loyalty.balance(cid) == 0 and shop.loyalty.balance(other) == 5
    assert shop.loyalty.expire_due(now=expiry)[0] == 0
    assert shop.loyalty.expire_due(now=expiry + timedelta(days=400))[0] == 1
    assert shop.loyalty.expire_due(now=expiry + timedelta(days=800))[0] == 0
    expired = [e for e in shop.loyalty.ledger(cid) if e.kind == "expire"]
    assert [(e.points, e.created_at) for e in expired] == [(-6, expiry)]


def test_a_lot_added_after_a_run_with_an_old_expiry_still_expires(shop: Services) -> None:
    cid, _ = customer(shop)
    shop.loyalty.expire_due(now=T0 + timedelta(days=1000))
    paid_order(shop, cid, 30_000, now=T0)  # dated long before the last run (a late entry): expires all the same
    assert shop.loyalty.expire_due(now=T0 + timedelta(days=1001))[0] == 1
    assert shop.loyalty.balance(cid) == 0


def test_expired_points_cannot_be_redeemed_even_before_the_job_runs(shop: Services) -> None:
    cid, _ = customer(shop)
    paid_order(shop, cid, 100_000, now=T0)
    reward, _ = shop.loyalty.save_reward(shop.actor, FIXED)
    with pytest.raises(NotEnoughPoints):
        shop.loyalty.redeem(shop.actor, cid, reward, now=T0 + timedelta(days=400))
    assert shop.loyalty.balance(cid) == 10  # the refused redeem wrote nothing; the job writes the expiry
    assert shop.loyalty.expire_due(now=T0 + timedelta(days=400))[0] == 1 and shop.loyalty.balance(cid) == 0


def test_tiers_follow_the_last_12_months_and_multiply(shop: Services) -> None:
    cid, _ = customer(shop)
    settings = LoyaltySettings(expiry_months=None, tiers=(Tier("Bronze", 0), Tier("Silver", 20, 150)))
    shop.loyalty.save_settings(shop.actor, settings)
    paid_order(shop, cid, 200_000, now=T0)
    assert shop.loyalty.points(cid, now=T0).tier.name == "Silver"  # type: ignore[union-attr]
    paid_order(shop, cid, 100_000, now=T0 + timedelta(days=10))
    assert shop.loyalty.balance(cid) == 20 + 15
    late = T0 + timedelta(days=400)
    info = shop.loyalty.points(cid, now=late)
    assert info.earned_12_months == 0 and info.tier.name == "Bronze"  # type: ignore[union-attr]


def test_redeem_creates_a_code_and_consumes_fifo(shop: Services) -> None:
    cid, _ = customer(shop)
    paid_order(shop, cid, 60_000, now=T0)
    paid_order(shop, cid, 80_000, now=T0 + timedelta(days=5))
    reward, _ = shop.loyalty.save_reward(shop.actor, FIXED)
    redemption, changes = shop.loyalty.redeem(shop.actor, cid, reward, now=T0 + timedelta(days=6))
    assert changes.loyalty and redemption.status == "issued" and redemption.points == 10
    assert redemption.expires_at == T0 + timedelta(days=36) and len(redemption.code) == 9
    redeems = [(e.points, e.redemption_id) for e in shop.loyalty.ledger(cid) if e.kind == "redeem"]
    assert sorted(redeems) == [(-6, redemption.id), (-4, redemption.id)]
    assert shop.loyalty.balance(cid) == 4
    assert [r.code for r in shop.loyalty.redemptions(cid)] == [redemption.code]
    assert shop.loyalty.rewards()[0].redeemed == 1
    with pytest.raises(NotEnoughPoints):
        shop.loyalty.redeem(shop.actor, cid, reward, now=T0 + timedelta(days=6))


def test_reward_limits_and_inactive_rewards(shop: Services) -> None:
    cid, _ = customer(shop)
    paid_order(shop, cid, 500_000, now=T0)
    once, _ = shop.loyalty.save_reward(shop.actor, RewardDraft("Sekali", "fixed", 5, value=5_000, max_per_customer=1))
    shop.loyalty.redeem(shop.actor, cid, once, now=T0)
    with pytest.raises(RewardLimitReached):
        shop.loyalty.redeem(shop.actor, cid, once, now=T0)
    shop.loyalty.save_reward(shop.actor, RewardDraft("Sekali", "fixed", 5, value=5_000, active=False), once)
    with pytest.raises(NotFoundError):
        shop.loyalty.redeem(shop.actor, cid, once, now=T0)
    assert [r.draft.active for r in shop.loyalty.rewards()] == [False] and shop.loyalty.rewards(False) == []


def test_apply_code_once_with_checks(shop: Services) -> None:
    cid, _ = customer(shop)
    other, _ = customer(shop, "0813-2222-3333", "Siti")
    paid_order(shop, cid, 200_000, now=T0)
    reward, _ = shop.loyalty.save_reward(shop.actor, FIXED)
    code = shop.loyalty.redeem(shop.actor, cid, reward, now=T0)[0].code
    target = order(shop, cid, 50_000, now=T0)
    with pytest.raises(CodeRefused):
        shop.loyalty.apply_code(shop.actor, "ABCD-EFGH", target, cid, now=T0)
    with pytest.raises(CodeOtherCustomer):
        shop.loyalty.apply_code(shop.actor, code, order(shop, other, 5_000, now=T0), other, now=T0)
    with pytest.raises(CodeExpired):
        shop.loyalty.apply_code(shop.actor, code, target, cid, now=T0 + timedelta(days=31))
    changes = shop.loyalty.apply_code(shop.actor, code.lower().replace("-", " "), target, cid, now=T0)
    assert changes.orders and changes.loyalty
    view = shop.orders.get(target)
    assert (view.discount, view.total) == (10_000, 40_000)
    with pytest.raises(CodeAlreadyUsed):
        shop.loyalty.apply_code(shop.actor, code, order(shop, cid, 5_000, now=T0), cid, now=T0)
    used = shop.loyalty.redemptions(cid)[0]
    assert (used.status, used.order_id) == ("used", target)


def test_codes_only_before_payment_and_product_rewards_add_a_free_line(shop: Services) -> None:
    cid, _ = customer(shop)
    hijab = product(shop, "Hijab Segi Empat", 45_000, stock=3)
    paid_order(shop, cid, 300_000, now=T0)
    reward, _ = shop.loyalty.save_reward(shop.actor, RewardDraft("Gratis hijab", "product", 20, product_id=hijab))
    code = shop.loyalty.redeem(shop.actor, cid, reward, now=T0)[0].code
    paid = paid_order(shop, cid, 10_000, now=T0)
    with pytest.raises(OrderAlreadyPaid):
        shop.loyalty.apply_code(shop.actor, code, paid, cid, now=T0)
    target = order(shop, cid, 10_000, now=T0)
    shop.loyalty.apply_code(shop.actor, code, target, cid, now=T0)
    view = shop.orders.get(target)
    assert [(ln.name, ln.line_total) for ln in view.lines][-1] == ("Hijab Segi Empat", 0) and view.total == 10_000
    shop.orders.move(shop.actor, target, "paid", now=T0)
    assert shop.catalog.detail(hijab).draft.stock == 2  # the free product leaves the shelf too


def test_liability_and_balance_message(shop: Services) -> None:
    cid, _ = customer(shop)
    paid_order(shop, cid, 250_000, now=T0)
    assert shop.loyalty.liability().rupiah == 0  # no reward yet: nothing to value the points by
    shop.loyalty.save_reward(shop.actor, FIXED)  # Rp10.000 for 10 points: Rp1.000 a point
    # A percentage's cap is the most it can give, not what a point is worth: the Rupiah reward values the debt.
    shop.loyalty.save_reward(shop.actor, RewardDraft("Diskon 10%", "percent", 40, value=10, cap=50_000))
    liability = shop.loyalty.liability()
    assert (liability.points, liability.point_value, liability.rupiah) == (25, 1_000, 25_000)
    assert (liability.basis_reward, liability.basis_rupiah, liability.basis_points) == ("Potongan Rp10.000", 10_000, 10)
    shop.loyalty.save_settings(shop.actor, LoyaltySettings(point_value=100))
    assert shop.loyalty.liability().rupiah == 2_500
    text = shop.loyalty.balance_message(cid, now=T0.replace(month=8, day=20))
    assert "*25 poin*" in text and "Level: Bronze" in text and "25 poin akan hangus pada 10/09/2026" in text
    assert shop.loyalty.ranking() == [(cid, "Budi", 25)]
    (card,) = shop.loyalty.points_many([cid, 999], now=T0)
    assert (card.balance, card.tier.name, card.expiring) == (25, "Bronze", ())  # type: ignore[union-attr]


def test_liability_uses_the_rupiah_reward_that_gives_least_per_point(shop: Services) -> None:
    cid, _ = customer(shop)
    shop.loyalty.adjust(shop.actor, cid, 638, "Kartu lama")
    hijab = product(shop, "Hijab Segi Empat", 225_000)
    cash = [RewardDraft("Potongan Rp10.000", "fixed", 15, value=10_000),
            RewardDraft("Gratis ongkir s/d Rp15.000", "fixed", 20, value=15_000)]  # fmt: skip
    cash_ids = [shop.loyalty.save_reward(shop.actor, draft)[0] for draft in cash]
    shop.loyalty.save_reward(shop.actor, RewardDraft("Gratis Hijab", "product", 60, product_id=hijab))
    liability = shop.loyalty.liability()
    # 638 × Rp10.000 / 15, not 638 × Rp3.750 (the hijab's price over 60 points, the old "best deal" figure)
    assert (liability.rupiah, liability.point_value, liability.basis_reward) == (425_333, 666, "Potongan Rp10.000")
    for draft, reward_id in zip(cash, cash_ids, strict=True):
        shop.loyalty.save_reward(shop.actor, replace(draft, active=False), reward_id)
    # without an active Rupiah reward the others are the only measure left, the lowest one still
    assert shop.loyalty.liability().basis_reward == "Gratis Hijab"


def test_void_code_gives_back_only_unexpired_points(shop: Services) -> None:
    cid, _ = customer(shop)
    paid_order(shop, cid, 60_000, now=T0)  # 6 points, expire 10/09/2026
    paid_order(shop, cid, 80_000, now=T0 + timedelta(days=100))  # 8 points, expire 18/12/2026
    reward, _ = shop.loyalty.save_reward(shop.actor, FIXED)
    first = shop.loyalty.redeem(shop.actor, cid, reward, now=T0 + timedelta(days=101))[0].code
    assert shop.loyalty.balance(cid) == 4
    refunded, changes = shop.loyalty.void_code(shop.actor, first, now=T0 + timedelta(days=102))
    assert refunded == 10 and changes.loyalty and shop.loyalty.balance(cid) == 14
    assert shop.loyalty.redemptions(cid)[0].status == "void"
    with pytest.raises(CodeRefused):
        shop.loyalty.void_code(shop.actor, first, now=T0 + timedelta(days=102))
    second = shop.loyalty.redeem(shop.actor, cid, reward, now=T0 + timedelta(days=103))[0].code
    late = T0.replace(month=10)  # the first lot has expired by now, the second has not
    refunded, _ = shop.loyalty.void_code(shop.actor, second, now=late)
    assert refunded == 4 and shop.loyalty.balance(cid) == 8  # 6 expired, 4 back to the lot still valid
    assert shop.loyalty.expire_due(now=late)[0] == 0
