"""The demo shop: every table filled, and the rows consistent with each other."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from merchant_desk.cli import main
from merchant_desk.config import Paths
from merchant_desk.core.phones import normalize_phone
from merchant_desk.db.models import Base
from merchant_desk.services.demo import DemoRefused, DemoReport, generate_demo
from merchant_desk.services.demo.sales import CODE_ALPHABET, POINT_RUPIAH
from merchant_desk.services.hub import Services
from merchant_desk.services.photo_store import PhotoStore

PAID = ("paid", "shipped", "done")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Paths, DemoReport, list[str]]:
    paths = Paths(tmp_path_factory.mktemp("demo") / "shop")
    lines: list[str] = []
    report = generate_demo(paths, size="small", seed=2026, progress=lines.append)
    return paths, report, lines


@pytest.fixture
def db(demo: tuple[Paths, DemoReport, list[str]]) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(demo[0].db_file)
    yield conn
    conn.close()


def test_every_table_has_rows(demo: tuple[Paths, DemoReport, list[str]], db: sqlite3.Connection) -> None:
    counts = {t.name: db.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0] for t in Base.metadata.sorted_tables}
    empty = [name for name, n in counts.items() if n == 0]
    assert not empty, f"the demo leaves these tables empty; extend merchant_desk/services/demo: {empty}"
    assert demo[1].counts == counts


def test_small_size_is_pleasant_and_the_report_adds_up(demo: tuple[Paths, DemoReport, list[str]]) -> None:
    _paths, report, lines = demo
    c = report.counts
    assert c["products"] == 60 and c["customers"] == 40 and c["conversations"] == 40 and c["messages"] == 1500
    assert 15 <= c["orders"] <= 50
    assert report.rows == sum(c.values()) and report.rows_per_second > 0 and report.seconds >= report.load_seconds
    assert set(report.as_dict()) >= {"counts", "seconds", "rows_per_second"}
    assert lines and all(len(line) < 80 for line in lines) and len(lines) < 30


def test_order_totals_add_up(db: sqlite3.Connection) -> None:
    lines: dict[int, list[tuple[int, int, int, int]]] = defaultdict(list)
    for order_id, price, qty, discount, total in db.execute(
        "SELECT order_id, unit_price, quantity, discount, line_total FROM order_lines"
    ):
        assert total == price * qty - discount
        lines[order_id].append((price, qty, discount, total))
    numbers = set()
    for oid, number, stage, subtotal, discount, shipping, total, paid_at, cancelled_at in db.execute(
        "SELECT id, number, stage, subtotal, discount, shipping, total, paid_at, cancelled_at FROM orders"
    ):
        assert re.fullmatch(r"INV/20\d\d/(0[1-9]|1[0-2])/\d{4}", number)
        numbers.add(number)
        assert subtotal == sum(line[3] for line in lines[oid]) > 0
        assert total == subtotal - discount + shipping and 0 <= discount <= subtotal
        assert all(amount % 500 == 0 for amount in (subtotal, discount, shipping))
        assert stage in ("new", "awaiting", *PAID, "cancelled")
        assert (paid_at is not None) == (stage in PAID)
        assert (cancelled_at is not None) == (stage == "cancelled")
    assert len(numbers) == len(lines)


def test_loyalty_balances_never_go_negative(db: sqlite3.Connection) -> None:
    balance: dict[int, int] = defaultdict(int)
    kinds = set()
    for customer, kind, points in db.execute(
        "SELECT customer_id, kind, points FROM loyalty_ledger ORDER BY created_at, id"
    ):
        balance[customer] += points
        kinds.add(kind)
        assert balance[customer] >= 0
    assert {"earn", "redeem"} <= kinds
    for points, expires_at, total, stage, paid_at in db.execute(
        "SELECT l.points, l.expires_at, o.total, o.stage, o.paid_at FROM loyalty_ledger l "
        "JOIN orders o ON o.id = l.order_id WHERE l.kind = 'earn'"
    ):
        assert points == total // POINT_RUPIAH and stage in PAID and expires_at > paid_at
    lots = db.execute(
        "SELECT count(*) FROM loyalty_ledger l JOIN loyalty_ledger lot ON lot.id = l.lot_id "
        "WHERE l.kind IN ('redeem', 'expire') AND (lot.kind != 'earn' OR lot.customer_id != l.customer_id)"
    ).fetchone()[0]
    assert lots == 0
    codes = [row[0] for row in db.execute("SELECT code FROM redemptions")]
    assert len(codes) == len(set(codes)) and all(set(code) <= set(CODE_ALPHABET) for code in codes)


def test_conversations_match_their_messages(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT c.id, c.last_message_at, c.last_message_preview, c.unread_count, c.status, max(m.sent_at), count(*) "
        "FROM conversations c JOIN messages m ON m.conversation_id = c.id GROUP BY c.id"
    ).fetchall()
    assert len(rows) == 40
    for cid, last_at, preview, unread, status, newest, count in rows:
        assert last_at == newest
        body = db.execute(
            "SELECT body FROM messages WHERE conversation_id = ? ORDER BY sent_at DESC, id DESC LIMIT 1", (cid,)
        ).fetchone()[0]
        assert preview == body[:200]
        assert status in ("open", "pending", "resolved") and 0 <= unread <= count
        times = [t for (t,) in db.execute("SELECT sent_at FROM messages WHERE conversation_id = ? ORDER BY id", (cid,))]
        assert times == sorted(times) and len(set(times)) == len(times)
    directions = {d for (d,) in db.execute("SELECT DISTINCT direction FROM messages")}
    assert directions == {"in", "out"}


def test_customers_have_valid_unique_indonesian_numbers(db: sqlite3.Connection) -> None:
    phones = [p for (p,) in db.execute("SELECT phone FROM customers")]
    assert len(set(phones)) == len(phones) == 40
    for phone in phones:
        assert phone.startswith("+628") and normalize_phone(phone) == phone
    consent = db.execute("SELECT consent, consent_at, consent_source FROM customers").fetchall()
    assert all((at is not None) == bool(flag) == (source is not None) for flag, at, source in consent)


def test_catalog_is_realistic(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT sku, price, sale_price, stock, availability, condition FROM products").fetchall()
    assert len({r[0] for r in rows}) == len(rows)
    for _sku, price, sale, stock, availability, condition in rows:
        assert price % 500 == 0 and (sale is None or (sale < price and sale % 500 == 0))
        assert availability in ("in stock", "out of stock", "preorder", "available for order", "discontinued")
        assert condition == "new" and (stock is None or stock >= 0)
    assert any(r[2] is not None for r in rows) and any(r[3] is None for r in rows)
    shortcuts = {s for (s,) in db.execute("SELECT shortcut FROM quick_replies")}
    assert {"salam", "harga", "rekening", "ongkir", "terimakasih", "status"} <= shortcuts
    bodies = " ".join(b for (b,) in db.execute("SELECT body FROM quick_replies"))
    assert all(p in bodies for p in ("{nama}", "{produk}", "{harga}"))


def test_product_photos_are_stored_with_thumbnails(demo: tuple[Paths, DemoReport, list[str]], db: sqlite3.Connection):
    store = PhotoStore(demo[0].photo_dir)
    shas = {sha for (sha,) in db.execute("SELECT sha256 FROM product_images")}
    assert len(shas) >= 60
    for sha in list(shas)[:10]:
        with Image.open(store.original_path(sha)) as img:
            assert img.size == (800, 800) and img.format == "JPEG"
        assert store.thumbnail_path(sha).is_file()
    for (path,) in db.execute("SELECT stored_path FROM attachments WHERE stored_path IS NOT NULL"):
        assert (demo[0].data_dir / path).is_file()


@pytest.mark.parametrize("table", ["products", "messages"])
def test_full_text_search_finds_rows_by_a_word(db: sqlite3.Connection, table: str) -> None:
    column = "name" if table == "products" else "body"
    rowid, text = db.execute(f"SELECT id, {column} FROM {table} WHERE id = (SELECT max(id) FROM {table})").fetchone()
    word = max(re.findall(r"\w+", text), key=len)
    found = {r for (r,) in db.execute(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", (f'"{word}"',))}
    assert rowid in found


def test_refuses_a_folder_that_already_holds_a_shop(demo: tuple[Paths, DemoReport, list[str]]) -> None:
    with pytest.raises(DemoRefused):
        generate_demo(demo[0])


def test_refuses_a_shop_set_up_by_hand(shop: Services) -> None:
    with pytest.raises(DemoRefused) as caught:
        generate_demo(shop.paths)
    assert str(shop.paths.data_dir) in str(caught.value)


def test_cli_demo_is_deterministic_per_seed(tmp_path: Path, db: sqlite3.Connection) -> None:
    assert main(["--data-dir", str(tmp_path / "cli"), "demo"]) == 0
    other = sqlite3.connect(tmp_path / "cli" / "shop.sqlite3")
    try:
        for query in ("SELECT name, price FROM products ORDER BY id", "SELECT body FROM messages ORDER BY id"):
            assert other.execute(query).fetchall() == db.execute(query).fetchall()
    finally:
        other.close()
    assert main(["--data-dir", str(tmp_path / "cli"), "demo"]) == 2  # a UserError, not a traceback


def test_medium_size_flushes_in_batches_consistently(tmp_path: Path) -> None:
    report = generate_demo(Paths(tmp_path / "medium"), size="medium", seed=7)
    assert report.counts["messages"] == 30_000 and report.counts["products"] == 3_000
    conn = sqlite3.connect(tmp_path / "medium" / "shop.sqlite3")
    try:
        stale = conn.execute(
            "SELECT count(*) FROM conversations c WHERE c.last_message_at != "
            "(SELECT max(sent_at) FROM messages m WHERE m.conversation_id = c.id)"
        ).fetchone()[0]
        negative = conn.execute(
            "SELECT count(*) FROM (SELECT customer_id FROM loyalty_ledger GROUP BY customer_id HAVING sum(points) < 0)"
        ).fetchone()[0]
        assert (stale, negative) == (0, 0)
        assert conn.execute("SELECT count(DISTINCT sha256) FROM product_images").fetchone()[0] == 36
    finally:
        conn.close()


def test_nothing_happens_in_the_future(db: sqlite3.Connection) -> None:
    stamp = db.execute("SELECT value FROM setting WHERE key = 'demo.generated'").fetchone()[0]
    generated = datetime.fromisoformat(json.loads(stamp)["at"])
    columns = {
        "messages": ("sent_at",),
        "orders": ("created_at", "paid_at", "completed_at", "cancelled_at"),
        "conversations": ("created_at", "last_message_at"),
        "customers": ("first_contact_at", "last_contact_at", "consent_at"),
        "loyalty_ledger": ("created_at",),
        "redemptions": ("created_at", "used_at"),
    }
    for table, names in columns.items():
        for name in names:
            newest = db.execute(f"SELECT max({name}) FROM {table}").fetchone()[0]
            assert newest is None or datetime.fromisoformat(newest) <= generated, (table, name, newest)
