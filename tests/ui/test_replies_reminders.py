"""Reminders in the Inbox: the "Remind me" menu, due reminders on Follow-ups (N) and the status bar, the panel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMainWindow, QTabWidget

from merchant_desk.core.timezones import utcnow
from merchant_desk.services.hub import Services
from merchant_desk.ui.inbox.inbox_tab import InboxTab
from merchant_desk.ui.replies.followup_panel import FollowUpPanel


@pytest.fixture
def budi(svc: Services) -> int:
    customer, _ = svc.customers.find_or_create(svc.actor, "0812-1111-2222", "Budi Santoso")
    cid, _ = svc.inbox.conversation_for_customer(svc.actor, customer.id)
    svc.inbox.record_incoming(cid, "nanti saya kabari ya kak")
    return cid


@pytest.fixture
def window(
    show_inbox: Callable[[int], tuple[QMainWindow, InboxTab, QTabWidget]], budi: int
) -> tuple[QMainWindow, InboxTab, QTabWidget]:
    return show_inbox(budi)


def test_remind_me_in_one_hour_is_stored_not_yet_due(window: tuple, svc: Services, budi: int) -> None:
    _main, tab, tabs = window
    actions = tab.extras.remind_button.menu().actions()
    actions[0].trigger()  # in 1 hour
    reminders = svc.followups.reminders(budi)
    assert len(reminders) == 1 and reminders[0].due_at > utcnow() + timedelta(minutes=55)
    assert "reminder" not in tabs.tabText(0)


def test_a_reminder_set_for_the_past_shows_as_due(window: tuple, svc: Services, budi: int) -> None:
    main, tab, tabs = window
    svc.followups.remind(svc.actor, budi, "1h", now=utcnow() - timedelta(hours=2))
    tab.extras.due.check()  # what the minute timer does
    assert "reminder" not in tabs.tabText(0)  # the title counts unread chats (tests/ui/test_inbox_unread_title.py)
    assert tab.extras.followups_button.text() == "Follow-ups (1)"
    assert "Budi Santoso" in main.statusBar().currentMessage()
    panel = FollowUpPanel(tab.context)
    assert panel.reminders.count() == 1 and panel.reminders.item(0).text().startswith("Due: Budi Santoso")
    panel.reminder_done.click()
    assert panel.reminders.count() == 0
    tab.extras.due.check()
    assert tab.extras.followups_button.text() == "Follow-ups"
