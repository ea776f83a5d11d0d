"""Backup files: retention, passphrase round trip, refused restores that replace nothing, undo once."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.core.errors import BackupError, PermissionDenied
from merchant_desk.services import backup_auto, backup_crypto, backup_restore
from merchant_desk.services.audit_service import Actor
from merchant_desk.services.backup_manager import BackupSettings
from merchant_desk.services.hub import Services

T0 = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)


def _names(shop: Services) -> set[str]:
    return {r.name for r in shop.catalog.rows(shop.catalog.page_ids(limit=100))}


def _touch(folder: Path, when: datetime, automatic: bool = True) -> Path:
    path = folder / f"{'auto' if automatic else 'manual'}-{when:%Y%m%d-%H%M%S}.sqlite3"
    path.write_bytes(b"x")
    return path


def test_retention_keeps_7_daily_and_4_weekly(tmp_path: Path) -> None:
    for day in range(60):
        for hour in (1, 13):
            _touch(tmp_path, T0 - timedelta(days=day, hours=hour))
    manual = _touch(tmp_path, T0 - timedelta(days=90), automatic=False)
    backup_auto.prune(tmp_path)
    kept = backup_auto.list_backups(tmp_path)
    autos = [b for b in kept if b.automatic]
    assert len({b.made_at.date() for b in autos}) == len(autos)  # one per day at most
    assert 7 <= len(autos) <= 11
    assert autos[0].made_at == T0 - timedelta(hours=1)  # the newest survives
    assert manual.exists()  # made by hand: never pruned
    assert not backup_auto.backup_due(tmp_path, T0)
    assert backup_auto.backup_due(tmp_path, T0 + timedelta(days=1))


def test_encrypted_full_backup_round_trip_and_undo(shop: Services) -> None:
    shop.catalog.create(shop.actor, ProductDraft(name="Kopi", price=15_000))
    (shop.paths.photo_dir / "ab").mkdir(parents=True)
    (shop.paths.photo_dir / "ab" / "p.jpg").write_bytes(b"photo-1")
    info = backup_auto.make_backup(shop.paths, passphrase="rahasia toko", full=True)
    assert info.encrypted and info.full and backup_crypto.is_encrypted(info.path)
    assert b"Kopi" not in info.path.read_bytes()

    shop.catalog.create(shop.actor, ProductDraft(name="Teh", price=5_000))
    (shop.paths.photo_dir / "ab" / "p.jpg").write_bytes(b"photo-2")
    shop.backups.restore(shop.actor, info.path, "rahasia toko")
    assert _names(shop) == {"Kopi"}
    assert (shop.paths.photo_dir / "ab" / "p.jpg").read_bytes() == b"photo-1"
    assert shop.audit.recent(action="backup_restored")

    shop.backups.undo_restore(shop.actor)
    assert _names(shop) == {"Kopi", "Teh"}
    assert (shop.paths.photo_dir / "ab" / "p.jpg").read_bytes() == b"photo-2"
    assert not shop.backups.can_undo()
    with pytest.raises(backup_restore.NothingToUndo):
        shop.backups.undo_restore(shop.actor)


def test_wrong_passphrase_and_tampering_replace_nothing(shop: Services) -> None:
    shop.catalog.create(shop.actor, ProductDraft(name="Kopi", price=15_000))
    info = backup_auto.make_backup(shop.paths, passphrase="benar")
    shop.catalog.create(shop.actor, ProductDraft(name="Teh", price=5_000))
    before = shop.paths.db_file.stat().st_ino  # a restore renames a new file into place
    with pytest.raises(backup_crypto.WrongPassphrase):
        shop.backups.restore(shop.actor, info.path, "salah")
    with pytest.raises(backup_crypto.NeedsPassphrase):
        shop.backups.restore(shop.actor, info.path)
    data = bytearray(info.path.read_bytes())
    data[-5] ^= 1
    tampered = info.path.with_name("manual-20260101-000000.sqlite3.mdenc")
    tampered.write_bytes(bytes(data))
    with pytest.raises(backup_crypto.WrongPassphrase):
        shop.backups.restore(shop.actor, tampered, "benar")
    assert shop.paths.db_file.stat().st_ino == before
    assert _names(shop) == {"Kopi", "Teh"}
    assert not shop.backups.can_undo()


def test_auto_backup_once_a_day_and_audited(shop: Services) -> None:
    first = shop.backups.auto_backup_if_due(now=T0)
    assert first is not None and first.automatic and first.full
    assert shop.backups.auto_backup_if_due(now=T0 + timedelta(hours=5)) is None
    assert shop.backups.auto_backup_if_due(now=T0 + timedelta(days=1)) is not None
    assert len(shop.audit.recent(action="backup_made")) == 2
    conn = sqlite3.connect(shop.paths.db_file)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_encrypted_auto_backup_uses_the_keyring_passphrase(shop: Services) -> None:
    shop.backups.save_settings(shop.actor, BackupSettings(encrypt=True, full=False), passphrase="kunci")
    info = shop.backups.auto_backup_if_due(now=T0)
    assert info is not None and info.encrypted
    assert b"kunci" not in shop.paths.db_file.read_bytes()
    assert shop.audit.recent(action="credentials_changed")


def test_unwritable_folder_gives_a_clear_error_and_no_file(shop: Services, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")  # root ignores chmod; a path under a regular file fails for everyone
    with pytest.raises(BackupError) as info:
        backup_auto.make_backup(shop.paths, blocker / "backups")
    assert "could not be written" in str(info.value)
    assert blocker.read_text() == "x"


def test_staff_may_not_restore_or_back_up(shop: Services) -> None:
    clerk = Actor.of(shop.staff.add(shop.actor, "Budi", "2468"))
    info = backup_auto.make_backup(shop.paths)
    with pytest.raises(PermissionDenied):
        shop.backups.restore(clerk, info.path)
    with pytest.raises(PermissionDenied):
        shop.backups.back_up_now(clerk)


def test_restoring_a_backup_from_an_older_version_upgrades_it_in_place(shop: Services, tmp_path: Path) -> None:
    from alembic import command

    from merchant_desk.db import migrate
    from merchant_desk.db.engine import Database
    from merchant_desk.services import backup_service

    made = backup_service.backup(shop.paths.db_file, tmp_path / "older.sqlite3")
    older = Database(f"sqlite:///{made.path}")
    cfg = migrate.alembic_config()
    with older.write_engine.connect() as conn, conn.begin():  # as an earlier Merchant Desk saved it
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004_automation")
    assert migrate.current_revision(older) == "0004_automation"
    older.dispose()

    shop.backups.restore(shop.actor, made.path)
    assert migrate.current_revision(shop.db) == migrate.head_revision()  # the open window goes on with it
    assert shop.audit.recent(action="backup_restored")
    shop.backups.undo_restore(shop.actor)
    assert migrate.current_revision(shop.db) == migrate.head_revision()
