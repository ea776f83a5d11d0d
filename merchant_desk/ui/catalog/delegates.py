"""Delegates of the catalog views; each paints only from ``index.data(role)`` and never does I/O."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from merchant_desk.ui.catalog import roles
from merchant_desk.ui.style import ACCENT, MUTED

PLACEHOLDER_BG = QColor("#EEF1F4")
PLACEHOLDER_FG = QColor("#B8C2CA")
_Index = QModelIndex | QPersistentModelIndex
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


# Plain ints: a Python enum flag test (``state & State_Selected``) costs ~3 µs, a table paint makes hundreds.
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_SELECTED = QStyle.StateFlag.State_Selected.value
_ALTERNATE = QStyleOptionViewItem.ViewItemFeature.Alternate.value
_DISPLAY, _FOREGROUND = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.ForegroundRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)


class _Delegate(QStyledItemDelegate):
    def paint_background(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """The cell's selection or alternate-row background.

        Asking the style costs ~0.1 ms a cell under the app's style sheet (its ``::item`` rule is matched
        on every call): ~10 ms of a 14-row table paint. Flat fills of the palette's colours look the same;
        only the current cell, which has a focus frame, is still drawn by the style.
        """
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
    """The table's text cells: three role lookups and an elided text remembered per text and width,
    instead of QStyledItemDelegate's seven lookups and a text layout through the style sheet per cell."""

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
        self.paint_background(painter, option, index)
        text = index.data(_DISPLAY)
        if text:
            self.paint_text(painter, option, index, text)

    def paint_text(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index, text: str) -> None:
        rect: QRect = option.rect.adjusted(self.MARGIN, 0, -self.MARGIN, 0)  # type: ignore[attr-defined]
        width = rect.width()
        found = self._elided.get((text, width))
        if found is None:
            if len(self._elided) > 20_000:
                self._elided.clear()
            found = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, width)  # type: ignore[attr-defined]
            self._elided[(text, width)] = found
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        if option.state.value & _SELECTED:  # type: ignore[attr-defined]
            painter.setPen(palette.highlightedText().color())
        else:
            painter.setPen(index.data(_FOREGROUND) or palette.text().color())
        painter.drawText(rect, index.data(_ALIGN) or _LEFT, found)


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


class PhotoDelegate(_Delegate):
    """The table's photo column: a small square thumbnail."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.paint_background(painter, option, index)
        side = min(option.rect.height(), option.rect.width()) - 8  # type: ignore[attr-defined]
        rect = QRect(0, 0, side, side)
        rect.moveCenter(option.rect.center())  # type: ignore[attr-defined]
        paint_photo(painter, rect, index.data(Qt.ItemDataRole.DecorationRole), radius=4)


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
