"""The guided broadcast queue: one recipient at a time through a wa.me link, with skip, pause and the report.

The queue lives in the database, so closing this window or the app loses nothing: reopening it goes on with the
next pending recipient. A draft shows what the first recipient will get and a call to start; a finished broadcast
shows what happened to everyone it chose, the skipped and the left-out included.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.core.timezones import format_shop_datetime
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
STATES = {
    "draft": QT_TRANSLATE_NOOP("BroadcastQueue", "Draft"),
    "sending": QT_TRANSLATE_NOOP("BroadcastQueue", "Sending"),
    "paused": QT_TRANSLATE_NOOP("BroadcastQueue", "Paused"),
    "done": QT_TRANSLATE_NOOP("BroadcastQueue", "Finished"),
}
# (background, text), in the Orders tab's chip palette: grey not started, blue going, orange waiting, green done.
STATE_COLOURS: dict[str, tuple[str, str]] = {
    "draft": ("#EEF1F4", "#3B4A54"),
    "sending": ("#E3F2FD", "#1565C0"),
    "paused": ("#FFF3E0", "#E65100"),
    "done": ("#DCF8C6", "#128C7E"),
}


def state_name(state: str) -> str:
    return QCoreApplication.translate("BroadcastQueue", STATES.get(state, state))


def chip_css(state: str) -> str:
    back, fore = STATE_COLOURS.get(state, STATE_COLOURS["draft"])
    return f"background: {back}; color: {fore}; border-radius: 9px; padding: 2px 10px; font-weight: 600;"


class BroadcastQueue(QDialog):
    def __init__(self, context: AppContext, broadcast_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.broadcast_id = broadcast_id
        self.info: BroadcastInfo | None = None
        self.item: QueueItem | None = None
        self.setWindowTitle(self.tr("Broadcast"))
        self.resize(600, 600)
        self.heading, self.chip, self.progress = QLabel(), QLabel(), QLabel()
        self.recipient, self.summary = QLabel(), QLabel()
        set_role(self.heading, "heading")
        set_role(self.progress, "muted")
        set_role(self.recipient, "card-title")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt; color: #1F2C33;")
        self.message = WhatsAppPreview()
        self.start_button = QPushButton(self.tr("Start sending"))
        self.open_button = QPushButton(self.tr("Open WhatsApp for the next recipient"))
        for button in (self.start_button, self.open_button):
            button.setProperty("primary", True)
        self.skip_button, self.pause_button = QPushButton(self.tr("Skip")), QPushButton()
        for button in (self.start_button, self.open_button, self.skip_button, self.pause_button):
            button.setAutoDefault(False)  # Enter must never send to the next customer by accident
        self.start_button.clicked.connect(self.toggle_pause)
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
        title = QHBoxLayout()
        title.addWidget(self.heading)
        title.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        title.addStretch()
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.start_button)
        card = QFrame()
        set_role(card, "card")
        grid = QGridLayout(card)
        grid.setHorizontalSpacing(10)
        names = (self.tr("Recipients"), self.tr("Sent"), self.tr("Skipped"), self.tr("Waiting"),
                 self.tr("Left out: no consent"), self.tr("Left out: no WhatsApp number"),
                 self.tr("Replied within 48 hours"))  # fmt: skip
        # Two label–number pairs a row, each number right beside its label rather than across the window.
        for i, (name, value) in enumerate(zip(names, self.report.values(), strict=True)):
            row, col = divmod(i, 2)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setStyleSheet("font-weight: 600;")
            grid.addWidget(QLabel(name), row, col * 3)
            grid.addWidget(value, row, col * 3 + 1)
        grid.setColumnMinimumWidth(2, 24)
        grid.setColumnStretch(5, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addWidget(self.progress)
        layout.addSpacing(6)
        layout.addWidget(self.recipient)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(card)
        layout.addStretch()  # takes the room only while no message is shown: the report follows the summary

    def _services(self) -> Services:
        assert self.context.services is not None
        return self.context.services

    def reload(self) -> None:
        svc, bid = self._services(), self.broadcast_id

        def load() -> tuple[BroadcastInfo, QueueItem | None, BroadcastReport]:
            info = svc.broadcasts.get(bid)
            item = svc.broadcasts.next_recipient(bid) if info.state == "sending" else svc.broadcasts.peek(bid)
            return info, item, svc.broadcasts.report(bid)

        self.context.run(load, self._loaded, self._failed, write=True)  # report() notes replies: a write

    def _loaded(self, result: tuple[BroadcastInfo, QueueItem | None, BroadcastReport]) -> None:
        info, item, report = result
        self.info, self.item = info, item if info.state == "sending" else None
        self.heading.setText(info.name)
        self.chip.setText(state_name(info.state))
        self.chip.setStyleSheet(chip_css(info.state))
        self.progress.setText(self._progress_text(info, report))
        self.summary.setText("")
        if info.state == "done" or item is None:
            self.recipient.setText(
                self.tr("Broadcast finished") if info.state == "done" else self.tr("No one to send to.")
            )
            self.summary.setText(self.finished_summary(report))
        elif info.state == "draft":
            self.recipient.setText(self.tr("What %1, the first recipient, will get:").replace("%1", item.customer_name))
            self.summary.setText(self.tr("%n customer(s) will get this message one by one: WhatsApp opens with the "
                                         "text typed in and you press send there.", "", report.recipients))  # fmt: skip
        else:
            text = (
                self.tr("Next: %1 (%2 waiting)")
                if info.state == "sending"
                else self.tr("Paused. Next: %1 (%2 waiting)")
            )
            self.recipient.setText(text.replace("%1", item.customer_name).replace("%2", str(item.remaining)))
        if item is not None:
            self.message.show_message(item.text)
        self.message.setVisible(item is not None and info.state != "done")
        sending, draft = info.state == "sending", info.state == "draft"
        going = info.state in ("sending", "paused")  # a draft starts; a finished one only reports
        self.open_button.setVisible(going)
        self.skip_button.setVisible(going)
        self.start_button.setVisible(draft)
        self.start_button.setEnabled(draft and info.recipients > 0)
        self.open_button.setEnabled(sending and self.item is not None)
        self.skip_button.setEnabled(sending and self.item is not None)
        self.pause_button.setText(self.tr("Resume") if info.state == "paused" else self.tr("Pause"))
        self.pause_button.setVisible(going)
        values = (report.recipients, report.sent, report.skipped, report.pending, report.excluded_no_consent,
                  report.excluded_no_phone, report.replied_within_48h)  # fmt: skip
        for label, value in zip(self.report.values(), values, strict=True):
            label.setText(str(value))

    def _progress_text(self, info: BroadcastInfo, report: BroadcastReport) -> str:
        zone = self.context.timezone
        if info.state == "done" and info.finished_at is not None:
            return self.tr("Finished %1").replace("%1", format_shop_datetime(info.finished_at, zone))
        if info.state == "draft":
            return self.tr("Created %1, not started yet").replace("%1", format_shop_datetime(info.created_at, zone))
        text = self.tr("%1 of %2 sent").replace("%1", str(report.sent)).replace("%2", str(report.recipients))
        if report.skipped:
            text += " · " + self.tr("%n skipped", "", report.skipped)
        return text

    def finished_summary(self, report: BroadcastReport) -> str:
        """What happened to everyone the filter chose: sent, skipped, and left out (never only the sent)."""
        text = self.tr("%n sent", "", report.sent)
        if report.skipped:
            text += ", " + self.tr("%n skipped", "", report.skipped)
        left_out = []
        if report.excluded_no_consent:
            left_out.append(self.tr("%n left out because they have not agreed", "", report.excluded_no_consent))
        if report.excluded_no_phone:
            left_out.append(self.tr("%n left out: no WhatsApp number", "", report.excluded_no_phone))
        if left_out:
            text += "; " + "; ".join(left_out)
        text += "."
        if report.sent:
            text += "\n" + self.tr("%n replied within 48 hours.", "", report.replied_within_48h)
        return text

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
        self.start_button.setEnabled(False)
        self.context.run(work, self._written, self._failed, write=True)

    def _written(self, changes: Changes) -> None:
        self.context.publish(changes, self)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.error.show_message(error_text(error))
