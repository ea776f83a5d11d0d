"""Runs work off the GUI thread and delivers results, progress and errors back on it.

Database writes share a single-worker lane so they never contend with each other; reads, Pillow and network
work run in parallel. A task that returns a generator is a long job: each yielded value is progress, the
generator's return value is the result, and cancelling stops it at its next yield.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a long job when the user cancelled it."""


class TaskHandle(QObject):
    """One running task. Lives on the GUI thread; its private signals carry results across threads."""

    _done = Signal(object)
    _failed = Signal(object)
    _progress = Signal(object)
    finished = Signal()

    def __init__(
        self,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[Any], None] | None,
    ) -> None:
        super().__init__()
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self._cancel = threading.Event()
        self.is_finished = False
        self.was_cancelled = False
        self._done.connect(self._deliver_done)
        self._failed.connect(self._deliver_error)
        self._progress.connect(self._deliver_progress)

    def cancel(self) -> None:
        """Asks the job to stop at its next progress step; its result is then never delivered."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        self.is_finished = True
        if self._on_done is not None and not self._cancel.is_set():
            self._on_done(result)
        self.finished.emit()

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self.is_finished = True
        self.was_cancelled = isinstance(error, Cancelled)
        self.finished.emit()
        if self.was_cancelled:
            return
        if self._on_error is None:
            raise error  # reaches the excepthook: logged and shown, never swallowed
        self._on_error(error)

    @Slot(object)
    def _deliver_progress(self, value: Any) -> None:
        if self._on_progress is not None and not self._cancel.is_set():
            self._on_progress(value)


def _execute(fn: Callable[[], Any], handle: TaskHandle, emit: bool) -> tuple[bool, Any]:
    """Runs ``fn`` (draining it if it is a generator); returns (ok, result-or-error)."""
    try:
        result = fn()
        if isinstance(result, Generator):
            gen = result
            try:
                while True:
                    if handle.cancel_requested:
                        gen.close()
                        raise Cancelled()
                    value = next(gen)
                    if emit:
                        handle._progress.emit(value)
                    else:
                        handle._deliver_progress(value)
            except StopIteration as stop:
                result = stop.value
        return True, result
    except BaseException as exc:  # delivered to the caller's on_error or the excepthook
        if not isinstance(exc, Cancelled):
            log.debug("Task failed", exc_info=exc)
        return False, exc


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], handle: TaskHandle) -> None:
        super().__init__()
        self._fn, self._handle = fn, handle

    def run(self) -> None:
        ok, value = _execute(self._fn, self._handle, emit=True)
        (self._handle._done if ok else self._handle._failed).emit(value)


class TaskRunner(QObject):
    """The app's one task runner. ``synchronous=True`` (tests) runs each task in place."""

    def __init__(self, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._write_lane = QThreadPool(self)
        self._write_lane.setMaxThreadCount(1)
        self._live: set[TaskHandle] = set()
        self._writes: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        *,
        write: bool = False,
    ) -> TaskHandle:
        """Starts ``fn`` in the background; callbacks run later on the GUI thread."""
        handle = TaskHandle(on_done, on_error, on_progress)
        if self.synchronous:
            ok, value = _execute(fn, handle, emit=False)
            (handle._deliver_done if ok else handle._deliver_error)(value)
            return handle
        self._live.add(handle)
        if write:
            self._writes.add(handle)
        handle.finished.connect(lambda: (self._live.discard(handle), self._writes.discard(handle)))
        (self._write_lane if write else self._pool).start(_Runnable(fn, handle))
        return handle

    def wait(self, msecs: int = 30_000) -> bool:
        """Blocks until every task finished (used at shutdown and in tests)."""
        return self._pool.waitForDone(msecs) and self._write_lane.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    @property
    def writing(self) -> bool:
        """True while a database write has not finished: quitting now would make the merchant wait."""
        return bool(self._writes)
