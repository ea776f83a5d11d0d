"""Search hits shown in place of the conversation list: who, when, and the words found in their message."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from merchant_desk.core.timezones import format_shop_datetime
from merchant_desk.ui.style import ACCENT, MUTED

if TYPE_CHECKING:
    from merchant_desk.services.inbox_rows import SearchHit

HIT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
TEXT_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # (title, when, snippet, word spans)
ROW = 58
BEFORE = 24  # characters of context kept before the first word found


def snippet(author: str, body: str, words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """``author: …text around the first match…`` and the (start, length) of every word found in it."""
    flat = " ".join(body.split())
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE) if words else None
    first = pattern.search(flat) if pattern else None
    if first and first.start() > BEFORE:
        start = first.start() - BEFORE
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < first.start() else start  # begin at a whole word
        flat = "…" + flat[start:]
    text = f"{author}: {flat}" if author else flat
    spans = [(m.start(), m.end() - m.start()) for m in pattern.finditer(text)] if pattern else []
    return text, spans


Prepared = tuple["SearchHit", tuple[str, str, str, list[tuple[int, int]]]]


def prepare_hits(hits: list[SearchHit], zone: str, you: str, query: str) -> list[Prepared]:
    """Each hit with (who, when, snippet, spans of the words found): safe to run in a worker thread."""
    words = [w for w in re.findall(r"[^\W_]+", query) if w]
    out: list[Prepared] = []
    for hit in hits:
        who = hit.conversation_title or ""
        author = you if hit.direction == "out" else (hit.author_name or "")
        text, spans = snippet(author if author != who else "", hit.body, words)
        out.append((hit, (who, format_shop_datetime(hit.sent_at, zone), text, spans)))
    return out


class HitDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, ROW)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        title, when, text, spans = index.data(TEXT_ROLE)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        painter.save()
        selected = option.state & QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        painter.fillRect(rect, QColor("#E6F3EF") if selected else QColor("white"))
        painter.setPen(QColor("#EEF0F2"))
        painter.drawLine(rect.left() + 12, rect.bottom(), rect.right(), rect.bottom())
        base = QFont(option.font)  # type: ignore[attr-defined]
        bold, small = QFont(base), QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small.setPointSizeF(base.pointSizeF() * 0.86)
        inner = rect.adjusted(12, 8, -12, -8)
        when_width = QFontMetrics(small).horizontalAdvance(when) + 6
        painter.setFont(small)
        painter.setPen(QColor(MUTED))
        painter.drawText(
            QRect(inner.right() - when_width, inner.top(), when_width, 20), Qt.AlignmentFlag.AlignRight, when
        )
        painter.setFont(bold)
        painter.setPen(QColor("#1F2C33"))
        title_rect = QRect(inner.left(), inner.top() - 1, inner.width() - when_width - 6, 20)
        painter.drawText(
            title_rect, 0, QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width())
        )
        # The message line, elided, with the words found in the accent colour and bold.
        metrics = QFontMetrics(base)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        layout = QTextLayout(shown, base)
        found = QTextCharFormat()
        found.setForeground(QColor(ACCENT))
        found.setFontWeight(QFont.Weight.Bold)
        ranges = []
        for start, length in spans:
            if start < len(shown):
                r = QTextLayout.FormatRange()
                r.start, r.length, r.format = start, min(length, len(shown) - start), found
                ranges.append(r)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(inner.width() + 40)
        layout.endLayout()
        painter.setPen(QColor("#3B4A54"))
        layout.draw(painter, QPointF(inner.left(), inner.top() + 22))
        painter.restore()


class SearchResults(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setItemDelegate(HitDelegate(self))
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setStyleSheet("QListWidget { border: none; border-radius: 0; }")
        self.hits: list[SearchHit] = []

    def show_hits(self, hits: list[SearchHit], zone: str, you: str, query: str = "") -> None:
        self.show_prepared(prepare_hits(hits, zone, you, query))

    def show_prepared(self, prepared: list[Prepared]) -> None:
        """Shows hits whose texts were prepared in the worker that searched (``prepare_hits``)."""
        self.clear()
        self.hits = [hit for hit, _texts in prepared]
        for hit, texts in prepared:
            item = QListWidgetItem(f"{texts[0]}\n{texts[2]}")
            item.setData(HIT_ROLE, hit)
            item.setData(TEXT_ROLE, texts)
            item.setToolTip(hit.body[:600])
            self.addItem(item)

    def hit(self, item: QListWidgetItem) -> SearchHit | None:
        return item.data(HIT_ROLE)
