"""The program's shape: a reward's editor and the settings (earning, expiry, bonus, tiers)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError, ValidationError
from merchant_desk.core.loyalty import LoyaltySettings, RewardDraft, Tier
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import ErrorLabel
from merchant_desk.ui.i18n import error_text, tr_core
from merchant_desk.ui.orders.order_dialog import money_box
from merchant_desk.ui.style import set_role


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


class _FormDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = QFormLayout()
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(buttons)

    def save(self) -> None:
        raise NotImplementedError

    def _write(self, fn: Any) -> None:
        def done(result: Any) -> None:
            self.context.publish(result[1] if isinstance(result, tuple) else result, self)
            self.accept()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError) and error.problems:
                self.error.show_message(" ".join(tr_core(p) for p in error.problems.values()))
            elif isinstance(error, UserError):
                self.error.show_message(error_text(error))
            else:
                raise error

        self.context.run(fn, done, failed, write=True)


class RewardDialog(_FormDialog):
    """Add or edit a reward: Rupiah off, a percentage with a cap, or a free catalog product."""

    def __init__(
        self, context: AppContext, reward_id: int | None = None, draft: RewardDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(context, parent)
        self.reward_id = reward_id
        self.setWindowTitle(self.tr("Edit reward") if reward_id else self.tr("New reward"))
        self.setMinimumWidth(440)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for key, text in (("fixed", self.tr("Discount in Rupiah")), ("percent", self.tr("Percentage discount")),
                          ("product", self.tr("Free product"))):  # fmt: skip
            self.kind.addItem(text, key)
        self.cost = _spin(1, 1_000_000, self.tr(" points"))
        self.value, self.cap = money_box(), money_box()
        self.cap.setSpecialValueText(self.tr("No cap"))
        self.percent = _spin(1, 100, " %")
        self.product = QComboBox()
        self.valid_days = _spin(1, 3650, self.tr(" days"))
        self.limit = _spin(0, 1000)
        self.limit.setSpecialValueText(self.tr("No limit"))
        self.active = QCheckBox(self.tr("Customers can redeem it"))
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Kind"), self.kind),
                              (self.tr("Cost"), self.cost), (self.tr("Discount"), self.value),
                              (self.tr("Percentage"), self.percent), (self.tr("Cap"), self.cap),
                              (self.tr("Product"), self.product), (self.tr("Code valid for"), self.valid_days),
                              (self.tr("Per customer"), self.limit), ("", self.active)):  # fmt: skip
            self.form.addRow(label, widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        d = draft or RewardDraft("", "fixed", 100, 10_000, valid_days=30)
        self.name.setText(d.name)
        self.kind.setCurrentIndex(max(self.kind.findData(d.kind), 0))
        self.cost.setValue(d.cost_points)
        self.value.setValue(d.value if d.kind == "fixed" else 10_000)
        self.percent.setValue(d.value if d.kind == "percent" else 10)
        self.cap.setValue(d.cap or 0)
        self.valid_days.setValue(d.valid_days)
        self.limit.setValue(d.max_per_customer or 0)
        self.active.setChecked(d.active)
        self._kind_changed()
        services = context.services
        assert services is not None
        context.run(lambda: services.catalog.rows(services.catalog.page_ids(limit=500)), lambda r: self._products(r, d))

    def _products(self, rows: list[Any], draft: RewardDraft) -> None:
        for row in rows:
            self.product.addItem(row.name, row.id)
        if draft.product_id is not None:
            self.product.setCurrentIndex(max(self.product.findData(draft.product_id), 0))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for widget, shown in ((self.value, kind == "fixed"), (self.percent, kind == "percent"),
                              (self.cap, kind == "percent"), (self.product, kind == "product")):  # fmt: skip
            self.form.setRowVisible(widget, shown)

    def draft(self) -> RewardDraft:
        kind = self.kind.currentData()
        value = {"fixed": self.value.value(), "percent": self.percent.value()}.get(kind, 0)
        return RewardDraft(
            self.name.text(), kind, self.cost.value(), value, (self.cap.value() or None) if kind == "percent" else None,
            self.product.currentData() if kind == "product" else None, self.valid_days.value(),
            self.limit.value() or None, self.active.isChecked(),
        )  # fmt: skip

    def save(self) -> None:
        services, draft, reward_id = self.context.services, self.draft(), self.reward_id
        assert services is not None
        self._write(lambda: services.loyalty.save_reward(services.actor, draft, reward_id))


class ProgramDialog(_FormDialog):
    """Points per Rupiah, minimum order, earning stage, expiry, sign-up bonus and tiers with multipliers."""

    def __init__(self, context: AppContext, settings: LoyaltySettings, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Loyalty program"))
        self.enabled = QCheckBox(self.tr("Customers earn points"))
        self.per_point = money_box()
        self.per_point.setMinimum(1)
        self.min_order = money_box()
        self.stage = QComboBox()
        self.stage.addItem(self.tr("When the order is paid"), "paid")
        self.stage.addItem(self.tr("When the order is completed"), "done")
        self.expiry = _spin(0, 120, self.tr(" months"))
        self.expiry.setSpecialValueText(self.tr("Never"))
        self.bonus = _spin(0, 1_000_000, self.tr(" points"))
        self.tiers = QTableWidget(0, 3)
        self.tiers.setHorizontalHeaderLabels([self.tr("Tier"), self.tr("Points in 12 months"), self.tr("Multiplier %")])
        self.tiers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tiers.verticalHeader().hide()
        self.tiers.setMinimumHeight(150)
        for label, widget in (("", self.enabled), (self.tr("1 point for every"), self.per_point),
                              (self.tr("Minimum order"), self.min_order), (self.tr("Points are earned"), self.stage),
                              (self.tr("Points expire after"), self.expiry), (self.tr("Sign-up bonus"), self.bonus),
                              (self.tr("Tiers"), self.tiers)):  # fmt: skip
            self.form.addRow(label, widget)
        self.enabled.setChecked(settings.enabled)
        self.per_point.setValue(settings.rupiah_per_point)
        self.min_order.setValue(settings.min_order)
        self.stage.setCurrentIndex(max(self.stage.findData(settings.earn_stage), 0))
        self.expiry.setValue(settings.expiry_months or 0)
        self.bonus.setValue(settings.signup_bonus)
        for tier in (*settings.tiers, Tier("", 0, 100)):  # an empty row to add a tier
            row = self.tiers.rowCount()
            self.tiers.insertRow(row)
            for col, value in enumerate(
                (tier.name, str(tier.min_points) if tier.name else "", str(tier.multiplier_pct) if tier.name else "")
            ):
                self.tiers.setItem(row, col, QTableWidgetItem(value))
        self.tiers_hint = QLabel(self.tr("Type a new tier in the empty row; clear a name to remove its tier."))
        set_role(self.tiers_hint, "muted")
        self.form.addRow("", self.tiers_hint)
        self.resize(600, 560)

    def values(self) -> LoyaltySettings:
        tiers = []
        for row in range(self.tiers.rowCount()):
            cells = [(self.tiers.item(row, c).text() if self.tiers.item(row, c) else "").strip() for c in range(3)]
            if cells[0]:
                points = int(cells[1]) if cells[1].isdigit() else 0
                tiers.append(Tier(cells[0], points, int(cells[2]) if cells[2].isdigit() else 100))
        return LoyaltySettings(
            enabled=self.enabled.isChecked(), rupiah_per_point=self.per_point.value(), min_order=self.min_order.value(),
            earn_stage=self.stage.currentData(), expiry_months=self.expiry.value() or None,
            signup_bonus=self.bonus.value(), tiers=tuple(tiers), point_value=self.settings.point_value,
            extra=self.settings.extra,
        )  # fmt: skip

    def save(self) -> None:
        services, settings = self.context.services, self.values()
        assert services is not None
        self._write(lambda: services.loyalty.save_settings(services.actor, settings))
