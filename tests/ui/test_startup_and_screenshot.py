"""The real process: it starts to a shown window, and `screenshot` writes PNGs of every tab and dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from merchant_desk.cli import main
from merchant_desk.services.hub import Services


def test_app_process_shows_its_window_and_exits_cleanly(shop: Services) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MERCHANT_DESK_STARTUP_PROBE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "merchant_desk", "--data-dir", str(shop.paths.data_dir), "gui"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "STARTUP_SHOWN" in done.stdout
    assert "Traceback" not in done.stderr
    assert "Starting Merchant Desk" in shop.paths.log_file.read_text(encoding="utf-8")


def test_screenshot_renders_window_tabs_and_dialogs(shop: Services, tmp_path: Path, capsys: object) -> None:
    out = tmp_path / "shots"
    assert main(["--data-dir", str(shop.paths.data_dir), "screenshot", str(out), "--language", "en"]) == 0
    names = sorted(p.name for p in out.glob("*.png"))
    assert "main-1-overviewtab.png" in names
    assert {"dialog-settings.png", "dialog-about.png", "dialog-sign-in.png", "wizard-1.png"} <= set(names)
    with Image.open(out / "main-1-overviewtab.png") as picture:
        assert picture.size[0] >= 1000
        # A real rendering has many colours (text, cards, accent), not a blank canvas.
        assert len(picture.convert("RGB").getcolors(maxcolors=1_000_000) or []) > 20
