"""Rotating log file in the data folder, set up before anything else can fail."""

from __future__ import annotations

import logging
import logging.handlers

from merchant_desk.config import Paths

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def setup_logging(paths: Paths, *, console: bool = False, level: int = logging.INFO) -> None:
    """Logs to ``<data>/logs/merchant-desk.log`` (1 MB × 5); falls back to stderr if the folder is unwritable."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_merchant_desk", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = []
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(paths.log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        )
    except OSError:
        # No log file: warnings go to stderr, but not the INFO chatter meant for the file (it would bury the
        # one-line message a failing command prints).
        fallback = logging.StreamHandler()
        fallback.setLevel(logging.WARNING)
        handlers.append(fallback)
        console = False
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler._merchant_desk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
