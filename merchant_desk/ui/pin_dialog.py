"""Sign-in: pick a profile and type its PIN. Wrong PINs are slowed down and recorded by the service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError
from merchant_desk.core.shop import StaffMember
from merchant_desk.ui.forms import ErrorLabel
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.style import set_role
from merchant_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from merchant_desk.services.staff_service import StaffService


class PinDialog(QDialog):
    """Accepted once a profile signed in; ``member`` is then the signed-in profile."""

    def __init__(
        self,
        staff: StaffService,
        members: list[StaffMember],
        runner: TaskRunner,
        shop_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._staff, self._runner = staff, runner
        self.member: StaffMember | None = None
        self.setWindowTitle(self.tr("Sign in — %1").replace("%1", shop_name))
        heading = QLabel(shop_name)
        set_role(heading, "heading")
        self.profile = QComboBox()
        for m in members:
            self.profile.addItem(m.name, m.id)
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=64)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.error = ErrorLabel()
        self.checking = QLabel(self.tr("Checking…"))  # progress, not a problem: muted, not red
        set_role(self.checking, "muted")
        self.checking.hide()
        forgot = self.tr("Forgot your PIN?")
        self.forgot = QLabel(f'<a href="#forgot">{forgot}</a>')
        self.forgot.linkActivated.connect(self._show_forgot_help)
        self.forgot_help = QLabel(
            self.tr(
                "Ask the shop owner: they can set a new PIN for you in Settings → Staff.\n"
                "Owner who forgot their own PIN: on this computer, close this window and run "
                "“merchant-desk reset-owner-pin” in a terminal. It asks for a new PIN and notes the reset "
                "in the audit log."
            ),
            wordWrap=True,
            textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse,
        )
        set_role(self.forgot_help, "muted")
        self.forgot_help.hide()
        form = QFormLayout()
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow("", self.error)
        form.addRow("", self.checking)
        form.addRow("", self.forgot)
        form.addRow(self.forgot_help)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.pin.setFocus()

    def _show_forgot_help(self, _link: str = "") -> None:
        self.forgot_help.show()
        self.adjustSize()  # the dialog grows to the help's height instead of cutting it off

    def _try(self) -> None:
        staff_id, pin = int(self.profile.currentData()), self.pin.text()
        self.sign_in_button.setEnabled(False)
        self.error.show_message(None)
        self.checking.show()
        self._runner.run(lambda: self._staff.sign_in(staff_id, pin), self._signed_in, self._failed, write=True)

    def _signed_in(self, member: StaffMember) -> None:
        self.member = member
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self.checking.hide()
        self.pin.clear()
        self.pin.setFocus()
        if not isinstance(error, UserError):
            raise error
        self.error.show_message(error_text(error))
