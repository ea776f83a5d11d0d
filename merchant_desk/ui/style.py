"""The app's look: Fusion with a WhatsApp-like green accent, readable on cheap laptop screens."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from merchant_desk.ui.resources import resource_path

ACCENT = "#128C7E"
ACCENT_LIGHT = "#DCF8C6"
ERROR = "#C0392B"
MUTED = "#667781"

FIELD_BORDER = "#C8D0D6"
DIVIDER = "#E3E8EC"


def _icon_url(name: str) -> str:
    return f"url({resource_path('resources', 'icons', name).as_posix()})"


def stylesheet() -> str:
    """The app's stylesheet. Fields with a styled frame must style their arrow buttons too: a border on a
    combo or spin box makes Qt draw the unstyled buttons as half-framed brackets."""
    down, up = _icon_url("arrow-down.svg"), _icon_url("arrow-up.svg")
    down_off, up_off = _icon_url("arrow-down-disabled.svg"), _icon_url("arrow-up-disabled.svg")
    return f"""
QMainWindow, QDialog, QWizard {{ background: #F7F8FA; }}
QTabWidget::pane {{ border: 1px solid #D9DEE3; border-radius: 6px; background: white; top: -1px; }}
QTabBar::tab {{ padding: 8px 18px; margin-right: 2px; border: 1px solid transparent;
               border-top-left-radius: 6px; border-top-right-radius: 6px; color: #3B4A54; }}
QTabBar::tab:selected {{ background: white; border-color: #D9DEE3; border-bottom-color: white;
                        color: {ACCENT}; font-weight: 600; }}
QPushButton {{ padding: 6px 14px; border-radius: 5px; border: 1px solid {FIELD_BORDER}; background: white; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:default, QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton:disabled, QPushButton:default:disabled, QPushButton[primary="true"]:disabled {{
    background: #EEF1F4; color: #9AA5AC; border-color: #DDE2E6; }}
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit {{ padding: 5px; border: 1px solid {FIELD_BORDER};
    border-radius: 5px; background: white; }}
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled {{ background: #F3F5F7; color: #9AA5AC; }}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus {{ border-color: {ACCENT}; }}
QLineEdit[invalid="true"] {{ border-color: {ERROR}; }}
QComboBox {{ padding-right: 28px; }}
QComboBox::drop-down, QDateTimeEdit::drop-down {{ subcontrol-origin: border; subcontrol-position: center right;
    width: 24px; border: none; border-left: 1px solid {DIVIDER}; }}
QComboBox::down-arrow, QDateTimeEdit::down-arrow {{ image: {down}; width: 10px; height: 6px; }}
QComboBox::down-arrow:disabled, QDateTimeEdit::down-arrow:disabled {{ image: {down_off}; }}
QAbstractSpinBox {{ padding-right: 26px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border; width: 22px;
    border: none; border-left: 1px solid {DIVIDER}; background: transparent; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 5px; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 5px;
    border-top: 1px solid {DIVIDER}; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{ background: #F0F2F5; }}
QAbstractSpinBox::up-arrow {{ image: {up}; width: 10px; height: 6px; }}
QAbstractSpinBox::down-arrow {{ image: {down}; width: 10px; height: 6px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{ image: {up_off}; }}
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{ image: {down_off}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="heading"] {{ font-size: 18pt; font-weight: 600; color: #1F2C33; }}
QFrame[role="card"] {{ background: white; border: 1px solid {DIVIDER}; border-radius: 8px; }}
QLabel[role="card-value"] {{ font-size: 20pt; font-weight: 600; color: #1F2C33; }}
QLabel[role="card-title"] {{ color: {MUTED}; font-weight: 600; }}
QHeaderView::section {{ background: #F0F2F5; padding: 5px 8px; border: none; border-bottom: 1px solid #D9DEE3;
    font-weight: 600; color: #3B4A54; }}
QTableView, QTableWidget, QListView, QTreeView {{ border: 1px solid {DIVIDER}; border-radius: 6px; background: white;
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
    app.setStyleSheet(stylesheet())


def set_role(widget: object, role: str) -> None:
    """Tags a widget for the stylesheet (QLabel[role=...])."""
    widget.setProperty("role", role)  # type: ignore[attr-defined]
