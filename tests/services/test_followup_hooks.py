"""Catalog and order writes run the follow-up check themselves: one notice per interested customer per event."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.core.changes import Changes
from merchant_desk.core.orders import LineDraft
from merchant_desk.services.followup_service import BACK_IN_STOCK, PRICE_DROP
from merchant_desk.services.hub import Services

HEADER = "id,title,description,availability,condition,price,image_link\n"


def _customer(shop: Services, phone: str, name: str) -> int:
    customer, _ = shop.customers.find_or_create(shop.actor, phone, name)
    return customer.id


@pytest.fixture
def ani(shop: Services) -> int:
    return _customer(shop, "0812-1000-0001", "Ani")


def _product(shop: Services, *, stock: int | None = 0, price: int = 150_000, sku: str | None = None) -> int:
    return shop.catalog.create(shop.actor, ProductDraft("Gamis Katun", price, stock=stock, sku=sku)).id


def _kinds(shop: Services) -> list[tuple[str, str]]:
    return sorted((n.customer_name, n.kind) for n in shop.followups.notices())


def test_editor_save_queues_once_and_an_identical_save_queues_nothing(shop: Services, ani: int) -> None:
    product = _product(shop, stock=0)
    budi = _customer(shop, "0812-1000-0002", "Budi")
    shop.followups.mark_interested(shop.actor, ani, product, [BACK_IN_STOCK])
    shop.followups.mark_interested(shop.actor, budi, product, [BACK_IN_STOCK, PRICE_DROP])
    edited = replace(shop.catalog.detail(product).draft, stock=4)
    changes = shop.catalog.update(shop.actor, product, edited)
    assert changes.catalog and changes.inbox and changes.replies  # the Inbox and follow-up panel refresh
    assert _kinds(shop) == [("Ani", BACK_IN_STOCK), ("Budi", BACK_IN_STOCK)]
    assert shop.followups.pending_count() == 2
    assert not shop.catalog.update(shop.actor, product, edited).any()  # the same save again: nothing at all
    renamed = shop.catalog.update(shop.actor, product, replace(edited, name="Gamis Katun Premium"))
    assert renamed.catalog and not renamed.replies  # a name is not news for a waiting customer
    assert shop.followups.pending_count() == 2


def test_unwatched_products_change_without_notices(shop: Services) -> None:
    product = _product(shop, stock=0)
    changes = shop.catalog.update(shop.actor, product, replace(shop.catalog.detail(product).draft, stock=5))
    assert changes == Changes(catalog=True, audit=True)
    assert shop.followups.notices() == []


def test_inline_price_and_bulk_price_cut(shop: Services, ani: int) -> None:
    first, second = _product(shop, stock=3, price=100_000), _product(shop, stock=3, price=80_000)
    shop.followups.mark_interested(shop.actor, ani, first, [PRICE_DROP])
    assert shop.catalog.set_price(shop.actor, first, 100_000, 90_000).replies  # a sale price is a drop
    assert not shop.catalog.set_price(shop.actor, first, 100_000, 90_000).any()  # same values: no event
    assert len(shop.followups.notices()) == 1
    cut = shop.catalog.adjust_prices(shop.actor, [first, second], percent=-10, round_to=100)
    assert cut.catalog and cut.replies
    texts = [n.text for n in shop.followups.notices()]
    assert len(texts) == 2 and "Rp81.000" in texts[1]  # one notice for the watched product, none for the other
    assert not shop.catalog.adjust_prices(shop.actor, [first], percent=10).replies  # a rise is no news


def test_bulk_stock_and_availability(shop: Services, ani: int) -> None:
    product = _product(shop, stock=None)
    shop.catalog.set_availability(shop.actor, [product], "out of stock")
    shop.followups.mark_interested(shop.actor, ani, product, [BACK_IN_STOCK])
    assert shop.catalog.set_availability(shop.actor, [product], "in stock").replies
    assert not shop.catalog.set_availability(shop.actor, [product], "in stock").any()
    assert shop.catalog.set_stock(shop.actor, [product], 0).catalog  # sold out: no notice
    assert shop.catalog.set_stock(shop.actor, [product], 7).replies  # back again: a second event
    assert not shop.catalog.set_stock(shop.actor, [product], 7).any()
    assert _kinds(shop) == [("Ani", BACK_IN_STOCK), ("Ani", BACK_IN_STOCK)]


def test_catalog_import_queues_once_and_reimport_queues_nothing(shop: Services, ani: int, tmp_path: Path) -> None:
    watched = _product(shop, stock=2, price=10_000, sku="A1")
    shop.followups.mark_interested(shop.actor, ani, watched, [PRICE_DROP])
    feed = tmp_path / "feed.csv"
    feed.write_text(HEADER + "A1,Gamis Katun,,in stock,new,9000 IDR,\nB2,Teh,,in stock,new,5000 IDR,\n", "utf-8")
    result = shop.catalog.apply(shop.actor, shop.catalog.preview(feed))
    assert (result.created, result.updated) == (1, 1)
    assert result.changes.catalog and result.changes.replies
    assert [n.kind for n in shop.followups.notices()] == [PRICE_DROP]
    again = shop.catalog.apply(shop.actor, feed)
    assert again.unchanged == 2 and not again.changes.any()
    assert len(shop.followups.notices()) == 1


def test_a_cancelled_paid_order_gives_stock_back_and_that_is_back_in_stock(shop: Services, ani: int) -> None:
    product = _product(shop, stock=1)
    shop.followups.mark_interested(shop.actor, ani, product, [BACK_IN_STOCK])
    line = shop.orders.draft_line(product, quantity=1)
    view, _ = shop.orders.create(shop.actor, [line], customer_id=ani)
    paid = shop.orders.move(shop.actor, view.id, "paid")  # the last one sold: out of stock, no notice
    assert paid.catalog and not paid.replies
    cancelled = shop.orders.move(shop.actor, view.id, "cancelled")
    assert cancelled.catalog and cancelled.replies
    assert _kinds(shop) == [("Ani", BACK_IN_STOCK)]
    other, _ = shop.orders.create(shop.actor, [LineDraft(None, "Ongkir", 10_000)], customer_id=ani)
    assert not shop.orders.move(shop.actor, other.id, "paid").replies  # no catalog stock moved


def test_a_whole_catalog_of_ids_is_checked_with_one_lookup(shop: Services, ani: int) -> None:
    product = _product(shop, stock=0)
    shop.followups.mark_interested(shop.actor, ani, product, [BACK_IN_STOCK])
    assert not shop.followups.check_products(list(range(1, 100_001))).any()  # nothing changed yet
    shop.catalog.set_stock(shop.actor, [product], 2)  # (queued here by the hook)
    shop.catalog.set_stock(shop.actor, [product], 0)
    with shop.db.write() as session:  # restocked behind the services' back (another desktop, an old version)
        session.execute(text("UPDATE products SET stock = 9 WHERE id = :pid"), {"pid": product})
    started = time.perf_counter()
    assert shop.followups.check_products(list(range(1, 100_001))).replies
    assert time.perf_counter() - started < 2.0
    assert len(shop.followups.notices()) == 2


def test_customer_panel_rows_group_kinds_and_remove(shop: Services, ani: int) -> None:
    product = _product(shop, stock=0)
    shop.followups.mark_interested(shop.actor, ani, product, [PRICE_DROP, BACK_IN_STOCK])
    (row,) = shop.followups.watched_products(ani)
    assert (row.product_name, row.kinds, row.in_trash) == ("Gamis Katun", (BACK_IN_STOCK, PRICE_DROP), False)
    changes = shop.followups.remove_interests(shop.actor, row.interest_ids)
    assert changes.inbox and changes.audit
    assert shop.followups.watched_products(ani) == []
    removed = [e for e in shop.audit.recent() if e.action == "interest_removed"]
    assert len(removed) == 2 and removed[0].subject == "Gamis Katun"


def test_a_failing_check_does_not_fail_the_saved_edit(
    shop: Services, ani: int, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    product = _product(shop, stock=0)
    shop.followups.mark_interested(shop.actor, ani, product, [BACK_IN_STOCK])

    def broken(_ids: object, now: object = None) -> Changes:
        raise RuntimeError("disk hiccup")

    monkeypatch.setattr(shop.followups, "check_products", broken)
    assert shop.catalog.set_stock(shop.actor, [product], 5) == Changes(catalog=True, audit=True)
    assert "Follow-up check after a catalog change failed" in caplog.text
    monkeypatch.undo()
    assert shop.followups.check_products().replies  # the snapshot did not move: the next full check finds it
    assert _kinds(shop) == [("Ani", BACK_IN_STOCK)]


def test_stock_given_in_the_trash_is_back_in_stock_when_restored(shop: Services, ani: int) -> None:
    product = _product(shop, stock=0)
    shop.followups.mark_interested(shop.actor, ani, product, [BACK_IN_STOCK])
    assert not shop.followups.check_products([product]).any()  # its live state is seen: out of stock
    shop.catalog.delete(shop.actor, [product])
    with shop.db.write() as session:  # restocked while in the trash (a bulk edit of the trash, another desktop)
        session.execute(text("UPDATE products SET stock = 3 WHERE id = :pid"), {"pid": product})
    assert not shop.followups.check_products([product]).any()  # nobody hears of a product they cannot see
    restored = shop.catalog.restore(shop.actor, [product])
    assert restored.catalog and restored.replies
    assert _kinds(shop) == [("Ani", BACK_IN_STOCK)]
    shop.catalog.delete(shop.actor, [product])
    assert not shop.catalog.restore(shop.actor, [product]).replies  # the same state again: once per event
    assert len(shop.followups.notices()) == 1
