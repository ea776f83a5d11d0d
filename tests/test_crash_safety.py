"""SIGKILL in the middle of a big import and of backups: the database stays sound and holds all or nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from merchant_desk.services import backup_auto, backup_service
from merchant_desk.services.backup_restore import _unpack
from merchant_desk.services.hub import Services

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
ROWS = 30_000

IMPORT_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from merchant_desk.config import Paths
    from merchant_desk.services.hub import open_shop
    shop = open_shop(Paths(Path(sys.argv[1])))
    preview = shop.catalog.preview(sys.argv[2])
    print("start", flush=True)
    shop.catalog.apply(shop.actor, preview, progress=lambda done, total: print("progress", done, flush=True))
    print("done", flush=True)
    """
)

BACKUP_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from merchant_desk.config import Paths
    from merchant_desk.services import backup_auto
    paths = Paths(Path(sys.argv[1]))
    while True:
        backup_auto.make_backup(paths, Path(sys.argv[2]), full=True, passphrase="kunci")
        print("made", flush=True)
    """
)


def _integrity(db_file: Path) -> str:
    conn = sqlite3.connect(db_file)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _products(db_file: Path) -> int:
    conn = sqlite3.connect(db_file)
    try:
        return conn.execute("SELECT count(*) FROM products").fetchone()[0]
    finally:
        conn.close()


def _child(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True)


def test_killed_import_leaves_nothing_half_done(shop: Services, tmp_path: Path) -> None:
    feed = tmp_path / "big.csv"
    rows = (f"P{i},Barang {i},,in stock,new,{1000 + i} IDR,https://i.example/{i}.jpg\n" for i in range(ROWS))
    feed.write_text("id,title,description,availability,condition,price,image_link\n" + "".join(rows))
    shop.db.dispose()
    child = _child(IMPORT_CHILD, str(shop.paths.data_dir), str(feed))
    assert child.stdout is not None
    seen = []
    for line in child.stdout:  # killed while the import's transaction is writing rows
        seen.append(line.split()[0])
        if line.startswith("progress") and int(line.split()[1]) > 0:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert "done" not in seen
    assert _integrity(shop.paths.db_file) == "ok"
    assert _products(shop.paths.db_file) == 0  # all or nothing: nothing, since it never committed
    # and the shop works on: the same import completes afterwards
    assert shop.catalog.apply(shop.actor, shop.catalog.preview(feed)).created == ROWS


def test_killed_backups_leave_only_whole_backups(shop: Services, tmp_path: Path) -> None:
    feed = tmp_path / "feed.csv"
    feed.write_text("id,title,description,availability,condition,price,image_link\n"
                    + "".join(f"P{i},Barang {i},,in stock,new,1000 IDR,\n" for i in range(5000)))  # fmt: skip
    shop.catalog.apply(shop.actor, shop.catalog.preview(feed))
    out = tmp_path / "backups"
    for delay in (0.05, 0.2, 0.45):
        child = _child(BACKUP_CHILD, str(shop.paths.data_dir), str(out))
        assert child.stdout is not None
        child.stdout.readline()  # one backup made, the next one is under way
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        assert _integrity(shop.paths.db_file) == "ok"
    made = backup_auto.list_backups(out)
    assert len(made) >= 3
    for info in made:  # every listed backup is whole: it decrypts, unzips and passes the check
        work = tmp_path / "work" / info.path.name
        work.mkdir(parents=True)
        db, photos = _unpack(info.path, work, "kunci")
        assert backup_service.inspect(db).ok and photos is not None
    assert not [p for p in out.iterdir() if p.is_file() and backup_auto.parse(p) is None]
    for stale in out.glob(".backup-*"):  # work folders the kills left: swept by a later backup once old
        os.utime(stale, (0, 0))
    backup_auto.make_backup(shop.paths, out)
    assert not list(out.glob(".backup-*"))
