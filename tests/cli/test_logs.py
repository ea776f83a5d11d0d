"""The log file in the data folder, and the stderr fallback when the folder cannot be written."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from merchant_desk.config import Paths
from merchant_desk.logs import setup_logging


def _ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "_merchant_desk", False)]


def test_logs_go_to_the_data_folder(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "shop")
    setup_logging(paths)
    logging.getLogger("merchant_desk.test").info("toko buka")
    for handler in _ours():
        handler.flush()
    assert "toko buka" in paths.log_file.read_text(encoding="utf-8")


def test_setting_up_twice_replaces_the_handlers(tmp_path: Path) -> None:
    setup_logging(Paths(tmp_path / "a"))
    setup_logging(Paths(tmp_path / "b"), console=True)
    handlers = _ours()
    assert len(handlers) == 2
    assert {type(h).__name__ for h in handlers} == {"RotatingFileHandler", "StreamHandler"}
    (file_handler,) = [h for h in handlers if isinstance(h, logging.FileHandler)]
    assert Path(file_handler.baseFilename) == Paths(tmp_path / "b").log_file


def test_unwritable_folder_falls_back_to_warnings_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    setup_logging(Paths(blocker / "shop"))
    (handler,) = _ours()
    assert isinstance(handler, logging.StreamHandler) and handler.level == logging.WARNING
    log = logging.getLogger("merchant_desk.test")
    log.info("chatter")
    log.warning("something to see")
    err = capsys.readouterr().err
    assert "something to see" in err and "chatter" not in err


def test_migrate_into_a_folder_where_the_db_is_a_directory(cli: Callable[..., Any], tmp_path: Path) -> None:
    folder = tmp_path / "odd"
    (folder / "shop.sqlite3").mkdir(parents=True)
    run = cli("--data-dir", str(folder), "migrate")
    assert run.code == 2
    assert run.err.startswith("merchant-desk: The shop's data folder cannot be written")
    assert "Traceback" not in run.err
