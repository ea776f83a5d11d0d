"""The command as a real process: python -m merchant_desk, exit codes and clean stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from merchant_desk import __version__


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MERCHANT_DESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "merchant_desk", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_migrate_check_restore_in_real_processes(tmp_path: Path) -> None:
    home = tmp_path / "home"
    migrated = _run("migrate", home=home)
    assert (migrated.returncode, migrated.stdout.strip()) == (0, "schema up to date"), migrated.stderr
    assert (home / "shop.sqlite3").exists()

    check = _run("check", home=home)
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["ok"] is True

    bad = tmp_path / "notes.txt"
    bad.write_text("not a database")
    refused = _run("restore", str(bad), home=home)
    assert refused.returncode == 2
    assert "notes.txt" in refused.stderr and "Traceback" not in refused.stderr
    assert refused.stdout == ""


def test_version_and_unwritable_folder_in_real_processes(tmp_path: Path) -> None:
    version = _run("--version", home=tmp_path / "home")
    assert (version.returncode, version.stdout.strip()) == (0, f"Merchant Desk {__version__}")

    blocker = tmp_path / "somefile"
    blocker.write_text("a file, not a folder")
    broken = _run("--data-dir", str(blocker / "sub"), "migrate", home=tmp_path / "home")
    assert broken.returncode == 2
    assert "Traceback" not in broken.stderr
    assert "merchant-desk: The shop's data folder cannot be written" in broken.stderr
