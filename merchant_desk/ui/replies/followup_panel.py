"""Reminders and follow-up notices in one small window: open a due conversation, send a back-in-stock or
price-drop message through WhatsApp, or mark either done."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from merchant_desk.core.changes import Changes
from merchant_desk.core.timezones import format_shop_datetime, utcnow
from merchant_desk.ui.replies.reminders import open_link
from merchant_desk.ui.style import ERROR, set_role

if TYPE_CHECKING:
    from merchant_desk.services.followup_reminders import ReminderInfo
    from merchant_desk.services.followup_service import NoticeInfo
    from merchant_desk.ui.context import AppContext

ROLE = Qt.ItemDataRole.UserRole


class FollowUpPanel(QDialog):
    open_conversation = Signal(int)

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Reminders and notices"))
        self.resize(620, 480)
        self.reminders, self.notices = QListWidget(), QListWidget()
        for view in (self.reminders, self.notices):
            view.setWordWrap(True)
            view.setStyleSheet("QListWidget::item { padding: 6px 4px; border-bottom: 1px solid #EEF1F4; }")
        self.open_button, self.reminder_done = QPushButton(self.tr("Open chat")), QPushButton(self.tr("Done"))
        self.send_button, self.notice_done = QPushButton(self.tr("Send")), QPushButton(self.tr("Done"))
        self.send_button.setProperty("primary", True)
        self.open_button.clicked.connect(self._open)
        self.reminder_done.clicked.connect(self._reminder_done)
        self.send_button.clicked.connect(lambda: self._notice(sent=True))
        self.notice_done.clicked.connect(lambda: self._notice(sent=False))
        self.reminders.itemActivated.connect(lambda _item: self._open())
        layout = QVBoxLayout(self)
        for title, view, buttons in (
            (self.tr("Reminders"), self.reminders, (self.open_button, self.reminder_done)),
            (self.tr("Back in stock and price drops"), self.notices, (self.send_button, self.notice_done)),
        ):
            heading = QLabel(title)
            set_role(heading, "card-title")
            row = QHBoxLayout()
            row.addStretch()
            for button in buttons:
                row.addWidget(button)
            layout.addWidget(heading)
            layout.addWidget(view, 1)
            layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        services = self.context.services
        assert services is not None
        self.context.run(lambda svc=services: (svc.followups.reminders(), svc.followups.notices()), self._loaded)

    def _loaded(self, result: tuple[list[ReminderInfo], list[NoticeInfo]]) -> None:
        reminders, notices = result
        now, zone = utcnow(), self.context.timezone
        self.reminders.clear()
        for r in reminders:
            due = r.due_at <= now
            when = format_shop_datetime(r.due_at, zone)
            text = (self.tr("Due: %1 — %2") if due else self.tr("%1 — %2")).replace("%1", r.title).replace("%2", when)
            item = QListWidgetItem(text + (f"\n{r.note}" if r.note else ""))
            item.setData(ROLE, (r.id, r.conversation_id))
            if due:
                item.setForeground(QColor(ERROR))
            self.reminders.addItem(item)
        self.notices.clear()
        for n in notices:
            kind = self.tr("Back in stock") if n.kind == "back_in_stock" else self.tr("Price drop")
            item = QListWidgetItem(f"{kind}: {n.customer_name}\n{n.text}")
            item.setData(ROLE, (n.id, n.link))
            self.notices.addItem(item)
        for view in (self.reminders, self.notices):
            view.setCurrentRow(0 if view.count() else -1)

    def _open(self) -> None:
        item = self.reminders.currentItem()
        if item is not None:
            self.open_conversation.emit(item.data(ROLE)[1])
            self.accept()

    def _reminder_done(self) -> None:
        item, services = self.reminders.currentItem(), self.context.services
        if item is not None and services is not None:
            reminder_id = item.data(ROLE)[0]
            self._write(lambda svc=services: svc.followups.complete_reminder(svc.actor, reminder_id))

    def _notice(self, sent: bool) -> None:
        item, services = self.notices.currentItem(), self.context.services
        if item is None or services is None:
            return
        notice_id, link = item.data(ROLE)
        if sent and link:
            open_link(link)  # WhatsApp opens with the prepared message; the merchant presses send there
        self._write(lambda svc=services: svc.followups.mark_notice(svc.actor, notice_id, sent=sent and bool(link)))

    def _write(self, work: Any) -> None:
        self.context.run(work, self._written, write=True)

    def _written(self, changes: Changes) -> None:
        self.context.publish(changes, self)
        self.reload()
