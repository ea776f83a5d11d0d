"""backup_service restores: the previous database kept aside, rows still in a -wal come along, and files that
are not a good backup refused with the live database untouched byte for byte."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from merchant_desk.config import Paths
from merchant_desk.core.errors import DamagedDatabase, RestoreRefused, SchemaTooNew, StorageError, UserError
from merchant_desk.core.shop import validate_profile
from merchant_desk.db import migrate
from merchant_desk.db.engine import Database
from merchant_desk.db.schema_version import KNOWN_REVISIONS, SCHEMA_HEAD
from merchant_desk.services import backup_service
from merchant_desk.services.backup_service import DamagedBackup, NotSqlite, UnknownSchema
from merchant_desk.services.hub import Services, open_shop


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(path: Path, table: str = "audit_log", where: str = "") -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0])
    finally:
        conn.close()


def _snapshot(paths: Paths) -> tuple[str, bool]:
    """The current database's bytes, and whether a -wal file is beside it."""
    return _sha(paths.db_file), Path(f"{paths.db_file}-wal").exists()


@pytest.fixture
def backup_file(shop: Services, tmp_path: Path) -> Path:
    return backup_service.backup(shop.paths.db_file, tmp_path / "out" / "toko.sqlite3").path


def test_restore_a_good_backup_keeps_the_previous_database(shop: Services, backup_file: Path) -> None:
    renamed = validate_profile("Toko Sesudah", "Siti Rahayu", "0812-3456-7890")
    shop.shop.update_profile(shop.actor, renamed)
    paths = shop.paths

    kept = backup_service.restore(paths.db_file, backup_file, paths.migration_dir)

    assert kept is not None and kept.parent == paths.migration_dir
    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT name FROM shop").fetchone() == ("Toko Sesudah",)
    conn.close()
    assert shop.shop.profile().name == "Toko Berkah Jaya"
    assert not paths.db_file.with_name(paths.db_file.name + ".restoring").exists()
    reopened = open_shop(paths)
    try:
        assert reopened.shop.profile().name == "Toko Berkah Jaya"
        assert reopened.audit.recent()[-1].action == "shop_set_up"
    finally:
        reopened.close()


def test_restore_twice_keeps_both_previous_databases(shop: Services, backup_file: Path) -> None:
    paths = shop.paths
    first = backup_service.restore(paths.db_file, backup_file, paths.migration_dir)
    second = backup_service.restore(paths.db_file, backup_file, paths.migration_dir)
    assert first is not None and second is not None and first != second
    assert first.exists() and second.exists()


def test_restore_into_an_empty_folder(tmp_path: Path, backup_file: Path) -> None:
    fresh = Paths(tmp_path / "fresh")
    fresh.ensure()
    assert backup_service.restore(fresh.db_file, backup_file, fresh.migration_dir) is None
    assert backup_service.inspect(fresh.db_file).ok


def test_restore_of_a_wal_database_keeps_rows_still_in_its_wal(shop: Services, tmp_path: Path) -> None:
    """A copy of another data folder may hold committed rows only in its -wal file; they must come along."""
    other = Paths(tmp_path / "other")
    svc = open_shop(other)
    svc.close()
    holder = sqlite3.connect(other.db_file, isolation_level=None)
    try:
        holder.execute("PRAGMA wal_autocheckpoint=0")
        holder.execute("INSERT INTO setting(key, value) VALUES ('only_in_wal', '1')")
        assert Path(f"{other.db_file}-wal").stat().st_size > 0
        backup_service.restore(shop.paths.db_file, other.db_file, shop.paths.migration_dir)
    finally:
        holder.close()
    assert _count(shop.paths.db_file, "setting", "WHERE key = 'only_in_wal'") == 1


def _refused(shop: Services, candidate: Path) -> UserError:
    paths = shop.paths
    before = _snapshot(paths)
    with pytest.raises(UserError) as info:
        backup_service.restore(paths.db_file, candidate, paths.migration_dir)
    assert _snapshot(paths) == before  # byte for byte untouched
    assert not paths.migration_dir.exists()
    assert not paths.db_file.with_name(paths.db_file.name + ".restoring").exists()
    assert candidate.name in str(info.value) or isinstance(info.value, SchemaTooNew)
    return info.value


