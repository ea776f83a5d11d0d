"""The catalog keystroke's SQLite fast paths: a warm read connection, and the first page and its rows read with
the plain DB-API cursor (SQLAlchemy's per-statement and per-row work was more than half of a keystroke)."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import DateTime, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from merchant_desk.core.catalog import ProductRow
from merchant_desk.db.engine import BUSY_TIMEOUT_MS, Database

# -- the first screen on SQLite: plain DB-API cursor, one statement per table ---------------------------------
# SQLAlchemy's per-statement and per-row work was ~3 ms of a keystroke's ~5 ms for 48 rows (three statements);
# here SQLite hands back exactly the tuples a ProductRow needs.

_ROWS = (
    "SELECT id, name, sku, price, sale_price, stock, availability, condition, brand, hidden, updated_at, deleted_at, "
    "exported_at FROM products WHERE id IN ({})"
)
_COVERS = "SELECT product_id, sha256, source_url FROM product_images WHERE product_id IN ({}) ORDER BY position, id"
_COLLECTIONS = (
    "SELECT l.product_id, c.name FROM product_collections l JOIN collections c ON c.id = l.collection_id "
    "WHERE l.product_id IN ({}) ORDER BY c.position, c.id"
)
_SORTED = (
    "SELECT p.id FROM (SELECT rowid AS rid FROM products_fts WHERE products_fts MATCH ?) m JOIN products p "
    "ON p.id = m.rid WHERE p.deleted_at IS NULL ORDER BY p.{column} {order}, p.id {order} LIMIT ? OFFSET ?"
)


def cursor(session: Session) -> Any:
    """The DB-API cursor of the session's connection (its transaction, so its snapshot)."""
    return session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]


def fts_sorted(session: Session, match: str, column: str, descending: bool, offset: int, limit: int) -> list[int]:
    """The live matches sorted by ``column`` then id (``column`` one of catalog_query.SORTABLE)."""
    order = "DESC" if descending else "ASC"
    sql = _SORTED.format(column=column, order=order)
    return [row[0] for row in cursor(session).execute(sql, (match, limit, offset))]


def read_rows(session: Session, ids: Sequence[int], size: int = 500) -> list[ProductRow]:
    """catalog_query.rows on SQLite: the rows of ``ids`` in that order (missing ids left out)."""
    cur = cursor(session)
    dialect = session.get_bind().dialect
    to_time = DateTime().dialect_impl(dialect).result_processor(dialect, None)  # SQLAlchemy's own parsing
    assert to_time is not None
    found: dict[int, tuple[Any, ...]] = {}
    covers: dict[int, tuple[str | None, str | None]] = {}
    collections: dict[int, list[str]] = {}
    for start in range(0, len(ids), size):
        part = tuple(ids[start : start + size])
        marks = ",".join("?" * len(part))
        found.update((row[0], row) for row in cur.execute(_ROWS.format(marks), part))
        for pid, sha, url in cur.execute(_COVERS.format(marks), part):
            covers.setdefault(pid, (sha, url))
        for pid, name in cur.execute(_COLLECTIONS.format(marks), part):
            collections.setdefault(pid, []).append(name)
    return build_rows(ids, found, covers, collections, to_time)


def build_rows(
    ids: Sequence[int],
    found: dict[int, tuple[Any, ...]],
    covers: dict[int, tuple[str | None, str | None]],
    collections: dict[int, list[str]],
    to_time: Callable[[Any], Any] | None = None,
) -> list[ProductRow]:
    """ProductRows in the order of ``ids`` from products rows (catalog_query._ROW_COLUMNS, by id), each one's
    cover (sha256, link) and collection names; ``to_time`` turns stored times into datetimes."""
    out = []
    for pid in ids:
        row = found.get(pid)
        if row is None:
            continue
        updated, deleted, exported = row[10:13] if to_time is None else map(to_time, row[10:13])
        sha, url = covers.get(pid, (None, None))
        out.append(
            ProductRow(
                *row[:9],
                hidden=bool(row[9]),
                cover_sha256=sha,
                cover_url=url,
                collections=tuple(collections.get(pid, ())),
                updated_at=updated,
                deleted_at=deleted,
                changed_since_export=exported is None or updated > exported,
            )
        )
    return out


# -- warm connections for a keystroke's queries ---------------------------------------------------------------
# A read session opens SQLite afresh (NullPool, DESIGN.md §2): ~1.7 ms to open and close, and an empty page
# cache, so every row a plan reads comes from the OS (~1–7 µs each: a keystroke matching 8,000 products read
# ~5,000 pages of the products table). One read-only connection is kept per database file instead, reading
# the file through a memory map: pages it has read stay mapped, also after another connection's commit (which
# empties SQLite's own page cache: "kem" took 13 ms after a write with a 32 MB cache, 5 ms before; 8 ms mapped). Each
# session is its own read transaction, so it sees every commit as a new connection would. The connections are
# closed when the database is disposed (a backup restore does that before swapping the file; nothing here
# truncates the file under the map: no VACUUM, no auto-vacuum).

WARM_MMAP_BYTES = 256 << 20  # the catalog's part of a 100,000-product shop is ~100 MB
_WARM: weakref.WeakKeyDictionary[Database, sessionmaker[Session]] = weakref.WeakKeyDictionary()
_WARM_LOCK = threading.Lock()


def _warm_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # BEGIN comes from the begin listener: one snapshot per session
    for pragma in (f"busy_timeout={BUSY_TIMEOUT_MS}", f"mmap_size={WARM_MMAP_BYTES}", "query_only=1"):
        dbapi_connection.execute(f"PRAGMA {pragma}")


def _warm_sessions(db: Database) -> sessionmaker[Session] | None:
    url = db.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None  # another server pools its own connections; a memory database is one connection's
    with _WARM_LOCK:
        made = _WARM.get(db)
        if made is None:
            # One connection kept (and its cache warm); a second search at the same time gets a passing one.
            engine = create_engine(url, poolclass=QueuePool, pool_size=1, max_overflow=2)
            event.listen(engine, "connect", _warm_connect)
            event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
            event.listen(db.engine, "engine_disposed", lambda _engine: engine.dispose())
            made = _WARM[db] = sessionmaker(engine)
    return made


@contextmanager
def reading(db: Database) -> Iterator[Session]:
    """A read-only session on a warm connection for a SQLite file (else ``db.read()``), rolled back at the end."""
    made = _warm_sessions(db)
    if made is None:
        with db.read() as session:
            yield session
        return
    with made() as session:
        try:
            yield session
        finally:
            session.rollback()
