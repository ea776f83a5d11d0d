"""FAQ answers in the Automation dialog: the list, and a form for a question, its other phrasings and the answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError, ValidationError
from merchant_desk.ui.forms import ErrorLabel
from merchant_desk.ui.i18n import error_text, tr_core

if TYPE_CHECKING:
    from merchant_desk.services.automation_service import FaqInfo
    from merchant_desk.services.hub import Services
    from merchant_desk.ui.context import AppContext


class FaqPanel(QWidget):
    """Writes each FAQ as soon as it is saved (they are separate rows, not part of the settings)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.faqs: list[FaqInfo] = []
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show)
        self.question = QLineEdit()
        self.alternatives = QPlainTextEdit()
        self.alternatives.setMaximumHeight(90)
        self.alternatives.setPlaceholderText(self.tr("One phrasing per line, e.g. brp harganya kak"))
        self.answer = QPlainTextEdit()
        self.answer.setMaximumHeight(100)
        self.error = ErrorLabel()
        self.new_button, self.save_button, self.delete_button = (
            QPushButton(self.tr("New")), QPushButton(self.tr("Save answer")), QPushButton(self.tr("Delete")),
        )  # fmt: skip
        self.new_button.clicked.connect(lambda: self.list.setCurrentRow(-1) or self._show(-1))
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Other phrasings"), self.alternatives)
        form.addRow(self.tr("Answer"), self.answer)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.error)
        right.addLayout(buttons)
        right.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 2)
        layout.addLayout(right, 3)
        self.reload()

    def _services(self) -> Services:
        assert self.context.services is not None
        return self.context.services

    def reload(self, select_id: int | None = None) -> None:
        svc = self._services()
        self.context.run(lambda: svc.automation.faqs(), lambda faqs: self._loaded(faqs, select_id))

    def _loaded(self, faqs: list[FaqInfo], select_id: int | None) -> None:
        self.faqs = faqs
        self.list.clear()
        for faq in faqs:
            item = QListWidgetItem(faq.question)
            item.setToolTip(faq.answer)
            self.list.addItem(item)
        row = next((i for i, f in enumerate(faqs) if f.id == select_id), 0 if faqs else -1)
        self.list.setCurrentRow(row)
        self._show(row)

    def current(self) -> FaqInfo | None:
        row = self.list.currentRow()
        return self.faqs[row] if 0 <= row < len(self.faqs) else None

    def _show(self, row: int) -> None:
        faq = self.faqs[row] if 0 <= row < len(self.faqs) else None
        self.question.setText(faq.question if faq else "")
        self.alternatives.setPlainText("\n".join(faq.alternatives) if faq else "")
        self.answer.setPlainText(faq.answer if faq else "")
        self.delete_button.setEnabled(faq is not None)
        self.error.show_message(None)

    def save(self) -> None:
        svc, faq = self._services(), self.current()
        question, answer = self.question.text(), self.answer.toPlainText()
        alternatives = [line.strip() for line in self.alternatives.toPlainText().splitlines() if line.strip()]

        def work() -> tuple[int, Changes]:
            if faq is None:
                info, changes = svc.automation.add_faq(svc.actor, question, answer, alternatives)
                return info.id, changes
            return faq.id, svc.automation.update_faq(svc.actor, faq.id, question, answer, alternatives, faq.active)

        self.context.run(work, self._saved, self._failed, write=True)

    def _saved(self, result: tuple[int, Changes]) -> None:
        faq_id, changes = result
        self.context.publish(changes, self)
        self.reload(faq_id)

    def delete(self) -> None:
        svc, faq = self._services(), self.current()
        if faq is not None:
            self.context.run(lambda: svc.automation.delete_faq(svc.actor, faq.id), self._deleted, self._failed,
                             write=True)  # fmt: skip

    def _deleted(self, changes: object) -> None:
        self.context.publish(changes, self)  # type: ignore[arg-type]
        self.reload()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        if isinstance(error, ValidationError) and error.problems:
            self.error.show_message(" ".join(tr_core(p) for p in error.problems.values()))
        else:
            self.error.show_message(error_text(error))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
