"""A customer's points by hand: adjust (with a required reason) and redeem a reward for a single-use code."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError, ValidationError
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import ErrorLabel, mark_invalid
from merchant_desk.ui.i18n import error_text, tr_core
from merchant_desk.ui.loyalty.ranking_model import points_text
from merchant_desk.ui.style import set_role


class _PointsDialog(QDialog):
    def __init__(self, context: AppContext, customer_id: int, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context, self.customer_id = context, customer_id
        self.heading = QLabel(name)
        set_role(self.heading, "heading")
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def _write(self, fn: Any, done: Any) -> None:
        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError) and error.problems:
                self.error.show_message(" ".join(tr_core(p) for p in error.problems.values()))
            elif isinstance(error, UserError):
                self.error.show_message(error_text(error))
            else:
                raise error

        self.context.run(fn, done, failed, write=True)


class AdjustDialog(_PointsDialog):
    """Points added or taken away by hand; the ledger keeps the reason and who did it."""

    def __init__(self, context: AppContext, customer_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(context, customer_id, name, parent)
        self.setWindowTitle(self.tr("Adjust points"))
        self.points = QSpinBox()
        self.points.setRange(-1_000_000, 1_000_000)
        self.points.setSuffix(self.tr(" points"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Required, e.g. points from the old paper card"))
        self.form.addRow(self.tr("Add (+) or remove (−)"), self.points)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save adjustment"))

    def submit(self) -> None:
        reason, points = self.reason.text().strip(), self.points.value()
        mark_invalid(self.reason, not reason)
        if not reason:
            self.error.show_message(self.tr("Say why the points are adjusted."))
            return
        services = self.context.services
        assert services is not None
        cid = self.customer_id
        self._write(lambda: services.loyalty.adjust(services.actor, cid, points, reason), self._done)

    def _done(self, changes: Any) -> None:
        self.context.publish(changes, self)
        self.accept()


class RedeemDialog(_PointsDialog):
    """Choose a reward; the points are spent and the single-use code is shown to copy into the chat."""

    def __init__(
        self, context: AppContext, customer_id: int, name: str, balance: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, customer_id, name, parent)
        self.setWindowTitle(self.tr("Redeem points"))
        self.code = ""
        self.reward = QComboBox()
        self.form.addRow(self.tr("Balance"), QLabel(self.tr("{0} points").format(points_text(balance))))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Redeem"))
        self.form.addRow(self.tr("Reward"), self.reward)
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet("font-size: 22pt; font-weight: 700; letter-spacing: 3px; color: #128C7E;")
        self.code_label.hide()
        self.copy = QPushButton(self.tr("Copy code"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code))
        self.copy.hide()
        self.form.addRow(self.code_label)
        self.form.addRow(self.copy)
        services = context.services
        assert services is not None
        context.run(lambda: services.loyalty.rewards(include_inactive=False), lambda r: self._fill(r, balance))

    def _fill(self, rewards: list[Any], balance: int) -> None:
        for reward in rewards:
            text = self.tr("{0} — {1} points").format(reward.draft.name, points_text(reward.draft.cost_points))
            self.reward.addItem(text, reward.id)
            if reward.draft.cost_points > balance:  # shown, so the merchant sees what is close, but not choosable
                item = self.reward.model().item(self.reward.count() - 1)  # type: ignore[attr-defined]
                item.setEnabled(False)
        if not rewards:
            self.error.show_message(self.tr("No rewards yet: add one in the rewards list."))

    def submit(self) -> None:
        if self.code:
            self.accept()
            return
        reward_id = self.reward.currentData()
        if reward_id is None:
            return
        services = self.context.services
        assert services is not None
        cid = self.customer_id
        self._write(lambda: services.loyalty.redeem(services.actor, cid, int(reward_id)), self._redeemed)

    def _redeemed(self, result: Any) -> None:
        redemption, changes = result
        self.context.publish(changes, self)
        self.code = redemption.code
        self.code_label.setText(redemption.code)
        self.code_label.show()
        self.copy.show()
        self.reward.setEnabled(False)
        self.error.show_message(None)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Done"))
