"""What the tab benchmarks (catalog_ui, inbox) share: the cached large shop, a child process with a signed-in
app context, waiting on the event loop, and the figures' statistics."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _registry import Context, Figure

HERE = Path(__file__).resolve().parent


def _complete(folder: Path) -> bool:
    """True when the folder holds a finished large demo shop (a benchmark killed or raced mid-way leaves less)."""
    db = folder / "shop.sqlite3"
    if not db.is_file():
        return False
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return (conn.execute("SELECT count(*) FROM messages").fetchone()[0] or 0) >= 900_000
    except sqlite3.Error:
        return False


def large_shop(ctx: Context) -> Path:
    """The large demo shop: this run's if one was made, else the cached copy keyed by the schema version.

    Generated into a folder of this process's own and renamed into place, so two benchmarks started at once
    cannot rename each other's half-made shop; an incomplete cached shop is moved aside and made again.
    """
    from merchant_desk.db.schema_version import SCHEMA_HEAD

    if "large" in ctx._shops:
        return ctx._shops["large"]
    cached = Path(tempfile.gettempdir()) / "merchant-desk-bench" / f"large-{SCHEMA_HEAD}"
    if not _complete(cached):
        from merchant_desk.config import Paths
        from merchant_desk.services.demo import generate_demo

        partial = cached.with_name(f"{cached.name}.partial-{os.getpid()}")
        shutil.rmtree(partial, ignore_errors=True)
        generate_demo(Paths(partial), size="large")
        if not _complete(cached):  # another run may have finished one meanwhile
            if cached.exists():
                aside = cached.with_name(f"{cached.name}.broken-{os.getpid()}")
                cached.rename(aside)
                shutil.rmtree(aside, ignore_errors=True)
            partial.rename(cached)
        else:
            shutil.rmtree(partial, ignore_errors=True)
    return cached


def run_child(ctx: Context, script: Path, *args: str) -> dict[str, Any]:
    """Runs ``script --child ARGS`` offscreen (a fresh QApplication, its own memory) and returns the JSON
    object it printed last."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(HERE.parent)}
    done = subprocess.run(
        [ctx.python, str(script), "--child", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=900,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{script.stem} child failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


@dataclass
class UiSession:
    """A child's application: the shop's services, the real (asynchronous) task runner, the owner signed in."""

    app: Any
    services: Any
    runner: Any
    context: Any


def ui_session(folder: Path) -> UiSession:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from merchant_desk.config import Paths
    from merchant_desk.db import boot
    from merchant_desk.services.audit_service import Actor
    from merchant_desk.services.hub import open_shop
    from merchant_desk.ui.app import make_application
    from merchant_desk.ui.context import AppContext
    from merchant_desk.ui.i18n import install_translators
    from merchant_desk.ui.tasks import TaskRunner

    app = make_application([sys.argv[0]])
    install_translators("en")
    paths = Paths(folder)
    services = open_shop(paths, migrate=False)
    runner = TaskRunner(parent=app)
    context = AppContext(paths, boot.probe(paths.db_file), runner)
    context.set_services(services)
    owner = services.staff.list()[0]
    context.sign_in(Actor(owner.id, owner.name))
    return UiSession(app, services, runner, context)


def wait_until(check: Callable[[], bool], timeout: float = 30.0, what: str = "the tab", poll_s: float = 0.0002) -> None:
    """Turns the event loop until ``check()`` holds, sleeping ``poll_s`` between turns (the workers need the
    GIL; a shorter sleep answers sooner and takes it from them more often)."""
    from PySide6.QtCore import QCoreApplication

    deadline = time.perf_counter() + timeout
    while not check():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{what} did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.0002)


def idle_until(check: Callable[[], bool], timeout: float = 30.0, what: str = "the tab") -> None:
    """Runs the event loop until ``check()`` holds, looking every millisecond: the GUI thread idles in the loop
    as in the app (sleep-polling woke it every 0.2 ms and took the GIL from the workers it waits for)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if check():
        return
    deadline = time.perf_counter() + timeout
    loop = QEventLoop()
    timer = QTimer(interval=1)
    timer.timeout.connect(lambda: (check() or time.perf_counter() > deadline) and loop.quit())
    timer.start()
    loop.exec()
    timer.stop()
    if not check():
        raise TimeoutError(f"{what} did not get there in time")


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def load_average() -> float | None:
    """The 1-minute load average: other processes on a 2-core machine stretch wall times."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):  # Windows
        return None


def rows_on_screen_loaded(model: Any, view: Any, loading_role: int, column: int = 0) -> bool:
    """True once the model answered its query and holds every row the view shows (none still loading)."""
    if model.busy or not model.is_loaded:
        return False
    area = view.viewport().rect()
    top = max(view.indexAt(area.topLeft()).row(), 0)
    bottom = view.indexAt(area.bottomLeft()).row()
    bottom = model.rowCount() - 1 if bottom < 0 else bottom
    return not any(model.index(r, column).data(loading_role) for r in range(top, bottom + 1))


def time_opens(
    session: UiSession, make_tab: Callable[[], Any], shown: Callable[[Any], bool], runs: int = 3
) -> tuple[Any, list[float], list[float]]:
    """Opens a tab ``runs`` times, each until ``shown(tab)`` holds; returns the last tab (settled: its
    background loads done) and the wall and CPU milliseconds of each opening."""
    from PySide6.QtCore import QCoreApplication, QEvent

    walls, cpus = [], []
    for attempt in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        tab = make_tab()
        tab.resize(1280, 760)
        tab.show()
        wait_until(lambda tab=tab: shown(tab))
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
        session.runner.wait()  # what the tab loads after its first screen is not part of opening it
        QCoreApplication.processEvents()
        if attempt < runs - 1:
            tab.close()
            tab.deleteLater()
            # processEvents() leaves deferred deletes alone: a closed tab kept loading behind what is measured next.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return tab, walls, cpus


def open_figure(name: str, child: dict[str, Any], baseline_ms: float, limit_ms: float, what: str, rows: str) -> Figure:
    """The figure of ``time_opens``' median opening (the child's ``open_ms``, ``open_cpu_ms``, ``rows``)."""
    opens = child["open_ms"]
    return Figure(
        name,
        statistics.median(opens),
        "ms",
        baseline_ms,
        f"<= {limit_ms:.0f} ms to the first screen of {what}",
        statistics.median(opens) <= limit_ms,
        {
            rows: child["rows"],
            "runs_ms": [round(v, 1) for v in opens],
            "cpu_median_ms": round(statistics.median(child["open_cpu_ms"]), 1),
            "load_average": child["load_average"],
        },
    )


def search_figure(name: str, search: Sequence[float], baseline: Sequence[float], texts: Sequence[str],
                  cpu_ms: Sequence[float], limit_ms: float, what: str, **extra: Any) -> Figure:  # fmt: skip
    """A keystroke figure: p95 of ``search`` beside the bare query's p95, with medians, CPU and the slowest texts."""
    slowest = sorted(zip(search, texts, strict=True), reverse=True)[:5]
    detail = {
        "keystrokes": len(search),
        "median_ms": round(statistics.median(search), 1),
        "baseline_median_ms": round(statistics.median(baseline), 1),
        "cpu_p95_ms": round(p95(cpu_ms), 1),
        "slowest": [[t, round(v, 1)] for v, t in slowest],
        **extra,
    }
    return Figure(name, p95(search), "ms", p95(baseline), f"p95 <= {limit_ms:.0f} ms per keystroke {what}",
                  p95(search) <= limit_ms, detail)  # fmt: skip
