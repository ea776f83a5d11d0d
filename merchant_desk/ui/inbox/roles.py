"""Item data roles of the inbox models, declared once so delegates, the tab and tests agree on them."""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole) + 100

#: The conversation or message id of a row (int), known before the row itself has loaded.
ID_ROLE = _BASE + 1
#: The loaded ``ConversationRow`` / ``MessageRow``, or None while its page is still being fetched.
ROW_ROLE = _BASE + 2
#: True while a conversation row's page has not arrived (the delegate paints a placeholder).
LOADING_ROLE = _BASE + 3
#: The short time of a conversation's last message as shown in the list ("09.30", "Yesterday", "12/11").
TIME_TEXT_ROLE = _BASE + 4
#: Label chips of a conversation: a tuple of (name, "#RRGGBB").
CHIPS_ROLE = _BASE + 5
#: Thread rows: "day" (a separator), "in", "out" or "system".
KIND_ROLE = _BASE + 6
#: Thread rows: the bubble's clock time ("09.30").
CLOCK_ROLE = _BASE + 7
#: Thread rows: the author to show above the text (group chats), or "".
AUTHOR_ROLE = _BASE + 8
#: Thread rows: the delivery ticks of an outgoing message ("✓", "✓✓") and whether they are "read" blue.
TICKS_ROLE = _BASE + 9
#: Thread rows: attachment lines ("📷 IMG-0001.jpg") and the stored image path of the first image, if any.
ATTACHMENTS_ROLE = _BASE + 10
IMAGE_ROLE = _BASE + 11
#: Conversation rows: how many of its reminders are due (int, 0 for none); the list's bell badge.
REMINDERS_ROLE = _BASE + 12
