"""The photo strip's background work and its wording: sources decoded and stored in a worker, thumbnails
read back as QImages, and the refusals and warnings that come back put in the merchant's language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from merchant_desk.core.catalog import PhotoRef
from merchant_desk.core.errors import UserError
from merchant_desk.ui.i18n import error_text, tr_core

Source = Path | bytes


def while_alive(widget: QObject, callback: Callable[..., Any]) -> Callable[..., Any]:
    """A task callback that is dropped when ``widget`` was deleted meanwhile (a dialog closed mid-task)."""
    return lambda *args: callback(*args) if shiboken6.isValid(widget) else None


@dataclass
class Added:
    """What one source became in the worker: a stored photo with its thumbnail, or the reason it was refused."""

    name: str
    ref: PhotoRef | None = None
    thumb: QImage | None = None
    warnings: list[object] = field(default_factory=list)
    error: BaseException | None = None


def load_thumb(photo_dir: Path, sha: str) -> QImage:
    from merchant_desk.services.photo_store import PhotoStore

    return QImage(str(PhotoStore(photo_dir).ensure_thumbnail(sha)))


def store_jpeg(photo_dir: Path, jpeg: bytes) -> tuple[PhotoRef, QImage]:
    from merchant_desk.services.photo_store import PhotoStore

    stored = PhotoStore(photo_dir).store_jpeg_bytes(jpeg)
    return PhotoRef(stored.sha256, None, stored.width, stored.height), load_thumb(photo_dir, stored.sha256)


def prepare_all(photo_dir: Path, sources: list[tuple[str, Source]]) -> list[Added]:
    """Runs in a worker: each source decoded, turned upright and stored; one refusal never stops the rest."""
    from merchant_desk.services.photo_import import prepare_photo  # Pillow: only when a photo is added

    out = []
    for name, source in sources:
        try:
            prepared = prepare_photo(source, name=name)
            ref, thumb = store_jpeg(photo_dir, prepared.jpeg)
            out.append(Added(name, ref, thumb, list(prepared.warnings)))
        except (UserError, OSError) as exc:
            out.append(Added(name, error=exc))
    return out


def problem_text(problem: object) -> str:
    """A refusal or a warning in the merchant's language (photo warnings carry a message and params too)."""
    if isinstance(problem, OSError):
        return problem.strerror or str(problem)
    if hasattr(problem, "message") and hasattr(problem, "params"):
        return error_text(problem)  # type: ignore[arg-type]
    return tr_core(str(problem))


def named(name: str, text: str) -> str:
    # photo_import's messages already name the file; others get it in front, so a refusal is never anonymous.
    return text if name in text else f"{name}: {text}"
