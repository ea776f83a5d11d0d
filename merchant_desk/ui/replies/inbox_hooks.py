"""What issue 5 adds to the Inbox, kept in one place: the "/" picker, the suggestion bar, "Remind me", the
due-reminder check with its bells in the conversation list, the Follow-ups button with its count, and the
customer panel's "Waiting for" products.

The Inbox tab creates ``InboxExtras(tab)`` once and calls ``conversation_opened(...)`` when a conversation shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton

from merchant_desk.core.changes import Changes
from merchant_desk.ui.inbox.texts import counted
from merchant_desk.ui.replies.interests_widget import CustomerInterestsWidget
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
        self.followups_button = QPushButton()
        self.followups_button.clicked.connect(self.open_followups)
        tab.top_bar.insertWidget(tab.top_bar.indexOf(tab.rules_button), self.followups_button)
        self.interests = CustomerInterestsWidget(tab.context)
        self.interests.changed.connect(tab.after_write)
        self.interests.hide()
        tab.panel.add_section(self.interests)
        self.due = DueWatcher(tab.context, tab)
        self.due.due_changed.connect(self._due_arrived)
        tab.connect_tracked(tab.context.changed, self.due.after)
        self.retranslate()
        QTimer.singleShot(0, self._start)  # once the tab is in the window, so the status bar is found

    def _start(self) -> None:
        self.due.catch_up()
        self.due.check()

    def retranslate(self) -> None:
        due, pending = len(self.due.due), self.due.pending
        total = due + pending
        text = self.tr("Follow-ups")
        self.followups_button.setText(f"{text} ({total})" if total else text)
        # Green while a reminder is due or a customer's message waits: it is work to do, like an unread chat.
        self.followups_button.setProperty("primary", bool(total))
        self.followups_button.style().unpolish(self.followups_button)
        self.followups_button.style().polish(self.followups_button)
        # The primary style's bolder text is wider: without this the bar kept the old width ("ndak lanjut (1")
        self.followups_button.setMinimumWidth(self.followups_button.sizeHint().width())
        self.tab.top_bar.activate()  # now, not at the next event: a window grabbed at once shows it whole too
        parts = [self.tr("Reminders, and back-in-stock / price-drop messages to send")]
        if due:
            parts.append(counted(self.tr("%n reminder(s) due", "", due), due))
        if pending:
            parts.append(counted(self.tr("%n message(s) to send", "", pending), pending))
        self.followups_button.setToolTip("\n".join(parts))

    def conversation_opened(self, conversation_id: int, customer_id: int | None = None, name: str = "") -> None:
        self.picker.close()
        self.proposals.show_for(conversation_id)
        self.interests.show_customer(customer_id, name)

    def _due_arrived(self, _due: list[object]) -> None:
        self.tab.model.set_reminders(self.due.badges)
        self.retranslate()

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
