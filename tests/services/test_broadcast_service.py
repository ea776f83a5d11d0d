"""Broadcasts: consent-only selection with exclusions counted, a guided queue that survives a restart, the report."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import unquote

import pytest
from sqlalchemy import insert, select

from merchant_desk.config import Paths
from merchant_desk.core.errors import ValidationError
from merchant_desk.core.placeholders import InvalidTemplate
from merchant_desk.db.models import Customer, Message, Order
from merchant_desk.services.broadcast_service import BroadcastNotSending, RecipientFilter
from merchant_desk.services.hub import Services, open_shop

T0 = datetime(2026, 11, 1, 3, 0)


def _customer(shop: Services, phone: str | None, name: str, consent: bool, labels: tuple[int, ...] = ()) -> int:
    if phone is None:
        with shop.db.write() as s:
            row = Customer(name=name, consent=consent, consent_at=T0 if consent else None)
            s.add(row)
            s.flush()
            return row.id
    info, _ = shop.customers.find_or_create(shop.actor, phone, name)
    if consent:
        shop.customers.set_consent(shop.actor, info.id, True, "asked in chat", at=T0)
    if labels:
        shop.customers.set_labels(shop.actor, info.id, labels)
    return info.id


@pytest.fixture
def people(shop: Services) -> dict[str, int]:
    labels = {label.name: label.id for label in shop.labels.labels()}
    vip, baru = labels["Pesanan selesai"], labels["Pelanggan baru"]
    return {
        "ani": _customer(shop, "0812-1000-0001", "Ani", True, (vip, baru)),
        "budi": _customer(shop, "0812-1000-0002", "Budi", True, (vip,)),
        "citra": _customer(shop, "0812-1000-0003", "Citra", False, (vip,)),
        "dodi": _customer(shop, "0812-1000-0004", "Dodi", False, ()),
        "eka": _customer(shop, None, "Eka", True, ()),
        "vip": vip,
        "baru": baru,
    }


def test_only_consenting_customers_are_chosen_and_the_others_counted(shop: Services, people: dict[str, int]) -> None:
    preview = shop.broadcasts.preview("Halo kak {nama}, promo 11.11 di {nama_toko}!", RecipientFilter())
    assert (preview.recipients, preview.excluded_no_consent, preview.excluded_no_phone) == (2, 2, 1)
    assert preview.samples == (
        ("Ani", "Halo kak Ani, promo 11.11 di Toko Berkah Jaya!"),
        ("Budi", "Halo kak Budi, promo 11.11 di Toko Berkah Jaya!"),
    )
    vip = RecipientFilter(label_ids=(people["vip"],))
    assert (shop.broadcasts.preview("x", vip).recipients, shop.broadcasts.preview("x", vip).excluded_no_consent) == (
        2,
        1,
    )
    both = RecipientFilter(label_ids=(people["vip"], people["baru"]), label_mode="all")
    assert [name for name, _ in shop.broadcasts.preview("{nama}", both).samples] == ["Ani"]
    any_of = RecipientFilter(label_ids=(people["vip"], people["baru"]), label_mode="any")
    assert shop.broadcasts.preview("{nama}", any_of).recipients == 2


def test_last_contact_and_purchase_dates_filter(shop: Services, people: dict[str, int]) -> None:
    with shop.db.write() as s:
        s.get(Customer, people["ani"]).last_contact_at = T0 + timedelta(days=10)  # type: ignore[union-attr]
        s.get(Customer, people["budi"]).last_contact_at = T0 - timedelta(days=60)  # type: ignore[union-attr]
        s.add(
            Order(number="INV/1", customer_id=people["budi"], stage="done", total=1, created_at=T0 - timedelta(days=90))
        )
        s.add(Order(number="INV/2", customer_id=people["ani"], stage="cancelled", total=1, created_at=T0))
    recent = shop.broadcasts.preview("{nama}", RecipientFilter(contacted_since=T0))
    assert [n for n, _ in recent.samples] == ["Ani"]
    bought = shop.broadcasts.preview("{nama}", RecipientFilter(purchased_since=T0 - timedelta(days=365)))
    assert [n for n, _ in bought.samples] == ["Budi"]  # a cancelled order is no purchase
    lapsed = shop.broadcasts.preview("{nama}", RecipientFilter(purchased_before=T0 - timedelta(days=30)))
    assert [n for n, _ in lapsed.samples] == ["Budi"]


def test_bad_templates_and_filters_are_refused(shop: Services, people: dict[str, int]) -> None:
    with pytest.raises(InvalidTemplate):
        shop.broadcasts.preview("Halo {nmaa}", RecipientFilter())
    with pytest.raises(ValidationError):
        shop.broadcasts.create(shop.actor, "", "Halo", RecipientFilter())
    with pytest.raises(ValidationError):
        shop.broadcasts.preview("Halo", RecipientFilter(label_mode="some"))


def test_queue_survives_a_restart_and_can_be_paused(shop: Services, people: dict[str, int], paths: Paths) -> None:
    info, changes = shop.broadcasts.create(shop.actor, "Promo 11.11", "Halo kak {nama}, diskon 11%!", RecipientFilter())
    assert changes.replies and info.state == "draft" and (info.recipients, info.excluded_no_consent) == (2, 2)
    with pytest.raises(BroadcastNotSending):
        shop.broadcasts.next_recipient(info.id)
    shop.broadcasts.start(shop.actor, info.id)
    first = shop.broadcasts.next_recipient(info.id)
    assert first is not None and (first.customer_name, first.remaining) == ("Ani", 2)
    assert first.link.startswith("https://wa.me/6281210000001?text=")
    assert unquote(first.link.split("text=")[1]) == "Halo kak Ani, diskon 11%!"
    shop.broadcasts.mark_sent(shop.actor, first.recipient_id, at=T0)
    assert not shop.broadcasts.mark_sent(shop.actor, first.recipient_id).any()  # counted once
    shop.broadcasts.pause(shop.actor, info.id)
    shop.close()

    again = open_shop(paths)  # a restart: a new process on the same data folder
    try:
        assert again.broadcasts.get(info.id).state == "paused"
        with pytest.raises(BroadcastNotSending):
            again.broadcasts.next_recipient(info.id)
        again.broadcasts.resume(again.actor, info.id)
        second = again.broadcasts.next_recipient(info.id)
        assert second is not None and (second.customer_name, second.remaining) == ("Budi", 1)
        again.broadcasts.skip(again.actor, second.recipient_id)
        assert again.broadcasts.next_recipient(info.id) is None
        done = again.broadcasts.get(info.id)
        assert (done.state, done.sent, done.skipped) == ("done", 1, 1) and done.finished_at is not None
    finally:
        again.close()


def test_report_counts_replies_within_48_hours(shop: Services, people: dict[str, int]) -> None:
    signed = shop.broadcasts.preview("Halo {nama}, salam {staf}", RecipientFilter(), staff=shop.actor)
    assert signed.samples[0][1] == "Halo Ani, salam Siti Rahayu"
    info, _ = shop.broadcasts.create(shop.actor, "Promo", "Halo {nama}", RecipientFilter())
    shop.broadcasts.start(shop.actor, info.id)
    for at in (T0, T0):
        item = shop.broadcasts.next_recipient(info.id)
        assert item is not None
        shop.broadcasts.mark_sent(shop.actor, item.recipient_id, at=at)
    with shop.db.read() as s:  # the sent messages were written into the customers' conversations
        sent = s.scalars(select(Message).where(Message.direction == "out")).all()
        assert sorted(m.body for m in sent) == ["Halo Ani", "Halo Budi"]
        conversations = {m.body: m.conversation_id for m in sent}
    with shop.db.write() as s:
        rows = [
            (conversations["Halo Ani"], T0 + timedelta(hours=47)),
            (conversations["Halo Budi"], T0 + timedelta(hours=49)),
        ]
        s.execute(
            insert(Message), [{"conversation_id": c, "direction": "in", "body": "ok", "sent_at": at} for c, at in rows]
        )
    report = shop.broadcasts.report(info.id)
    assert (report.recipients, report.sent, report.pending, report.excluded_no_consent) == (2, 2, 0, 2)
    assert (report.excluded_no_phone, report.replied_within_48h) == (1, 1)
    assert shop.broadcasts.report(info.id) == report
    assert [a.action for a in shop.audit.recent(limit=3)][-1] in ("broadcast_sent", "broadcast_started")
