"""What the Inbox tab does: send and copy replies, resolve, move between conversations, search, mark read,
and open the import and label dialogs. A mixin, so the tab module stays about layout and loading."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QMessageBox

from merchant_desk.channels.wa_link import wa_me_link, whatsapp_send_link
from merchant_desk.core.errors import UserError
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.inbox.search_results import Prepared, prepare_hits
from merchant_desk.ui.inbox.texts import counted

# A mixin's strings carry its own context: self.tr() would look them up under the tab's class name.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from merchant_desk.services.inbox_rows import ConversationRow, MessageRow
    from merchant_desk.ui.inbox.inbox_tab import InboxTab

RESULTS_LIMIT = 100
MIN_SEARCH = 2  # characters before a message search runs


class InboxActionsMixin:
    def build_shortcuts(self: InboxTab) -> None:  # type: ignore[misc]
        keys: list[tuple[str, Any]] = [
            ("Alt+J", lambda: self.move_conversation(1)),
            ("Alt+K", lambda: self.move_conversation(-1)),
            ("Alt+E", self.toggle_resolved),
            ("Ctrl+F", self.focus_search),
        ]
        self.shortcuts = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(self.shortcut_context())
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    @staticmethod
    def shortcut_context() -> Any:
        from PySide6.QtCore import Qt

        return Qt.ShortcutContext.WidgetWithChildrenShortcut  # only while the Inbox tab is the one shown

    # -- moving around --------------------------------------------------------------------------------

    def move_conversation(self: InboxTab, step: int) -> None:  # type: ignore[misc]
        """Alt+J / Alt+K: the next or previous conversation in the list."""
        n = len(self.model.ids)
        if not n:
            return
        # From the open conversation, not the view's current index: a list that got focus has one already.
        at = self.model.row_of(self.current.id) if self.current is not None else None
        row = 0 if at is None else min(n - 1, max(0, at + step))
        self.model.reveal(row)  # the view may not have been given that far down the list yet
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)

    def focus_search(self: InboxTab) -> None:  # type: ignore[misc]
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def run_search(self: InboxTab, text: str) -> None:  # type: ignore[misc]
        """Searches every message (newest first); an empty box shows the conversation list again."""
        services = self.context.services
        self._search_generation += 1
        generation = self._search_generation
        if len(text) < MIN_SEARCH or services is None:
            # One letter matches most of a million messages and FTS has no 1-letter prefix index: wait for two.
            self.left_stack.setCurrentIndex(0)
            self.search_answered = generation
            self._update_count()  # the list's own count, not the last search's "N messages found"
            return
        zone, you = self.context.timezone, translate("InboxActionsMixin", "You")
        self.context.run(
            # Snippets and dates are made in the worker too: the GUI thread only adds the rows.
            lambda: prepare_hits(services.inbox.search(text, limit=RESULTS_LIMIT), zone, you, text),
            lambda hits: self._hits_arrived(generation, hits),
        )

    def _hits_arrived(self: InboxTab, generation: int, hits: list[Prepared]) -> None:  # type: ignore[misc]
        if generation != self._search_generation:
            return  # an older keystroke's answer
        self.search_answered = generation
        self.results.show_prepared(hits)
        self.left_stack.setCurrentIndex(1)
        n = len(hits)  # a plain name: lupdate drops a plural string whose count is a call
        self.count_label.setText(counted(translate("InboxActionsMixin", "%n message(s) found", "", n), n))

    def open_hit(self: InboxTab, item: QListWidgetItem) -> None:  # type: ignore[misc]
        hit = self.results.hit(item)
        if hit is not None:
            self.open_conversation(hit.conversation_id, around_message=hit.message_id)

    # -- writes ---------------------------------------------------------------------------------------

    def mark_read(self: InboxTab, conv: ConversationRow) -> None:  # type: ignore[misc]
        services = self.context.services
        if services is None:
            return
        self.model.replace_row(dataclasses.replace(conv, unread_count=0))  # the badge goes at once
        self.context.run(lambda: services.inbox.mark_read(conv.id), self._read_marked, write=True)

    def _read_marked(self: InboxTab, changes: Any) -> None:  # type: ignore[misc]
        if changes.any():
            self.context.publish(changes, self)
            self.load_counts()

    def toggle_resolved(self: InboxTab) -> None:  # type: ignore[misc]
        """Alt+E: resolves the open conversation (or reopens a resolved one)."""
        conv, services = self.current, self.context.services
        if conv is None or services is None:
            return
        status = "open" if conv.status == "resolved" else "resolved"
        self.set_current(
            dataclasses.replace(conv, status=status, unread_count=0 if status == "resolved" else conv.unread_count)
        )
        self.context.run(
            lambda: services.inbox.set_status(services.actor, conv.id, status), self.after_write, write=True
        )

    def reply_link(self: InboxTab, phone: str, text: str) -> str:  # type: ignore[misc]
        if self.composer.link_kind() == "desktop":
            return whatsapp_send_link(phone, text)
        return wa_me_link(phone, text)

    def send_reply(self: InboxTab, text: str) -> None:  # type: ignore[misc]
        """Opens WhatsApp with the reply typed in, then records it as sent by the signed-in staff member."""
        conv, services = self.current, self.context.services
        if conv is None or services is None or not conv.customer_phone:
            return
        try:
            link = self.reply_link(conv.customer_phone, text)
        except UserError as exc:
            QMessageBox.warning(self, translate("InboxActionsMixin", "Reply"), error_text(exc))
            return
        if not QDesktopServices.openUrl(QUrl.fromEncoded(link.encode("ascii"))):
            QGuiApplication.clipboard().setText(text)
            QMessageBox.warning(
                self,
                translate("InboxActionsMixin", "Reply"),
                translate(
                    "InboxActionsMixin",
                    "WhatsApp could not be opened. The reply was copied: paste it into WhatsApp yourself.",
                ),
            )
            return
        actor = services.actor
        self.composer.send_button.setEnabled(False)  # one click, one recorded reply
        self.context.run(
            lambda: services.inbox.record_outgoing(actor, conv.id, text),
            self._reply_recorded,
            self._reply_failed,
            write=True,
        )

    def _reply_recorded(self: InboxTab, result: tuple[MessageRow, Any]) -> None:  # type: ignore[misc]
        message, changes = result
        self.composer.send_button.setEnabled(True)
        if self.current is not None and self.current.id == message.conversation_id:
            self.composer.clear()
        else:
            self._drafts.pop(message.conversation_id, None)  # sent while the merchant moved on: no draft left
        self.thread.add_sent(message)
        self.after_write(changes)

    def _reply_failed(self: InboxTab, error: BaseException) -> None:  # type: ignore[misc]
        self.composer.send_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        QMessageBox.warning(self, translate("InboxActionsMixin", "Reply"), error_text(error))

    def reply_copied(self: InboxTab, _text: str) -> None:  # type: ignore[misc]
        self.count_label.setText(translate("InboxActionsMixin", "Reply copied: paste it into WhatsApp."))

    # -- dialogs --------------------------------------------------------------------------------------

    def import_chat(self: InboxTab) -> None:  # type: ignore[misc]
        from merchant_desk.ui.inbox.import_chat_dialog import ImportChatDialog

        dialog = ImportChatDialog(self.context, self)
        dialog.imported.connect(self._chat_imported)
        dialog.exec()

    def _chat_imported(self: InboxTab, conversation_id: int, changes: Any) -> None:  # type: ignore[misc]
        self.context.publish(changes, self)
        self.refresh()
        self.open_conversation(conversation_id)

    def edit_labels(self: InboxTab) -> None:  # type: ignore[misc]
        from merchant_desk.ui.inbox.labels_dialog import LabelsDialog

        LabelsDialog(self.context, self).exec()
        self.refresh()

    def edit_rules(self: InboxTab) -> None:  # type: ignore[misc]
        from merchant_desk.ui.inbox.rules_dialog import RulesDialog

        RulesDialog(self.context, self).exec()
        self.refresh()
