"""The catalog search that the order, 'waiting for a product' and broadcast dialogs share: the catalog
service's own search run off the GUI thread, and one way of listing a product (name, price, stock)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from merchant_desk.core.catalog import ProductFilter
from merchant_desk.core.money import format_rupiah

if TYPE_CHECKING:
    from merchant_desk.core.catalog import ProductRow
    from merchant_desk.ui.context import AppContext

RESULTS = 20  # enough to pick from while typing; a longer list means the search should be more precise


def product_line(row: ProductRow, *, with_stock: bool = True) -> str:
    """'Gamis Katun  —  Rp150.000 · stok 3' (the sale price when there is one; 'stok habis' at zero)."""
    price = row.sale_price if row.sale_price is not None and row.sale_price < row.price else row.price
    stock = ""
    if with_stock and row.stock is not None:
        stock = (
            QCoreApplication.translate("ProductSearch", " · stock %1").replace("%1", str(row.stock))
            if row.stock > 0
            else QCoreApplication.translate("ProductSearch", " · out of stock")
        )
    return f"{row.name}  —  {format_rupiah(price)}{stock}"


def search_products(context: AppContext, text: str, done: Callable[[str, list[ProductRow]], None]) -> None:
    """Searches the catalog for ``text`` in the background; ``done(text, rows)`` runs on the GUI thread.

    The caller compares ``text`` with its search box: an older answer can arrive after a newer keystroke.
    """
    services = context.services
    if services is None:
        return

    def find() -> list[ProductRow]:
        page = services.catalog.page(ProductFilter(search=text), limit=RESULTS)
        return services.catalog.rows(page.ids)

    context.run(find, lambda rows: done(text, rows))


def fill_results(
    results: QListWidget, rows: list[ProductRow], *, with_stock: bool = True, select_first: bool = True
) -> None:
    """Lists ``rows`` (the product id under UserRole, the whole name as tooltip), the first one current."""
    results.clear()
    for row in rows:
        item = QListWidgetItem(product_line(row, with_stock=with_stock))
        item.setToolTip(row.name)
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        results.addItem(item)
    if select_first and results.count():
        results.setCurrentRow(0)
