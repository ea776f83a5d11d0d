"""Packaging rules that protect the app: the PySide6 pin of DESIGN.md §8.1 and the Qt import ban of §1."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# Every distribution that installs the PySide6 module; a cap on one is useless if another can bring 6.12 in.
QT_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}


def _qt_requirements_for(python: str) -> list[Requirement]:
    """The Qt requirements pip would apply on that Python version (markers evaluated)."""
    env = {"python_version": python, "python_full_version": f"{python}.0"}
    found = []
    for line in PYPROJECT["project"]["dependencies"]:
        req = Requirement(line)
        if req.name.lower() in QT_DISTRIBUTIONS and (req.marker is None or req.marker.evaluate(env)):
            found.append(req)
    return found


@pytest.mark.parametrize("python", ["3.11"])
def test_pyside6_is_capped_below_6_12_on_python_3_11(python: str) -> None:
    reqs = _qt_requirements_for(python)
    assert [r.name for r in reqs] == ["PySide6-Essentials"], reqs
    spec = reqs[0].specifier
    for crashing in ("6.12.0", "6.12.1", "6.13.0"):
        assert not spec.contains(crashing), f"{reqs[0]} lets pip install {crashing} on Python {python}"
    assert spec.contains("6.11.3"), f"{reqs[0]} no longer admits the known-good 6.11.3"


@pytest.mark.parametrize("python", ["3.12", "3.13", "3.14"])
def test_the_cap_is_scoped_to_python_3_11(python: str) -> None:
    """Exactly one Qt requirement applies on newer Pythons, and it does not carry the 3.11-only cap."""
    reqs = _qt_requirements_for(python)
    assert [r.name for r in reqs] == ["PySide6-Essentials"], reqs
    assert reqs[0].specifier.contains("6.12.0")


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="the crash and the cap concern Python 3.11 only")
def test_installed_pyside6_is_not_the_crashing_release() -> None:
    import PySide6
    import shiboken6

    installed = Version(PySide6.__version__)
    assert installed != Version("6.12.0"), "PySide6 6.12.0 aborts on Python 3.11 (DESIGN.md §8.1)"
    (req,) = _qt_requirements_for(f"{sys.version_info.major}.{sys.version_info.minor}")
    assert req.specifier.contains(installed), f"installed PySide6 {installed} is outside {req}"
    # A wheel set mixed by hand (PySide6 from one release, shiboken6 from another) crashes in other ways.
    assert Version(version("PySide6-Essentials")) == installed
    assert Version(shiboken6.__version__) == installed


def test_ruff_bans_pyside6_outside_the_ui() -> None:
    lint = PYPROJECT["tool"]["ruff"]["lint"]
    selected = lint["select"]
    assert any("TID251".startswith(code) for code in selected), f"TID251 is not selected: {selected}"
    assert "PySide6" in lint["flake8-tidy-imports"]["banned-api"]


def _ruff_codes(source: str, pretend_path: str) -> set[str]:
    """Lints ``source`` as if it were the file at ``pretend_path``, so per-file-ignores apply as in the tree."""
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format=json", "--stdin-filename", pretend_path],
        input=source,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return {item["code"] for item in json.loads(proc.stdout)}


QT_IMPORT = '"""Probe."""\n\nfrom PySide6.QtCore import QObject\n\n__all__ = ["QObject"]\n'


@pytest.mark.parametrize(
    "layer",
    [
        "merchant_desk/core",
        "merchant_desk/formats",
        "merchant_desk/db",
        "merchant_desk/services",
        "merchant_desk/channels",
    ],
)
def test_ruff_rejects_a_qt_import_in_a_headless_layer(layer: str) -> None:
    assert "TID251" in _ruff_codes(QT_IMPORT, f"{layer}/probe_module.py")


def test_ruff_allows_a_qt_import_in_the_ui() -> None:
    assert "TID251" not in _ruff_codes(QT_IMPORT, "merchant_desk/ui/probe_module.py")


def test_version_constant_matches_pyproject() -> None:
    import tomllib
    from pathlib import Path

    import merchant_desk

    project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert merchant_desk.__version__ == project["project"]["version"]
