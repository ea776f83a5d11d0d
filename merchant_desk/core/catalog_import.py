"""What a catalog import reports: the rows it refused or warned about, its preview and its result, the
merchant's errors it raises, and how an import row's photos merge with those a product already has."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from merchant_desk.core.catalog import MAX_PHOTOS, PhotoRef
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError, tr_noop


class FileChangedSincePreview(UserError):
    message = tr_noop("{name} changed since the preview; please preview it again.")


class ImportFailed(UserError):
    message = tr_noop("The import could not be saved, nothing was changed: {reason}")


Params = tuple[tuple[str, Any], ...]


class Worded:
    """A reason kept as its ``tr_noop`` source and the values of its ``{fields}``, so the UI can show it in the
    merchant's language while the CLI and logs keep the stable English text."""

    message: str
    params: Params

    def text(self, translated: str | None = None) -> str:
        """The message (or its translation) with the values filled in."""
        template = translated if translated is not None else self.message
        try:
            return template.format(**dict(self.params))
        except (KeyError, IndexError, ValueError):
            return template

    @property
    def reason(self) -> str:
        """The English text (what ``import-catalog --json`` prints)."""
        return self.text()


@dataclass(frozen=True)
class CellIssue(Worded):
    """A problem or warning with one cell of a row; ``column`` is "" when it concerns the whole row."""

    column: str
    message: str
    params: Params = ()

    @classmethod
    def of(cls, column: str, message: str, **params: Any) -> CellIssue:
        return cls(column, message, tuple(params.items()))


@dataclass(frozen=True)
class RowIssue(Worded):
    row: int
    column: str
    message: str
    params: Params = ()

    @classmethod
    def at(cls, row: int, issue: CellIssue) -> RowIssue:
        return cls(row, issue.column, issue.message, issue.params)


@dataclass(frozen=True)
class ImportPreview:
    """What importing ``path`` would do; ``apply`` accepts it and re-reads the (unchanged) file."""

    path: Path
    format: str
    rows: int
    to_create: int
    to_update: int
    unchanged: int
    skipped: int
    rejected: tuple[RowIssue, ...]
    warnings: tuple[RowIssue, ...]
    new_collections: tuple[str, ...]
    file_size: int
    file_mtime_ns: int


@dataclass(frozen=True)
class ImportResult:
    format: str
    rows: int
    created: int
    updated: int
    unchanged: int
    skipped: int
    rejected: tuple[RowIssue, ...]
    warnings: tuple[RowIssue, ...]
    cancelled: bool
    changes: Changes


def merge_photos(existing: Sequence[PhotoRef], incoming: Sequence[PhotoRef]) -> tuple[PhotoRef, ...]:
    """The photos a matched product keeps after an import row.

    A feed that names no photo, or only links, must not delete the photos the shop stored itself (a Meta
    export without a public photo URL, imported back, would otherwise empty the catalog of photos): stored
    photos stay, new links are added after them. Only a bundle that carries photo files replaces the list.
    """
    if not incoming:
        return tuple(existing)
    if any(p.sha256 for p in incoming):
        return tuple(incoming)
    seen = {p.key for p in existing} | {(None, p.source_url) for p in existing if p.source_url}
    kept = [p for p in existing if p.sha256]
    links = [p for p in existing if not p.sha256]
    links += [p for p in incoming if (None, p.source_url) not in seen and p.key not in seen]
    if kept:
        return tuple((kept + links)[:MAX_PHOTOS])
    return tuple(incoming[:MAX_PHOTOS])
