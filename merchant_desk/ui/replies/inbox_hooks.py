"""What issue 5 adds to the Inbox, kept in one place: the "/" picker, the suggestion bar, "Remind me" and the
due-reminder check.

The Inbox tab creates ``InboxExtras(tab)`` once and calls ``conversation_opened(id)`` when a conversation shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from merchant_desk.core.changes import Changes
from merchant_desk.ui.replies.picker import ReplyPicker
from merchant_desk.ui.replies.proposal_bar import ProposalBar
from merchant_desk.ui.replies.reminders import DueWatcher, RemindButton

if TYPE_CHECKING:
    from merchant_desk.ui.inbox.inbox_tab import InboxTab


class InboxExtras(QObject):
    def __init__(self, tab: InboxTab) -> None:
        super().__init__(tab)
        self.tab = tab
        composer = tab.composer
        current = lambda: tab.current.id if tab.current else None  # noqa: E731
        self.picker = ReplyPicker(tab.context, composer, current)
        self.proposals = ProposalBar(tab.context, composer)
        composer.layout().insertWidget(0, self.proposals)  # type: ignore[attr-defined]  # above the edit
        self.remind_button = RemindButton(tab.context, current)
        self.remind_button.reminded.connect(self._reminded)
        self.remind_button.panel_action.triggered.connect(self.open_followups)
        header = tab.header.layout()
        header.insertWidget(header.indexOf(tab.header.resolve_button), self.remind_button)  # type: ignore[attr-defined]
        self.due = DueWatcher(tab.context, tab)
        tab.connect_tracked(tab.context.changed, self.due.after)
        QTimer.singleShot(0, self.due.check)  # once the tab is in the window, so the badge finds the tab bar

    def conversation_opened(self, conversation_id: int) -> None:
        self.picker.close()
        self.proposals.show_for(conversation_id)

    def _reminded(self, changes: Changes) -> None:
        self.tab.context.publish(changes, self)
        window = self.tab.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Reminder set."), 4000)
        self.due.check()

    def open_followups(self) -> None:
        from merchant_desk.ui.replies.followup_panel import FollowUpPanel

        panel = FollowUpPanel(self.tab.context, self.tab)
        panel.open_conversation.connect(self.tab.open_conversation)
        panel.exec()
        self.due.check()
