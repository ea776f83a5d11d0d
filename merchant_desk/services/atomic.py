"""Files that appear whole or not at all: written under a temporary name beside the target, then renamed."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


@contextlib.contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """A temporary path in ``out``'s folder that replaces ``out`` only when the block succeeds.

    A full disk or a crash leaves at most a hidden ``.part`` file, never a truncated file under the real name;
    the temporary file is removed on any error.

    Raises:
        OSError: the folder cannot be written.
    """
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as handle:  # on disk before the rename, so a power cut cannot leave an empty file
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(OSError):
            Path(tmp).unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_file(out: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """An open handle (text mode writes UTF-8 with newline="" for csv) on an ``atomic_path``."""
    with atomic_path(out) as tmp:
        if "b" in mode:
            with open(tmp, mode) as handle:
                yield handle
        else:
            with open(tmp, mode, encoding="utf-8", newline="") as handle:
                yield handle
