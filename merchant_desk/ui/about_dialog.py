"""Help → About: version, where the data lives, and the libraries inside."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from merchant_desk import APP_NAME, __version__
from merchant_desk.config import Paths
from merchant_desk.ui.style import set_role


class AboutDialog(QDialog):
    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Merchant Desk"))
        title = QLabel(f"{APP_NAME} {__version__}")
        set_role(title, "heading")
        blurb = QLabel(
            self.tr(
                "Chats, catalog, orders and loyalty points for shops that sell through WhatsApp — "
                "on your own computer, online or offline."
            ),
            wordWrap=True,
        )
        where = QLabel(self.tr("Data folder: %1").replace("%1", str(paths.data_dir)), wordWrap=True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tech = QLabel(
            f"Python {sys.version.split()[0]} · Qt {qVersion()} · PySide6 {PySide6.__version__}", wordWrap=True
        )
        set_role(tech, "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, blurb, where, tech):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
