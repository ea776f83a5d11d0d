"""Meta's catalog data feed CSV (Commerce Manager's template): reading and writing."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from merchant_desk.core.catalog import MAX_PHOTOS, PhotoRef, ProductDraft
from merchant_desk.core.errors import tr_noop
from merchant_desk.formats.catalog_common import TOO_MANY_PHOTOS, CsvRecord, ImportRow, RowIssues

# Column order of Commerce Manager's data feed template, limited to what a product of ours can fill.
META_COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "description",
    "availability",
    "condition",
    "price",
    "link",
    "image_link",
    "brand",
    "additional_image_link",
    "sale_price",
    "quantity_to_sell_on_facebook",
    "status",
)

# Draft field -> the column a problem with it is reported under.
FIELD_COLUMNS = {
    "feed_id": "id",
    "name": "title",
    "description": "description",
    "availability": "availability",
    "condition": "condition",
    "price": "price",
    "sale_price": "sale_price",
    "link": "link",
    "brand": "brand",
    "stock": "quantity_to_sell_on_facebook",
    "photos": "image_link",
    "hidden": "status",
}
_STOCK_COLUMNS = ("quantity_to_sell_on_facebook", "inventory")
_VARIANT_COLUMNS = ("color", "size", "pattern", "material")


def meta_fields(header: Iterable[str]) -> frozenset[str]:
    """The draft fields a Meta feed with this header carries (an update leaves the others alone)."""
    names = {h.strip().lower() for h in header}
    fields = {"feed_id", "name", "price"}
    fields |= {f for f, column in FIELD_COLUMNS.items() if column in names}
    if any(c in names for c in _STOCK_COLUMNS):
        fields.add("stock")
    if "visibility" in names:
        fields.add("hidden")
    if "sale_price" in names:
        fields.add("sale_price")
    return frozenset(fields)


def _is_guidance(cells: dict[str, str]) -> bool:
    # The template's second row explains each column ("# Required | A unique content ID …").
    return cells.get("id", "").lstrip().startswith("#")


def _name(cells: dict[str, str]) -> str:
    """A variant's title gains its colour/size so the WhatsApp catalog tells variants apart."""
    title = cells.get("title", "").strip()
    if not cells.get("item_group_id", "").strip():
        return title
    values = (cells.get(c, "").strip() for c in _VARIANT_COLUMNS)
    extra = [v for v in values if v and not re.search(rf"(?<!\w){re.escape(v)}(?!\w)", title, re.IGNORECASE)]
    return f"{title} – {', '.join(extra)}" if extra else title


def _row(record: CsvRecord) -> ImportRow:
    cells, issues = record.cells, RowIssues()
    feed_id = cells.get("id", "").strip()
    if not feed_id:
        issues.problem("id", tr_noop("The id is missing."))
    price = issues.price(cells.get("price", ""), "price", required=True)
    sale_price = issues.price(cells.get("sale_price", ""), "sale_price", required=False)
    stock = None
    for column in _STOCK_COLUMNS:
        if cells.get(column, "").strip():
            stock = issues.whole_number(cells[column], column)
            break
    urls = [cells.get("image_link", "").strip()]
    urls += [u.strip() for u in cells.get("additional_image_link", "").split(",")]
    urls = [u for u in dict.fromkeys(urls) if u]
    if len(urls) > MAX_PHOTOS:
        issues.warn("additional_image_link", TOO_MANY_PHOTOS, kept=MAX_PHOTOS, total=len(urls))
        urls = urls[:MAX_PHOTOS]
    status = (cells.get("status") or cells.get("visibility") or "").strip().lower()
    values: dict[str, Any] = {
        "name": _name(cells),
        "price": price or 0,
        "description": cells.get("description", ""),
        "sale_price": sale_price,
        "stock": stock,
        "availability": cells.get("availability", "") or "in stock",
        "condition": cells.get("condition", "") or "new",
        "brand": cells.get("brand"),
        "link": cells.get("link"),
        "hidden": status in ("archived", "hidden", "staging", "inactive"),
        "feed_id": feed_id,
        "photos": tuple(PhotoRef(source_url=u) for u in urls),
    }
    return issues.finish(record.row_number, values, FIELD_COLUMNS)


def read_meta(records: Iterable[CsvRecord | ImportRow]) -> Iterator[ImportRow]:
    """Products from a Meta feed's records, skipping the template's guidance row."""
    for record in records:
        if isinstance(record, ImportRow):
            yield record
        elif not _is_guidance(record.cells):
            yield _row(record)


@dataclass(frozen=True)
class MetaItem:
    """One product to export: the id Meta knows it by, its fields and its photos' public addresses."""

    key: str
    draft: ProductDraft
    image_urls: tuple[str, ...]


@dataclass(frozen=True)
class MetaExportReport:
    rows: int
    without_image: tuple[str, ...]  # keys of products written without image_link (Meta will reject them)


def write_meta(items: Iterable[MetaItem], out: IO[str]) -> MetaExportReport:
    """Writes a feed Commerce Manager accepts: exact column names, ``15000 IDR``, Meta's values."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(META_COLUMNS)
    rows, without_image = 0, []
    for item in items:
        d = item.draft
        if not item.image_urls:
            without_image.append(item.key)
        writer.writerow(
            (
                item.key,
                d.name,
                d.description or d.name,  # Meta requires a description
                d.availability,
                d.condition,
                f"{d.price} IDR",
                d.link or "",
                item.image_urls[0] if item.image_urls else "",
                d.brand or "",
                ",".join(item.image_urls[1:]),
                f"{d.sale_price} IDR" if d.sale_price is not None else "",
                "" if d.stock is None else str(d.stock),
                "archived" if d.hidden else "active",
            )
        )
        rows += 1
    return MetaExportReport(rows, tuple(without_image))
