"""Rules…: keyword rules ("when an incoming message has any of these words → label / status / assign"),
each with how many messages it matched, an editor, and re-running every rule over the whole history."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.labels_dialog import problem_text
from merchant_desk.ui.inbox.texts import STATUS_LABELS, counted, number, status_label
from merchant_desk.ui.style import set_role
from merchant_desk.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from merchant_desk.core.label_rules import KeywordRule
    from merchant_desk.core.shop import StaffMember
    from merchant_desk.services.label_service import LabelInfo


class RuleEditor(QDialog):
    """Name, words (comma or one per line), and what the rule does."""

    def __init__(
        self, labels: list[LabelInfo], staff: list[StaffMember], rule: KeywordRule | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit rule") if rule else self.tr("New rule"))
        self.setMinimumWidth(440)
        self.name = QLineEdit(rule.name if rule else "")
        self.words = QPlainTextEdit(", ".join(rule.words) if rule else "")
        self.words.setPlaceholderText(self.tr("e.g. berapa, harga, ready, stok"))
        self.words.setFixedHeight(80)
        self.label = QComboBox()
        self.label.addItem(self.tr("No label"), None)
        for label in labels:
            self.label.addItem(label.name, label.id)
        self.status = QComboBox()
        self.status.addItem(self.tr("Leave as it is"), None)
        for key in STATUS_LABELS:
            self.status.addItem(status_label(key), key)
        self.assignee = QComboBox()
        self.assignee.addItem(self.tr("Nobody"), None)
        for member in staff:
            self.assignee.addItem(member.name, member.id)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(rule.active if rule else True)
        if rule:
            self.label.setCurrentIndex(max(0, self.label.findData(rule.label_id)))
            self.status.setCurrentIndex(max(0, self.status.findData(rule.set_status)))
            self.assignee.setCurrentIndex(max(0, self.assignee.findData(rule.assign_staff_id)))
        hint = QLabel(
            self.tr(
                "Matching ignores case, accents and punctuation, and knows chat spellings "
                "(brp = berapa, tf = transfer)."
            )
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Any of these words"), self.words)
        form.addRow(self.tr("Add label"), self.label)
        form.addRow(self.tr("Set status"), self.status)
        form.addRow(self.tr("Assign to"), self.assignee)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        words = [w.strip() for w in re.split(r"[,\n;]", self.words.toPlainText()) if w.strip()]
        return {
            "name": self.name.text(),
            "words": words,
            "label_id": self.label.currentData(),
            "set_status": self.status.currentData(),
            "assign_staff_id": self.assignee.currentData(),
            "active": self.active.isChecked(),
        }


class RulesDialog(QDialog):
    COLUMNS = 4

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rules: list[KeywordRule] = []
        self.labels: list[LabelInfo] = []
        self.staff: list[StaffMember] = []
        self.job: TaskHandle | None = None
        self.setWindowTitle(self.tr("Keyword rules"))
        self.setMinimumSize(860, 440)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("Words"), self.tr("Does"), self.tr("Matched")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        self.add_button, self.edit_button = QPushButton(self.tr("Add…")), QPushButton(self.tr("Edit…"))
        self.delete_button, self.run_button = QPushButton(self.tr("Delete")), QPushButton(self.tr("Run over history"))
        self.run_button.setToolTip(self.tr("Label every past incoming message by today's rules and recount matches"))
        self.add_button.clicked.connect(lambda: self.edit(new=True))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.delete_button.clicked.connect(self.delete)
        self.run_button.clicked.connect(self.run_history)
        for button in (self.add_button, self.edit_button, self.delete_button, self.run_button):
            button.setAutoDefault(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        set_role(self.status, "muted")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.hide()
        self.stop_button.clicked.connect(lambda: self.job.cancel() if self.job else None)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.run_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        services = self.context.services
        if services is None:
            return
        self.context.run(
            lambda: (services.labels.rules(), services.labels.labels(), services.staff.list()), self._arrived
        )

    def _arrived(self, result: tuple[list[KeywordRule], list[LabelInfo], list[StaffMember]]) -> None:
        self.rules, self.labels, self.staff = result
        labels = {label.id: label.name for label in self.labels}
        staff = {member.id: member.name for member in self.staff}
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            does = []
            if rule.label_id is not None:
                does.append(self.tr("label “%1”").replace("%1", labels.get(rule.label_id, rule.label_name or "?")))
            if rule.set_status:
                does.append(self.tr("status %1").replace("%1", status_label(rule.set_status)))
            if rule.assign_staff_id is not None:
                does.append(self.tr("assign to %1").replace("%1", staff.get(rule.assign_staff_id, "?")))
            name = rule.name if rule.active else rule.name + " " + self.tr("(off)")
            cells = (name, ", ".join(rule.words), " · ".join(does), number(rule.matched_count))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not rule.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)

    def current_rule(self) -> KeywordRule | None:
        row = self.table.currentRow()
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def _write(self, fn: Any) -> None:
        def done(result: Any) -> None:
            self.context.publish(result[1] if isinstance(result, tuple) else result, self)
            self.reload()

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserError):
                raise error
            QMessageBox.warning(self, self.windowTitle(), problem_text(error))

        self.context.run(fn, done, failed, write=True)

    def edit(self, new: bool = False, values: dict[str, Any] | None = None) -> None:
        """Opens the editor (tests pass ``values`` instead of typing into it)."""
        services, rule = self.context.services, None if new else self.current_rule()
        if services is None or (not new and rule is None):
            return
        if values is None:
            editor = RuleEditor(self.labels, self.staff, rule, self)
            if editor.exec() != QDialog.DialogCode.Accepted:
                return
            values = editor.values()
        actor = services.actor
        if rule is None:
            name, words = values.pop("name"), values.pop("words")
            self._write(lambda: services.labels.add_rule(actor, name, words, **values))
        else:
            rule_id = rule.id
            assert rule_id is not None
            self._write(lambda: services.labels.update_rule(actor, rule_id, **values))

    def delete(self) -> None:
        services, rule = self.context.services, self.current_rule()
        if services is None or rule is None or rule.id is None:
            return
        question = self.tr('Delete the rule "%1"? Labels it added stay.').replace("%1", rule.name)
        if QMessageBox.question(self, self.windowTitle(), question) == QMessageBox.StandardButton.Yes:
            rule_id = rule.id
            self._write(lambda: services.labels.delete_rule(services.actor, rule_id))

    def run_history(self) -> None:
        services = self.context.services
        if services is None or (self.job is not None and not self.job.is_finished):
            return
        self.run_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.show()
        self.status.setText(self.tr("Reading every incoming message…"))
        self.job = self.context.run(
            lambda: services.labels.rerun_rules_steps(services.actor),
            self._history_done,
            None,
            self._history_step,
            write=True,
        )
        self.job.finished.connect(self._history_finished)  # also after a Stop, which delivers no result

    def _history_step(self, step: tuple[int, int]) -> None:
        done, total = step
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.status.setText(counted(self.tr("%n message(s) checked", "", done), done) + f" / {number(total)}")

    def _history_done(self, changes: Any) -> None:
        self._history_finished()
        self.status.setText(self.tr("Done: the matched counts below are up to date."))
        self.context.publish(changes, self)
        self.reload()

    def _history_finished(self) -> None:
        self.progress.hide()
        self.stop_button.hide()
        self.run_button.setEnabled(True)
        if self.job is not None and self.job.was_cancelled:
            self.status.setText(self.tr("Stopped: nothing was changed."))
