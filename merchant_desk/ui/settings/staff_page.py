"""Settings → Staff: profiles with their role and permissions, reset a PIN, deactivate (owner / manage_staff)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
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
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.core.permissions import GRANTABLE, OWNER, STAFF
from merchant_desk.core.shop import StaffMember
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import ErrorLabel
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.session_lock import LOCK_SETTING

if TYPE_CHECKING:
    from merchant_desk.services.hub import Services


def _core(text: str) -> str:
    return QCoreApplication.translate("merchant_desk", text)


class StaffProfileDialog(QDialog):
    """Name, role, PIN (for a new profile) and permission checkboxes."""

    def __init__(self, member: StaffMember | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff profile") if member else self.tr("Add a staff profile"))
        self.name = QLineEdit(member.name if member else "")
        self.role = QComboBox()
        self.role.addItem(self.tr("Staff"), STAFF)
        self.role.addItem(self.tr("Owner"), OWNER)
        self.role.setCurrentIndex(1 if member and member.is_owner else 0)
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("4–8 digits, or a password of 8+ characters"))
        self.boxes = {name: QCheckBox(_core(label)) for name, label in GRANTABLE.items()}
        for name, box in self.boxes.items():
            box.setChecked(bool(member and name in member.permissions))
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        if member is None:
            form.addRow(self.tr("PIN or password"), self.pin)
        for index, box in enumerate(self.boxes.values()):  # daily work (reply, label, orders, stock) needs none
            form.addRow(self.tr("May also") if index == 0 else "", box)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.error = ErrorLabel()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _role_changed(self) -> None:
        owner = self.role.currentData() == OWNER  # an owner may do everything: the boxes would mislead
        for box in self.boxes.values():
            box.setEnabled(not owner)

    def permissions(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]


class StaffPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.members: list[StaffMember] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Permissions")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("Add…"), clicked=self.add)
        self.edit_button = QPushButton(self.tr("Edit…"), clicked=self.edit)
        self.reset_button = QPushButton(self.tr("Reset PIN…"), clicked=self.reset_pin)
        self.deactivate_button = QPushButton(self.tr("Deactivate"), clicked=self.deactivate)
        self.lock_minutes = QSpinBox(minimum=0, maximum=240, suffix=self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setValue(int(self._services().shop.setting(LOCK_SETTING, 0) or 0))
        self.lock_minutes.editingFinished.connect(self.save_lock_minutes)
        self.error = ErrorLabel()
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button, self.deactivate_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(QLabel(self.tr("Lock after idle")))
        row.addWidget(self.lock_minutes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.refresh()

    def _services(self) -> Services:
        assert self.context.services is not None
        return self.context.services

    def save_lock_minutes(self) -> None:
        """The owner's automatic lock: the window asks for a PIN after this many idle minutes (0: never)."""
        minutes = self.lock_minutes.value()
        self._do(lambda s: s.shop.set_setting(s.actor, LOCK_SETTING, minutes))

    def refresh(self) -> None:
        assert self.context.services is not None
        self.members = self.context.services.staff.list()
        self.table.setRowCount(len(self.members))
        for i, m in enumerate(self.members):
            perms = self.tr("everything") if m.is_owner else ", ".join(_core(GRANTABLE[p]) for p in m.permissions)
            role = self.tr("Owner") if m.is_owner else self.tr("Staff")
            for col, value in enumerate((m.name, role, perms or self.tr("daily work only"))):
                self.table.setItem(i, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def selected(self) -> StaffMember | None:
        row = self.table.currentRow()
        return self.members[row] if 0 <= row < len(self.members) else None

    def _do(self, work: Callable[[Services], object]) -> None:
        """Runs a change in the write lane (hashing a PIN takes ~0.1 s), then shows its error or the new list."""
        services = self.context.services
        assert services is not None

        def done(changes: object) -> None:
            self.error.show_message(None)
            if isinstance(changes, Changes):
                self.context.publish(changes)
            self.refresh()

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserError):
                raise error
            self.error.show_message(error_text(error))

        self.context.run(lambda: work(services), done, failed, write=True)

    def add(self, dialog: StaffProfileDialog | None = None) -> None:
        dialog = dialog or StaffProfileDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._do(lambda s: s.staff.add(s.actor, dialog.name.text(), dialog.pin.text() or None,
                                       dialog.role.currentData(), dialog.permissions()))  # fmt: skip

    def edit(self) -> None:
        member = self.selected()
        if member is None:
            return
        dialog = StaffProfileDialog(member, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._do(lambda s: s.staff.edit(s.actor, member.id, name=dialog.name.text(),
                                        role=dialog.role.currentData(), permissions=dialog.permissions()))  # fmt: skip

    def reset_pin(self, pin: str | None = None) -> None:
        member = self.selected()
        if member is None:
            return
        if pin is None:
            from PySide6.QtWidgets import QInputDialog

            label = self.tr("New PIN for %1").replace("%1", member.name)
            pin, ok = QInputDialog.getText(self, self.tr("Reset PIN"), label, QLineEdit.EchoMode.Password)
            if not ok:
                return
        self._do(lambda s: s.staff.reset_pin(s.actor, member.id, pin))

    def deactivate(self) -> None:
        member = self.selected()
        if member is None:
            return
        text = self.tr("Deactivate %1? The profile can no longer sign in; the audit log keeps its name.")
        if QMessageBox.question(self, self.tr("Deactivate"), text.replace("%1", member.name)) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        self._do(lambda s: s.staff.deactivate(s.actor, member.id))
