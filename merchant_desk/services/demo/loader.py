"""Batched Core inserts for the demo: rows are buffered per table and sent with executemany."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, DateTime, Dialect, Table, insert, text

from merchant_desk.db.models import Base

Row = dict[str, Any]
BATCH = 10_000


class Loader:
    """Inserts rows in batches on one connection (one transaction) and counts them per table.

    Each batch is one executemany of the Core ``insert(table)`` for the batch's columns: no ORM objects and no
    RETURNING, because the demo assigns primary keys itself (the tables are known to be empty). On SQLite the
    statement is compiled once per table and the rows go to the driver as tuples: SQLAlchemy's per-row
    parameter processing (about 3 µs a row, DateTime to text included) was a fifth of the large demo's time.
    """

    def __init__(self, conn: Connection, progress: Callable[[str], None] | None = None) -> None:
        self.conn = conn
        self._sqlite = conn.dialect.name == "sqlite"
        self.counts: dict[str, int] = {}
        self._buffers: dict[str, list[Row]] = {}
        self._progress = progress
        self._last_report = 0.0

    def table(self, name: str) -> Table:
        return Base.metadata.tables[name]

    def buffer(self, name: str) -> list[Row]:
        """The live buffer of a table, for hot loops that append rows themselves."""
        return self._buffers.setdefault(name, [])

    def add(self, name: str, row: Row) -> None:
        """Buffers a row; nothing is sent until a flush, so callers control the foreign-key order."""
        self._buffers.setdefault(name, []).append(row)

    def extend(self, name: str, rows: Iterable[Row]) -> None:
        self._buffers.setdefault(name, []).extend(rows)

    def maybe_flush(self, *names: str) -> None:
        """Flushes ``names`` in the order given (parents first) once any of their buffers is full."""
        if any(len(self._buffers.get(name, ())) >= BATCH for name in names):
            self.flush(*names)

    def flush(self, *names: str) -> None:
        """Sends the buffered rows of ``names`` (all tables when none are given), in the order given."""
        for name in names or tuple(self._buffers):
            rows = self._buffers.get(name)
            if rows:
                if self._sqlite:
                    sql, order, defaults = _compiled(self.table(name), tuple(rows[0]), self.conn.dialect)
                    _fill_defaults(rows, defaults)
                    _stringify_times(self.table(name), rows)
                    self.conn.exec_driver_sql(sql, list(map(itemgetter(*order), rows)))
                else:
                    self.conn.execute(insert(self.table(name)), rows)
                self.counts[name] = self.counts.get(name, 0) + len(rows)
                rows.clear()  # the same list object: hot loops keep appending to it

    def next_id(self, name: str) -> int:
        """The first free primary key of a table (set-up already wrote labels, staff and the audit log)."""
        # Plain SQL: compiling a select per table cost more than the small demo's whole catalog insert.
        return (self.conn.exec_driver_sql(f"SELECT max(id) FROM {self.table(name).name}").scalar() or 0) + 1

    def report(self, message: str, *, force: bool = False) -> None:
        # Progress lines are for people: at most one every half second.
        now = time.perf_counter()
        if self._progress and (force or now - self._last_report >= 0.5):
            self._last_report = now
            self._progress(message)

    def fix_sequences(self, names: Iterable[str]) -> None:
        """PostgreSQL: explicit ids leave serial sequences behind; move them past the loaded rows."""
        if self.conn.dialect.name != "postgresql":
            return
        for name in names:
            self.conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"
                )
            )


@cache
def _compiled(
    real: Table, keys: tuple[str, ...], dialect: Dialect
) -> tuple[str, tuple[str, ...], tuple[tuple[str, Any], ...]]:
    """The positional SQL of ``insert(real)`` for these columns, its parameter order, and the Python-side
    defaults of columns the rows leave out (SQLAlchemy would fill them; a driver-level executemany cannot).
    """
    compiled = insert(real).compile(dialect=dialect, column_keys=list(keys))
    order = tuple(compiled.positiontup or ())
    defaults = []
    for name in order:
        if name not in keys:
            default = real.c[name].default
            if default is None or not (default.is_scalar or default.is_callable):
                raise ValueError(f"{real.name}.{name} needs a value the demo does not give")
            defaults.append((name, default))
    if len(order) < 2:  # itemgetter of one key would not give a tuple
        raise ValueError(f"unexpected parameters for {real.name}: {order}")
    return str(compiled), order, tuple(defaults)


def _fill_defaults(rows: list[Row], defaults: tuple[tuple[str, Any], ...]) -> None:
    for name, default in defaults:
        value = default.arg if default.is_scalar else default.arg(None)  # callables take an execution context
        for row in rows:
            row.setdefault(name, value)


@cache
def _time_columns(real: Table) -> tuple[str, ...]:
    return tuple(c.name for c in real.columns if isinstance(c.type, DateTime))


def _stringify_times(real: Table, rows: list[Row]) -> None:
    """Datetimes as SQLAlchemy's SQLite dialect stores them: ``2026-11-22 09:30:00.000000``."""
    names = _time_columns(real)
    for row in rows:
        for name in names:
            value = row.get(name)
            if isinstance(value, datetime):
                row[name] = value.isoformat(" ", "microseconds")


def total_rows(counts: Mapping[str, int]) -> int:
    return sum(counts.values())
