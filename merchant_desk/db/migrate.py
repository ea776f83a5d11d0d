"""Schema upgrades at start-up: copy the file aside, then run Alembic to head."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from merchant_desk.core.errors import SchemaTooNew, StorageError
from merchant_desk.db.engine import Database

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The head revision according to the migration scripts."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def copy_aside(db_file: Path, dest_dir: Path, tag: str) -> Path:
    """A consistent copy of the database (SQLite online backup) kept before risky changes."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    dest = dest_dir / f"{db_file.stem}-{tag}-{stamp}.sqlite3"
    # Two copies in the same second (a restore, then another) must not overwrite the first one kept.
    serial = 1
    while dest.exists():
        serial += 1
        dest = dest_dir / f"{db_file.stem}-{tag}-{stamp}-{serial}.sqlite3"
    src = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except BaseException:
        dest.unlink(missing_ok=True)  # no empty or half copy that looks like a kept database
        raise
    finally:
        src.close()
    return dest


def upgrade(db: Database, *, aside_dir: Path | None = None, target: str = "head") -> bool:
    """Brings the schema to ``target``; returns True when anything ran.

    Raises:
        SchemaTooNew: the database was written by a newer Merchant Desk.
        StorageError: the copy kept before upgrading could not be written (the upgrade does not run).
    """
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(db)
    if current is not None and not _known(script, current):
        raise SchemaTooNew(found=current)
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return False
    if current is not None and db.is_sqlite and aside_dir is not None:
        db_file = Path(db.engine.url.database or "")
        try:
            kept = copy_aside(db_file, aside_dir, f"before-{script.get_current_head()}")
        except (OSError, sqlite3.Error) as exc:  # no safety copy, no upgrade
            raise StorageError(reason=f"{aside_dir}: {exc}") from exc
        log.info("Copied the database to %s before upgrading from %s", kept, current)
    cfg = alembic_config()
    # IMMEDIATE: a second process opening the same old shop waits here, then finds nothing left to do, instead
    # of failing with "database is locked" when its stale read snapshot tries to write (DESIGN.md §8.6).
    with db.write_engine.connect() as conn:
        if db.is_sqlite:
            # Batch mode recreates a table by DROP + RENAME; with foreign keys on, dropping a parent table
            # cascades to (or is refused by) its children. The pragma only works outside a transaction, and
            # NullPool closes this connection afterwards, so no later session runs without foreign keys.
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            if db.is_sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"Migration to {target} broke foreign keys: {broken[:5]}")
    return True


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:  # alembic raises for an id no script has, rather than returning None
        return False
