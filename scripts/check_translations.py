"""Fails when a committed translations/*.qm is not what pyside6-lrelease makes of its .ts (or is missing).

The .qm files are committed because the wheel and the PyInstaller bundle ship them as they are; a .ts edited
without recompiling would ship the old text without anyone noticing.

Usage: python scripts/check_translations.py [--translations DIR] [--lrelease PATH]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def find_lrelease(explicit: str | None) -> str:
    """The pyside6-lrelease beside the running interpreter (the venv's), else the one on PATH."""
    if explicit:
        return explicit
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials in this environment")
    return found


def compile_ts(lrelease: str, ts: Path, out_dir: Path) -> bytes:
    """What lrelease makes of ``ts`` with default options (the same call the translators use)."""
    qm = out_dir / ts.with_suffix(".qm").name
    proc = subprocess.run([lrelease, str(ts), "-qm", str(qm)], capture_output=True, text=True, timeout=120, check=False)
    if proc.returncode != 0 or not qm.exists():
        raise RuntimeError(f"lrelease failed on {ts.name} ({proc.returncode}): {proc.stderr.strip() or proc.stdout}")
    return qm.read_bytes()


def check(translations: Path, lrelease: str) -> list[str]:
    """Problems found, one line each; empty when every .qm matches its .ts."""
    sources = sorted(translations.glob("*.ts"))
    if not sources:
        print(f"note: no .ts files in {translations} yet; nothing to check")
        return []
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="qm-check-") as tmp:
        for ts in sources:
            committed = ts.with_suffix(".qm")
            try:
                fresh = compile_ts(lrelease, ts, Path(tmp))
            except RuntimeError as exc:
                problems.append(str(exc))
                continue
            if not committed.exists():
                problems.append(f"{committed.name} is missing: run pyside6-lrelease {ts.name} and commit the .qm")
            elif committed.read_bytes() != fresh:
                problems.append(f"{committed.name} is stale against {ts.name}: recompile it with pyside6-lrelease")
            else:
                print(f"ok: {committed.name} matches {ts.name}")
    for qm in sorted(translations.glob("*.qm")):
        if not qm.with_suffix(".ts").exists():
            # e.g. a Qt base translation copied in because PySide6 ships none for Indonesian: nothing to compare.
            print(f"note: {qm.name} has no .ts source; not checked")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--translations", type=Path, default=ROOT / "translations")
    parser.add_argument("--lrelease", help="path of pyside6-lrelease (default: beside this Python, else PATH)")
    args = parser.parse_args(argv)
    problems = check(args.translations, find_lrelease(args.lrelease))
    for line in problems:
        print(f"FAIL: {line}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
