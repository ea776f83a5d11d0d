"""CLI fixtures: run main() in-process and detach the log handlers it installs."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from merchant_desk.cli import main


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def _detach_log_handlers() -> Iterator[None]:
    """main() logs to the data folder; a handler left on the root logger would keep a tmp file open."""
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_merchant_desk", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Runs ``merchant-desk ARGS`` in this process and returns its exit code, stdout and stderr."""

    def run(*args: str) -> Run:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
