"""The photo grid's card delegate, and the rounded photo square the table's photo column shares."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from merchant_desk.ui.catalog import roles
from merchant_desk.ui.style import ACCENT, MUTED

PLACEHOLDER_BG = QColor("#EEF1F4")
PLACEHOLDER_FG = QColor("#B8C2CA")
_Index = QModelIndex | QPersistentModelIndex


def paint_photo(
    painter: QPainter, rect: QRect, pixmap: QPixmap | None, radius: float = 6.0, empty: bool = True
) -> None:
    """A photo centred in ``rect`` on a light rounded square; an empty square while it loads (with a
    picture mark unless ``empty`` is false: the grid's frame under a photo about to be drawn)."""
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
    elif empty:
        # A simple picture mark (frame and a hill) so an empty square reads as "photo", not as a glitch.
        painter.setPen(PLACEHOLDER_FG)
        mark = QRect(0, 0, rect.width() // 3, rect.height() // 4)
        mark.moveCenter(rect.center())
        painter.drawRoundedRect(mark, 2, 2)
        painter.drawLine(mark.left() + 2, mark.bottom() - 2, mark.center().x(), mark.top() + mark.height() // 2)
        painter.drawLine(mark.center().x(), mark.top() + mark.height() // 2, mark.right() - 2, mark.bottom() - 2)
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
        self._chromes: dict[tuple[int, int, bool, bool, float], QPixmap] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return self.SIZE

    def _chrome(self, painter: QPainter, size: QSize, selected: bool, empty: bool) -> QPixmap:
        """The card's rounded frame and photo square, drawn once per state: antialiased rounded shapes
        were ~2 ms of every grid scroll step (two per card), a pixmap copy is a few microseconds."""
        ratio = painter.device().devicePixelRatioF()
        key = (size.width(), size.height(), selected, empty, ratio)
        found = self._chromes.get(key)
        if found is None:
            found = QPixmap(QSize(size.width() + 2, size.height() + 2) * ratio)  # 1 px around: the pen's half
            found.setDevicePixelRatio(ratio)
            found.fill(Qt.GlobalColor.transparent)
            chrome = QPainter(found)
            chrome.setRenderHint(QPainter.RenderHint.Antialiasing)
            chrome.setPen(self.BORDER_SELECTED if selected else self.BORDER)
            chrome.setBrush(self.CARD_SELECTED if selected else self.CARD)
            rect = QRect(1, 1, size.width(), size.height())
            chrome.drawRoundedRect(rect, 8, 8)
            paint_photo(chrome, self._photo_rect(rect), None, empty=empty)
            chrome.end()
            self._chromes[key] = found
        return found

    def _photo_rect(self, rect: QRect) -> QRect:
        return QRect(rect.left() + (rect.width() - self.PHOTO) // 2, rect.top() + 10, self.PHOTO, self.PHOTO)

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
        thumb = index.data(roles.GRID_THUMB_ROLE)
        empty = thumb is None or thumb.isNull()
        painter.drawPixmap(rect.left() - 1, rect.top() - 1, self._chrome(painter, rect.size(), selected, empty))
        photo = self._photo_rect(rect)
        if not empty:
            paint_photo(painter, photo, thumb)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
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
