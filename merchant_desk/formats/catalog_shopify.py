"""Shopify's product CSV: rows grouped by Handle, with variant rows and image rows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from merchant_desk.core.catalog import MAX_PHOTOS, PhotoRef
from merchant_desk.core.catalog_import import CellIssue
from merchant_desk.core.errors import tr_noop
from merchant_desk.formats.catalog_common import CsvRecord, ImportRow, RowIssues, strip_html, truthy

# Shopify's 2024 template renamed columns; both spellings map to the classic names the reader uses.
_ALIASES = {
    "url handle": "handle",
    "description": "body (html)",
    "sku": "variant sku",
    "price": "variant price",
    "compare-at price": "variant compare at price",
    "inventory quantity": "variant inventory qty",
    "product image url": "image src",
    "variant image url": "variant image",
    "published on online store": "published",
}
FIELD_COLUMNS = {
    "feed_id": "Handle",
    "name": "Title",
    "description": "Body (HTML)",
    "brand": "Vendor",
    "sku": "Variant SKU",
    "price": "Variant Price",
    "sale_price": "Variant Compare At Price",
    "stock": "Variant Inventory Qty",
    "photos": "Image Src",
    "hidden": "Published",
    "availability": "Variant Inventory Qty",
}
SHOPIFY_FIELDS = frozenset(FIELD_COLUMNS) | {"availability"}


def _canonical(cells: dict[str, str]) -> dict[str, str]:
    out = dict(cells)
    for new, classic in _ALIASES.items():
        if new in cells and not out.get(classic):
            out[classic] = cells[new]
    return out


def _is_variant(cells: dict[str, str]) -> bool:
    return any(cells.get(c, "").strip() for c in ("variant price", "variant sku", "option1 value"))


def _images(group: list[CsvRecord]) -> list[str]:
    """The product's photos ordered by Image Position (rows without one keep file order)."""
    found: list[tuple[int, int, str]] = []
    for index, record in enumerate(group):
        url = record.cells.get("image src", "").strip()
        if url:
            position = record.cells.get("image position", "").strip()
            found.append((int(position) if position.isdigit() else 10_000, index, url))
    return [url for _p, _i, url in sorted(found)]


def _product_rows(group: list[CsvRecord]) -> Iterator[ImportRow]:
    head = group[0].cells
    handle, title = head.get("handle", "").strip(), head.get("title", "").strip()
    variants = [r for r in group if _is_variant(r.cells)] or [group[0]]
    images = _images(group)
    status = head.get("status", "").strip().lower()
    hidden = not truthy(head.get("published", ""), default=True) or status in ("draft", "archived")
    for number, record in enumerate(variants, start=1):
        cells, issues = record.cells, RowIssues()
        if not title:
            issues.problem("Title", tr_noop("The first row of handle '{handle}' has no Title."), handle=handle)
        price = issues.price(cells.get("variant price", ""), "Variant Price", required=True)
        compare = issues.price(cells.get("variant compare at price", ""), "Variant Compare At Price", required=False)
        # Shopify sells at Variant Price; a higher Compare At Price is the old price, i.e. ours is on sale.
        sale_price = None
        if price is not None and compare is not None and compare > price:
            price, sale_price = compare, price
        tracked = cells.get("variant inventory tracker", "").strip() or cells.get("variant inventory qty", "").strip()
        stock = (
            issues.whole_number(cells.get("variant inventory qty", ""), "Variant Inventory Qty") if tracked else None
        )
        policy = cells.get("variant inventory policy", "").strip().lower()
        availability = "in stock"
        if stock is not None and stock <= 0:
            availability = "available for order" if policy == "continue" else "out of stock"
        options = [
            v
            for v in (cells.get(f"option{i} value", "").strip() for i in (1, 2, 3))
            if v and v.lower() != "default title"
        ]
        name = f"{title} – {', '.join(options)}" if len(variants) > 1 and options else title
        photos = [cells.get("variant image", "").strip(), *images] if len(variants) > 1 else images
        photos = [p for p in dict.fromkeys(photos) if p][:MAX_PHOTOS]
        values: dict[str, Any] = {
            "name": name,
            "price": price or 0,
            "description": strip_html(head.get("body (html)", "")),
            "sku": cells.get("variant sku"),
            "sale_price": sale_price,
            "stock": stock,
            "availability": availability,
            "brand": head.get("vendor"),
            "hidden": hidden,
            "feed_id": handle if len(variants) == 1 else f"{handle}#{number}",
            "photos": tuple(PhotoRef(source_url=u) for u in photos),
        }
        yield issues.finish(record.row_number, values, FIELD_COLUMNS)
    for record in group:
        if record not in variants and not record.cells.get("image src", "").strip() and record is not group[0]:
            warning = CellIssue("Handle", tr_noop("A row with neither variant nor image."))
            yield ImportRow(record.row_number, None, (), (warning,))


def read_shopify(records: Iterable[CsvRecord | ImportRow]) -> Iterator[ImportRow]:
    """Products from Shopify's CSV; one product per variant when a handle has several."""
    group: list[CsvRecord] = []
    for record in records:
        if isinstance(record, ImportRow):
            yield record
            continue
        canonical = CsvRecord(record.row_number, _canonical(record.cells))
        handle = canonical.cells.get("handle", "").strip()
        if not handle:
            yield ImportRow(record.row_number, None, (CellIssue("Handle", tr_noop("The Handle is missing.")),))
            continue
        if group and group[0].cells.get("handle", "").strip() != handle:
            yield from _product_rows(group)
            group = []
        group.append(canonical)
    if group:
        yield from _product_rows(group)
