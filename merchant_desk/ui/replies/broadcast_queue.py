"""The guided broadcast queue: one recipient at a time through a wa.me link, with skip, pause and the report.

The queue lives in the database, so closing this window or the app loses nothing: reopening it goes on with the
next pending recipient.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.ui.forms import ErrorLabel
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.replies.wa_preview import WhatsAppPreview
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.services.broadcast_service import BroadcastInfo, BroadcastReport, QueueItem
    from merchant_desk.services.hub import Services
    from merchant_desk.ui.context import AppContext


# The app's primary style keeps its green when disabled; a paler one says "nothing to send now".
DISABLED_PRIMARY = 'QPushButton[primary="true"]:disabled { background: #A9D6CF; border-color: #A9D6CF; color: white; }'


class BroadcastQueue(QDialog):
    def __init__(self, context: AppContext, broadcast_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.broadcast_id = broadcast_id
        self.info: BroadcastInfo | None = None
        self.item: QueueItem | None = None
        self.setWindowTitle(self.tr("Broadcast"))
        self.resize(560, 520)
        self.heading, self.progress, self.recipient = QLabel(), QLabel(), QLabel()
        set_role(self.heading, "heading")
        set_role(self.progress, "muted")
        set_role(self.recipient, "card-title")
        self.message = WhatsAppPreview()
        self.open_button = QPushButton(self.tr("Open WhatsApp for the next recipient"))
        self.open_button.setProperty("primary", True)
        self.skip_button, self.pause_button = QPushButton(self.tr("Skip")), QPushButton()
        for button in (self.open_button, self.skip_button, self.pause_button):
            button.setAutoDefault(False)  # Enter must never send to the next customer by accident
        self.open_button.clicked.connect(self.open_next)
        self.skip_button.clicked.connect(self.skip)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.report = {key: QLabel() for key in ("recipients", "sent", "skipped", "pending", "no_consent",
                                                  "no_phone", "replied")}  # fmt: skip
        self.error = ErrorLabel()
        self.setStyleSheet(DISABLED_PRIMARY)
        self._layout()
        self.reload()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        card = QFrame()
        set_role(card, "card")
        report = QFormLayout(card)
        names = (self.tr("Recipients"), self.tr("Sent"), self.tr("Skipped"), self.tr("Waiting"),
                 self.tr("Left out: no consent"), self.tr("Left out: no WhatsApp number"),
                 self.tr("Replied within 48 hours"))  # fmt: skip
        for name, label in zip(names, self.report.values(), strict=True):
            report.addRow(name, label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.recipient)
        layout.addWidget(self.message, 1)
        layout.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(card)

    def _services(self) -> Services:
        assert self.context.services is not None
        return self.context.services

    def reload(self) -> None:
        svc, bid = self._services(), self.broadcast_id

        def load() -> tuple[BroadcastInfo, QueueItem | None, BroadcastReport]:
            info = svc.broadcasts.get(bid)
            item = svc.broadcasts.next_recipient(bid) if info.state == "sending" else None
            return info, item, svc.broadcasts.report(bid)

        self.context.run(load, self._loaded, self._failed, write=True)  # report() notes replies: a write

    def _loaded(self, result: tuple[BroadcastInfo, QueueItem | None, BroadcastReport]) -> None:
        self.info, self.item, report = result
        info, item = self.info, self.item
        self.heading.setText(info.name)
        states = {"sending": self.tr("sending"), "paused": self.tr("paused"), "done": self.tr("finished"),
                  "draft": self.tr("draft")}  # fmt: skip
        self.progress.setText(
            self.tr("%1 of %2 sent · %3").replace("%1", str(info.sent)).replace("%2", str(info.recipients))
            .replace("%3", states.get(info.state, info.state))
        )  # fmt: skip
        if item is not None:
            self.recipient.setText(self.tr("Next: %1 (%2 waiting)").replace("%1", item.customer_name)
                                   .replace("%2", str(item.remaining)))  # fmt: skip
            self.message.show_message(item.text)
        else:
            waiting = {"done": self.tr("Everyone has been messaged."), "paused": self.tr("Paused: resume to go on."),
                       "draft": self.tr("Not started yet.")}  # fmt: skip
            self.recipient.setText(waiting.get(info.state, ""))
        self.message.setVisible(item is not None)
        self.open_button.setEnabled(item is not None)
        self.skip_button.setEnabled(item is not None)
        labels = {"paused": self.tr("Resume"), "draft": self.tr("Start sending")}
        self.pause_button.setText(labels.get(info.state, self.tr("Pause")))
        startable = info.state != "draft" or info.recipients > 0
        self.pause_button.setEnabled(info.state in ("sending", "paused", "draft") and startable)
        values = (report.recipients, report.sent, report.skipped, report.pending, report.excluded_no_consent,
                  report.excluded_no_phone, report.replied_within_48h)  # fmt: skip
        for label, value in zip(self.report.values(), values, strict=True):
            label.setText(str(value))

    def open_next(self) -> None:
        item = self.item
        if item is None:
            return
        # WhatsApp opens with the text typed in; the merchant presses send there, so it counts as sent now.
        QDesktopServices.openUrl(QUrl.fromEncoded(item.link.encode("ascii")))
        svc = self._services()
        self._write(lambda: svc.broadcasts.mark_sent(svc.actor, item.recipient_id))

    def skip(self) -> None:
        item, svc = self.item, self._services()
        if item is not None:
            self._write(lambda: svc.broadcasts.skip(svc.actor, item.recipient_id))

    def toggle_pause(self) -> None:
        svc, bid, info = self._services(), self.broadcast_id, self.info
        if info is None:
            return
        if info.state == "draft":
            self._write(lambda: svc.broadcasts.start(svc.actor, bid))
        elif info.state == "paused":
            self._write(lambda: svc.broadcasts.resume(svc.actor, bid))
        else:
            self._write(lambda: svc.broadcasts.pause(svc.actor, bid))

    def _write(self, work: object) -> None:
        self.open_button.setEnabled(False)  # one click, one recipient
        self.context.run(work, self._written, self._failed, write=True)

    def _written(self, changes: Changes) -> None:
        self.context.publish(changes, self)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.error.show_message(error_text(error))
