"""What every catalog feed reader shares: rows with problems, CSV streaming, cell parsing, format detection."""

from __future__ import annotations

import csv
import html
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from merchant_desk.core.catalog import ProductDraft, validate_product
from merchant_desk.core.catalog_import import CellIssue
from merchant_desk.core.errors import ValidationError, tr_noop
from merchant_desk.core.file_errors import EmptyFile
from merchant_desk.core.money import format_rupiah
from merchant_desk.core.prices import InvalidPrice, parse_feed_price
from merchant_desk.formats.catalog_errors import NotACatalogFeed, UnreadableCatalog
from merchant_desk.formats.file_kind import printable

__all__ = ["NotACatalogFeed", "UnreadableCatalog"]  # raised by read_records; tests import them from here

FORMATS: tuple[str, ...] = ("meta", "shopify", "woocommerce", "native")

# Cells can hold whole HTML descriptions; the csv module's default cap (128 KiB) would end the file there.
csv.field_size_limit(16 * 1024 * 1024)

DELIMITERS = ",;\t"  # Excel on an Indonesian (or any comma-decimal) Windows saves CSV with semicolons

BROKEN_ROW = tr_noop('This row is not valid CSV: check its quotes (").')
NOT_UTF8 = tr_noop("This row is not UTF-8 text: save the file as CSV UTF-8 and import it again.")
TOO_MANY_PHOTOS = tr_noop("Only the first {kept} of {total} photos are kept.")


@dataclass(frozen=True)
class ImportRow:
    """One product read from a file: a draft, or the problems that keep it out, plus warnings to show.

    ``row_number`` is the spreadsheet row (the header is row 1). A row with neither draft nor problems is
    skipped on purpose (a variable product's parent row, the template's guidance row is not even yielded).
    """

    row_number: int
    draft: ProductDraft | None
    problems: tuple[CellIssue, ...] = ()
    warnings: tuple[CellIssue, ...] = ()

    @property
    def skipped(self) -> bool:
        return self.draft is None and not self.problems


@dataclass
class RowIssues:
    """Problems and warnings collected while one row's cells are parsed."""

    problems: list[CellIssue] = field(default_factory=list)
    warnings: list[CellIssue] = field(default_factory=list)

    def problem(self, column: str, message: str, **params: Any) -> None:
        """Refuses the row: ``message`` is a ``tr_noop`` source, ``params`` fill its ``{fields}``."""
        self.problems.append(CellIssue.of(column, message, **params))

    def warn(self, column: str, message: str, **params: Any) -> None:
        self.warnings.append(CellIssue.of(column, message, **params))

    def finish(self, row_number: int, values: dict[str, Any], columns: Mapping[str, str]) -> ImportRow:
        """Validates the draft built from ``values``; validation problems are named by the file's column."""
        problems = list(self.problems)
        draft: ProductDraft | None = None
        try:
            draft = validate_product(ProductDraft(**values))
        except ValidationError as exc:
            # Every problem at once, but a cell already refused is not reported twice.
            named = {issue.column for issue in problems}
            problems.extend(
                CellIssue(columns.get(f, f), message)
                for f, message in exc.problems.items()
                if columns.get(f, f) not in named
            )
        except TypeError:  # a required value was missing entirely
            problems.append(CellIssue("", tr_noop("A value this row needs is missing.")))
        if problems:
            return ImportRow(row_number, None, tuple(problems), tuple(self.warnings))
        return ImportRow(row_number, draft, (), tuple(self.warnings))

    def price(self, text: str, column: str, *, required: bool) -> int | None:
        """A feed price; a suspicious amount (``162.00 IDR``) is kept but warned about."""
        if not text.strip():
            if required:
                self.problem(column, tr_noop("The price is missing."))
            return None
        try:
            read = parse_feed_price(text)
        except InvalidPrice as exc:
            self.problems.append(CellIssue(column, exc.message, tuple(exc.params.items())))
            return None
        if read.suspicious:
            self.warn(
                column,
                tr_noop("'{text}' reads as {amount}; did you mean {meant}?"),
                text=text.strip(),
                amount=format_rupiah(read.amount),
                meant=format_rupiah(read.amount * 1000),
            )
        return read.amount

    def whole_number(self, text: str, column: str) -> int | None:
        """Stock: a whole number (``12``, ``12.0``); empty means not tracked; negative becomes 0 with a warning."""
        value = text.strip()
        if not value:
            return None
        match = re.fullmatch(r"(-?[0-9]+)(?:\.0+)?", value)
        if not match:
            self.problem(column, tr_noop("'{text}' is not a whole number."), text=value)
            return None
        number = int(match.group(1))
        if number < 0:
            self.warn(column, tr_noop("Stock {number} is below zero; it is imported as 0."), number=number)
            return 0
        return number


