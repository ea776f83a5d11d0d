"""One order: its lines and totals, the stage buttons (with the merchant's decisions), invoice and reward code."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError
from merchant_desk.core.orders import STAGES, TRANSITIONS, OrderView
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import clear_layout
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.orders.texts import chip_style, shop_time, stage_name
from merchant_desk.ui.style import set_role

BUBBLE = "#D9FDD3"  # WhatsApp's outgoing message colour
# The merchant's three answers when a cancellation needs points the customer already spent.
NEGATIVE, CLAMP, KEEP = "negative", "clamp", "keep"


def invoice_html(text: str) -> str:
    """The WhatsApp text as HTML: *bold* as WhatsApp shows it, lines kept."""
    body = re.sub(r"\*([^*\n]+)\*", r"<b>\1</b>", escape(text))
    lines = [re.sub(r"^ +", lambda m: "&nbsp;" * len(m.group()), line) for line in body.split("\n")]
    return "<br>".join(lines)  # leading spaces kept: the invoice indents each line's amounts


def write_pdf(text: str, path: Path | str) -> None:
    """The invoice on an A4 page, bold where WhatsApp shows bold."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(text.splitlines()[0].strip("*") if text else "Invoice")
    doc = QTextDocument()
    doc.setHtml(f"<div style='font-size: 11pt'>{invoice_html(text)}</div>")
    doc.print_(writer)


