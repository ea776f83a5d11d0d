"""The main window: menus, tabs for the features that exist, and a status bar with shop and staff."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from merchant_desk import APP_NAME
from merchant_desk.core.changes import Changes
from merchant_desk.ui.backup_actions import BackupActions
from merchant_desk.ui.base_tab import BaseTab
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.session_lock import SessionLock
from merchant_desk.ui.tab_registry import TAB_CLASSES, TAB_SPECS

log = logging.getLogger(__name__)
__all__ = ["TAB_CLASSES", "MainWindow"]


class _NotBuiltYet(QWidget):
    """Stands in for a tab until it is first shown; replaced by the real tab at once."""


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = QSettings(str(context.paths.data_dir / "window.ini"), QSettings.Format.IniFormat)
        self.setWindowTitle(f"{context.shop_name} — {APP_NAME}" if context.shop_name else APP_NAME)
        self.tabs = QTabWidget(documentMode=False)
        for spec in TAB_SPECS:
            self.tabs.addTab(_NotBuiltYet(), spec.label())
        self.tabs.currentChanged.connect(self.page)
        self.setCentralWidget(self.tabs)
        self.backup = BackupActions(context, self)
        self.session_lock = SessionLock(context, self)  # Switch user and the idle lock (issue 7)
        self._build_menus()
        self.shop_label, self.staff_label = QLabel(), QLabel()
        self.statusBar().addWidget(self.shop_label)
        self.statusBar().addPermanentWidget(self.staff_label)
        context.changed.connect(self._on_changed)
        context.signed_in.connect(self._update_status)
        self._update_status()
        self._restore_geometry()

    def page(self, index: int) -> BaseTab:
        """The tab at ``index``, built now if it was not yet."""
        widget = self.tabs.widget(index)
        if isinstance(widget, BaseTab):
            return widget
        tab = TAB_SPECS[index].load()(self.context)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # the swap must not re-enter page() through currentChanged
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, TAB_SPECS[index].label())
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        widget.deleteLater()
        return tab

    @property
    def tab_pages(self) -> list[BaseTab]:
        """Every tab, building those not shown yet (for tools and tests; the window itself never needs all)."""
        return [self.page(i) for i in range(self.tabs.count())]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = self._action(self.tr("&Back up…"), self.backup.back_up, "Ctrl+Shift+B")
        self.restore_action = self._action(self.tr("&Restore from backup…"), self.backup.restore)
        self.settings_action = self._action(
            self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences
        )
        self.switch_user_action = self._action(self.tr("Switch &user…"), self.session_lock.lock, "Ctrl+L")
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        menu = (self.backup_action, self.restore_action, None, self.settings_action, self.switch_user_action, None)
        for action in (*menu, quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Merchant Desk"), self.open_about))
        help_menu.addAction(self._action(self.tr("Open &data folder"), lambda: self._open(self.context.paths.data_dir)))
        help_menu.addAction(self._action(self.tr("Open &log file"), lambda: self._open(self.context.paths.log_file)))

    def _action(self, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            # setShortcuts, not setShortcut: the first setShortcut call costs PySide6 ~40 ms of overload set-up
            # before the first paint; the list overload resolves directly.
            action.setShortcuts([QKeySequence(shortcut)])
        return action

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, APP_NAME, self.tr("It is here:\n%1").replace("%1", str(path)))

    def _update_status(self) -> None:
        self.shop_label.setText(self.context.shop_name)
        self.staff_label.setText(
            self.tr("Signed in: %1").replace("%1", self.context.staff_name) if self.context.staff_name else ""
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.shop:
            self.setWindowTitle(f"{self.context.shop_name} — {APP_NAME}")
            self._update_status()

    def open_settings(self) -> None:
        from merchant_desk.ui.settings_dialog import SettingsDialog

        services = self.context.services
        if services is None:
            self.statusBar().showMessage(self.tr("Still opening the shop, one moment…"), 3000)
            return
        SettingsDialog(self.context, services.shop.profile(), self).exec()

    def open_about(self) -> None:
        from merchant_desk.ui.about_dialog import AboutDialog

        AboutDialog(self.context.paths, self).exec()

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)
        last = int(self.settings.value("last_tab", 0) or 0)
        self.tabs.setCurrentIndex(last if 0 <= last < self.tabs.count() else 0)
        self.page(self.tabs.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.context.runner.writing and (
            QMessageBox.question(
                self,
                APP_NAME,
                self.tr("Merchant Desk is still saving work. Quit anyway when it is done?"),
            )
            != QMessageBox.StandardButton.Yes
        ):
            event.ignore()
            return
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("last_tab", self.tabs.currentIndex())
        self.settings.sync()
        self.context.runner.wait()
        event.accept()
