"""Importing WhatsApp exports: customers, idempotence, longer exports, media, rules, "me", failures."""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select, text

from merchant_desk.db.models import Attachment, Conversation, Customer, LabelRule, Message, conversation_labels
from merchant_desk.formats.whatsapp_export import NotAWhatsAppExport
from merchant_desk.services.chat_import_service import ME_SETTING
from merchant_desk.services.hub import Services

CHAT = """22/11/26, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
22/11/26, 09:01 - +62 812-1111-2222: Kak, brp harganya batik ini?
22/11/26, 09:02 - Toko Berkah: Rp 150.000 kak
ready semua ukuran
22/11/26, 09:03 - +62 812-1111-2222: IMG-20261122-WA0001.jpg (file attached)
yang ini ya
22/11/26, 09:04 - +62 812-1111-2222: udh tf ya kak
"""  # noqa: E501
MORE = "23/11/26, 10:00 - +62 812-1111-2222: barangnya rusak kak\n23/11/26, 10:05 - Toko Berkah: maaf kak\n"


def _write(tmp_path: Path, text: str, name: str = "WhatsApp Chat with +62 812-1111-2222.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _count(services: Services, model: type, *where: object) -> int:
    with services.db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0  # type: ignore[arg-type]


def test_preview_describes_the_file_and_stores_nothing(shop: Services, tmp_path: Path) -> None:
    preview = shop.chat_import.preview(_write(tmp_path, CHAT))
    assert (preview.format, preview.date_order, preview.date_order_source) == ("android", "dmy", "file")
    assert preview.participants == ("+62 812-1111-2222", "Toko Berkah")
    assert (preview.messages_total, preview.system_messages, preview.attachments) == (5, 1, 1)
    assert preview.me == "Toko Berkah"  # the chat is named after the other participant
    assert not preview.is_group
    assert preview.first is not None and preview.first.author is None
    assert preview.last is not None and preview.last.at.isoformat() == "2026-11-22T09:04:00+07:00"
    assert _count(shop, Message) == 0


def test_one_to_one_chat_becomes_the_customers_conversation(shop: Services, tmp_path: Path) -> None:
    result = shop.chat_import.apply(shop.actor, _write(tmp_path, CHAT))
    assert result.messages_new == 5 and result.changes.inbox
    customer = shop.customers.find_by_phone("0812 1111 2222")
    assert customer is not None and result.customer_id == customer.id
    assert customer.first_contact_at == datetime(2026, 11, 22, 2, 1)  # 09:01 WIB in UTC
    with shop.db.read() as s:
        directions = [d for (d,) in s.execute(select(Message.direction).order_by(Message.sent_at, Message.id))]
        conv = s.get(Conversation, result.conversation_id)
        assert conv is not None
        assert (conv.channel, conv.is_group, conv.last_message_preview) == ("import", False, "udh tf ya kak")
        assert conv.last_message_at == datetime(2026, 11, 22, 2, 4)
    assert directions == ["system", "in", "out", "in", "in"]
    assert shop.shop.setting(ME_SETTING) == ["Toko Berkah"]


def test_reimport_adds_nothing_and_a_longer_export_only_new_messages(shop: Services, tmp_path: Path) -> None:
    path = _write(tmp_path, CHAT)
    first = shop.chat_import.apply(shop.actor, path)
    again = shop.chat_import.apply(shop.actor, path)
    assert again.messages_new == 0 and again.conversation_id == first.conversation_id
    shop.inbox.set_status(shop.actor, first.conversation_id, "resolved")
    longer = shop.chat_import.apply(shop.actor, _write(tmp_path, CHAT + MORE))
    assert longer.messages_new == 2 and longer.conversation_id == first.conversation_id
    assert _count(shop, Message) == 7 and _count(shop, Customer) == 1
    row = shop.inbox.conversation(first.conversation_id)
    assert row.status == "open" and row.unread_count == 1  # the new complaint reopened it
    assert len(shop.audit.recent(action="chat_imported")) == 3


def test_keyword_rules_run_on_imported_incoming_messages(shop: Services, tmp_path: Path) -> None:
    result = shop.chat_import.apply(shop.actor, _write(tmp_path, CHAT))
    labels = {label.id: label.name for label in shop.labels.labels()}
    row = shop.inbox.conversation(result.conversation_id)
    assert {labels[i] for i in row.label_ids} == {"Pertanyaan produk", "Sudah dibayar"}
    counts = {rule.name: rule.matched_count for rule in shop.labels.rules()}
    assert counts["Tanya harga & stok"] == 1  # the shop's own "ready" reply is outgoing and not matched
    assert counts["Bukti transfer"] == 1
    assert result.labels_added == 2


def test_zip_media_is_stored_by_content_and_attached(shop: Services, tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with +62 812-1111-2222.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("WhatsApp Chat with +62 812-1111-2222.txt", CHAT)
        archive.writestr("IMG-20261122-WA0001.jpg", b"\xff\xd8 a photo")
    longer = tmp_path / "longer.zip"
    with zipfile.ZipFile(longer, "w") as archive:
        archive.writestr(
            "WhatsApp Chat with +62 812-1111-2222.txt", CHAT + "23/11/26, 10:00 - Toko Berkah: <Media omitted>\n"
        )
        archive.writestr("IMG-20261122-WA0001.jpg", b"\xff\xd8 a photo")
    result = shop.chat_import.apply(shop.actor, path)
    assert result.attachments_stored == 1
    assert shop.chat_import.apply(shop.actor, longer).messages_new == 1  # an omitted file: a row, no file
    with shop.db.read() as s:
        kinds = sorted((a.kind, a.stored_path is None) for a in s.scalars(select(Attachment)))
    assert kinds == [("image", False), ("other", True)]
    with shop.db.write() as s:
        s.execute(delete(Attachment).where(Attachment.kind == "other"))
    with shop.db.read() as s:
        attachment = s.scalars(select(Attachment)).one()
        s.expunge(attachment)
    assert attachment.kind == "image" and attachment.mime == "image/jpeg" and attachment.size == 10
    assert attachment.stored_path == f"attachments/{attachment.sha256[:2]}/{attachment.sha256}.jpg"  # type: ignore[index]
    assert (shop.paths.data_dir / attachment.stored_path).read_bytes() == b"\xff\xd8 a photo"
    page = shop.inbox.thread(result.conversation_id)
    [with_photo] = [m for m in page.messages if m.attachments]
    assert with_photo.body == "yang ini ya" and with_photo.attachments[0].file_name == "IMG-20261122-WA0001.jpg"


def test_group_chat_creates_no_customers_unless_asked(shop: Services, tmp_path: Path) -> None:
    group = (
        '22/11/26, 09:00 - Budi created group "Reseller: Batik"\n'
        "22/11/26, 09:01 - Budi added +62 812-3333-4444\n"
        "22/11/26, 09:02 - +62 812-3333-4444: halo semua\n"
        "22/11/26, 09:03 - Budi: selamat datang\n"
        "22/11/26, 09:04 - Toko Berkah: stok baru sudah ready\n"
    )
    path = _write(tmp_path, group, "WhatsApp Chat with Reseller Batik.txt")
    result = shop.chat_import.apply(shop.actor, path, me="Toko Berkah")
    assert result.preview.is_group and result.customer_id is None
    assert _count(shop, Customer) == 0
    shop.chat_import.apply(shop.actor, path, me="Toko Berkah", create_group_customers=True)
    assert _count(shop, Customer) == 1 and _count(shop, Conversation) == 1


def test_a_failed_import_stores_nothing(shop: Services, tmp_path: Path) -> None:
    bad = _write(tmp_path, "Daftar harga\n22/11/26, 09:00 - Budi: x\n", "harga.txt")
    with pytest.raises(NotAWhatsAppExport):
        shop.chat_import.apply(shop.actor, bad)
    assert _count(shop, Message) == 0 and _count(shop, Conversation) == 0
    assert shop.shop.setting(ME_SETTING) is None


def test_names_without_numbers_are_found_again_by_chat(shop: Services, tmp_path: Path) -> None:
    text = "22/11/26, 09:00 - Dewi: halo kak\n22/11/26, 09:01 - Siti Rahayu: halo\n"
    first = shop.chat_import.apply(shop.actor, _write(tmp_path, text, "WhatsApp Chat with Dewi.txt"))
    assert first.preview.me == "Siti Rahayu"  # the owner's name is remembered as "me" from now on
    longer = text + "23/11/26, 08:00 - Dewi: jadi pesan 2\n"
    second = shop.chat_import.apply(shop.actor, _write(tmp_path, longer, "WhatsApp Chat with Dewi.txt"))
    assert (second.conversation_id, second.customer_id, second.messages_new) == (
        first.conversation_id, first.customer_id, 1,
    )  # fmt: skip
    assert _count(shop, LabelRule) == 5
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(conversation_labels)) == 1  # "pesan" → Pesanan baru


def test_me_is_found_by_the_shops_number_or_any_spelling_of_the_name(shop: Services, tmp_path: Path) -> None:
    text = "22/11/26, 09:00 - +62 812-3456-7890: halo kak\n22/11/26, 09:01 - Dewi: brp kak\n"
    path = _write(tmp_path, text, "chat.txt")  # no title to go by
    assert shop.chat_import.preview(path).me == "+62 812-3456-7890"  # the shop's own WhatsApp number
    assert shop.chat_import.preview(path, me="dewi").me == "Dewi"


# Rules are matched in a helper thread while the new rows are indexed; their labels are written after the media.
@pytest.mark.parametrize("failing", ["feed_conversation", "write"])
def test_a_failure_after_the_bulk_insert_rolls_everything_back(
    shop: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    from merchant_desk.services import chat_import_store

    path = tmp_path / "WhatsApp Chat with +62 812-1111-2222.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("WhatsApp Chat with +62 812-1111-2222.txt", CHAT * 1200)  # big: FTS triggers suspended
        archive.writestr("IMG-20261122-WA0001.jpg", b"\xff\xd8 a photo")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(chat_import_store.RuleRun, failing, broken)
    with pytest.raises(RuntimeError):
        shop.chat_import.apply(shop.actor, path)
    assert _count(shop, Message) == 0 and _count(shop, Conversation) == 0 and _count(shop, Customer) == 0
    assert not any(p.is_file() for p in shop.paths.attachment_dir.rglob("*"))  # no orphaned media either
    with shop.db.read() as s:
        triggers = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    assert {"messages_fts_ai", "messages_fts_ad", "messages_fts_au"} <= triggers  # dropped, then rolled back
    monkeypatch.undo()
    result = shop.chat_import.apply(shop.actor, path)
    assert result.messages_new == 5 * 1200  # repeats of one text in one minute are told apart by occurrence
    assert len(shop.inbox.search("harganya", limit=2000)) == 1200


def test_a_big_import_into_a_bigger_shop_indexes_only_the_new_messages(shop: Services, tmp_path: Path) -> None:
    customer, _ = shop.customers.find_or_create(shop.actor, "0813-9999-0000", "Lama")
    old_id, _ = shop.inbox.conversation_for_customer(shop.actor, customer.id)
    old = [
        {"conversation_id": old_id, "direction": "in", "body": f"pesanan lama nomor {i}",
         "sent_at": datetime(2025, 1, 1) + timedelta(minutes=i), "external_id": f"old{i}"}
        for i in range(25_000)
    ]  # fmt: skip
    with shop.db.write() as s:
        s.execute(insert(Message), old)
    result = shop.chat_import.apply(shop.actor, _write(tmp_path, CHAT * 1200))
    assert result.messages_new == 6000  # 6,000 * 4 < 25,000: neither live triggers nor a full rebuild
    assert len(shop.inbox.search("harganya", limit=2000)) == 1200
    assert len(shop.inbox.search("pesanan lama nomor 24999")) == 1
    shop.inbox.record_incoming(result.conversation_id, "kiriman kilat ya")  # the triggers are back
    assert len(shop.inbox.search("kilat")) == 1
