"""The fetching half of the catalog's paged model: pages of rows asked for by painting views, fetched in the
background newest first after a short pause, at most two at once, and dropped when no longer on screen."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from merchant_desk.core.catalog import ProductRow
from merchant_desk.ui.catalog.cells import Cells
from merchant_desk.ui.context import AppContext

log = logging.getLogger(__name__)

PAGE = 100  # rows per fetch: a few screens of the table or grid, one query of ~15 ms at 100k products
MAX_IN_FLIGHT = 2  # page fetches at once
MAX_WANTED = 8  # pages remembered while busy: the latest paint needs at most three
FETCH_DELAY_MS = 100  # pause in requests before fetching (0 with a synchronous runner: tests, screenshots)
MAX_FETCH_WAIT = 0.5  # s: a steady slow scroll still gets its rows this often
MAX_PAGES = 100  # LRU of pages: at most 10,000 rows in memory whatever the catalog's size


class PageFetching:
    """Mixed into ``PagedProducts``, which owns the state below and the query side."""

    context: AppContext
    fetched_rows: int
    _ids: list[int]
    _pages: OrderedDict[int, list[Cells | None]]
    _stale: set[int]
    _partial: set[int]
    _painted: set[int]
    _wanted: OrderedDict[int, None]
    _in_flight: dict[int, int]
    _generation: int
    _first_want: float
    _pending_all: object | None
    _all_timer: QTimer
    _flush_timer: QTimer

    if TYPE_CHECKING:

        def _load_all(self) -> None: ...
        def _limits(self) -> tuple[int, str]: ...
        def _page_changed(self, page: int) -> None: ...
        def _cells_for(self, ids: list[int], rows: list[ProductRow], limits: tuple[int, str]) -> list[Cells | None]: ...

    def _want(self, page: int) -> None:
        if page in self._in_flight:
            return
        if page * PAGE >= len(self._ids) and self._pending_all is not None:
            self._all_timer.stop()
            self._load_all()  # scrolled past the first page: every id is needed now
        if not self._wanted:
            self._first_want = time.monotonic()
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > MAX_WANTED:
            self._wanted.popitem(last=False)
        # Never fetch inside data() (the view is painting); wait for a pause in requests, but not forever.
        if not self._flush_timer.isActive() or time.monotonic() - self._first_want < MAX_FETCH_WAIT:
            self._flush_timer.start()

    def _flush(self) -> None:
        services = self.context.services
        for page in reversed(list(self._wanted)):  # newest first: what is on screen now
            if services is None or len(self._in_flight) >= MAX_IN_FLIGHT:
                break
            start = page * PAGE
            if start >= len(self._ids):
                continue  # its ids are still loading; _all_arrived flushes again
            del self._wanted[page]
            if page in self._pages and page not in self._stale and page not in self._partial:
                continue
            ids = self._ids[start : start + PAGE]
            generation, limits = self._generation, self._limits()
            self._in_flight[page] = generation

            def fetch(
                ids: list[int] = ids, limits: tuple[int, str] = limits, gen: int = generation, page: int = page
            ) -> Any:
                if gen != self._generation or page not in self._painted:
                    return None  # superseded, or scrolled off screen while queued
                # Text is prepared in the worker (QCoreApplication.translate is thread-safe): data() stays a lookup.
                return self._cells_for(ids, services.catalog.rows(ids), limits)

            self.context.run(
                fetch,
                lambda cells, page=page, generation=generation: self._page_arrived(page, generation, cells),
                lambda error, page=page, generation=generation: self._page_failed(page, generation, error),
            )
        if self._wanted:
            self._first_want = time.monotonic()

    def _page_arrived(self, page: int, generation: int, cells: list[Cells | None] | None) -> None:
        if self._in_flight.get(page) == generation:
            del self._in_flight[page]
        if generation == self._generation and cells is not None:
            self._pages[page] = cells
            self._pages.move_to_end(page)
            self._stale.discard(page)
            self._partial.discard(page)
            while len(self._pages) > MAX_PAGES:
                self._stale.discard(self._pages.popitem(last=False)[0])
            self.fetched_rows += len(cells)
            self._page_changed(page)
        if self._wanted and not self._flush_timer.isActive():
            self._flush_timer.start()  # the same pause as any request: no chain of fetches while scrolling

    def _page_failed(self, page: int, generation: int, error: BaseException) -> None:
        if self._in_flight.get(page) == generation:
            del self._in_flight[page]
        log.warning("Catalog page %d could not be loaded: %s", page, error)
