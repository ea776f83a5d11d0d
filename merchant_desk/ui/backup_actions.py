"""File → Back up / Restore, run in the background with a clear message either way."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from merchant_desk import APP_NAME
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from merchant_desk.services.hub import Services

EVERYTHING = Changes(
    shop=True, catalog=True, inbox=True, labels=True, replies=True, loyalty=True, orders=True, staff=True, audit=True
)


class BackupActions:
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        self.context, self.window = context, window

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        QMessageBox.warning(self.window, APP_NAME, error_text(error))

    def back_up(self) -> None:
        paths = self.context.paths
        suggested = paths.backup_dir / f"{paths.db_file.stem}-{datetime.now():%Y%m%d-%H%M}.sqlite3"
        out, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("BackupActions", "Back up the shop"),
            str(suggested),
            QCoreApplication.translate("BackupActions", "Backups (*.sqlite3)"),
        )
        if not out:
            return
        self.window.statusBar().showMessage(QCoreApplication.translate("BackupActions", "Backing up…"))

        services = self.context.services

        def work() -> Path:
            from merchant_desk.services import backup_service

            made = backup_service.backup(paths.db_file, Path(out))
            if services is not None:
                services.audit.note(services.actor, "backup_made", made.path.name, bytes=made.size)
            return made.path

        def done(path: Path) -> None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("BackupActions", "Backup saved: %1").replace("%1", str(path)), 8000
            )

        def failed(error: BaseException) -> None:
            self.window.statusBar().clearMessage()
            self._failed(error)

        self.context.run(work, done, failed, write=True)

    def restore(self) -> None:
        paths = self.context.paths
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("BackupActions", "Restore from backup"),
            str(paths.backup_dir),
            QCoreApplication.translate("BackupActions", "Backups (*.sqlite3 *.db);;All files (*)"),
        )
        if not chosen:
            return
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            QCoreApplication.translate(
                "BackupActions",
                "Replace the shop's current data with this backup?\n\n%1\n\n"
                "The current data is kept in the folder 'pre-upgrade' inside the data folder.",
            ).replace("%1", chosen),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        old = self.context.services

        def work() -> Services:
            from merchant_desk.services import backup_service
            from merchant_desk.services.audit_service import Actor
            from merchant_desk.services.hub import open_shop

            if old is not None:
                old.close()
            backup_service.restore(paths.db_file, Path(chosen), paths.migration_dir)
            fresh = open_shop(paths)
            if old is not None:
                fresh.actor = old.actor
            # By name: the restored database may not hold this profile's id.
            who = Actor(None, old.actor.name) if old is not None else Actor.system()
            fresh.audit.note(who, "backup_restored", Path(chosen).name)
            return fresh

        def done(services: Services) -> None:
            self.context.set_services(services)
            self.context.publish(EVERYTHING)
            QMessageBox.information(
                self.window, APP_NAME, QCoreApplication.translate("BackupActions", "The backup was restored.")
            )

        self.context.run(work, done, self._failed, write=True)
