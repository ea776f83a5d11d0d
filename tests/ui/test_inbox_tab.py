"""The Inbox tab through its widgets: the list with filters and counts, opening and reading, search, paging,
keys, thumbnails and drafts. Replying, resolving and the customer panel are in test_inbox_actions."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from inbox_setup import START, label_id, make_chats, open_chat, settle, show_tab, titles
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from merchant_desk.core.changes import Changes
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox import roles
from merchant_desk.ui.inbox.inbox_tab import InboxTab
from merchant_desk.ui.inbox.thread_view import FIRST_PAGE, PAGE
from merchant_desk.ui.main_window import TAB_CLASSES
from merchant_desk.ui.overview_tab import OverviewTab


@pytest.fixture
def chats(ui_context: AppContext) -> dict[str, int]:
    return make_chats(ui_context)


@pytest.fixture
def tab(qtbot: QtBot, ui_context: AppContext, chats: dict[str, int]) -> InboxTab:
    return show_tab(qtbot, ui_context)


def test_registered_right_after_overview() -> None:
    assert TAB_CLASSES[:2] == [OverviewTab, InboxTab]


def test_list_shows_newest_first_with_chips_and_unread(tab: InboxTab, chats: dict[str, int]) -> None:
    assert titles(tab) == ["Budi Santoso", "Siti Aminah", "Dewi Lestari"]
    first = tab.model.index(0)
    assert first.data(roles.ROW_ROLE).unread_count == 1
    assert ("Keluhan", tab.model.labels[label_id(tab, "Keluhan")][1]) in first.data(roles.CHIPS_ROLE)
    assert first.data(roles.TIME_TEXT_ROLE) == "10/11"
    assert tab.count_label.text() == "3 conversations"


def test_filters_by_label_status_and_unread_with_counts(tab: InboxTab, chats: dict[str, int]) -> None:
    bar = tab.filters
    complaints = label_id(tab, "Keluhan")
    assert bar.label.itemText(bar.label.findData(complaints)) == "Keluhan (1)"
    assert bar.status.itemText(bar.status.findData("resolved")) == "Resolved (1)"
    assert bar.status.itemText(bar.status.findData("open")) == "Open (2)"
    assert bar.unread.text() == "Unread (1)"
    bar.select(bar.label, complaints)
    assert titles(tab) == ["Budi Santoso"]
    bar.select(bar.label, None)
    bar.select(bar.status, "resolved")
    assert titles(tab) == ["Dewi Lestari"]
    assert bar.label.itemText(bar.label.findData(complaints)) == "Keluhan (0)"  # counts follow the other filters
    bar.select(bar.status, None)
    bar.unread.setChecked(True)
    assert titles(tab) == ["Budi Santoso"]
    bar.unread.setChecked(False)
    bar.select(bar.assignee, -1)  # unassigned
    assert len(titles(tab)) == 3


def test_opening_a_conversation_marks_it_read(tab: InboxTab, ui_context: AppContext, chats: dict[str, int]) -> None:
    published: list[Changes] = []
    ui_context.changed.connect(published.append)
    tab.list.setCurrentIndex(tab.model.index(0))
    settle()
    assert tab.current is not None and tab.current.id == chats["budi"]
    assert tab.thread.model.messages()[-1].body == "barangnya rusak, mau komplain"
    assert ui_context.services.inbox.conversation(chats["budi"]).unread_count == 0  # type: ignore[union-attr]
    assert tab.model.index(0).data(roles.ROW_ROLE).unread_count == 0
    assert any(c.inbox and c.initiator is tab for c in published)
    assert tab.panel.name.text() == "Budi Santoso" and tab.panel.phone.text() == "+62 812-1111-2222"


def test_search_finds_a_message_and_opens_its_conversation_at_it(tab: InboxTab, chats: dict[str, int]) -> None:
    shop = tab.context.services
    assert shop is not None
    for i in range(PAGE + 40):  # the hit is far from the newest page
        body = "kemeja batik ukuran XL ada?" if i == 5 else f"pesan lain {i}"
        shop.inbox.record_incoming(chats["siti"], body, sent_at=START + timedelta(days=1, minutes=i))
    tab.focus_search()
    assert tab.filters.search.hasFocus()
    tab.filters.search.setText("batik uk")
    tab.filters.flush()
    assert tab.left_stack.currentWidget() is tab.results and tab.results.count() == 1
    hit = tab.results.hits[0]
    assert hit.conversation_id == chats["siti"] and "batik" in hit.body
    tab.open_hit(tab.results.item(0))
    settle()
    assert tab.current is not None and tab.current.id == chats["siti"]
    row = tab.thread.model.row_of_message(hit.message_id)
    assert row is not None and tab.thread.has_newer  # the page around the hit, not the newest one
    assert tab.thread.view.bubbles.highlight == ("m", hit.message_id)
    rect = tab.thread.view.visualRect(tab.thread.model.index(row))
    assert tab.thread.view.viewport().rect().intersects(rect)
    tab.filters.search.clear()
    tab.filters.flush()
    assert tab.left_stack.currentWidget() is tab.list


def test_scrolling_to_the_top_loads_older_pages(tab: InboxTab, ui_context: AppContext, chats: dict[str, int]) -> None:
    shop = ui_context.services
    assert shop is not None
    for i in range(PAGE + 60):
        shop.inbox.record_incoming(chats["dewi"], f"pesan {i}", sent_at=START + timedelta(days=2, minutes=i))
    open_chat(tab, chats["dewi"])
    view = tab.thread.view
    assert len(tab.thread.model.messages()) == FIRST_PAGE and tab.thread.has_older
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum()  # a chat opens at its newest message
    top_id = tab.thread.model.messages()[0].id
    bar.setValue(0)
    settle()
    assert len(tab.thread.model.messages()) == FIRST_PAGE + PAGE and tab.thread.pages_loaded == 2
    row = tab.thread.model.row_of_message(top_id)
    assert row is not None and bar.value() > 0  # the message that was at the top stays in view
    assert view.viewport().rect().intersects(view.visualRect(tab.thread.model.index(row)))
    bar.setValue(0)
    settle()
    assert len(tab.thread.model.messages()) == PAGE + 61 and not tab.thread.has_older
    assert tab.thread.model.messages()[0].body == "terima kasih kak"


def test_alt_j_and_alt_k_move_between_conversations(qtbot: QtBot, tab: InboxTab, chats: dict[str, int]) -> None:
    box = tab.filters.search  # any widget of the tab: the shortcuts work wherever the focus is inside it
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    settle()
    assert tab.current is not None and tab.current.id == chats["budi"]
    qtbot.keyClick(box, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(box, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    settle()
    assert tab.current.id == chats["dewi"]
    qtbot.keyClick(box, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    settle()
    assert tab.current.id == chats["siti"]
    assert tab.list.currentIndex().row() == 1
    tab.composer.edit.setFocus()
    qtbot.keyClick(tab.composer.edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filters.search.hasFocus()


def test_async_runner_opens_and_pages_a_conversation(
    qtbot: QtBot, ui_context: AppContext, chats: dict[str, int]
) -> None:
    from merchant_desk.ui.tasks import TaskRunner

    shop = ui_context.services
    assert shop is not None
    for i in range(PAGE + 5):
        shop.inbox.record_incoming(chats["budi"], f"async {i}", sent_at=START + timedelta(days=3, minutes=i))
    ui_context.runner = TaskRunner()
    widget = InboxTab(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.is_loaded and widget.model.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: widget.filters.unread.text() == "Unread (1)", timeout=5000)
    widget.list.setCurrentIndex(widget.model.index(0))
    qtbot.waitUntil(lambda: widget.thread.model.rowCount() > 0, timeout=5000)
    assert widget.thread.model.messages()[-1].body == f"async {PAGE + 4}"
    widget.thread.view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: len(widget.thread.model.messages()) == PAGE + 6, timeout=5000)
    qtbot.waitUntil(lambda: shop.inbox.conversation(chats["budi"]).unread_count == 0, timeout=5000)
    ui_context.runner.wait()


def test_a_stored_image_is_shown_as_a_thumbnail_decoded_in_the_background(
    qtbot: QtBot, tab: InboxTab, ui_context: AppContext, tmp_path: Any
) -> None:
    import zipfile

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#128C7E"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    chat = (
        "12/11/26, 09:01 - +62 815-5555-6666: IMG-20261112-WA0001.png (file attached)\nbukti transfer\n"
        "12/11/26, 09:02 - Toko Berkah: terima kasih kak\n"
    )
    archive = tmp_path / "WhatsApp Chat with +62 815-5555-6666.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("WhatsApp Chat with +62 815-5555-6666.txt", chat)
        z.writestr("IMG-20261112-WA0001.png", bytes(data.data()))
    shop = ui_context.services
    assert shop is not None
    result = shop.chat_import.apply(shop.actor, archive, me="Toko Berkah")
    tab.refresh()
    open_chat(tab, result.conversation_id)
    item = next(i for i in tab.thread.model.items if i.image)
    assert item.text == "bukti transfer" and item.attachments == ("Photo · IMG-20261112-WA0001.png",)
    tab.thread.view.viewport().repaint()  # painting asks for the thumbnail; it is decoded by a task
    settle()
    assert tab.thread.images.decoded == 1
    pixmap = tab.thread.images.pixmap(item.image)
    assert pixmap is not None and (pixmap.width(), pixmap.height()) == (64, 48)


def test_drafts_stay_with_their_conversation_and_the_splitter_is_remembered(
    qtbot: QtBot, tab: InboxTab, ui_context: AppContext, chats: dict[str, int]
) -> None:
    open_chat(tab, chats["budi"])
    tab.composer.insert_text("Maaf kak Budi, kami ganti barangnya")
    open_chat(tab, chats["siti"])
    assert tab.composer.text() == ""  # never Budi's reply in Siti's chat
    tab.composer.insert_text("Harga Rp150.000")
    open_chat(tab, chats["budi"])
    assert tab.composer.text() == "Maaf kak Budi, kami ganti barangnya"
    open_chat(tab, chats["siti"])
    assert tab.composer.text() == "Harga Rp150.000"
    tab.splitter.setSizes([300, 700, 260])
    tab.splitter.splitterMoved.emit(300, 1)
    again = InboxTab(ui_context)
    qtbot.addWidget(again)
    assert again.splitter.saveState() == tab.splitter.saveState()


def test_clearing_the_search_shows_the_lists_count_again(tab: InboxTab) -> None:
    before = tab.count_label.text()
    assert before == "3 conversations"
    tab.filters.search.setText("zzzz tidak ada")
    tab.filters.flush()
    assert tab.count_label.text() == "0 messages found"
    tab.filters.search.setText("")
    tab.filters.flush()
    assert tab.left_stack.currentIndex() == 0 and tab.count_label.text() == before


def test_without_a_conversation_the_panel_says_what_will_appear(tab: InboxTab, chats: dict[str, int]) -> None:
    assert tab.current is None and not tab.panel.empty.isHidden()
    assert "appear here" in tab.panel.empty.text()
    tab.open_conversation(chats["siti"])
    settle()
    assert tab.panel.empty.isHidden()


def test_the_follow_ups_button_is_as_wide_as_its_text(tab: InboxTab, chats: dict[str, int]) -> None:
    shop = tab.context.services
    assert shop is not None
    shop.followups.remind(shop.actor, chats["budi"], at=START + timedelta(hours=1), now=START)  # due by now
    tab.extras.due.check()  # no event loop after it: a window grabbed right away must show the button whole
    button = tab.extras.followups_button
    assert button.text() == "Follow-ups (1)" and button.property("primary")
    assert button.width() >= button.sizeHint().width()
