"""Delegates of the catalog views; each paints only from ``index.data(role)`` and never does I/O."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from merchant_desk.ui.catalog import roles
from merchant_desk.ui.catalog.grid_delegate import GridDelegate, paint_photo
from merchant_desk.ui.style import ACCENT, MUTED

__all__ = ["GridDelegate", "PhotoDelegate", "PriceDelegate", "TextDelegate", "paint_photo"]

_Index = QModelIndex | QPersistentModelIndex
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


# Plain ints: a Python enum flag test (``state & State_Selected``) costs ~3 µs, a table paint makes hundreds.
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_SELECTED = QStyle.StateFlag.State_Selected.value
_ALTERNATE = QStyleOptionViewItem.ViewItemFeature.Alternate.value
_TEXT = roles.TEXT_ROLE


class _Delegate(QStyledItemDelegate):
    def paint_background(
        self, painter: QPainter, option: QStyleOptionViewItem, index: _Index, state: int | None = None
    ) -> None:
        """The cell's selection or alternate-row background (``state``: the option's state flags, as an int).

        Asking the style costs ~0.1 ms a cell under the app's style sheet (its ``::item`` rule is matched
        on every call): ~10 ms of a 14-row table paint. Flat fills of the palette's colours look the same;
        only the current cell, which has a focus frame, is still drawn by the style.
        """
        if state is None:
            state = option.state.value  # type: ignore[attr-defined]
        if state & _FOCUS:
            self._style_background(painter, option, index)
        elif state & _SELECTED:
            painter.fillRect(option.rect, option.palette.highlight())  # type: ignore[attr-defined]
        elif option.features.value & _ALTERNATE:  # type: ignore[attr-defined]
            painter.fillRect(option.rect, option.palette.alternateBase())  # type: ignore[attr-defined]

    def _style_background(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text, opt.icon = "", QIcon()  # type: ignore[attr-defined]
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


class TextDelegate(_Delegate):
    """The table's text cells: one role lookup (roles.TEXT_ROLE) and an elided text remembered per text and
    width, instead of QStyledItemDelegate's seven lookups and a text layout through the style sheet per cell."""

    MARGIN = 9  # the style sheet's ``padding: 0 6px`` plus the style's own text margin

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._elided: dict[tuple[str, int], str] = {}
        if parent is not None:
            parent.installEventFilter(self)  # a new font makes the remembered elisions wrong

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elided.clear()
        return False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        state = option.state.value  # type: ignore[attr-defined]
        self.paint_background(painter, option, index, state)
        cell = index.data(_TEXT)  # (text, foreground or None, alignment) or None
        if cell is not None and cell[0]:
            self.paint_text(painter, option, state, *cell)

    def paint_text(
        self, painter: QPainter, option: QStyleOptionViewItem, state: int, text: str, pen: Any, align: Any
    ) -> None:
        rect: QRect = option.rect.adjusted(self.MARGIN, 0, -self.MARGIN, 0)  # type: ignore[attr-defined]
        width = rect.width()
        found = self._elided.get((text, width))
        if found is None:
            if len(self._elided) > 20_000:
                self._elided.clear()
            found = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, width)  # type: ignore[attr-defined]
            self._elided[(text, width)] = found
        if state & _SELECTED:
            painter.setPen(option.palette.highlightedText().color())  # type: ignore[attr-defined]
        else:
            painter.setPen(pen or option.palette.text().color())  # type: ignore[attr-defined]
        painter.drawText(rect, align or _LEFT, found)


class PhotoDelegate(_Delegate):
    """The table's photo column: a small rounded thumbnail, drawn once per photo and size into a tile that
    later paints copy (its antialiased rounded clip was ~0.15 ms a cell, ~2 ms of a 14-row paint)."""

    TILES = 400  # ~6 KB each at 38 px: a few screens of rows, and the same photo on many products hits

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tiles: OrderedDict[tuple[int, int, float], QPixmap] = OrderedDict()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.paint_background(painter, option, index)
        side = min(option.rect.height(), option.rect.width()) - 8  # type: ignore[attr-defined]
        if side <= 0:
            return
        rect = QRect(0, 0, side, side)
        rect.moveCenter(option.rect.center())  # type: ignore[attr-defined]
        painter.drawPixmap(rect.topLeft(), self._tile(painter, side, index.data(Qt.ItemDataRole.DecorationRole)))

    def _tile(self, painter: QPainter, side: int, pixmap: QPixmap | None) -> QPixmap:
        ratio = painter.device().devicePixelRatioF()
        photo = pixmap is not None and not pixmap.isNull()
        key = (pixmap.cacheKey() if photo else 0, side, ratio)  # type: ignore[union-attr]
        tile = self._tiles.get(key)
        if tile is not None:
            self._tiles.move_to_end(key)
            return tile
        tile = QPixmap(round(side * ratio), round(side * ratio))
        tile.setDevicePixelRatio(ratio)
        tile.fill(Qt.GlobalColor.transparent)
        tile_painter = QPainter(tile)
        paint_photo(tile_painter, QRect(0, 0, side, side), pixmap if photo else None, radius=4)
        tile_painter.end()
        self._tiles[key] = tile
        while len(self._tiles) > self.TILES:
            self._tiles.popitem(last=False)
        return tile


class PriceDelegate(TextDelegate):
    """The price column: the price a customer pays, and the regular price struck through when on sale."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        struck = index.data(roles.STRUCK_PRICE_ROLE)
        if not struck:
            super().paint(painter, option, index)  # the plain text cell
            return
        self.paint_background(painter, option, index)
        rect = option.rect.adjusted(6, 0, -6, 0)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        painter.save()
        font = QFont(option.font)  # type: ignore[attr-defined]
        old_font = QFont(font)
        old_font.setStrikeOut(True)
        old_font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(old_font)
        painter.setPen(palette.highlightedText().color() if selected else QColor(MUTED))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        used = painter.boundingRect(rect, align, struck)
        painter.drawText(rect, align, struck)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.highlightedText().color() if selected else QColor(ACCENT))
        painter.drawText(rect.adjusted(0, 0, -used.width() - 6, 0), align, index.data(roles.PRICE_TEXT_ROLE) or "")
        painter.restore()
