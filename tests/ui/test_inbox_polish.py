"""Inbox polish: a chat squeezed by the suggestion bar keeps its newest message in sight."""

from __future__ import annotations

from datetime import timedelta

from inbox_setup import START, conversation, open_chat, settle, show_tab
from pytestqt.qtbot import QtBot

from merchant_desk.ui.context import AppContext


def test_a_short_chat_squeezed_from_below_keeps_its_newest_message_visible(
    qtbot: QtBot, ui_context: AppContext
) -> None:
    shop = ui_context.services
    assert shop is not None
    cid = conversation(shop, "0812-1111-2222", "Budi Santoso")
    for i in range(6):
        shop.inbox.record_incoming(cid, f"pesan nomor {i} kak", sent_at=START + timedelta(minutes=i))
    tab = show_tab(qtbot, ui_context)
    open_chat(tab, cid)
    view = tab.thread.view
    last = tab.thread.model.index(tab.thread.model.rowCount() - 1)
    assert view.verticalScrollBar().maximum() == 0  # it fits: nothing to scroll yet
    # What the suggestion bar does when it appears under the thread: the view loses most of its height.
    view.setFixedHeight(view.visualRect(last).bottom() // 2)
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    settle()
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.visualRect(last)))
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum()
