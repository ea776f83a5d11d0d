"""Inbox reads and writes: filters with counts, thread paging by (sent_at, id), search, replies, links."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import insert

from merchant_desk.channels.wa_link import NoNumberForLink, wa_me_link, whatsapp_send_link
from merchant_desk.core.errors import ValidationError
from merchant_desk.db.models import Message
from merchant_desk.services.hub import Services
from merchant_desk.services.inbox_query import fts_query
from merchant_desk.services.inbox_rows import InboxFilter


def _conversation(shop: Services, phone: str, name: str) -> int:
    customer, _ = shop.customers.find_or_create(shop.actor, phone, name)
    conversation_id, _ = shop.inbox.conversation_for_customer(shop.actor, customer.id)
    return conversation_id


def _fill(shop: Services, conversation_id: int, count: int, start: datetime) -> None:
    rows = [
        {
            "conversation_id": conversation_id,
            "direction": "in",
            "body": f"pesan nomor {i}",
            "sent_at": start + timedelta(minutes=i // 3),
            "external_id": f"t{i}",
        }
        for i in range(count)
    ]
    with shop.db.write() as s:
        s.execute(insert(Message), rows)


def test_filters_and_counts(shop: Services) -> None:
    budi = _conversation(shop, "0812-1111-2222", "Budi")
    siti = _conversation(shop, "0813-2222-3333", "Siti")
    dewi = _conversation(shop, "0814-3333-4444", "Dewi")
    labels = {label.name: label.id for label in shop.labels.labels()}
    shop.inbox.record_incoming(budi, "barangnya rusak")  # → Keluhan, open
    shop.inbox.record_incoming(siti, "brp harganya")  # → Pertanyaan produk
    shop.inbox.set_status(shop.actor, dewi, "resolved")
    shop.inbox.assign(shop.actor, siti, shop.actor.id)
    shop.inbox.mark_read(siti)
    assert shop.inbox.conversation_ids(InboxFilter(label_id=labels["Keluhan"])) == [budi]
    assert set(shop.inbox.conversation_ids(InboxFilter(status="unresolved"))) == {budi, siti}
    assert shop.inbox.conversation_ids(InboxFilter(unread_only=True)) == [budi]
    assert shop.inbox.conversation_ids(InboxFilter(assigned_staff_id=shop.actor.id)) == [siti]
    assert set(shop.inbox.conversation_ids(InboxFilter(unassigned=True))) == {budi, dewi}
    assert shop.inbox.conversation_ids(InboxFilter(text="dew")) == [dewi]
    counts = shop.inbox.counts()
    assert (counts.total, counts.unread) == (3, 1)
    assert counts.by_status == {"open": 2, "resolved": 1}
    assert counts.by_label == {labels["Keluhan"]: 1, labels["Pertanyaan produk"]: 1}
    assert counts.by_assignee == {None: 2, shop.actor.id: 1}
    narrowed = shop.inbox.counts(InboxFilter(status="open", label_id=labels["Keluhan"]))
    assert narrowed.total == 1 and narrowed.by_status == {"open": 1}  # facets ignore their own filter
    page = shop.inbox.conversations(offset=1, limit=1)
    assert page.total == 3 and len(page.rows) == 1


def test_thread_pages_walk_the_whole_conversation_without_gaps(shop: Services) -> None:
    conversation_id = _conversation(shop, "0812-1111-2222", "Budi")
    _fill(shop, conversation_id, 250, datetime(2026, 11, 1))  # three messages share each minute
    page = shop.inbox.thread(conversation_id, limit=100)
    assert page.messages[-1].body == "pesan nomor 249" and page.has_older and not page.has_newer
    seen = [m.id for m in page.messages]
    while page.has_older:
        page = shop.inbox.thread(conversation_id, before=page.older, limit=100)
        seen = [m.id for m in page.messages] + seen
    assert len(seen) == len(set(seen)) == 250
    forward = shop.inbox.thread(conversation_id, after=(page.messages[0].sent_at, page.messages[0].id), limit=10)
    assert [m.id for m in forward.messages] == seen[1:11] and forward.has_newer


def test_search_is_safe_prefix_matching_newest_first_and_jumps_to_the_message(shop: Services) -> None:
    budi = _conversation(shop, "0812-1111-2222", "Budi")
    shop.inbox.record_incoming(budi, "Ada batik tulis?", sent_at=datetime(2026, 11, 1, 3))
    shop.inbox.record_incoming(budi, "batik cap juga boleh", sent_at=datetime(2026, 11, 2, 3))
    shop.inbox.record_incoming(budi, 'kaos "polos" AND NOT* (', sent_at=datetime(2026, 11, 3, 3))
    assert [h.body for h in shop.inbox.search("bat")] == ["batik cap juga boleh", "Ada batik tulis?"]
    assert [h.body for h in shop.inbox.search("batik tul")] == ["Ada batik tulis?"]
    assert len(shop.inbox.search('"polos" AND NOT* (')) == 1  # FTS syntax in user text is only text
    assert shop.inbox.search("  ?! ") == [] and fts_query("a-bc") == '"a" "bc"*'
    hit = shop.inbox.search("tulis")[0]
    around = shop.inbox.thread_around(hit.message_id, limit=2)
    assert hit.message_id in [m.id for m in around.messages]


def test_record_outgoing_reply_and_links(shop: Services) -> None:
    budi = _conversation(shop, "0812-1111-2222", "Budi")
    shop.inbox.record_incoming(budi, "halo")
    with pytest.raises(ValidationError):
        shop.inbox.record_outgoing(shop.actor, budi, "   ")
    message, changes = shop.inbox.record_outgoing(shop.actor, budi, "Halo kak, ada yang bisa dibantu?")
    assert changes.inbox and (message.direction, message.staff_id, message.delivery_state) == (
        "out", shop.actor.id, "sent",
    )  # fmt: skip
    row = shop.inbox.conversation(budi)
    assert row.unread_count == 0 and row.last_message_preview == "Halo kak, ada yang bisa dibantu?"
    assert (
        wa_me_link(row.customer_phone, "Halo kak & 🙏")
        == "https://wa.me/6281211112222?text=Halo%20kak%20%26%20%F0%9F%99%8F"
    )
    assert whatsapp_send_link("0812 1111 2222", "a b") == "whatsapp://send?phone=6281211112222&text=a%20b"
    with pytest.raises(NoNumberForLink):
        wa_me_link(None, "x")


def test_duplicate_incoming_by_external_id_is_skipped(shop: Services) -> None:
    budi = _conversation(shop, "0812-1111-2222", "Budi")
    first, _ = shop.inbox.record_incoming(budi, "halo", external_id="wamid.1")
    again, changes = shop.inbox.record_incoming(budi, "halo", external_id="wamid.1")
    assert first is not None and again is None and not changes.any()


def test_search_without_fts_gives_the_same_answers(shop: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    budi = _conversation(shop, "0812-1111-2222", "Budi")
    shop.inbox.record_incoming(budi, "Ada batik tulis?", sent_at=datetime(2026, 11, 1, 3))
    shop.inbox.record_incoming(budi, "kaos polos", sent_at=datetime(2026, 11, 2, 3))
    expected = shop.inbox.search("BATIK tul")
    monkeypatch.setattr(type(shop.db), "is_sqlite", property(lambda _self: False))  # as on PostgreSQL
    assert shop.inbox.search("BATIK tul") == expected and len(expected) == 1
