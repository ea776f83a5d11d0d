"""SQL that the ORM does not model: FTS5 indexes kept in sync by triggers, and append-only guards.

Kept in one module because Alembic batch mode on SQLite drops triggers when it recreates a table
(DESIGN.md §8.7): every migration that touches these tables calls :func:`install` again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FtsIndex:
    table: str
    columns: tuple[str, ...]
    # Prefix lengths indexed for search-as-you-type. Products index one-letter prefixes too: without them a
    # first keystroke ("k") merges every term of 100,000 products (~20 ms vs ~2 ms measured).
    prefix: str = "2 3"

    @property
    def fts(self) -> str:
        return f"{self.table}_fts"

    def create(self) -> list[str]:
        cols = ", ".join(self.columns)
        return [
            # remove_diacritics folds accents; prefix indexes make search-as-you-type cheap.
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.fts} USING fts5({cols}, content='{self.table}', "
            f"content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='{self.prefix}')",
            *self.create_triggers(),
        ]

    def create_triggers(self) -> list[str]:
        cols = ", ".join(self.columns)
        new = ", ".join(f"new.{c}" for c in self.columns)
        old = ", ".join(f"old.{c}" for c in self.columns)
        return [
            f"CREATE TRIGGER IF NOT EXISTS {self.fts}_ai AFTER INSERT ON {self.table} BEGIN "
            f"INSERT INTO {self.fts}(rowid, {cols}) VALUES (new.id, {new}); END",
            f"CREATE TRIGGER IF NOT EXISTS {self.fts}_ad AFTER DELETE ON {self.table} BEGIN "
            f"INSERT INTO {self.fts}({self.fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
            f"CREATE TRIGGER IF NOT EXISTS {self.fts}_au AFTER UPDATE OF {cols} ON {self.table} BEGIN "
            f"INSERT INTO {self.fts}({self.fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {self.fts}(rowid, {cols}) VALUES (new.id, {new}); END",
        ]

    def trigger_names(self) -> list[str]:
        return [f"{self.fts}_ai", f"{self.fts}_ad", f"{self.fts}_au"]


FTS_INDEXES = (
    FtsIndex("products", ("name", "sku", "brand", "description"), prefix="1 2 3"),
    FtsIndex("messages", ("body",)),
)

APPEND_ONLY = ("audit_log", "loyalty_ledger")


def _sqlite_guards(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table} BEGIN "
        f"SELECT RAISE(ABORT, '{table} is append-only'); END",
        f"CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table} BEGIN "
        f"SELECT RAISE(ABORT, '{table} is append-only'); END",
    ]


def _postgres_guards(table: str) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION md_refuse_change()",
    ]


def install(conn: Connection) -> None:
    """Creates the FTS indexes and append-only triggers if missing (idempotent)."""
    if conn.dialect.name == "sqlite":
        for index in FTS_INDEXES:
            for sql in index.create():
                conn.exec_driver_sql(sql)
        for table in APPEND_ONLY:
            for sql in _sqlite_guards(table):
                conn.exec_driver_sql(sql)
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION md_refuse_change() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$ LANGUAGE plpgsql"
        )
        for table in APPEND_ONLY:
            for sql in _postgres_guards(table):
                conn.exec_driver_sql(sql)


@contextmanager
def fts_suspended(conn: Connection, *tables: str) -> Iterator[None]:
    """Drops the FTS sync triggers of ``tables`` during a bulk load, then rebuilds the index once.

    Inserting with the triggers live is 3–5× slower than a single 'rebuild' afterwards (DESIGN.md §8.5).
    Runs inside the caller's transaction, so a failed load leaves triggers and index as they were.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    chosen = [i for i in FTS_INDEXES if i.table in tables]
    for index in chosen:
        for name in index.trigger_names():
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    except BaseException:
        # A rollback restores the triggers by itself, but a caller that catches the error and commits would
        # keep the rows loaded so far with no triggers and a stale index for good: put both back first.
        try:
            _resume(conn, chosen)
        except Exception:  # the transaction is already gone; the rollback restores the triggers
            log.warning("Could not restore FTS triggers after a failed bulk load", exc_info=True)
        raise
    _resume(conn, chosen)


def _resume(conn: Connection, indexes: list[FtsIndex]) -> None:
    for index in indexes:
        conn.exec_driver_sql(f"INSERT INTO {index.fts}({index.fts}) VALUES ('rebuild')")
        for sql in index.create_triggers():
            conn.exec_driver_sql(sql)


def is_fts_table(name: str | None) -> bool:
    """True for an FTS index or one of its shadow tables: they live outside the ORM's metadata."""
    return name is not None and any(name == i.fts or name.startswith(f"{i.fts}_") for i in FTS_INDEXES)
