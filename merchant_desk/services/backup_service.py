"""Integrity check, consistent backups while the app runs, and restores that refuse bad files."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from merchant_desk.core.errors import BackupError, RestoreRefused, SchemaTooNew, StorageError, tr_noop
from merchant_desk.db.migrate import copy_aside
from merchant_desk.db.schema_version import KNOWN_REVISIONS, SCHEMA_HEAD

log = logging.getLogger(__name__)
SQLITE_MAGIC = b"SQLite format 3\x00"


class NotSqlite(RestoreRefused):
    message = tr_noop("'{name}' is not a Merchant Desk backup (not an SQLite database).")


class DamagedBackup(RestoreRefused):
    message = tr_noop("'{name}' is damaged and cannot be restored: {detail}")


class UnknownSchema(RestoreRefused):
    message = tr_noop("'{name}' is not a Merchant Desk database, or it comes from a newer version ({found}).")


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    schema: str | None
    expected_schema: str
    problems: tuple[str, ...]
    row_counts: dict[str, int]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)


def inspect(path: Path) -> CheckReport:
    """Integrity check, schema revision and row counts of a SQLite file (never modifies it)."""
    problems: list[str] = []
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise NotSqlite(name=path.name)
    conn = _connect_ro(path)
    try:
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:
            raise DamagedBackup(name=path.name, detail=str(exc)) from exc
        if result != ["ok"]:
            problems.extend(result[:20])
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        schema = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = row[0] if row else None
        counts = {}
        for table in sorted(t for t in tables if not t.startswith("sqlite_") and "_fts" not in t):
            try:
                counts[table] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            except sqlite3.DatabaseError as exc:
                problems.append(f"{table}: {exc}")
    except sqlite3.DatabaseError as exc:
        raise DamagedBackup(name=path.name, detail=str(exc)) from exc
    finally:
        conn.close()
    if schema != SCHEMA_HEAD:
        problems.append(f"schema {schema} (expected {SCHEMA_HEAD})")
    return CheckReport(not problems, schema, SCHEMA_HEAD, tuple(problems), counts)


def backup(db_file: Path, out: Path) -> BackupResult:
    """A consistent copy through SQLite's online backup API, safe while another process writes.

    Written to a temporary name and renamed, so a full disk never leaves a half backup under the real name.
    """
    out = out.expanduser()
    if out.is_dir():
        out = out / f"{db_file.stem}-backup.sqlite3"
    if not db_file.is_file():
        raise BackupError(tr_noop("There is no shop to back up at {path}."), path=db_file)
    if out.resolve() == db_file.resolve():
        raise BackupError(tr_noop("A backup cannot replace the shop's own database ({path})."), path=out)
    tmp = out.with_name(out.name + ".part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(db_file, timeout=30)
        try:
            dst = sqlite3.connect(tmp)
            try:
                # The .part file is thrown away on any failure, so it needs neither a journal nor a sync per
                # page (halves the time: 0.7 s instead of 1.6 s for 386 MB); one fsync below makes it durable.
                dst.execute("PRAGMA journal_mode=OFF")
                dst.execute("PRAGMA synchronous=OFF")
                # One step: a stepped backup restarts whenever another process writes between steps, so a
                # busy shop would never finish. Under WAL the one read transaction does not block writers.
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with open(tmp, "rb+") as handle:  # on disk before the rename: a power cut never leaves an empty backup
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except (OSError, sqlite3.Error) as exc:
        _discard(tmp)
        raise BackupError(tr_noop("The backup could not be written to {path}: {reason}"), path=out, reason=exc) from exc
    return BackupResult(out, out.stat().st_size)


def restore(db_file: Path, candidate: Path, aside_dir: Path) -> Path | None:
    """Verifies ``candidate`` and swaps it in; returns where the previous database was kept.

    Raises:
        RestoreRefused: not SQLite, damaged, or an unknown/newer schema — the current database untouched.
    """
    if not candidate.is_file():
        raise RestoreRefused(tr_noop("'{name}' does not exist."), name=candidate.name)
    report = inspect(candidate)
    if report.schema not in KNOWN_REVISIONS:
        if report.schema is not None and report.schema > SCHEMA_HEAD:
            raise SchemaTooNew(found=report.schema)
        raise UnknownSchema(name=candidate.name, found=report.schema or "-")
    integrity = [p for p in report.problems if not p.startswith("schema ")]
    if integrity:
        raise DamagedBackup(name=candidate.name, detail="; ".join(integrity[:3]))
    kept = None
    staging = db_file.with_name(db_file.name + ".restoring")
    try:
        if db_file.exists():
            kept = _keep_previous(db_file, aside_dir)
        # Through SQLite rather than a file copy: a candidate in WAL mode may hold committed rows in its -wal
        # file, which the check above saw and a byte copy of the main file would lose.
        _copy_database(candidate, staging)
        for suffix in ("-wal", "-shm"):
            Path(str(db_file) + suffix).unlink(missing_ok=True)
        os.replace(staging, db_file)
    except (OSError, sqlite3.Error) as exc:
        _discard(staging)
        raise StorageError(reason=str(exc)) from exc
    log.info("Restored %s (previous database kept at %s)", candidate, kept)
    return kept


def _copy_database(source: Path, dest: Path) -> None:
    dest.unlink(missing_ok=True)
    src = _connect_ro(source)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _discard(path: Path) -> None:
    """Removes a half-written file; its folder may not even exist (the very error being reported)."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _keep_previous(db_file: Path, aside_dir: Path) -> Path:
    """A copy of the database being replaced; a damaged one (the usual reason to restore) is copied as bytes."""
    try:
        return copy_aside(db_file, aside_dir, "before-restore")
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError:
        dest = aside_dir / f"{db_file.stem}-damaged-before-restore-{datetime.now(UTC):%Y%m%d-%H%M%S-%f}.sqlite3"
        shutil.copyfile(db_file, dest)
        return dest
