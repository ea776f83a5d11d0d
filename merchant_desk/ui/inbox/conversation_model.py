"""The conversation list as a list model over ids: rows for the visible window are fetched in the background.

Like Anki's browser model (DESIGN.md §2, §8.2) it holds only the ordered ids of the current filter (40,000
ints are cheap) and asks ``inbox.conversation_rows`` for pages the view paints, keeping an LRU of pages.
``data()`` is a lookup: the list time is formatted when a page arrives, never while painting.

The view is shown the ids a few hundred at a time (``canFetchMore``/``fetchMore``, like a chat app's endless
list): even with uniform item sizes QListView asks the model's index() — a Python call — for every row when
it lays out, which costs ~250 ms for 40,000 rows on every reset.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtCore import QPersistentModelIndex as _PIndex

from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox import roles
from merchant_desk.ui.inbox.texts import counted, list_time, status_label

if TYPE_CHECKING:
    from merchant_desk.services.inbox_rows import ConversationRow, InboxFilter

log = logging.getLogger(__name__)

PAGE = 60  # rows per fetch: a few screens of 74 px rows, one ~2 ms query
MAX_PAGES = 40  # LRU: at most 2,400 rows in memory whatever the inbox's size
MAX_IN_FLIGHT = 2
REVEAL = 300  # rows shown to the view at first and added each time it scrolls to the end
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

Cells = tuple["ConversationRow", str]  # the row and its list time


class ConversationModel(QAbstractListModel):
    """Conversations of one ``InboxFilter``, newest activity first; ``reload()`` re-queries."""

    loaded = Signal()  # a new id list arrived (rowCount may have changed)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.filter: InboxFilter | None = None
        self.labels: dict[int, tuple[str, str]] = {}  # id -> (name, colour), set by the tab
        self.reminders: dict[int, int] = {}  # id -> due reminders, from the follow-ups' minute check
        self.is_loaded = False
        self.fetched_rows = 0  # tests and benchmarks check paging
        self._ids: list[int] = []
        self._shown = 0  # how many of the ids the view has been given
        self._rows_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[Cells | None]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._in_flight: dict[int, int] = {}
        self._generation = 0
        self._answered = 0
        self._flush_timer = QTimer(self, singleShot=True, interval=0)
        self._flush_timer.timeout.connect(self._flush)

    # -- loading --------------------------------------------------------------------------------------

    def set_filter(self, flt: InboxFilter) -> None:
        if flt != self.filter:
            self._shown = 0  # another list: start again from its first screens (applied at the reset)
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Re-queries the ids (and the first page with them); answers to older queries are dropped."""
        services = self.context.services
        if services is None or self.filter is None:
            return
        self._generation += 1
        generation, flt, zone = self._generation, self.filter, self.context.timezone

        def load() -> tuple[list[int], list[Cells | None]]:
            ids = services.inbox.conversation_ids(flt)
            return ids, _cells(ids[:PAGE], services.inbox.conversation_rows(ids[:PAGE]), zone)

        self.context.run(load, lambda result: self._ids_arrived(generation, *result))

    def _ids_arrived(self, generation: int, ids: list[int], first: list[Cells | None]) -> None:
        if generation != self._generation:
            return
        self._answered = generation
        self._in_flight.clear()
        self._wanted.clear()
        self.fetched_rows += len(first)
        if ids == self._ids and self.is_loaded:
            self._pages.clear()  # same rows in the same order: refresh the values, keep selection and scroll
            self._pages[0] = first
            if self._shown:
                self.dataChanged.emit(self.index(0), self.index(self._shown - 1))
        else:
            self.beginResetModel()
            self._ids, self._rows_of = ids, None
            self._shown = min(len(ids), max(REVEAL, min(self._shown, len(ids))))
            self._pages.clear()
            if ids:
                self._pages[0] = first
            self.is_loaded = True
            self.endResetModel()
        self.loaded.emit()

    def _want(self, page: int) -> None:
        if page in self._in_flight:
            return
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        if not self._flush_timer.isActive():
            self._flush_timer.start()  # never fetch inside data(): the view is painting

    def _flush(self) -> None:
        services = self.context.services
        while services is not None and self._wanted and len(self._in_flight) < MAX_IN_FLIGHT:
            page = self._wanted.popitem(last=True)[0]  # newest wish first: what is on screen now
            if page in self._pages:
                continue
            ids = self._ids[page * PAGE : (page + 1) * PAGE]
            generation, zone = self._generation, self.context.timezone
            self._in_flight[page] = generation
            self.context.run(
                lambda ids=ids, zone=zone: _cells(ids, services.inbox.conversation_rows(ids), zone),
                lambda cells, page=page, generation=generation: self._page_arrived(page, generation, cells),
                lambda error, page=page: self._page_failed(page, error),
            )

    def _page_arrived(self, page: int, generation: int, cells: list[Cells | None]) -> None:
        if self._in_flight.get(page) == generation:
            del self._in_flight[page]
        if generation == self._generation:
            self._pages[page] = cells
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
            self.fetched_rows += len(cells)
            first, last = page * PAGE, min(self._shown, (page + 1) * PAGE) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first), self.index(last))
        if self._wanted:
            self._flush()

    def _page_failed(self, page: int, error: BaseException) -> None:
        self._in_flight.pop(page, None)
        log.warning("Conversation page %d could not be loaded: %s", page, error)

    # -- lookups --------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._answered != self._generation

    @property
    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def reveal(self, row: int) -> bool:
        """Makes ``row`` (of the ids) part of the view's rows; False when there is no such row."""
        if row >= len(self._ids) or row < 0:
            return False
        if row >= self._shown:
            end = min(len(self._ids), max(row + 1, self._shown + REVEAL))
            self.beginInsertRows(QModelIndex(), self._shown, end - 1)
            self._shown = end
            self.endInsertRows()
        return True

    def canFetchMore(self, parent: QModelIndex | _PIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._ids)

    def fetchMore(self, parent: QModelIndex | _PIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.reveal(self._shown)

    def row_of(self, conversation_id: int) -> int | None:
        if self._rows_of is None:
            self._rows_of = {cid: row for row, cid in enumerate(self._ids)}
        return self._rows_of.get(conversation_id)

    def conversation(self, row: int) -> ConversationRow | None:
        cells = self._cells(row)
        return None if cells is None else cells[0]

    def replace_row(self, new: ConversationRow) -> None:
        """Shows a changed conversation at once (after a status change or a reply), before the next reload."""
        row = self.row_of(new.id)
        if row is None:
            return
        page = self._pages.get(row // PAGE)
        if page is not None and row < self._shown:
            page[row % PAGE] = (new, list_time(new.last_message_at, self.context.timezone))
            self.dataChanged.emit(self.index(row), self.index(row))

    def set_reminders(self, due: dict[int, int]) -> None:
        """The due-reminder badges; repaints the shown rows only when they changed (the check runs each minute)."""
        if due == self.reminders:
            return
        self.reminders = dict(due)
        if self._shown:
            self.dataChanged.emit(self.index(0), self.index(self._shown - 1), [roles.REMINDERS_ROLE])

    def _cells(self, row: int) -> Cells | None:
        page = row // PAGE
        cells = self._pages.get(page)
        if cells is None:
            self._want(page)
            return None
        self._pages.move_to_end(page)
        return cells[row - page * PAGE]

    # -- Qt model interface ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | _PIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._shown

    def flags(self, index: QModelIndex | _PIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: QModelIndex | _PIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or row >= self._shown:
            return None
        if role == roles.ID_ROLE:
            return self._ids[row]
        if role == roles.REMINDERS_ROLE:
            return self.reminders.get(self._ids[row], 0)
        cells = self._cells(row)
        if role == roles.LOADING_ROLE:
            return cells is None
        if cells is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        conv, when = cells
        if role == Qt.ItemDataRole.DisplayRole:
            return conv.title or conv.customer_name or ""
        if role == roles.ROW_ROLE:
            return conv
        if role == roles.TIME_TEXT_ROLE:
            return when
        if role == roles.CHIPS_ROLE:
            return tuple(self.labels[i] for i in conv.label_ids if i in self.labels)
        if role == Qt.ItemDataRole.ToolTipRole:  # says what the status mark and the bell mean
            due = self.reminders.get(conv.id, 0)
            bell = " · " + counted(self.tr("%n reminder(s) due", "", due), due) if due else ""
            return f"{status_label(conv.status)}{bell} · {conv.last_message_preview or ''}"
        return None


def _cells(ids: list[int], rows: list[ConversationRow], zone: str) -> list[Cells | None]:
    """Runs in the worker: rows in ``ids`` order with their list time (None for a conversation gone since)."""
    by_id = {r.id: r for r in rows}
    return [(by_id[i], list_time(by_id[i].last_message_at, zone)) if i in by_id else None for i in ids]
