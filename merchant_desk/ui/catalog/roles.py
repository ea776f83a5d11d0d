"""Item data roles of the catalog models, declared in one place so delegates and tests agree on them."""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)

#: The product id of a row (int), known as soon as the id list is, before the row itself has loaded.
ID_ROLE = _BASE + 1
#: The loaded ``ProductRow`` of a row, or None while its page is still being fetched.
ROW_ROLE = _BASE + 2
#: The price a customer pays now, as text ("Rp12.000"); the sale price when there is one.
PRICE_TEXT_ROLE = _BASE + 3
#: The regular price as text when a sale price applies ("Rp15.000", painted struck through), else None.
STRUCK_PRICE_ROLE = _BASE + 4
#: True when tracked stock is at or below the shop's low-stock threshold.
LOW_STOCK_ROLE = _BASE + 5
#: The cover photo's SHA-256 (str) or None; the thumbnail itself comes with Qt.DecorationRole.
PHOTO_ROLE = _BASE + 6
#: The product name (str) for the grid delegate, which shows name and price under the photo.
NAME_ROLE = _BASE + 7
#: True while the row's page has not arrived (delegates paint a placeholder).
LOADING_ROLE = _BASE + 8
#: True when the product is hidden from the shop's catalog (the grid dims it).
HIDDEN_ROLE = _BASE + 9
#: The cover photo as a pixmap sized for the photo grid (Qt.DecorationRole carries the table's small one).
GRID_THUMB_ROLE = _BASE + 10
#: Everything a card shows at once (a ``cells.Cells``), so the grid asks once per card instead of five times.
CELLS_ROLE = _BASE + 11
#: A table text cell at once: (text, foreground ``QColor`` or None, alignment), or None; one call per cell where
#: the display, foreground and alignment roles took three (each ~10 µs through Qt).
TEXT_ROLE = _BASE + 12
