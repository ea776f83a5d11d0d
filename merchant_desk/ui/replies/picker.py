"""The composer's "/" picker: a popup of quick replies filtered as the merchant types, inserted rendered.

The popup never takes the keyboard focus: the composer keeps it, and an event filter on the text edit steers
the list with Up/Down, inserts with Enter or Tab and closes with Esc, so typing simply continues the filter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.core.placeholders import MissingValues
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.replies.picker_rows import HEAD_ROLE, PREVIEW_ROLE, PickerRowDelegate, Preview, preview_text

if TYPE_CHECKING:
    from merchant_desk.services.hub import Services
    from merchant_desk.services.quick_reply_service import QuickReplyInfo
    from merchant_desk.ui.context import AppContext
    from merchant_desk.ui.inbox.composer import Composer

_TOKEN = re.compile(r"(?:^|(?<=\s))/([\w\-]*)$")  # "/" at the start of a word, up to the cursor
ID_ROLE = Qt.ItemDataRole.UserRole
PHOTOS_ROLE = Qt.ItemDataRole.UserRole + 1


class ReplyPicker(QObject):
    """Watches ``composer``; ``conversation_id()`` says which conversation the reply is rendered for."""

    def __init__(self, context: AppContext, composer: Composer, conversation_id: Callable[[], int | None]) -> None:
        super().__init__(composer)
        self.context = context
        self.composer = composer
        self.conversation_id = conversation_id
        self.popup = QListWidget(composer)
        self.popup.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setMinimumWidth(460)
        self.popup.setStyleSheet("QListWidget { border: 1px solid #C8D0D6; border-radius: 6px; padding: 2px; }")
        # Rows are painted to the popup's width and elided: never a sideways scrollbar over a long reply.
        self.popup.setItemDelegate(PickerRowDelegate(self.popup))
        self.popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.popup.setUniformItemSizes(True)
        self.popup.itemClicked.connect(self.choose)
        self.query: str | None = None  # the text after "/" while the picker is open
        self._asked = 0
        # The open conversation's placeholder values, asked once per opening of the popup, not per keystroke.
        self._values: tuple[int, dict[str, str | None]] | None = None
        composer.text_edited.connect(self._text_edited)
        composer.edit.installEventFilter(self)

    # -- filtering ------------------------------------------------------------------------------------

    def _token(self) -> str | None:
        cursor = self.composer.edit.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        found = _TOKEN.search(before)
        return found[1] if found else None

    def _text_edited(self, _text: str) -> None:
        query = self._token()
        if query is None or self.context.services is None:
            self.close()
            return
        self.query = query
        self._asked += 1
        asked, services, conversation_id = self._asked, self.context.services, self.conversation_id()
        known = self._values[1] if self._values and self._values[0] == conversation_id else None
        self.context.run(
            lambda svc=services: self._search(svc, query, conversation_id, known),
            lambda found: self._found(asked, *found),
        )

    @staticmethod
    def _search(
        svc: Services, query: str, conversation_id: int | None, known: dict[str, str | None] | None
    ) -> tuple[list[tuple[QuickReplyInfo, Preview]], int | None, dict[str, str | None]]:
        """The matching replies with their previews, and the conversation's placeholder values (worker thread)."""
        replies = svc.quick_replies.search(query, 8)
        values = known
        if values is None:
            try:
                values = svc.quick_replies.values_for(conversation_id, staff=svc.actor) if conversation_id else {}
            except UserError:  # the conversation went (merged, deleted): the names stay as placeholders
                values = {}
        return [(reply, preview_text(reply.body, values)) for reply in replies], conversation_id, values

    def _found(
        self,
        asked: int,
        replies: list[tuple[QuickReplyInfo, Preview]],
        conversation_id: int | None,
        values: dict[str, str | None],
    ) -> None:
        if asked != self._asked or self.query is None:
            return  # a later keystroke asked again
        self._values = (conversation_id, values) if conversation_id is not None else None
        self.popup.clear()
        for reply, (text, holes) in replies:
            head = f"/{reply.shortcut}  ·  {reply.title}"
            item = QListWidgetItem(f"{head}\n{text}")  # what a screen reader and the tests read
            item.setData(ID_ROLE, reply.id)
            item.setData(PHOTOS_ROLE, len(reply.images))
            item.setData(HEAD_ROLE, head)
            item.setData(PREVIEW_ROLE, (text, holes))
            item.setToolTip(text)
            self.popup.addItem(item)
        if not replies:
            self.popup.hide()
            return
        self.popup.setCurrentRow(0)
        self._place()
        self.popup.show()

    def _place(self) -> None:
        edit = self.composer.edit
        rect = edit.cursorRect()
        rows = min(self.popup.count(), 6)
        height = rows * (self.popup.sizeHintForRow(0) + 2) + 8
        self.popup.resize(max(self.popup.minimumWidth(), 460), height)
        # Above the cursor: the composer sits at the bottom of the window.
        self.popup.move(edit.viewport().mapToGlobal(QPoint(rect.left(), rect.top() - height - 4)))

    def is_open(self) -> bool:
        return self.popup.isVisible()

    def close(self) -> None:
        self.query = None
        self._values = None  # asked again next time: the customer's name or points may have changed
        self.popup.hide()

    # -- keys and choosing ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.is_open() and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if key == Qt.Key.Key_Up else 1
                self.popup.setCurrentRow((self.popup.currentRow() + step) % self.popup.count())
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                self.choose(self.popup.currentItem())
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        elif event.type() == QEvent.Type.FocusOut:
            self.close()
        return super().eventFilter(watched, event)

    def choose(self, item: QListWidgetItem | None) -> None:
        conversation_id, services = self.conversation_id(), self.context.services
        if item is None or conversation_id is None or services is None:
            self.close()
            return
        reply_id, photos = int(item.data(ID_ROLE)), int(item.data(PHOTOS_ROLE) or 0)
        query = self.query or ""
        self.close()

        def work(svc: Services = services) -> str:
            text = svc.quick_replies.render_for(reply_id, conversation_id, staff=svc.actor)
            svc.quick_replies.use(reply_id)  # counted only once it could be filled in
            return text

        self.context.run(work, lambda text: self._insert(query, text, photos), self._failed, write=True)

    def _insert(self, query: str, text: str, photos: int = 0) -> None:
        edit = self.composer.edit
        cursor = edit.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        if before.endswith("/" + query):  # replace what was typed to find the reply
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(query) + 1)
            edit.setTextCursor(cursor)
        self.composer.insert_text(text)
        # A wa.me link carries text only: say so rather than let the photos be forgotten.
        note = self.tr("This reply has %n photo(s): attach them in WhatsApp.", "", photos) if photos else ""
        if note:
            self.composer.reason.setText(note)
            self.composer.reason.show()
        elif self.composer.send_button.isEnabled():  # otherwise the line says why this chat cannot be sent to
            self.composer.reason.hide()
        self.context.publish(Changes(replies=True), self)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        # A placeholder with nothing to fill in is said, not inserted as an empty hole.
        text = error_text(error)
        if isinstance(error, MissingValues):
            text = self.tr("Not inserted: %1").replace("%1", text)
        self.composer.reason.setText(text)
        self.composer.reason.show()

    def widget(self) -> QWidget:
        return self.popup
