"""The last line of defence: unexpected errors are logged and shown with the log's location."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from merchant_desk.core.errors import UserError
from merchant_desk.ui.i18n import error_text

log = logging.getLogger("merchant_desk.crash")


def show_user_error(parent: QWidget | None, error: UserError, title: str | None = None) -> None:
    """A merchant's mistake: a plain message, no traceback."""
    QMessageBox.warning(parent, title or QApplication.translate("Errors", "Merchant Desk"), error_text(error))


def install_excepthook(log_file: Path) -> None:
    """Routes every uncaught exception (including those in slots) to the log and a dialog."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, UserError):
            if QApplication.instance() is not None:
                show_user_error(QApplication.activeWindow(), exc)
            return
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("Errors", "Unexpected error"))
        box.setText(
            QApplication.translate(
                "Errors",
                "Something went wrong inside Merchant Desk. Your saved data is safe.\n\n"
                "The details were written to the log file:\n{path}",
            ).format(path=log_file)
        )
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb))[-4000:])
        box.exec()

    sys.excepthook = hook
