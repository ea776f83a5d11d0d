"""The Inbox tab: conversations with filters and search, the chat thread with its composer, the customer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.changes import Changes
from merchant_desk.ui.base_tab import BaseTab
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.composer import Composer
from merchant_desk.ui.inbox.conversation_delegate import ConversationDelegate
from merchant_desk.ui.inbox.conversation_model import ConversationModel
from merchant_desk.ui.inbox.customer_panel import CustomerPanel
from merchant_desk.ui.inbox.filter_bar import FilterBar
from merchant_desk.ui.inbox.open_conversation import OpenConversationMixin
from merchant_desk.ui.inbox.search_results import SearchResults
from merchant_desk.ui.inbox.tab_actions import InboxActionsMixin
from merchant_desk.ui.inbox.texts import counted
from merchant_desk.ui.inbox.thread_view import ThreadHeader, ThreadPane
from merchant_desk.ui.inbox.unread_title import UnreadTitle
from merchant_desk.ui.replies.inbox_hooks import InboxExtras
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.core.shop import StaffMember
    from merchant_desk.services.hub import Services
    from merchant_desk.services.inbox_rows import ConversationRow, InboxCounts
    from merchant_desk.services.label_service import LabelInfo

SPLITTER_KEY = "inbox/splitter"
LIST, RESULTS = range(2)


class InboxTab(InboxActionsMixin, OpenConversationMixin, BaseTab):
    TITLE = QT_TRANSLATE_NOOP("InboxTab", "Inbox")
    AREAS = ("inbox", "labels")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.settings = QSettings(str(context.paths.data_dir / "window.ini"), QSettings.Format.IniFormat)
        self.current: ConversationRow | None = None
        self._search_generation = self.search_answered = 0  # searches asked for and answered (benchmarks wait)
        self.labels: list[LabelInfo] = []
        self.staff: list[StaffMember] = []
        self.model = ConversationModel(context, self)
        self.model.loaded.connect(self._on_loaded)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # DESIGN.md §8.3: 40,000 rows laid out without measuring each
        self.list.setItemDelegate(ConversationDelegate(self.list))
        self.list.setMouseTracking(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.verticalScrollBar().setSingleStep(26)
        self.list.setStyleSheet("QListView { border: none; border-radius: 0; }")
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filter)
        self.filters.search_changed.connect(self.run_search)
        self.results = SearchResults()
        self.results.itemActivated.connect(self.open_hit)
        self.results.itemClicked.connect(self.open_hit)
        self.left_stack = QStackedWidget()
        self.left_stack.addWidget(self.list)
        self.left_stack.addWidget(self.results)
        self.thread = ThreadPane(context)
        self.thread.shown.connect(self._thread_shown)
        self._read_when_shown: int | None = None
        self._drafts: dict[int, str] = {}  # unsent replies of conversations not shown now
        self.composer = Composer(self.settings)
        self.composer.send_requested.connect(self.send_reply)
        self.composer.copy_requested.connect(self.reply_copied)
        self.panel = CustomerPanel(context)
        self.panel.changed.connect(self.after_write)
        self._build_header()
        self._layout()
        self.extras = InboxExtras(self)  # quick-reply picker, suggestions, reminders (issue 5)
        self.build_shortcuts()
        self.retranslate()
        if context.services is not None:
            self.refresh()
        QTimer.singleShot(0, self._title_count)  # once the window has put the tab in its tab bar

    def _title_count(self) -> None:
        """Unread conversations on the tab's title; the window's keeper if it started one before this tab."""
        tabs = self.parentWidget()
        while tabs is not None and not isinstance(tabs, QTabWidget):
            tabs = tabs.parentWidget()
        if tabs is not None:
            UnreadTitle.of(self.context, tabs, tabs.indexOf(self))

    # -- building -------------------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.header = ThreadHeader()
        self.resolve_button, self.subtitle = self.header.resolve_button, self.header.subtitle
        self.resolve_button.clicked.connect(self.toggle_resolved)

    def _layout(self) -> None:
        self.count_label = QLabel()
        set_role(self.count_label, "muted")
        self.import_button, self.labels_button, self.rules_button = QPushButton(), QPushButton(), QPushButton()
        self.import_button.clicked.connect(self.import_chat)
        self.labels_button.clicked.connect(self.edit_labels)
        self.rules_button.clicked.connect(self.edit_rules)
        top = self.top_bar = QHBoxLayout()
        top.addWidget(self.count_label)
        top.addStretch()
        for button in (self.rules_button, self.labels_button, self.import_button):
            top.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.left_stack, 1)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(0)
        middle_layout.addWidget(self.header)
        middle_layout.addWidget(self.thread, 1)
        middle_layout.addWidget(self.composer)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, middle, self.panel):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        saved = self.settings.value(SPLITTER_KEY)
        if saved is None or not self.splitter.restoreState(saved):
            self.splitter.setSizes([340, 640, 280])
        self.splitter.splitterMoved.connect(lambda *_: self.settings.setValue(SPLITTER_KEY, self.splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import WhatsApp chat…"))
        self.import_button.setToolTip(self.tr('Bring in a chat from WhatsApp\'s "Export chat" (.txt or .zip)'))
        self.labels_button.setText(self.tr("Labels…"))
        self.rules_button.setText(self.tr("Rules…"))
        self.rules_button.setToolTip(self.tr("Keyword rules that label incoming messages"))
        self.composer.retranslate()
        if hasattr(self, "extras"):
            self.extras.retranslate()
        self._show_header()
        self._update_count()

    # -- loading --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        services = self.context.services
        if services is None:
            return

        def load(svc: Services = services) -> tuple[list[LabelInfo], list[StaffMember]]:
            return svc.labels.labels(), svc.staff.list()

        self.context.run(load, self._meta_arrived)
        self.apply_filter()
        self._reload_current()

    def _meta_arrived(self, meta: tuple[list[LabelInfo], list[StaffMember]]) -> None:
        self.labels, self.staff = meta
        self.model.labels = {label.id: (label.name, label.color) for label in self.labels}
        self.filters.set_meta(self.labels, self.staff)
        self.panel.set_meta(self.labels, self.staff)
        self.list.viewport().update()

    def apply_filter(self) -> None:
        from merchant_desk.services.inbox_rows import InboxFilter

        self.model.set_filter(self.filters.inbox_filter(InboxFilter()))
        self.load_counts()

    def load_counts(self) -> None:
        services, flt = self.context.services, self.model.filter
        if services is not None and flt is not None:
            self.context.run(lambda: services.inbox.counts(flt), self._counts_arrived)

    def _counts_arrived(self, counts: InboxCounts) -> None:
        self.filters.show_counts(counts)

    def _on_loaded(self) -> None:
        self._update_count()
        if self.current is not None:
            row = self.model.row_of(self.current.id)
            if row is not None and self.model.reveal(row):  # the reset dropped the selection: put it back
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )

    def _update_count(self) -> None:
        if not self.model.is_loaded:
            self.count_label.setText(self.tr("Loading conversations…"))
            return
        n = len(self.model.ids)
        self.count_label.setText(counted(self.tr("%n conversation(s)", "", n), n))

    def _reload_current(self) -> None:
        services, conv = self.context.services, self.current
        if services is None or conv is None:
            return
        self.context.run(lambda: services.inbox.conversation_rows([conv.id]), self._current_reloaded)

    def _current_reloaded(self, rows: list[ConversationRow]) -> None:
        if not rows or self.current is None or rows[0].id != self.current.id:
            return
        old, self.current = self.current, rows[0]
        self.panel.show_conversation(self.current)
        self._show_header()
        if old.last_message_at != self.current.last_message_at and not self.thread.has_newer:
            # A new message in the conversation being read: show the newest page, and it counts as read.
            self._read_when_shown = self.current.id
            self.thread.open(self.current.id, self.current.is_group)

    def after_write(self, changes: Changes) -> None:
        """Publishes our own change to the other tabs and brings this tab's list, counts and panel up to date."""
        if isinstance(changes, Changes) and changes.any():
            self.context.publish(changes, self)
        self.model.reload()
        self.load_counts()
        self._reload_current()
