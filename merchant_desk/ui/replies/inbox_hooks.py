"""What issue 5 adds to the Inbox, kept in one place: the "/" picker, the suggestion bar and "Remind me".

The Inbox tab calls ``InboxExtras(tab)`` once and ``conversation_opened(id)`` when a conversation shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from merchant_desk.ui.replies.picker import ReplyPicker
from merchant_desk.ui.replies.proposal_bar import ProposalBar

if TYPE_CHECKING:
    from merchant_desk.ui.inbox.inbox_tab import InboxTab


class InboxExtras(QObject):
    def __init__(self, tab: InboxTab) -> None:
        super().__init__(tab)
        self.tab = tab
        composer = tab.composer
        self.picker = ReplyPicker(tab.context, composer, lambda: tab.current.id if tab.current else None)
        self.proposals = ProposalBar(tab.context, composer)
        layout = composer.layout()
        layout.insertWidget(0, self.proposals)  # type: ignore[attr-defined]  # above the reason and the edit

    def conversation_opened(self, conversation_id: int) -> None:
        self.picker.close()
        self.proposals.show_for(conversation_id)