def truthy(text: str, default: bool = True) -> bool:
    value = text.strip().lower()
    if not value:
        return default
    return value in ("1", "true", "yes", "y", "ya", "visible", "published", "active")


def strip_html(text: str) -> str:
    """Plain text from a store's HTML description: paragraphs and breaks become new lines."""
    if "<" not in text and "&" not in text:
        return text.strip()
    value = re.sub(r"(?i)<\s*br\s*/?>|</\s*(p|div|li|h[1-6])\s*>", "\n", text)
    value = re.sub(r"<[^>]*>", "", value)
    value = html.unescape(value)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in value.splitlines())).strip()


def split_list(text: str) -> list[str]:
    """A comma-separated cell (WooCommerce images and categories); ``\\,`` is an escaped comma."""
    return [item.replace("\\,", ",").strip() for item in re.split(r"(?<!\\),", text) if item.strip()]


@dataclass(frozen=True)
class CsvRecord:
    row_number: int
    cells: dict[str, str]  # lower-cased, stripped header -> cell


def sniff_delimiter(header_line: str) -> str:
    """``,``, ``;`` or tab, read from the header line; a comma when the line does not say."""
    try:
        found = csv.Sniffer().sniff(header_line, delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = ","
    if found in DELIMITERS and header_line.count(found) >= header_line.count(","):
        return found
    return ","


def read_records(stream: IO[str], name: str) -> tuple[list[str], Iterator[CsvRecord | ImportRow]]:
    """The header and a stream of records; a broken record becomes a rejected ImportRow, never an exception.

    The stream must be opened with ``newline=""`` (quoted cells may hold line breaks) and ``utf-8-sig``. The
    delimiter (comma, semicolon or tab) is read from the header line.

    Raises:
        EmptyFile: no header row.
        UnreadableCatalog: the header row is not CSV text.
    """
    try:
        first = stream.readline()
        reader = csv.reader(itertools.chain([first], stream), delimiter=sniff_delimiter(first))
        header = next(reader, None)
    except (csv.Error, UnicodeDecodeError) as exc:
        raise UnreadableCatalog(name=name) from exc
    if not header or not any(h.strip() for h in header):
        raise EmptyFile(name=name)
    keys = [h.strip().lower() for h in header]

    def records() -> Iterator[CsvRecord | ImportRow]:
        row_number = 1
        while True:
            row_number += 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error:
                yield ImportRow(row_number, None, (CellIssue("", BROKEN_ROW),))
                continue
            if not any(c.strip() for c in cells):
                continue
            record = dict(zip(keys, cells, strict=False))
            for key in keys[len(cells) :]:
                record[key] = ""
            if any("\ufffd" in c for c in cells):
                yield ImportRow(row_number, None, (CellIssue("", NOT_UTF8),))
                continue
            yield CsvRecord(row_number, record)

    return [h.strip() for h in header], records()


def detect_format(header: Iterable[str]) -> str | None:
    """``meta``, ``shopify``, ``woocommerce`` or ``native`` from a CSV header, or None when unknown."""
    names = {h.strip().lower().lstrip("\ufeff") for h in header}
    if "md_id" in names and {"name", "price", "photos"} <= names:
        return "native"
    if ("handle" in names or "url handle" in names) and ("title" in names or "variant price" in names):
        return "shopify"
    if {"type", "name", "regular price"} <= names:
        return "woocommerce"
    if {"id", "title", "price"} <= names:
        return "meta"
    return None


def describe_header(header: list[str]) -> str:
    """The first columns' names, safe to show (unprintable characters removed, cut short)."""
    shown = ", ".join(printable(h, 40) for h in header[:8] if printable(h, 40))
    return printable(shown, 120) + (", …" if len(header) > 8 else "")
