"""Paints one conversation row: avatar, name, time, status, last-message preview, unread and reminder badges,
label chips."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from merchant_desk.ui.inbox import roles
from merchant_desk.ui.style import MUTED

ROW_HEIGHT = 78
AVATAR = 46
SELECTED = QColor("#E6F3EF")
HOVER = QColor("#F5F6F6")
DIVIDER = QColor("#EEF0F2")
TEXT = QColor("#1F2C33")
UNREAD = QColor("#25D366")
# Avatar colours WhatsApp-like: muted, readable under white initials; picked by conversation id.
AVATAR_COLOURS = ("#6BCBEF", "#E5A65B", "#9B8CE8", "#5FC8A4", "#EF7F8E", "#7C9CB8", "#C89B6D", "#59B1D8")
PENDING, RESOLVED = QColor("#B7791F"), QColor("#128C7E")
REMINDER = QColor("#E08A00")  # amber: something to do, not something unread


def initials(name: str) -> str:
    words = [w for w in name.replace("+", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    if words[0][0].isdigit():
        return "#"  # a phone number as the name: no initials to show
    return (words[0][0] + (words[1][0] if len(words) > 1 else "")).upper()


def chip_colours(colour: str) -> tuple[QColor, QColor]:
    """(background, text) of a label chip: a light tint of the label's colour with a darker text."""
    base = QColor(colour if QColor.isValidColorName(colour) else "#5FA8E8")
    background = QColor(base)
    background.setAlphaF(0.18)
    return background, base.darker(165)


def paint_chips(painter: QPainter, rect: QRect, chips: tuple[tuple[str, str], ...], font: QFont) -> None:
    """Rounded chips left to right inside ``rect``; the ones that do not fit become "+N"."""
    metrics = QFontMetrics(font)
    painter.setFont(font)
    x, height = rect.left(), metrics.height() + 4
    top = rect.top() + (rect.height() - height) // 2
    for n, (name, colour) in enumerate(chips):
        width = min(metrics.horizontalAdvance(name) + 14, 140)
        if x + width > rect.right() - (30 if n < len(chips) - 1 else 0):
            painter.setPen(QColor(MUTED))
            painter.drawText(QRect(x, top, 40, height), Qt.AlignmentFlag.AlignVCenter, f"+{len(chips) - n}")
            return
        background, foreground = chip_colours(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(x, top, width, height), height / 2, height / 2)
        painter.setPen(foreground)
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width - 12)
        painter.drawText(QRect(x + 7, top, width - 12, height), Qt.AlignmentFlag.AlignVCenter, text)
        x += width + 5


def paint_status(painter: QPainter, box: QRect, status: str) -> None:
    """A small clock (pending) or tick (resolved) drawn with lines: no emoji font needed."""
    painter.save()
    if status == "pending":
        painter.setPen(QPen(PENDING, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
        c = box.center()
        painter.drawLine(c, QPoint(c.x(), box.top() + 4))
        painter.drawLine(c, QPoint(box.right() - 4, c.y()))
    else:  # a filled badge, so it cannot be mistaken for WhatsApp's delivery ticks
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(RESOLVED)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), 1.6))
        painter.drawLine(QPoint(box.left() + 4, box.center().y()), QPoint(box.left() + 6, box.bottom() - 4))
        painter.drawLine(QPoint(box.left() + 6, box.bottom() - 4), QPoint(box.right() - 3, box.top() + 4))
    painter.restore()


