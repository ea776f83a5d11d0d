"""External ids of parsed messages: time first (so the database index is appended to), and the older form."""

from __future__ import annotations

import hashlib

import pytest

from merchant_desk.formats.whatsapp_dates import ImpossibleDate
from merchant_desk.formats.whatsapp_export import read_text
from merchant_desk.formats.whatsapp_messages import is_legacy_external_id

CHAT = (
    "22/11/26, 09:30 - Budi: ok\n"
    "22/11/26, 09:30 - Budi: ok\n"
    "22/11/26, 21:05 - Siti: sip\nbaris dua\n"
    "23/11/26, 08:00 - Messages and calls are end-to-end encrypted.\n"
)


def test_ids_begin_with_the_local_time_and_rise_with_it() -> None:
    messages = list(read_text(CHAT).messages())
    ids = [m.external_id for m in messages]
    assert [i[:14] for i in ids] == [m.at.strftime("%Y%m%d%H%M%S") for m in messages]
    assert ids == sorted(ids) and len(set(ids)) == 4
    assert ids[1] == ids[0] + "-1"  # the same text in the same minute: told apart by its occurrence
    assert not any(is_legacy_external_id(i) for i in ids)


def test_legacy_ids_are_the_ones_earlier_versions_stored() -> None:
    messages = list(read_text(CHAT).messages(legacy_ids=True))
    raw = "Siti: sip\nbaris dua"
    expected = hashlib.blake2b(f"2026-11-22T21:05:00\x1fSiti\x1f{raw}".encode(), digest_size=12).hexdigest()
    assert messages[2].external_id == expected
    assert messages[1].external_id == messages[0].external_id + "-1"
    system = hashlib.blake2b(
        b"2026-11-23T08:00:00\x1fNone\x1fMessages and calls are end-to-end encrypted.", digest_size=12
    ).hexdigest()
    assert messages[3].external_id == system
    assert all(is_legacy_external_id(m.external_id) for m in messages)


def test_a_date_inside_a_message_does_not_start_one() -> None:
    text = "22/11/26, 09:30 - Budi: kirim tanggal\nlihat 23/11/26, 10:00 - Siti: x\n22/11/26, 09:31 - Siti: ok\n"
    first, second = read_text(text).messages()
    assert first.text == "kirim tanggal\nlihat 23/11/26, 10:00 - Siti: x" and second.line == 3


def test_an_impossible_date_is_reported_with_its_header_line_only() -> None:
    export = read_text("22/11/26, 09:30 - Budi: ok\n31/02/26, 09:30 - Budi: x\nlanjutan\n", date_order="dmy")
    with pytest.raises(ImpossibleDate) as caught:
        list(export.messages())
    assert caught.value.params["line"] == 2 and caught.value.params["text"] == "31/02/26, 09:30 - Budi: x"


def test_repeated_texts_read_once_still_come_out_as_each_message_says() -> None:
    # Short texts are read once and remembered: repeats must keep their own time, line and id.
    text = (
        "22/11/26, 09:30 - Budi: <Media omitted>\n"
        "22/11/26, 09:31 - Budi: This message was deleted\n"
        "22/11/26, 09:32 - Siti: ok\n"
        "22/11/26, 09:33 - Budi: <Media omitted>\n"
        "22/11/26, 09:34 - Budi: This message was deleted\n"
        "22/11/26, 09:35 - Budi: ok\n"
        "22/11/26, 09:36 - Siti: ok\n"
        "22/11/26, 09:36 - Siti: ok\n"
    )
    messages = list(read_text(text).messages())
    assert [m.line for m in messages] == list(range(1, 9))
    assert [m.author for m in messages] == ["Budi", None, "Siti", "Budi", None, "Budi", "Siti", "Siti"]
    assert messages[0].attachments == messages[3].attachments and messages[3].attachments[0].file_name is None
    assert messages[3].text == "" and messages[4].text == "This message was deleted"
    assert [m.at.minute for m in messages] == [30, 31, 32, 33, 34, 35, 36, 36]
    ids = [m.external_id for m in messages]
    assert len(set(ids)) == 8 and ids[7] == ids[6] + "-1"
    assert ids[2][14:] == ids[6][14:] != ids[5][14:]  # the CRC covers the author as written
