"""The catalog search's query plans on SQLite: FTS5 MATCH strings and the cheapest road to one sorted page.

Measured at 100,000 products (benchmarks/README.md): a search that matches a few thousand products is
cheapest driven by FTS5 and sorted (1–2 µs a match); one that matches most of the catalog (the first letter or
two typed) is cheapest by walking the sort column's index and stopping after one page — but handing SQLite
``id IN (<every match>)`` builds a 94,000-row temporary index first (~15 ms), and asking FTS5 about one row
at a time costs 30 µs to 5 ms a row. So the walk checks the rows it reads in Python, a batch at a time, with
the words the unicode61 tokenizer would make of them; rows whose text it cannot fold exactly (non-ASCII
letters) are left to FTS5 itself. A walk that finds the matches sparse gives up early unless they are very many
(SQLite's own walk, its fallback, indexes every match first). Nothing here changes what matches, only how the
first page is found.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import weakref
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from merchant_desk.core.catalog import ProductFilter
from merchant_desk.services.catalog_sqlite import cursor

_MAX_TOKENS = 16
PROBE = 10_000  # matches counted before choosing a plan; more: the search matches ≥ 10% of a 100k catalog
# Rows the walk reads (~2 µs each) before leaving the page to SQLite: the matches sit late in the sort order.
WALK_LIMIT = 1_400  # batches of 200, 400 and 800
CROWDED = 30_000  # more matches: a walk that finds them sparse at first still reads on to WALK_LIMIT
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


def probe(session: Session, match: str, limit: int = PROBE) -> int:
    """How many products match, counted up to ``limit + 1`` (the doclist is read no further)."""
    sql = "SELECT count(*) FROM (SELECT rowid FROM products_fts WHERE products_fts MATCH ? LIMIT ?)"
    return int(cursor(session).execute(sql, (match, limit + 1)).fetchone()[0])


def _check(texts: Sequence[str], prefixes: Sequence[bytes]) -> tuple[list[bool], list[int]]:
    """For each row's text (its name, SKU, brand and description joined by spaces): whether every prefix
    begins one of its words, and the indexes of the rows Python cannot fold exactly, left to FTS5.

    unicode61 folds non-ASCII letters, digits and marks (é to e, the Kelvin sign to k) by tables Python does
    not share; other characters (punctuation, emoji, dashes) separate words there as here. The batch is
    folded as one string at C speed (per row, joining, scanning and folding cost ~7 µs of Python).
    """
    blob = "\n" + "\n".join(texts)  # each row after a separator, so a prefix may begin its first word
    bounds = [0, *accumulate(len(t) + 1 for t in texts)]  # row i is blob[bounds[i] : bounds[i + 1]]
    unsure = [] if blob.isascii() else _rows_with_letters(blob, bounds)
    # Bytes: lower() and translate() run at C speed; "replace" keeps one byte per character, so the bounds hold.
    folded = blob.encode("ascii", "replace").lower().translate(_SEPARATE)
    find = folded.find
    has = [all(find(p, lo, hi) >= 0 for p in prefixes) for lo, hi in pairwise(bounds)]
    return has, unsure


class _Separators:
    """Non-ASCII characters met that separate words (dashes, emoji, "×"): a regular expression skips them, so a
    batch of descriptions full of "–" is scanned at C speed (finding every one was ~1 µs a row)."""

    def __init__(self) -> None:
        self.known = ""
        self.pattern = _NON_ASCII

    def learn(self, char: str) -> bool:
        """Adds a separator; False once a thousand are known (text in a script of its own would grow it)."""
        if len(self.known) >= 1_000:
            return False
        self.known += char  # a race between two workers at worst forgets a character: learnt again
        self.pattern = re.compile(f"[^\\x00-\\x7f{re.escape(self.known)}]")
        return True


_SEPARATORS = _Separators()


def _rows_with_letters(blob: str, bounds: list[int]) -> list[int]:
    """The rows (``blob[bounds[i] : bounds[i + 1]]``) holding a non-ASCII letter, digit or mark."""
    rows: set[int] = set()
    pattern, at = _SEPARATORS.pattern, 0
    while found := pattern.search(blob, at):
        char = found.group()
        if not _is_word_char(char) and _SEPARATORS.learn(char):
            pattern, at = _SEPARATORS.pattern, found.start()
            continue
        if _is_word_char(char):
            rows.add(bisect_right(bounds, found.start()) - 1)
        at = found.end()
    return sorted(rows)


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
        f"SELECT id, {column}, name || ' ' || ifnull(sku, '') || ' ' || ifnull(brand, '') || ' ' || "
        f"ifnull(description, '') FROM products INDEXED BY {index} "
        # deleted_at IS NULL: the row is read for its text anyway ("not among the trashed ids" gathered the trash
        # for every batch, ~0.3 ms each).
        f"WHERE deleted_at IS NULL AND ({column}, id) {after} (?, ?) ORDER BY {column} {order}, id {order} "
        "LIMIT ?"
    )
    cur = cursor(session)  # SQLAlchemy's row objects cost more than this whole check (~1.3 µs a row)
    found: list[int] = []
    # Before the first row: SQLite orders numbers before text and text before blobs, so these bound all.
    start: tuple[object, int] = (b"\xff", 0) if descending else (-(1 << 62), 0)
    read, batch = 0, _FIRST_BATCH
    crowded: bool | None = None
    while read < WALK_LIMIT:
        rows = cur.execute(select, (*start, batch)).fetchall()
        has, unsure = _check([row[2] for row in rows], prefixes)
        if unsure:
            decided = _fts_matches(session, match, [rows[i][0] for i in unsure])
            for i in unsure:
                has[i] = rows[i][0] in decided
        found += [row[0] for row, yes in zip(rows, has, strict=True) if yes]
        if len(found) >= limit or len(rows) < batch:
            return found[:limit]  # a short batch: the index ended, every live product was read
        read += len(rows)
        if crowded is None and read + (limit - len(found)) * read / max(len(found), 1) > WALK_LIMIT:
            # Too few matches so far to fill the page in time. SQLite's own walk first builds an index of every
            # match (~0.15 µs each): up to CROWDED matches that is cheaper than reading on and maybe failing.
            crowded = probe(session, match, CROWDED) > CROWDED
            if not crowded:
                return None
        start = (rows[-1][1], rows[-1][0])
        batch *= 2
    return None


def _fts_matches(session: Session, match: str, ids: list[int]) -> set[int]:
    """Which of ``ids`` FTS5 matches: one pass over the doclist, testing each rowid against the few asked."""
    sql = f"SELECT rowid FROM products_fts WHERE products_fts MATCH ? AND +rowid IN ({','.join('?' * len(ids))})"
    return {row[0] for row in cursor(session).execute(sql, (match, *ids))}


def index_walk_page(session: Session, match: str, column: str, index: str, descending: bool, limit: int) -> list[int]:
    """The first ``limit`` live matches read off ``index``, SQLite testing each row against every match (it
    builds a temporary index of the matches first: ~15 ms for 94,000 of them)."""
    order = "DESC" if descending else "ASC"
    sql = (
        f"SELECT id FROM products INDEXED BY {index} WHERE likely(id NOT IN ({_TRASH})) AND id IN "
        f"(SELECT rowid FROM products_fts WHERE products_fts MATCH :m) ORDER BY {column} {order}, id {order} LIMIT :n"
    )
    return [row[0] for row in session.execute(text(sql), {"m": match, "n": limit})]


# -- a keystroke that only narrows the previous search --------------------------------------------------------
# One more letter or word can only narrow a plain search ("kaos p" -> "kaos po": whatever matches the new query
# matched the old). Its first page is then the previous first page's ids that still match, in the same order:
# one pass over the new query's doclist instead of sorting its thousands of matches (~1 µs each). It is exact
# while nothing was committed in between (PRAGMA data_version of the same connection) and the old page was the
# whole list or still fills a screen once narrowed.


@dataclass(frozen=True)
class Snapshot:
    """A warm connection and its data version in the current read transaction (its first statement)."""

    connection: Any
    version: int

    @classmethod
    def of(cls, session: Session) -> Snapshot:
        connection = session.connection().connection.dbapi_connection
        return cls(connection, connection.execute("PRAGMA data_version").fetchone()[0])


@dataclass(frozen=True)
class _Page:
    snapshot: Snapshot
    sort: tuple[str, bool]
    words: tuple[str, ...]
    ids: list[int]
    complete: bool  # ids are every match


_LAST: weakref.WeakKeyDictionary[Any, _Page] = weakref.WeakKeyDictionary()


def _words(text_: str) -> tuple[str, ...] | None:
    words = tokens(text_)
    return tuple(w.lower() for w in words) if words and all(w.isascii() for w in words) else None


def remember(
    owner: Any, snapshot: Snapshot, text_: str, sort: str, descending: bool, ids: list[int], complete: bool
) -> None:
    """Keeps a plain search's first page (``owner``: its database) for narrowing by the next keystroke."""
    words = _words(text_)
    if words is None:
        _LAST.pop(owner, None)
    else:
        _LAST[owner] = _Page(snapshot, (sort, descending), words, list(ids), complete)


def narrowed_page(
    session: Session, owner: Any, snapshot: Snapshot, flt: ProductFilter, sort: str, descending: bool, screen: int
) -> tuple[list[int], bool] | None:
    """The first page of a plain search and whether it is complete, from the remembered page of a search it
    narrows; None when there is none, something was committed since, or too few rows would be known."""
    last, words, match = _LAST.get(owner), _words(flt.search), fts_query(flt.search)
    if last is None or words is None or match is None or last.sort != (sort, descending):
        return None
    if last.snapshot.connection is not snapshot.connection or last.snapshot.version != snapshot.version:
        return None
    if not all(any(new.startswith(old) for new in words) for old in last.words):
        return None
    kept = _fts_matches(session, match, last.ids) if last.ids else set()
    ids = [i for i in last.ids if i in kept]
    return (ids, last.complete) if last.complete or len(ids) >= screen else None
