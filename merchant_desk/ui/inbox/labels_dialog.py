"""Labels…: add, rename, recolour, reorder and delete the shop's labels (one set for customers and chats)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError, ValidationError
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.i18n import error_text, tr_core
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.services.label_service import LabelInfo

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
NEW_COLOURS = ("#5FA8E8", "#27AE60", "#F2994A", "#EB5757", "#9B51E0", "#F2C94C", "#56CCF2", "#6FCF97")


def swatch(colour: str, size: int = 18) -> QIcon:
    """A round dot of the label's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def problem_text(error: UserError) -> str:
    """A ValidationError's first problem (they carry one per field), else the error's own text."""
    if isinstance(error, ValidationError) and getattr(error, "problems", None):
        return tr_core(next(iter(error.problems.values())))
    return error_text(error)


class LabelsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.labels: list[LabelInfo] = []
        self.setWindowTitle(self.tr("Labels"))
        self.setMinimumSize(420, 420)
        hint = QLabel(self.tr("Labels sort your chats the way WhatsApp Business does. Drag to reorder."))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.model().rowsMoved.connect(lambda *_: self._save_order())
        self.list.itemDoubleClicked.connect(lambda _item: self.rename())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.colour_button = QPushButton(self.tr("Colour…"))
        self.up_button, self.down_button = QPushButton(self.tr("Move up")), QPushButton(self.tr("Move down"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.colour_button.clicked.connect(self.recolour)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.delete_button.clicked.connect(self.delete)
        self.list.setSpacing(2)
        self.list.setIconSize(QSize(18, 18))
        self.list.setStyleSheet("QListWidget::item { padding: 4px 6px; }")
        side = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.colour_button, self.up_button, self.down_button):
            side.addWidget(button)
        for button in (
            self.add_button,
            self.rename_button,
            self.colour_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        ):
            button.setAutoDefault(False)  # Enter in the list must not add a label
        side.addStretch()
        side.addWidget(self.delete_button)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        services = self.context.services
        if services is not None:
            self.context.run(services.labels.labels, lambda labels: self._show(labels, select))

    def _show(self, labels: list[LabelInfo], select: int | None) -> None:
        current = select if select is not None else self.current_id()
        self.labels = labels
        self.list.blockSignals(True)
        self.list.clear()
        for label in labels:
            item = QListWidgetItem(swatch(label.color), label.name)
            item.setData(ID_ROLE, label.id)
            self.list.addItem(item)
            if label.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def current_label(self) -> LabelInfo | None:
        cid = self.current_id()
        return next((label for label in self.labels if label.id == cid), None)

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        for button in (self.rename_button, self.colour_button, self.up_button, self.down_button, self.delete_button):
            button.setEnabled(has)

    def _write(self, fn: Any, select: int | None = None) -> None:
        def done(result: Any) -> None:
            changes = result[1] if isinstance(result, tuple) else result
            self.context.publish(changes, self)
            new_id = result[0].id if isinstance(result, tuple) else select
            self.reload(new_id)

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserError):
                raise error
            QMessageBox.warning(self, self.windowTitle(), problem_text(error))

        self.context.run(fn, done, failed, write=True)

    # -- actions --------------------------------------------------------------------------------------

    def add(self, name: str | None = None) -> None:
        services = self.context.services
        if services is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New label"), self.tr("Name of the new label:"))
            if not ok:
                return
        colour = NEW_COLOURS[len(self.labels) % len(NEW_COLOURS)]
        self._write(lambda: services.labels.add_label(services.actor, name, colour))

    def rename(self, name: str | None = None) -> None:
        services, label = self.context.services, self.current_label()
        if services is None or label is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Rename label"), self.tr("New name:"), text=label.name)
            if not ok:
                return
        self._write(lambda: services.labels.rename_label(services.actor, label.id, name), label.id)

    def recolour(self, colour: str | None = None) -> None:
        services, label = self.context.services, self.current_label()
        if services is None or label is None:
            return
        if colour is None:
            chosen = QColorDialog.getColor(QColor(label.color), self, self.tr("Label colour"))
            if not chosen.isValid():
                return
            colour = chosen.name()
        self._write(lambda: services.labels.recolour_label(services.actor, label.id, colour), label.id)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._save_order()

    def _save_order(self) -> None:
        services = self.context.services
        if services is None:
            return
        ids = [int(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]
        self._write(lambda: services.labels.reorder_labels(services.actor, ids), self.current_id())

    def delete(self) -> None:
        services, label = self.context.services, self.current_label()
        if services is None or label is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete label"),
            self.tr(
                'Delete the label "%1"? It is removed from every customer and chat; rules keep their other actions.'
            ).replace("%1", label.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda: services.labels.delete_label(services.actor, label.id))
