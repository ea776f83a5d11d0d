"""Big imports: the FTS index filled for the new rows only, consistent after failures, and ids of older versions."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from merchant_desk.db.models import Attachment, Message
from merchant_desk.formats import whatsapp_export
from merchant_desk.formats.whatsapp_messages import is_legacy_external_id
from merchant_desk.services.chat_import_store import FTS_SUSPEND_MIN
from merchant_desk.services.hub import Services

CUSTOMER = "+62 812-1111-2222"
NAME = f"WhatsApp Chat with {CUSTOMER}.txt"


def _chat(days: int, start_day: int = 1) -> str:
    """Four messages a minute, 60 minutes an hour, 24 hours a day: 5,760 messages per day."""
    lines = []
    for day in range(start_day, start_day + days):
        for hour in range(24):
            for minute in range(60):
                stamp = f"{day:02d}/01/25, {hour:02d}:{minute:02d}"
                lines.append(f"{stamp} - {CUSTOMER}: brp harga batik nomor {hour * 60 + minute} kak")
                lines.append(f"{stamp} - Toko Berkah Jaya: ready kak\nsilakan dipesan")
                lines.append(f"{stamp} - {CUSTOMER}: <Media omitted>")
                lines.append(f"{stamp} - {CUSTOMER}: ok")
    return "\n".join(lines) + "\n"


def _fts_ok(shop: Services) -> None:
    with shop.db.read() as s:
        s.execute(text("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)"))
        triggers = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    assert {"messages_fts_ai", "messages_fts_ad", "messages_fts_au"} <= triggers


def _count(shop: Services, *where: object) -> int:
    with shop.db.read() as s:
        return s.scalar(select(func.count()).select_from(Message).where(*where)) or 0  # type: ignore[arg-type]


def test_a_big_import_is_searchable_and_the_index_consistent(shop: Services, tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_text(_chat(1), encoding="utf-8")
    result = shop.chat_import.apply(shop.actor, path, me="Toko Berkah Jaya")
    assert result.messages_new == 5760 >= FTS_SUSPEND_MIN  # the triggers were suspended for this one
    _fts_ok(shop)
    assert len(shop.inbox.search("nomor 1439", limit=10)) == 1
    assert len(shop.inbox.search("silakan", limit=2000)) == 1440
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 1440
    longer = tmp_path / "longer" / NAME
    longer.parent.mkdir()
    longer.write_text(_chat(2), encoding="utf-8")  # the same day again, and one more
    assert shop.chat_import.apply(shop.actor, longer, me="Toko Berkah Jaya").messages_new == 5760
    _fts_ok(shop)
    assert len(shop.inbox.search("silakan", limit=5000)) == 2880
    shop.inbox.record_incoming(result.conversation_id, "kiriman kilat ya")  # the triggers work again
    assert len(shop.inbox.search("kilat")) == 1


def test_a_failed_big_import_leaves_the_index_as_it_was(
    shop: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from merchant_desk.services import chat_import_store

    shop.inbox.record_incoming(shop.inbox.conversation_for_customer(shop.actor, _customer(shop))[0], "sudah lama")
    path = tmp_path / NAME
    path.write_text(_chat(1), encoding="utf-8")

    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(chat_import_store, "_update_conversation", broken)  # after messages and FTS rows
    with pytest.raises(RuntimeError):
        shop.chat_import.apply(shop.actor, path, me="Toko Berkah Jaya")
    assert _count(shop) == 1
    _fts_ok(shop)
    assert shop.inbox.search("silakan") == [] and len(shop.inbox.search("lama")) == 1


def _customer(shop: Services) -> int:
    customer, _ = shop.customers.find_or_create(shop.actor, "0813-9999-0000", "Lama")
    return customer.id


def test_a_chat_imported_with_the_old_ids_is_still_imported_once(
    shop: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / NAME
    path.write_text(_chat(1)[:20_000], encoding="utf-8")  # a few hundred messages
    plain = whatsapp_export.ChatExport.messages

    def old_version(self: whatsapp_export.ChatExport, *, legacy_ids: bool = False) -> object:
        return plain(self, legacy_ids=True)

    monkeypatch.setattr(whatsapp_export.ChatExport, "messages", old_version)
    first = shop.chat_import.apply(shop.actor, path, me="Toko Berkah Jaya")
    monkeypatch.undo()
    with shop.db.read() as s:
        ids = list(s.scalars(select(Message.external_id)))
    assert ids and all(is_legacy_external_id(i) for i in ids)
    assert shop.chat_import.apply(shop.actor, path, me="Toko Berkah Jaya").messages_new == 0
    longer = tmp_path / "longer" / NAME
    longer.parent.mkdir()
    longer.write_text(_chat(1)[:30_000], encoding="utf-8")
    added = shop.chat_import.apply(shop.actor, longer, me="Toko Berkah Jaya").messages_new
    assert added > 0 and _count(shop) == first.messages_new + added
    with shop.db.read() as s:
        assert all(is_legacy_external_id(i) for i in s.scalars(select(Message.external_id)))


def test_an_import_after_its_preview_reads_the_file_once(
    shop: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / NAME
    path.write_text(_chat(1)[:5_000], encoding="utf-8")
    reads: list[bool] = []
    plain = whatsapp_export.ChatExport.messages

    def counted(self: whatsapp_export.ChatExport, *, legacy_ids: bool = False) -> object:
        reads.append(legacy_ids)
        return plain(self, legacy_ids=legacy_ids)

    monkeypatch.setattr(whatsapp_export.ChatExport, "messages", counted)
    preview = shop.chat_import.preview(path)
    assert shop.chat_import.preview(path, me="Toko Berkah Jaya").messages_total == preview.messages_total
    result = shop.chat_import.apply(shop.actor, path, me="Toko Berkah Jaya")
    assert len(reads) == 1 and result.messages_new == preview.messages_total
    shop.chat_import.preview(path)
    path.write_text(_chat(1)[:6_000], encoding="utf-8")  # changed after its preview: read again
    assert shop.chat_import.apply(shop.actor, path, me="Toko Berkah Jaya").messages_new > 0
    assert len(reads) == 3
