"""The reply composer: write, then send through WhatsApp (a prefilled wa.me / whatsapp:// link) or copy.

WhatsApp has no way for another program to send on the merchant's behalf without the Cloud API, so "Send"
opens WhatsApp with the text already typed and records the reply as sent by the signed-in staff member.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPlainTextEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from merchant_desk.ui.style import set_role

LINK_SETTING = "inbox/whatsapp_link"  # auto | wa_me | desktop


def desktop_handler_registered() -> bool:
    """True when WhatsApp Desktop has registered the whatsapp:// scheme (Windows registry, macOS app bundle)."""
    if sys.platform == "win32":
        return QSettings(r"HKEY_CLASSES_ROOT\whatsapp", QSettings.Format.NativeFormat).contains("URL Protocol")
    if sys.platform == "darwin":
        return any(
            Path(p).exists() for p in ("/Applications/WhatsApp.app", os.path.expanduser("~/Applications/WhatsApp.app"))
        )
    return False  # Linux has no official WhatsApp Desktop: wa.me opens WhatsApp Web in the browser


class ReplyEdit(QPlainTextEdit):
    """Enter makes a new line (replies are often several lines); Ctrl+Enter sends."""

    send_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.send_requested.emit()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    """``send_requested(text)`` and ``copy_requested(text)`` go to the tab, which knows the conversation."""

    send_requested = Signal(str)
    copy_requested = Signal(str)
    text_edited = Signal(str)  # every change: the quick-reply picker watches for "/"

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.edit = ReplyEdit()
        self.edit.setFixedHeight(76)
        self.edit.send_requested.connect(self._send)
        self.edit.textChanged.connect(lambda: self.text_edited.emit(self.edit.toPlainText()))
        self.send_button = QPushButton()
        self.send_button.setProperty("primary", True)
        self.send_button.clicked.connect(self._send)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._copy)
        self.options = QToolButton()
        self.options.setText("⋯")
        self.options.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.options)
        self.desktop_action = QAction(menu)
        self.desktop_action.setCheckable(True)
        self.desktop_action.setChecked(self.link_kind() == "desktop")
        self.desktop_action.toggled.connect(self._remember_link_kind)
        menu.addAction(self.desktop_action)
        self.options.setMenu(menu)
        self.reason = QLabel()
        set_role(self.reason, "muted")
        self.reason.setWordWrap(True)
        self.reason.hide()
        self.fix_button = QPushButton(clicked=lambda: self._fix() if self._fix else None)  # e.g. "Add a number…"
        self._fix: Callable[[], None] | None = None
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.send_button)
        row = QHBoxLayout()
        row.addWidget(self.copy_button, 1)
        row.addWidget(self.options)
        buttons.addLayout(row)
        line = QHBoxLayout()
        line.addWidget(self.edit, 1)
        line.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.fix_button)
        layout.addLayout(reason_row)
        layout.addLayout(line)
        self.setStyleSheet(
            "Composer { background: #F0F2F5; border-top: 1px solid #E3E8EC; }"
            'QPushButton[primary="true"]:disabled { background: #A9D6CF; border-color: #A9D6CF; color: white; }'
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.retranslate()
        self.set_target(None)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Write a reply… (Ctrl+Enter sends it through WhatsApp)"))
        self.send_button.setText(self.tr("Send via WhatsApp"))
        self.send_button.setToolTip(self.tr("Opens WhatsApp with this reply typed in and records it (Ctrl+Enter)"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the reply to paste it into WhatsApp yourself"))
        self.options.setToolTip(self.tr("Reply options"))
        self.desktop_action.setText(self.tr("Open replies in WhatsApp Desktop (whatsapp://)"))

    # -- state ----------------------------------------------------------------------------------------

    def set_target(
        self, phone: str | None, reason: str = "", fix: tuple[str, Callable[[], None]] | None = None
    ) -> None:
        """Enables sending for a conversation with a phone; otherwise says why it cannot be sent and, with
        ``fix`` (button text, action), offers the way to change that."""
        can_send = bool(phone)
        self.send_button.setEnabled(can_send)
        why = "" if can_send else reason
        self.send_button.setToolTip(
            why or self.tr("Opens WhatsApp with this reply typed in and records it (Ctrl+Enter)")
        )
        self.edit.setToolTip(why)
        self.reason.setText(why)
        self.reason.setVisible(bool(why))
        self._fix = fix[1] if fix and why else None
        self.fix_button.setText(fix[0] if fix else "")
        self.fix_button.setVisible(self._fix is not None)

    def link_kind(self) -> str:
        """ "desktop" for whatsapp://send, "wa_me" for https://wa.me (the setting, else what is installed)."""
        chosen = str(self.settings.value(LINK_SETTING, "auto")) if self.settings is not None else "auto"
        if chosen in ("desktop", "wa_me"):
            return chosen
        return "desktop" if desktop_handler_registered() else "wa_me"

    def _remember_link_kind(self, desktop: bool) -> None:
        if self.settings is not None:
            self.settings.setValue(LINK_SETTING, "desktop" if desktop else "wa_me")

    def text(self) -> str:
        return self.edit.toPlainText()

    def clear(self) -> None:
        self.edit.clear()

    def set_text(self, text: str) -> None:
        """Replaces the whole reply (the tab restores a conversation's draft with it)."""
        self.edit.setPlainText(text)
        self.edit.moveCursor(QTextCursor.MoveOperation.End)

    def insert_text(self, text: str) -> None:
        """Inserts at the cursor (quick replies use this), replacing any selection."""
        self.edit.insertPlainText(text)
        self.edit.setFocus()

    def _send(self) -> None:
        if self.send_button.isEnabled() and self.text().strip():
            self.send_requested.emit(self.text())

    def _copy(self) -> None:
        if self.text().strip():
            QGuiApplication.clipboard().setText(self.text())
            self.copy_requested.emit(self.text())
