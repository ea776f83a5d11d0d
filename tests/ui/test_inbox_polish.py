"""Inbox polish: a chat squeezed by the suggestion bar keeps its newest message in sight."""

from __future__ import annotations

from datetime import timedelta

from inbox_setup import START, conversation, open_chat, settle, show_tab
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QTabWidget
from pytestqt.qtbot import QtBot

from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.inbox_tab import InboxTab


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


def test_the_question_the_suggestion_answers_stays_in_sight_when_the_bar_comes_and_goes(
    qtbot: QtBot, ui_context: AppContext
) -> None:
    shop = ui_context.services
    assert shop is not None
    shop.quick_replies.ensure_starter_set(shop.actor)  # its FAQ answers "brp harganya kak?"
    cid = conversation(shop, "0812-1111-2222", "Budi Santoso")
    for i in range(40):  # a chat long enough to scroll
        shop.inbox.record_incoming(cid, f"pesan nomor {i} kak", sent_at=START + timedelta(minutes=i))
    shop.inbox.record_incoming(cid, "brp harganya kak?", sent_at=START + timedelta(hours=2))
    main, tabs = QMainWindow(), QTabWidget()
    tab = InboxTab(ui_context)
    tabs.addTab(tab, "Inbox")
    main.setCentralWidget(tabs)
    qtbot.addWidget(main)
    main.resize(1280, 760)
    main.show()
    tab.open_conversation(cid, mark_read=False)
    settle()
    view, model, bar = tab.thread.view, tab.thread.model, tab.extras.proposals
    scroll, question = view.verticalScrollBar(), model.index(model.rowCount() - 1)
    assert bar.isVisibleTo(tab) and bar.proposal is not None
    assert 0 < scroll.maximum() == scroll.value()

    def in_sight_at_once() -> bool:
        # Only the posted layout and resize events, no timer: what the next frame paints, before anything
        # deferred (QListView's own relayout 100 ms later, a queued scroll) has had a chance to run.
        QCoreApplication.sendPostedEvents()
        return scroll.value() == scroll.maximum() and view.viewport().rect().contains(view.visualRect(question))

    bar.dismiss_button.click()  # the bar goes: the chat grows downwards and still ends at the question
    assert not bar.isVisibleTo(tab) and in_sight_at_once()
    bar.show()  # and comes back, squeezing the chat from below
    assert in_sight_at_once()
    tab.composer.set_target(None, "Pelanggan ini belum punya nomor WhatsApp.")  # a note above the composer
    assert in_sight_at_once()
