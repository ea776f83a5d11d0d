"""The Inbox tab's title counts unread conversations, "Kotak masuk (3)", as every chat app's does.

Reminders and follow-up notices are counted on the Inbox's own "Follow-ups (N)" button instead: beside
"Unread (N)" a tab number that meant reminders was read as unread chats. Kept light (no Inbox imports) so the
main window can start it before the Inbox tab is built, and the count shows from the first screen.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTabWidget

from merchant_desk.ui.inbox.texts import counted, number

if TYPE_CHECKING:
    from merchant_desk.core.changes import Changes
    from merchant_desk.services.hub import Services
    from merchant_desk.ui.context import AppContext

OBJECT_NAME = "inboxUnreadTitle"
COALESCE_MS = 150  # a burst of changes (an import, a webhook batch) asks for the count once
_COUNT_SUFFIX = re.compile(r" \([\d.,]+\)$")


def unread_conversations(services: Services) -> int:
    """Conversations with an unread message (worker thread; ~30 ms at 40,000 conversations)."""
    from merchant_desk.services.inbox_rows import InboxFilter

    return services.inbox.counts(InboxFilter(unread_only=True)).unread


class UnreadTitle(QObject):
    """Keeps ``tabs``' Inbox title at "Inbox (N unread conversations)", counting off the GUI thread."""

    def __init__(self, context: AppContext, tabs: QTabWidget, index: int) -> None:
        super().__init__(tabs)
        self.setObjectName(OBJECT_NAME)
        self.context, self.tabs, self.index = context, tabs, index
        self.count: int | None = None
        self._asking = self._again = False
        self._pause = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._pause.timeout.connect(self.refresh)
        context.changed.connect(self._changed)
        context.services_ready.connect(self.refresh)
        self.refresh()

    @classmethod
    def of(cls, context: AppContext, tabs: QTabWidget, index: int) -> UnreadTitle:
        """The title keeper ``tabs`` already has (the window's, started at start-up), or a new one."""
        found = tabs.findChild(UnreadTitle, OBJECT_NAME)
        if found is None:
            return cls(context, tabs, index)
        found.index = index
        found.apply()  # the tab's title was just set again without its count
        return found

    def _changed(self, changes: Changes) -> None:
        if changes.inbox:  # our own tab's writes too: marking a chat read changes the count
            self._pause.start()

    def refresh(self) -> None:
        services = self.context.services
        if services is None:
            return
        if self._asking:  # one question at a time; ask again once it is answered
            self._again = True
            return
        self._asking = True
        self.context.run(lambda svc=services: unread_conversations(svc), self._arrived, self._failed)

    def _arrived(self, count: int) -> None:
        self._asking = False
        self.count = count
        self.apply()
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, _error: BaseException) -> None:
        # A count is a convenience: a locked or closing database leaves the last one shown.
        self._asking = self._again = False

    def apply(self) -> None:
        if not 0 <= self.index < self.tabs.count():
            return
        base = _COUNT_SUFFIX.sub("", self.tabs.tabText(self.index))
        n = self.count or 0
        self.tabs.setTabText(self.index, f"{base} ({number(n)})" if n else base)
        self.tabs.setTabToolTip(
            self.index, counted(self.tr("%n conversation(s) with unread messages", "", n), n) if n else ""
        )
