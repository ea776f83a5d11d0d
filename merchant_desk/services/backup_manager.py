"""Backups as the app uses them: settings, "Back up now", the automatic start-up backup, restore and undo,
each written to the audit log with who did it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from merchant_desk.config import Paths
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.core.permissions import CHANGE_SETTINGS
from merchant_desk.db.engine import Database
from merchant_desk.services import backup_auto, backup_restore
from merchant_desk.services.access import ensure_allowed
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.secrets import SecretStore
from merchant_desk.services.shop_service import ShopService

log = logging.getLogger(__name__)
PASSPHRASE = "backup_passphrase"  # the SecretStore entry; never in the database
EVERYTHING = Changes(shop=True, catalog=True, inbox=True, labels=True, replies=True, loyalty=True, orders=True,
                     staff=True, audit=True)  # fmt: skip


@dataclass(frozen=True)
class BackupSettings:
    automatic: bool = True
    folder: Path | None = None  # None: the data folder's backups/
    full: bool = True  # with photos
    encrypt: bool = False  # with the passphrase kept in the keyring


class BackupManager:
    def __init__(self, paths: Paths, db: Database, shop: ShopService, secrets: SecretStore) -> None:
        self._paths, self._db, self._shop, self._secrets = paths, db, shop, secrets

    def settings(self) -> BackupSettings:
        raw = self._shop.setting("backup", {}) or {}
        folder = raw.get("folder")
        return BackupSettings(bool(raw.get("automatic", True)), Path(folder) if folder else None,
                              bool(raw.get("full", True)), bool(raw.get("encrypt", False)))  # fmt: skip

    def folder(self) -> Path:
        return self.settings().folder or self._paths.backup_dir

    def save_settings(self, actor: Actor, settings: BackupSettings, passphrase: str | None = None) -> Changes:
        """Saves the options; a new passphrase goes to the keyring (SecretStoreUnavailable when none works)."""
        ensure_allowed(self._db, actor, CHANGE_SETTINGS)
        if passphrase:
            self._secrets.set(PASSPHRASE, passphrase)
            with self._db.write() as session:
                record(session, actor, "credentials_changed", PASSPHRASE)
        value = {"automatic": settings.automatic, "folder": str(settings.folder) if settings.folder else None,
                 "full": settings.full, "encrypt": settings.encrypt}  # fmt: skip
        return self._shop.set_setting(actor, "backup", value)

    def _passphrase(self) -> str | None:
        return self._secrets.get(PASSPHRASE)

    def list(self) -> list[backup_auto.BackupInfo]:
        return backup_auto.list_backups(self.folder())

    def back_up_now(self, actor: Actor, passphrase: str | None = None) -> backup_auto.BackupInfo:
        """A backup as the settings say (or with the passphrase given).

        Raises:
            BackupError: the folder cannot be written; SecretStoreUnavailable: encryption is on but no keyring.
        """
        ensure_allowed(self._db, actor, CHANGE_SETTINGS)
        settings = self.settings()
        secret = passphrase or (self._passphrase() if settings.encrypt else None)
        info = backup_auto.make_backup(self._paths, self.folder(), passphrase=secret, full=settings.full)
        self._audit(actor, "backup_made", info)
        return info

    def auto_backup_if_due(self, now: datetime | None = None) -> backup_auto.BackupInfo | None:
        """At start-up: a backup when the newest is a day old, then the old automatic ones are pruned."""
        settings, now = self.settings(), now or datetime.now(UTC)
        if not settings.automatic or not backup_auto.backup_due(self.folder(), now):
            return None
        secret = None
        if settings.encrypt:
            try:
                secret = self._passphrase()
            except UserError as exc:
                log.warning("Automatic backup skipped: the passphrase is not available (%s)", exc)
                return None
            if not secret:
                log.warning("Automatic backup skipped: encryption is on but no passphrase is stored")
                return None
        info = backup_auto.make_backup(self._paths, self.folder(), passphrase=secret, full=settings.full,
                                       automatic=True, now=now)  # fmt: skip
        removed = backup_auto.prune(self.folder())
        self._audit(Actor.system(), "backup_made", info, automatic=True, pruned=len(removed))
        return info

    def restore(self, actor: Actor, source: Path, passphrase: str | None = None) -> backup_restore.RestoreInfo:
        """Verifies and swaps in a backup; the entry is written into the restored database."""
        ensure_allowed(self._db, actor, CHANGE_SETTINGS)
        self._db.dispose()
        result = backup_restore.restore_backup(self._paths, source, passphrase)
        self._upgrade()
        with self._db.write() as session:
            # By name only: the restored database may not hold this profile's id (a foreign key).
            record(session, Actor(None, actor.name), "backup_restored", source.name, kept=str(result.previous_database))
        return result

    def can_undo(self) -> bool:
        return backup_restore.can_undo(self._paths)

    def undo_restore(self, actor: Actor) -> backup_restore.RestoreInfo:
        ensure_allowed(self._db, actor, CHANGE_SETTINGS)
        self._db.dispose()
        result = backup_restore.undo_last_restore(self._paths)
        self._upgrade()
        with self._db.write() as session:
            record(session, Actor(None, actor.name), "restore_undone", result.restored_from.name)
        return result

    def _upgrade(self) -> None:
        """Brings a database swapped in from an older backup to this version's schema, as start-up would: the
        running window goes on with it, so it cannot wait for the next start."""
        from merchant_desk.db import migrate  # Alembic costs ~0.3 s: only when a restore needs it

        self._db.dispose()
        migrate.upgrade(self._db, aside_dir=self._paths.migration_dir)

    def _audit(self, actor: Actor, action: str, info: backup_auto.BackupInfo, **extra: object) -> None:
        with self._db.write() as session:
            record(session, actor, action, info.path.name, bytes=info.size, full=info.full,
                   encrypted=info.encrypted, **extra)  # fmt: skip
