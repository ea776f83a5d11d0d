"""The thread pane: a list view of bubbles over the loaded pages, older pages fetched at the top.

Switching conversations fetches one page (100 messages) and lays out only those rows, so a conversation of
5,000 messages opens as fast as one of 50; a page arriving for a conversation no longer shown is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.phones import display_phone
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.attachment_images import AttachmentImages
from merchant_desk.ui.inbox.bubble_delegate import WALLPAPER, BubbleDelegate
from merchant_desk.ui.inbox.texts import status_label
from merchant_desk.ui.inbox.thread_model import Item, ThreadModel, build_items
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.services.inbox_rows import ConversationRow, Cursor, MessageRow, ThreadPage

PAGE = 100  # messages per older/newer page
FIRST_PAGE = 50  # the page a switch waits for: a few screens, half the bubbles to measure
EDGE = 120  # px from the top (or bottom) at which the next page is fetched
HIGHLIGHT_MS = 2500


class ThreadHeader(QWidget):
    """Above the bubbles: who the conversation is with, their number and status, and Resolve / Reopen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.subtitle = QLabel(), QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600; color: #1F2C33;")
        set_role(self.subtitle, "muted")
        self.resolve_button = QPushButton()
        self.setObjectName("threadHeader")
        self.setStyleSheet("#threadHeader { background: #F0F2F5; border-bottom: 1px solid #E3E8EC; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 12, 8)
        row.addLayout(names, 1)
        row.addWidget(self.resolve_button)

    def show_conversation(self, conv: ConversationRow | None) -> None:
        self.setVisible(conv is not None)
        if conv is None:
            return
        self.title.setText(conv.title or conv.customer_name or "")
        parts = [display_phone(conv.customer_phone) if conv.customer_phone else ""]
        parts.append(self.tr("Group chat") if conv.is_group else "")
        parts.append(status_label(conv.status))
        self.subtitle.setText(" · ".join(p for p in parts if p))
        resolved = conv.status == "resolved"
        self.resolve_button.setText(self.tr("Reopen") if resolved else self.tr("Resolve"))
        self.resolve_button.setToolTip(self.tr("Mark this conversation resolved or open again (Alt+E)"))


class ThreadView(QListView):
    def __init__(self, images: AttachmentImages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bubbles = BubbleDelegate(images, self)
        self.setItemDelegate(self.bubbles)
        self.setUniformItemSizes(False)  # bubbles differ; the delegate caches each one's size per width
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(f"QListView {{ background: {WALLPAPER.name()}; border: none; border-radius: 0; }}")
        self.bubbles.set_font(self.font())
        images.ready.connect(self.viewport().update)
        # Set by the pane: a page opened around a search hit is not "at the bottom" of the chat.
        self.showing_newest: Callable[[], bool] = lambda: True

    def resizeEvent(self, event: QResizeEvent) -> None:
        bar = self.verticalScrollBar()
        # A short chat (no scroll range yet) counts as at the bottom too: when the FAQ suggestion bar appears
        # and squeezes it, its newest message, the question being answered, must stay in sight.
        at_bottom = bar.value() >= bar.maximum() - 4 and (bar.maximum() > 0 or self.showing_newest())
        if event.size().width() == event.oldSize().width():
            # Only the height changed (the suggestion bar, the composer's note): the rows keep their places, so
            # the scroll range is set now. QListView would lay every row out again 100 ms later, and until then
            # a chat at its newest message was painted scrolled up, the question being answered under the bar.
            QAbstractItemView.resizeEvent(self, event)
        else:
            super().resizeEvent(event)
        if at_bottom:  # a chat stays pinned to its newest message while the window or suggestion bar resizes it
            bar.setValue(bar.maximum())
            QTimer.singleShot(0, self, self.scrollToBottom)  # again after any relayout; dropped if the view goes

    def layout_now(self) -> None:
        """Lays out pending rows immediately, so scroll positions can be kept across an insertion."""
        self.executeDelayedItemsLayout()


class ThreadPane(QWidget):
    """Header, bubbles and page loading for the conversation being shown."""

    shown = Signal(int)  # conversation id whose first page is now on screen

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.images = AttachmentImages(context, parent=self)
        self.model = ThreadModel(self)
        self.view = ThreadView(self.images)
        self.view.showing_newest = lambda: not self.has_newer
        self.view.setModel(self.model)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"background: {WALLPAPER.name()}; color: #667781; font-size: 12pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.is_group = False
        self.older: Cursor | None = None
        self.newer: Cursor | None = None
        self.has_older = self.has_newer = False
        self.loading = False
        self.pages_loaded = 0  # tests check paging
        self._generation = 0
        self._highlight_timer = QTimer(self, singleShot=True, interval=HIGHLIGHT_MS)
        self._highlight_timer.timeout.connect(self._clear_highlight)
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.show_placeholder()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.empty.isVisible():
            self.show_placeholder()
        super().changeEvent(event)

    def show_placeholder(self) -> None:
        self._generation += 1
        self.model.reset(None, [])
        self.empty.setText(self.tr("Choose a conversation to read it here."))
        self.view.hide()
        self.empty.show()

    @property
    def conversation_id(self) -> int | None:
        return self.model.conversation_id

    # -- loading --------------------------------------------------------------------------------------

    def open(self, conversation_id: int, is_group: bool, around_message: int | None = None) -> None:
        """Shows the newest page of a conversation, or the page around ``around_message`` (a search hit)."""
        services = self.context.services
        if services is None:
            return
        self._generation += 1
        generation, zone, data_dir = self._generation, self.context.timezone, self.context.paths.data_dir
        self.is_group, self.loading = is_group, True

        def load() -> tuple[ThreadPage, list[Item]]:
            if around_message is None:
                page = services.inbox.thread(conversation_id, limit=FIRST_PAGE)
            else:
                page = services.inbox.thread_around(around_message, limit=PAGE)
            return page, build_items(page.messages, zone, is_group, data_dir)

        self.context.run(
            load,
            lambda result: self._first_page(generation, conversation_id, around_message, *result),
            lambda error: self._failed(generation, error),
        )

    def _first_page(
        self, generation: int, conversation_id: int, around: int | None, page: ThreadPage, items: list[Item]
    ) -> None:
        if generation != self._generation:
            return  # the merchant moved on to another conversation meanwhile
        self.pages_loaded = 1
        self.older, self.newer, self.has_older, self.has_newer = page.older, page.newer, page.has_older, page.has_newer
        self.model.reset(conversation_id, items)
        self.empty.hide()
        self.view.show()
        row = self.model.row_of_message(around) if around is not None else None
        if row is None:
            self.view.scrollToBottom()
        else:
            self.view.scrollTo(self.model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
            self.view.bubbles.highlight = ("m", around)  # type: ignore[assignment]
            self._highlight_timer.start()
        # Still "loading" until positioned: the scroll bar's moves during the reset must not fetch more pages.
        self.loading = False
        self.shown.emit(conversation_id)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
        raise error  # a bug or a vanished conversation: logged and shown by the excepthook

    def _scrolled(self, value: int) -> None:
        if self.loading or self.model.conversation_id is None:
            return
        bar = self.view.verticalScrollBar()
        if bar.maximum() <= 0:
            return  # not laid out yet (or everything fits): nothing was scrolled
        if value <= EDGE and self.has_older:
            self.load_older()
        elif value >= bar.maximum() - EDGE and self.has_newer:
            self.load_newer()

    def load_older(self) -> None:
        self._load_more(older=True)

    def load_newer(self) -> None:
        self._load_more(older=False)

    def _load_more(self, *, older: bool) -> None:
        services, cid = self.context.services, self.model.conversation_id
        cursor = self.older if older else self.newer
        if services is None or cid is None or cursor is None or self.loading:
            return
        self.loading = True
        generation, zone, data_dir, is_group = (
            self._generation,
            self.context.timezone,
            self.context.paths.data_dir,
            self.is_group,
        )
        after_day = None if older else self.model.last_day()

        def load() -> tuple[ThreadPage, list[Item]]:
            page = (
                services.inbox.thread(cid, before=cursor, limit=PAGE)
                if older
                else services.inbox.thread(cid, after=cursor, limit=PAGE)
            )
            return page, build_items(page.messages, zone, is_group, data_dir, after_day)

        self.context.run(
            load, lambda result: self._more_arrived(generation, older, *result), lambda e: self._failed(generation, e)
        )

    def _more_arrived(self, generation: int, older: bool, page: ThreadPage, items: list[Item]) -> None:
        if generation != self._generation:
            return
        self.pages_loaded += 1
        bar = self.view.verticalScrollBar()
        if older:
            self.older, self.has_older = page.older, page.has_older
            before_max, before_value = bar.maximum(), bar.value()
            self.model.prepend(items)
            self.view.layout_now()
            bar.setValue(before_value + bar.maximum() - before_max)  # the message being read stays put
        else:
            self.newer, self.has_newer = page.newer, page.has_newer
            self.model.append(items)
        self.loading = False

    def add_sent(self, message: MessageRow) -> None:
        """Shows a reply just recorded, at the bottom (jumping to the newest page if an older one is shown)."""
        if message.conversation_id != self.model.conversation_id:
            return
        if self.has_newer:
            self.open(message.conversation_id, self.is_group)
            return
        items = build_items(
            (message,), self.context.timezone, self.is_group, self.context.paths.data_dir, self.model.last_day()
        )
        self.model.append(items)
        self.newer = (message.sent_at, message.id)
        self.view.scrollToBottom()

    def _clear_highlight(self) -> None:
        self.view.bubbles.highlight = None
        self.view.viewport().update()
