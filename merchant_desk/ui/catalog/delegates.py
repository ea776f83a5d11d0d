"""Delegates of the catalog views; each paints only from ``index.data(role)`` and never does I/O."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
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
    """A photo-grid card: the cover photo, two lines of name, and the price (sale price in green)."""

    SIZE = QSize(176, 236)
    PHOTO = 148

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return self.SIZE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect: QRect = option.rect.adjusted(4, 4, -4, -4)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QPainterPath()
        card.addRoundedRect(rect, 8, 8)
        painter.fillPath(card, QColor("#E7F5F2") if selected else QColor("white"))
        painter.setPen(QColor(ACCENT) if selected else QColor("#E3E8EC"))
        painter.drawPath(card)
        photo = QRect(rect.left() + (rect.width() - self.PHOTO) // 2, rect.top() + 10, self.PHOTO, self.PHOTO)
        paint_photo(painter, photo, index.data(roles.GRID_THUMB_ROLE))
        text = QRect(rect.left() + 10, photo.bottom() + 6, rect.width() - 20, rect.bottom() - photo.bottom() - 8)
        font = QFont(option.font)  # type: ignore[attr-defined]
        metrics = painter.fontMetrics()
        name = index.data(roles.NAME_ROLE) or index.data(Qt.ItemDataRole.DisplayRole) or ""
        hidden = bool(index.data(roles.HIDDEN_ROLE))
        painter.setPen(QColor(MUTED) if hidden else palette.text().color())
        name_rect = QRect(text.left(), text.top(), text.width(), metrics.height() * 2)
        painter.drawText(
            name_rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, _two_lines(metrics, name, text.width())
        )
        price = index.data(roles.PRICE_TEXT_ROLE)
        if price:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor(ACCENT))
            price_rect = QRect(text.left(), name_rect.bottom() + 2, text.width(), metrics.height() + 2)
            painter.drawText(price_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, price)
            struck = index.data(roles.STRUCK_PRICE_ROLE)
            if struck:
                used = painter.fontMetrics().horizontalAdvance(price) + 8
                small = QFont(font)
                small.setStrikeOut(True)
                painter.setFont(small)
                painter.setPen(QColor(MUTED))
                painter.drawText(price_rect.adjusted(used, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, struck)
        painter.restore()


def _two_lines(fm: QFontMetrics, text: str, width: int) -> str:
    """The name cut to what fits in two lines, with an ellipsis (word wrap alone would clip mid-line)."""
    if fm.horizontalAdvance(text) <= width * 2 - fm.averageCharWidth() * 4:
        return text
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, width * 2 - fm.averageCharWidth() * 5)
