"""Startup baseline: a bare PySide6 window with four empty tabs that says STARTUP_SHOWN after its first paint."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

MARKER = "STARTUP_SHOWN"


class FirstPaint(QObject):
    """Prints the marker once the window has painted, then lets the event loop end the process."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            # After this paint returns: the marker means "painted", not "about to paint".
            QTimer.singleShot(0, self._announce)
        return False

    def _announce(self) -> None:
        print(MARKER, flush=True)
        self._app.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    tabs = QTabWidget()
    for name in ("Inbox", "Catalog", "Customers", "Overview"):
        tabs.addTab(QWidget(), name)
    window.setCentralWidget(tabs)
    window.resize(1100, 720)
    probe = FirstPaint(app)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
