"""The Inbox's pictures for `merchant-desk screenshot`: an open conversation and every inbox dialog.

Nothing is written to the shop: the conversation is opened without marking it read, and the import dialog
previews a small sample export written to the output folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMainWindow, QWidget

from merchant_desk.ui.context import AppContext

SAMPLE = (
    "22/11/26, 09:00 - Messages and calls are end-to-end encrypted.\n"
    "22/11/26, 09:01 - Rina: Kak, brp harganya batik ini?\n"
    "22/11/26, 09:02 - {shop}: Rp150.000 kak, ready semua ukuran\n"
    "22/11/26, 09:03 - Rina: IMG-20261122-WA0001.jpg (file attached)\n"
    "22/11/26, 09:04 - Rina: udh tf ya kak\n"
)


def render_inbox(context: AppContext, window: QMainWindow, save: Callable[..., Any], out_dir: Path) -> None:
    from merchant_desk.ui.inbox.import_chat_dialog import ImportChatDialog
    from merchant_desk.ui.inbox.inbox_tab import InboxTab
    from merchant_desk.ui.inbox.labels_dialog import LabelsDialog
    from merchant_desk.ui.inbox.rules_dialog import RuleEditor, RulesDialog

    tab = next((page for page in getattr(window, "tab_pages", []) if isinstance(page, InboxTab)), None)
    if tab is not None and tab.model.rowCount():
        window.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
        tab.open_conversation(tab.model.id_at(0), mark_read=False)
        save(window, "main-inbox-conversation")
        tab.filters.search.setText("transfer")  # a word every shop's chats have: the search results list
        tab.filters.flush()
        if tab.results.hits:
            hit = tab.results.hits[0]
            tab.results.setCurrentRow(0)
            tab.open_conversation(hit.conversation_id, around_message=hit.message_id, mark_read=False)
        save(window, "main-inbox-search")
        tab.filters.search.clear()
        tab.filters.flush()
    dialog: QWidget = ImportChatDialog(context, window)
    save(dialog, "dialog-import-chat")
    sample = out_dir / "WhatsApp Chat with Rina.txt"
    sample.write_text(SAMPLE.format(shop=context.shop_name or "Toko"), encoding="utf-8")
    dialog = ImportChatDialog(context, window)
    dialog.set_file(sample)
    save(dialog, "dialog-import-chat-preview")
    sample.unlink()
    save(LabelsDialog(context, window), "dialog-labels")
    rules = RulesDialog(context, window)
    save(rules, "dialog-rules")
    if rules.rules:
        save(RuleEditor(rules.labels, rules.staff, rules.rules[0], window), "dialog-rule-editor")
