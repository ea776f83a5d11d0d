"""Helpers for the catalog format tests: write a file exactly as given and read it with the detected reader."""

from __future__ import annotations

from pathlib import Path

from merchant_desk.formats.catalog_common import ImportRow
from merchant_desk.formats.catalog_read import open_catalog

DATA = Path(__file__).parent / "data"


def write(tmp_path: Path, text: str, name: str = "feed.csv", *, bom: bool = False, crlf: bool = False) -> Path:
    """Writes ``text`` byte for byte (optional BOM, CRLF line ends) so the reader sees what a spreadsheet saves."""
    body = text.replace("\r\n", "\n")
    if crlf:
        body = body.replace("\n", "\r\n")
    path = tmp_path / name
    path.write_bytes(("\ufeff" if bom else "").encode() + body.encode("utf-8"))
    return path


def read(path: Path, forced: str | None = None) -> tuple[str, frozenset[str], list[ImportRow]]:
    with open_catalog(path, forced) as source:
        return source.format, source.fields, list(source.rows)


def good(rows: list[ImportRow]) -> dict[int, ImportRow]:
    return {r.row_number: r for r in rows if r.draft is not None}


def bad(rows: list[ImportRow]) -> dict[int, ImportRow]:
    return {r.row_number: r for r in rows if r.problems}
