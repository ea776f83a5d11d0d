"""Opens any catalog file (a feed CSV or a Merchant Desk bundle) and picks the reader for its format."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from merchant_desk.core.errors import UserError, tr_noop
from merchant_desk.formats.catalog_common import (
    FORMATS,
    ImportRow,
    NotACatalogFeed,
    UnreadableCatalog,
    describe_header,
    detect_format,
    read_records,
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


def _no_photos(_sha: str) -> bytes | None:
    return None


def _source(stream: IO[str], name: str, forced: str | None, photos: set[str] | None) -> CatalogSource:
    header, records = read_records(stream, name)
    found = forced or detect_format(header)
    if found is None:
        raise NotACatalogFeed(header=describe_header(header))
    if found == "meta":
        return CatalogSource(found, meta_fields(header), read_meta(records), _no_photos)
    if found == "shopify":
        return CatalogSource(found, SHOPIFY_FIELDS, read_shopify(records), _no_photos)
    if found == "woocommerce":
        fields = WOOCOMMERCE_FIELDS | ({"brand"} if "brands" in {h.lower() for h in header} else set())
        return CatalogSource(found, fields, read_woocommerce(records), _no_photos)
    has_photo = None if photos is None else photos.__contains__
    return CatalogSource(found, native_fields(header), read_native(records, has_photo), _no_photos)


@contextmanager
def open_catalog(path: Path, forced_format: str | None = None) -> Iterator[CatalogSource]:
    """Reads ``path`` as a stream; ``forced_format`` skips detection.

    Raises:
        UnknownFormat: ``forced_format`` is not a catalog format.
        NotACatalogFeed: the header matches no format.
        UnreadableCatalog: the file is missing, not text, or a broken zip.
    """
    if forced_format is not None and forced_format not in FORMATS:
        raise UnknownFormat(name=forced_format)
    name = Path(path).name
    with ExitStack() as stack:
        try:
            if zipfile.is_zipfile(path):
                zf = stack.enter_context(zipfile.ZipFile(path))
                if BUNDLE_CSV not in zf.namelist():
                    raise UnreadableCatalog(name=name, reason=f"the zip holds no {BUNDLE_CSV}")
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
                text = stack.enter_context(open(path, encoding="utf-8-sig", newline="", errors="replace"))
                source = _source(text, name, forced_format, None)
        except (OSError, zipfile.BadZipFile) as exc:
            raise UnreadableCatalog(name=name, reason=getattr(exc, "strerror", None) or str(exc)) from exc
        yield source
