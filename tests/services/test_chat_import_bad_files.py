"""Chat exports that cannot be read (missing, a folder, empty, binary, a workbook, a damaged zip) are refused with
the merchant's error, never an OSError, and nothing is stored."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from merchant_desk.core.errors import UserError
from merchant_desk.core.file_errors import EmptyFile, FileIsFolder, FileMissing
from merchant_desk.db.models import Conversation, Message
from merchant_desk.formats.whatsapp_export import ChatZipDamaged, NoChatInArchive, NotAChatFile
from merchant_desk.services.hub import Services

CHAT = "22/11/26, 09:01 - +62 812-1111-2222: Kak, brp harganya?\n22/11/26, 09:02 - Toko Berkah: Rp 150.000 kak\n"


def _nothing_stored(shop: Services) -> bool:
    with shop.db.read() as s:
        return not s.scalar(select(func.count()).select_from(Message)) and not s.scalar(
            select(func.count()).select_from(Conversation)
        )


def _both_refuse(shop: Services, path: Path, kind: type[UserError]) -> UserError:
    with pytest.raises(kind) as previewed:
        shop.chat_import.preview(path)
    with pytest.raises(kind):
        shop.chat_import.apply(shop.actor, path)
    assert _nothing_stored(shop)
    text = str(previewed.value)
    assert path.name in text and text.isprintable() and "\ufffd" not in text
    return previewed.value


def test_missing_file_and_folder(shop: Services, tmp_path: Path) -> None:
    error = _both_refuse(shop, tmp_path / "WhatsApp Chat with Budi.txt", FileMissing)
    assert "No such file" not in str(error) and "not found" in str(error)
    folder = tmp_path / "WhatsApp Chat with Budi"
    folder.mkdir()
    _both_refuse(shop, folder, FileIsFolder)


def test_file_gone_between_preview_and_import(shop: Services, tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with Budi.txt"
    path.write_text(CHAT, encoding="utf-8")
    assert shop.chat_import.preview(path).messages_total == 2
    path.unlink()
    with pytest.raises(FileMissing):
        shop.chat_import.apply(shop.actor, path)
    assert _nothing_stored(shop)


def test_empty_binary_and_workbook(shop: Services, tmp_path: Path) -> None:
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    assert "empty" in str(_both_refuse(shop, empty, EmptyFile))
    junk = tmp_path / "random.txt"
    junk.write_bytes(bytes((i * 73 + 41) % 256 for i in range(3000)))
    _both_refuse(shop, junk, NotAChatFile)
    pdf = tmp_path / "chat.pdf"
    pdf.write_bytes(b"%PDF-1.4 blah")
    _both_refuse(shop, pdf, NotAChatFile)
    workbook = tmp_path / "chat.xlsx"
    with zipfile.ZipFile(workbook, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    _both_refuse(shop, workbook, NotAChatFile)


def test_broken_zip_is_named_damaged_not_printed(shop: Services, tmp_path: Path) -> None:
    broken = tmp_path / "WhatsApp Chat - Budi.zip"
    broken.write_bytes(b"PK\x03\x04zzzz")
    error = _both_refuse(shop, broken, ChatZipDamaged)
    assert "damaged" in str(error) and "PK" not in str(error) and "line 1" not in str(error)


def test_zip_whose_chat_is_corrupt_inside(shop: Services, tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat - Budi.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("_chat.txt", CHAT * 50)
    data = bytearray(path.read_bytes())
    at = data.index(b"Rp 150.000")
    data[at : at + 2] = b"XX"  # the stored text no longer matches its CRC
    path.write_bytes(bytes(data))
    _both_refuse(shop, path, ChatZipDamaged)


def test_zip_without_a_chat_explains_what_to_choose(shop: Services, tmp_path: Path) -> None:
    path = tmp_path / "foto.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("IMG-1.jpg", b"\xff\xd8jpeg")
    assert "Export chat" in str(_both_refuse(shop, path, NoChatInArchive))
