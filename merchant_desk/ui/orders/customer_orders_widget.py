"""The Inbox customer panel's orders section: points and tier, the latest orders, and "New order" for this chat."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from merchant_desk.core.changes import Changes
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import clear_layout
from merchant_desk.ui.orders.order_dialog import OrderDialog
from merchant_desk.ui.orders.order_view import OrderViewDialog
from merchant_desk.ui.orders.texts import chip_style, rupiah, stage_name
from merchant_desk.ui.style import set_role

RECENT = 5  # the panel is narrow: the latest few; the Orders tab has the rest


class CustomerOrdersWidget(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id: int | None = None
        self.conversation_id: int | None = None
        self.customer_name = ""
        self.title = QLabel()
        set_role(self.title, "card-title")
        self.points = QLabel()
        self.points.setWordWrap(True)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_order)
        self.list = QVBoxLayout()
        self.list.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.points)
        layout.addLayout(self.list)
        self.title.setText(self.tr("Orders & points").upper())
        self.new_button.setText(self.tr("New order"))
        context.changed.connect(self._on_changed)

    def show_customer(self, customer_id: int | None, conversation_id: int | None, name: str = "") -> None:
        self.customer_id, self.conversation_id, self.customer_name = customer_id, conversation_id, name
        self.setVisible(customer_id is not None)
        services = self.context.services
        if customer_id is None or services is None:
            return

        def load() -> Any:
            return services.loyalty.points(customer_id), services.orders.for_customer(customer_id, RECENT)

        self.context.run(load, lambda result, cid=customer_id: self._arrived(cid, result))

    def _on_changed(self, changes: Changes) -> None:
        if (changes.orders or changes.loyalty) and self.customer_id is not None:
            self.show_customer(self.customer_id, self.conversation_id, self.customer_name)

    def _arrived(self, customer_id: int, result: Any) -> None:
        if customer_id != self.customer_id:
            return  # another customer was chosen meanwhile
        info, orders = result
        tier = f" · {info.tier.name}" if info.tier else ""
        self.points.setText(self.tr("<b>{0}</b> points{1}").format(f"{info.balance:,}".replace(",", "."), tier))
        clear_layout(self.list)
        if not orders:
            empty = QLabel(self.tr("No orders yet"))
            set_role(empty, "muted")
            self.list.addWidget(empty)
        for order in orders:
            self.list.addWidget(self._row(order))

    def _row(self, order: Any) -> QWidget:
        row = QPushButton()
        row.setFlat(True)
        row.setCursor(Qt.CursorShape.PointingHandCursor)
        row.setProperty("order_id", order.id)
        row.setToolTip(self.tr("Open order {0}").format(order.number))
        row.clicked.connect(self._row_clicked)
        line = QHBoxLayout(row)
        line.setContentsMargins(4, 2, 4, 2)
        number = QLabel(order.number.rsplit("/", 1)[-1])
        chip = QLabel(stage_name(order.stage))
        chip.setStyleSheet(chip_style(order.stage))
        total = QLabel(rupiah(order.total))
        line.addWidget(number)
        line.addWidget(chip)
        line.addStretch(1)
        line.addWidget(total)
        row.setMinimumHeight(30)
        return row

    def _row_clicked(self) -> None:
        self.open_order(int(self.sender().property("order_id")))

    def open_order(self, order_id: int) -> OrderViewDialog:
        dialog = OrderViewDialog(self.context, order_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_order(self) -> OrderDialog:
        dialog = OrderDialog(
            self.context, customer_id=self.customer_id, conversation_id=self.conversation_id,
            customer_name=self.customer_name, parent=self,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