def test_restore_refuses_a_truncated_copy(shop: Services, backup_file: Path, tmp_path: Path) -> None:
    data = backup_file.read_bytes()
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(data[: len(data) // 2])
    error = _refused(shop, cut)
    assert isinstance(error, DamagedBackup)
    assert "damaged" in str(error)


def test_restore_refuses_a_png(shop: Services, tmp_path: Path) -> None:
    png = tmp_path / "foto.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    error = _refused(shop, png)
    assert isinstance(error, NotSqlite) and isinstance(error, RestoreRefused)
    assert "not a Merchant Desk backup" in str(error)


@pytest.mark.parametrize("content", [b"", b"hello", b"Catatan toko\n" * 100])
def test_restore_refuses_text_and_empty_files(shop: Services, tmp_path: Path, content: bytes) -> None:
    text_file = tmp_path / "catatan.txt"
    text_file.write_bytes(content)
    assert isinstance(_refused(shop, text_file), NotSqlite)


def test_restore_refuses_a_foreign_sqlite_database(shop: Services, tmp_path: Path) -> None:
    foreign = tmp_path / "contacts.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE contacts(name TEXT)")
    conn.close()
    assert isinstance(_refused(shop, foreign), UnknownSchema)


def test_restore_refuses_a_newer_schema(shop: Services, backup_file: Path) -> None:
    with sqlite3.connect(backup_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    conn.close()
    error = _refused(shop, backup_file)
    assert isinstance(error, SchemaTooNew)
    assert "0099_future" in str(error)


def test_restore_refuses_a_missing_file(shop: Services, tmp_path: Path) -> None:
    assert isinstance(_refused(shop, tmp_path / "nowhere.sqlite3"), RestoreRefused)


@pytest.mark.skipif(len(KNOWN_REVISIONS) < 2, reason="needs a second real revision")
def test_restore_an_older_known_schema_then_open_upgrades_it(shop: Services, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    db = Database(f"sqlite:///{old}")
    migrate.upgrade(db, target=KNOWN_REVISIONS[0])
    db.dispose()
    paths = shop.paths
    kept = backup_service.restore(paths.db_file, old, paths.migration_dir)
    assert backup_service.inspect(paths.db_file).schema == KNOWN_REVISIONS[0]
    reopened = open_shop(paths)
    try:
        assert migrate.current_revision(reopened.db) == SCHEMA_HEAD
        assert not reopened.shop.is_set_up()  # the restored (empty) shop, not the one kept aside
    finally:
        reopened.close()
    assert kept is not None
    assert len(list(paths.migration_dir.iterdir())) == 2  # before the restore, and before the upgrade


def test_restore_refuses_when_the_previous_database_cannot_be_kept(shop: Services, backup_file: Path) -> None:
    paths = shop.paths
    blocker = paths.data_dir / "blocker"
    blocker.write_text("a file where the copies folder should go")
    before = _snapshot(paths)
    with pytest.raises(StorageError):
        backup_service.restore(paths.db_file, backup_file, blocker / "pre-upgrade")
    assert _snapshot(paths) == before


def test_restore_over_a_damaged_database_keeps_its_bytes(shop: Services, backup_file: Path) -> None:
    """Replacing a damaged database is what restore is for: the damaged file is kept as it was."""
    paths = shop.paths
    garbage = b"\x00garbage, not a database\x00" * 200
    paths.db_file.write_bytes(garbage)
    kept = backup_service.restore(paths.db_file, backup_file, paths.migration_dir)
    assert kept is not None and kept.read_bytes() == garbage
    assert [p.name for p in paths.migration_dir.iterdir()] == [kept.name]  # no empty half copy beside it
    assert backup_service.inspect(paths.db_file).ok


def test_opening_a_damaged_database_is_a_clear_error(paths: Paths) -> None:
    paths.ensure()
    garbage = b"\x89PNG\r\n\x1a\n" + bytes(5000)
    paths.db_file.write_bytes(garbage)
    with pytest.raises(DamagedDatabase) as info:
        open_shop(paths)
    assert str(paths.db_file) in str(info.value) and "damaged" in str(info.value)
    assert paths.db_file.read_bytes() == garbage
