"""WhatsApp export files written by hand for every form the reader must accept (and one it must refuse)."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from merchant_desk.formats.whatsapp_dates import ImpossibleDate
from merchant_desk.formats.whatsapp_export import NoChatInArchive, NotAWhatsAppExport, open_export, read_text
from merchant_desk.formats.whatsapp_markers import ParsedAttachment, kind_of

LRM, NNBSP = "\u200e", "\u202f"


def _all(text: str, **kw: str) -> list:
    return list(read_text(text, **kw).messages())


@pytest.mark.parametrize(
    ("line", "form", "expected"),
    [
        ("22/11/26, 09.30 - Budi: halo", "android", datetime(2026, 11, 22, 9, 30)),
        ("22/11/2026 09:30 - Budi: halo", "android", datetime(2026, 11, 22, 9, 30)),
        ("11/22/26, 9:30 PM - Budi: halo", "android", datetime(2026, 11, 22, 21, 30)),
        (f"11/22/26, 9:30{NNBSP}AM - Budi: halo", "android", datetime(2026, 11, 22, 9, 30)),
        ("22/11/26, 12:05 a. m. - Budi: halo", "android", datetime(2026, 11, 22, 0, 5)),
        ("22/11/26, 1:05 p. m. - Budi: halo", "android", datetime(2026, 11, 22, 13, 5)),
        ("22.11.26, 09:30 - Budi: halo", "android", datetime(2026, 11, 22, 9, 30)),
        ("2026-11-22, 09:30 - Budi: halo", "android", datetime(2026, 11, 22, 9, 30)),
        ("22-11-2026 09:30 - Budi: halo", "android", datetime(2026, 11, 22, 9, 30)),
        ("[22/11/26 09.30.15] Budi: halo", "ios", datetime(2026, 11, 22, 9, 30, 15)),
        ("[22/11/2026, 09:30:15] Budi: halo", "ios", datetime(2026, 11, 22, 9, 30, 15)),
        (f"[11/22/26, 9:30:15{NNBSP}PM] Budi: halo", "ios", datetime(2026, 11, 22, 21, 30, 15)),
        (f"{LRM}[22.11.26, 09:30:15] Budi: halo", "ios", datetime(2026, 11, 22, 9, 30, 15)),
        ("[2026-11-22 09:30:15] Budi: halo", "ios", datetime(2026, 11, 22, 9, 30, 15)),
    ],
)
def test_every_header_form(line: str, form: str, expected: datetime) -> None:
    export = read_text(line + "\n")
    [message] = list(export.messages())
    assert export.format == form
    assert (message.at, message.author, message.text) == (expected, "Budi", "halo")


def test_ambiguous_dates_are_settled_by_the_whole_file() -> None:
    day_first = "06/03/17, 10:00 - A: x\n13/03/17, 10:00 - A: y\n"
    month_first = "06/03/17, 10:00 - A: x\n03/13/17, 10:00 - A: y\n"
    export = read_text(day_first)
    assert (export.date_order, export.date_order_source) == ("dmy", "file")
    assert next(export.messages()).at == datetime(2017, 3, 6, 10, 0)
    export = read_text(month_first)
    assert (export.date_order, export.date_order_source) == ("mdy", "file")
    assert next(export.messages()).at == datetime(2017, 6, 3, 10, 0)


def test_undecidable_dates_follow_the_shop_locale_and_can_be_forced() -> None:
    text = "06/03/17, 10:00 - A: x\n"
    assert read_text(text).date_order == "dmy"
    assert read_text(text, fallback_order="mdy").date_order == "mdy"
    forced = read_text(text, date_order="mdy")
    assert (forced.date_order, forced.date_order_source) == ("mdy", "forced")
    assert next(forced.messages()).at == datetime(2017, 6, 3, 10, 0)


def test_a_date_contradicting_the_order_is_named_by_its_line() -> None:
    with pytest.raises(ImpossibleDate) as caught:
        _all("13/03/17, 10:00 - A: x\n\n03/13/17, 10:00 - A: y\n")
    assert caught.value.params["line"] == 3
    with pytest.raises(ImpossibleDate) as caught:
        _all("01/02/17, 10:00 - A: x\n03/13/17, 10:00 - A: y\n", date_order="dmy")
    assert caught.value.params["line"] == 2


def test_multi_line_messages_keep_continuation_lines_exactly() -> None:
    text = "22/11/26, 09:30 - Budi: baris satu\n\n  baris tiga  \n\n22/11/26, 09:31 - Siti: ok\n"
    first, second = _all(text)
    assert first.text == "baris satu\n\n  baris tiga  \n"
    assert second.text == "ok" and second.line == 5


def test_crlf_and_lf_give_the_same_messages() -> None:
    text = "22/11/26, 09:30 - Budi: a\nb\n22/11/26, 09:31 - Siti: c\n"
    assert _all(text) == _all(text.replace("\n", "\r\n"))


def test_invisible_marks_are_removed_from_names_and_headers() -> None:
    text = f"{LRM}[22/11/26 09.30.15] \u202a+62\u00a0812-3456-7890\u202c: halo\n"
    [message] = _all(text)
    assert message.author == "+62 812-3456-7890"


@pytest.mark.parametrize(
    "notice",
    [
        "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or "
        "listen to them. Tap to learn more.",
        "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, "
        "yang dapat membaca atau mendengarkannya.",
        'Budi created group "Toko: Grosir"',
        "Budi added Siti",
        "Siti left",
    ],
)
def test_system_lines_have_no_author(notice: str) -> None:
    [message] = _all(f"22/11/26, 09:30 - {notice}\n")
    assert message.author is None and message.is_system and message.text == notice


@pytest.mark.parametrize("text", ["This message was deleted", "Pesan ini telah dihapus", f"{LRM}Siti added Budi"])
def test_notices_under_an_author_are_system_entries(text: str) -> None:
    [message] = _all(f"[22/11/26 09.30.15] Grup Toko: {text}\n")
    assert message.author is None


def test_ordinary_words_like_keluar_stay_messages() -> None:
    [message] = _all("22/11/26, 09:30 - Budi: aku keluar dulu ya\n")
    assert message.author == "Budi"


@pytest.mark.parametrize(
    ("marker", "expected"),
    [
        ("<Media omitted>", ParsedAttachment("other", None)),
        ("<Media tidak disertakan>", ParsedAttachment("other", None)),
        ("IMG-20261122-WA0001.jpg (file attached)", ParsedAttachment("image", "IMG-20261122-WA0001.jpg")),
        ("PTT-20261122-WA0002.opus (file terlampir)", ParsedAttachment("audio", "PTT-20261122-WA0002.opus")),
        ("STK-20261122-WA0003.webp (file attached)", ParsedAttachment("sticker", "STK-20261122-WA0003.webp")),
        (f"{LRM}<attached: 00000012-PHOTO-2026-11-22.jpg>", ParsedAttachment("image", "00000012-PHOTO-2026-11-22.jpg")),
        ("<terlampir: 00000013-VIDEO-2026-11-22.mp4>", ParsedAttachment("video", "00000013-VIDEO-2026-11-22.mp4")),
        ("<attached: 00000014-Katalog.pdf>", ParsedAttachment("document", "00000014-Katalog.pdf")),
        ("image omitted", ParsedAttachment("image", None)),
        ("gambar tidak disertakan", ParsedAttachment("image", None)),
    ],
)  # fmt: skip
def test_attachment_markers_in_english_and_indonesian(marker: str, expected: ParsedAttachment) -> None:
    [message] = _all(f"22/11/26, 09:30 - Budi: {marker}\nini fotonya\n")
    assert message.attachments == (expected,)
    assert message.text == "ini fotonya"


def test_kind_from_extension() -> None:
    assert [kind_of(n) for n in ("a.JPG", "b.mp4", "c.m4a", "d.docx", "e.webp", "f.xyz", "noext")] == [
        "image", "video", "audio", "document", "sticker", "other", "other",
    ]  # fmt: skip


def test_external_ids_are_stable_and_tell_repeats_apart() -> None:
    text = "22/11/26, 09:30 - Budi: ok\n22/11/26, 09:30 - Budi: ok\n22/11/26, 09:31 - Budi: ok\n"
    first = [m.external_id for m in _all(text)]
    assert len(set(first)) == 3
    assert first == [m.external_id for m in _all(text)]
    longer = [m.external_id for m in _all(text + "22/11/26, 09:32 - Siti: sip\n")]
    assert longer[:3] == first


@pytest.mark.parametrize(
    "content",
    ["hello world\n22/11/26, 09:30 - Budi: x\n", "name,price\nBatik,150000\n", "\n\nnot a chat\n"],
)
def test_a_file_that_is_no_export_names_its_first_bad_line(tmp_path: Path, content: str) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(NotAWhatsAppExport) as caught:
        open_export(path)
    expected = next((i for i, line in enumerate(content.splitlines(), 1) if line.strip()), 1)
    assert caught.value.params["line"] == expected
    assert str(expected) in str(caught.value)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(NotAWhatsAppExport):
        open_export(path)


def test_zip_with_media_attaches_files_to_their_messages(tmp_path: Path) -> None:
    chat = (
        f"{LRM}[22/11/26 09.30.15] Budi: {LRM}<attached: 00000012-PHOTO-2026-11-22-09-30-15.jpg>\n"
        "[22/11/26 09.31.00] Budi: bagus kan\n"
    )
    path = tmp_path / "WhatsApp Chat - Budi.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", chat)
        archive.writestr("00000012-PHOTO-2026-11-22-09-30-15.jpg", b"\xff\xd8jpeg")
    with open_export(path) as export:
        messages = list(export.messages())
        assert export.title == "Budi" and export.format == "ios"
        name = messages[0].attachments[0].file_name
        assert name is not None and export.read_media(name) == b"\xff\xd8jpeg"
        assert export.read_media("missing.jpg") is None


def test_zip_without_chat_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.jpg", b"x")
    with pytest.raises(NoChatInArchive):
        open_export(path)


def test_android_txt_title_and_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "Chat WhatsApp dengan Budi.txt"
    path.write_text("\ufeff22/11/26, 09:30 - Budi: halo\n", encoding="utf-8")
    export = open_export(path)
    assert export.title == "Budi" and [m.author for m in export.messages()] == ["Budi"]


@pytest.mark.parametrize("block", [1, 7, 64])
def test_tiny_read_blocks_give_the_same_messages(monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    from merchant_desk.formats import whatsapp_messages

    text = (
        "\n22/11/26, 09:30 - Budi: baris satu\n\n  baris tiga\n22/11/26, 09:31 - Siti: ok\n"
        "22/11/26, 09:31 - Siti: ok\n22/11/26, 09:32 - Budi: IMG-1.jpg (file attached)\nfoto\n\n"
    )
    expected = _all(text)
    monkeypatch.setattr(whatsapp_messages, "BLOCK", block)
    assert _all(text) == expected
    assert [m.line for m in expected] == [2, 5, 6, 7]
    assert expected[-1].text == "foto\n"
