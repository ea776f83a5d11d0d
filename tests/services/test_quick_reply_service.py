"""Quick replies: unique shortcuts, the fuzzy picker by use, placeholders filled from a conversation, JSON moves."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.core.errors import ValidationError
from merchant_desk.core.placeholders import MissingValues
from merchant_desk.db.models import LedgerEntry, Order
from merchant_desk.services.hub import Services
from merchant_desk.services.inbox_seed import STARTER_REPLIES
from merchant_desk.services.quick_reply_io import QuickRepliesFileRefused
from merchant_desk.services.quick_reply_service import QuickReplyDraft, ReplyImage


def _add(shop: Services, shortcut: str, title: str, body: str, category: str | None = None) -> int:
    info, changes = shop.quick_replies.create(shop.actor, QuickReplyDraft(shortcut, title, body, category))
    assert changes.replies
    return info.id


def _conversation(shop: Services, phone: str = "0812-1111-2222", name: str = "Budi") -> tuple[int, int]:
    customer, _ = shop.customers.find_or_create(shop.actor, phone, name)
    conversation_id, _ = shop.inbox.conversation_for_customer(shop.actor, customer.id)
    return customer.id, conversation_id


def test_shortcuts_are_stored_lower_case_and_unique_ignoring_case(shop: Services) -> None:
    reply_id = _add(shop, " /Rekening ", "Rekening", "BCA 123 a.n. {nama_toko}")
    assert shop.quick_replies.get(reply_id).shortcut == "rekening"
    with pytest.raises(ValidationError) as caught:
        _add(shop, "/REKENING", "Lagi", "teks")
    assert set(caught.value.problems) == {"shortcut"}
    with pytest.raises(ValidationError) as caught:
        _add(shop, "/ada spasi", "", "Halo {nmaa}")
    assert set(caught.value.problems) == {"shortcut", "title", "body"}
    assert shop.audit.recent(action="quick_reply_created")[0].subject == "/rekening"


def test_picker_puts_shortcut_prefixes_first_then_fuzzy_hits_by_use(shop: Services) -> None:
    rek = _add(shop, "rekening", "Nomor rekening", "Transfer ke BCA")
    _add(shop, "ongkir", "Cek ongkir", "Ongkir dihitung dari alamat")
    bayar = _add(shop, "bayar", "Cara bayar", "Bisa transfer atau QRIS")
    for _ in range(3):
        shop.quick_replies.use(bayar)
    assert [r.shortcut for r in shop.quick_replies.search("/re")] == ["rekening"]
    assert [r.shortcut for r in shop.quick_replies.search("transfer")] == ["bayar", "rekening"]
    assert shop.quick_replies.search("rekneing")[0].shortcut == "rekening"  # a typo
    assert [r.shortcut for r in shop.quick_replies.search("")] == ["bayar", "ongkir", "rekening"]
    used = shop.quick_replies.get(bayar)
    assert used.times_used == 3 and used.last_used_at is not None
    assert shop.quick_replies.get(rek).times_used == 0


def test_render_for_a_conversation_fills_customer_product_order_points(shop: Services) -> None:
    customer_id, conversation_id = _conversation(shop)
    product = shop.catalog.create(shop.actor, ProductDraft("Batik Tulis", 150_000, sale_price=125_000, stock=4)).id
    body = "Halo {nama}, {produk} {harga} stok {stok}. Pesanan {nomor_pesanan} total {total}, poin {poin}. {staf}"
    reply = _add(shop, "lengkap", "Lengkap", body)
    with pytest.raises(MissingValues) as caught:
        shop.quick_replies.render_for(reply, conversation_id, staff=shop.actor)
    assert caught.value.names == ("produk", "harga", "stok", "nomor_pesanan", "total", "poin")
    with shop.db.write() as s:
        s.add(Order(number="INV/2026/11/0007", customer_id=customer_id, conversation_id=conversation_id, total=275_000))
        s.add(LedgerEntry(customer_id=customer_id, kind="earn", points=1250, created_at=datetime(2026, 11, 1)))
    text = shop.quick_replies.render_for(reply, conversation_id, product, staff=shop.actor)
    assert text == (
        "Halo Budi, Batik Tulis Rp125.000 stok 4. Pesanan INV/2026/11/0007 total Rp275.000, poin 1.250. Siti Rahayu"
    )
    values = shop.quick_replies.values_for(conversation_id)
    assert values["nama_toko"] == "Toko Berkah Jaya" and values["tanggal"].split()[1] in (
        "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
    )


def test_update_delete_and_photos(shop: Services) -> None:
    reply = _add(shop, "foto", "Foto", "Ini fotonya kak")
    draft = QuickReplyDraft("foto", "Foto produk", "Ini fotonya kak", "Produk", (ReplyImage(5, "ab" * 32, None),))
    assert shop.quick_replies.update(shop.actor, reply, draft).replies
    assert not shop.quick_replies.update(shop.actor, reply, draft).any()  # nothing new
    got = shop.quick_replies.get(reply)
    assert (got.title, got.category, got.images) == ("Foto produk", "Produk", (ReplyImage(0, "ab" * 32, None),))
    shop.quick_replies.delete(shop.actor, reply)
    assert shop.quick_replies.list() == []


def test_export_then_import_elsewhere_and_twice_changes_nothing(shop: Services) -> None:
    _add(shop, "rekening", "Rekening", "BCA 123", "Pembayaran")
    _add(shop, "ongkir", "Ongkir", "Kirim alamatnya ya kak {nama}")
    exported = shop.quick_replies.export_json()
    assert json.loads(exported)["format"] == "merchant-desk/quick-replies"
    shop.quick_replies.delete(shop.actor, shop.quick_replies.search("ongkir")[0].id)
    shop.quick_replies.update(
        shop.actor, shop.quick_replies.search("rekening")[0].id, QuickReplyDraft("rekening", "Rek", "BRI 9", "X")
    )
    report, changes = shop.quick_replies.import_json(shop.actor, exported)
    assert (report.added, report.unchanged, report.conflicts) == (("ongkir",), (), ("rekening",))
    assert changes.replies
    again, changes = shop.quick_replies.import_json(shop.actor, exported)
    assert (again.added, again.unchanged, again.conflicts) == ((), ("ongkir",), ("rekening",))
    assert not changes.any()
    assert shop.quick_replies.search("rekening")[0].body == "BRI 9"  # a conflict never overwrites


@pytest.mark.parametrize(
    "text",
    ["not json", "[]", '{"format": "something-else", "version": 1}', '{"format": "merchant-desk/quick-replies"}'],
)
def test_an_unknown_file_is_refused_with_a_message(shop: Services, text: str) -> None:
    with pytest.raises(QuickRepliesFileRefused) as caught:
        shop.quick_replies.import_json(shop.actor, text)
    assert "quick replies" in str(caught.value)
    assert shop.quick_replies.list() == []


def test_an_invalid_entry_imports_nothing(shop: Services) -> None:
    entries = [
        {"shortcut": "ok", "title": "Ok", "body": "Ok kak"},
        {"shortcut": "bad", "title": "Bad", "body": "{nmaa}"},
    ]
    data = {"format": "merchant-desk/quick-replies", "version": 1, "quick_replies": entries}
    with pytest.raises(ValidationError) as caught:
        shop.quick_replies.import_json(shop.actor, json.dumps(data))
    assert "/bad" in str(caught.value)
    assert shop.quick_replies.list() == []


def test_starter_set_is_offered_once_and_stays_deleted(shop: Services) -> None:
    assert shop.quick_replies.ensure_starter_set(shop.actor).replies
    shortcuts = {r.shortcut for r in shop.quick_replies.list()}
    assert shortcuts == {s for s, *_ in STARTER_REPLIES} and {"halo", "bayar", "makasih", "restock"} <= shortcuts
    for reply in shop.quick_replies.list():
        shop.quick_replies.delete(shop.actor, reply.id)
    assert not shop.quick_replies.ensure_starter_set(shop.actor).any()  # deleted on purpose: stays deleted
    assert shop.quick_replies.list() == []


def test_starter_set_is_not_added_to_a_shop_that_has_replies(shop: Services) -> None:
    _add(shop, "salam", "Salam", "Halo kak")
    assert not shop.quick_replies.ensure_starter_set(shop.actor).any()
    assert [r.shortcut for r in shop.quick_replies.list()] == ["salam"]


def test_new_shops_get_the_seeded_faqs(shop: Services) -> None:
    from sqlalchemy import func, select

    from merchant_desk.db.models import Faq
    from merchant_desk.services.faq_seed import SEED_FAQS

    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Faq)) == len(SEED_FAQS)
