"""The Quick Replies tab: the shop's replies (most used first, searchable) beside their editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError, ValidationError
from merchant_desk.services.quick_reply_service import QuickReplyDraft, QuickReplyInfo
from merchant_desk.ui.base_tab import BaseTab
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.error_dialog import show_user_error
from merchant_desk.ui.replies import reply_model as rm
from merchant_desk.ui.replies.reply_editor import ReplyEditor
from merchant_desk.ui.replies.reply_transfer import ReplyTransfer
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.services.hub import Services


class QuickRepliesTab(ReplyTransfer, BaseTab):
    TITLE = QT_TRANSLATE_NOOP("QuickRepliesTab", "Quick replies")
    AREAS = ("replies",)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.loaded_once = False
        self._select_after: int | None = None
        self.model = rm.ReplyModel(context.timezone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)  # one line per reply; the tooltip holds the whole text
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(rm.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (rm.COL_SHORTCUT, rm.COL_CATEGORY, rm.COL_USED, rm.COL_LAST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_filter)
        self.count_label = QLabel()
        set_role(self.count_label, "muted")
        self.editor = ReplyEditor(context)
        self.editor.save_requested.connect(self.save)
        self.editor.delete_requested.connect(self.delete_current)
        self.new_button = QPushButton()
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_reply)
        self.build_transfer_buttons()
        self._layout()
        self.retranslate()
        if context.services is not None:
            self.refresh()

    def _layout(self) -> None:
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.search, 1)
        toolbar.addWidget(self.new_button)
        for button in self.transfer_buttons():
            toolbar.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([620, 640])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search shortcut, title or text…"))
        self.new_button.setText(self.tr("New reply"))
        self.retranslate_transfer()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n quick reply(s)", "", self.model.total()))

    # -- loading --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        services = self.context.services
        if services is None:
            return
        first = not self.loaded_once
        actor = services.actor

        def load(svc: Services = services) -> tuple[list[QuickReplyInfo], Changes]:
            # The first time the tab opens on a shop with no replies, it offers the starter set once.
            changes = svc.quick_replies.ensure_starter_set(actor) if first else Changes()
            return svc.quick_replies.list(), changes

        self.context.run(load, self._loaded, write=first)

    def _loaded(self, result: tuple[list[QuickReplyInfo], Changes]) -> None:
        replies, changes = result
        self.loaded_once = True
        self.context.publish(changes, self)
        current = self.editor.reply.id if self.editor.reply else None
        wanted = self._select_after if self._select_after is not None else current
        self._select_after = None
        self.model.timezone = self.context.timezone
        self.model.set_replies(replies)
        self._update_count()
        categories = sorted({r.category for r in replies if r.category})
        self.editor.category.clear()
        self.editor.category.addItems(categories)
        row = self.model.row_of(wanted) if wanted is not None else (0 if replies else -1)
        if row >= 0:
            self.table.selectRow(row)
            self._row_changed(self.model.index(row, 0), QModelIndex())
        else:
            self.editor.load(None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        reply = self.model.reply_at(current.row()) if current.isValid() else None
        if reply is not None and (self.editor.reply is None or self.editor.reply != reply):
            self.editor.load(reply)

    # -- editing --------------------------------------------------------------------------------------

    def new_reply(self) -> None:
        self.table.clearSelection()
        self.editor.load(None)
        self.editor.shortcut.setFocus()

    def save(self, draft: QuickReplyDraft) -> None:
        services = self.context.services
        assert services is not None
        reply = self.editor.reply

        def work(svc: Services = services) -> tuple[int, Any]:
            if reply is None:
                info, changes = svc.quick_replies.create(svc.actor, draft)
                return info.id, changes
            return reply.id, svc.quick_replies.update(svc.actor, reply.id, draft)

        self.context.run(work, self._saved, self._failed, write=True)

    def _saved(self, result: tuple[int, Any]) -> None:
        reply_id, changes = result
        self.editor.show_problems({})
        self._select_after = reply_id
        self.editor.reply = None  # reloaded from the service: the list shows what was stored
        self.context.publish(changes, self)
        self.refresh()

    def delete_current(self) -> None:
        reply = self.editor.reply
        services = self.context.services
        if reply is None or services is None:
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Delete quick reply"), self.tr("Delete the quick reply /%1?").replace("%1", reply.shortcut)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.run(
            lambda svc=services: svc.quick_replies.delete(svc.actor, reply.id), self._deleted, self._failed, write=True
        )

    def _deleted(self, changes: Any) -> None:
        self.editor.reply = None
        self.context.publish(changes, self)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and error.problems:
            self.editor.show_problems(error.problems)
        elif isinstance(error, UserError):
            show_user_error(self, error)
        else:
            raise error
