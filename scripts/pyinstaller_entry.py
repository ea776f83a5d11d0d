"""Entry script of the PyInstaller bundle: the same main() as the installed `merchant-desk` command."""

from __future__ import annotations

import multiprocessing
import sys

from merchant_desk.cli import main

if __name__ == "__main__":
    # A frozen Windows/macOS build re-runs this script for every child process a pool starts; without this the
    # child would open a second window instead of running its task. It costs nothing when no pool is used.
    multiprocessing.freeze_support()
    sys.exit(main())
