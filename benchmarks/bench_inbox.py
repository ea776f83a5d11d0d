"""inbox: the Inbox tab on the large demo shop (1,000,000 messages, 50,000 customers) — opening it, switching
to a conversation of 5,000 messages, and message search — each beside the bare SQL in the same run.

The shop is the cached `large` demo shop (shared with catalog_ui), copied with SQLite's backup API into this
run's scratch folder, where one conversation of 5,000 messages is added (the demo has none that long). The
measurements run in a child process with a fresh QApplication and the app's real (asynchronous) task runner.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from _registry import Context, Figure, benchmark
from _uimeasure import (
    large_shop,
    open_figure,
    p95,
    rows_on_screen_loaded,
    run_child,
    search_figure,
    time_opens,
    ui_session,
    wait_until,
)

HERE = Path(__file__).resolve().parent
OPEN_MS, SWITCH_MS, SEARCH_P95_MS = 300.0, 50.0, 100.0
BIG = 5_000
SWITCHES = 10
WORDS = ("transfer", "batik", "ongkir", "ready stok", "resi", "kemeja", "sudah sampai", "rusak", "ukuran xl", "rp150")


def keystrokes() -> list[str]:
    """The search box after each key while typing each word, from two letters (one letter does not search)."""
    return [w[:n] for w in WORDS for n in range(2, len(w) + 1) if not w[:n].endswith(" ")]


def prepare(ctx: Context) -> tuple[Path, int]:
    """A private copy of the large shop plus a 5,000-message conversation, newest in the inbox; its id."""
    source = large_shop(ctx) / "shop.sqlite3"
    folder = ctx.scratch("inbox-large")
    folder.mkdir(parents=True)
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(folder / "shop.sqlite3") as dst:
        src.backup(dst)
    conn = sqlite3.connect(folder / "shop.sqlite3", isolation_level=None)
    now = datetime(2026, 11, 22, 3, 0)
    stamp = "%Y-%m-%d %H:%M:%S.%f"
    conn.execute("BEGIN IMMEDIATE")
    cur = conn.execute(
        "INSERT INTO customers (name, phone, consent, updated_at, created_at, first_contact_at, last_contact_at) "
        "VALUES ('Reseller Besar', '+6281299990000', 0, ?, ?, ?, ?)",
        (now.strftime(stamp),) * 2 + ((now - timedelta(days=400)).strftime(stamp), now.strftime(stamp)),
    )
    customer = cur.lastrowid
    cur = conn.execute(
        "INSERT INTO conversations (customer_id, channel, title, is_group, status, unread_count, last_message_at, "
        "last_message_preview, created_at) VALUES (?, 'wa_link', 'Reseller Besar', 0, 'open', 3, ?, ?, ?)",
        (customer, now.strftime(stamp), f"pesan nomor {BIG - 1}", now.strftime(stamp)),
    )
    conversation = cur.lastrowid
    rows = []
    for i in range(BIG):
        at = now - timedelta(minutes=(BIG - 1 - i) * 97)
        out = i % 3 == 2
        body = f"pesan nomor {i}: " + ("Siap kak, ready stok. Harga Rp150.000" if out else "kak, batik ini ready?")
        rows.append((conversation, "out" if out else "in", body, at.strftime(stamp), "sent" if out else None, f"b{i}"))
    conn.executemany(
        "INSERT INTO messages (conversation_id, direction, body, sent_at, delivery_state, external_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    conn.close()
    for extra in ("attachments", "photos"):  # thumbnails read stored files: link them, do not copy
        target = large_shop(ctx) / extra
        if target.exists():
            (folder / extra).symlink_to(target)
    return folder, int(conversation)


# -- the child process ------------------------------------------------------------------------------------


def child(folder: Path, big: int) -> dict[str, object]:

    from merchant_desk.ui.inbox import roles
    from merchant_desk.ui.inbox.inbox_tab import InboxTab

    session = ui_session(folder)
    services, runner, context = session.services, session.runner, session.context
    services.labels.labels()  # the connection open, as in a running app

    def first_screen(tab: InboxTab) -> bool:
        if not rows_on_screen_loaded(tab.model, tab.list, roles.LOADING_ROLE):
            return False
        tab.list.viewport().repaint()
        return True

    tab, opens, opens_cpu = time_opens(session, lambda: InboxTab(context), first_screen)
    rows = len(tab.model.ids)
    wait_until(lambda: not runner.busy)
    other = tab.model.id_at(1) if tab.model.id_at(0) == big else tab.model.id_at(0)
    big_row, other_row = tab.model.row_of(big), tab.model.row_of(other)
    assert big_row is not None and other_row is not None

    switches: list[float] = []
    switches_cpu: list[float] = []
    for i in range(2 * SWITCHES):
        target, row = (big, big_row) if i % 2 == 0 else (other, other_row)
        started, cpu = time.perf_counter(), time.process_time()
        tab.list.setCurrentIndex(tab.model.index(row))
        wait_until(lambda t=target: tab.thread.model.conversation_id == t and not tab.thread.loading)
        tab.thread.view.viewport().repaint()
        if target == big:
            switches.append((time.perf_counter() - started) * 1000)
            switches_cpu.append((time.process_time() - cpu) * 1000)
            shown = len(tab.thread.model.messages())
        wait_until(lambda: not runner.busy)  # the mark-read write and the counts: not part of the switch
    searches, searches_cpu = [], []
    texts = keystrokes()
    for text in texts:
        tab.filters.search.setText(text)
        started, cpu = time.perf_counter(), time.process_time()
        tab.filters.flush()  # the typing pause is a choice, not work: measured from when it ends
        wait_until(lambda: tab.search_answered == tab._search_generation)
        tab.results.viewport().repaint()
        searches.append((time.perf_counter() - started) * 1000)
        searches_cpu.append((time.process_time() - cpu) * 1000)
    runner.wait()
    services.close()
    return {
        "rows": rows,
        "open_ms": opens,
        "switch_ms": switches,
        "shown": shown,
        "search_ms": searches,
        "search_texts": texts,
        "open_cpu_ms": opens_cpu,
        "switch_cpu_ms": switches_cpu,
        "search_cpu_ms": searches_cpu,
        "load_average": os.getloadavg()[0],
    }


# -- baselines in plain sqlite3 -----------------------------------------------------------------------------


def bare_ms(db_file: Path, sql: str, params: tuple[object, ...] = (), runs: int = 5) -> float:
    conn = sqlite3.connect(db_file)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        conn.execute(sql, params).fetchall()
        times.append((time.perf_counter() - started) * 1000)
    conn.close()
    return statistics.median(times)


@benchmark("inbox")
def inbox(ctx: Context) -> Iterator[Figure]:
    from merchant_desk.services.inbox_query import SEARCH_CANDIDATES, fts_query

    folder, big = prepare(ctx)
    db_file = folder / "shop.sqlite3"
    r = run_child(ctx, Path(__file__).resolve(), str(folder), str(big))
    ids_ms = bare_ms(db_file, "SELECT id FROM conversations ORDER BY last_message_at DESC NULLS LAST, id DESC")
    yield open_figure(
        "inbox_open_ms", r, ids_ms, OPEN_MS, "conversations (baseline: the bare ordered id query)", "conversations"
    )
    page_ms = bare_ms(
        db_file, "SELECT * FROM messages WHERE conversation_id = ? ORDER BY sent_at DESC, id DESC LIMIT 101", (big,)
    )
    switches = r["switch_ms"]
    yield Figure(
        "inbox_switch_5000_ms",
        statistics.median(switches),
        "ms",
        page_ms,
        f"<= {SWITCH_MS:.0f} ms from choosing a {BIG:,}-message conversation to its first page on screen "
        "(baseline: the bare newest-page query)",
        statistics.median(switches) <= SWITCH_MS,
        {
            "p95_ms": round(p95(switches), 1),
            "runs_ms": [round(v, 1) for v in switches],
            "messages_shown": r["shown"],
            "cpu_median_ms": round(statistics.median(r["switch_cpu_ms"]), 1),
        },
    )
    search_sql = (
        "SELECT m.id, m.conversation_id, c.title, m.sent_at, m.direction, m.author_name, m.body "
        "FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.id IN (SELECT rowid FROM "
        f"messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT {SEARCH_CANDIDATES}) "
        "ORDER BY m.sent_at DESC, m.id DESC LIMIT 100"
    )
    baseline = [bare_ms(db_file, search_sql, (fts_query(t),), runs=1) for t in r["search_texts"]]
    what = "to shown hits over 1,000,000 messages (baseline: the same FTS5 query in bare sqlite3, p95)"
    yield search_figure("inbox_search_p95_ms", r["search_ms"], baseline, r["search_texts"], r["search_cpu_ms"],
                        SEARCH_P95_MS, what)  # fmt: skip


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "--child":
    print(json.dumps(child(Path(sys.argv[2]), int(sys.argv[3]))), flush=True)
