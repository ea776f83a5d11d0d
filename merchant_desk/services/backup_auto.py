"""Backup files in a folder: made (plain, full with photos, or passphrase-protected), listed, pruned
(7 daily + 4 weekly automatic ones), restored after verification, and one restore undone."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from merchant_desk.config import Paths
from merchant_desk.core.errors import BackupError, tr_noop
from merchant_desk.services import backup_crypto, backup_service

DB_NAME = "shop.sqlite3"
PHOTOS = "photos"
_NAME = re.compile(r"^(auto|manual)-(\d{8}-\d{6})(?:-(\d+))?(-full)?\.(sqlite3|zip)(\.mdenc)?$")
KEEP_DAILY, KEEP_WEEKLY = 7, 4


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # UTC, from the file's name
    size: int
    automatic: bool
    full: bool
    encrypted: bool


def parse(path: Path) -> BackupInfo | None:
    """What a backup file's name says about it; None for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    made = datetime.strptime(match[2], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    size = path.stat().st_size if path.exists() else 0
    return BackupInfo(path, made, size, match[1] == "auto", match[5] == "zip", match[6] is not None)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first (half-written ``.part`` files are never listed)."""
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if (info := parse(p)) is not None]
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def backup_due(folder: Path, now: datetime, every: timedelta = timedelta(days=1)) -> bool:
    """True when no backup (automatic or not) was made within ``every``."""
    newest = list_backups(folder)
    return not newest or now - newest[0].made_at >= every


def _target(folder: Path, now: datetime, automatic: bool, full: bool, encrypted: bool) -> Path:
    stem = f"{'auto' if automatic else 'manual'}-{now:%Y%m%d-%H%M%S}"
    suffix = f"{'-full' if full else ''}.{'zip' if full else 'sqlite3'}{'.mdenc' if encrypted else ''}"
    path, serial = folder / f"{stem}{suffix}", 1
    while path.exists():
        serial += 1
        path = folder / f"{stem}-{serial}{suffix}"
    return path


def make_backup(
    paths: Paths,
    folder: Path | None = None,
    *,
    passphrase: str | None = None,
    full: bool = False,
    automatic: bool = False,
    now: datetime | None = None,
) -> BackupInfo:
    """A consistent backup (SQLite online backup), zipped with the photos when ``full``, encrypted when a
    passphrase is given. Built in a temporary folder beside the target and renamed into place at the end.

    Raises:
        BackupError: the folder cannot be written or is full; nothing half-written is left.
    """
    folder = Path(folder or paths.backup_dir).expanduser()
    now = now or datetime.now(UTC)
    out = _target(folder, now, automatic, full, bool(passphrase))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _sweep(folder)
        with tempfile.TemporaryDirectory(prefix=".backup-", dir=folder, ignore_cleanup_errors=True) as work:
            payload = backup_service.backup(paths.db_file, Path(work) / DB_NAME).path
            if full:
                payload = _zip_with_photos(payload, paths.photo_dir, Path(work) / "full.zip")
            if passphrase:
                sealed = Path(work) / "sealed"
                backup_crypto.encrypt_file(payload, sealed, passphrase)
                payload = sealed
            with payload.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(payload, out)
    except BackupError as exc:  # from the database copy: name the folder the merchant chose, not a temp file
        raise BackupError(tr_noop("The backup could not be written to {path}: {reason}"), path=folder,
                          reason=exc.params.get("reason", exc)) from exc  # fmt: skip
    except OSError as exc:
        raise BackupError(tr_noop("The backup could not be written to {path}: {reason}"), path=folder,
                          reason=exc.strerror or exc) from exc  # fmt: skip
    info = parse(out)
    assert info is not None
    return info


def _sweep(folder: Path, older_than: timedelta = timedelta(hours=1)) -> None:
    """Removes work folders of backups killed mid-way (a crash skips their clean-up); recent ones may be live."""
    limit = time.time() - older_than.total_seconds()
    for stale in folder.glob(".backup-*"):
        with contextlib.suppress(OSError):
            if stale.is_dir() and stale.stat().st_mtime < limit:
                shutil.rmtree(stale)


def _zip_with_photos(db_copy: Path, photo_dir: Path, out: Path) -> Path:
    # Stored, not deflated: photos are JPEGs already, and deflating the database would triple the time.
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        archive.write(db_copy, DB_NAME)
        if photo_dir.is_dir():
            for file in sorted(photo_dir.rglob("*")):
                if file.is_file():
                    archive.write(file, f"{PHOTOS}/{file.relative_to(photo_dir).as_posix()}")
    return out


def prune(folder: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Deletes automatic backups beyond the newest of each of the last 7 days and of the last 4 weeks.

    Backups made by hand are never deleted.
    """
    autos = [b for b in list_backups(folder) if b.automatic]
    keep: set[Path] = set()
    for key, limit in ((lambda b: b.made_at.date(), keep_daily), (lambda b: b.made_at.isocalendar()[:2], keep_weekly)):
        seen: list[object] = []
        for info in autos:  # newest first: the first of each day/week is the one kept
            period = key(info)
            if period not in seen:
                seen.append(period)
                if len(seen) <= limit:
                    keep.add(info.path)
    removed = []
    for info in autos:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed
