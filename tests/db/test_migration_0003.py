"""Migration 0003: products gain sort indexes and one-letter search prefixes; existing products stay findable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import insert

from merchant_desk.db import migrate
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Product


def test_upgrade_from_0002_keeps_products_searchable_by_one_letter(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    migrate.upgrade(db, target="0002_label_rules")
    with db.write() as session:
        session.execute(
            insert(Product), [{"name": "Kemeja Batik", "price": 150_000}, {"name": "Sambal Pedas", "price": 25_000}]
        )
    migrate.upgrade(db, aside_dir=tmp_path / "aside")
    db.dispose()
    conn = sqlite3.connect(tmp_path / "shop.sqlite3")
    try:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'products_fts'").fetchone()[0]
        assert "prefix='1 2 3'" in sql
        hits = conn.execute("SELECT rowid FROM products_fts WHERE products_fts MATCH 'k*'").fetchall()
        assert len(hits) == 1
        indexes = {r[1] for r in conn.execute("PRAGMA index_list('products')")}
        assert {"ix_products_stock", "ix_products_sale_price", "ix_products_availability"} <= indexes
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"products_fts_ai", "products_fts_ad", "products_fts_au", "messages_fts_ai"} <= triggers
        conn.execute(
            "INSERT INTO products (name, price, description, availability, condition, hidden, created_at, "
            "updated_at) VALUES ('Kopi Aceh', 30000, '', 'in stock', 'new', 0, '2026-11-22', '2026-11-22')"
        )
        assert conn.execute("SELECT count(*) FROM products_fts WHERE products_fts MATCH 'k*'").fetchone()[0] == 2
    finally:
        conn.close()


def test_downgrade_to_0002_restores_the_old_index(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    migrate.upgrade(db)
    from alembic import command

    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002_label_rules")
    db.dispose()
    conn2 = sqlite3.connect(tmp_path / "shop.sqlite3")
    try:
        sql = conn2.execute("SELECT sql FROM sqlite_master WHERE name = 'products_fts'").fetchone()[0]
        assert "prefix='2 3'" in sql
        indexes = {r[1] for r in conn2.execute("PRAGMA index_list('products')")}
        assert "ix_products_stock" not in indexes
    finally:
        conn2.close()
