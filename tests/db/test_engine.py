"""SQLite connections: pragmas in force, and write sessions that take the write lock at BEGIN."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from merchant_desk.config import Paths
from merchant_desk.db.engine import BUSY_TIMEOUT_MS, Database
from merchant_desk.db.models import Setting
from merchant_desk.services.hub import Services


@pytest.mark.parametrize("engine_name", ["engine", "write_engine"])
def test_pragmas_are_in_force(services: Services, engine_name: str) -> None:
    engine = getattr(services.db, engine_name)
    with engine.connect() as conn:
        pragmas = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in ("foreign_keys", "journal_mode")}
        pragmas |= {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in ("busy_timeout", "synchronous")}
    assert pragmas == {"foreign_keys": 1, "journal_mode": "wal", "busy_timeout": BUSY_TIMEOUT_MS, "synchronous": 1}


def test_sessions_see_pragmas_too(services: Services) -> None:
    with services.db.write() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with services.db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def _other_writer(db_file: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db_file, isolation_level=None, timeout=0)
    conn.execute("PRAGMA busy_timeout=0")
    return conn


def test_write_session_begins_immediate(services: Services, paths: Paths) -> None:
    """While a write session is open (even if it has only read so far), nobody else can start writing."""
    inside, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def hold_write() -> None:
        try:
            with services.db.write() as session:
                session.execute(select(Setting)).all()  # only a read: a DEFERRED begin would take no lock
                inside.set()
                release.wait(10)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
            inside.set()

    worker = threading.Thread(target=hold_write)
    worker.start()
    try:
        assert inside.wait(10)
        other = _other_writer(paths.db_file)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN")  # readers are never blocked under WAL
        assert other.execute("SELECT count(*) FROM setting").fetchone() == (0,)
        other.execute("ROLLBACK")
        other.close()
    finally:
        release.set()
        worker.join(10)
    assert not errors


def test_read_session_takes_no_write_lock(services: Services, paths: Paths) -> None:
    with services.db.read() as session:
        session.execute(select(Setting)).all()
        other = _other_writer(paths.db_file)
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO setting(key, value) VALUES ('a', '1')")
        other.execute("COMMIT")
        assert other.execute("SELECT count(*) FROM setting").fetchone() == (1,)
        other.close()


def test_write_session_commits_or_rolls_back(services: Services) -> None:
    with services.db.write() as session:
        session.add(Setting(key="kept", value="1"))
    with pytest.raises(RuntimeError), services.db.write() as session:
        session.add(Setting(key="dropped", value="1"))
        session.flush()
        raise RuntimeError("boom")
    with services.db.read() as session:
        assert session.scalars(select(Setting.key)).all() == ["kept"]


def test_foreign_keys_are_enforced(services: Services) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), services.db.write() as session:
        session.execute(
            text(
                "INSERT INTO messages(conversation_id, direction, body, sent_at) "
                "VALUES (999, 'in', 'orphan', '2026-01-01')"
            )
        )


def test_database_is_sqlite(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert db.is_sqlite
    db.dispose()
