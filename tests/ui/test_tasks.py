"""The task runner on real threads: results on the GUI thread, errors, progress, cancel, the write lane."""

from __future__ import annotations

import threading
import time
from collections.abc import Generator

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from merchant_desk.ui.tasks import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    runner = TaskRunner()
    worker_threads: list[int] = []
    received: list[tuple[int, bool]] = []

    def work() -> int:
        worker_threads.append(threading.get_ident())
        return 42

    handle = runner.run(work, lambda value: received.append((value, QThread.currentThread() is qapp.thread())))
    qtbot.waitUntil(lambda: handle.is_finished, timeout=5000)
    assert received == [(42, True)]
    assert worker_threads and worker_threads[0] != threading.get_ident()


def test_errors_go_to_on_error(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("broken photo")

    handle = runner.run(boom, on_error=errors.append)
    qtbot.waitUntil(lambda: handle.is_finished, timeout=5000)
    assert len(errors) == 1 and str(errors[0]) == "broken photo"


def test_generator_jobs_report_progress_and_can_be_cancelled(qtbot: QtBot) -> None:
    runner = TaskRunner()
    progress: list[int] = []
    steps_run: list[int] = []
    done: list[object] = []

    def job() -> Generator[int, None, str]:
        for i in range(1000):
            steps_run.append(i)
            time.sleep(0.002)
            yield i
        return "finished"

    handle = runner.run(job, done.append, on_progress=progress.append)
    qtbot.waitUntil(lambda: len(progress) >= 3, timeout=5000)
    handle.cancel()
    qtbot.waitUntil(lambda: handle.is_finished, timeout=5000)
    assert handle.was_cancelled and done == []
    assert len(steps_run) < 1000
    assert progress == sorted(progress)

    complete = runner.run(lambda: (yield from range(5)) or "all", done.append, on_progress=progress.append)
    qtbot.waitUntil(lambda: complete.is_finished, timeout=5000)
    assert done == ["all"]


def test_writes_run_one_at_a_time(qtbot: QtBot) -> None:
    runner = TaskRunner()
    active, overlaps = [0], [0]
    lock = threading.Lock()

    def write() -> None:
        with lock:
            active[0] += 1
            overlaps[0] = max(overlaps[0], active[0])
        time.sleep(0.02)
        with lock:
            active[0] -= 1

    handles = [runner.run(write, write=True) for _ in range(6)]
    qtbot.waitUntil(lambda: all(h.is_finished for h in handles), timeout=5000)
    assert overlaps[0] == 1


def test_synchronous_runner_runs_in_place() -> None:
    runner = TaskRunner(synchronous=True)
    got: list[int] = []
    handle = runner.run(lambda: 7, got.append)
    assert handle.is_finished and got == [7]
