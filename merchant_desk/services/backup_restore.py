"""Restoring a backup file (plain, full or passphrase-protected) after verifying it, and undoing that once."""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from merchant_desk.config import Paths
from merchant_desk.core.errors import RestoreRefused, UserError, tr_noop
from merchant_desk.services import backup_crypto, backup_service
from merchant_desk.services.backup_auto import DB_NAME, PHOTOS

UNDO_RECORD = "last-restore.json"


class NothingToUndo(UserError):
    message = tr_noop("There is no restore to undo.")


@dataclass(frozen=True)
class RestoreInfo:
    restored_from: Path
    previous_database: Path | None
    previous_photos: Path | None


def _undo_file(paths: Paths) -> Path:
    return paths.migration_dir / UNDO_RECORD


def can_undo(paths: Paths) -> bool:
    return _undo_file(paths).is_file()


def _unpack(source: Path, work: Path, passphrase: str | None) -> tuple[Path, Path | None]:
    """The database to restore (and a photos folder for a full backup), decrypted and unzipped into ``work``."""
    payload = source
    if backup_crypto.is_encrypted(source):
        if not passphrase:
            raise backup_crypto.NeedsPassphrase(name=source.name)
        payload = work / "payload"
        backup_crypto.decrypt_file(source, payload, passphrase)
    if not zipfile.is_zipfile(payload):
        return payload, None
    with zipfile.ZipFile(payload) as archive:
        names = archive.namelist()
        if DB_NAME not in names:
            raise RestoreRefused(tr_noop("'{name}' is not a Merchant Desk backup."), name=source.name)
        photos = work / PHOTOS
        photos.mkdir()
        for name in names:
            parts = PurePosixPath(name).parts
            # Only photos/<file>: an entry like ../../x or /etc/x must not be written outside the folder.
            if name == DB_NAME or not parts or parts[0] != PHOTOS or ".." in parts or name.startswith("/"):
                continue
            target = work.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(name) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
        archive.extract(DB_NAME, work)
    return work / DB_NAME, photos


def restore_backup(paths: Paths, source: Path, passphrase: str | None = None) -> RestoreInfo:
    """Decrypts, unzips and checks ``source`` (integrity, known schema) before replacing anything; the current
    database (and photos, for a full backup) are kept aside and can be brought back by ``undo_last_restore``.

    The caller closes its connections to the shop first.

    Raises:
        RestoreRefused: missing, wrong passphrase, damaged, not Merchant Desk, or newer — nothing replaced.
    """
    if not source.is_file():
        raise RestoreRefused(tr_noop("'{name}' does not exist."), name=source.name)
    paths.migration_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=paths.data_dir, ignore_cleanup_errors=True) as tmp:
        candidate, photos = _unpack(source, Path(tmp), passphrase)
        kept_db = backup_service.restore(paths.db_file, candidate, paths.migration_dir)
        kept_photos = _swap_photos(paths, photos, "before-restore") if photos is not None else None
    record = {"database": str(kept_db) if kept_db else None, "photos": str(kept_photos) if kept_photos else None,
              "restored_from": str(source), "at": datetime.now(UTC).isoformat()}  # fmt: skip
    if kept_db is not None:
        _undo_file(paths).write_text(json.dumps(record), encoding="utf-8")
    return RestoreInfo(source, kept_db, kept_photos)


def _swap_photos(paths: Paths, new: Path, tag: str) -> Path | None:
    kept = None
    if paths.photo_dir.exists():
        kept = paths.migration_dir / f"photos-{tag}-{datetime.now(UTC):%Y%m%d-%H%M%S-%f}"
        shutil.move(paths.photo_dir, kept)
    shutil.move(new, paths.photo_dir)
    return kept


def undo_last_restore(paths: Paths) -> RestoreInfo:
    """Puts back what the last restore replaced (once); the database being undone is itself kept aside.

    Raises:
        NothingToUndo: no restore was made, or it was undone already.
    """
    record_file = _undo_file(paths)
    if not record_file.is_file():
        raise NothingToUndo()
    record = json.loads(record_file.read_text(encoding="utf-8"))
    previous = Path(record["database"])
    kept_db = backup_service.restore(paths.db_file, previous, paths.migration_dir)
    kept_photos = None
    if record.get("photos") and Path(record["photos"]).is_dir():
        with tempfile.TemporaryDirectory(prefix=".undo-", dir=paths.data_dir, ignore_cleanup_errors=True) as tmp:
            staged = Path(tmp) / PHOTOS
            shutil.move(record["photos"], staged)
            kept_photos = _swap_photos(paths, staged, "undone")
    record_file.unlink()
    return RestoreInfo(previous, kept_db, kept_photos)
