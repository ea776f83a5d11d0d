"""Alembic migrations: the schema they build is the models' schema, upgrades keep data and copy the file first."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from merchant_desk.config import Paths
from merchant_desk.core.errors import SchemaTooNew, StorageError
from merchant_desk.db import ddl, migrate
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Base
from merchant_desk.db.schema_version import KNOWN_REVISIONS, SCHEMA_HEAD
from merchant_desk.services.hub import open_shop

EXPECTED_TRIGGERS = {
    "products_fts_ai",
    "products_fts_ad",
    "products_fts_au",
    "messages_fts_ai",
    "messages_fts_ad",
    "messages_fts_au",
    "audit_log_no_update",
    "audit_log_no_delete",
    "loyalty_ledger_no_update",
    "loyalty_ledger_no_delete",
}

# A revision after the real head that makes batch mode recreate parent tables (conversations has cascading
# messages, products has FTS triggers and cascading photos), as real later migrations will.
TEST_REVISION = "9000_test_rebuild"
NEXT_REVISION = """
import sqlalchemy as sa
from alembic import op

from merchant_desk.db import ddl

revision = "9000_test_rebuild"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    for table in ("conversations", "products", "customers"):
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.add_column(sa.Column("test_note", sa.String(50), nullable=True))
    ddl.install(op.get_bind())


def downgrade():
    pass
