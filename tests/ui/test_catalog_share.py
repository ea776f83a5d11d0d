"""The Share menu: WhatsApp text and order link on the clipboard, the product card saved and copied."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import PhotoRef, ProductDraft
from merchant_desk.services.photo_store import PhotoStore
from merchant_desk.ui.catalog.share_menu import ShareMenu, build_share_menu
from merchant_desk.ui.context import AppContext


@pytest.fixture
def product(ui_context: AppContext, tmp_path: Path) -> int:
    svc = ui_context.services
    picture = tmp_path / "kopi.jpg"
    Image.new("RGB", (800, 600), "saddlebrown").save(picture, "JPEG")
    stored = PhotoStore(ui_context.paths.photo_dir).store_jpeg_bytes(picture.read_bytes())
    draft = ProductDraft(
        name="Kopi Gayo 250 g",
        price=100_000,
        sale_price=85_000,
        description="Arabika dari dataran tinggi Gayo.",
        link="https://toko.example/kopi",
        photos=(PhotoRef(stored.sha256, None, 800, 600),),
    )
    return svc.catalog.create(svc.actor, draft).id


_parents: list[QWidget] = []  # a tab owns the menu in the app; here the test keeps its parent alive


def _menu(qtbot: QtBot, context: AppContext, product_id: int) -> ShareMenu:
    parent = QWidget()
    qtbot.addWidget(parent)
    _parents[:] = [parent]
    menu = build_share_menu(context, product_id, parent)
    assert isinstance(menu, ShareMenu)
    return menu


def test_copy_for_whatsapp_puts_the_expected_text_on_the_clipboard(
    qtbot: QtBot, ui_context: AppContext, product: int
) -> None:
    menu = _menu(qtbot, ui_context, product)
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Copy for WhatsApp",
        "Save product card…",
        "Copy product card",
        "Copy order link",
    ]
    with qtbot.waitSignal(menu.shared):
        menu.copy_text.trigger()
    assert QGuiApplication.clipboard().text() == (
        "*Kopi Gayo 250 g*\n"
        "*Rp85.000* ~Rp100.000~\n"
        "\n"
        "Arabika dari dataran tinggi Gayo.\n"
        "\n"
        "https://toko.example/kopi\n"
        "_Toko Berkah Jaya_"
    )


def test_copy_order_link(qtbot: QtBot, ui_context: AppContext, product: int) -> None:
    menu = _menu(qtbot, ui_context, product)
    menu.copy_link.trigger()
    assert QGuiApplication.clipboard().text() == (
        "https://wa.me/6281234567890?text=Halo%2C%20saya%20mau%20pesan%20Kopi%20Gayo%20250%20g"
    )


def test_product_card_is_saved_and_copied(
    qtbot: QtBot, ui_context: AppContext, product: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "kartu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    menu = _menu(qtbot, ui_context, product)
    told = []
    menu.shared.connect(told.append)
    menu.save_card.trigger()
    with Image.open(tmp_path / "kartu.png") as card:
        assert card.format == "PNG" and card.size == (1080, 1080)
    assert told == ["Saved kartu.png."]

    menu.copy_card.trigger()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1080, 1080)


def test_saving_the_card_where_it_cannot_be_written_says_why(
    qtbot: QtBot,
    ui_context: AppContext,
    product: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    target = tmp_path / "no-folder" / "kartu.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    _menu(qtbot, ui_context, product).save_card.trigger()
    assert messages and messages[-1][0] == "warning" and "No such file" in messages[-1][1]


def test_a_product_without_photos_still_gets_a_card(qtbot: QtBot, ui_context: AppContext) -> None:
    svc = ui_context.services
    pid = svc.catalog.create(svc.actor, ProductDraft(name="Teh Melati", price=15_000)).id
    menu = _menu(qtbot, ui_context, pid)
    menu.copy_card.trigger()
    assert QGuiApplication.clipboard().image().width() == 1080


def test_a_product_that_is_gone_shows_a_message(
    qtbot: QtBot, ui_context: AppContext, messages: list[tuple[str, str]]
) -> None:
    _menu(qtbot, ui_context, 987_654).copy_text.trigger()
    assert messages == [("warning", "The item no longer exists.")]
