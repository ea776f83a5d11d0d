"""A new order from a conversation or a customer: catalog lines, discounts, shipping, notes and live totals."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError, ValidationError
from merchant_desk.core.orders import LineDraft, compute_totals
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import ErrorLabel
from merchant_desk.ui.i18n import error_text, tr_core
from merchant_desk.ui.orders.customer_picker import CustomerPicker
from merchant_desk.ui.orders.texts import rupiah
from merchant_desk.ui.product_search import fill_results, search_products
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.core.catalog import ProductRow
    from merchant_desk.core.orders import OrderView

SEARCH_DELAY_MS = 200  # a pause in typing before the catalog is searched
MAX_RUPIAH = 2_000_000_000  # QSpinBox holds a 32-bit int; no WhatsApp order comes near it
COL_NAME, COL_QTY, COL_PRICE, COL_DISCOUNT, COL_TOTAL, COL_REMOVE = range(6)


def money_box(maximum: int = MAX_RUPIAH) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setPrefix("Rp")  # Rp61.000, as format_rupiah writes it everywhere else
    box.setGroupSeparatorShown(True)
    box.setSingleStep(1000)
    # Rp15.000, not Rp15,000 (the C locale's comma). No NoButtons: with the app's stylesheet it hides the text.
    box.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    box.setMinimumWidth(130)
    return box


class OrderDialog(QDialog):
    """Saves through ``services.orders.create``; ``created`` holds the new order afterwards."""

    def __init__(
        self,
        context: AppContext,
        *,
        customer_id: int | None = None,
        conversation_id: int | None = None,
        customer_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id, self.conversation_id = customer_id, conversation_id
        self.lines: list[LineDraft] = []
        self.created: OrderView | None = None
        self.setWindowTitle(self.tr("New order"))
        self.resize(900, 640)
        who = QLabel(customer_name or self.tr("New order"))
        set_role(who, "heading")
        # From a chat the customer is known; from the Orders tab the merchant may pick one (or leave it empty).
        self.picker = CustomerPicker(context) if customer_id is None and conversation_id is None else None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the catalog by name or SKU…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMaximumHeight(140)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long name gives way; price and stock stay
        self.results.itemActivated.connect(self._result_chosen)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._add_first)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Qty"), self.tr("Unit price"), self.tr("Discount"), self.tr("Total"), ""]
        )
        for col, align in ((COL_NAME, Qt.AlignmentFlag.AlignLeft), (COL_TOTAL, Qt.AlignmentFlag.AlignRight)):
            head = self.table.horizontalHeaderItem(col)
            assert head is not None
            head.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)  # over its data, as in the Orders tab
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # Cell widgets do not size their columns: fixed widths that fit Rp 9.999.999 and a total of Rp99.999.999.
        for col, width in ((COL_QTY, 80), (COL_PRICE, 150), (COL_DISCOUNT, 150), (COL_TOTAL, 120), (COL_REMOVE, 36)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.discount, self.shipping = money_box(), money_box()
        self.discount.valueChanged.connect(self._update_totals)
        self.shipping.valueChanged.connect(self._update_totals)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes for this order (address, colour, delivery time…)"))
        self.notes.setFixedHeight(60)
        self.totals = QLabel()
        self.totals.setStyleSheet("font-size: 11pt;")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Order discount"), self.discount)
        form.addRow(self.tr("Shipping"), self.shipping)
        bottom = QHBoxLayout()
        bottom.addLayout(form)
        bottom.addStretch(1)
        bottom.addWidget(self.totals)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save order"))
        self.save_button.setProperty("primary", True)
        for button in buttons.buttons():
            button.setAutoDefault(False)  # Enter in the search adds a product; it never saves or closes
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        if self.picker is not None:
            layout.addWidget(self.picker)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.notes)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._run_search()
        self._update_totals()

    # -- catalog search -------------------------------------------------------------------------------------

    def _run_search(self) -> None:
        search_products(self.context, self.search.text().strip(), self._show_results)

    def _show_results(self, text: str, rows: list[ProductRow]) -> None:
        if text != self.search.text().strip():
            return  # an older answer arriving after a newer keystroke
        fill_results(self.results, rows, select_first=False)

    def _add_first(self) -> None:
        if self.results.count():
            self._result_chosen(self.results.item(0))

    def _result_chosen(self, item: QListWidgetItem) -> None:
        product_id = int(item.data(Qt.ItemDataRole.UserRole))
        services = self.context.services
        assert services is not None
        self.context.run(lambda: services.orders.draft_line(product_id), self.add_line, self._failed)

    # -- lines and totals -----------------------------------------------------------------------------------

    def add_line(self, line: LineDraft) -> None:
        """Adds a line, or one more of a product already on the order."""
        for i, existing in enumerate(self.lines):
            if line.product_id is not None and existing.product_id == line.product_id:
                box = self.table.cellWidget(i, COL_QTY)
                assert isinstance(box, QSpinBox)
                box.setValue(box.value() + line.quantity)
                return
        row = len(self.lines)
        self.lines.append(line)
        self.table.insertRow(row)
        # An item, not a QLabel: the view elides a long name with "…" and the tooltip shows it whole.
        text = line.name if not line.sku else f"{line.name}  ({line.sku})"
        name = QTableWidgetItem(text)
        name.setToolTip(text)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, COL_NAME, name)
        quantity = QSpinBox()
        quantity.setRange(1, 100_000)
        quantity.setValue(line.quantity)
        price, discount = money_box(), money_box()
        price.setValue(line.unit_price)
        discount.setValue(line.discount)
        for col, box in ((COL_QTY, quantity), (COL_PRICE, price), (COL_DISCOUNT, discount)):
            box.valueChanged.connect(self._line_edited)
            self.table.setCellWidget(row, col, box)
        total = QLabel()
        total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        total.setContentsMargins(6, 0, 8, 0)
        self.table.setCellWidget(row, COL_TOTAL, total)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this line"))
        remove.setAutoRaise(True)
        remove.clicked.connect(self._remove_clicked)
        self.table.setCellWidget(row, COL_REMOVE, remove)
        self._line_edited()

    def _value(self, row: int, col: int) -> int:
        box = self.table.cellWidget(row, col)
        return box.value() if isinstance(box, QSpinBox) else 0

    def _line_edited(self) -> None:
        for row, line in enumerate(self.lines):
            self.lines[row] = replace(
                line,
                quantity=self._value(row, COL_QTY),
                unit_price=self._value(row, COL_PRICE),
                discount=self._value(row, COL_DISCOUNT),
            )
            total = self.table.cellWidget(row, COL_TOTAL)
            if isinstance(total, QLabel):
                total.setText(rupiah(self.lines[row].total))
        self._update_totals()

    def _remove_clicked(self) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, COL_REMOVE) is self.sender():
                self.table.removeRow(row)
                del self.lines[row]
                break
        self._update_totals()

    def _update_totals(self) -> None:
        totals = compute_totals(self.lines, self.discount.value(), self.shipping.value())
        rows = [(self.tr("Subtotal"), rupiah(totals.subtotal))]
        if totals.discount:
            rows.append((self.tr("Discount"), "-" + rupiah(totals.discount)))
        if totals.shipping:
            rows.append((self.tr("Shipping"), rupiah(totals.shipping)))
        body = "".join(f"<tr><td>{k}</td><td align='right'>&nbsp;&nbsp;{v}</td></tr>" for k, v in rows)
        total = f"<tr><td><b>{self.tr('Total')}</b></td><td align='right'><b>&nbsp;&nbsp;{rupiah(totals.total)}</b>"
        self.totals.setText(f"<table>{body}{total}</td></tr></table>")
        self.total = totals.total
        self.save_button.setEnabled(bool(self.lines))

    # -- saving ---------------------------------------------------------------------------------------------

    def save(self) -> None:
        services = self.context.services
        assert services is not None
        lines, discount, shipping = list(self.lines), self.discount.value(), self.shipping.value()
        notes, customer_id, conversation_id = self.notes.toPlainText(), self.customer_id, self.conversation_id
        if self.picker is not None:
            customer_id = self.picker.customer_id

        def create() -> Any:
            return services.orders.create(
                services.actor, lines, customer_id=customer_id, conversation_id=conversation_id,
                discount=discount, shipping=shipping, notes=notes,
            )  # fmt: skip

        self.save_button.setEnabled(False)
        self.context.run(create, self._saved, self._failed, write=True)

    def _saved(self, result: Any) -> None:
        self.created, changes = result
        self.context.publish(changes, self)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(bool(self.lines))
        if isinstance(error, ValidationError):
            self.error.show_message(" ".join(tr_core(p) for p in error.problems.values()))
        elif isinstance(error, UserError):
            self.error.show_message(error_text(error))
        else:
            raise error
