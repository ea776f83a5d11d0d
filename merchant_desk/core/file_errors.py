"""Why a file the merchant chose cannot be opened at all: missing, not allowed, a folder, or empty.

The operating system's own words (``strerror``) are English on most machines and mean little to a shop, so an
``OSError`` is turned into one of these, each naming the file and what to do in the merchant's language.
"""

from __future__ import annotations

import errno
from pathlib import Path

from merchant_desk.core.errors import UserError, tr_noop


class FileProblem(UserError):
    """The file cannot be read; ``{code}`` is the system's error code (ENOSPC, EIO…), never its English text."""

    message = tr_noop(
        "The file {name} could not be read (system error {code}). Check that the disk or USB stick is still "
        "connected, then try again."
    )


class FileMissing(FileProblem):
    message = tr_noop(
        "The file {name} was not found: it may have been moved, renamed or deleted. Choose the file again."
    )


class FileAccessDenied(FileProblem):
    message = tr_noop(
        "Merchant Desk is not allowed to open {name}. If it is open in another program (such as Excel), close it "
        "there; otherwise copy the file to your Documents folder and choose the copy."
    )


class FileIsFolder(FileProblem):
    message = tr_noop("{name} is a folder, not a file. Open the folder and choose the file inside it.")


class EmptyFile(FileProblem):
    message = tr_noop(
        "The file {name} is empty: it holds nothing to import. Export or save it again, then choose the new file."
    )


def file_problem(path: Path | str, exc: OSError) -> FileProblem:
    """The merchant's error for an ``OSError`` met while opening or reading ``path``."""
    name = Path(path).name or str(path)
    code = exc.errno
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        return FileMissing(name=name)
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        return FileIsFolder(name=name)
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return FileAccessDenied(name=name)
    return FileProblem(name=name, code=errno.errorcode.get(code, str(code)) if code is not None else "?")
