"""A read-only bubble that shows a reply as WhatsApp would: *bold*, _italic_, ~strike~ and ```mono``` painted."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from merchant_desk.core.placeholders import StyledSpan, format_spans

BUBBLE = "#DCF8C6"


def span_format(span: StyledSpan) -> QTextCharFormat:
    """How WhatsApp shows a span: *bold*, _italic_, ~strike~, ```mono``` (the chat bubbles use it too)."""
    fmt = QTextCharFormat()
    if span.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(span.italic)
    fmt.setFontStrikeOut(span.strike)
    if span.mono:
        fmt.setFontFamilies(["monospace"])
        fmt.setFontFixedPitch(True)
    return fmt


class WhatsAppPreview(QTextEdit):
    """Paints ``format_spans`` into a document; the markers themselves are hidden, as in the chat."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setObjectName("waPreview")
        self.setStyleSheet(
            f"QTextEdit#waPreview {{ background: {BUBBLE}; border: 1px solid #C5E8B0; border-radius: 8px;"
            " padding: 6px; color: #1F2C33; }"
        )

    def show_message(self, text: str) -> None:
        self.clear()
        cursor = QTextCursor(self.document())
        for span in format_spans(text):
            cursor.insertText(span.text, span_format(span))
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def show_problem(self, text: str) -> None:
        """An invalid template: the reason in place of the message (the preview cannot be built)."""
        self.clear()
        fmt = QTextCharFormat()
        fmt.setFontItalic(True)
        fmt.setForeground(QColor("#667781"))
        QTextCursor(self.document()).insertText(text, fmt)
