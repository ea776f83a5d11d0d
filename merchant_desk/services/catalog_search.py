"""The catalog search's query plans on SQLite: FTS5 MATCH strings and the cheapest road to one sorted page.

Measured at 100,000 products (benchmarks/README.md): a search that matches a few thousand products is
cheapest driven by FTS5 and sorted (1–2 µs a match); one that matches most of the catalog (the first letter or
two typed) is cheapest by walking the sort column's index and stopping after one page — but handing SQLite
``id IN (<every match>)`` builds a 94,000-row temporary index first (~15 ms), and asking FTS5 about one row
at a time costs 30 µs to 5 ms a row. So the walk checks the rows it reads in Python, with the words the
unicode61 tokenizer would make of them; rows whose text it cannot fold exactly (non-ASCII letters) are left
to FTS5 itself. Nothing here changes what matches, only how the first page is found.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

_MAX_TOKENS = 16
PROBE = 10_000  # matches counted before choosing a plan; more: the search matches ≥ 10% of a 100k catalog
# Rows the walk reads (~2 µs each) before leaving the page to SQLite: the matches sit late in the sort order.
WALK_LIMIT = 1_400  # batches of 200, 400 and 800
_FIRST_BATCH = 200
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Bytes that are not ASCII letters or digits end a word for unicode61: all become spaces ("?" stands for the
# non-ASCII separators an encoding replaced).
_SEPARATE = bytes(c if chr(c).isalnum() and c < 128 else 32 for c in range(256))
_TRASH = "SELECT id FROM products WHERE deleted_at IS NOT NULL"


def tokens(text_: str) -> list[str]:
    """The words of what a merchant typed, as the FTS query uses them."""
    return re.findall(r"[^\W_]+", text_)[:_MAX_TOKENS]


def fts_query(text_: str) -> str | None:
    """An FTS5 MATCH string for what a merchant typed: every word as a quoted prefix, all required.

    Quoting each word makes ``"``, ``*``, ``-``, ``OR``, ``NEAR`` and ``:`` plain text, so no input can break
    or widen the query. Returns None when nothing searchable was typed.
    """
    return " ".join(f'"{t}"*' for t in tokens(text_)) or None


def probe(session: Session, match: str) -> int:
    """How many products match, counted up to ``PROBE + 1`` (the doclist is read no further)."""
    sql = "SELECT count(*) FROM (SELECT rowid FROM products_fts WHERE products_fts MATCH :m LIMIT :n)"
    return int(session.execute(text(sql), {"m": match, "n": PROBE + 1}).scalar_one())


def _folded(parts: Sequence[str | None]) -> bytes | None:
    """The row's words lower-cased, each after a space (``b" kopi gayo"``), or None when a non-ASCII letter,
    digit or mark is in it: unicode61 folds those (é to e, the Kelvin sign to k) by tables Python does not
    share. Other characters (punctuation, emoji, dashes) separate words there as here."""
    joined = " ".join(p for p in parts if p)
    if not joined.isascii() and any(_is_word_char(c) for c in _NON_ASCII.findall(joined)):
        return None
    # Bytes: lower() and translate() run at C speed (~1 µs a row where str.translate took ~3).
    return b" " + joined.encode("ascii", "replace").lower().translate(_SEPARATE)


@functools.cache
def _is_word_char(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "LNM" or category == "Co"


def _prefixes(words: Sequence[str]) -> list[bytes] | None:
    """What must stand in a folded row for each word to begin one of its words; None for non-ASCII words."""
    if not words or not all(w.isascii() for w in words):
        return None
    return [b" " + w.lower().encode("ascii") for w in words]


def walk_first_page(
    session: Session, text_: str, column: str, index: str, descending: bool, limit: int
) -> list[int] | None:
    """The first ``limit`` live matches in ``column`` order, read off ``index``; None when this plan does not
    apply (non-ASCII words) or gave up after ``WALK_LIMIT`` rows (the caller then asks SQLite)."""
    prefixes = _prefixes(tokens(text_))
    match = fts_query(text_)
    if prefixes is None or match is None:
        return None
    order, after = ("DESC", "<") if descending else ("ASC", ">")
    select = (
        f"SELECT id, {column}, name, sku, brand, description FROM products INDEXED BY {index} "
        f"WHERE likely(id NOT IN ({_TRASH})) AND ({column}, id) {after} (?, ?) ORDER BY {column} {order}, id {order} "
        "LIMIT ?"
    )
    # The plain DB-API cursor: SQLAlchemy's row objects cost more than this whole check (~1.3 µs a row).
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    found: list[int] = []
    # Before the first row: SQLite orders numbers before text and text before blobs, so these bound all.
    start: tuple[object, int] = (b"\xff", 0) if descending else (-(1 << 62), 0)
    read, batch = 0, _FIRST_BATCH
    while read < WALK_LIMIT:
        rows = cursor.execute(select, (*start, batch)).fetchall()
        sure: set[int] = set()
        unsure: list[int] = []
        for row in rows:
            folded = _folded(row[2:])
            if folded is None:
                unsure.append(row[0])
            elif all(p in folded for p in prefixes):
                sure.add(row[0])
        if unsure:
            sure |= _fts_matches(session, match, unsure)
        found += [row[0] for row in rows if row[0] in sure]
        if len(found) >= limit or len(rows) < batch:
            return found[:limit]  # a short batch: the index ended, every live product was read
        read += len(rows)
        start = (rows[-1][1], rows[-1][0])
        batch *= 2
    return None


def _fts_matches(session: Session, match: str, ids: list[int]) -> set[int]:
    """Which of ``ids`` FTS5 matches: one pass over the doclist, testing each rowid against the few asked."""
    statement = text("SELECT rowid FROM products_fts WHERE products_fts MATCH :m AND +rowid IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    return {row[0] for row in session.execute(statement, {"m": match, "ids": ids})}


def index_walk_page(session: Session, match: str, column: str, index: str, descending: bool, limit: int) -> list[int]:
    """The first ``limit`` live matches read off ``index``, SQLite testing each row against every match (it
    builds a temporary index of the matches first: ~15 ms for 94,000 of them)."""
    order = "DESC" if descending else "ASC"
    sql = (
        f"SELECT id FROM products INDEXED BY {index} WHERE likely(id NOT IN ({_TRASH})) AND id IN "
        f"(SELECT rowid FROM products_fts WHERE products_fts MATCH :m) ORDER BY {column} {order}, id {order} LIMIT :n"
    )
    return [row[0] for row in session.execute(text(sql), {"m": match, "n": limit})]
