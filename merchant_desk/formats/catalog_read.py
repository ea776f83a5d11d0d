"""Opens any catalog file (a feed CSV or a Merchant Desk bundle) and picks the reader for its format."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from merchant_desk.core.errors import UserError, tr_noop
from merchant_desk.core.file_errors import file_problem
from merchant_desk.formats import file_kind as kinds
from merchant_desk.formats.catalog_common import FORMATS, ImportRow, describe_header, detect_format, read_records
from merchant_desk.formats.catalog_errors import (
    ODS_NOT_CSV,
    DamagedZip,
    NotABundle,
    NotACatalogFeed,
    NotTextCatalog,
    SpreadsheetNotCsv,
)
from merchant_desk.formats.catalog_meta import meta_fields, read_meta
from merchant_desk.formats.catalog_native import BUNDLE_CSV, BUNDLE_PHOTOS, native_fields, read_native
from merchant_desk.formats.catalog_shopify import SHOPIFY_FIELDS, read_shopify
from merchant_desk.formats.catalog_woocommerce import WOOCOMMERCE_FIELDS, read_woocommerce


class UnknownFormat(UserError):
    message = tr_noop("Unknown catalog format '{name}': choose meta, shopify, woocommerce or native.")


@dataclass
class CatalogSource:
    """An open catalog file: its format, the fields its rows carry, the rows, and a bundle's photos."""

    format: str
    fields: frozenset[str]
    rows: Iterator[ImportRow]
    photo_bytes: Callable[[str], bytes | None]
    header: tuple[str, ...] = ()  # the file's column names, in file order


def _no_photos(_sha: str) -> bytes | None:
    return None


def _source(stream: IO[str], name: str, forced: str | None, photos: set[str] | None) -> CatalogSource:
    header, records = read_records(stream, name)
    found = forced or detect_format(header)
    if found is None:
        raise NotACatalogFeed(name=name, header=describe_header(header))
    columns = tuple(header)
    if found == "meta":
        return CatalogSource(found, meta_fields(header), read_meta(records), _no_photos, columns)
    if found == "shopify":
        return CatalogSource(found, SHOPIFY_FIELDS, read_shopify(records), _no_photos, columns)
    if found == "woocommerce":
        fields = WOOCOMMERCE_FIELDS | ({"brand"} if "brands" in {h.lower() for h in header} else set())
        return CatalogSource(found, fields, read_woocommerce(records), _no_photos, columns)
    has_photo = None if photos is None else photos.__contains__
    return CatalogSource(found, native_fields(header), read_native(records, has_photo), _no_photos, columns)


def _refuse_non_csv(path: Path, kind: str) -> None:
    """Names what the file is when it is not CSV text or a bundle, before any of it is shown as a header."""
    name = path.name
    if kind == kinds.EXCEL:
        raise SpreadsheetNotCsv(name=name)
    if kind == kinds.ODS:
        raise SpreadsheetNotCsv(ODS_NOT_CSV, name=name)
    if kind == kinds.BROKEN_ZIP:
        raise DamagedZip(name=name)
    if kind == kinds.BINARY:
        raise NotTextCatalog(name=name)


@contextmanager
def open_catalog(path: Path, forced_format: str | None = None) -> Iterator[CatalogSource]:
    """Reads ``path`` as a stream; ``forced_format`` skips detection.

    Raises:
        UnknownFormat: ``forced_format`` is not a catalog format.
        FileProblem: the file is missing, not allowed, a folder or empty (core.file_errors).
        NotACatalogFeed: the header matches no format, or the file is a workbook or not text (subclasses).
        UnreadableCatalog: a damaged zip, a zip that is no bundle, or a header that is not CSV.
    """
    if forced_format is not None and forced_format not in FORMATS:
        raise UnknownFormat(name=forced_format)
    path = Path(path)
    name = path.name
    head = kinds.read_head(path)
    kind = kinds.file_kind(path, head)
    _refuse_non_csv(path, kind)
    with ExitStack() as stack:
        try:
            if kind == kinds.ZIP:
                zf = stack.enter_context(zipfile.ZipFile(path))
                if BUNDLE_CSV not in zf.namelist():
                    raise NotABundle(name=name)
                shas = {
                    n[len(BUNDLE_PHOTOS) : -len(".jpg")]
                    for n in zf.namelist()
                    if n.startswith(BUNDLE_PHOTOS) and n.endswith(".jpg")
                }
                raw = stack.enter_context(zf.open(BUNDLE_CSV))
                text = stack.enter_context(io.TextIOWrapper(raw, encoding="utf-8-sig", newline="", errors="replace"))
                source = _source(text, name, forced_format or "native", shas)

                def photo_bytes(sha: str) -> bytes | None:
                    return zf.read(f"{BUNDLE_PHOTOS}{sha}.jpg") if sha in shas else None

                source.photo_bytes = photo_bytes
            else:
                encoding = kinds.text_encoding(head)
                text = stack.enter_context(open(path, encoding=encoding, newline="", errors="replace"))
                source = _source(text, name, forced_format, None)
        except zipfile.BadZipFile as exc:
            raise DamagedZip(name=name) from exc
        except OSError as exc:
            raise file_problem(path, exc) from exc
        source.rows = _guarded(source.rows, path)
        yield source


def _guarded(rows: Iterator[ImportRow], path: Path) -> Iterator[ImportRow]:
    """The rows, with a zip member found damaged or a disk gone mid-read named like the same problem up front."""
    try:
        yield from rows
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise DamagedZip(name=path.name) from exc
    except OSError as exc:
        raise file_problem(path, exc) from exc
