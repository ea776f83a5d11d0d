"""A wrapping row of label chips (customer panel, labels dialog), painted like the conversation list's."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from merchant_desk.ui.inbox.conversation_delegate import chip_colours

GAP = 6


class ChipsWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: tuple[tuple[str, str], ...] = ()
        self.placeholder = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_chips(self, chips: tuple[tuple[str, str], ...], placeholder: str = "") -> None:
        self.chips, self.placeholder = chips, placeholder
        self.updateGeometry()
        self.update()

    def _rects(self, width: int) -> list[QRect]:
        metrics = QFontMetrics(self.font())
        height = metrics.height() + 8
        x = y = 0
        rects = []
        for name, _colour in self.chips:
            w = min(metrics.horizontalAdvance(name) + 20, max(40, width))
            if x and x + w > width:
                x, y = 0, y + height + GAP
            rects.append(QRect(x, y, w, height))
            x += w + GAP
        return rects

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rects = self._rects(width)
        return rects[-1].bottom() + 1 if rects else QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(240))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.chips:
            painter.setPen(Qt.GlobalColor.gray)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.placeholder)
            return
        metrics = QFontMetrics(self.font())
        for rect, (name, colour) in zip(self._rects(self.width()), self.chips, strict=True):
            background, foreground = chip_colours(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(QRectF(rect), rect.height() / 2, rect.height() / 2)
            painter.setPen(foreground)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width() - 16)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
