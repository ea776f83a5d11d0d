"""The "/" picker's rows: "/shortcut · title" in bold, then up to two lines of the reply as this customer
would read it — placeholders filled where the conversation knows them, the others left showing as {produk}.

A raw 80-character template on one line ran under a horizontal scrollbar and showed "{nama}" where the
customer's name was known; the rows are now painted to the popup's width and elided, never scrolled sideways.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from merchant_desk.core.errors import UserError
from merchant_desk.core.placeholders import format_spans, placeholders_in, render

HEAD_ROLE = Qt.ItemDataRole.UserRole + 2  # "/harga  ·  Info harga"
PREVIEW_ROLE = Qt.ItemDataRole.UserRole + 3  # (text, ((start, length), ...) of the placeholders left unfilled)
PAD_X, PAD_Y, PREVIEW_LINES = 10, 6, 2
Preview = tuple[str, tuple[tuple[int, int], ...]]  # the text, and (start, length) of each unfilled placeholder
MUTED = QColor("#54656F")
HOLE = QColor("#B25E00")  # an unfilled {placeholder}: the merchant fills it in after inserting


def preview_text(body: str, values: Mapping[str, str | None]) -> Preview:
    """The reply on one line as the customer would read it (worker thread), and where unfilled names are.

    WhatsApp's markers are dropped (the row is too small to show styles) and line breaks become spaces.
    """
    missing = {name for name in placeholders_in(body) if not (values.get(name) or "").strip()}
    try:
        text = render(body, {**values, **{name: f"{{{name}}}" for name in missing}})
    except UserError:  # a template with a problem: shown as written, the editor says what is wrong
        text = body
    text = " ".join("".join(span.text for span in format_spans(text)).split())
    if not missing:
        return text, ()
    pattern = re.compile("|".join(re.escape(f"{{{name}}}") for name in sorted(missing)))
    return text, tuple((m.start(), m.end() - m.start()) for m in pattern.finditer(text))


class PickerRowDelegate(QStyledItemDelegate):
    """Paints a row in three lines of fixed height, so the popup lays out without measuring each reply."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        font: QFont = QFont(option.font)  # type: ignore[attr-defined]
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        return bold, font

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        bold, font = self._fonts(option)
        height = QFontMetrics(bold).lineSpacing() + 2 + PREVIEW_LINES * QFontMetrics(font).lineSpacing()
        return QSize(200, height + 2 * PAD_Y)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]  # the background and selection only; the text is ours
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)  # type: ignore[attr-defined]
        bold, font = self._fonts(option)
        head_metrics = QFontMetrics(bold)
        painter.save()
        painter.setFont(bold)
        painter.setPen(QColor("#111B21"))
        head = head_metrics.elidedText(str(index.data(HEAD_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), head_metrics.lineSpacing()), 0, head)
        text, holes = index.data(PREVIEW_ROLE) or ("", ())
        painter.setPen(MUTED)
        top = rect.top() + head_metrics.lineSpacing() + 2
        self._paint_preview(painter, font, text, holes, QPointF(rect.left(), top), rect.width())
        painter.restore()

    @staticmethod
    def _paint_preview(
        painter: QPainter, font: QFont, text: str, holes: tuple[tuple[int, int], ...], at: QPointF, width: int
    ) -> None:
        """At most PREVIEW_LINES wrapped lines; the last one elided with "…" when the reply goes on."""
        metrics = QFontMetrics(font)
        layout = _laid_out(text, holes, font, width, PREVIEW_LINES, metrics.lineSpacing())
        last = layout.lineAt(layout.lineCount() - 1) if layout.lineCount() else None
        if last is None or layout.lineCount() < PREVIEW_LINES or last.textStart() + last.textLength() >= len(text):
            layout.draw(painter, at)  # it fits: drawn whole, with the unfilled names coloured
            return
        cut = last.textStart()
        _laid_out(text[:cut], holes, font, width, PREVIEW_LINES - 1, metrics.lineSpacing()).draw(painter, at)
        rest = metrics.elidedText(text[cut:], Qt.TextElideMode.ElideRight, width)
        shifted = tuple((start - cut, length) for start, length in holes if start >= cut)
        tail = _laid_out(rest, shifted, font, width, 1, metrics.lineSpacing())
        tail.draw(painter, QPointF(at.x(), at.y() + (PREVIEW_LINES - 1) * metrics.lineSpacing()))


def _laid_out(
    text: str, holes: tuple[tuple[int, int], ...], font: QFont, width: int, lines: int, spacing: int
) -> QTextLayout:
    """``text`` wrapped to ``width`` in at most ``lines`` lines, unfilled placeholders coloured."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long link wraps, not overflows
    layout.setTextOption(option)
    formats = []
    for start, length in holes:
        if start >= len(text):
            continue
        run, hole = QTextLayout.FormatRange(), QTextCharFormat()
        hole.setForeground(HOLE)
        run.start, run.length, run.format = start, min(length, len(text) - start), hole
        formats.append(run)
    layout.setFormats(formats)
    layout.beginLayout()
    for n in range(lines):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, n * spacing))
    layout.endLayout()
    return layout
