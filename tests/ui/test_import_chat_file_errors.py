"""Import chat: a missing, damaged or unreadable file is explained inline in the merchant's language (never the
unexpected-error dialog), and the Import button stays off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from merchant_desk.ui.context import AppContext
from merchant_desk.ui.i18n import install_translators
from merchant_desk.ui.inbox.import_chat_dialog import ImportChatDialog

CHAT = "22/11/26, 09:01 - +62 812-1111-2222: Kak, brp harganya?\n22/11/26, 09:02 - Toko Berkah: Rp 150.000 kak\n"


@pytest.fixture
def indonesian(ui_context: AppContext) -> Iterator[AppContext]:
    install_translators("id")
    yield ui_context
    install_translators("en")


def _dialog(qtbot: QtBot, context: AppContext) -> ImportChatDialog:
    dialog = ImportChatDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_missing_file_is_shown_inline_in_indonesian(qtbot: QtBot, indonesian: AppContext, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, indonesian)
    dialog.set_file(tmp_path / "WhatsApp Chat with Budi.txt")  # raised FileNotFoundError before
    QCoreApplication.processEvents()
    text = dialog.error.text()
    assert not dialog.error.isHidden() and "WhatsApp Chat with Budi.txt" in text and "tidak ditemukan" in text
    assert "No such file" not in text
    assert dialog.preview is None and not dialog.import_button.isEnabled()


def test_a_broken_zip_says_it_is_damaged(qtbot: QtBot, indonesian: AppContext, tmp_path: Path) -> None:
    broken = tmp_path / "WhatsApp Chat - Budi.zip"
    broken.write_bytes(b"PK\x03\x04zzzz")
    dialog = _dialog(qtbot, indonesian)
    dialog.set_file(broken)
    text = dialog.error.text()
    assert "rusak" in text and "PK" not in text and "baris 1" not in text
    assert not dialog.import_button.isEnabled()


def test_a_file_deleted_after_the_preview_fails_inline(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with Budi.txt"
    path.write_text(CHAT, encoding="utf-8")
    dialog = _dialog(qtbot, ui_context)
    dialog.set_file(path)
    assert dialog.preview is not None and dialog.import_button.isEnabled()
    path.unlink()
    dialog.import_button.click()
    QCoreApplication.processEvents()
    assert dialog.result is None
    assert "was not found" in dialog.error.text() and "Nothing was imported" in dialog.error.text()


def test_a_date_order_that_does_not_fit_can_be_chosen_again(
    qtbot: QtBot, ui_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "WhatsApp Chat with Budi.txt"
    path.write_text(CHAT, encoding="utf-8")
    dialog = _dialog(qtbot, ui_context)
    dialog.set_file(path)
    dialog.order.setCurrentIndex(dialog.order.findData("mdy"))  # 22 cannot be a month
    dialog.order.activated.emit(dialog.order.currentIndex())
    assert "does not exist" in dialog.error.text() and dialog.counts_label.text() == "–"
    assert dialog.order.isEnabled() and not dialog.me.isEnabled() and not dialog.import_button.isEnabled()
    dialog.order.setCurrentIndex(dialog.order.findData("auto"))
    dialog.order.activated.emit(dialog.order.currentIndex())
    assert dialog.error.isHidden() and dialog.me.isEnabled() and dialog.import_button.isEnabled()
