"""startup: process start to the main window shown and painted, against a bare PySide6 window."""

from __future__ import annotations

import os
import queue
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from typing import IO

from _registry import HERE, ROOT, Context, Figure, benchmark

MARKER = "STARTUP_SHOWN"
RUNS = 5
TIMEOUT = 30.0
EXIT_TIMEOUT = 15.0


class StartupFailed(Exception):
    """The program did not print the marker, or did not exit cleanly after it."""


def _pump(stream: IO[bytes], lines: queue.Queue[str | None]) -> None:
    for raw in iter(stream.readline, b""):
        lines.put(raw.decode(errors="replace"))
    lines.put(None)


def time_to_marker(cmd: Sequence[str], env: dict[str, str]) -> float:
    """Seconds from Popen to the marker line on stdout; the process must then exit 0 by itself.

    Raises:
        StartupFailed: no marker within TIMEOUT, an early exit, or a non-zero exit code.
    """
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env, cwd=ROOT)
        lines: queue.Queue[str | None] = queue.Queue()
        # A reader thread instead of select(): works on Windows pipes too.
        threading.Thread(target=_pump, args=(proc.stdout, lines), daemon=True).start()
        try:
            elapsed = None
            while elapsed is None:
                try:
                    line = lines.get(timeout=max(0.0, started + TIMEOUT - time.perf_counter()))
                except queue.Empty:
                    raise StartupFailed(f"no {MARKER} within {TIMEOUT:g} s{_tail(err)}") from None
                if line is None:
                    raise StartupFailed(f"exited with {proc.wait()} before {MARKER}{_tail(err)}")
                if line.strip() == MARKER:
                    elapsed = time.perf_counter() - started
            try:
                code = proc.wait(timeout=EXIT_TIMEOUT)
            except subprocess.TimeoutExpired:
                raise StartupFailed(f"still running {EXIT_TIMEOUT:g} s after {MARKER}") from None
            if code != 0:
                raise StartupFailed(f"exit code {code} after {MARKER}{_tail(err)}")
            return elapsed
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def _tail(err: IO[bytes]) -> str:
    err.seek(0)
    text = err.read().decode(errors="replace").strip()
    return f": {text[-600:]}" if text else ""


@benchmark("startup")
def startup(ctx: Context) -> Iterator[Figure]:
    shop = ctx.demo_shop()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MERCHANT_DESK_STARTUP_PROBE": "1"}
    env.pop("MERCHANT_DESK_HOME", None)
    app = [ctx.python, "-m", "merchant_desk", "--data-dir", str(shop), "gui"]
    bare = [ctx.python, str(HERE / "bare_window.py")]
    target = "<= 2 x baseline and < 0.6 s"
    bare_runs, app_runs, error = [], [], None
    time_to_marker(bare, env)  # warm-up: .pyc files and the disk cache, for both sides alike
    try:
        time_to_marker(app, env)
        for _ in range(RUNS):  # interleaved, so a noisy moment hurts both sides
            bare_runs.append(time_to_marker(bare, env))
            app_runs.append(time_to_marker(app, env))
    except StartupFailed as exc:
        error = str(exc)
    while len(bare_runs) < RUNS:
        bare_runs.append(time_to_marker(bare, env))
    baseline = statistics.median(bare_runs)
    detail = {
        "size": ctx.size,
        "runs": [round(t, 3) for t in app_runs],
        "baseline_runs": [round(t, 3) for t in bare_runs],
    }
    if error is not None:
        yield Figure("startup", None, "s", baseline, target, False, {**detail, "error": error})
        return
    value = statistics.median(app_runs)
    yield Figure("startup", value, "s", baseline, target, value <= 2 * baseline and value < 0.6, detail)
