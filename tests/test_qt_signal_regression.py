"""DESIGN.md §8.1: PySide6 6.12.0 on Python 3.11 aborts after a few hundred Signal.emit() calls.

The crash kills the interpreter ("Fatal Python error: bool_dealloc"), so it runs in a subprocess: a crash there
is a failed assertion with the child's stderr here, not a dead test session.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

EMITS = 20_000

# Direct and queued connections, with int and bool payloads (the abort is a reference-count bug on bool).
CHILD = textwrap.dedent(
    f"""
    import json
    import sys

    from PySide6.QtCore import QObject, Qt, Signal
    from PySide6.QtWidgets import QApplication

    class Emitter(QObject):
        number = Signal(int)
        flag = Signal(bool)

    app = QApplication(sys.argv)
    emitter = Emitter()
    counts = {{"direct": 0, "queued": 0, "flags": 0, "total": 0}}

    def on_direct(value: int) -> None:
        counts["direct"] += 1
        counts["total"] += value

    def on_queued(_value: int) -> None:
        counts["queued"] += 1

    def on_flag(value: bool) -> None:
        counts["flags"] += 1 if value in (True, False) else 0

    emitter.number.connect(on_direct)
    emitter.number.connect(on_queued, Qt.ConnectionType.QueuedConnection)
    emitter.flag.connect(on_flag)
    for i in range({EMITS}):
        emitter.number.emit(i)
        emitter.flag.emit(i % 2 == 0)
        if i % 100 == 0:
            app.processEvents()
    app.processEvents()
    print(json.dumps(counts), flush=True)
    """
)


def test_twenty_thousand_emits_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    proc = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=180, check=False
    )
    assert proc.returncode == 0, (
        f"the signal loop exited with {proc.returncode} (a negative code is a signal, e.g. -6 = abort); "
        f"see DESIGN.md §8.1 and check the installed PySide6 version.\nstderr:\n{proc.stderr[-4000:]}"
    )
    counts = json.loads(proc.stdout.strip().splitlines()[-1])
    assert counts == {"direct": EMITS, "queued": EMITS, "flags": EMITS, "total": EMITS * (EMITS - 1) // 2}
