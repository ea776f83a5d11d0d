"""Small dialogs of the bulk actions: change prices by an amount or a percentage, and set stock."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError
from merchant_desk.core.prices import parse_price
from merchant_desk.ui.catalog.texts import counted
from merchant_desk.ui.forms import ErrorLabel, mark_invalid
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.style import set_role

ROUNDING = (1, 100, 500, 1_000)


class PriceChangeDialog(QDialog):
    """Raise or lower the selected prices by Rupiah or by per cent; sale prices move along."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change prices"))
        intro = QLabel(counted(self.tr("Change the price of %n product(s).", "", count), count))
        set_role(intro, "muted")
        self.by_percent = QRadioButton(self.tr("By percent"))
        self.by_amount = QRadioButton(self.tr("By amount (Rp)"))
        self.by_percent.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_percent)
        group.addButton(self.by_amount)
        modes = QHBoxLayout()
        modes.addWidget(self.by_percent)
        modes.addWidget(self.by_amount)
        modes.addStretch()
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("e.g. 10 or -5"))
        self.round_to = QComboBox()
        for step in ROUNDING:
            self.round_to.addItem(self.tr("No rounding") if step == 1 else f"Rp{step:,}".replace(",", "."), step)
        self.round_to.setCurrentIndex(1)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Change"), self.value)
        form.addRow(self.tr("Round to"), self.round_to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(modes)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.amount, self.percent = 0, Decimal(0)

    def _accept(self) -> None:
        text = self.value.text().strip().replace(" ", "")
        try:
            if self.by_percent.isChecked():
                self.amount, self.percent = 0, Decimal(text.rstrip("%").replace(",", "."))
                if not self.percent or self.percent <= -100 or self.percent > 1000:
                    raise InvalidOperation
            else:
                negative = text.startswith(("-", "−"))
                amount = parse_price(text.lstrip("+-−"))
                self.amount, self.percent = -amount if negative else amount, Decimal(0)
        except (InvalidOperation, ValueError):
            self._refuse(self.tr("Type a percentage such as 10 or -5 (more than -100)."))
            return
        except UserError as exc:
            self._refuse(error_text(exc))
            return
        self.accept()

    def _refuse(self, message: str) -> None:
        self.error.show_message(message)
        mark_invalid(self.value, True)

    @property
    def rounding(self) -> int:
        return int(self.round_to.currentData())


class StockDialog(QDialog):
    """One stock figure for every selected product, or "not tracked"."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set stock"))
        intro = QLabel(counted(self.tr("Set the stock of %n product(s).", "", count), count))
        set_role(intro, "muted")
        self.stock = QSpinBox(maximum=10_000_000)
        self.untracked = QCheckBox(self.tr("Do not track stock"))
        self.untracked.toggled.connect(lambda on: self.stock.setEnabled(not on))
        form = QFormLayout()
        form.addRow(self.tr("Stock"), self.stock)
        form.addRow("", self.untracked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> int | None:
        return None if self.untracked.isChecked() else self.stock.value()
