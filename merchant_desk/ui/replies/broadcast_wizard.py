"""The Broadcast dialog: a message (from a quick reply or typed), who gets it, a preview, then the guided queue.

Customers without recorded consent are never messaged but always counted, so the merchant sees who was left out.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError, ValidationError
from merchant_desk.core.placeholders import MissingValues
from merchant_desk.core.timezones import shop_tz
from merchant_desk.ui.forms import ErrorLabel, mark_invalid
from merchant_desk.ui.i18n import error_text, tr_core
from merchant_desk.ui.replies.broadcast_product import PRODUCT_PLACEHOLDERS, ProductChooser
from merchant_desk.ui.replies.broadcast_queue import DISABLED_PRIMARY
from merchant_desk.ui.replies.reply_editor import problem_text
from merchant_desk.ui.replies.wa_preview import WhatsAppPreview
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.services.broadcast_select import RecipientFilter
    from merchant_desk.services.broadcast_service import BroadcastInfo, Preview
    from merchant_desk.services.hub import Services
    from merchant_desk.ui.context import AppContext


LABEL_ROWS = 5


class BroadcastWizard(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created: BroadcastInfo | None = None
        self.setWindowTitle(self.tr("New broadcast"))
        self.resize(940, 680)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Promo akhir tahun"))
        self.name_error = ErrorLabel()
        self.name.textChanged.connect(lambda text: self._flag_name(None) if text.strip() else None)
        self.from_reply = QComboBox()
        self.from_reply.addItem(self.tr("Free text"), None)
        self.from_reply.currentIndexChanged.connect(self._reply_chosen)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Halo kak {nama}, …"))
        self.product = ProductChooser(context)
        self.labels = QListWidget()
        # Columns that flow top to bottom, then wrap: ten or fifteen labels show at once, no tiny scroller.
        self.labels.setFlow(QListWidget.Flow.TopToBottom)
        self.labels.setWrapping(True)
        self.labels.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.labels.setSpacing(2)
        self.labels.setFixedHeight(LABEL_ROWS * (self.labels.fontMetrics().height() + 6) + 12)
        self.label_mode = QComboBox()
        self.label_mode.addItem(self.tr("Any of the ticked labels"), "any")
        self.label_mode.addItem(self.tr("All of the ticked labels"), "all")
        self.contacted_on, self.purchased_on = QCheckBox(self.tr("Contacted since")), QCheckBox(self.tr("Bought since"))
        self.contacted, self.purchased = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        for edit in (self.contacted, self.purchased):
            edit.setDisplayFormat("dd/MM/yyyy")  # the shop's own date order, with the full year
            edit.setDate(QDate.currentDate().addMonths(-3))
            edit.setDisplayFormat("dd/MM/yyyy")  # 4-digit year in every language
        self.counts = QLabel()
        set_role(self.counts, "card-title")
        self.counts.setWordWrap(True)
        self.samples = WhatsAppPreview()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(self.tr("Create and start sending"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.start_button.setProperty("primary", True)
        self.setStyleSheet(DISABLED_PRIMARY)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=300)  # preview once typing pauses
        self._timer.timeout.connect(self.update_preview)
        for signal in (self.text.textChanged, self.label_mode.currentIndexChanged, self.labels.itemChanged,
                       self.product.changed,
                       self.contacted_on.toggled, self.purchased_on.toggled, self.contacted.dateChanged,
                       self.purchased.dateChanged):  # fmt: skip
            signal.connect(self._timer.start)
        self._layout()
        self._load()

    def _layout(self) -> None:
        form = QFormLayout()
        name = QVBoxLayout()
        name.setSpacing(2)
        name.addWidget(self.name)
        name.addWidget(self.name_error)
        form.addRow(self.tr("Name"), name)
        form.addRow(self.tr("Start from"), self.from_reply)
        form.addRow(self.tr("Message"), self.text)
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Labels"), self.labels)
        form.addRow("", self.label_mode)
        for check, edit in ((self.contacted_on, self.contacted), (self.purchased_on, self.purchased)):
            form.addRow(check, edit)
        consent = QLabel(self.tr("Only customers who agreed to receive messages are included."))
        set_role(consent, "muted")
        consent.setWordWrap(True)
        form.addRow("", consent)
        right = QVBoxLayout()
        right.addWidget(self.counts)
        right.addWidget(self.samples, 1)
        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _services(self) -> Services:
        assert self.context.services is not None
        return self.context.services

    def _load(self) -> None:
        svc = self._services()
        self.context.run(lambda: (svc.quick_replies.list(), svc.labels.labels()), self._loaded)

    def _loaded(self, result: tuple[list[Any], list[Any]]) -> None:
        replies, labels = result
        for reply in replies:
            self.from_reply.addItem(f"/{reply.shortcut} — {reply.title}", reply.body)
        for label in labels:
            item = QListWidgetItem(label.name)
            item.setData(Qt.ItemDataRole.UserRole, label.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.labels.addItem(item)
        self.update_preview()

    def _reply_chosen(self) -> None:
        body = self.from_reply.currentData()
        if body:
            self.text.setPlainText(body)

    def _utc(self, edit: QDateEdit) -> datetime:
        local = datetime.combine(edit.date().toPython(), time(0), shop_tz(self.context.timezone))
        return local.astimezone(UTC).replace(tzinfo=None)

    def recipient_filter(self) -> RecipientFilter:
        from merchant_desk.services.broadcast_select import RecipientFilter

        ticked = tuple(
            int(self.labels.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.labels.count())
            if self.labels.item(i).checkState() == Qt.CheckState.Checked
        )
        return RecipientFilter(
            ticked, self.label_mode.currentData(),
            contacted_since=self._utc(self.contacted) if self.contacted_on.isChecked() else None,
            purchased_since=self._utc(self.purchased) if self.purchased_on.isChecked() else None,
        )  # fmt: skip

    def update_preview(self) -> None:
        template = self.text.toPlainText()
        problem = problem_text(template)
        if problem or not template.strip():
            self.error.show_message(problem or None)
            self.samples.show_problem(problem or self.tr("Write the message to see it as customers will."))
            return
        svc, flt, product_id = self._services(), self.recipient_filter(), self.product.product_id
        self.context.run(
            lambda: svc.broadcasts.preview(template, flt, 3, svc.actor, product_id), self._previewed, self._failed
        )

    def _previewed(self, preview: Preview) -> None:
        self.error.show_message(None)
        parts = [self.tr("%n recipient(s)", "", preview.recipients),
                 self.tr("%n left out: no consent", "", preview.excluded_no_consent)]  # fmt: skip
        if preview.excluded_no_phone:  # rare: said only when it happens
            parts.append(self.tr("%n left out: no WhatsApp number", "", preview.excluded_no_phone))
        self.counts.setText(" · ".join(parts))
        self.samples.show_message("\n\n".join(f"→ {name}\n{text}" for name, text in preview.samples))
        self.start_button.setEnabled(preview.recipients > 0)

    def _flag_name(self, message: str | None) -> None:
        mark_invalid(self.name, bool(message))
        self.name_error.show_message(message)

    def create(self) -> None:
        svc, flt, product_id = self._services(), self.recipient_filter(), self.product.product_id
        name, template = self.name.text(), self.text.toPlainText()
        if not name.strip():  # said beside the field at once, before the service would refuse it
            self._flag_name(self.tr("Give the broadcast a name, e.g. Promo Gajian."))
            self.name.setFocus()
            return

        def work() -> BroadcastInfo:
            info, _changes = svc.broadcasts.create(svc.actor, name, template, flt, product_id)
            svc.broadcasts.start(svc.actor, info.id)
            return info

        self.context.run(work, self._created, self._failed, write=True)

    def _created(self, info: BroadcastInfo) -> None:
        from merchant_desk.core.changes import Changes

        self.created = info  # the caller opens its queue
        self.context.publish(Changes(replies=True, audit=True), self)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        if isinstance(error, ValidationError) and error.problems:
            problems = dict(error.problems)
            if "name" in problems:
                self._flag_name(tr_core(problems.pop("name")))
            text = " ".join(tr_core(p) for p in problems.values())
        elif isinstance(error, MissingValues):
            text = self.missing_text(error.names)
        else:
            text = error_text(error)
        self.error.show_message(text or None)
        if text:
            self.counts.setText("")
            self.samples.show_problem(text)

    def missing_text(self, names: tuple[str, ...]) -> str:
        """Why a placeholder cannot be filled, and what the merchant can do about it here."""
        shown = ", ".join(f"{{{n}}}" for n in names)
        if set(names) <= PRODUCT_PLACEHOLDERS and self.product.product_id is None:
            return self.tr("Choose a product (under Product) to fill %1, or take it out of the message.").replace(
                "%1", shown
            )
        if set(names) <= PRODUCT_PLACEHOLDERS:
            return self.tr("The chosen product has nothing for %1: take it out of the message.").replace("%1", shown)
        return self.tr(
            "Not every recipient has a value for %1: take it out of the message or choose recipients who have one."
        ).replace("%1", shown)
