"""Merchant Desk's own catalog CSV (every field, lossless) and the bundle zip that carries its photos."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from merchant_desk.core.catalog import PhotoRef, ProductDraft
from merchant_desk.core.errors import tr_noop
from merchant_desk.formats.catalog_common import CsvRecord, ImportRow, RowIssues, truthy

NATIVE_COLUMNS: tuple[str, ...] = (
    "md_id",
    "sku",
    "feed_id",
    "name",
    "description",
    "price",
    "sale_price",
    "stock",
    "availability",
    "condition",
    "brand",
    "link",
    "hidden",
    "collections",
    "photos",
)
FIELD_COLUMNS = {c: c for c in NATIVE_COLUMNS if c != "md_id"}
BUNDLE_CSV = "products.csv"
BUNDLE_PHOTOS = "photos/"


def native_fields(header: Iterable[str]) -> frozenset[str]:
    names = {h.strip().lower() for h in header}
    return frozenset(f for f in FIELD_COLUMNS if f in names) | {"name", "price"}


def _json_list(text: str, column: str, issues: RowIssues) -> list[Any]:
    if not text.strip():
        return []
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        value = None
    if not isinstance(value, list):
        issues.problem(column, tr_noop("The {cell} cell is not a JSON list."), cell=column)
        return []
    return value


def _row(record: CsvRecord, has_photo: Callable[[str], bool] | None) -> ImportRow:
    cells, issues = record.cells, RowIssues()
    price = issues.price(cells.get("price", ""), "price", required=True)
    sale_price = issues.price(cells.get("sale_price", ""), "sale_price", required=False)
    stock = issues.whole_number(cells.get("stock", ""), "stock")
    collections = [str(c) for c in _json_list(cells.get("collections", ""), "collections", issues)]
    photos: list[PhotoRef] = []
    for item in _json_list(cells.get("photos", ""), "photos", issues):
        if not isinstance(item, dict):
            issues.problem("photos", tr_noop("A photo must be an object with sha256 and/or url."))
            continue
        sha, url = item.get("sha256") or None, item.get("url") or None
        if sha and has_photo is not None and not has_photo(sha):
            issues.warn("photos", tr_noop("Photo {photo}… is not in the bundle."), photo=sha[:12])
            sha = None
        if sha or url:
            photos.append(PhotoRef(sha, url))
    values: dict[str, Any] = {
        "name": cells.get("name", ""),
        "price": price or 0,
        "description": cells.get("description", ""),
        "sku": cells.get("sku"),
        "sale_price": sale_price,
        "stock": stock,
        "availability": cells.get("availability", "") or "in stock",
        "condition": cells.get("condition", "") or "new",
        "brand": cells.get("brand"),
        "link": cells.get("link"),
        "hidden": truthy(cells.get("hidden", ""), default=False),
        "feed_id": cells.get("feed_id"),
        "collections": tuple(collections),
        "photos": tuple(photos),
    }
    return issues.finish(record.row_number, values, FIELD_COLUMNS)


def read_native(
    records: Iterable[CsvRecord | ImportRow], has_photo: Callable[[str], bool] | None = None
) -> Iterator[ImportRow]:
    """Products from Merchant Desk's CSV; ``has_photo`` says which photos a bundle carries."""
    for record in records:
        yield record if isinstance(record, ImportRow) else _row(record, has_photo)


@dataclass(frozen=True)
class NativeItem:
    product_id: int
    draft: ProductDraft


def write_native(items: Iterable[NativeItem], out: IO[str]) -> int:
    """Writes every field so that reading the file back gives the same drafts; returns the row count."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(NATIVE_COLUMNS)
    rows = 0
    for item in items:
        d = item.draft
        photos = [{"sha256": p.sha256, "url": p.source_url} for p in d.photos]
        writer.writerow(
            (
                item.product_id,
                d.sku or "",
                d.feed_id or "",
                d.name,
                d.description,
                d.price,
                "" if d.sale_price is None else d.sale_price,
                "" if d.stock is None else d.stock,
                d.availability,
                d.condition,
                d.brand or "",
                d.link or "",
                "1" if d.hidden else "0",
                json.dumps(list(d.collections), ensure_ascii=False),
                json.dumps(photos, ensure_ascii=False),
            )
        )
        rows += 1
    return rows


@dataclass(frozen=True)
class BundleReport:
    rows: int
    photos: int
    missing_photos: tuple[str, ...]  # shas whose file was not in the photo folder


def write_bundle(items: Iterable[NativeItem], out: Path, photo_path: Callable[[str], Path]) -> BundleReport:
    """A zip of products.csv and photos/<sha>.jpg (each photo once, stored without recompression)."""
    shas: dict[str, None] = {}

    def remembering() -> Iterator[NativeItem]:
        # One pass over the products: the photo list is collected while the CSV streams out.
        for item in items:
            shas.update((p.sha256, None) for p in item.draft.photos if p.sha256)
            yield item

    written, missing = 0, []
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        with zf.open(BUNDLE_CSV, "w") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
            rows = write_native(remembering(), text)
        for sha in shas:
            source = photo_path(sha)
            if source.is_file():
                zf.write(source, f"{BUNDLE_PHOTOS}{sha}.jpg", compress_type=zipfile.ZIP_STORED)
                written += 1
            else:
                missing.append(sha)
    return BundleReport(rows, written, tuple(missing))
