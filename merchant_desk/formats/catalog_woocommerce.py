"""WooCommerce's product CSV: simple products, and variations named after their variable parent."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from merchant_desk.core.catalog import MAX_PHOTOS, PhotoRef
from merchant_desk.core.catalog_import import CellIssue
from merchant_desk.core.errors import tr_noop
from merchant_desk.formats.catalog_common import (
    TOO_MANY_PHOTOS,
    CsvRecord,
    ImportRow,
    RowIssues,
    split_list,
    strip_html,
    truthy,
)

FIELD_COLUMNS = {
    "feed_id": "ID",
    "name": "Name",
    "description": "Description",
    "sku": "SKU",
    "price": "Regular price",
    "sale_price": "Sale price",
    "stock": "Stock",
    "availability": "In stock?",
    "hidden": "Published",
    "photos": "Images",
    "collections": "Categories",
    "brand": "Brands",
}
WOOCOMMERCE_FIELDS = frozenset(FIELD_COLUMNS) - {"brand"}


@dataclass(frozen=True)
class _Parent:
    name: str
    description: str
    images: tuple[str, ...]
    categories: tuple[str, ...]
    brand: str | None
    hidden: bool


def _types(cells: dict[str, str]) -> set[str]:
    return {t.strip().lower() for t in cells.get("type", "").split(",") if t.strip()}


def _categories(text: str) -> tuple[str, ...]:
    # "Pakaian > Kaos" is a path; the leaf is the collection a shop would name.
    return tuple(dict.fromkeys(c.split(">")[-1].strip() for c in split_list(text) if c.split(">")[-1].strip()))


def _description(cells: dict[str, str]) -> str:
    return strip_html(cells.get("description", "") or cells.get("short description", ""))


def _parent(cells: dict[str, str]) -> _Parent:
    return _Parent(
        name=cells.get("name", "").strip(),
        description=_description(cells),
        images=tuple(split_list(cells.get("images", ""))),
        categories=_categories(cells.get("categories", "")),
        brand=(cells.get("brands", "") or None),
        hidden=not truthy(cells.get("published", ""), default=True),
    )


def _attribute_values(cells: dict[str, str]) -> list[str]:
    values = []
    for number in range(1, 10):
        value = cells.get(f"attribute {number} value(s)", "").strip()
        if value:
            values.append(value)
    return values


def _product(record: CsvRecord, parent: _Parent | None) -> ImportRow:
    cells, issues = record.cells, RowIssues()
    price = issues.price(cells.get("regular price", ""), "Regular price", required=True)
    sale_price = issues.price(cells.get("sale price", ""), "Sale price", required=False)
    stock = issues.whole_number(cells.get("stock", ""), "Stock")
    in_stock = cells.get("in stock?", "").strip().lower()
    availability = "in stock"
    if in_stock == "backorder":
        availability = "available for order"
    elif in_stock in ("0", "false", "no") or (stock is not None and stock <= 0):
        availability = "out of stock"
    images = split_list(cells.get("images", ""))
    name = cells.get("name", "").strip()
    description, categories, brand = _description(cells), _categories(cells.get("categories", "")), cells.get("brands")
    hidden = not truthy(cells.get("published", ""), default=True)
    if parent is not None:
        values = _attribute_values(cells)
        suffix = ", ".join(values) if values else (name.removeprefix(parent.name).strip(" -–") or cells.get("id", ""))
        name = f"{parent.name} – {suffix}"
        description = description or parent.description
        images = images + [i for i in parent.images if i not in images]
        categories = categories or parent.categories
        brand = brand or parent.brand
        hidden = hidden or parent.hidden
    woo_id = cells.get("id", "").strip()
    values_: dict[str, Any] = {
        "name": name,
        "price": price or 0,
        "description": description,
        "sku": cells.get("sku"),
        "sale_price": sale_price,
        "stock": stock,
        "availability": availability,
        "brand": brand or None,
        "hidden": hidden,
        "feed_id": f"woo:{woo_id}" if woo_id else None,
        "collections": categories,
        "photos": tuple(PhotoRef(source_url=u) for u in images[:MAX_PHOTOS]),
    }
    if len(images) > MAX_PHOTOS:
        issues.warn("Images", TOO_MANY_PHOTOS, kept=MAX_PHOTOS, total=len(images))
    return issues.finish(record.row_number, values_, FIELD_COLUMNS)


def read_woocommerce(records: Iterable[CsvRecord | ImportRow]) -> Iterator[ImportRow]:
    """Products from WooCommerce's CSV: simple and external rows as they are, one product per variation.

    Variable parents are remembered by ``id:<ID>`` and by SKU; a variation that comes before its parent waits
    until the end of the file.
    """
    parents: dict[str, _Parent] = {}
    waiting: list[CsvRecord] = []
    for record in records:
        if isinstance(record, ImportRow):
            yield record
            continue
        cells, types = record.cells, _types(record.cells)
        if "variable" in types:
            parent = _parent(cells)
            if cells.get("id", "").strip():
                parents[f"id:{cells['id'].strip()}"] = parent
            if cells.get("sku", "").strip():
                parents[cells["sku"].strip()] = parent
            yield ImportRow(record.row_number, None)  # the variations are the products
        elif "grouped" in types:
            note = CellIssue("Type", tr_noop("A grouped product is a list; its items import."))
            yield ImportRow(record.row_number, None, (), (note,))
        elif "variation" in types:
            found = parents.get(cells.get("parent", "").strip())
            if found is None:
                waiting.append(record)
            else:
                yield _product(record, found)
        else:
            yield _product(record, None)
    for record in waiting:
        reference = record.cells.get("parent", "").strip()
        found = parents.get(reference)
        if found is None:
            missing = CellIssue.of("Parent", tr_noop("No variable product '{parent}' in the file."), parent=reference)
            yield ImportRow(record.row_number, None, (missing,))
        else:
            yield _product(record, found)
