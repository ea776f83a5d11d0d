"""Overview: the shop at a glance — catalog, customers, chats, orders, points — refreshed as things change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.money import format_rupiah
from merchant_desk.core.phones import display_phone
from merchant_desk.core.shop import ShopOverview, ShopProfile
from merchant_desk.core.timezones import format_shop_datetime, utcnow
from merchant_desk.ui.audit_labels import activity_text
from merchant_desk.ui.base_tab import BaseTab
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.services.audit_service import AuditRecord
    from merchant_desk.services.hub import Services


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # Indonesian thousands separator


class Card(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.title, self.value, self.detail = QLabel(), QLabel("–"), QLabel()
        set_role(self.title, "card-title")
        set_role(self.value, "card-value")
        set_role(self.detail, "muted")
        layout = QVBoxLayout(self)
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)
        self.setMinimumWidth(160)

    def show_figure(self, title: str, value: str, detail: str) -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.detail.setText(detail)


@dataclass(frozen=True)
class _Snapshot:
    profile: ShopProfile
    overview: ShopOverview
    recent: list[AuditRecord]


class OverviewTab(BaseTab):
    TITLE = QT_TRANSLATE_NOOP("OverviewTab", "Overview")
    AREAS = ("shop", "catalog", "inbox", "labels", "replies", "loyalty", "orders", "audit")
    RECENT = 12

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.heading = QLabel(context.shop_name)
        set_role(self.heading, "heading")
        self.subheading = QLabel()
        set_role(self.subheading, "muted")
        self.cards = [Card() for _ in range(8)]
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, card in enumerate(self.cards):
            grid.addWidget(card, i // 4, i % 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addSpacing(16)
        self.activity_title = QLabel(self.tr("Recent activity"))
        set_role(self.activity_title, "card-title")
        self.activity = QTableWidget(0, 3)
        self.activity.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activity.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.activity.verticalHeader().hide()
        self.activity.setShowGrid(False)
        self.activity.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        header = self.activity.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.activity.setAlternatingRowColors(True)
        self.activity.verticalHeader().setDefaultSectionSize(28)
        layout.addWidget(self.activity_title)
        layout.addWidget(self.activity, 1)
        self.snapshot: _Snapshot | None = None
        if context.services is not None:
            self.refresh()

    def refresh(self) -> None:
        services = self.context.services
        if services is None:
            return

        def load(svc: Services = services) -> _Snapshot:
            return _Snapshot(svc.shop.profile(), svc.overview.overview(), svc.audit.recent(self.RECENT))

        self.context.run(load, self._show)

    def _show(self, snap: _Snapshot) -> None:
        self.snapshot = snap
        p, o = snap.profile, snap.overview
        self.heading.setText(p.name)
        self.subheading.setText(
            self.tr("WhatsApp %1 · %2")
            .replace("%1", display_phone(p.whatsapp))
            .replace("%2", format_shop_datetime(utcnow(), p.timezone))
        )
        figures = [
            (
                self.tr("Products"),
                _n(o.products),
                self.tr("%1 hidden · %2 low on stock")
                .replace("%1", _n(o.hidden_products))
                .replace("%2", _n(o.low_stock)),
            ),
            (
                self.tr("Customers"),
                _n(o.customers),
                self.tr("%1 agreed to broadcasts").replace("%1", _n(o.consenting_customers)),
            ),
            (
                self.tr("Conversations"),
                _n(o.conversations),
                self.tr("%1 open").replace("%1", _n(o.open_conversations)),
            ),
            (self.tr("Messages"), _n(o.messages), self.tr("in every chat")),
            (
                self.tr("Orders"),
                _n(o.orders),
                self.tr("%1 not finished yet").replace("%1", _n(o.open_orders)),
            ),
            (
                self.tr("Paid sales"),
                format_rupiah(o.revenue_paid),
                self.tr("paid, shipped or done"),
            ),
            (self.tr("Loyalty points"), _n(o.points_outstanding), self.tr("held by customers")),
            (
                self.tr("Quick replies"),
                _n(o.quick_replies),
                self.tr("%1 labels").replace("%1", _n(o.labels)),
            ),
        ]
        for card, (title, value, detail) in zip(self.cards, figures, strict=True):
            card.show_figure(title, value, detail)
        self.activity.setRowCount(len(snap.recent))
        for row, entry in enumerate(snap.recent):
            what = activity_text(entry.action, entry.subject)
            cells = (format_shop_datetime(entry.at, p.timezone), entry.staff_name or "", what)
            for column, text in enumerate(cells):
                self.activity.setItem(row, column, QTableWidgetItem(text))
