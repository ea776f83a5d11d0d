"""SQL outside the ORM: append-only ledgers, FTS5 indexes kept in sync, bulk loads with triggers suspended."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError

from merchant_desk.db import ddl
from merchant_desk.db.boot import probe
from merchant_desk.services.hub import Services

PRODUCT_COLUMNS = "name, sku, brand, description, price, availability, condition, hidden, updated_at, created_at"


def _add_product(conn: Connection, name: str, description: str = "", sku: str | None = None) -> int:
    row = conn.execute(
        text(
            f"INSERT INTO products({PRODUCT_COLUMNS}) VALUES (:name, :sku, NULL, :description, 10000, "
            "'in stock', 'new', 0, '2026-01-01', '2026-01-01') RETURNING id"
        ),
        {"name": name, "sku": sku, "description": description},
    )
    return int(row.scalar_one())


def _search(conn: Connection, table: str, query: str) -> list[int]:
    return list(
        conn.execute(
            text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :q ORDER BY rowid"), {"q": query}
        ).scalars()
    )


def _add_message(conn: Connection, body: str) -> int:
    conn.execute(
        text(
            "INSERT OR IGNORE INTO conversations(id, channel, is_group, status, unread_count, created_at) "
            "VALUES (1, 'import', 0, 'open', 0, '2026-01-01')"
        )
    )
    row = conn.execute(
        text(
            "INSERT INTO messages(conversation_id, direction, body, sent_at) "
            "VALUES (1, 'in', :b, '2026-01-01') RETURNING id"
        ),
        {"b": body},
    )
    return int(row.scalar_one())


def _triggers(conn: Connection) -> set[str]:
    return set(conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'")).scalars())


def test_audit_log_refuses_update_and_delete(shop: Services) -> None:
    with shop.db.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() >= 1
    for sql in ("UPDATE audit_log SET action = 'forged'", "DELETE FROM audit_log"):
        with pytest.raises(IntegrityError, match="append-only"), shop.db.engine.begin() as conn:
            conn.execute(text(sql))
    with shop.db.engine.begin() as conn:
        assert "forged" not in conn.execute(text("SELECT action FROM audit_log")).scalars().all()


def test_loyalty_ledger_refuses_update_and_delete(services: Services) -> None:
    with services.db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers(id, name, consent, updated_at, created_at) "
                "VALUES (1, 'Budi', 0, '2026-01-01', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO loyalty_ledger(customer_id, kind, points, created_at) "
                "VALUES (1, 'earn', 100, '2026-01-01')"
            )
        )
    for sql in ("UPDATE loyalty_ledger SET points = 1000000", "DELETE FROM loyalty_ledger"):
        with pytest.raises(IntegrityError, match="append-only"), services.db.engine.begin() as conn:
            conn.execute(text(sql))
    with services.db.engine.begin() as conn:
        assert conn.execute(text("SELECT points FROM loyalty_ledger")).scalars().all() == [100]


def test_products_fts_follows_insert_update_delete(services: Services) -> None:
    with services.db.engine.begin() as conn:
        kopi = _add_product(conn, "Kopí Gayo", "biji arabika", sku="KG-250")
        batik = _add_product(conn, "Batik Tulis Solo", "kain katun")
        assert _search(conn, "products", "gayo") == [kopi]
        assert _search(conn, "products", "katun") == [batik]
        assert _search(conn, "products", "sku:KG") == [kopi]

        conn.execute(text("UPDATE products SET name = 'Teh Melati' WHERE id = :id"), {"id": kopi})
        assert _search(conn, "products", "gayo") == []
        assert _search(conn, "products", "melati") == [kopi]
        assert _search(conn, "products", "arabika") == [kopi]  # unchanged columns stay indexed

        conn.execute(text("UPDATE products SET price = 5 WHERE id = :id"), {"id": batik})  # not an FTS column
        assert _search(conn, "products", "batik") == [batik]

        conn.execute(text("DELETE FROM products WHERE id = :id"), {"id": batik})
        assert _search(conn, "products", "batik") == []
        assert _search(conn, "products", "katun") == []
        # rank=1 compares the index with the products table itself; it raises when they disagree.
        conn.execute(text("INSERT INTO products_fts(products_fts, rank) VALUES ('integrity-check', 1)"))


def test_messages_fts_follows_insert_update_delete(services: Services) -> None:
    with services.db.engine.begin() as conn:
        first = _add_message(conn, "Kak, ada kemeja batik ukuran XL?")
        second = _add_message(conn, "Sudah transfer ya kak")
        assert _search(conn, "messages", "kemeja") == [first]
        conn.execute(text("UPDATE messages SET body = 'Sudah bayar' WHERE id = :id"), {"id": second})
        assert _search(conn, "messages", "transfer") == []
        assert _search(conn, "messages", "bayar") == [second]
        conn.execute(text("DELETE FROM messages WHERE id = :id"), {"id": first})
        assert _search(conn, "messages", "kemeja") == []


def test_accent_insensitive_and_prefix_search(services: Services) -> None:
    with services.db.engine.begin() as conn:
        kopi = _add_product(conn, "Kopí Luwak")
        batik = _add_product(conn, "Batik Pekalongan")
        cafe = _add_product(conn, "Café Latte")
        assert _search(conn, "products", "kopi") == [kopi]
        assert _search(conn, "products", "kopí") == [kopi]
        assert _search(conn, "products", "cafe") == [cafe]
        assert _search(conn, "products", "bat*") == [batik]
        assert _search(conn, "products", "b*") == [batik]
        assert _search(conn, "products", "pekal*") == [batik]
        assert _search(conn, "products", "BATIK") == [batik]


def test_fts_suspended_rebuilds_and_restores_triggers(services: Services) -> None:
    with services.db.engine.begin() as conn:
        before = _triggers(conn)
        with ddl.fts_suspended(conn, "products"):
            assert not {"products_fts_ai", "products_fts_ad", "products_fts_au"} & _triggers(conn)
            assert {"messages_fts_ai", "audit_log_no_update"} <= _triggers(conn)  # others untouched
            ids = [_add_product(conn, f"Sarung Tenun {i}") for i in range(50)]
            assert _search(conn, "products", "sarung") == []  # not indexed yet
        assert _search(conn, "products", "sarung") == ids
        assert _triggers(conn) == before
        new = _add_product(conn, "Sarung Wadimor")
        assert _search(conn, "products", "wadimor") == [new]


class LoadFailed(Exception):
    pass


def test_fts_suspended_rollback_restores_triggers(services: Services) -> None:
    with services.db.engine.begin() as conn:
        before = _triggers(conn)
    with pytest.raises(LoadFailed), services.db.engine.begin() as conn, ddl.fts_suspended(conn, "products", "messages"):
        _add_product(conn, "Tidak jadi")
        raise LoadFailed
    with services.db.engine.begin() as conn:
        assert _triggers(conn) == before
        assert conn.execute(text("SELECT count(*) FROM products")).scalar_one() == 0
        assert _add_product(conn, "Jadi") in _search(conn, "products", "jadi")


def test_fts_suspended_failure_caught_by_the_caller_keeps_index_in_sync(services: Services) -> None:
    """A caller that catches the error and commits what was loaded still gets triggers and a full index."""
    with services.db.engine.begin() as conn:
        before = _triggers(conn)
        loaded = 0
        try:
            with ddl.fts_suspended(conn, "products"):
                loaded = _add_product(conn, "Kerupuk Udang")
                raise LoadFailed
        except LoadFailed:
            pass
    with services.db.engine.begin() as conn:
        assert _triggers(conn) == before
        assert _search(conn, "products", "kerupuk") == [loaded]
        later = _add_product(conn, "Kerupuk Kulit")
        assert _search(conn, "products", "kerupuk") == [loaded, later]


def test_install_is_idempotent(services: Services) -> None:
    with services.db.engine.begin() as conn:
        before = _triggers(conn)
        ddl.install(conn)
        ddl.install(conn)
        assert _triggers(conn) == before


def test_boot_probe_reads_a_set_up_shop_without_sqlalchemy(shop: Services) -> None:
    info = probe(shop.paths.db_file)
    assert info.exists and info.set_up
    assert (info.shop_name, info.language, info.timezone, info.staff_count) == ("Toko Berkah Jaya", "id", "WIB", 1)
    assert not info.pin_required
    assert info.schema is not None


def test_boot_probe_of_a_missing_file(tmp_path: Path) -> None:
    info = probe(tmp_path / "none.sqlite3")
    assert not info.exists and not info.set_up
    assert not (tmp_path / "none.sqlite3").exists()


def test_history_keeps_its_staff_reference(shop: Services) -> None:
    """The audit log's ON DELETE SET NULL would be an UPDATE: the guard refuses it, so a staff member with
    history cannot be deleted (StaffMember profiles are deactivated instead), and the entry keeps its author."""
    owner_id = shop.actor.id
    with pytest.raises(IntegrityError, match="append-only"), shop.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM staff WHERE id = :id"), {"id": owner_id})
    with shop.db.engine.begin() as conn:
        assert conn.execute(text("SELECT staff_id FROM audit_log")).scalars().all() == [owner_id]


@pytest.mark.parametrize("damage", ["garbage", "folder"])
def test_boot_probe_of_a_damaged_file_does_not_raise(tmp_path: Path, damage: str) -> None:
    """The probe runs before the excepthook: a damaged file must reach open_shop, which explains it."""
    db_file = tmp_path / "shop.sqlite3"
    if damage == "garbage":
        db_file.write_bytes(b"not a database" * 500)
    else:
        db_file.mkdir()
    info = probe(db_file)
    assert info.exists and not info.set_up and info.schema is None
