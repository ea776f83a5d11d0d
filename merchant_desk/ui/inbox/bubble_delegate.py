"""Paints chat bubbles: incoming left and white, outgoing right and green, notices and days centred.

Each row's geometry is computed once per (message, width) and cached: a QListView with items of different
heights asks every row's sizeHint when it lays out, so measuring must be cheap (DESIGN.md §8.3).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from merchant_desk.core.placeholders import StyledSpan
from merchant_desk.ui.inbox import roles
from merchant_desk.ui.inbox.attachment_images import THUMB, AttachmentImages
from merchant_desk.ui.inbox.thread_model import Item
from merchant_desk.ui.replies.wa_preview import span_format

WALLPAPER = QColor("#EFEAE2")
INCOMING = QColor("#FFFFFF")
OUTGOING = QColor("#DCF8C6")
NOTICE = QColor("#FFF5C4")
DAY_PILL = QColor("#FFFFFF")
TEXT = QColor("#111B21")
MUTED = QColor("#667781")
TICK = QColor("#8696A0")
READ_TICK = QColor("#53BDEB")
AUTHOR_COLOURS = ("#1F7AEC", "#D3396D", "#6B4FBB", "#128C7E", "#C05717", "#2E7D32", "#8E24AA", "#00838F")
HIGHLIGHT = QColor(255, 214, 0, 70)
SIDE, PAD_X, PAD_Y, GAP = 18, 9, 6, 3
MAX_CACHE = 20_000


@dataclass(frozen=True)
class Geometry:
    height: int
    bubble: QRect  # row-relative: (0, 0) is the row's top-left corner
    author: QRect | None = None
    image: QRect | None = None
    files: QRect | None = None
    text: QRect | None = None
    footer: QRect | None = None
    # A formatted message's text, laid out once with its bold/italic/strike runs and drawn as it is on paint.
    layout: QTextLayout | None = field(default=None, compare=False)


class BubbleDelegate(QStyledItemDelegate):
    def __init__(self, images: AttachmentImages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images = images
        self.highlight: tuple[str, int] | None = None  # the search hit being shown
        self._cache: dict[tuple[tuple[str, int], int], Geometry] = {}
        self._font = QFont()
        self._small = QFont()
        self._metrics = QFontMetrics(self._font)
        self._small_metrics = QFontMetrics(self._small)

    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self._small = QFont(font)
        self._small.setPointSizeF(font.pointSizeF() * 0.82)
        self._metrics, self._small_metrics = QFontMetrics(self._font), QFontMetrics(self._small)
        self._cache.clear()

    def cached(self) -> int:
        return len(self._cache)

    # -- geometry -------------------------------------------------------------------------------------

    def geometry(self, item: Item, width: int) -> Geometry:
        key = (item.key, width)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > MAX_CACHE:
                self._cache.clear()
            found = self._cache[key] = self._measure(item, width)
        return found

    def _measure(self, item: Item, width: int) -> Geometry:
        fm, small = self._metrics, self._small_metrics
        if item.kind == "day":
            w = small.horizontalAdvance(item.text) + 24
            return Geometry(44, QRect((width - w) // 2, 12, w, small.height() + 10))
        max_w = max(120, min(int(width * 0.72), 560))
        inner = max_w - 2 * PAD_X
        wrap = Qt.TextFlag.TextWordWrap
        if item.kind == "system":
            r = small.boundingRect(QRect(0, 0, inner, 100_000), wrap | Qt.AlignmentFlag.AlignHCenter, item.text)
            w = r.width() + 2 * PAD_X
            bubble = QRect((width - w) // 2, 6, w, r.height() + 2 * PAD_Y)
            return Geometry(
                bubble.height() + 12, bubble, text=QRect(bubble.left() + PAD_X, 6 + PAD_Y, r.width(), r.height())
            )
        y, content_w = PAD_Y, 0
        author = image = files = text = None
        if item.author:
            author = QRect(PAD_X, y, min(inner, small.horizontalAdvance(item.author) + 2), small.height())
            y += small.height() + 2
            content_w = author.width()
        lines = item.attachments if not (item.image and len(item.attachments) == 1) else ()
        if item.image:
            box = THUMB.scaled(QSize(inner, THUMB.height()), Qt.AspectRatioMode.KeepAspectRatio)
            image = QRect(PAD_X, y + 2, box.width(), box.height())
            y += box.height() + 6
            content_w = max(content_w, box.width())
        if lines:
            # elidedText() needs a pixel more than horizontalAdvance() at the exact width ("Photo" became "P…o")
            w = min(inner, max(fm.horizontalAdvance(line) for line in lines) + 2)
            files = QRect(PAD_X, y, w, fm.lineSpacing() * len(lines))
            y += files.height() + 2
            content_w = max(content_w, w)
        clock_w = small.horizontalAdvance(item.clock) + (small.horizontalAdvance("✓✓") + 5 if item.ticks else 0)
        inline, layout = False, None
        if item.spans:
            layout, r = self._layout(item.spans, inner)
            one_line = layout.lineCount() == 1
            inline = one_line and r.width() + 12 + clock_w <= inner
            text = QRect(PAD_X, y, r.width(), r.height())
            y += r.height()
            content_w = max(content_w, r.width() + (12 + clock_w if inline else 0))
        elif item.text:
            r = fm.boundingRect(QRect(0, 0, inner, 1_000_000), wrap, item.text)
            one_line = r.height() <= fm.lineSpacing() * 1.5
            inline = one_line and r.width() + 12 + clock_w <= inner
            text = QRect(PAD_X, y, r.width(), r.height())
            y += r.height()
            content_w = max(content_w, r.width() + (12 + clock_w if inline else 0))
        content_w = max(content_w, clock_w)
        if not inline:
            y += small.height() + 1
        height = y + PAD_Y
        bubble_w = content_w + 2 * PAD_X
        x = SIDE if item.kind == "in" else width - SIDE - bubble_w
        footer = QRect(x + bubble_w - PAD_X - clock_w, GAP + height - PAD_Y - small.height(), clock_w, small.height())

        def moved(rect: QRect | None) -> QRect | None:
            return None if rect is None else rect.translated(x, GAP)

        return Geometry(
            height + 2 * GAP,
            QRect(x, GAP, bubble_w, height),
            moved(author),
            moved(image),
            moved(files),
            moved(text),
            footer,
            layout,
        )

    def _layout(self, spans: tuple[StyledSpan, ...], width: int) -> tuple[QTextLayout, QRect]:
        """The spans laid out in lines of at most ``width`` pixels, and the rectangle they take."""
        ranges, start = [], 0
        for span in spans:
            run = QTextLayout.FormatRange()
            run.start, run.length, run.format = start, len(span.text), span_format(span)
            ranges.append(run)
            start += len(span.text)
        # QTextLayout breaks lines only at U+2028; drawText() did that replacement for the plain path.
        text = "".join(span.text for span in spans).replace("\n", "\u2028")
        layout = QTextLayout(text, self._font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setFormats(ranges)
        layout.setCacheEnabled(True)  # the glyphs are shaped once, not on every paint
        height, natural = 0.0, 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            line.setPosition(QPointF(0, height))
            height += line.height()
            natural = max(natural, line.naturalTextWidth())
        layout.endLayout()
        # Rounded up: a width cut by a fraction of a pixel wraps or clips the last letter.
        return layout, QRect(0, 0, min(width, math.ceil(natural)), math.ceil(height))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        item = index.data(roles.ROW_ROLE)
        width = option.rect.width() or 600  # type: ignore[attr-defined]
        view = self.parent()
        if isinstance(view, QWidget) and hasattr(view, "viewport"):
            width = view.viewport().width()  # type: ignore[attr-defined]
        return QSize(width, self.geometry(item, width).height if item else 20)

    # -- painting -------------------------------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item: Item | None = index.data(roles.ROW_ROLE)
        if item is None:
            return
        rect: QRect = option.rect  # type: ignore[attr-defined]
        g = self.geometry(item, rect.width())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.topLeft())
        if self.highlight == item.key:
            painter.fillRect(QRect(0, 0, rect.width(), g.height), HIGHLIGHT)
        colour = {"day": DAY_PILL, "system": NOTICE, "in": INCOMING, "out": OUTGOING}[item.kind]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 22))  # WhatsApp's hairline shadow under each bubble
        painter.drawRoundedRect(QRectF(g.bubble.translated(0, 1)), 8, 8)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(g.bubble), 8, 8)
        if item.kind in ("day", "system"):
            painter.setFont(self._small)
            painter.setPen(MUTED if item.kind == "system" else QColor("#54656F"))
            target = g.bubble if item.kind == "day" else g.text
            painter.drawText(target, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, item.text)
            painter.restore()
            return
        if g.author:
            painter.setFont(self._small)
            painter.setPen(QColor(AUTHOR_COLOURS[hash(item.author) % len(AUTHOR_COLOURS)]))
            painter.drawText(
                g.author,
                Qt.AlignmentFlag.AlignLeft,
                self._small_metrics.elidedText(item.author, Qt.TextElideMode.ElideRight, g.author.width()),
            )
        if g.image:
            self._paint_image(painter, g.image, item.image)
        painter.setFont(self._font)
        painter.setPen(TEXT)
        if g.files:
            lines = item.attachments
            painter.setPen(QColor("#3B4A54"))
            painter.drawText(g.files, Qt.AlignmentFlag.AlignLeft, self.attachment_text(lines, g.files.width()))
            painter.setPen(TEXT)
        if g.layout is not None and g.text:
            g.layout.draw(painter, QPointF(g.text.topLeft()))
        elif g.text:
            painter.drawText(g.text, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, item.text)
        if g.footer:
            painter.setFont(self._small)
            painter.setPen(MUTED)
            painter.drawText(g.footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, item.clock)
            if item.ticks:
                marks, read = item.ticks
                painter.setPen(READ_TICK if read else TICK)
                painter.drawText(g.footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, marks)
        painter.restore()

    def attachment_text(self, lines: tuple[str, ...], width: int) -> str:
        """The attachment lines as painted: only a line wider than ``width`` is elided. elidedText() alone cut
        "Photo" to "P…o" at exactly its own advance (it wants a fraction of a pixel more)."""
        fm = self._metrics
        return "\n".join(
            line if fm.horizontalAdvance(line) <= width else fm.elidedText(line, Qt.TextElideMode.ElideMiddle, width)
            for line in lines
        )

    def _paint_image(self, painter: QPainter, box: QRect, path: str | None) -> None:
        pixmap: QPixmap | None = self.images.pixmap(path)
        painter.setPen(Qt.PenStyle.NoPen)
        if pixmap is None or pixmap.isNull():
            painter.setBrush(QColor("#E9EDEF"))
            painter.drawRoundedRect(QRectF(box), 6, 6)
            painter.setPen(MUTED)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "…")
            return
        scaled = pixmap.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(box.left() + (box.width() - scaled.width()) // 2, box.top(), scaled.width(), scaled.height())
        painter.drawPixmap(target, pixmap)
