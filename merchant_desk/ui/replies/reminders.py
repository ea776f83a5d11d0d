"""Follow-ups in the Inbox: the "Remind me" menu, a minute-by-minute check for due reminders (a status bar
message and the Follow-ups button's count), and a panel of due reminders and back-in-stock / price-drop notices."""

from __future__ import annotations

import weakref
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMenu,
    QToolButton,
    QWidget,
)

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.core.timezones import shop_tz, utcnow
from merchant_desk.ui.error_dialog import show_user_error

if TYPE_CHECKING:
    from merchant_desk.services.followup_reminders import ReminderInfo
    from merchant_desk.services.hub import Services
    from merchant_desk.ui.context import AppContext

CHECK_EVERY_MS = 60_000


class RemindButton(QToolButton):
    """ "Remind me" with its presets; ``conversation_id()`` says which conversation."""

    reminded = Signal(object)  # Changes

    def __init__(self, context: AppContext, conversation_id: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.conversation_id = conversation_id
        self.setText(self.tr("Remind me") + "  ▾")
        # Drawn like the header's push buttons, with the arrow in the text instead of over it.
        self.setStyleSheet("QToolButton { padding: 6px 12px; border-radius: 5px; border: 1px solid #C8D0D6;"
                           " background: white; } QToolButton::menu-indicator { image: none; width: 0; }")  # fmt: skip
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        for preset, text in (("1h", self.tr("In 1 hour")), ("tomorrow", self.tr("Tomorrow at 09:00")),
                             ("3d", self.tr("In 3 days"))):  # fmt: skip
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, p=preset: self.remind(preset=p))
            menu.addAction(action)
        self.chosen_action = QAction(self.tr("At a chosen time…"), menu)
        self.chosen_action.triggered.connect(self.choose_time)
        menu.addAction(self.chosen_action)
        menu.addSeparator()
        self.panel_action = QAction(self.tr("Reminders and notices…"), menu)
        menu.addAction(self.panel_action)
        self.setMenu(menu)

    def choose_time(self) -> None:
        dialog = ChooseTime(self.context.timezone, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.remind(at=dialog.utc())

    def remind(self, preset: str | None = None, at: datetime | None = None) -> None:
        conversation_id, services = self.conversation_id(), self.context.services
        if conversation_id is None or services is None:
            return
        self.context.run(
            lambda svc=services: svc.followups.remind(svc.actor, conversation_id, preset, at),
            lambda result: self.reminded.emit(result[1]), self._failed, write=True,
        )  # fmt: skip

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        show_user_error(self, error)


class ChooseTime(QDialog):
    """A date and time in the shop's zone (two hours from now to start with)."""

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setWindowTitle(self.tr("Remind me"))
        local = datetime.now(shop_tz(zone)).replace(second=0, microsecond=0, tzinfo=None) + timedelta(hours=2)
        self.edit = QDateTimeEdit(QDateTime(local), calendarPopup=True)
        self.edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Remind me at (%1)").replace("%1", zone), self.edit)
        form.addRow(buttons)

    def utc(self) -> datetime:
        local = self.edit.dateTime().toPython().replace(tzinfo=shop_tz(self.zone))
        return local.astimezone(UTC).replace(tzinfo=None)


CATCH_UP_DELAY_MS = 3_000
_CAUGHT_UP: weakref.WeakSet[Services] = weakref.WeakSet()  # the shops checked this session


class DueWatcher(QObject):
    """Checks due reminders in the background every minute; keeps the due list (the Follow-ups button counts it),
    the per-conversation badges and the count of follow-up notices waiting to be sent.

    The Inbox tab's title is not touched: it counts unread conversations (ui/inbox/unread_title.py)."""

    due_changed = Signal(list)  # list[ReminderInfo]; badges and pending are up to date when it fires

    def __init__(self, context: AppContext, tab: QWidget) -> None:
        super().__init__(tab)
        self.context = context
        self.tab = tab
        self.due: list[ReminderInfo] = []
        self.badges: dict[int, int] = {}  # conversation id -> due reminders
        self.pending = 0  # back-in-stock / price-drop notices not yet sent
        self._announced: set[int] = set()
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        services = self.context.services
        if services is None:
            return

        def load(svc: Services = services) -> tuple[list[ReminderInfo], dict[int, int], int]:
            now = utcnow()  # one clock for the list and the badges, so they agree
            return svc.followups.due_reminders(now), svc.followups.due_badges(now), svc.followups.pending_count()

        self.context.run(load, self._arrived, lambda _e: None)

    def catch_up(self) -> None:
        """Once a session: queues notices for catalog changes no hook saw (another desktop, an older version).

        Deferred and once per set of services: on the large shop the full check takes ~0.7 s of Python in the
        background, which slowed the Inbox's first screen from ~0.1 s to ~0.4 s when it ran at once."""
        QTimer.singleShot(CATCH_UP_DELAY_MS, self._catch_up_now)

    def _catch_up_now(self) -> None:
        services = self.context.services
        if services is not None and services not in _CAUGHT_UP:  # a tab reopened does not redo it
            _CAUGHT_UP.add(services)
            self.context.run(lambda svc=services: svc.followups.check_products(), self._caught_up, lambda _e: None,
                             write=True)  # fmt: skip

    def _caught_up(self, changes: Changes) -> None:
        self.context.publish(changes, self)  # the Inbox, its button and the Quick Replies tab refresh

    def _arrived(self, result: tuple[list[ReminderInfo], dict[int, int], int]) -> None:
        due, self.badges, self.pending = result
        self.due = due
        fresh = [r for r in due if r.id not in self._announced]
        self._announced.update(r.id for r in fresh)
        window = self.tab.window()
        if fresh and hasattr(window, "statusBar"):
            names = ", ".join(r.title for r in fresh[:3])
            window.statusBar().showMessage(self.tr("Reminder due: %1").replace("%1", names), 15_000)
        self.due_changed.emit(due)

    def after(self, changes: Changes) -> None:
        if changes.inbox or changes.replies:
            self.check()


def open_link(link: str) -> None:
    QDesktopServices.openUrl(QUrl.fromEncoded(link.encode("ascii")))
