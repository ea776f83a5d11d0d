"""Staff, audit, backup and privacy subcommands: reset-owner-pin (forgotten-PIN recovery), audit-export,
backup-full, restore-backup, undo-restore, customer-export and customer-erase."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from merchant_desk.config import Paths
from merchant_desk.core.errors import UserError

RECOVERY_HELP = (
    "set a new owner PIN when it was forgotten. Needs the shop's data folder on this computer (whoever can read "
    "the folder holds the shop anyway); the reset is written to the audit log."
)


def register(sub: Any) -> None:
    """Adds the staff subcommands to the main parser's subparsers."""
    reset = sub.add_parser("reset-owner-pin", help=RECOVERY_HELP)
    reset.add_argument("--owner", metavar="NAME", help="which owner, when the shop has several")
    reset.add_argument("--pin-file", type=Path, help="read the new PIN from this file instead of asking")
    audit = sub.add_parser("audit-export", help="write the audit log (optionally a date range/action) as CSV")
    audit.add_argument("out", type=Path)
    audit.add_argument("--since", metavar="YYYY-MM-DD", help="first day (UTC) included")
    audit.add_argument("--until", metavar="YYYY-MM-DD", help="last day (UTC) included")
    audit.add_argument("--action", help="only this action, e.g. sign_in_failed")
    made = sub.add_parser("backup-full", help="a backup with photos into the backup folder, optionally protected")
    made.add_argument("--out-dir", type=Path, help="folder (default: the shop's backup folder)")
    made.add_argument("--passphrase-file", type=Path, help="protect the backup with the passphrase in this file")
    restore = sub.add_parser("restore-backup", help="verify any backup (plain, full or protected) and swap it in")
    restore.add_argument("file", type=Path)
    restore.add_argument("--passphrase-file", type=Path)
    sub.add_parser("undo-restore", help="put back what the last restore replaced (once)")
    export = sub.add_parser("customer-export", help="everything held about one customer, as a JSON + files zip")
    export.add_argument("customer_id", type=int)
    export.add_argument("out", type=Path)
    erase = sub.add_parser("customer-erase", help="erase a customer's personal data (orders and points stay, nameless)")
    erase.add_argument("customer_id", type=int)
    erase.add_argument("--yes", action="store_true", help="needed: the erasure cannot be undone")


def _passphrase(path: Path | None) -> str | None:
    return path.read_text(encoding="utf-8").rstrip("\n") if path else None


def _cmd_backup_full(paths: Paths, args: argparse.Namespace) -> int:
    from merchant_desk.services import backup_auto

    info = backup_auto.make_backup(paths, args.out_dir, passphrase=_passphrase(args.passphrase_file), full=True)
    print(json.dumps({"backup": str(info.path), "bytes": info.size, "encrypted": info.encrypted}), flush=True)
    return 0


def _cmd_restore_backup(paths: Paths, args: argparse.Namespace) -> int:
    from merchant_desk.services.hub import open_shop

    services = open_shop(paths)
    try:
        result = services.backups.restore(services.actor, args.file, _passphrase(args.passphrase_file))
    finally:
        services.close()
    print(json.dumps({"restored": str(args.file), "previous_kept_at": str(result.previous_database)}), flush=True)
    return 0


def _cmd_undo_restore(paths: Paths, _args: argparse.Namespace) -> int:
    from merchant_desk.services.hub import open_shop

    services = open_shop(paths)
    try:
        result = services.backups.undo_restore(services.actor)
    finally:
        services.close()
    print(json.dumps({"back_to": str(result.restored_from)}), flush=True)
    return 0


def _cmd_customer_export(paths: Paths, args: argparse.Namespace) -> int:
    from merchant_desk.services.hub import open_shop

    services = open_shop(paths)
    try:
        out = services.privacy.export_customer(services.actor, args.customer_id, args.out)
    finally:
        services.close()
    print(json.dumps({"out": str(out)}), flush=True)
    return 0


def _cmd_customer_erase(paths: Paths, args: argparse.Namespace) -> int:
    from merchant_desk.services.hub import open_shop

    if not args.yes:
        raise UserError("Erasing cannot be undone: add --yes to confirm.")
    services = open_shop(paths)
    try:
        report = services.privacy.erase_customer(services.actor, args.customer_id)
    finally:
        services.close()
    print(json.dumps({"customer": report.customer_id, "messages_cleared": report.messages_cleared,
                      "attachments_deleted": report.attachments_deleted}), flush=True)  # fmt: skip
    return 0


def _read_pin(args: argparse.Namespace) -> str:
    if args.pin_file is not None:
        return args.pin_file.read_text(encoding="utf-8").strip()
    if not sys.stdin.isatty():  # piped: one line, so scripts and tests need no terminal
        return sys.stdin.readline().strip()
    first = getpass.getpass("New owner PIN (4-8 digits): ")
    if getpass.getpass("Again: ") != first:
        raise UserError("The two PINs differ; nothing was changed.")
    return first


def _cmd_reset_owner_pin(paths: Paths, args: argparse.Namespace) -> int:
    from merchant_desk.services.audit_service import Actor
    from merchant_desk.services.hub import open_shop

    # Only the local SQLite file: the proof of authority is access to the computer's files, not a network URL.
    if not paths.is_sqlite_file or not paths.db_file.is_file():
        raise UserError("No shop database in {folder}; this recovery needs the data folder on disk.",
                        folder=paths.data_dir)  # fmt: skip
    pin = _read_pin(args)
    services = open_shop(paths)
    try:
        owners = [m for m in services.staff.list() if m.is_owner and (not args.owner or m.name == args.owner)]
        if len(owners) != 1:
            raise UserError("Name the owner with --owner (found {count}).", count=len(owners))
        system = Actor(None, "recovery (reset-owner-pin)")
        services.staff.reset_pin(system, owners[0].id, pin)
    finally:
        services.close()
    print(json.dumps({"owner": owners[0].name, "pin_reset": True}), flush=True)
    return 0


def _day(text: str | None, *, end: bool = False) -> datetime | None:
    if not text:
        return None
    try:
        day = datetime.combine(datetime.strptime(text, "%Y-%m-%d").date(), time())
    except ValueError as exc:
        raise UserError("'{text}' is not a date like 2026-11-22.", text=text) from exc
    return day + timedelta(days=1) if end else day


def _cmd_audit_export(paths: Paths, args: argparse.Namespace) -> int:
    from merchant_desk.services.hub import open_shop

    services = open_shop(paths)
    try:
        rows = services.audit.export_csv(args.out, _day(args.since), _day(args.until, end=True), args.action)
    finally:
        services.close()
    print(json.dumps({"out": str(args.out), "rows": rows}), flush=True)
    return 0


COMMANDS = {
    "reset-owner-pin": _cmd_reset_owner_pin,
    "audit-export": _cmd_audit_export,
    "backup-full": _cmd_backup_full,
    "restore-backup": _cmd_restore_backup,
    "undo-restore": _cmd_undo_restore,
    "customer-export": _cmd_customer_export,
    "customer-erase": _cmd_customer_erase,
}
