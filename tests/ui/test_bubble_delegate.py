"""Chat bubbles measure what they paint: a line measured to fit is never elided."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextCharFormat
from PySide6.QtWidgets import QApplication

from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.attachment_images import AttachmentImages
from merchant_desk.ui.inbox.bubble_delegate import BubbleDelegate
from merchant_desk.ui.inbox.thread_model import Item, styled


@pytest.mark.parametrize("line", ["Photo", "Foto", "Video", "Dokumen · nota.pdf", "📎 foto.jpg", "Stiker"])
def test_an_attachment_line_that_fits_is_painted_whole(ui_context: AppContext, qapp: QApplication, line: str) -> None:
    delegate = BubbleDelegate(AttachmentImages(ui_context))
    font = QFont(qapp.font())
    delegate.set_font(font)
    item = Item("in", ("m", 1), date(2026, 11, 22), "", clock="10.15", attachments=(line,))
    files = delegate.geometry(item, 900).files
    assert files is not None
    assert QFontMetrics(font).elidedText(line, Qt.TextElideMode.ElideMiddle, files.width()) == line


def test_a_formatted_message_is_laid_out_once_with_its_styles_and_without_markers(
    ui_context: AppContext, qapp: QApplication
) -> None:
    delegate = BubbleDelegate(AttachmentImages(ui_context))
    delegate.set_font(QFont(qapp.font()))
    body = "Promo *hari ini* saja: _gratis ongkir_, harga ~Rp200.000~ jadi Rp150.000"
    item = Item("in", ("m", 7), date(2026, 11, 22), body, clock="10.15", spans=styled(body))
    g = delegate.geometry(item, 900)
    assert g.layout is not None and g.text is not None
    assert g.layout.text() == "Promo hari ini saja: gratis ongkir, harga Rp200.000 jadi Rp150.000"
    styles = {g.layout.text()[r.start : r.start + r.length]: QTextCharFormat(r.format) for r in g.layout.formats()}
    assert styles["hari ini"].fontWeight() == QFont.Weight.Bold
    assert styles["gratis ongkir"].fontItalic() and styles["Rp200.000"].fontStrikeOut()
    assert not styles["Promo "].fontItalic() and styles["Promo "].fontWeight() != QFont.Weight.Bold
    assert delegate.geometry(item, 900) is g  # cached: painting does not lay it out again
    # Measured to fit: its lines are no wider than the rectangle painted into.
    assert all(g.layout.lineAt(i).naturalTextWidth() <= g.text.width() for i in range(g.layout.lineCount()))


def test_plain_text_and_unpaired_markers_take_the_fast_path() -> None:
    assert styled("harga 2*3 = 6, file_nama_baru.jpg") == ()
    assert styled("biasa saja kak") == ()
    assert [s.text for s in styled("*tebal*")] == ["tebal"]


@pytest.mark.parametrize("line", ["Photo", "Foto", "Dokumen · nota.pdf"])
def test_a_line_exactly_as_wide_as_its_box_is_painted_whole_and_a_wider_one_elided(
    ui_context: AppContext, qapp: QApplication, line: str
) -> None:
    delegate = BubbleDelegate(AttachmentImages(ui_context))
    font = QFont(qapp.font())
    delegate.set_font(font)
    advance = QFontMetrics(font).horizontalAdvance(line)
    assert delegate.attachment_text((line,), advance) == line  # the width that made "Photo" paint as "P…o"
    squeezed = delegate.attachment_text((line,), advance // 2)
    assert squeezed != line and "…" in squeezed
