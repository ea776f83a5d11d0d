"""Issue 5's pictures for `merchant-desk screenshot`: the Quick Replies tab, the picker and suggestion in the
Inbox, and the automation, broadcast and follow-up windows. Nothing is written to the shop."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from merchant_desk.ui.context import AppContext


def render_replies(context: AppContext, window: QMainWindow, save: Callable[..., Any]) -> None:
    from merchant_desk.ui.inbox.inbox_tab import InboxTab
    from merchant_desk.ui.replies.automation_dialog import AutomationDialog
    from merchant_desk.ui.replies.broadcast_list import BroadcastList
    from merchant_desk.ui.replies.broadcast_queue import BroadcastQueue
    from merchant_desk.ui.replies.broadcast_wizard import BroadcastWizard
    from merchant_desk.ui.replies.followup_panel import FollowUpPanel
    from merchant_desk.ui.replies.replies_tab import QuickRepliesTab

    pages = getattr(window, "tab_pages", [])
    tab = next((page for page in pages if isinstance(page, QuickRepliesTab)), None)
    if tab is not None and tab.model.rowCount():
        window.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
        tab.table.selectRow(min(1, tab.model.rowCount() - 1))
        save(window, "main-quick-replies-editor")
        tab.editor.body.setPlainText(tab.editor.body.toPlainText() + "\nStok {stk} ya kak")
        tab.editor.update_preview()
        save(window, "main-quick-replies-unknown-placeholder")
        tab.editor.load(tab.editor.reply)  # typed only for the picture: put the stored text back
    inbox = next((page for page in pages if isinstance(page, InboxTab)), None)
    if inbox is not None and inbox.model.rowCount() and context.services is not None:
        window.tabs.setCurrentWidget(inbox)  # type: ignore[attr-defined]
        # A conversation the engine has a suggestion for, so the picture shows the bar above the composer.
        ids = [inbox.model.id_at(row) for row in range(min(inbox.model.rowCount(), 40))]
        chosen = next((i for i in ids if i is not None and context.services.automation.proposals_for(i)), ids[0])
        inbox.open_conversation(chosen, mark_read=False)
        save(window, "main-inbox-suggestion")
        picker = inbox.extras.picker
        window.show()
        inbox.composer.edit.setFocus()
        inbox.composer.edit.insertPlainText("/har")
        for _ in range(3):
            QCoreApplication.processEvents()
        if picker.is_open():
            save(picker.popup, "popup-quick-reply-picker")
        picker.close()
        inbox.composer.clear()
        conv = inbox.current
        if conv is not None and conv.customer_id is not None:
            from merchant_desk.ui.replies.interest_dialog import InterestDialog

            panel = inbox.panel.verticalScrollBar()
            panel.setValue(panel.maximum())  # the "Waiting for" section below the orders
            save(window, "main-inbox-waiting-for")
            panel.setValue(0)
            interest = InterestDialog(context, conv.customer_id, conv.customer_name or conv.title, window)
            save(interest, "dialog-interested-in-product")
    dialog = AutomationDialog(context, window)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        save(dialog, f"dialog-automation-{index + 1}")
    wizard = BroadcastWizard(context, window)
    wizard.name.setText("Promo akhir tahun")
    wizard.text.setPlainText("Halo kak *{nama}* 👋\nAda _diskon 20%_ untuk semua batik sampai 31 Desember!")
    wizard.update_preview()
    save(wizard, "dialog-broadcast-new")
    broadcasts = BroadcastList(context, window)
    save(broadcasts, "dialog-broadcasts")
    for row in range(min(broadcasts.model.rowCount(), 3)):
        queue = BroadcastQueue(context, broadcasts.model.rows[row][0].id, window)
        save(queue, f"dialog-broadcast-queue-{row + 1}")
    save(FollowUpPanel(context, window), "dialog-follow-ups")
