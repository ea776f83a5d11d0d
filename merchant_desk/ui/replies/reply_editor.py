"""The quick-reply editor beside the list: fields, placeholders to insert, and a live WhatsApp-style preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.placeholders import PLACEHOLDERS, preview, validate_template
from merchant_desk.services.quick_reply_service import QuickReplyDraft, QuickReplyInfo
from merchant_desk.ui.forms import ErrorLabel, mark_invalid
from merchant_desk.ui.i18n import tr_core
from merchant_desk.ui.replies.reply_photos import ReplyPhotos
from merchant_desk.ui.replies.wa_preview import WhatsAppPreview
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.ui.context import AppContext


def problem_text(body: str) -> str:
    """The first problem of a template, translated, with its line and column ("" when the text is fine)."""
    problems = validate_template(body)
    if not problems:
        return ""
    first = problems[0]
    return tr_core(first.message).format(**first.params)


class ReplyEditor(QWidget):
    """Edits one reply (or a new one); ``save_requested(draft)`` and ``delete_requested()`` go to the tab."""

    save_requested = Signal(object)  # QuickReplyDraft
    delete_requested = Signal()

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reply: QuickReplyInfo | None = None
        self.photos = ReplyPhotos(context) if context is not None else None
        self.heading = QLabel()
        set_role(self.heading, "heading")
        self.shortcut = QLineEdit(maxLength=51)
        self.title = QLineEdit(maxLength=200)
        self.category = QComboBox(editable=True)
        self.body = QPlainTextEdit()
        self.body.setMinimumHeight(120)
        self.errors = {name: ErrorLabel() for name in ("shortcut", "title", "body")}
        self.placeholders = QListWidget()
        self.placeholders.setFixedWidth(270)
        self.placeholders.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.placeholders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for name in PLACEHOLDERS:
            item = QListWidgetItem(f"{{{name}}}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.placeholders.itemActivated.connect(self._insert_placeholder)
        self.placeholders.itemDoubleClicked.connect(self._insert_placeholder)
        self.preview = WhatsAppPreview()
        self.preview.setMinimumHeight(90)
        self.preview.setMaximumHeight(200)
        self.preview_label, self.placeholder_label = QLabel(), QLabel()
        set_role(self.preview_label, "card-title")
        set_role(self.placeholder_label, "card-title")
        self.save_button, self.delete_button = QPushButton(), QPushButton()
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self.delete_requested)
        self._preview_timer = QTimer(self, singleShot=True, interval=150)  # repaint once typing pauses
        self._preview_timer.timeout.connect(self.update_preview)
        self.body.textChanged.connect(self._preview_timer.start)
        self._layout()
        self.retranslate()
        self.load(None)

    def _layout(self) -> None:
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(5)]
        for label, field in zip(self._labels, ("shortcut", "title", "category", "body", "photos"), strict=True):
            widget = getattr(self, field)
            if widget is None:
                continue
            self.form.addRow(label, widget)
            if field in self.errors:
                self.form.addRow("", self.errors[field])
        side = QVBoxLayout()
        side.addWidget(self.placeholder_label)
        side.addWidget(self.placeholders, 1)
        top = QHBoxLayout()
        top.addLayout(self.form, 1)
        top.addLayout(side)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top, 3)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 2)
        layout.addLayout(buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for label, text in zip(
            self._labels,
            (self.tr("Shortcut"), self.tr("Title"), self.tr("Category"), self.tr("Reply"), self.tr("Photos")),
            strict=True,
        ):
            label.setText(text)
        self.shortcut.setPlaceholderText(self.tr("/rekening"))
        self.title.setPlaceholderText(self.tr("e.g. Payment details"))
        self.body.setPlaceholderText(self.tr("Halo kak {nama}, … — *bold*, _italic_, ~strike~, ```mono```"))
        self.placeholder_label.setText(self.tr("Placeholders (double-click to insert)"))
        for i in range(self.placeholders.count()):
            item = self.placeholders.item(i)
            item.setToolTip(tr_core(PLACEHOLDERS[item.data(Qt.ItemDataRole.UserRole)]))
            item.setText(f"{{{item.data(Qt.ItemDataRole.UserRole)}}}  —  {item.toolTip()}")
        self.preview_label.setText(self.tr("Preview for a sample customer and product"))
        self.save_button.setText(self.tr("Save"))
        self.delete_button.setText(self.tr("Delete"))
        self.heading.setText(self.tr("Edit quick reply") if self.reply else self.tr("New quick reply"))

    def load(self, reply: QuickReplyInfo | None, categories: list[str] | None = None) -> None:
        """Shows ``reply`` (None: an empty form for a new one)."""
        self.reply = reply
        if categories is not None:
            self.category.clear()
            self.category.addItems(categories)
        self.shortcut.setText(f"/{reply.shortcut}" if reply else "")
        self.title.setText(reply.title if reply else "")
        self.category.setCurrentText(reply.category or "" if reply else "")
        self.body.setPlainText(reply.body if reply else "")
        if self.photos is not None:
            self.photos.set_images(reply.images if reply else ())
        self.delete_button.setVisible(reply is not None)
        self.show_problems({})
        self.retranslate()
        self.update_preview()

    def draft(self) -> QuickReplyDraft:
        kept = self.reply.images if self.reply else ()
        images = self.photos.images() if self.photos is not None else kept
        return QuickReplyDraft(
            self.shortcut.text(), self.title.text(), self.body.toPlainText(), self.category.currentText(), images
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        for field, label in self.errors.items():
            message = problems.get(field)
            if field == "body" and message:
                message = problem_text(self.body.toPlainText()) or tr_core(message)
            elif message:
                message = tr_core(message)
            label.show_message(message)
            mark_invalid(getattr(self, field), bool(message))

    def update_preview(self) -> None:
        body = self.body.toPlainText()
        problem = problem_text(body)
        self.errors["body"].show_message(problem or None)
        if problem:
            self.preview.show_problem(problem)
        else:
            self.preview.show_message(preview(body))

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText(f"{{{item.data(Qt.ItemDataRole.UserRole)}}}")
        self.body.setFocus()
        self.body.moveCursor(QTextCursor.MoveOperation.NoMove)

    def _save(self) -> None:
        problem = problem_text(self.body.toPlainText())
        if problem:  # refused before asking the service: the position is named right here
            self.errors["body"].show_message(problem)
            return
        self.save_requested.emit(self.draft())
