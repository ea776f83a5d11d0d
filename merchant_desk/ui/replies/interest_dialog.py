"""'Interested in a product' from a conversation: search the catalog (as the order dialog does), choose the
product and what the customer wants to hear about: back in stock, a price drop, or both."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.ui.error_dialog import show_user_error
from merchant_desk.ui.product_search import fill_results, search_products
from merchant_desk.ui.style import ACCENT_LIGHT, set_role

if TYPE_CHECKING:
    from merchant_desk.core.catalog import ProductRow
    from merchant_desk.ui.context import AppContext

SEARCH_DELAY_MS = 200  # a pause in typing before the catalog is searched (as in the order dialog)
BACK_IN_STOCK, PRICE_DROP = "back_in_stock", "price_drop"  # services.followup_interests.KINDS, without its imports


class InterestDialog(QDialog):
    """Saves through ``followups.mark_interested``; ``changes`` holds what the save changed afterwards."""

    def __init__(
        self, context: AppContext, customer_id: int, customer_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.changes = Changes()
        self.setWindowTitle(self.tr("Interested in a product"))
        self.resize(600, 480)
        who = QLabel(customer_name)
        set_role(who, "heading")
        hint = QLabel(
            self.tr("Choose the product %1 is waiting for. When it is back in stock or cheaper, a message for them "
                    "waits under Follow-ups.").replace("%1", customer_name)
        )  # fmt: skip
        hint.setWordWrap(True)
        set_role(hint, "muted")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the catalog by name or SKU…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the price and stock stay readable
        self.results.setStyleSheet(
            "QListWidget::item { padding: 5px 4px; border-bottom: 1px solid #EEF1F4; }"
            f" QListWidget::item:selected {{ background: {ACCENT_LIGHT}; color: #1F2C33; }}"
        )
        self.results.itemDoubleClicked.connect(lambda _item: self.save())
        self.results.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self.back_in_stock = QCheckBox(self.tr("Back in stock"))
        self.price_drop = QCheckBox(self.tr("Price drop"))
        for box in (self.back_in_stock, self.price_drop):
            box.setChecked(True)
            box.toggled.connect(self._update_buttons)
        kinds = QHBoxLayout()
        kinds.addWidget(QLabel(self.tr("Notify me about:")))
        kinds.addWidget(self.back_in_stock)
        kinds.addWidget(self.price_drop)
        kinds.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Mark interested"))
        self.save_button.setProperty("primary", True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(kinds)
        layout.addWidget(buttons)
        self.run_search()
        self._update_buttons()

    def kinds(self) -> list[str]:
        return [kind for kind, box in ((BACK_IN_STOCK, self.back_in_stock), (PRICE_DROP, self.price_drop))
                if box.isChecked()]  # fmt: skip

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.results.currentItem() is not None and bool(self.kinds()))

    # -- catalog search (the catalog service's own search, as the order dialog uses it) --------------------

    def run_search(self) -> None:
        search_products(self.context, self.search.text().strip(), self._show_results)

    def _show_results(self, text: str, rows: list[ProductRow]) -> None:
        if text != self.search.text().strip():
            return  # an older answer arriving after a newer keystroke
        fill_results(self.results, rows)
        self._update_buttons()

    # -- saving ---------------------------------------------------------------------------------------------

    def save(self) -> None:
        item, services, kinds = self.results.currentItem(), self.context.services, self.kinds()
        if item is None or services is None or not kinds:
            return
        product_id, customer_id = int(item.data(Qt.ItemDataRole.UserRole)), self.customer_id
        self.save_button.setEnabled(False)
        self.context.run(
            lambda: services.followups.mark_interested(services.actor, customer_id, product_id, kinds),
            self._saved, self._failed, write=True,
        )  # fmt: skip

    def _saved(self, changes: Changes) -> None:
        self.changes = changes
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._update_buttons()
        if not isinstance(error, UserError):
            raise error
        show_user_error(self, error)