class OrderViewDialog(QDialog):
    def __init__(self, context: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.order_id = order_id
        self.order: OrderView | None = None
        self.invoice = ""
        self.resize(560, 640)
        self.heading, self.chip, self.meta = QLabel(), QLabel(), QLabel()
        set_role(self.heading, "heading")
        set_role(self.meta, "muted")
        self.text = QTextBrowser()
        self.text.setStyleSheet(
            "QTextBrowser { background: #EFEAE2; border: none; border-radius: 6px; padding: 10px; }"
        )
        self.stage_row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy invoice for WhatsApp"))
        self.copy_button.setProperty("primary", True)
        self.copy_button.clicked.connect(self.copy_invoice)
        self.pdf_button = QPushButton(self.tr("Save invoice as PDF…"))
        self.pdf_button.clicked.connect(self._pdf_clicked)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Reward code, e.g. K7QX-M4PA"))
        self.apply_button = QPushButton(self.tr("Apply code"))
        self.apply_button.clicked.connect(self.apply_code)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        invoice = QHBoxLayout()
        invoice.addWidget(self.copy_button)
        invoice.addWidget(self.pdf_button)
        invoice.addStretch(1)
        codes = QHBoxLayout()
        codes.addWidget(self.code, 1)
        codes.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.meta)
        layout.addWidget(self.text, 1)
        layout.addLayout(codes)
        layout.addLayout(self.stage_row)
        layout.addLayout(invoice)
        self.reload()

    def reload(self) -> None:
        services = self.context.services
        assert services is not None
        order_id = self.order_id
        self.context.run(lambda: (services.orders.get(order_id), services.orders.invoice_text(order_id)), self._arrived)

    def _arrived(self, result: tuple[OrderView, str]) -> None:
        self.order, self.invoice = result
        order = self.order
        self.setWindowTitle(self.tr("Order {0}").format(order.number))
        self.heading.setText(order.number)
        self.chip.setText(stage_name(order.stage))
        self.chip.setStyleSheet(chip_style(order.stage))
        who = order.customer_name or self.tr("No customer")
        self.meta.setText(f"{who} · {shop_time(order.created_at, self.context.timezone)}")
        # As the customer will see it: a WhatsApp bubble on the chat's background.
        bubble = invoice_html(self.invoice)
        self.text.setHtml(f"<table width='100%' cellpadding='14' bgcolor='{BUBBLE}'><tr><td>{bubble}</td></tr></table>")
        clear_layout(self.stage_row)
        targets = [s for s in STAGES if s in TRANSITIONS[order.stage]]
        final = QLabel(self.tr("Move to:") if targets else self.tr("This order is final."))
        set_role(final, "muted")
        self.stage_row.addWidget(final)
        for stage in targets:
            button = QPushButton(stage_name(stage))
            button.setObjectName(f"stage-{stage}")
            button.setProperty("stage", stage)
            button.clicked.connect(self._stage_clicked)  # a bound method: a lambda kept the dialog alive
            self.stage_row.addWidget(button)
        self.stage_row.addStretch(1)
        open_order = order.stage in ("new", "awaiting")
        self.code.setVisible(open_order)  # a code only applies before payment
        self.apply_button.setVisible(open_order)

    # -- stages ---------------------------------------------------------------------------------------------

    def _stage_clicked(self) -> None:
        self.move(str(self.sender().property("stage")))

    def move(self, stage: str, **decisions: bool) -> None:
        """Moves the order; a refusal that needs the merchant's decision is asked and the move retried."""
        if stage == "cancelled" and not decisions:
            answer = QMessageBox.question(self, self.windowTitle(), self.tr("Cancel this order?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        services = self.context.services
        assert services is not None
        order_id = self.order_id

        def run() -> Any:
            return services.orders.move(services.actor, order_id, stage, **decisions)

        self.context.run(run, self._moved, lambda e: self._move_failed(e, stage, decisions), write=True)

    def _moved(self, changes: Any) -> None:
        self.context.publish(changes, self)
        self.reload()

    def _move_failed(self, error: BaseException, stage: str, decisions: dict[str, bool]) -> None:
        from merchant_desk.services.order_service import PointsAlreadySpent, StockWouldGoNegative

        if isinstance(error, StockWouldGoNegative) and not decisions.get("allow_negative"):
            answer = QMessageBox.question(self, self.tr("Not enough stock"), error_text(error))
            if answer == QMessageBox.StandardButton.Yes:
                self.move(stage, **decisions, allow_negative=True)
        elif isinstance(error, PointsAlreadySpent):
            choice = self.ask_points(error_text(error))
            if choice == NEGATIVE:
                self.move(stage, allow_negative_balance=True)
            elif choice == CLAMP:
                self.move(stage, clamp_to_balance=True)
        elif isinstance(error, UserError):
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
        else:
            raise error

    def ask_points(self, text: str) -> str:
        """NEGATIVE, CLAMP or KEEP (the order stays as it is)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Points already spent"), text, parent=self)
        negative = box.addButton(self.tr("Allow a negative balance"), QMessageBox.ButtonRole.AcceptRole)
        clamp = box.addButton(self.tr("Take back only what is left"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep the order"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return {id(negative): NEGATIVE, id(clamp): CLAMP}.get(id(box.clickedButton()), KEEP)

    # -- invoice and codes ----------------------------------------------------------------------------------

    def copy_invoice(self) -> None:
        QGuiApplication.clipboard().setText(self.invoice)
        self.copy_button.setText(self.tr("Copied ✓"))

    def _pdf_clicked(self) -> None:
        name = (self.order.number if self.order else "invoice").replace("/", "-") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save invoice as PDF"), name, self.tr("PDF (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: Path | str) -> None:
        write_pdf(self.invoice, path)

    def apply_code(self) -> None:
        services, order = self.context.services, self.order
        assert services is not None and order is not None
        if order.customer_id is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("A code needs the order's customer."))
            return
        code, customer_id = self.code.text(), order.customer_id

        def apply() -> Any:
            return services.loyalty.apply_code(services.actor, code, order.id, customer_id)

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserError):
                raise error
            QMessageBox.warning(self, self.tr("Code not applied"), error_text(error))

        self.context.run(apply, self._code_applied, failed, write=True)

    def _code_applied(self, changes: Any) -> None:
        self.code.clear()
        self._moved(changes)
