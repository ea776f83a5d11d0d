"""Switch user (Ctrl+L) and the automatic lock after idle minutes: the PIN prompt over the window, whose tabs and
unsaved work stay as they were."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from merchant_desk.ui.context import AppContext

log = logging.getLogger(__name__)
LOCK_SETTING = "security.lock_minutes"  # 0 or missing: never lock by itself
_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}  # fmt: skip


class SessionLock(QObject):
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context, self.window = context, window
        self.dialog: QDialog | None = None
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.lock)
        context.services_ready.connect(self.reload)
        context.changed.connect(lambda changes: self.reload() if changes.shop else None)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.reload()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def reload(self) -> None:
        """Reads the owner's idle minutes and restarts the countdown."""
        services = self.context.services
        minutes = int(services.shop.setting(LOCK_SETTING, 0) or 0) if services is not None else 0
        self.timer.setInterval(max(0, minutes) * 60_000)
        if minutes > 0 and not self.locked:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.interval() > 0 and not self.locked:
            self.timer.start()  # any input restarts the idle countdown
        return False

    def lock(self) -> None:
        """Covers the window with the PIN prompt; the work under it stays until someone signs in."""
        services = self.context.services
        if services is None or self.locked:
            return
        from merchant_desk.ui.pin_dialog import PinDialog

        self.timer.stop()
        try:
            services.staff.record_lock(services.actor)
        except Exception:  # a lock must never fail because the audit write did (e.g. a full disk)
            log.warning("Could not record the lock", exc_info=True)
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(False)  # nothing of the shop's data is readable behind the prompt
        dialog = PinDialog(services.staff, services.staff.list(), self.context.runner, self.context.shop_name,
                           self.window)  # fmt: skip
        dialog.finished.connect(self._finished)
        self.dialog = dialog
        dialog.open()

    def _finished(self, result: int) -> None:
        dialog = self.dialog
        assert dialog is not None
        member = getattr(dialog, "member", None)
        if result != QDialog.DialogCode.Accepted or member is None:
            dialog.open()  # Cancel does not unlock: the prompt comes back
            return
        from merchant_desk.services.audit_service import Actor

        self.dialog = None
        dialog.deleteLater()
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(True)
        self.context.sign_in(Actor.of(member))
        self.reload()
