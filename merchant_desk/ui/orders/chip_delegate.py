"""A table cell painted as a rounded coloured chip (an order's stage, a broadcast's state), from model data only."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

NEUTRAL = ("#EEF1F4", "#3B4A54")
PADDING, HEIGHT, INSET = 22, 22, 6


class ChipDelegate(QStyledItemDelegate):
    """Shows the cell's text in a chip coloured by the key ``key_role`` returns (background, text colours)."""

    def __init__(self, colours: dict[str, tuple[str, str]], key_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.colours, self.key_role = colours, key_role

    @staticmethod
    def chip_width(metrics: QFontMetrics, text: str) -> int:
        """The width a cell needs to show ``text`` as a chip (the font must already be bold)."""
        return metrics.horizontalAdvance(text) + PADDING + 2 * INSET

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, QModelIndex())  # background and selection, no text
        key, text = index.data(self.key_role), index.data() or ""
        back, fore = self.colours.get(key or "", NEUTRAL)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        room = option.rect.width() - 2 * INSET
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room - PADDING, 0))
        width = min(metrics.horizontalAdvance(shown) + PADDING, room)
        rect = QRect(option.rect.left() + INSET, option.rect.center().y() - HEIGHT // 2, width, HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(back))
        painter.drawRoundedRect(QRectF(rect), HEIGHT / 2, HEIGHT / 2)
        painter.setPen(QColor(fore))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        font = option.font
        font.setBold(True)
        # Slack for the stylesheet's item padding, which the view takes from the cell before painting.
        return QSize(self.chip_width(QFontMetrics(font), index.data() or "") + 16, HEIGHT + 8)
