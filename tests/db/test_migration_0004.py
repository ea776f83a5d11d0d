"""Migration 0004: automation tables are added to an existing shop, its rows and triggers stay, FAQs are seeded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from merchant_desk.db import migrate
from merchant_desk.db.engine import Database
from merchant_desk.services.faq_seed import SEED_FAQS

NEW_TABLES = {
    "faqs", "broadcasts", "broadcast_recipients", "reminders", "product_interests", "product_snapshots",
    "follow_up_events", "follow_up_notices", "quick_reply_images",
}  # fmt: skip
TRIGGERS = {
    "products_fts_ai", "products_fts_ad", "products_fts_au", "messages_fts_ai", "messages_fts_ad", "messages_fts_au",
    "audit_log_no_update", "audit_log_no_delete", "loyalty_ledger_no_update", "loyalty_ledger_no_delete",
}  # fmt: skip


def _fill_0003(db_file: Path) -> None:
    with sqlite3.connect(db_file) as conn:
        conn.execute(
            "INSERT INTO shop(id, name, owner_name, whatsapp, timezone, language, created_at, updated_at) "
            "VALUES (1, 'Toko Lama', 'Siti', '+6281234567890', 'WITA', 'id', '2026-01-01', '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO customers(id, name, phone, consent, updated_at, created_at) "
            "VALUES (1, 'Budi', '+6281111111111', 1, '2026-01-01', '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO conversations(id, customer_id, channel, is_group, status, unread_count, created_at) "
            "VALUES (1, 1, 'import', 0, 'open', 0, '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO messages(conversation_id, direction, body, sent_at) "
            "VALUES (1, 'in', 'bs cod kak?', '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO quick_replies(id, shortcut, title, body, times_used, created_at) "
            "VALUES (1, 'rek', 'Rekening', 'BCA 123', 5, '2026-01-01')"
        )
    conn.close()


def _tables(conn: sqlite3.Connection, kind: str) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))}


def test_upgrade_from_0003_keeps_rows_and_triggers_and_seeds_faqs(tmp_path: Path) -> None:
    db_file = tmp_path / "shop.sqlite3"
    db = Database(f"sqlite:///{db_file}")
    migrate.upgrade(db, target="0003_catalog_search")
    _fill_0003(db_file)
    migrate.upgrade(db, target="0004_automation", aside_dir=tmp_path / "aside")
    db.dispose()
    conn = sqlite3.connect(db_file)
    try:
        assert _tables(conn, "table") >= NEW_TABLES
        assert _tables(conn, "trigger") >= TRIGGERS
        assert conn.execute("SELECT shortcut, times_used FROM quick_replies").fetchall() == [("rek", 5)]
        assert conn.execute("SELECT body FROM messages_fts WHERE messages_fts MATCH 'cod'").fetchall() == [
            ("bs cod kak?",)
        ]
        questions = [r[0] for r in conn.execute("SELECT question FROM faqs ORDER BY position")]
        assert questions == [faq.question for faq in SEED_FAQS]
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("INSERT INTO quick_reply_images(quick_reply_id, position, sha256) VALUES (1, 0, 'ab')")
        conn.execute("DELETE FROM quick_replies WHERE id = 1")  # the photo goes with its reply
        assert conn.execute("SELECT count(*) FROM quick_reply_images").fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_an_empty_database_gets_no_faqs_until_set_up(tmp_path: Path) -> None:
    db_file = tmp_path / "shop.sqlite3"
    db = Database(f"sqlite:///{db_file}")
    migrate.upgrade(db, target="0004_automation")
    db.dispose()
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT count(*) FROM faqs").fetchone() == (0,)
    conn.close()


def test_downgrade_to_0003_drops_only_the_new_tables(tmp_path: Path) -> None:
    db_file = tmp_path / "shop.sqlite3"
    db = Database(f"sqlite:///{db_file}")
    migrate.upgrade(db, target="0003_catalog_search")
    _fill_0003(db_file)
    migrate.upgrade(db, target="0004_automation")
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003_catalog_search")
    db.dispose()
    conn2 = sqlite3.connect(db_file)
    try:
        assert not NEW_TABLES & _tables(conn2, "table")
        assert _tables(conn2, "trigger") >= TRIGGERS
        assert conn2.execute("SELECT count(*) FROM quick_replies").fetchone() == (1,)
    finally:
        conn2.close()
