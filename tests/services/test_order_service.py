"""OrderService: numbers, snapshots, stage moves with stock, labels and points, invoices and queries."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from test_order_support import T0, customer, order, paid_order, product

from merchant_desk.core.errors import NotFoundError, ValidationError
from merchant_desk.core.loyalty import LoyaltySettings, RewardDraft
from merchant_desk.core.orders import InvalidTransition, LineDraft
from merchant_desk.db.models import Label, Product, conversation_labels
from merchant_desk.services.hub import Services
from merchant_desk.services.loyalty_ledger import PointsAlreadySpent
from merchant_desk.services.order_effects import StockWouldGoNegative


def _labels(shop: Services, conversation_id: int) -> set[str]:
    with shop.db.read() as s:
        query = (
            select(Label.name)
            .join(conversation_labels, conversation_labels.c.label_id == Label.id)
            .where(conversation_labels.c.conversation_id == conversation_id)
        )
        return set(s.scalars(query))


def _stock(shop: Services, product_id: int) -> int | None:
    with shop.db.read() as s:
        return s.get(Product, product_id).stock  # type: ignore[union-attr]


def test_create_snapshots_prices_and_totals(shop: Services) -> None:
    kopi = product(shop, "Kopi Gayo", 85_000, stock=10, sale=80_000)
    cid, conv = customer(shop)
    line = shop.orders.draft_line(kopi, quantity=2, discount=5_000)
    assert (line.name, line.unit_price) == ("Kopi Gayo", 80_000)
    view, changes = shop.orders.create(
        shop.actor, [line, LineDraft(None, "Bungkus kado", 5_000)], conversation_id=conv, discount=10_000,
        shipping=12_000, notes="  Kirim sore  ", now=T0,
    )  # fmt: skip
    assert (view.subtotal, view.discount, view.shipping, view.total) == (160_000, 10_000, 12_000, 162_000)
    assert view.customer_id == cid and view.customer_name == "Budi" and view.notes == "Kirim sore"
    assert [ln.line_total for ln in view.lines] == [155_000, 5_000]
    assert view.number == "INV/2026/03/0001" and view.stage == "new"
    assert changes.orders and changes.labels and _labels(shop, conv) == {"Pesanan baru"}
    shop.catalog.update(shop.actor, kopi, shop.catalog.detail(kopi).draft.__class__(name="Kopi Gayo", price=99_000))
    assert shop.orders.get(view.id).lines[0].unit_price == 80_000  # the snapshot stays


def test_numbers_count_per_month_in_shop_time_and_never_repeat(shop: Services) -> None:
    cid, _ = customer(shop)
    first = shop.orders.get(order(shop, cid, 1000, now=datetime(2026, 3, 31, 16, 0)))  # 23:00 WIB
    second = shop.orders.get(order(shop, cid, 1000, now=datetime(2026, 3, 31, 17, 30)))  # 00:30 WIB, April
    third = shop.orders.get(order(shop, cid, 1000, now=datetime(2026, 4, 2)))
    assert [first.number, second.number, third.number] == ["INV/2026/03/0001", "INV/2026/04/0001", "INV/2026/04/0002"]
    with shop.db.write() as s:  # an order removed by hand: its number is still never given again
        s.execute(conversation_labels.delete())
        from merchant_desk.db.models import Order, OrderLine

        s.execute(OrderLine.__table__.delete().where(OrderLine.order_id == third.id))
        s.execute(Order.__table__.delete().where(Order.id == third.id))
    assert shop.orders.get(order(shop, cid, 1000, now=datetime(2026, 4, 3))).number == "INV/2026/04/0003"


def test_number_prefix_setting_and_five_digit_months(shop: Services) -> None:
    cid, _ = customer(shop)
    shop.shop.set_setting(shop.actor, "orders.sequence", {"prefix": "TB/2026/03/", "last": 9999})
    shop.shop.set_setting(shop.actor, "orders.number_prefix", "TB")
    numbers = [shop.orders.get(order(shop, cid, 1000)).number for _ in range(2)]
    assert numbers == ["TB/2026/03/10000", "TB/2026/03/10001"]


def test_create_refuses_bad_input(shop: Services) -> None:
    cid, _ = customer(shop)
    with pytest.raises(ValidationError) as err:
        shop.orders.create(shop.actor, [LineDraft(None, "", -5, 0)], customer_id=cid, shipping=-1)
    assert {"lines.0.quantity", "lines.0.unit_price", "lines.0.name", "shipping"} <= set(err.value.problems)
    with pytest.raises(ValidationError):
        shop.orders.create(shop.actor, [], customer_id=cid)
    with pytest.raises(NotFoundError):
        shop.orders.create(shop.actor, [LineDraft(None, "x", 1)], customer_id=999)


def test_stage_moves_follow_the_allowed_transitions(shop: Services) -> None:
    cid, _ = customer(shop)
    oid = order(shop, cid, 50_000)
    with pytest.raises(InvalidTransition):
        shop.orders.move(shop.actor, oid, "done")
    for stage in ("awaiting", "paid", "shipped", "done"):
        shop.orders.move(shop.actor, oid, stage)
    view = shop.orders.get(oid)
    assert view.stage == "done" and view.paid_at and view.completed_at
    with pytest.raises(InvalidTransition):
        shop.orders.move(shop.actor, oid, "cancelled")


def test_labels_move_with_the_stage(shop: Services) -> None:
    cid, conv = customer(shop)
    oid = order(shop, cid, 50_000)
    shop.orders.move(shop.actor, oid, "awaiting")
    assert _labels(shop, conv) == {"Menunggu pembayaran"}
    changes = shop.orders.move(shop.actor, oid, "paid")
    assert changes.labels and changes.inbox and _labels(shop, conv) == {"Sudah dibayar"}
    assert not shop.orders.move(shop.actor, oid, "shipped").labels  # shipped keeps "Sudah dibayar"
    shop.orders.move(shop.actor, oid, "done")
    assert _labels(shop, conv) == {"Pesanan selesai"}


def test_label_deleted_by_the_merchant_comes_back_and_cancel_clears(shop: Services) -> None:
    cid, conv = customer(shop)
    keluhan = next(lbl.id for lbl in shop.labels.labels() if lbl.name == "Keluhan")
    from merchant_desk.services.inbox_actions import InboxActions

    with shop.db.write() as s:
        s.execute(Label.__table__.delete().where(Label.name == "Menunggu pembayaran"))
    oid = order(shop, cid, 10_000)
    InboxActions(shop.db).set_labels(shop.actor, conv, {keluhan, *_ids(shop, "Pesanan baru")})
    shop.orders.move(shop.actor, oid, "awaiting")
    assert _labels(shop, conv) == {"Keluhan", "Menunggu pembayaran"}  # other labels stay
    shop.orders.move(shop.actor, oid, "cancelled")
    assert _labels(shop, conv) == {"Keluhan"}


def _ids(shop: Services, *names: str) -> set[int]:
    return {lbl.id for lbl in shop.labels.labels() if lbl.name in names}


def test_stock_is_taken_when_paid_and_returned_when_cancelled(shop: Services) -> None:
    kopi, teh = product(shop, "Kopi", 50_000, stock=5), product(shop, "Teh", 20_000, stock=3)
    jasa = product(shop, "Jasa", 1)
    cid, _ = customer(shop)
    lines = [shop.orders.draft_line(kopi, 2), shop.orders.draft_line(teh, 1), shop.orders.draft_line(kopi, 1)]
    view, _ = shop.orders.create(shop.actor, [*lines, shop.orders.draft_line(jasa, 4)], customer_id=cid)
    assert shop.orders.move(shop.actor, view.id, "awaiting").catalog is False
    changes = shop.orders.move(shop.actor, view.id, "paid")
    assert changes.catalog and (_stock(shop, kopi), _stock(shop, teh), _stock(shop, jasa)) == (2, 2, None)
    assert shop.orders.get(view.id).stock_taken
    shop.orders.move(shop.actor, view.id, "shipped")
    assert _stock(shop, kopi) == 2  # shipping takes nothing more
    assert shop.orders.move(shop.actor, view.id, "cancelled").catalog
    assert (_stock(shop, kopi), _stock(shop, teh)) == (5, 3)
    actions = [e.action for e in shop.audit.recent()]
    assert {"stock_taken", "stock_returned", "order_stage_changed", "order_created"} <= set(actions)


def test_cancelling_an_unpaid_order_leaves_stock_alone(shop: Services) -> None:
    kopi = product(shop, "Kopi", 50_000, stock=5)
    cid, _ = customer(shop)
    view, _ = shop.orders.create(shop.actor, [shop.orders.draft_line(kopi, 2)], customer_id=cid)
    assert not shop.orders.move(shop.actor, view.id, "cancelled").catalog
    assert _stock(shop, kopi) == 5


def test_negative_stock_needs_confirmation(shop: Services) -> None:
    kopi, teh = product(shop, "Kopi", 50_000, stock=1), product(shop, "Teh", 20_000, stock=0)
    cid, _ = customer(shop)
    lines = [shop.orders.draft_line(kopi, 3), shop.orders.draft_line(teh, 1)]
    view, _ = shop.orders.create(shop.actor, lines, customer_id=cid)
    with pytest.raises(StockWouldGoNegative) as err:
        shop.orders.move(shop.actor, view.id, "paid")
    assert err.value.shortages == [("Kopi", 1, 3), ("Teh", 0, 1)]
    assert "Kopi (1/3)" in str(err.value)
    assert shop.orders.get(view.id).stage == "new" and _stock(shop, kopi) == 1  # nothing happened
    shop.orders.move(shop.actor, view.id, "paid", allow_negative=True)
    assert (_stock(shop, kopi), _stock(shop, teh)) == (-2, -1)


def test_points_are_earned_once_at_the_configured_stage(shop: Services) -> None:
    cid, _ = customer(shop)
    oid = order(shop, cid, 125_000)
    changes = shop.orders.move(shop.actor, oid, "paid", now=T0)
    assert changes.loyalty and shop.loyalty.balance(cid) == 12
    shop.orders.move(shop.actor, oid, "shipped", now=T0)
    shop.orders.move(shop.actor, oid, "done", now=T0)
    assert shop.loyalty.balance(cid) == 12
    shop.loyalty.save_settings(shop.actor, LoyaltySettings(earn_stage="done"))
    other = order(shop, cid, 99_999)
    assert not shop.orders.move(shop.actor, other, "paid", now=T0).loyalty
    assert shop.orders.move(shop.actor, other, "done", now=T0).loyalty
    assert shop.loyalty.balance(cid) == 12 + 9


def test_points_basis_excludes_shipping_and_minimum_order(shop: Services) -> None:
    cid, _ = customer(shop)
    shop.loyalty.save_settings(shop.actor, LoyaltySettings(min_order=50_000))
    view, _ = shop.orders.create(shop.actor, [LineDraft(None, "x", 60_000)], customer_id=cid, discount=15_000,
                                 shipping=40_000)  # fmt: skip
    shop.orders.move(shop.actor, view.id, "paid", now=T0)
    assert shop.loyalty.balance(cid) == 0  # 45,000 after the discount is below the minimum
    paid_order(shop, cid, 59_999)
    assert shop.loyalty.balance(cid) == 5


def test_cancel_reverses_exactly_the_earned_points(shop: Services) -> None:
    cid, _ = customer(shop)
    paid_order(shop, cid, 200_000)
    oid = paid_order(shop, cid, 100_000)
    assert shop.loyalty.balance(cid) == 30
    changes = shop.orders.move(shop.actor, oid, "cancelled", now=T0 + timedelta(days=1))
    assert changes.loyalty and shop.loyalty.balance(cid) == 20
    reverse = [e for e in shop.loyalty.ledger(cid) if e.kind == "reverse"]
    assert [(e.points, e.order_id) for e in reverse] == [(-10, oid)]


def test_reversing_spent_points_needs_a_decision(shop: Services) -> None:
    cid, _ = customer(shop)
    reward, _ = shop.loyalty.save_reward(shop.actor, _reward(cost=8))
    oid = paid_order(shop, cid, 100_000)
    shop.loyalty.redeem(shop.actor, cid, reward, now=T0)
    assert shop.loyalty.balance(cid) == 2
    with pytest.raises(PointsAlreadySpent) as err:
        shop.orders.move(shop.actor, oid, "cancelled", now=T0)
    assert err.value.params["spent"] == 8 and err.value.params["balance"] == -8
    assert shop.orders.get(oid).stage == "paid" and shop.loyalty.balance(cid) == 2  # nothing written
    shop.orders.move(shop.actor, oid, "cancelled", allow_negative_balance=True, now=T0)
    assert shop.loyalty.balance(cid) == -8
    assert sum(e.points for e in shop.loyalty.ledger(cid) if e.kind == "reverse") == -10


def test_clamping_a_reversal_stops_at_zero(shop: Services) -> None:
    cid, _ = customer(shop)
    reward, _ = shop.loyalty.save_reward(shop.actor, _reward(cost=8))
    oid = paid_order(shop, cid, 100_000)
    shop.loyalty.redeem(shop.actor, cid, reward, now=T0)
    shop.orders.move(shop.actor, oid, "cancelled", clamp_to_balance=True, now=T0)
    assert shop.loyalty.balance(cid) == 0 and shop.orders.get(oid).stage == "cancelled"


def _reward(cost: int) -> RewardDraft:
    return RewardDraft("Potongan Rp10.000", "fixed", cost, value=10_000)


def test_queries_and_invoice(shop: Services) -> None:
    cid, conv = customer(shop)
    shop.shop.set_setting(shop.actor, "orders.payment_instructions", "BCA 1234567890 a.n. Siti")
    kopi = product(shop, "Kopi Gayo", 85_000)
    view, _ = shop.orders.create(shop.actor, [shop.orders.draft_line(kopi, 2, 5_000)], customer_id=cid,
                                 shipping=15_000, now=T0)  # fmt: skip
    order(shop, cid, 1_000, now=T0 + timedelta(hours=1))
    assert [o.id for o in shop.orders.for_customer(cid)][1] == view.id
    assert len(shop.orders.for_conversation(conv)) == 2 and shop.orders.count(["new"]) == 2
    assert shop.orders.recent(["paid"]) == []
    text = shop.orders.invoice_text(view.id)
    assert "*Invoice INV/2026/03/0001*" in text and "Toko Berkah Jaya" in text
    assert "2 x Rp85.000 - potongan Rp5.000 = Rp165.000" in text and "*Total: Rp180.000*" in text
    assert "Ongkir: Rp15.000" in text and "BCA 1234567890" in text and "Tanggal: 10/03/2026" in text
    assert "Shipping: Rp15.000" in shop.orders.invoice_text(view.id, language="en")
    assert json.loads(json.dumps(shop.audit.recent()[0].detail)) is not None
