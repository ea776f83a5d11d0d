"""Files the UI ships with, found the same way from a source tree, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def _roots() -> tuple[Path, ...]:
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen) / "merchant_desk" / "_data")
    roots.append(_PACKAGE / "_data")  # installed wheel (pyproject force-include)
    roots.append(_PACKAGE.parent)  # source tree / editable install
    return tuple(roots)


def resource_path(*parts: str) -> Path:
    """The first existing ``<root>/<parts>``; the source-tree path when none exists (for error messages)."""
    for root in _roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return _roots()[-1].joinpath(*parts)


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons (SVG or PNG), or the theme's icon of that name."""
    for ext in ("svg", "png"):
        path = resource_path("resources", "icons", f"{name}.{ext}")
        if path.exists():
            return QIcon(str(path))
    return QIcon.fromTheme(name)
