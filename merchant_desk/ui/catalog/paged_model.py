"""The paging half of the catalog model: the ordered ids of a filter, and rows fetched a page at a time.

It never loads all products (DESIGN.md §2, §8.2). A query answers in two steps: first the first page of ids,
the count and those rows (the first screen, without sorting or sending every id), then every id of the
filter in the background (100,000 ints are cheap). Rows of other pages are fetched when a view paints them,
newest request first, after a short pause so a fast scroll does not fetch every page it flies past, and kept
in an LRU of pages. Results of queries that were superseded are dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QTimer, Signal

from merchant_desk.core.catalog import ProductFilter, ProductRow
from merchant_desk.ui.catalog.cells import Cells, make_cells
from merchant_desk.ui.catalog.page_fetch import FETCH_DELAY_MS, PAGE, PageFetching
from merchant_desk.ui.context import AppContext

FIRST_SCREEN = 48  # rows fetched with a query's first answer: a full table or grid screen, not a whole page
HOT_PAGES = 3  # most recently painted pages, refreshed in place when the catalog changes elsewhere
ALL_IDS_DELAY_MS = 300  # every id of a query is loaded after this pause (or at once when scrolled to)
ALL_IDS = 1 << 40  # catalog_query.ALL_IDS (not imported: services pull in SQLAlchemy at start-up)

Query = tuple[ProductFilter, str, bool, tuple[int, str]]  # filter, sort key, descending, (low stock, zone)


class PagedProducts(PageFetching, QAbstractTableModel):
    """Subclasses provide columns and ``data()``; this keeps ids, pages and the background fetching."""

    loaded = Signal()  # ids of a new query arrived (first the count and first page, then every id)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.filter = ProductFilter()
        self.sort_key, self.descending = "name", False
        self.low_stock = 5
        self.is_loaded = False
        self.fetched_rows = 0  # rows fetched since creation (tests and benchmarks check paging)
        self._ids: list[int] = []  # shorter than _total while every id is still loading
        self._total = 0
        self._rows_of: dict[int, int] | None = None  # id -> row, built only when asked
        self._pages: OrderedDict[int, list[Cells | None]] = OrderedDict()
        self._stale: set[int] = set()  # pages shown until their fresh copy arrives
        self._partial: set[int] = set()  # pages holding only their first rows (the first answer's)
        self._painted: set[int] = set()  # pages the latest paint showed (see begin_paint)
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._in_flight: dict[int, int] = {}  # page -> generation
        self._generation = self._answered = 0
        self._complete = True
        self._first_want = 0.0
        self._pending_all: tuple[int, Query] | None = None
        self._all_timer = QTimer(self, singleShot=True, interval=ALL_IDS_DELAY_MS)
        self._all_timer.timeout.connect(self._load_all)
        delay = 0 if context.runner.synchronous else FETCH_DELAY_MS
        self._flush_timer = QTimer(self, singleShot=True, interval=delay)
        self._flush_timer.timeout.connect(self._flush)

    # -- queries --------------------------------------------------------------------------------------

    def set_query(self, flt: ProductFilter, low_stock: int | None = None) -> None:
        """Shows another filter (the sort stays); the ids load in the background."""
        self.filter = flt
        if low_stock is not None:
            self.low_stock = low_stock
        self.reload()

    def reload(self) -> None:
        """Re-queries the current filter and sort; the view keeps its rows when they did not move."""
        services = self.context.services
        if services is None:
            return
        self._generation += 1
        generation = self._generation
        query: Query = (self.filter, self.sort_key, self.descending, self._limits())
        flt, key, desc, _ = query

        def head() -> tuple[list[int], int, bool, list[Cells | None]] | None:
            if generation != self._generation:
                return None  # superseded while queued (fast typing): the pool has better things to do
            # Counting a search that matches most of the catalog costs as much as the page itself: while
            # typing, the first page is enough and the count comes with every id once typing pauses.
            counted = not flt.search.strip()
            ids, total, complete, rows = services.catalog.first_page(flt, key, desc, PAGE, FIRST_SCREEN, counted)
            cells = self._cells_for(ids[:FIRST_SCREEN], rows, query[3])
            return ids, total, complete, cells + [None] * (len(ids) - len(cells))

        self.context.run(head, lambda result: result and self._head_arrived(generation, query, *result))

    def _limits(self) -> tuple[int, str]:
        return self.low_stock, self.context.timezone

    def _head_arrived(
        self, generation: int, query: Query, head: list[int], total: int, complete: bool, first: list[Cells | None]
    ) -> None:
        if generation != self._generation:
            return  # a newer search or filter was asked for meanwhile
        self._answered, self._complete = generation, complete
        self.fetched_rows += min(len(head), FIRST_SCREEN)
        self._wanted.clear()
        self._in_flight.clear()
        # A search's first answer has no count: its first page standing is enough to keep the view.
        same_count = total == self._total or (not self._complete and total == PAGE <= self._total)
        if self.is_loaded and same_count and self._ids[: len(head)] == head:
            self._refresh_in_place(first)
        else:
            self.beginResetModel()
            self._ids, self._total, self._rows_of = list(head), total, None
            self._pages.clear()
            self._stale.clear()
            if head:
                self._pages[0] = first
            self.is_loaded = True
            self.endResetModel()
        self._partial = {0} if len(head) > FIRST_SCREEN else set()
        if not self._complete:
            self._pending_all = (generation, query)
            if self.context.runner.synchronous:
                self._load_all()
            else:
                # Typing a search answers each key with its first page; every id only once typing pauses.
                self._all_timer.start()
        self.loaded.emit()

    def _refresh_in_place(self, first: list[Cells | None]) -> None:
        """Same rows at the top and the same count (an edit elsewhere): no reset, so selection and scroll
        stay; recently painted pages show their old text until a fresh copy arrives, the rest are dropped."""
        hot = [p for p in list(self._pages)[-HOT_PAGES:] if p]
        self._pages = OrderedDict((p, self._pages[p]) for p in hot)
        self._stale = set(hot)
        self._pages[0] = first
        for page in [0, *hot]:
            self._page_changed(page)

    def ensure_all(self) -> None:
        """Loads every id of the shown query now, if that has not started yet (a select-all, a bulk edit)."""
        if self._pending_all is not None:
            self._all_timer.stop()
            self._load_all()

    def _load_all(self) -> None:
        services, pending = self.context.services, self._pending_all
        self._pending_all = None
        if services is None or pending is None or pending[0] != self._generation:
            return
        generation, (flt, key, desc, _) = pending

        def load() -> list[int] | None:
            if generation != self._generation:
                return None
            return services.catalog.page_ids(flt, key, desc, 0, ALL_IDS)

        self.context.run(load, lambda ids: ids is not None and self._all_arrived(generation, ids))

    def _all_arrived(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self._complete = True
        head = len(self._pages.get(0, ()))
        if ids == self._ids:
            pass
        elif ids[:head] == self._ids[:head]:
            # The first page stands: only the rows after it come or go, so the view keeps its place.
            before = self._total
            if len(ids) > before:
                self.beginInsertRows(QModelIndex(), before, len(ids) - 1)
            elif len(ids) < before:
                self.beginRemoveRows(QModelIndex(), len(ids), before - 1)
            self._ids, self._total, self._rows_of = ids, len(ids), None
            first = self._pages.get(0)
            if first is not None and len(first) < min(PAGE, len(ids)):  # a narrowed search's short first page
                first.extend([None] * (min(PAGE, len(ids)) - len(first)))
                self._partial.add(0)
            if len(ids) > before:
                self.endInsertRows()
            elif len(ids) < before:
                self.endRemoveRows()
            for page, cells in list(self._pages.items()):
                start = page * PAGE
                if any(c is not None and c.row.id != i for c, i in zip(cells, ids[start : start + PAGE], strict=False)):
                    del self._pages[page]  # rows moved under it (an edit between the two queries)
                    self._page_changed(page)
        else:
            self.beginResetModel()
            self._ids, self._total, self._rows_of = ids, len(ids), None
            self._pages.clear()
            self._stale.clear()
            self.endResetModel()
        self.loaded.emit()
        self._flush()  # pages painted while only the first page's ids were known

    # -- pages ----------------------------------------------------------------------------------------

    def _cells_for(self, ids: list[int], rows: list[ProductRow], limits: tuple[int, str]) -> list[Cells | None]:
        by_id = {r.id: r for r in rows}
        return [make_cells(by_id[i], *limits) if i in by_id else None for i in ids]

    def begin_paint(self) -> None:
        """Views call this as they start painting: fetches queued for pages no longer on screen are skipped
        (a fast scroll flies past hundreds of pages; fetching them would starve the GUI thread of the GIL)."""
        self._painted.clear()

    def _cells(self, row: int) -> Cells | None:
        """The prepared row, or None while its page loads (asking for it)."""
        page = row // PAGE
        self._painted.add(page)
        cells = self._pages.get(page)
        if cells is None or page in self._stale:
            self._want(page)
        if cells is None:
            return None
        self._pages.move_to_end(page)
        cell = cells[row - page * PAGE]
        if cell is None and page in self._partial:
            self._want(page)  # the first answer brought only the first screen of this page
        return cell

    def _page_changed(self, page: int) -> None:
        first, last = page * PAGE, min(self._total, (page + 1) * PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    # -- lookups --------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True until the latest query's count and first page are shown."""
        return self._answered != self._generation

    @property
    def complete(self) -> bool:
        """True once every id of the shown query is known (the first page's come first)."""
        return self._complete and not self.busy

    @property
    def ids(self) -> list[int]:
        """The ordered ids known so far of the current query (do not modify)."""
        return self._ids

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def id_at(self, row: int) -> int | None:
        """The product id of ``row``, or None while that part of the id list is still loading."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, product_id: int) -> int | None:
        if self._rows_of is None:
            self._rows_of = {pid: row for row, pid in enumerate(self._ids)}
        return self._rows_of.get(product_id)

    def product(self, row: int) -> ProductRow | None:
        cells = self._cells(row)
        return None if cells is None else cells.row

    def rowCount(self, parent: Any = None) -> int:
        return 0 if parent is not None and parent.isValid() else self._total
