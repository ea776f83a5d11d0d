"""The Inbox tab's title counts unread conversations, like a chat app's; reminders stay on Follow-ups (N)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from inbox_setup import START, conversation, settle
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from merchant_desk.core.changes import Changes
from merchant_desk.core.timezones import utcnow
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.inbox_tab import InboxTab
from merchant_desk.ui.inbox.unread_title import UnreadTitle
from merchant_desk.ui.tab_registry import TAB_SPECS

INBOX = next(i for i, spec in enumerate(TAB_SPECS) if spec.context == "InboxTab")


def three_chats(svc: Services) -> dict[str, int]:
    """Budi and Siti have unread messages, Dewi's were read."""
    ids = {name: conversation(svc, phone, name) for name, phone in
           (("Budi", "0812-1111-2222"), ("Siti", "0813-2222-3333"), ("Dewi", "0814-3333-4444"))}  # fmt: skip
    for i, cid in enumerate(ids.values()):
        svc.inbox.record_incoming(cid, "ready kak?", sent_at=START + timedelta(hours=i))
    svc.inbox.mark_read(ids["Dewi"])
    return ids


def test_the_tab_title_counts_unread_conversations_not_reminders(
    qtbot: QtBot, svc: Services, show_inbox: Callable[[int], tuple[QMainWindow, InboxTab, QTabWidget]]
) -> None:
    ids = three_chats(svc)
    _main, tab, tabs = show_inbox(ids["Dewi"])  # already read: opening it changes nothing
    qtbot.waitUntil(lambda: tabs.tabText(0) == "Inbox (2)")
    assert tabs.tabToolTip(0) == "2 conversations with unread messages"
    assert tab.filters.unread.text() == "Unread (2)"  # the same number as the filter beside it
    # Two due reminders: the Follow-ups button counts them, the tab title still counts unread chats.
    for cid in (ids["Budi"], ids["Dewi"]):
        svc.followups.remind(svc.actor, cid, "1h", now=utcnow() - timedelta(hours=2))
    tab.extras.due.check()
    assert tab.extras.followups_button.text().startswith("Follow-ups (2")
    assert tabs.tabText(0) == "Inbox (2)"
    tab.open_conversation(ids["Budi"])  # read now
    qtbot.waitUntil(lambda: tabs.tabText(0) == "Inbox (1)")
    tab.open_conversation(ids["Siti"])
    qtbot.waitUntil(lambda: tabs.tabText(0) == "Inbox")
    assert tabs.tabToolTip(0) == ""


def test_a_message_arriving_elsewhere_updates_the_count_once_the_burst_is_over(
    qtbot: QtBot, ui_context: AppContext, svc: Services
) -> None:
    ids = three_chats(svc)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Overview")
    tabs.addTab(QWidget(), "Inbox")
    title = UnreadTitle(ui_context, tabs, 1)
    assert tabs.tabText(1) == "Inbox (2)"
    asked: list[int] = []
    original = title.refresh
    title._pause.timeout.disconnect()
    title._pause.timeout.connect(lambda: (asked.append(1), original()))
    for _ in range(5):  # a webhook batch: five changes in a row
        svc.inbox.record_incoming(ids["Dewi"], "kak?")
        ui_context.publish(Changes(inbox=True))
    assert tabs.tabText(1) == "Inbox (2)"  # not yet: the count waits for the burst to end
    qtbot.waitUntil(lambda: tabs.tabText(1) == "Inbox (3)")
    settle()
    assert asked == [1]
    ui_context.publish(Changes(catalog=True))  # nothing to do with chats: no question
    qtbot.wait(250)
    assert asked == [1]


def test_the_count_is_on_the_title_before_the_inbox_tab_is_built(
    qtbot: QtBot, ui_context: AppContext, svc: Services
) -> None:
    from merchant_desk.ui.main_window import MainWindow

    three_chats(svc)
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(0)
    assert not isinstance(window.tabs.widget(INBOX), InboxTab)
    UnreadTitle.of(ui_context, window.tabs, INBOX)  # what the window starts at start-up
    assert window.tabs.tabText(INBOX) == "Inbox (2)"
    assert not isinstance(window.tabs.widget(INBOX), InboxTab)  # counted without building the tab
    window.tabs.setCurrentIndex(INBOX)  # building it sets the plain title again; the tab puts the count back
    assert isinstance(window.tabs.widget(INBOX), InboxTab)
    qtbot.waitUntil(lambda: window.tabs.tabText(INBOX) == "Inbox (2)")
    assert len(window.tabs.findChildren(UnreadTitle)) == 1  # the tab reused the window's keeper
