"""A product row's text, prepared once per fetched page (in a worker) so the model's data() is a lookup."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from merchant_desk.core.catalog import ProductRow
from merchant_desk.core.errors import UserError
from merchant_desk.core.money import format_rupiah
from merchant_desk.core.timezones import to_shop_time
from merchant_desk.ui.catalog.texts import availability_label, number


def tr(text: str) -> str:
    # lupdate files a module-level tr("...") under the empty context, so that is where it is looked up.
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Cells:
    """What the table and grid show of one product, column by column (see product_model.COL_*)."""

    row: ProductRow
    texts: tuple[str, ...]
    price_text: str  # what a customer pays now
    struck_price: str | None  # the regular price when a sale price applies
    low: bool  # tracked stock at or below the threshold
    edit_price: str
    edit_stock: str
    tooltips: dict[int, str] = field(default_factory=dict)


def make_cells(row: ProductRow, low_stock: int, timezone: str) -> Cells:
    """Formats a row the Indonesian way: Rp15.000, 12.345, 22/11/2026 09.30 WIB."""
    on_sale = row.sale_price is not None and row.sale_price < row.price
    price_text = format_rupiah(row.sale_price if on_sale else row.price)  # type: ignore[arg-type]
    struck = format_rupiah(row.price) if on_sale else None
    stock = tr("not tracked") if row.stock is None else number(row.stock)
    low = row.stock is not None and row.stock <= low_stock
    collections = ", ".join(row.collections)
    texts = (
        "",
        row.name,
        row.sku or "",
        f"{price_text} ({struck})" if struck else price_text,
        stock,
        availability_label(row.availability),
        collections,
        tr("Hidden") if row.hidden else "",
        f"{to_shop_time(row.updated_at, timezone):%d/%m/%Y %H.%M}",  # the shop's own zone: no suffix needed
    )
    tooltips = {1: row.name}
    if collections:
        tooltips[6] = collections
    if struck:
        tooltips[3] = tr("On sale for %1 instead of %2").replace("%1", price_text).replace("%2", struck)
    if low:
        tooltips[4] = tr("Low on stock: %1 left").replace("%1", stock)
    return Cells(
        row=row,
        texts=texts,
        price_text=price_text,
        struck_price=struck,
        low=low,
        edit_price=number(row.price),
        edit_stock="" if row.stock is None else str(row.stock),
        tooltips=tooltips,
    )


class InvalidStock(UserError):
    """Stock typed in the table that is not a whole, non-negative number."""


def parse_stock(text: str) -> int | None:
    """Stock typed inline: empty (or "-") for not tracked, else a whole number, ``1.200`` read as 1200.

    Raises:
        InvalidStock: negative, fractional or not a number.
    """
    value = text.strip()
    if value in ("", "-", "—") or value.casefold() == tr("not tracked").casefold():
        return None
    if re.fullmatch(r"-\s*[0-9.]+", value):
        raise InvalidStock(tr("Stock cannot be negative."))
    if re.fullmatch(r"[0-9]+", value) or re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+", value):
        return int(value.replace(".", ""))
    raise InvalidStock(
        tr("'%1' is not a number of items. Leave it empty when you do not track stock.").replace("%1", value)
    )