"""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _db(path: Path) -> Database:
    return Database(f"sqlite:///{path}")


def _triggers(db_file: Path) -> set[str]:
    with sqlite3.connect(db_file) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}


def _fill_first_revision(db_file: Path) -> None:
    """Rows in parent and child tables, written as the 0001 schema stores them."""
    conn = sqlite3.connect(db_file)
    with conn:
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
            "VALUES (1, 'in', 'ada batik?', '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO products(id, name, description, price, availability, condition, hidden, updated_at, "
            "created_at) VALUES (1, 'Kopí Gayo', 'biji kopi', 85000, 'in stock', 'new', 0, '2026-01-01', '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO product_images(product_id, position, sha256, created_at) VALUES (1, 0, 'abc', '2026-01-01')"
        )
    conn.close()


@pytest.fixture
def rebuilding_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The real migration scripts plus one more that rebuilds tables, in a copy of the scripts folder."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    text = NEXT_REVISION.replace("{head}", migrate.head_revision())
    (scripts / "versions" / f"{TEST_REVISION}.py").write_text(text)
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    yield scripts


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    db = _db(tmp_path / "shop.sqlite3")
    assert migrate.upgrade(db) is True
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "include_name": lambda name, type_, _p: not ddl.is_fts_table(name)},
        )
        assert compare_metadata(context, Base.metadata) == []
    assert _triggers(tmp_path / "shop.sqlite3") == EXPECTED_TRIGGERS
    db.dispose()


def test_autogenerate_filter_hides_only_fts_tables() -> None:
    assert ddl.is_fts_table("products_fts")
    assert ddl.is_fts_table("messages_fts_docsize")
    assert not ddl.is_fts_table("products")
    assert not ddl.is_fts_table("messages")
    assert not ddl.is_fts_table(None)


def test_schema_version_constants_match_the_scripts() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == SCHEMA_HEAD
    assert set(KNOWN_REVISIONS) == {rev.revision for rev in script.walk_revisions()}


def test_first_revision_upgraded_to_head_keeps_rows(tmp_path: Path) -> None:
    db_file = tmp_path / "shop.sqlite3"
    db = _db(db_file)
    migrate.upgrade(db, target="0001_initial")
    _fill_first_revision(db_file)
    migrate.upgrade(db, aside_dir=tmp_path / "aside")
    assert migrate.current_revision(db) == SCHEMA_HEAD
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT name FROM customers").fetchall() == [("Budi",)]
        assert conn.execute("SELECT count(*) FROM messages").fetchone() == (1,)
    db.dispose()


def test_opening_an_up_to_date_shop_makes_no_copy(paths: Paths) -> None:
    open_shop(paths).close()
    open_shop(paths).close()
    assert migrate.upgrade(_db(paths.db_file), aside_dir=paths.migration_dir) is False
    assert not paths.migration_dir.exists()


@pytest.mark.skipif(len(KNOWN_REVISIONS) < 2, reason="needs a second real revision")
def test_opening_a_shop_at_the_first_revision_copies_it_aside_once(paths: Paths) -> None:
    paths.ensure()
    db = _db(paths.db_file)
    migrate.upgrade(db, target=KNOWN_REVISIONS[0])
    _fill_first_revision(paths.db_file)
    before = _sha(paths.db_file)

    open_shop(paths).close()
    open_shop(paths).close()

    (copy,) = paths.migration_dir.iterdir()
    assert SCHEMA_HEAD in copy.name
    with sqlite3.connect(copy) as kept:
        assert kept.execute("SELECT version_num FROM alembic_version").fetchone() == (KNOWN_REVISIONS[0],)
        assert kept.execute("SELECT count(*) FROM messages").fetchone() == (1,)
    assert _sha(paths.db_file) != before
    assert migrate.current_revision(db) == SCHEMA_HEAD
    assert _triggers(paths.db_file) == EXPECTED_TRIGGERS
    db.dispose()


def test_a_new_database_is_not_copied_aside(paths: Paths) -> None:
    open_shop(paths).close()
    assert paths.db_file.exists()
    assert not paths.migration_dir.exists()


def test_real_upgrade_copies_aside_keeps_rows_children_and_triggers(tmp_path: Path, rebuilding_revision: Path) -> None:
    db_file, aside = tmp_path / "shop.sqlite3", tmp_path / "aside"
    db = _db(db_file)
    migrate.upgrade(db, target="0001_initial")
    _fill_first_revision(db_file)
    before = _sha(db_file)

    assert migrate.upgrade(db, aside_dir=aside) is True

    assert migrate.current_revision(db) == TEST_REVISION
    copies = list(aside.iterdir())
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as kept:
        assert kept.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
        assert kept.execute("SELECT count(*) FROM messages").fetchone() == (1,)
    with sqlite3.connect(db_file) as conn:
        # Recreating a parent table must neither cascade to its children nor null their keys.
        assert conn.execute("SELECT count(*) FROM messages").fetchone() == (1,)
        assert conn.execute("SELECT customer_id FROM conversations").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM product_images").fetchone() == (1,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT rowid FROM products_fts WHERE products_fts MATCH 'kopi'").fetchall() == [(1,)]
    assert _triggers(db_file) == EXPECTED_TRIGGERS
    assert before != _sha(db_file)
    db.dispose()


def test_triggers_still_fire_after_the_rebuilding_upgrade(tmp_path: Path, rebuilding_revision: Path) -> None:
    db_file = tmp_path / "shop.sqlite3"
    db = _db(db_file)
    migrate.upgrade(db, target="0001_initial")
    _fill_first_revision(db_file)
    migrate.upgrade(db)
    with sqlite3.connect(db_file) as conn:
        conn.execute("UPDATE products SET name = 'Teh Tarik' WHERE id = 1")
        assert conn.execute("SELECT rowid FROM products_fts WHERE products_fts MATCH 'teh'").fetchall() == [(1,)]
        assert conn.execute("SELECT rowid FROM products_fts WHERE products_fts MATCH 'gayo'").fetchall() == []
    db.dispose()


def test_copy_aside_is_a_consistent_copy_and_never_overwrites(tmp_path: Path) -> None:
    db_file = tmp_path / "shop.sqlite3"
    db = _db(db_file)
    migrate.upgrade(db)
    with db.write() as session:  # committed in the WAL file, not yet in the main file
        session.connection().exec_driver_sql("INSERT INTO setting(key, value) VALUES ('greeting', '\"Halo\"')")
    first = migrate.copy_aside(db_file, tmp_path / "aside", "before-test")
    second = migrate.copy_aside(db_file, tmp_path / "aside", "before-test")
    assert first != second and first.exists() and second.exists()
    for copy in (first, second):
        with sqlite3.connect(copy) as conn:
            assert conn.execute("SELECT value FROM setting WHERE key='greeting'").fetchone() == ('"Halo"',)
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert "before-test" in first.name
    db.dispose()


def test_copy_aside_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(sqlite3.OperationalError):
        migrate.copy_aside(tmp_path / "missing.sqlite3", tmp_path / "aside", "x")
    assert not (tmp_path / "missing.sqlite3").exists()


def test_unknown_newer_revision_is_refused_and_file_untouched(paths: Paths) -> None:
    open_shop(paths).close()
    with sqlite3.connect(paths.db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.close()
    before = _sha(paths.db_file)

    with pytest.raises(SchemaTooNew) as info:
        open_shop(paths)

    assert "0099_from_the_future" in str(info.value)
    assert _sha(paths.db_file) == before
    assert not paths.migration_dir.exists()


def test_upgrade_waits_for_another_writer_instead_of_failing(tmp_path: Path) -> None:
    """Another process commits while the upgrade waits for the lock: the upgrade must still succeed."""
    db_file = tmp_path / "shop.sqlite3"
    db = _db(db_file)
    migrate.upgrade(db, target="0001_initial")
    other = sqlite3.connect(db_file, isolation_level=None, timeout=30)
    other.execute("BEGIN IMMEDIATE")
    errors: list[BaseException] = []

    def run_upgrade() -> None:
        try:
            migrate.upgrade(db)
        except BaseException as exc:  # reported below
            errors.append(exc)

    worker = threading.Thread(target=run_upgrade)
    worker.start()
    time.sleep(0.5)  # the upgrade is now waiting for the write lock (or, if DEFERRED, holds a stale snapshot)
    other.execute("INSERT INTO setting(key, value) VALUES ('written_meanwhile', '1')")
    other.execute("COMMIT")
    other.close()
    worker.join(30)
    assert not errors, errors
    assert migrate.current_revision(db) == SCHEMA_HEAD
    db.dispose()


def test_no_upgrade_without_the_safety_copy(tmp_path: Path) -> None:
    db_file = tmp_path / "shop.sqlite3"
    db = _db(db_file)
    migrate.upgrade(db, target="0001_initial")
    blocker = tmp_path / "a-file"
    blocker.write_text("the copy folder cannot be made under a file")
    with pytest.raises(StorageError):
        migrate.upgrade(db, aside_dir=blocker / "aside")
    assert migrate.current_revision(db) == "0001_initial"
    db.dispose()


def test_copy_aside_of_a_damaged_file_leaves_no_half_copy(tmp_path: Path) -> None:
    damaged = tmp_path / "shop.sqlite3"
    damaged.write_bytes(b"garbage" * 1000)
    with pytest.raises(sqlite3.DatabaseError):
        migrate.copy_aside(damaged, tmp_path / "aside", "x")
    assert list((tmp_path / "aside").iterdir()) == []
