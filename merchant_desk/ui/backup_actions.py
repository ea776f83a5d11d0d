"""File → Back up / Restore, run in the background with a clear message either way."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMainWindow, QMessageBox

from merchant_desk import APP_NAME
from merchant_desk.core.errors import UserError
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.i18n import error_text


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

    def restore(self, chosen: str | None = None, passphrase: str | None = None) -> None:
        """Any backup Merchant Desk makes (plain, with photos, passphrase-protected), checked before anything is
        replaced and undoable once in Settings → Backups — the same path as that page, permission included."""
        paths = self.context.paths
        if chosen is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                QCoreApplication.translate("BackupActions", "Restore from backup"),
                str(paths.backup_dir),
                QCoreApplication.translate("BackupActions", "Backups (*.sqlite3 *.db *.zip *.mdenc);;All files (*)"),
            )
            if not chosen:
                return
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            QCoreApplication.translate(
                "BackupActions",
                "Replace the shop's current data with this backup?\n\n%1\n\n"
                "You can undo this once in File → Settings → Backups.",
            ).replace("%1", chosen),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from merchant_desk.services import backup_crypto

        source = Path(chosen)
        if passphrase is None and source.is_file() and backup_crypto.is_encrypted(source):
            passphrase, accepted = QInputDialog.getText(
                self.window,
                QCoreApplication.translate("BackupActions", "Restore from backup"),
                QCoreApplication.translate("BackupActions", "This backup is protected. Passphrase:"),
                QLineEdit.EchoMode.Password,
            )
            if not accepted:
                return
        services = self.context.services
        assert services is not None
        self.window.statusBar().showMessage(QCoreApplication.translate("BackupActions", "Restoring…"))

        def done(_result: object) -> None:
            from merchant_desk.services.backup_manager import EVERYTHING

            self.window.statusBar().clearMessage()
            self.context.publish(EVERYTHING)
            QMessageBox.information(
                self.window, APP_NAME, QCoreApplication.translate("BackupActions", "The backup was restored.")
            )

        def failed(error: BaseException) -> None:
            self.window.statusBar().clearMessage()
            self._failed(error)

        self.context.run(lambda: services.backups.restore(services.actor, source, passphrase), done, failed,
                         write=True)  # fmt: skip
