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


def test_the_question_the_suggestion_answers_stays_in_sight_when_the_bar_comes_and_goes(
    qtbot: QtBot, ui_context: AppContext
) -> None:
    from PySide6.QtWidgets import QMainWindow, QTabWidget

    shop = ui_context.services
    assert shop is not None
    shop.quick_replies.ensure_starter_set(shop.actor)  # its FAQ answers "brp harganya kak?"
    cid = conversation(shop, "0812-1111-2222", "Budi Santoso")
    for i in range(40):  # a chat long enough to scroll
        shop.inbox.record_incoming(cid, f"pesan nomor {i} kak", sent_at=START + timedelta(minutes=i))
    shop.inbox.record_incoming(cid, "brp harganya kak?", sent_at=START + timedelta(hours=2))
    main, tabs = QMainWindow(), QTabWidget()
    from merchant_desk.ui.inbox.inbox_tab import InboxTab

    tab = InboxTab(ui_context)
    tabs.addTab(tab, "Inbox")
    main.setCentralWidget(tabs)
    qtbot.addWidget(main)
    main.resize(1280, 760)
    other = conversation(shop, "0813-2222-3333", "Siti Aminah")
    shop.inbox.record_incoming(other, "makasih kak", sent_at=START)
    main.show()
    tab.open_conversation(other, mark_read=False)
    settle()
    # Opened while the window is hidden (another tab in front, a minimised window): the bar is up before the
    # thread gets its new size. The first frame painted must be right, before any deferred scroll has run.
    main.hide()
    tab.open_conversation(cid, mark_read=False)
    main.show()
    assert not main.grab().isNull()  # paints now: lays out and resizes what is pending, runs no timers
    view, model, bar = tab.thread.view, tab.thread.model, tab.extras.proposals
    assert bar.isVisibleTo(tab) and bar.proposal is not None
    question = model.index(model.rowCount() - 1)
    assert view.verticalScrollBar().maximum() > 0
    assert view.viewport().rect().contains(view.visualRect(question))
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum()
    bar.dismiss_button.click()  # the bar goes: the chat grows downwards and still ends at the question
    assert not main.grab().isNull()
    assert not bar.isVisibleTo(tab)
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum()
    assert view.viewport().rect().contains(view.visualRect(question))
