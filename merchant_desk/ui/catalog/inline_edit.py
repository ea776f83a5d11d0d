"""Inline edits of price and stock in the catalog table: parsed on the GUI thread, written on the write lane.

A refused value stores nothing and says why (``failed``); an accepted one shows at once and is put back if
the write fails, so the table never shows what is not stored.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from merchant_desk.core.catalog import ProductRow
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.core.money import format_rupiah
from merchant_desk.core.prices import parse_price
from merchant_desk.ui.catalog.cells import make_cells, parse_stock
from merchant_desk.ui.catalog.columns import COL_PRICE
from merchant_desk.ui.catalog.paged_model import PAGE
from merchant_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from merchant_desk.ui.catalog.product_model import ProductModel


class InlineEdits:
    """Mixed into ProductModel (a PagedProducts), whose signals ``failed`` and ``edited`` it emits."""

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2) -> bool:
        model: ProductModel = self  # type: ignore[assignment]
        if role != Qt.ItemDataRole.EditRole or not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        cells = model._cells(index.row())
        services = model.context.services
        if cells is None or services is None:
            return False
        row, text = cells.row, "" if value is None else str(value)
        try:
            new = _price_edit(row, text) if index.column() == COL_PRICE else replace(row, stock=parse_stock(text))
        except UserError as exc:
            model.failed.emit(error_text(exc))
            return False
        if new == row:
            return False
        actor = services.actor
        if index.column() == COL_PRICE:
            write: Any = lambda: services.catalog.set_price(actor, row.id, new.price, new.sale_price)  # noqa: E731
        else:
            write = lambda: services.catalog.set_stock(actor, [row.id], new.stock)  # noqa: E731
        self.replace_row(new)
        model.context.run(
            write,
            lambda changes: model.edited.emit(changes if isinstance(changes, Changes) else Changes(catalog=True)),
            lambda error: self._edit_failed(row, error),
            write=True,
        )
        return True

    def _edit_failed(self, old: ProductRow, error: BaseException) -> None:
        model: ProductModel = self  # type: ignore[assignment]
        self.replace_row(old)
        if not isinstance(error, UserError):
            raise error  # a bug: the excepthook logs it and shows the crash dialog
        model.failed.emit(error_text(error))

    def replace_row(self, new: ProductRow) -> None:
        """Updates a cached row in place and repaints it."""
        model: ProductModel = self  # type: ignore[assignment]
        for page, cells in model._pages.items():
            for offset, cell in enumerate(cells):
                if cell is not None and cell.row.id == new.id:
                    cells[offset] = make_cells(new, *model._limits())
                    row = page * PAGE + offset
                    model.dataChanged.emit(model.index(row, 0), model.index(row, model.columnCount() - 1))
                    return


def _price_edit(row: ProductRow, text: str) -> ProductRow:
    price = parse_price(text)
    if row.sale_price is not None and row.sale_price >= price:
        raise UserError(
            QCoreApplication.translate(
                "ProductModel", "The sale price (%1) must stay below the price: change both in the product editor."
            ).replace("%1", format_rupiah(row.sale_price))
        )
    return replace(row, price=price)
