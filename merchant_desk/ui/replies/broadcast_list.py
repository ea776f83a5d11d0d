"""Broadcasts so far, to reopen one (its queue survives restarts) or to start a new one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from merchant_desk.core.timezones import format_shop_datetime
from merchant_desk.ui.replies.broadcast_queue import BroadcastQueue
from merchant_desk.ui.replies.broadcast_wizard import BroadcastWizard

if TYPE_CHECKING:
    from merchant_desk.services.broadcast_service import BroadcastInfo
    from merchant_desk.ui.context import AppContext


class BroadcastList(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Broadcasts"))
        self.resize(560, 400)
        self.list = QListWidget()
        self.list.itemActivated.connect(self._open_item)
        self.new_button, self.open_button = QPushButton(self.tr("New broadcast…")), QPushButton(self.tr("Open"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_broadcast)
        self.open_button.clicked.connect(lambda: self._open_item(self.list.currentItem()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        services = self.context.services
        assert services is not None
        self.context.run(lambda svc=services: svc.broadcasts.list(), self._loaded)

    def _loaded(self, broadcasts: list[BroadcastInfo]) -> None:
        self.list.clear()
        states = {"sending": self.tr("sending"), "paused": self.tr("paused"), "done": self.tr("finished"),
                  "draft": self.tr("draft")}  # fmt: skip
        for info in broadcasts:
            when = format_shop_datetime(info.created_at, self.context.timezone)
            text = self.tr("%1 — %2 of %3 sent, %4 (%5)").replace("%1", info.name).replace("%2", str(info.sent))
            text = text.replace("%3", str(info.recipients)).replace("%4", states.get(info.state, info.state))
            item = QListWidgetItem(text.replace("%5", when))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.list.addItem(item)
        self.open_button.setEnabled(bool(broadcasts))
        if broadcasts:
            self.list.setCurrentRow(0)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            BroadcastQueue(self.context, int(item.data(Qt.ItemDataRole.UserRole)), self).exec()
            self.reload()

    def new_broadcast(self) -> None:
        wizard = BroadcastWizard(self.context, self)
        wizard.exec()
        if wizard.created is not None:
            BroadcastQueue(self.context, wizard.created.id, self).exec()
        self.reload()
