"""One customer's points: balance, tier, what expires soon, the actions, and their ledger newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.ui.context import AppContext
from merchant_desk.ui.loyalty.points_dialogs import AdjustDialog, RedeemDialog
from merchant_desk.ui.loyalty.ranking_model import points_text
from merchant_desk.ui.orders.texts import shop_time
from merchant_desk.ui.style import set_role

KIND_NAMES = {
    "earn": QT_TRANSLATE_NOOP("CustomerCard", "Earned"),
    "bonus": QT_TRANSLATE_NOOP("CustomerCard", "Bonus"),
    "redeem": QT_TRANSLATE_NOOP("CustomerCard", "Redeemed"),
    "adjust": QT_TRANSLATE_NOOP("CustomerCard", "Adjusted"),
    "expire": QT_TRANSLATE_NOOP("CustomerCard", "Expired"),
    "reverse": QT_TRANSLATE_NOOP("CustomerCard", "Reversed"),
}


class CustomerCard(QFrame):
    message_ready = Signal(str)  # the balance message, after it was opened or copied (tests read it)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.context = context
        self.customer_id: int | None = None
        self.info: Any = None
        self.phone: str | None = None
        self.name, self.balance, self.detail = QLabel(), QLabel(), QLabel()
        set_role(self.name, "heading")
        set_role(self.balance, "card-value")
        set_role(self.detail, "muted")
        self.detail.setWordWrap(True)
        self.redeem_button = QPushButton(self.tr("Redeem…"))
        self.redeem_button.setProperty("primary", True)
        self.adjust_button = QPushButton(self.tr("Adjust…"))
        self.send_button = QPushButton(self.tr("Send points balance"))
        self.redeem_button.clicked.connect(self.redeem)
        self.adjust_button.clicked.connect(self.adjust)
        self.send_button.clicked.connect(self.send_balance)
        self.ledger = QTableWidget(0, 6)
        self.ledger.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Kind"),
                self.tr("Points"),
                self.tr("Reason"),
                self.tr("Staff"),
                self.tr("Expires"),
            ]
        )
        self.ledger.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ledger.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ledger.verticalHeader().hide()
        self.ledger.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger.setAlternatingRowColors(True)
        buttons = QHBoxLayout()
        for button in (self.redeem_button, self.adjust_button, self.send_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.name)
        layout.addWidget(self.balance)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addWidget(self.ledger, 1)
        self.show_customer(None)

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        for button in (self.redeem_button, self.adjust_button, self.send_button):
            button.setEnabled(customer_id is not None)
        services = self.context.services
        if customer_id is None or services is None:
            self.name.setText(self.tr("Choose a customer"))
            self.balance.clear()
            self.detail.clear()
            self.ledger.setRowCount(0)
            return

        def load() -> Any:
            staff = {m.id: m.name for m in services.staff.list()}
            customer = services.customers.get(customer_id)
            return services.loyalty.points(customer_id), services.loyalty.ledger(customer_id, 300), staff, customer

        self.context.run(load, self._arrived)

    def _arrived(self, result: Any) -> None:
        info, entries, staff, customer = result
        if info.customer_id != self.customer_id:
            return
        self.info, self.phone = info, customer.phone
        zone = self.context.timezone
        self.name.setText(info.name)
        self.balance.setText(self.tr("{0} points").format(points_text(info.balance)))
        parts = [self.tr("Tier: {0}").format(info.tier.name)] if info.tier else []
        parts.append(self.tr("{0} points earned in the last 12 months").format(points_text(info.earned_12_months)))
        for points, when in info.expiring:
            parts.append(self.tr("{0} expire on {1}").format(points_text(points), shop_time(when, zone)[:10]))
        self.detail.setText(" · ".join(parts))
        self.ledger.setRowCount(len(entries))
        for row, e in enumerate(entries):
            kind = QCoreApplication.translate("CustomerCard", KIND_NAMES.get(e.kind, e.kind))
            sign = "+" if e.points > 0 else ""
            cells = (shop_time(e.created_at, zone), kind, f"{sign}{points_text(e.points)}", e.reason or "",
                     staff.get(e.staff_id, ""), shop_time(e.expires_at, zone)[:10])  # fmt: skip
            for col, text in enumerate(cells):
                self.ledger.setItem(row, col, QTableWidgetItem(text))

    def redeem(self) -> RedeemDialog | None:
        if self.customer_id is None or self.info is None:
            return None
        dialog = RedeemDialog(self.context, self.customer_id, self.info.name, self.info.balance, self)
        dialog.finished.connect(self._reload)
        dialog.open()
        return dialog

    def adjust(self) -> AdjustDialog | None:
        if self.customer_id is None or self.info is None:
            return None
        dialog = AdjustDialog(self.context, self.customer_id, self.info.name, self)
        dialog.finished.connect(self._reload)
        dialog.open()
        return dialog

    def _reload(self) -> None:
        self.show_customer(self.customer_id)

    def send_balance(self) -> None:
        """Opens WhatsApp with the balance message; without a usable number it is copied instead."""
        services, cid, phone = self.context.services, self.customer_id, self.phone
        assert services is not None and cid is not None
        self.context.run(lambda: services.loyalty.balance_message(cid), lambda text: self._send(text, phone))

    def _send(self, text: str, phone: str | None) -> None:
        from merchant_desk.channels.wa_link import wa_me_link
        from merchant_desk.core.errors import UserError

        try:
            opened = QDesktopServices.openUrl(QUrl(wa_me_link(phone, text)))
        except UserError:  # no number, or not a phone number
            opened = False
        if not opened:
            QGuiApplication.clipboard().setText(text)
            self.detail.setText(self.tr("No WhatsApp number: the message was copied to paste in the chat."))
        self.message_ready.emit(text)
