"""Columns of the catalog table model: their numbers, translatable headers and SQL sort keys."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

(
    COL_PHOTO,
    COL_NAME,
    COL_SKU,
    COL_PRICE,
    COL_STOCK,
    COL_AVAILABILITY,
    COL_COLLECTIONS,
    COL_HIDDEN,
    COL_UPDATED,
) = range(9)

HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ProductModel", "Photo"),
    QT_TRANSLATE_NOOP("ProductModel", "Name"),
    QT_TRANSLATE_NOOP("ProductModel", "SKU"),
    QT_TRANSLATE_NOOP("ProductModel", "Price"),
    QT_TRANSLATE_NOOP("ProductModel", "Stock"),
    QT_TRANSLATE_NOOP("ProductModel", "Availability"),
    QT_TRANSLATE_NOOP("ProductModel", "Collections"),
    QT_TRANSLATE_NOOP("ProductModel", "Hidden"),
    QT_TRANSLATE_NOOP("ProductModel", "Updated"),
)

#: Columns the list can be sorted by, and the catalog_query.SORTABLE name of each (photo and collections
#: have no single column to sort by in SQL).
SORT_KEYS: dict[int, str] = {
    COL_NAME: "name",
    COL_SKU: "sku",
    COL_PRICE: "price",
    COL_STOCK: "stock",
    COL_AVAILABILITY: "availability",
    COL_HIDDEN: "hidden",
    COL_UPDATED: "updated_at",
}
