"""A fast look at a SQLite shop with the standard library only, so the window can show before SQLAlchemy loads.

DESIGN.md §8.9: importing sqlalchemy.orm costs ~0.3 s; the first paint needs only the shop's name, its
language, whether set-up was done, whether a PIN is asked and whether the schema is current.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BootInfo:
    exists: bool
    schema: str | None
    shop_name: str | None
    language: str
    timezone: str
    staff_count: int
    pin_required: bool

    @property
    def set_up(self) -> bool:
        return self.shop_name is not None


EMPTY = BootInfo(False, None, None, "id", "WIB", 0, False)


def probe(db_file: Path) -> BootInfo:
    """Reads the boot facts; a missing file or a fresh schema gives defaults, never an exception for absence."""
    if not db_file.exists():
        return EMPTY
    try:
        return _read(db_file)
    except sqlite3.DatabaseError:
        # Damaged, locked or not SQLite: the slow path (open_shop) then explains it to the merchant; the probe
        # runs before the excepthook, so raising here would be a bare crash.
        return BootInfo(True, None, None, "id", "WIB", 0, False)


def _read(db_file: Path) -> BootInfo:
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=10)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        schema = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = row[0] if row else None
        shop = None
        if "shop" in tables:
            shop = conn.execute("SELECT name, language, timezone FROM shop WHERE id = 1").fetchone()
        staff_count, pins = 0, 0
        if "staff" in tables:
            staff_count, pins = conn.execute("SELECT count(*), count(secret_hash) FROM staff WHERE active").fetchone()
    finally:
        conn.close()
    return BootInfo(
        exists=True,
        schema=schema,
        shop_name=shop[0] if shop else None,
        language=shop[1] if shop else "id",
        timezone=shop[2] if shop else "WIB",
        staff_count=staff_count,
        pin_required=bool(pins) or staff_count > 1,
    )
