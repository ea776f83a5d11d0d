"""The Loyalty tab: the shop's outstanding points in Rupiah, customers ranked by points, a customer's card with
their ledger, the rewards list and the program's settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.ui.base_tab import BaseTab
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.loyalty.customer_card import CustomerCard
from merchant_desk.ui.loyalty.program_dialogs import ProgramDialog, RewardDialog
from merchant_desk.ui.loyalty.ranking_model import COL_NAME, ID_ROLE, RankingModel, points_text
from merchant_desk.ui.orders.texts import rupiah
from merchant_desk.ui.style import set_role


class LoyaltyTab(BaseTab):
    AREAS = ("loyalty",)
    TITLE = QT_TRANSLATE_NOOP("LoyaltyTab", "Loyalty")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rewards_data: list[Any] = []
        self.liability = QLabel()
        set_role(self.liability, "card-value")
        self.liability_detail = QLabel()
        set_role(self.liability_detail, "muted")
        self.liability.setToolTip(
            self.tr(
                "An estimate of what the unredeemed points would cost the shop: points × the value per point of "
                "the Rupiah discount reward that gives the least per point. Free products and percentage caps "
                "are not used, so the figure is not inflated."
            )
        )
        caption = QLabel(self.tr("Points owed to customers"))
        set_role(caption, "card-title")
        self.settings_button = QPushButton(self.tr("Program settings…"))
        self.settings_button.clicked.connect(self.edit_settings)
        card = QFrame()
        set_role(card, "card")
        top = QHBoxLayout(card)
        figures = QVBoxLayout()
        for widget in (caption, self.liability, self.liability_detail):
            figures.addWidget(widget)
        top.addLayout(figures, 1)
        top.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        self.model = RankingModel(context, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.card = CustomerCard(context)
        self.rewards = QTableWidget(0, 4)
        headers = [self.tr("Reward"), self.tr("Cost"), self.tr("Value"), self.tr("Redeemed")]
        self.rewards.setHorizontalHeaderLabels(headers)
        self.rewards.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rewards.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rewards.verticalHeader().hide()
        self.rewards.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rewards.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rewards.doubleClicked.connect(lambda index: self.edit_reward(index.row()))
        add = QPushButton(self.tr("Add reward…"))
        add.clicked.connect(lambda: self.edit_reward(None))
        rewards_title = QLabel(self.tr("Rewards"))
        set_role(rewards_title, "card-title")
        rewards_box = QWidget()
        rewards_layout = QVBoxLayout(rewards_box)
        rewards_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(rewards_title, 1)
        header.addWidget(add)
        rewards_layout.addLayout(header)
        rewards_layout.addWidget(self.rewards)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.card)
        right.addWidget(rewards_box)
        right.setSizes([500, 220])
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([460, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(card)
        layout.addWidget(split, 1)
        if context.services is not None:
            self.refresh()

    def refresh(self) -> None:
        services = self.context.services
        if services is None:
            return
        self.model.reload()
        self.context.run(lambda: (services.loyalty.liability(), services.loyalty.rewards()), self._summary)
        self.card.show_customer(self.card.customer_id)

    def _basis_text(self, liability: Any) -> str:
        """Says what the figure is read from, so the owner can check it (and why it is not larger)."""
        points = points_text(liability.points)
        if liability.basis_reward:
            return self.tr("{0} points not redeemed yet, valued by the reward “{1}” ({2} = {3} points)").format(
                points, liability.basis_reward, rupiah(liability.basis_rupiah), points_text(liability.basis_points)
            )
        if liability.point_value:
            return self.tr("{0} points not redeemed yet, valued at {1} per point (program setting)").format(
                points, rupiah(liability.point_value)
            )
        return self.tr("{0} points not redeemed yet; add a Rupiah discount reward to value them").format(points)

    def _summary(self, result: Any) -> None:
        liability, rewards = result
        self.liability.setText(rupiah(liability.rupiah))
        self.liability_detail.setText(self._basis_text(liability))
        self.rewards_data = rewards
        self.rewards.setRowCount(len(rewards))
        for row, reward in enumerate(rewards):
            d = reward.draft
            value = {"fixed": rupiah(d.value), "percent": f"{d.value}%" + (f" ≤ {rupiah(d.cap)}" if d.cap else "")}
            name = d.name if d.active else self.tr("{0} (paused)").format(d.name)
            cells = (name, self.tr("{0} points").format(points_text(d.cost_points)),
                     value.get(d.kind, self.tr("Free product")), str(reward.redeemed))  # fmt: skip
            for col, text in enumerate(cells):
                self.rewards.setItem(row, col, QTableWidgetItem(text))

    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        self.card.show_customer(indexes[0].data(ID_ROLE) if indexes else None)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def edit_reward(self, row: int | None) -> RewardDialog:
        reward = self.rewards_data[row] if row is not None and 0 <= row < len(self.rewards_data) else None
        dialog = RewardDialog(self.context, reward.id if reward else None, reward.draft if reward else None, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def edit_settings(self) -> None:
        services = self.context.services
        assert services is not None
        self.context.run(services.loyalty.settings, self._settings_loaded)

    def _settings_loaded(self, settings: Any) -> None:
        self.settings_dialog = ProgramDialog(self.context, settings, self)
        self.settings_dialog.accepted.connect(self.refresh)
        self.settings_dialog.open()
