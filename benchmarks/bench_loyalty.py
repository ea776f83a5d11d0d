"""loyalty_balance and loyalty_expiry: a balance over 10,000 entries and the expiry job over 1,000,000 entries."""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from _registry import Context, Figure, benchmark
from sqlalchemy import insert

from merchant_desk.config import Paths
from merchant_desk.db.models import Customer, LedgerEntry
from merchant_desk.services.hub import Services, open_shop

BALANCE_ENTRIES = 10_000
BALANCE_MS = 5.0
EXPIRY_ENTRIES = 1_000_000
EXPIRY_SECONDS = 3.0
CUSTOMERS = 20_000
NOW = datetime(2026, 11, 22, 3, 0)
BATCH = 20_000


def _customers(shop: Services, count: int) -> None:
    rows = [{"id": i, "name": f"Pelanggan {i}", "consent": False, "updated_at": NOW, "created_at": NOW}
            for i in range(1, count + 1)]  # fmt: skip
    with shop.db.engine.begin() as conn:
        conn.execute(insert(Customer), rows)


def _ledger_rows(customers: int, total: int, seed: int = 6) -> Iterator[dict[str, object]]:
    """Lots earned over two years, many partly redeemed, some already expired: what years of a shop look like."""
    rng = random.Random(seed)
    next_id, written = 1, 0
    while written < total:
        customer = rng.randint(1, customers)
        earned = NOW - timedelta(days=rng.uniform(0, 730))
        points = rng.randint(5, 120)
        lot = next_id
        expires = earned + timedelta(days=180)
        yield {"id": lot, "customer_id": customer, "kind": "earn", "points": points, "lot_id": None,
               "expires_at": expires, "created_at": earned}  # fmt: skip
        next_id, written = next_id + 1, written + 1
        left = points
        if rng.random() < 0.6 and written < total:
            take = rng.randint(1, points)
            left -= take
            yield {"id": next_id, "customer_id": customer, "kind": "redeem", "points": -take, "lot_id": lot,
                   "expires_at": None, "created_at": earned + timedelta(days=rng.uniform(1, 170))}  # fmt: skip
            next_id, written = next_id + 1, written + 1
        if left and expires < NOW - timedelta(days=30) and rng.random() < 0.5 and written < total:
            # An earlier run of the job already expired this one.
            yield {"id": next_id, "customer_id": customer, "kind": "expire", "points": -left, "lot_id": lot,
                   "expires_at": None, "created_at": expires}  # fmt: skip
            next_id, written = next_id + 1, written + 1


def _fill(shop: Services, rows: Iterator[dict[str, object]]) -> int:
    count, batch = 0, []
    with shop.db.engine.begin() as conn:
        for row in rows:
            batch.append(row)
            if len(batch) == BATCH:
                conn.execute(insert(LedgerEntry), batch)
                count, batch = count + len(batch), []
        if batch:
            conn.execute(insert(LedgerEntry), batch)
            count += len(batch)
    return count


def _shop(ctx: Context, name: str, customers: int, entries: int) -> tuple[Paths, int]:
    paths = Paths(ctx.scratch(name))
    shop = open_shop(paths)
    try:
        _customers(shop, customers)
        written = _fill(shop, _ledger_rows(customers, entries))
    finally:
        shop.close()
    return paths, written


@benchmark("loyalty_balance")
def loyalty_balance(ctx: Context) -> Iterator[Figure]:
    paths, written = _shop(ctx, "loyalty-balance", 1, BALANCE_ENTRIES)
    shop = open_shop(paths, migrate=False)
    raw = sqlite3.connect(paths.db_file)
    try:
        ours, base, cpu = [], [], []
        expected = raw.execute("SELECT sum(points) FROM loyalty_ledger WHERE customer_id = 1").fetchone()[0]
        for _ in range(200):
            started, cpu_started = time.perf_counter(), time.process_time()
            value = shop.loyalty.balance(1)
            ours.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
            started = time.perf_counter()
            raw.execute("SELECT sum(points) FROM loyalty_ledger WHERE customer_id = ?", (1,)).fetchone()
            base.append(time.perf_counter() - started)
        assert value == expected
        median, baseline = statistics.median(ours) * 1000, statistics.median(base) * 1000
        yield Figure(
            "loyalty_balance", median, "ms", baseline, f"<= {BALANCE_MS} ms", median <= BALANCE_MS,
            {"entries": written, "p95_ms": round(sorted(ours)[int(len(ours) * 0.95)] * 1000, 3),
             "cpu_ms": round(statistics.median(cpu) * 1000, 3),
             "note": "LoyaltyService.balance (opens its own connection each call) vs raw sqlite3 SUM on an open one"},
        )  # fmt: skip
    finally:
        raw.close()
        shop.close()


def _raw_floor(db_file: Path, now: datetime) -> tuple[float, int]:
    """The same rows written by raw sqlite3 INSERT … SELECT from a table holding them already (no finding)."""
    conn = sqlite3.connect(db_file, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    stamp = now.isoformat(sep=" ")
    conn.execute(
        "CREATE TEMP TABLE due AS SELECT l.customer_id, l.id AS lot_id, l.expires_at, l.points + coalesce("
        "(SELECT sum(c.points) FROM loyalty_ledger c WHERE c.lot_id = l.id), 0) AS remaining FROM loyalty_ledger l "
        f"WHERE l.lot_id IS NULL AND l.points > 0 AND l.expires_at <= '{stamp}'"
    )
    conn.execute("DELETE FROM due WHERE remaining <= 0")
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    count = conn.execute(
        "INSERT INTO loyalty_ledger (customer_id, kind, points, lot_id, reason, created_at) "
        "SELECT customer_id, 'expire', -remaining, lot_id, 'Poin kedaluwarsa', expires_at FROM due"
    ).rowcount
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds, count


@benchmark("loyalty_expiry")
def loyalty_expiry(ctx: Context) -> Iterator[Figure]:
    paths, written = _shop(ctx, "loyalty-expiry", CUSTOMERS, EXPIRY_ENTRIES)
    copy = ctx.scratch("loyalty-expiry-raw")
    copy.mkdir(parents=True)
    shutil.copy(paths.db_file, copy / paths.db_file.name)
    baseline, raw_count = _raw_floor(copy / paths.db_file.name, NOW)
    shop = open_shop(paths, migrate=False)
    try:
        started, cpu_started = time.perf_counter(), time.process_time()
        count, _changes = shop.loyalty.expire_due(now=NOW)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        started = time.perf_counter()
        again, _changes = shop.loyalty.expire_due(now=NOW)
        second = time.perf_counter() - started
        started = time.perf_counter()
        daily, _changes = shop.loyalty.expire_due(now=NOW + timedelta(days=1))
        next_day = time.perf_counter() - started
    finally:
        shop.close()
    assert count == raw_count and again == 0
    yield Figure(
        "loyalty_expiry", seconds, "s", baseline, f"<= {EXPIRY_SECONDS} s", seconds <= EXPIRY_SECONDS,
        {"entries": written, "lots_expired": count, "cpu_s": round(cpu, 3), "second_run_s": round(second, 3),
         "second_run_written": again, "next_day_s": round(next_day, 3), "next_day_written": daily,
         "note": "LoyaltyService.expire_due (find + write) vs raw INSERT…SELECT of the same precomputed rows"},
    )  # fmt: skip
