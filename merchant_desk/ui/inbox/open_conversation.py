"""Which conversation the Inbox tab has open: choosing it in the list or from a search hit, showing it in the
thread, panel and header, keeping an unsent reply with its own conversation, and marking it read once shown.
A mixin, like tab_actions, so the tab module stays about layout and loading."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex

# Written in InboxTab first, so the context stays "InboxTab": lupdate files a mixin's self.tr() under an empty
# context, where the translation would not be found.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from merchant_desk.services.inbox_rows import ConversationRow
    from merchant_desk.ui.inbox.inbox_tab import InboxTab


class OpenConversationMixin:
    def _current_changed(self: InboxTab, current: QModelIndex, _previous: QModelIndex) -> None:  # type: ignore[misc]
        if not current.isValid():
            return
        cid = self.model.id_at(current.row())
        if self.current is None or cid != self.current.id or self.thread.conversation_id != cid:
            loaded = self.model.conversation(current.row())
            if loaded is not None:
                self._show_conversation(loaded)
            else:
                self.open_conversation(cid)

    def open_conversation(
        self: InboxTab, conversation_id: int, around_message: int | None = None, *, mark_read: bool = True
    ) -> None:  # type: ignore[misc]
        """Shows a conversation in the thread and panel; ``around_message`` scrolls to a search hit."""
        row = self.model.row_of(conversation_id)
        loaded = self.model.conversation(row) if row is not None and row < self.model.rowCount() else None
        if loaded is not None and row is not None and self.model.reveal(row):
            selection = self.list.selectionModel()
            selection.blockSignals(True)  # selecting must not open it a second time
            selection.setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
            self.list.scrollTo(self.model.index(row))
            self.list.viewport().update()
            self._show_conversation(loaded, around_message, mark_read)
            return
        services = self.context.services
        if services is not None:  # not in the list (filtered out, or its page not here yet): ask for it
            self.context.run(
                lambda: services.inbox.conversation(conversation_id),
                lambda conv: self._show_conversation(conv, around_message, mark_read),
            )

    def _show_conversation(
        self: InboxTab, conv: ConversationRow, around_message: int | None = None, mark_read: bool = True
    ) -> None:  # type: ignore[misc]
        previous, self.current = self.current, conv
        if previous is None or previous.id != conv.id:
            # Drafts stay with their conversation: a reply typed for one customer must never go to the next.
            if previous is not None and self.composer.text().strip():
                self._drafts[previous.id] = self.composer.text()
            self.composer.set_text(self._drafts.pop(conv.id, ""))
        # Marked read once its page is on screen: the write would only compete with the switch itself.
        self._read_when_shown = conv.id if mark_read else None
        self.thread.open(conv.id, conv.is_group, around_message)
        self.extras.conversation_opened(conv.id, conv.customer_id, conv.customer_name or conv.title)
        self.panel.show_conversation(conv)
        self._show_header()

    def _thread_shown(self: InboxTab, conversation_id: int) -> None:  # type: ignore[misc]
        wanted, self._read_when_shown = self._read_when_shown, None
        conv = self.current
        if conv is not None and conv.id == wanted == conversation_id and conv.unread_count:
            self.mark_read(conv)

    def _show_header(self: InboxTab) -> None:  # type: ignore[misc]
        self.header.show_conversation(self.current)
        self.composer.setVisible(self.current is not None)
        conv = self.current
        if conv is None:
            return
        # Here rather than only on opening: a number added in the customer panel enables sending at once.
        if conv.customer_phone:
            self.composer.set_target(conv.customer_phone)
        elif conv.is_group:
            self.composer.set_target(
                None,
                translate(
                    "InboxTab",
                    "Group chats cannot be answered through a WhatsApp link: reply in the group on your phone.",
                ),
            )
        else:
            self.composer.set_target(
                None,
                translate("InboxTab", "This customer has no WhatsApp number: add one to reply."),
                (translate("InboxTab", "Add WhatsApp number…"), self.panel.edit_customer),
            )

    def set_current(self: InboxTab, conv: ConversationRow) -> None:  # type: ignore[misc]
        """The open conversation changed in the database (a write of ours): show it everywhere at once."""
        self.current = conv
        self.model.replace_row(conv)
        self.panel.show_conversation(conv)
        self._show_header()