def paint_bell(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """A bell drawn with a path (no emoji font needed), filling ``box``."""
    x, y, w, h = box.x(), box.y(), box.width(), box.height()
    path = QPainterPath()
    path.moveTo(x + 0.08 * w, y + 0.78 * h)
    path.lineTo(x + 0.92 * w, y + 0.78 * h)
    path.quadTo(x + 0.78 * w, y + 0.66 * h, x + 0.78 * w, y + 0.45 * h)
    path.cubicTo(x + 0.78 * w, y + 0.08 * h, x + 0.22 * w, y + 0.08 * h, x + 0.22 * w, y + 0.45 * h)
    path.quadTo(x + 0.22 * w, y + 0.66 * h, x + 0.08 * w, y + 0.78 * h)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(path)
    painter.drawEllipse(QRectF(x + 0.38 * w, y + 0.8 * h, 0.24 * w, 0.2 * h))  # the clapper


def paint_reminder_badge(painter: QPainter, right: int, top: int, count: int, font: QFont) -> int:
    """An amber pill with a bell and the count of due reminders, ending at ``right``; returns its width."""
    text = str(count) if count < 100 else "99+"
    width = 26 + QFontMetrics(font).horizontalAdvance(text)
    pill = QRectF(right - width, top, width, 20)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(REMINDER)
    painter.drawRoundedRect(pill, 10, 10)
    paint_bell(painter, QRectF(pill.left() + 5, top + 4, 12, 12), QColor("white"))
    painter.setPen(QColor("white"))
    painter.setFont(font)
    painter.drawText(QRectF(pill.left() + 18, top, width - 22, 20), Qt.AlignmentFlag.AlignCenter, text)
    return width


class ConversationDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, QFont] = {}

    def _font(self, base: QFont, key: str) -> QFont:
        if key not in self._fonts:
            font = QFont(base)
            if key == "name":
                font.setPointSizeF(base.pointSizeF() * 1.08)
                font.setWeight(QFont.Weight.DemiBold)
            elif key == "small":
                font.setPointSizeF(base.pointSizeF() * 0.86)
            elif key == "avatar":
                font.setPointSizeF(base.pointSizeF() * 1.1)
                font.setWeight(QFont.Weight.DemiBold)
            elif key == "badge":
                font.setPointSizeF(base.pointSizeF() * 0.8)
                font.setWeight(QFont.Weight.Bold)
            self._fonts[key] = font
        return self._fonts[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(260, ROW_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, SELECTED)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, HOVER)
        else:
            painter.fillRect(rect, QColor("white"))
        base = option.font  # type: ignore[attr-defined]
        avatar = QRect(rect.left() + 12, rect.top() + (ROW_HEIGHT - AVATAR) // 2, AVATAR, AVATAR)
        left = avatar.right() + 12
        right = rect.right() - 14
        painter.setPen(DIVIDER)
        painter.drawLine(left, rect.bottom(), rect.right(), rect.bottom())
        conv = index.data(roles.ROW_ROLE)
        if conv is None:  # its page is on the way: a quiet placeholder, never a query here
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#EEF1F4"))
            painter.drawEllipse(avatar)
            painter.drawRoundedRect(QRect(left, rect.top() + 18, 160, 12), 6, 6)
            painter.drawRoundedRect(QRect(left, rect.top() + 42, 220, 10), 5, 5)
            painter.restore()
            return
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(AVATAR_COLOURS[conv.id % len(AVATAR_COLOURS)]))
        painter.drawEllipse(avatar)
        painter.setPen(QColor("white"))
        painter.setFont(self._font(base, "avatar"))
        painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, initials(name))

        small = self._font(base, "small")
        when = index.data(roles.TIME_TEXT_ROLE) or ""
        time_width = QFontMetrics(small).horizontalAdvance(when) + 4
        top = rect.top() + 10
        painter.setFont(small)
        painter.setPen(UNREAD if conv.unread_count else QColor(MUTED))
        painter.drawText(QRect(right - time_width, top, time_width, 20), Qt.AlignmentFlag.AlignRight, when)
        name_font = self._font(base, "name")
        painter.setFont(name_font)
        painter.setPen(TEXT)
        name_rect = QRect(left, top - 2, right - time_width - left - 8, 22)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(name_font).elidedText(name, Qt.TextElideMode.ElideRight, name_rect.width()),
        )

        line = QRect(left, rect.top() + 33, right - left, 20)
        if conv.unread_count:
            badge_font = self._font(base, "badge")
            text = str(conv.unread_count) if conv.unread_count < 1000 else "999+"
            width = max(20, QFontMetrics(badge_font).horizontalAdvance(text) + 10)
            badge = QRectF(right - width, line.top(), width, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(UNREAD)
            painter.drawRoundedRect(badge, 10, 10)
            painter.setPen(QColor("white"))
            painter.setFont(badge_font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            line.setRight(right - width - 8)
        due = index.data(roles.REMINDERS_ROLE) or 0
        if due:
            width = paint_reminder_badge(painter, line.right(), line.top(), due, self._font(base, "badge"))
            line.setRight(line.right() - width - 8)
        painter.setFont(base)
        if conv.status in ("pending", "resolved"):
            paint_status(painter, QRect(line.left(), line.top() + 3, 14, 14), conv.status)
            line.setLeft(line.left() + 20)
        painter.setPen(TEXT if conv.unread_count else QColor(MUTED))
        preview = (conv.last_message_preview or "").replace("\n", " ")
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(base).elidedText(preview, Qt.TextElideMode.ElideRight, line.width()),
        )
        chips = index.data(roles.CHIPS_ROLE) or ()
        if chips:
            paint_chips(painter, QRect(left, rect.top() + 55, right - left, 18), chips, small)
        painter.restore()
