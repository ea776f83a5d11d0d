"""Chat bubbles measure what they paint: a line measured to fit is never elided."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.attachment_images import AttachmentImages
from merchant_desk.ui.inbox.bubble_delegate import BubbleDelegate
from merchant_desk.ui.inbox.thread_model import Item


@pytest.mark.parametrize("line", ["Photo", "Foto", "Video", "Dokumen · nota.pdf", "📎 foto.jpg", "Stiker"])
def test_an_attachment_line_that_fits_is_painted_whole(ui_context: AppContext, qapp: QApplication, line: str) -> None:
    delegate = BubbleDelegate(AttachmentImages(ui_context))
    font = QFont(qapp.font())
    delegate.set_font(font)
    item = Item("in", ("m", 1), date(2026, 11, 22), "", clock="10.15", attachments=(line,))
    files = delegate.geometry(item, 900).files
    assert files is not None
    assert QFontMetrics(font).elidedText(line, Qt.TextElideMode.ElideMiddle, files.width()) == line
