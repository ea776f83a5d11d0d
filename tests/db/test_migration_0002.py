"""Migration 0002: a 0001 shop with labels and messages gets label_rules seeded; triggers survive."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from merchant_desk.core.label_rules import DEFAULT_RULES
from merchant_desk.db import migrate
from merchant_desk.db.engine import Database


def _fill_0001(db_file: Path, labels: list[str]) -> None:
    conn = sqlite3.connect(db_file)
    with conn:
        for position, name in enumerate(labels):
            conn.execute(
                "INSERT INTO labels(name, color, position, is_default, created_at) "
                "VALUES (?, '#FFFFFF', ?, 1, '2026-01-01')",
                (name, position),
            )
        conn.execute(
            "INSERT INTO conversations(id, channel, is_group, status, unread_count, created_at) "
            "VALUES (1, 'import', 0, 'open', 0, '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO messages(conversation_id, direction, body, sent_at) "
            "VALUES (1, 'in', 'ada batik?', '2026-01-01')"
        )
    conn.close()


def _upgrade_from_0001(tmp_path: Path, labels: list[str]) -> Path:
    db_file = tmp_path / "shop.sqlite3"
    db = Database(f"sqlite:///{db_file}")
    migrate.upgrade(db, target="0001_initial")
    _fill_0001(db_file, labels)
    migrate.upgrade(db, aside_dir=tmp_path / "aside")
    assert migrate.current_revision(db) == migrate.head_revision()
    db.dispose()
    return db_file


def test_rules_are_seeded_for_the_default_labels_that_exist(tmp_path: Path) -> None:
    db_file = _upgrade_from_0001(tmp_path, ["Pertanyaan produk", "Keluhan", "Label sendiri"])
    with sqlite3.connect(db_file) as conn:
        rows = conn.execute(
            "SELECT r.name, r.words, l.name, r.set_status, r.active, r.matched_count "
            "FROM label_rules r JOIN labels l ON l.id = r.label_id ORDER BY r.position"
        ).fetchall()
    expected = [r for r in DEFAULT_RULES if r.label in ("Pertanyaan produk", "Keluhan")]
    assert [(name, tuple(json.loads(words)), label, status) for name, words, label, status, *_ in rows] == [
        (r.name, r.words, r.label, r.set_status) for r in expected
    ]
    assert all(active == 1 and count == 0 for *_, active, count in rows)
    assert list((tmp_path / "aside").iterdir())  # the 0001 file was copied aside first


def test_a_database_without_labels_gets_no_rules(tmp_path: Path) -> None:
    db_file = _upgrade_from_0001(tmp_path, [])
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT count(*) FROM label_rules").fetchone() == (0,)


def test_message_triggers_survive_and_still_index(tmp_path: Path) -> None:
    db_file = _upgrade_from_0001(tmp_path, ["Keluhan"])
    with sqlite3.connect(db_file) as conn:
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert {"messages_fts_ai", "messages_fts_ad", "messages_fts_au", "audit_log_no_update"} <= triggers
        conn.execute(
            "INSERT INTO messages(conversation_id, direction, body, sent_at) "
            "VALUES (1, 'in', 'kain tenun', '2026-01-02')"
        )
        hits = conn.execute("SELECT rowid FROM messages_fts WHERE messages_fts MATCH 'batik OR tenun'").fetchall()
        assert len(hits) == 2
