"""Delegates of the catalog views; each paints only from ``index.data(role)`` and never does I/O."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from merchant_desk.ui.catalog import roles
from merchant_desk.ui.style import ACCENT, MUTED

PLACEHOLDER_BG = QColor("#EEF1F4")
PLACEHOLDER_FG = QColor("#B8C2CA")
_Index = QModelIndex | QPersistentModelIndex


class _Delegate(QStyledItemDelegate):
    def paint_background(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """The item's selection/hover background as the style draws it, without its text or icon."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text, opt.icon = "", QIcon()  # type: ignore[attr-defined]
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


def paint_photo(painter: QPainter, rect: QRect, pixmap: QPixmap | None, radius: float = 6.0) -> None:
    """A photo centred in ``rect`` on a light rounded square; an empty square while it loads."""
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(path, PLACEHOLDER_BG)
    if pixmap is not None and not pixmap.isNull():
        ratio = pixmap.devicePixelRatio() or 1.0
        size = pixmap.size() / ratio
        size.scale(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(rect.center())
        painter.setClipPath(path)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, pixmap)
    else:
        # A simple picture mark (frame and a hill) so an empty square reads as "photo", not as a glitch.
        painter.setPen(PLACEHOLDER_FG)
        mark = QRect(0, 0, rect.width() // 3, rect.height() // 4)
        mark.moveCenter(rect.center())
        painter.drawRoundedRect(mark, 2, 2)
        painter.drawLine(mark.left() + 2, mark.bottom() - 2, mark.center().x(), mark.top() + mark.height() // 2)
        painter.drawLine(mark.center().x(), mark.top() + mark.height() // 2, mark.right() - 2, mark.bottom() - 2)
    painter.restore()


class PhotoDelegate(_Delegate):
    """The table's photo column: a small square thumbnail."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.paint_background(painter, option, index)
        side = min(option.rect.height(), option.rect.width()) - 8  # type: ignore[attr-defined]
        rect = QRect(0, 0, side, side)
        rect.moveCenter(option.rect.center())  # type: ignore[attr-defined]
        paint_photo(painter, rect, index.data(Qt.ItemDataRole.DecorationRole), radius=4)


class PriceDelegate(_Delegate):
    """The price column: the price a customer pays, and the regular price struck through when on sale."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        struck = index.data(roles.STRUCK_PRICE_ROLE)
        if not struck:
            super().paint(painter, option, index)
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


class GridDelegate(QStyledItemDelegate):
    """A photo-grid card: the cover photo, two lines of name, and the price (sale price in green).

    Painting runs for every visible card on every scroll step, so colours, pens and fonts are made once
    and elided names are remembered; a card costs a handful of draw calls.
    """

    SIZE = QSize(176, 236)
    PHOTO = 148
    CARD, CARD_SELECTED = QColor("white"), QColor("#E7F5F2")
    BORDER, BORDER_SELECTED = QColor("#E3E8EC"), QColor(ACCENT)
    PRICE, OLD_PRICE, HIDDEN_TEXT = QColor(ACCENT), QColor(MUTED), QColor(MUTED)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fonts: tuple[QFont, QFont, QFont, QFontMetrics, QFontMetrics] | None = None
        self._font_key: str | None = None
        self._elided: dict[str, str] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return self.SIZE

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFont, QFont, QFontMetrics, QFontMetrics]:
        key = font.key()
        if self._fonts is None or key != self._font_key:
            font, bold, struck = QFont(font), QFont(font), QFont(font)  # copies: the option owns its font
            bold.setBold(True)
            struck.setStrikeOut(True)
            self._fonts, self._font_key = (font, bold, struck, QFontMetrics(font), QFontMetrics(bold)), key
            self._elided.clear()
        return self._fonts

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect: QRect = option.rect.adjusted(4, 4, -4, -4)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        font, bold, struck_font, metrics, bold_metrics = self._fonts_for(option.font)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.BORDER_SELECTED if selected else self.BORDER)
        painter.setBrush(self.CARD_SELECTED if selected else self.CARD)
        painter.drawRoundedRect(rect, 8, 8)
        photo = QRect(rect.left() + (rect.width() - self.PHOTO) // 2, rect.top() + 10, self.PHOTO, self.PHOTO)
        paint_photo(painter, photo, index.data(roles.GRID_THUMB_ROLE))
        left, width, top = rect.left() + 10, rect.width() - 20, photo.bottom() + 6
        line = metrics.height()
        cells = index.data(roles.CELLS_ROLE)  # None while the row loads: an empty card with its photo square
        name = cells.row.name if cells is not None else index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.setFont(font)
        painter.setPen(self.HIDDEN_TEXT if cells is not None and cells.row.hidden else option.palette.text().color())  # type: ignore[attr-defined]
        painter.drawText(
            QRect(left, top, width, line * 2),
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop,
            self._name(name, metrics, width),
        )
        if cells is not None:
            price = cells.price_text
            price_rect = QRect(left, top + line * 2 + 2, width, line + 2)
            painter.setFont(bold)
            painter.setPen(self.PRICE)
            painter.drawText(price_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, price)
            struck = cells.struck_price
            if struck:
                painter.setFont(struck_font)
                painter.setPen(self.OLD_PRICE)
                used = bold_metrics.horizontalAdvance(price) + 8
                painter.drawText(price_rect.adjusted(used, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, struck)
        painter.restore()

    def _name(self, name: str, metrics: QFontMetrics, width: int) -> str:
        """The name cut to what fits in two lines, with an ellipsis (word wrap alone would clip mid-line)."""
        found = self._elided.get(name)
        if found is None:
            if len(self._elided) > 5_000:
                self._elided.clear()
            room = width * 2 - metrics.averageCharWidth() * 4
            fits = metrics.horizontalAdvance(name) <= room
            found = (
                name
                if fits
                else metrics.elidedText(name, Qt.TextElideMode.ElideRight, room - metrics.averageCharWidth())
            )
            self._elided[name] = found
        return found
