"""The CLI imports a chat while another process (the window) keeps writing: no "database is locked", no lost row."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from merchant_desk.services.hub import Services

MESSAGES = 20_000
WRITES = 150

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from merchant_desk.config import Paths
    from merchant_desk.services.hub import open_shop
    from merchant_desk.services.inbox_actions import InboxActions
    shop = open_shop(Paths(Path(sys.argv[1])), migrate=False)
    actor = shop.actor
    actions = InboxActions(shop.db)
    print("ready", flush=True)
    sys.stdin.readline()
    for i in range(int(sys.argv[2])):
        info, _ = shop.customers.find_or_create(actor, f"0813{i:08d}", f"Pembeli {i}")
        conv, _ = actions.conversation_for_customer(actor, info.id)
        actions.record_outgoing(actor, conv, f"Halo kak {i}")
    print("written", flush=True)
    """
)


def _chat(path: Path) -> Path:
    lines = [f"[06/03/17 09.{i // 60 % 60:02d}.{i % 60:02d}] {'Budi' if i % 2 else 'Toko'}: pesan nomor {i}\n"
             for i in range(MESSAGES)]  # fmt: skip
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_cli_import_while_another_process_writes(shop: Services, tmp_path: Path) -> None:
    chat = _chat(tmp_path / "_chat.txt")
    shop.db.dispose()
    folder = str(shop.paths.data_dir)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, folder, str(WRITES)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert writer.stdout is not None and writer.stdin is not None
    assert writer.stdout.readline().strip() == "ready"
    command = [sys.executable, "-m", "merchant_desk", "--data-dir", folder, "import-chat", str(chat), "--me", "Toko"]
    cli = subprocess.Popen([*command, "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    writer.stdin.write("go\n")
    writer.stdin.flush()
    out, err = cli.communicate(timeout=240)
    w_out, w_err = writer.communicate(timeout=240)
    assert "written" in w_out
    assert cli.returncode == 0, err
    assert writer.returncode == 0, w_err
    assert "locked" not in err + w_err
    assert json.loads(out)["messages_new"] == MESSAGES
    conn = sqlite3.connect(shop.paths.db_file)
    try:
        assert conn.execute("SELECT count(*) FROM messages WHERE body LIKE 'pesan nomor %'").fetchone()[0] == MESSAGES
        assert conn.execute("SELECT count(*) FROM messages WHERE body LIKE 'Halo kak %'").fetchone()[0] == WRITES
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
