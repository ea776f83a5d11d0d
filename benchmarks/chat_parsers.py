"""Other Python WhatsApp parsers (whatstk, chat-miner) timed on our export, each in its own virtual environment.

They are installed only into a cached venv beside the benchmarks (never into the project's environment), and
each runs in a child process. Run as a script inside that venv, this module is the child: it times one parser.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

PACKAGES = {"whatstk": "whatstk", "chatminer": "chat-miner"}
INSTALL_TIMEOUT_S = 600
RUN_TIMEOUT_S = 600


def venv_dir() -> Path:
    """A venv kept between runs (installing pandas and polars takes a minute), outside the project."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "merchant-desk-bench" / "venv-parsers"


def _python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> tuple[Path | None, str]:
    """The venv's python with both packages importable, or (None, why not)."""
    venv = venv_dir()
    python = _python(venv)
    check = [str(python), "-c", "import whatstk, chatminer"]
    if python.exists() and subprocess.run(check, capture_output=True, check=False).returncode == 0:
        return python, ""
    try:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        install = [str(python), "-m", "pip", "install", "--quiet", *PACKAGES.values()]
        done = subprocess.run(install, capture_output=True, text=True, timeout=INSTALL_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"could not create the parsers' venv: {exc}"
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        return None, f"pip install {' '.join(PACKAGES.values())} failed: {lines[-1] if lines else done.returncode}"
    return python, ""


def time_parser(python: Path, package: str, export: Path) -> dict[str, object]:
    """{"seconds", "cpu_seconds", "messages"} of one parser reading ``export``, or {"error": why}."""
    env = {**os.environ, "TQDM_DISABLE": "1"}  # chat-miner shows a progress bar
    try:
        done = subprocess.run(
            [str(python), __file__, package, str(export)],
            capture_output=True, text=True, timeout=RUN_TIMEOUT_S, env=env, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return {"error": f"{package} took over {RUN_TIMEOUT_S} s"}
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        return {"error": f"{package} failed: {lines[-1] if lines else done.returncode}"}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _child(package: str, export: str) -> None:
    # Imports are not timed: only reading the file into the package's table, as its documentation shows.
    if package == "whatstk":
        from whatstk.whatsapp.parser import df_from_whatsapp

        def parse() -> int:
            return len(df_from_whatsapp(export))
    else:
        from chatminer.chatparsers import WhatsAppParser

        def parse() -> int:
            parser = WhatsAppParser(export)
            parser.parse_file()
            return len(parser.parsed_messages.get_df())

    wall, cpu = time.perf_counter(), time.process_time()
    count = parse()
    seconds, cpu_seconds = time.perf_counter() - wall, time.process_time() - cpu
    print(json.dumps({"seconds": round(seconds, 3), "cpu_seconds": round(cpu_seconds, 3), "messages": count}))


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
