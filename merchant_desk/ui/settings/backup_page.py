"""Settings → Backups: automatic backups, passphrase, folder, "Back up now", restore and undo the last restore."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from merchant_desk.core.errors import UserError
from merchant_desk.core.timezones import format_shop_datetime
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import ErrorLabel
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.settings import shop_zone

if TYPE_CHECKING:
    from merchant_desk.services.backup_auto import BackupInfo


class BackupPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.backups: list[BackupInfo] = []
        self.automatic = QCheckBox(self.tr("Back up automatically at start-up (once a day; 7 daily and 4 weekly kept)"))
        self.full = QCheckBox(self.tr("Include product photos"))
        self.encrypt = QCheckBox(self.tr("Protect backups with a passphrase"))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("leave empty to keep the stored passphrase"))
        self.folder = QLineEdit()
        browse = QPushButton(self.tr("Browse…"), clicked=self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder)
        folder_row.addWidget(browse)
        self.save_button = QPushButton(self.tr("Save backup settings"), clicked=self.save_settings)
        form = QFormLayout()
        form.addRow(self.automatic)
        form.addRow(self.full)
        form.addRow(self.encrypt)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Folder"), folder_row)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.now_button = QPushButton(self.tr("Back up now"), clicked=self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"), clicked=lambda: self.restore())
        self.undo_button = QPushButton(self.tr("Undo last restore"), clicked=self.undo)
        actions = QHBoxLayout()
        for button in (self.save_button, self.now_button, self.restore_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch()
        self.status = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.encrypt.toggled.connect(self.passphrase.setEnabled)
        self.load()

    def load(self) -> None:
        assert self.context.services is not None
        manager = self.context.services.backups
        settings = manager.settings()
        self.automatic.setChecked(settings.automatic)
        self.full.setChecked(settings.full)
        self.encrypt.setChecked(settings.encrypt)
        self.passphrase.setEnabled(settings.encrypt)
        self.folder.setText(str(manager.folder()))
        self.refresh()

    def refresh(self) -> None:
        assert self.context.services is not None
        manager = self.context.services.backups
        self.backups = manager.list()
        zone = shop_zone(self.context)
        self.table.setRowCount(len(self.backups))
        for i, info in enumerate(self.backups):
            kind = [self.tr("automatic") if info.automatic else self.tr("by hand")]
            if info.full:
                kind.append(self.tr("with photos"))
            if info.encrypted:
                kind.append(self.tr("passphrase"))
            size = f"{info.size / 1_048_576:.1f} MB"
            for col, value in enumerate((format_shop_datetime(info.made_at, zone), ", ".join(kind), size)):
                self.table.setItem(i, col, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)  # "22/11/2026 16.42 WIB" on one line
        self.restore_button.setEnabled(bool(self.backups))
        self.undo_button.setEnabled(manager.can_undo())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _run(self, work: Any, done_text: str) -> None:
        def done(_result: object) -> None:
            self.status.show_message(done_text, error=False)
            self.refresh()

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserError):
                raise error
            self.status.show_message(error_text(error))

        self.context.run(work, done, failed, write=True)

    def save_settings(self) -> None:
        from merchant_desk.services.backup_manager import BackupSettings

        services = self.context.services
        assert services is not None
        default = services.paths.backup_dir
        folder = Path(self.folder.text()) if self.folder.text() and Path(self.folder.text()) != default else None
        settings = BackupSettings(self.automatic.isChecked(), folder, self.full.isChecked(), self.encrypt.isChecked())
        phrase = self.passphrase.text() or None
        self.passphrase.clear()
        self._run(lambda: services.backups.save_settings(services.actor, settings, phrase), self.tr("Saved."))

    def back_up_now(self) -> None:
        services = self.context.services
        assert services is not None
        self._run(lambda: services.backups.back_up_now(services.actor), self.tr("Backup made."))

    def restore(self, passphrase: str | None = None) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.backups):
            self.status.show_message(self.tr("Choose a backup in the list first."))
            return
        info, services = self.backups[row], self.context.services
        assert services is not None
        question = self.tr("Replace the shop's current data with the backup of %1? You can undo this once.")
        made = format_shop_datetime(info.made_at, shop_zone(self.context))
        answer = QMessageBox.question(self, self.tr("Restore"), question.replace("%1", made))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if info.encrypted and passphrase is None:
            passphrase, ok = QInputDialog.getText(self, self.tr("Restore"), self.tr("Passphrase"),
                                                  QLineEdit.EchoMode.Password)  # fmt: skip
            if not ok:
                return
        self._run(lambda: services.backups.restore(services.actor, info.path, passphrase), self.tr("Restored."))
        self._everything_changed()

    def undo(self) -> None:
        services = self.context.services
        assert services is not None
        self._run(lambda: services.backups.undo_restore(services.actor), self.tr("The restore was undone."))
        self._everything_changed()

    def _everything_changed(self) -> None:
        from merchant_desk.services.backup_manager import EVERYTHING

        self.context.publish(EVERYTHING)
