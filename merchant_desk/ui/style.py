"""The app's look: Fusion with a WhatsApp-like green accent, readable on cheap laptop screens."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#128C7E"
ACCENT_LIGHT = "#DCF8C6"
ERROR = "#C0392B"
MUTED = "#667781"

STYLESHEET = f"""
QMainWindow, QDialog, QWizard {{ background: #F7F8FA; }}
QTabWidget::pane {{ border: 1px solid #D9DEE3; border-radius: 6px; background: white; top: -1px; }}
QTabBar::tab {{ padding: 8px 18px; margin-right: 2px; border: 1px solid transparent;
               border-top-left-radius: 6px; border-top-right-radius: 6px; color: #3B4A54; }}
QTabBar::tab:selected {{ background: white; border-color: #D9DEE3; border-bottom-color: white;
                        color: {ACCENT}; font-weight: 600; }}
QPushButton {{ padding: 6px 14px; border-radius: 5px; border: 1px solid #C8D0D6; background: white; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:default, QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QTextEdit {{ padding: 5px; border: 1px solid #C8D0D6;
    border-radius: 5px; background: white; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border-color: {ACCENT}; }}
QLineEdit[invalid="true"] {{ border-color: {ERROR}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="heading"] {{ font-size: 18pt; font-weight: 600; color: #1F2C33; }}
QFrame[role="card"] {{ background: white; border: 1px solid #E3E8EC; border-radius: 8px; }}
QLabel[role="card-value"] {{ font-size: 20pt; font-weight: 600; color: #1F2C33; }}
QLabel[role="card-title"] {{ color: {MUTED}; font-weight: 600; }}
QHeaderView::section {{ background: #F0F2F5; padding: 5px 8px; border: none; border-bottom: 1px solid #D9DEE3;
    font-weight: 600; color: #3B4A54; }}
QTableView, QTableWidget, QListView, QTreeView {{ border: 1px solid #E3E8EC; border-radius: 6px; background: white;
    alternate-background-color: #F8FAFB; selection-background-color: {ACCENT_LIGHT}; selection-color: #1F2C33; }}
QTableView::item, QTableWidget::item {{ padding: 0 6px; }}
QStatusBar {{ background: #EEF1F4; color: #3B4A54; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)


def set_role(widget: object, role: str) -> None:
    """Tags a widget for the stylesheet (QLabel[role=...])."""
    widget.setProperty("role", role)  # type: ignore[attr-defined]
