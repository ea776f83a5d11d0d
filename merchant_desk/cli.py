"""The `merchant-desk` command: the window by default, and headless commands sharing the same services."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from merchant_desk import APP_NAME, __version__
from merchant_desk.config import Paths, resolve_paths
from merchant_desk.core.errors import StorageError, UserError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="merchant-desk", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", help="the shop's data folder (default: MERCHANT_DESK_HOME or the per-user one)")
    parser.add_argument("--db", metavar="URL", help="a database URL instead of the folder's SQLite file")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--demo", action="store_true", help="fill an empty data folder with the demo shop first")

    demo = sub.add_parser("demo", help="fill a fresh data folder with a realistic demo shop")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=2026)

    sub.add_parser("check", help="integrity check and schema version; exits 1 on a problem")
    sub.add_parser("migrate", help="bring the database's schema up to date")

    backup = sub.add_parser("backup", help="a consistent copy, safe while the app is running")
    backup.add_argument("out", type=Path)

    restore = sub.add_parser("restore", help="verify a backup and swap it in, keeping the current one aside")
    restore.add_argument("file", type=Path)

    shots = sub.add_parser("screenshot", help="render the window, each tab and dialog to PNG files, offscreen")
    shots.add_argument("out_dir", type=Path)
    shots.add_argument("--language", choices=("id", "en"))
    for module in _extensions():
        module.register(sub)
    return parser


# Feature areas add their own subcommands: each module has register(subparsers) and a COMMANDS dict, and imports
# nothing heavy at module level so `merchant-desk --help` stays fast.
EXTENSION_MODULES: tuple[str, ...] = ("merchant_desk.cli_catalog", "merchant_desk.cli_inbox", "merchant_desk.cli_staff")


def _extensions() -> list[Any]:
    import importlib

    return [importlib.import_module(name) for name in EXTENSION_MODULES]


def _say(text: str) -> None:
    print(text, flush=True)


def _cmd_demo(paths: Paths, args: argparse.Namespace) -> int:
    from merchant_desk.services.demo import generate_demo

    report = generate_demo(paths, size=args.size, seed=args.seed, progress=lambda msg: _say(msg))
    _say(json.dumps(report.as_dict()))
    return 0


def _cmd_check(paths: Paths, _args: argparse.Namespace) -> int:
    from merchant_desk.services import backup_service

    if not paths.is_sqlite_file:
        from merchant_desk.db import migrate
        from merchant_desk.db.engine import Database

        db = Database(paths.db_url)
        current, head = migrate.current_revision(db), migrate.head_revision()
        _say(json.dumps({"ok": current == head, "schema": current, "expected_schema": head}))
        return 0 if current == head else 1
    if not paths.db_file.exists():
        raise UserError("No shop in {folder}.", folder=paths.data_dir)
    try:
        report = backup_service.inspect(paths.db_file)
    except backup_service.RestoreRefused as exc:  # not SQLite at all, or too damaged to read: a failed check
        report_json = {"ok": False, "schema": None, "expected_schema": None, "problems": [str(exc)], "rows": {}}
        _say(json.dumps(report_json))
        return 1
    _say(
        json.dumps(
            {
                "ok": report.ok,
                "schema": report.schema,
                "expected_schema": report.expected_schema,
                "problems": list(report.problems),
                "rows": report.row_counts,
            }
        )
    )
    return 0 if report.ok else 1


def _cmd_migrate(paths: Paths, _args: argparse.Namespace) -> int:
    from merchant_desk.services.hub import open_shop

    open_shop(paths).close()
    _say("schema up to date")
    return 0


def _cmd_backup(paths: Paths, args: argparse.Namespace) -> int:
    from merchant_desk.services import backup_service

    _require_sqlite_file(paths)
    result = backup_service.backup(paths.db_file, args.out)
    _audit(paths, "backup_made", result.path.name, bytes=result.size)
    _say(json.dumps({"backup": str(result.path), "bytes": result.size}))
    return 0


def _cmd_restore(paths: Paths, args: argparse.Namespace) -> int:
    from merchant_desk.services import backup_service

    _require_sqlite_file(paths)
    try:
        paths.ensure()
    except OSError as exc:
        raise StorageError(reason=f"{paths.data_dir}: {exc.strerror or exc}") from exc
    kept = backup_service.restore(paths.db_file, args.file, paths.migration_dir)
    _audit(paths, "backup_restored", args.file.name, kept=str(kept))
    _say(json.dumps({"restored": str(args.file), "previous_kept_at": str(kept) if kept else None}))
    return 0


def _cmd_screenshot(paths: Paths, args: argparse.Namespace) -> int:
    from merchant_desk.ui.screenshot import render_all

    files = render_all(paths, args.out_dir, language=args.language)
    _say(json.dumps({"files": [str(f) for f in files]}))
    return 0 if files else 1


def _cmd_gui(paths: Paths, args: argparse.Namespace) -> int:
    if getattr(args, "demo", False) and not paths.db_file.exists():
        from merchant_desk.services.demo import generate_demo

        generate_demo(paths, size="small", seed=2026, progress=_say)
    from merchant_desk.ui.app import run_gui

    return run_gui(paths)


def _audit(paths: Paths, action: str, subject: str, **detail: Any) -> None:
    """Backups and restores from the command line are audited as the system (issue 7)."""
    from merchant_desk.services.audit_service import Actor
    from merchant_desk.services.hub import open_shop

    services = open_shop(paths, migrate=False)
    try:
        services.audit.note(Actor.system(), action, subject, **detail)
    finally:
        services.close()


def _require_sqlite_file(paths: Paths) -> None:
    if not paths.is_sqlite_file:
        raise UserError("This command works on the SQLite file of a data folder; use your database server's tools.")


COMMANDS: dict[str, Callable[[Paths, argparse.Namespace], int]] = {
    "gui": _cmd_gui,
    "demo": _cmd_demo,
    "check": _cmd_check,
    "migrate": _cmd_migrate,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "screenshot": _cmd_screenshot,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command; a merchant's mistake prints a message and exits 2, never a traceback."""
    args = _parser().parse_args(argv)
    command = args.command or "gui"
    paths = resolve_paths(args.data_dir, args.db)
    if command != "gui":
        from merchant_desk.logs import setup_logging

        setup_logging(paths, console=False)
    commands = dict(COMMANDS)
    for module in _extensions():
        commands.update(module.COMMANDS)
    try:
        return commands[command](paths, args)
    except UserError as exc:
        print(f"merchant-desk: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a full disk or an unwritable folder the command did not foresee: no traceback
        # The traceback goes to the log file only (INFO: a stderr fallback shows WARNING and up).
        logging.getLogger(__name__).info("%s failed", command, exc_info=True)
        print(f"merchant-desk: {StorageError(reason=exc.strerror or str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("merchant-desk: interrupted", file=sys.stderr)
        return 130
