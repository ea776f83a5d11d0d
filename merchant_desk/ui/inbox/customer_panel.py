"""The customer panel beside the thread: who this is, labels, notes, broadcast consent, status and assignee.

Every edit is saved through the services on the write lane (customer_edits); ``changed`` carries the Changes
for the tab to publish (and to update the conversation list without waiting for a reload).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.phones import display_phone
from merchant_desk.core.timezones import format_shop_datetime
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.chips import ChipsWidget
from merchant_desk.ui.inbox.customer_edits import CustomerPanelEdits, NotesEdit
from merchant_desk.ui.inbox.customer_merge_dialog import records_denied
from merchant_desk.ui.inbox.texts import STATUS_LABELS, status_label
from merchant_desk.ui.orders.customer_orders_widget import CustomerOrdersWidget
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.core.shop import StaffMember
    from merchant_desk.services.customer_service import CustomerInfo
    from merchant_desk.services.inbox_rows import ConversationRow
    from merchant_desk.services.label_service import LabelInfo


class CustomerPanel(CustomerPanelEdits, QScrollArea):
    changed = Signal(object)  # Changes

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.conversation: ConversationRow | None = None
        self.customer: CustomerInfo | None = None
        self.labels: list[LabelInfo] = []
        self.staff: list[StaffMember] = []
        self._loading = False
        body = QWidget()
        body.setObjectName("panelBody")
        self.name, self.phone, self.handles = QLabel(), QLabel(), QLabel()
        set_role(self.name, "heading")
        self.name.setWordWrap(True)
        for label in (self.phone, self.handles):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.handles, "muted")
        self.edit_button = QPushButton(clicked=lambda: self.edit_customer())
        self.more_button = QPushButton()  # with a menu, like "Edit labels"
        self.more_menu = QMenu(self.more_button)
        self.merge_action = self.more_menu.addAction("", self._merge_customer)
        self.trash_action = self.more_menu.addAction("", self._trash_customer)
        self.more_menu.setToolTipsVisible(True)  # a refused action says why
        self.more_button.setMenu(self.more_menu)
        context.signed_in.connect(self._show_rights)
        self.customer_actions = QWidget()
        actions = QHBoxLayout(self.customer_actions)
        actions.setContentsMargins(0, 4, 0, 0)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.more_button)
        actions.addStretch(1)
        self.status = QComboBox()
        for key in STATUS_LABELS:
            self.status.addItem(status_label(key), key)
        self.status.activated.connect(self._status_chosen)
        self.assignee = QComboBox()
        self.assignee.activated.connect(self._assignee_chosen)
        self.chips = ChipsWidget()
        self.label_button = QPushButton()
        self.label_menu = QMenu(self.label_button)
        self.label_menu.triggered.connect(self._label_toggled)
        self.label_button.setMenu(self.label_menu)
        self.notes = NotesEdit()
        self.notes.setFixedHeight(90)
        self.notes.left.connect(self._save_notes)
        self.consent = QCheckBox()
        self.consent.clicked.connect(self._consent_clicked)
        self.consent_detail = QLabel()
        self.consent_detail.setWordWrap(True)
        set_role(self.consent_detail, "muted")
        self.first_contact, self.last_contact = QLabel(), QLabel()
        self.section_titles = [QLabel() for _ in range(4)]
        for title in self.section_titles:
            set_role(title, "card-title")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.status_caption, self.assignee_caption = QLabel(), QLabel()
        form.addRow(self.status_caption, self.status)
        form.addRow(self.assignee_caption, self.assignee)
        self.contact = QWidget()
        contact = QFormLayout(self.contact)
        contact.setContentsMargins(0, 0, 0, 0)
        self.first_caption, self.last_caption = QLabel(), QLabel()
        contact.addRow(self.first_caption, self.first_contact)
        contact.addRow(self.last_caption, self.last_contact)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(6)
        for widget in (self.name, self.phone, self.handles, self.customer_actions):
            layout.addWidget(widget)
        layout.addSpacing(10)
        layout.addWidget(self.section_titles[0])
        layout.addLayout(form)
        layout.addSpacing(10)
        layout.addWidget(self.section_titles[1])
        layout.addWidget(self.chips)
        layout.addWidget(self.label_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(10)
        layout.addWidget(self.section_titles[2])
        layout.addWidget(self.notes)
        layout.addSpacing(10)
        layout.addWidget(self.section_titles[3])
        layout.addWidget(self.consent)
        layout.addWidget(self.consent_detail)
        layout.addSpacing(10)
        layout.addWidget(self.contact)
        self.orders = CustomerOrdersWidget(context)  # orders and points (the orders package owns it)
        layout.addSpacing(10)
        layout.addWidget(self.orders)
        layout.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QScrollArea, #panelBody { background: white; }")
        self.empty = QLabel(self.viewport())  # over the hidden body: a blank third of the window looked broken
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        set_role(self.empty, "muted")
        self.retranslate()
        self.show_conversation(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.empty.setGeometry(self.viewport().rect().adjusted(24, 0, -24, 0))

    def minimumSizeHint(self) -> QSize:
        # A scroll area's own minimum is tiny, so the splitter squeezed the panel below what its sections need
        # and it scrolled sideways; at least the body's width plus the vertical scroll bar keeps it whole.
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        needed = body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), needed), hint.height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        titles = (self.tr("Conversation"), self.tr("Labels"), self.tr("Notes"), self.tr("Broadcasts"))
        for label, text in zip(self.section_titles, titles, strict=True):
            label.setText(text.upper())
        self.status_caption.setText(self.tr("Status"))
        self.assignee_caption.setText(self.tr("Assigned to"))
        self.label_button.setText(self.tr("Edit labels"))
        self.empty.setText(self.tr("The customer's details, labels, notes and orders appear here."))
        self.edit_button.setText(self.tr("Edit customer…"))
        self.more_button.setText(self.tr("More"))
        self.merge_action.setText(self.tr("Merge with another customer…"))
        self.trash_action.setText(self.tr("Move customer to the trash…"))
        self.notes.setPlaceholderText(self.tr("Sizes, address, preferences… (saved when you leave the field)"))
        self.consent.setText(self.tr("Agreed to receive broadcasts"))
        self.first_caption.setText(self.tr("First contact"))
        self.last_caption.setText(self.tr("Last contact"))
        for i, key in enumerate(STATUS_LABELS):
            self.status.setItemText(i, status_label(key))

    def add_section(self, widget: QWidget) -> None:
        """Another package's section (issue 5's "Waiting for"), below the orders."""
        layout = self.widget().layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertSpacing(layout.count() - 1, 10)  # before the closing stretch
        layout.insertWidget(layout.count() - 1, widget)

    # -- showing --------------------------------------------------------------------------------------

    def set_meta(self, labels: list[LabelInfo], staff: list[StaffMember]) -> None:
        self.labels, self.staff = labels, staff
        self.assignee.clear()
        self.assignee.addItem(self.tr("Nobody"), None)
        for member in staff:
            self.assignee.addItem(member.name, member.id)
        if self.conversation is not None:
            self._fill_conversation(self.conversation)

    def show_conversation(self, conv: ConversationRow | None) -> None:
        """Shows a conversation's customer; the customer's details load in the background."""
        previous = self.customer.id if self.customer else None
        self.conversation = conv
        self.setEnabled(conv is not None)
        self.widget().setVisible(conv is not None)  # nothing to show beside an empty thread
        self.empty.setVisible(conv is None)
        if conv is None:
            self.customer = None
            self.name.setText(self.tr("No conversation chosen"))
            for label in (self.phone, self.handles, self.first_contact, self.last_contact, self.consent_detail):
                label.clear()
            self.chips.set_chips(())
            self.notes.clear()
            self.orders.show_customer(None, None)
            return
        self._fill_conversation(conv)
        services = self.context.services
        if conv.customer_id is None or services is None:
            self.customer = None
            self._show_customer(None)
        elif conv.customer_id != previous or self.customer is None:
            cid = conv.customer_id
            self.context.run(lambda: services.customers.get(cid), self._customer_arrived)

    def _fill_conversation(self, conv: ConversationRow) -> None:
        self._loading = True
        self.status.setCurrentIndex(max(0, self.status.findData(conv.status)))
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(conv.assigned_staff_id)))
        by_id = {label.id: label for label in self.labels}
        self.chips.set_chips(
            tuple((by_id[i].name, by_id[i].color) for i in conv.label_ids if i in by_id), self.tr("No labels")
        )
        self.label_menu.clear()
        for label in self.labels:
            action = QAction(label.name, self.label_menu)
            action.setCheckable(True)
            action.setChecked(label.id in conv.label_ids)
            action.setData(label.id)
            self.label_menu.addAction(action)
        self._loading = False

    def _customer_arrived(self, info: CustomerInfo) -> None:
        if self.conversation is None or self.conversation.customer_id != info.id:
            return  # another conversation was chosen meanwhile
        self.customer = info
        self._show_customer(info)

    def _show_customer(self, info: CustomerInfo | None) -> None:
        conv, zone = self.conversation, self.context.timezone
        assert conv is not None
        self.orders.show_customer(info.id if info else None, conv.id, info.name if info else "")
        self.name.setText(info.name if info else conv.title)
        if info is None:
            self.phone.setText(self.tr("Group chat") if conv.is_group else self.tr("No phone number"))
            for label in (self.handles, self.first_contact, self.last_contact, self.consent_detail):
                label.clear()
            self.notes.clear()
            self._show_customer_parts(False)
            return
        self._show_customer_parts(True)
        self._show_rights()
        self.phone.setText(display_phone(info.phone) if info.phone else self.tr("No phone number"))
        handles = [f"Instagram @{info.instagram.lstrip('@')}" if info.instagram else "", info.other_handle or ""]
        self.handles.setText(" · ".join(h for h in handles if h))
        self.handles.setVisible(bool(self.handles.text()))
        if not self.notes.hasFocus():
            self.notes.setPlainText(info.notes or "")
        self.consent.setChecked(info.consent)
        if info.consent_at is not None:
            when = format_shop_datetime(info.consent_at, zone)
            text = self.tr("Agreed %1") if info.consent else self.tr("Withdrawn %1")
            source = f" · {info.consent_source}" if info.consent_source else ""
            self.consent_detail.setText(text.replace("%1", when) + source)
        else:
            self.consent_detail.setText(self.tr("Never asked"))
        none = self.tr("unknown")
        self.first_contact.setText(format_shop_datetime(info.first_contact_at, zone) if info.first_contact_at else none)
        self.last_contact.setText(format_shop_datetime(info.last_contact_at, zone) if info.last_contact_at else none)

    def _show_rights(self) -> None:
        """Merge and trash stay visible but disabled, with the reason, for a profile that may not do them."""
        denied = records_denied(self.context)
        for action in (self.merge_action, self.trash_action):
            action.setEnabled(not denied)
            action.setToolTip(denied or action.text())

    def _show_customer_parts(self, visible: bool) -> None:
        """Groups (and conversations without a customer) have no notes, consent or contact times."""
        for widget in (*self.section_titles[2:], self.notes, self.consent, self.consent_detail, self.contact,
                       self.customer_actions):  # fmt: skip
            widget.setVisible(visible)
