"""The Inbox's "/" picker and the engine's suggestion bar, through the real Inbox tab and services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from merchant_desk.services.hub import Services
from merchant_desk.services.quick_reply_service import QuickReplyDraft
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.inbox_tab import InboxTab
from merchant_desk.ui.replies.picker_rows import PREVIEW_ROLE, preview_text


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


@pytest.fixture
def svc(ui_context: AppContext) -> Services:
    assert ui_context.services is not None
    ui_context.services.quick_replies.ensure_starter_set(ui_context.services.actor)
    return ui_context.services


@pytest.fixture
def siti(svc: Services) -> int:
    customer, _ = svc.customers.find_or_create(svc.actor, "0813-2222-3333", "Siti Aminah")
    cid, _ = svc.inbox.conversation_for_customer(svc.actor, customer.id)
    svc.inbox.record_incoming(cid, "brp harganya kak?")
    return cid


@pytest.fixture
def tab(qtbot: QtBot, ui_context: AppContext, siti: int) -> InboxTab:
    widget = InboxTab(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    settle()
    widget.open_conversation(siti)
    settle()
    assert widget.current is not None and widget.current.id == siti
    return widget


def test_typing_slash_har_shows_the_price_reply_and_enter_inserts_it_rendered(
    qtbot: QtBot, tab: InboxTab, svc: Services
) -> None:
    picker = tab.extras.picker
    edit = tab.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "/har")
    assert picker.is_open()
    texts = [picker.popup.item(i).text() for i in range(picker.popup.count())]
    assert texts[0].startswith("/daftarharga")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    text = tab.composer.text()
    assert text.startswith("Berikut daftar harga") and "Siti Aminah" in text and "/har" not in text
    assert not picker.is_open()
    assert next(r for r in svc.quick_replies.list() if r.shortcut == "daftarharga").times_used == 1


def test_down_then_escape_closes_without_inserting(qtbot: QtBot, tab: InboxTab) -> None:
    edit = tab.composer.edit
    qtbot.keyClicks(edit, "ok /")
    assert tab.extras.picker.is_open() and tab.extras.picker.popup.count() > 1
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert tab.extras.picker.popup.currentRow() == 1
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not tab.extras.picker.is_open() and tab.composer.text() == "ok /"


def test_slash_inside_a_word_does_not_open(qtbot: QtBot, tab: InboxTab) -> None:
    qtbot.keyClicks(tab.composer.edit, "12/har")
    assert not tab.extras.picker.is_open()


def test_missing_placeholder_is_reported_not_inserted(qtbot: QtBot, tab: InboxTab, svc: Services) -> None:
    svc.quick_replies.create(svc.actor, QuickReplyDraft("stokx", "Stok", "Stok {produk} ada {stok}"))
    qtbot.keyClicks(tab.composer.edit, "/stokx")
    qtbot.keyClick(tab.composer.edit, Qt.Key.Key_Return)
    assert tab.composer.text() == "/stokx"
    assert "{produk}" in tab.composer.reason.text() and tab.composer.reason.isVisibleTo(tab.composer)


def test_suggestion_bar_offers_the_faq_answer_and_use_puts_it_in_the_composer(tab: InboxTab) -> None:
    bar = tab.extras.proposals
    assert bar.isVisibleTo(tab) and bar.proposal is not None and bar.proposal.kind == "faq"
    assert "%" in bar.label.text()
    answer = bar.proposal.text
    bar.use_button.click()
    assert tab.composer.text() == answer
    assert not bar.isVisibleTo(tab)


def test_dismissed_suggestion_stays_dismissed_on_reopen(tab: InboxTab, siti: int) -> None:
    bar = tab.extras.proposals
    bar.dismiss_button.click()
    tab.extras.conversation_opened(siti)
    assert not bar.isVisibleTo(tab)


def test_a_reply_with_photos_says_to_attach_them(qtbot: QtBot, tab: InboxTab, svc: Services) -> None:
    from merchant_desk.services.quick_reply_service import ReplyImage

    svc.quick_replies.create(svc.actor, QuickReplyDraft("katalogfoto", "Foto", "Ini fotonya kak {nama}",
                                                        images=(ReplyImage(0, "ab" * 32, None),)))  # fmt: skip
    qtbot.keyClicks(tab.composer.edit, "/katalogfoto")
    qtbot.keyClick(tab.composer.edit, Qt.Key.Key_Return)
    assert tab.composer.text() == "Ini fotonya kak Siti Aminah"
    assert "1 photo" in tab.composer.reason.text()


def test_rows_preview_the_reply_for_this_customer_without_a_sideways_scrollbar(
    qtbot: QtBot, tab: InboxTab, svc: Services
) -> None:
    svc.quick_replies.create(
        svc.actor,
        QuickReplyDraft(
            "infoharga", "Info harga", "Halo kak {nama}, *{produk}* harganya {harga} ya. " + "Stok masih ada. " * 12
        ),
    )
    picker = tab.extras.picker
    qtbot.keyClicks(tab.composer.edit, "/infoharga")
    assert picker.is_open()
    item = picker.popup.item(0)
    head, preview = item.text().split("\n")
    assert head == "/infoharga  ·  Info harga"
    # Known values filled in, the unknown ones left showing (and coloured), WhatsApp's markers dropped.
    assert preview.startswith("Halo kak Siti Aminah, {produk} harganya {harga} ya. Stok masih ada.")
    text, holes = item.data(PREVIEW_ROLE)
    assert [text[start : start + length] for start, length in holes] == ["{produk}", "{harga}"]
    settle()
    assert picker.popup.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not picker.popup.horizontalScrollBar().isVisible()
    # Three lines a row (title, two of preview), the long reply elided to the popup's width, not wider.
    row = picker.popup.visualItemRect(item)
    assert row.height() >= 3 * picker.popup.fontMetrics().lineSpacing()
    assert row.width() <= picker.popup.viewport().width()
    image = picker.popup.grab().toImage()
    assert not image.isNull() and image.width() == picker.popup.width()


def test_a_preview_keeps_a_broken_template_as_written_and_flattens_lines() -> None:
    assert preview_text("Halo {nama}\n\n_makasih_ ya", {"nama": "Budi"}) == ("Halo Budi makasih ya", ())
    assert preview_text("Harga {harga", {}) == ("Harga {harga", ())
    text, holes = preview_text("{produk} ready, {produk} juga", {"produk": " "})
    assert text == "{produk} ready, {produk} juga" and holes == ((0, 8), (16, 8))
