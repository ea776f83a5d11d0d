"""backup_service: checking a database, and backups that are consistent under a concurrent writer and never
harm the live file. Restores are in test_backup_restore."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from merchant_desk.config import Paths
from merchant_desk.core.errors import BackupError
from merchant_desk.db.schema_version import SCHEMA_HEAD
from merchant_desk.services import backup_service
from merchant_desk.services.hub import Services

# Another process that keeps appending audit rows, one short IMMEDIATE transaction each, as a running app would,
# until the test drops a stop file (or 20 s pass).
WRITER = """
import os, sqlite3, sys, time
db_file, ready, stop = sys.argv[1:4]
conn = sqlite3.connect(db_file, isolation_level=None, timeout=30)
conn.execute("PRAGMA busy_timeout=30000")
conn.execute("PRAGMA synchronous=NORMAL")
deadline = time.monotonic() + 20
n = 0
while time.monotonic() < deadline and not os.path.exists(stop):
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO audit_log(at, action, subject) VALUES ('2026-11-22', 'tick', ?)", (str(n),))
    conn.execute("COMMIT")
    n += 1
    if n == 50:
        open(ready, "w").close()  # writing is under way
print(n)
"""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(path: Path, table: str = "audit_log", where: str = "") -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0])
    finally:
        conn.close()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def backup_file(shop: Services, tmp_path: Path) -> Path:
    return backup_service.backup(shop.paths.db_file, tmp_path / "out" / "toko.sqlite3").path


def test_inspect_a_good_database(shop: Services) -> None:
    report = backup_service.inspect(shop.paths.db_file)
    assert report.ok and report.problems == ()
    assert report.schema == report.expected_schema == SCHEMA_HEAD
    assert report.row_counts["shop"] == 1
    assert report.row_counts["labels"] == 8
    assert report.row_counts["audit_log"] == 1
    assert not any("fts" in table for table in report.row_counts)


def test_inspect_reports_an_old_schema(shop: Services) -> None:
    with sqlite3.connect(shop.paths.db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000_older'")
    conn.close()
    report = backup_service.inspect(shop.paths.db_file)
    assert not report.ok
    assert report.problems == (f"schema 0000_older (expected {SCHEMA_HEAD})",)


def test_backup_is_a_standalone_copy(shop: Services, backup_file: Path) -> None:
    assert backup_file.is_file() and backup_file.name == "toko.sqlite3"
    assert not Path(f"{backup_file}-wal").exists()
    with sqlite3.connect(backup_file) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert backup_service.inspect(backup_file).ok
    assert not list(backup_file.parent.glob("*.part"))


def test_backup_into_a_folder_names_the_file(shop: Services, tmp_path: Path) -> None:
    result = backup_service.backup(shop.paths.db_file, tmp_path)
    assert result.path == tmp_path / "shop-backup.sqlite3"
    assert result.size == result.path.stat().st_size > 0


def test_backup_while_another_process_writes(shop: Services, tmp_path: Path) -> None:
    db_file = shop.paths.db_file
    ready, stop = tmp_path / "writer-ready", tmp_path / "writer-stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_file), str(ready), str(stop)], stdout=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 20
        while not ready.exists():
            assert writer.poll() is None and time.monotonic() < deadline, "the writer did not start"
            time.sleep(0.01)
        backups = []
        for i in range(3):
            time.sleep(0.3)
            backups.append(backup_service.backup(db_file, tmp_path / f"during-{i}.sqlite3").path)
        time.sleep(0.3)
        assert writer.poll() is None, "the backups should have run while the writer was still writing"
    finally:
        stop.touch()
        out, _ = writer.communicate(timeout=30)
    assert writer.returncode == 0
    written = int(out)

    captured = [_count(b, where="WHERE action = 'tick'") for b in backups]
    assert all(_integrity(b) == "ok" for b in backups)
    assert 50 <= captured[0] <= captured[1] <= captured[2] < written  # snapshots taken mid-stream
    assert _count(db_file, where="WHERE action = 'tick'") == written

    # Restoring a backup brings back exactly the rows it captured.
    restored = Paths(tmp_path / "restored")
    restored.ensure()
    backup_service.restore(restored.db_file, backups[1], restored.migration_dir)
    assert _count(restored.db_file, where="WHERE action = 'tick'") == captured[1]
    assert _integrity(restored.db_file) == "ok"


def test_backup_of_a_missing_shop_creates_nothing(paths: Paths, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no shop"):
        backup_service.backup(paths.db_file, tmp_path / "b.sqlite3")
    assert not paths.db_file.exists()
    assert not (tmp_path / "b.sqlite3").exists()


def test_backup_never_replaces_the_live_database(shop: Services) -> None:
    before = _sha(shop.paths.db_file)
    with pytest.raises(BackupError):
        backup_service.backup(shop.paths.db_file, shop.paths.db_file)
    assert _sha(shop.paths.db_file) == before


def test_backup_to_an_unwritable_place_is_a_clear_error(shop: Services, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(BackupError) as info:
        backup_service.backup(shop.paths.db_file, blocker / "sub" / "b.sqlite3")
    assert "could not be written" in str(info.value)
