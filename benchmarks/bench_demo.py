"""demo_insert: the demo generator's load rate against raw sqlite3 executemany of the same rows."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from _registry import Context, Figure, benchmark

from merchant_desk.config import Paths
from merchant_desk.db.engine import BUSY_TIMEOUT_MS
from merchant_desk.db.models import Base
from merchant_desk.services.demo import generate_demo

PRAGMAS = ("foreign_keys=ON", f"busy_timeout={BUSY_TIMEOUT_MS}", "journal_mode=WAL", "synchronous=NORMAL")
FTS_TABLES = ("products_fts", "messages_fts")
CHUNK = 10_000
SECONDS_TARGET = {"small": 10.0, "large": 180.0}


def raw_copy(source: Path, target: Path) -> tuple[int, float, float]:
    """Inserts every row of ``source`` into a fresh file with the same schema and pragmas; times only the writes.

    The baseline does the same database work as the demo's load (same tables, indexes and FTS tables, one
    transaction, one FTS 'rebuild', commit) with rows already in memory as tuples and no SQLAlchemy: what the
    demo adds on top is generating the rows and Core's parameter handling.
    """
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target, isolation_level=None)
    for pragma in PRAGMAS:
        dst.execute(f"PRAGMA {pragma}")
    schema = src.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index') "
        "ORDER BY type = 'index'"
    ).fetchall()
    for _type, name, sql in schema:
        if not any(name.startswith(f"{fts}_") for fts in FTS_TABLES):  # FTS5 creates its shadow tables itself
            dst.execute(sql)
    rows, seconds, cpu = 0, 0.0, 0.0
    dst.execute("BEGIN IMMEDIATE")
    for table in Base.metadata.sorted_tables:
        columns = [c.name for c in table.columns]
        insert = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        for chunk in _chunks(src, f"SELECT {', '.join(columns)} FROM {table.name} ORDER BY rowid"):
            started, cpu_started = time.perf_counter(), time.thread_time()
            dst.executemany(insert, chunk)
            seconds += time.perf_counter() - started
            cpu += time.thread_time() - cpu_started
            rows += len(chunk)
    started, cpu_started = time.perf_counter(), time.thread_time()
    for fts in FTS_TABLES:
        dst.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    dst.execute("COMMIT")
    seconds += time.perf_counter() - started
    cpu += time.thread_time() - cpu_started
    src.close()
    dst.close()
    return rows, seconds, cpu


def _chunks(conn: sqlite3.Connection, query: str) -> Iterator[list[tuple[object, ...]]]:
    cursor = conn.execute(query)
    while chunk := cursor.fetchmany(CHUNK):
        yield chunk


@benchmark("demo_insert")
def demo_insert(ctx: Context) -> Iterator[Figure]:
    folder = ctx.scratch(f"demo-{ctx.size}")
    report = generate_demo(Paths(folder), size=ctx.size)
    ctx.remember_shop(ctx.size, folder)
    raw_dir = ctx.scratch("raw")
    raw_dir.mkdir(parents=True)
    raw_rows, raw_seconds, raw_cpu = raw_copy(folder / "shop.sqlite3", raw_dir / "raw.sqlite3")
    baseline = raw_rows / raw_seconds
    # The same comparison in CPU time of the loading thread: on a shared machine wall time swings with
    # whatever else runs, and the two loads do not run at the same moment.
    cpu_ratio = (report.rows_loaded / report.load_cpu_seconds) / (raw_rows / raw_cpu)
    detail = {
        "size": ctx.size,
        "rows": report.rows_loaded,
        "load_seconds": round(report.load_seconds, 3),
        "raw_rows": raw_rows,
        "raw_seconds": round(raw_seconds, 3),
        "load_cpu_seconds": round(report.load_cpu_seconds, 3),
        "raw_cpu_seconds": round(raw_cpu, 3),
        "cpu_ratio": round(cpu_ratio, 3),
    }
    yield Figure(
        "demo_insert",
        report.rows_per_second,
        "rows/s",
        baseline,
        ">= 0.5 x raw sqlite3 executemany",
        report.rows_per_second >= 0.5 * baseline,
        detail,
    )
    limit = SECONDS_TARGET[ctx.size]
    yield Figure(
        "demo_insert.seconds",
        report.seconds,
        "s",
        raw_seconds,
        f"< {limit:g} s (whole generation: migrations, set-up, photos, load)",
        report.seconds < limit,
        {"size": ctx.size, "photos": report.photos},
    )
