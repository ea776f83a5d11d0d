"""`merchant-desk import-chat`: one JSON object, idempotent, exit 2 only for an unreadable file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from merchant_desk.cli import main

CHAT = (
    "\u200e[06/03/17 09.30.15] Budi: \u200eMessages and calls are end-to-end encrypted. No one outside of this "
    "chat, not even WhatsApp, can read or listen to them.\n"
    "[06/03/17 09.31.00] Budi: Kak, brp harganya?\n"
    "[06/03/17 09.32.00] Toko Berkah: 150rb kak\n"
    "\u200e[06/03/17 09.33.00] Budi: \u200e<attached: 00000012-PHOTO-2017-03-06-09-33-00.jpg>\n"
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_report_and_idempotent_second_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chat = tmp_path / "_chat.txt"
    chat.write_text(CHAT, encoding="utf-8")
    home = str(tmp_path / "home")
    code, out, _ = _run(capsys, "--data-dir", home, "import-chat", str(chat), "--me", "Toko Berkah", "--json")
    assert code == 0
    report = json.loads(out)
    assert report == {
        "format": "ios",
        "date_order": "dmy",
        "messages_total": 4,
        "messages_new": 4,
        "system_messages": 1,
        "attachments": 1,
        "participants": ["Budi", "Toko Berkah"],
        "first": {
            "at": "2017-03-06T09:30:15+07:00",
            "author": None,
            "text": "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
            "can read or listen to them.",
        },
        "last": {"at": "2017-03-06T09:33:00+07:00", "author": "Budi", "text": ""},
    }
    code, out, _ = _run(capsys, "--data-dir", home, "import-chat", str(chat), "--json")
    assert code == 0 and json.loads(out)["messages_new"] == 0


def test_forced_date_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(CHAT, encoding="utf-8")
    home = str(tmp_path / "home")
    code, out, _ = _run(capsys, "--data-dir", home, "import-chat", str(chat), "--date-order", "mdy", "--json")
    assert code == 0 and json.loads(out)["first"]["at"].startswith("2017-06-03")


def test_plain_output_and_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(CHAT, encoding="utf-8")
    home = str(tmp_path / "home")
    code, out, _ = _run(capsys, "--data-dir", home, "import-chat", str(chat))
    assert code == 0 and "4 of 4 messages new" in out
    bad = tmp_path / "notes.txt"
    bad.write_text("belanja:\n- gula\n", encoding="utf-8")
    code, out, err = _run(capsys, "--data-dir", home, "import-chat", str(bad), "--json")
    assert code == 2 and out == "" and "line 1" in err and "belanja:" in err
