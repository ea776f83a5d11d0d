"""Follow-ups: reminders by preset and zone; back-in-stock and price-drop notices exactly once per event."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import ValidationError
from merchant_desk.services.followup_reminders import due_time
from merchant_desk.services.followup_service import BACK_IN_STOCK, PRICE_DROP, ProductState, events_between
from merchant_desk.services.hub import Services
from merchant_desk.services.quick_reply_service import QuickReplyDraft

NOW = datetime(2026, 11, 22, 3, 0)  # 10:00 WIB


def _conversation(shop: Services, phone: str, name: str) -> tuple[int, int]:
    customer, _ = shop.customers.find_or_create(shop.actor, phone, name)
    conversation_id, _ = shop.inbox.conversation_for_customer(shop.actor, customer.id)
    return customer.id, conversation_id


def test_reminder_presets_and_due_list(shop: Services) -> None:
    _cid, conversation = _conversation(shop, "0812-1111-2222", "Budi")
    hour, changes = shop.followups.remind(shop.actor, conversation, "1h", note="kirim resi", now=NOW)
    assert changes.inbox and hour.due_at == NOW + timedelta(hours=1) and hour.title == "Budi"
    tomorrow, _ = shop.followups.remind(shop.actor, conversation, "tomorrow", now=NOW)
    assert tomorrow.due_at == datetime(2026, 11, 23, 2, 0)  # 09:00 WIB
    later, _ = shop.followups.remind(shop.actor, conversation, "3d", now=NOW)
    chosen, _ = shop.followups.remind(shop.actor, conversation, at=NOW + timedelta(minutes=5), now=NOW)
    assert shop.followups.due_reminders(NOW) == []
    assert [r.id for r in shop.followups.due_reminders(NOW + timedelta(hours=2))] == [chosen.id, hour.id]
    assert shop.followups.due_badges(NOW + timedelta(hours=2)) == {conversation: 2}
    shop.followups.complete_reminder(shop.actor, hour.id)
    assert not shop.followups.complete_reminder(shop.actor, hour.id).any()
    assert [r.id for r in shop.followups.due_reminders(NOW + timedelta(days=4))] == [chosen.id, tomorrow.id, later.id]
    assert len(shop.followups.reminders(conversation, include_done=True)) == 4
    with pytest.raises(ValidationError):
        shop.followups.remind(shop.actor, conversation, at=NOW - timedelta(minutes=1), now=NOW)
    with pytest.raises(ValidationError):
        shop.followups.remind(shop.actor, conversation, "next week", now=NOW)


@pytest.mark.parametrize(("zone", "expected_hour_utc"), [("WIB", 2), ("WITA", 1), ("WIT", 0)])
def test_tomorrow_is_nine_in_the_shops_zone(zone: str, expected_hour_utc: int) -> None:
    late = datetime(2026, 11, 22, 16, 30)  # 23:30 WIB, 00:30 WITA (already the 23rd), 01:30 WIT
    due = due_time("tomorrow", late, zone)
    local_day = 23 if zone == "WIB" else 24
    assert due == datetime(2026, 11, local_day, 9 - {"WIB": 7, "WITA": 8, "WIT": 9}[zone], 0)
    assert due.hour == expected_hour_utc


def test_events_between_two_states() -> None:
    empty, stocked = ProductState(100_000, 0), ProductState(100_000, 5)
    assert events_between(empty, stocked) == [BACK_IN_STOCK]
    assert events_between(stocked, replace(stocked, stock=2)) == []
    assert events_between(stocked, ProductState(90_000, 5)) == [PRICE_DROP]
    assert events_between(empty, ProductState(90_000, 1)) == [BACK_IN_STOCK, PRICE_DROP]
    assert events_between(stocked, ProductState(110_000, 5)) == []
    untracked_out = ProductState(100_000, None, "out of stock")
    assert events_between(untracked_out, ProductState(100_000, None, "in stock")) == [BACK_IN_STOCK]


def _product(shop: Services, stock: int, price: int = 150_000) -> int:
    return shop.catalog.create(shop.actor, ProductDraft("Gamis Katun", price, stock=stock)).id


def _edit(shop: Services, product_id: int, **changes: object) -> Changes:
    draft = shop.catalog.detail(product_id).draft
    return shop.catalog.update(shop.actor, product_id, replace(draft, **changes))


def test_back_in_stock_notifies_each_interested_customer_once_per_event(shop: Services) -> None:
    product = _product(shop, stock=0)
    ani, _ = _conversation(shop, "0812-1000-0001", "Ani")
    budi, _ = _conversation(shop, "0812-1000-0002", "Budi")
    assert shop.followups.mark_interested(shop.actor, ani, product, [BACK_IN_STOCK]).inbox
    assert not shop.followups.mark_interested(shop.actor, ani, product, [BACK_IN_STOCK]).any()  # already
    shop.followups.mark_interested(shop.actor, budi, product)
    assert not shop.followups.check_products(now=NOW).any()  # nothing changed yet

    assert _edit(shop, product, stock=3).replies  # the save itself queued the notices
    assert not shop.followups.check_products([product], now=NOW).any()
    assert not shop.followups.check_products(now=NOW).any()  # the same event is not queued twice
    _edit(shop, product, stock=1)  # still in stock: no new event
    assert not shop.followups.check_products(now=NOW).any()
    notices = shop.followups.notices()
    assert sorted((n.customer_name, n.kind) for n in notices) == [("Ani", BACK_IN_STOCK), ("Budi", BACK_IN_STOCK)]
    ani_notice = next(n for n in notices if n.customer_name == "Ani")
    assert ani_notice.text.startswith("Kabar baik kak Ani, Gamis Katun sudah ready lagi")
    assert ani_notice.link is not None and ani_notice.link.startswith("https://wa.me/6281210000001?text=Kabar")

    _edit(shop, product, stock=0)
    shop.followups.check_products(now=NOW)
    _edit(shop, product, stock=2)  # a second event: notified again, once
    shop.followups.check_products(now=NOW + timedelta(days=1))
    assert len(shop.followups.notices()) == 4

    shop.followups.mark_notice(shop.actor, ani_notice.id)
    assert not shop.followups.mark_notice(shop.actor, ani_notice.id).any()
    assert len(shop.followups.notices()) == 3
    assert [n.state for n in shop.followups.notices(state="sent")] == ["sent"]


def test_price_drop_uses_the_merchants_quick_reply_and_fires_once(shop: Services) -> None:
    product = _product(shop, stock=5, price=200_000)
    ani, _ = _conversation(shop, "0812-1000-0001", "Ani")
    shop.followups.mark_interested(shop.actor, ani, product, [PRICE_DROP])
    shop.quick_replies.create(shop.actor, QuickReplyDraft("turunharga", "Turun", "{nama}: {produk} kini {harga}!"))
    _edit(shop, product, price=220_000)  # up: no notice
    shop.followups.check_products(now=NOW)
    assert shop.followups.notices() == []
    _edit(shop, product, sale_price=180_000)
    shop.followups.check_products(now=NOW)
    shop.followups.check_products(now=NOW)
    assert [n.text for n in shop.followups.notices()] == ["Ani: Gamis Katun kini Rp180.000!"]
    assert [i.kind for i in shop.followups.interests(customer_id=ani)] == [PRICE_DROP]


def test_interest_needs_a_kind_and_can_be_removed(shop: Services) -> None:
    product = _product(shop, stock=0)
    ani, _ = _conversation(shop, "0812-1000-0001", "Ani")
    with pytest.raises(ValidationError):
        shop.followups.mark_interested(shop.actor, ani, product, ["someday"])
    shop.followups.mark_interested(shop.actor, ani, product, [BACK_IN_STOCK])
    (interest,) = shop.followups.interests(product_id=product)
    shop.followups.remove_interest(shop.actor, interest.id)
    _edit(shop, product, stock=4)
    shop.followups.check_products(now=NOW)
    assert shop.followups.notices() == []
    shop.followups.mark_interested(shop.actor, ani, product, [BACK_IN_STOCK])  # watched again: a fresh baseline
    shop.followups.check_products(now=NOW)
    assert shop.followups.notices() == []
