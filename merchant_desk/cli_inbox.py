"""Inbox subcommands: import-chat (registered through cli.EXTENSION_MODULES)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from merchant_desk.config import Paths


def register(sub: Any) -> None:
    """Adds the inbox subcommands to the main parser's subparsers."""
    imp = sub.add_parser("import-chat", help="import a WhatsApp 'Export chat' file (.txt or .zip with media)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--me", metavar="NAME", help="the participant who is the shop (remembered for next time)")
    imp.add_argument("--date-order", choices=("auto", "dmy", "mdy", "ymd"), default="auto")
    imp.add_argument("--group-customers", action="store_true", help="create customers from a group's members")
    imp.add_argument("--json", action="store_true", help="print one JSON object")


def _message(item: Any) -> dict[str, Any] | None:
    if item is None:
        return None
    return {"at": item.at.isoformat(), "author": item.author, "text": item.text}


def _cmd_import_chat(paths: Paths, args: argparse.Namespace) -> int:
    from merchant_desk.services.hub import open_shop

    services = open_shop(paths)
    try:
        result = services.chat_import.apply(
            services.actor, args.file, me=args.me, date_order=args.date_order,
            create_group_customers=args.group_customers,
        )  # fmt: skip
    finally:
        services.close()
    p = result.preview
    report = {
        "format": p.format,
        "date_order": p.date_order,
        "messages_total": p.messages_total,
        "messages_new": result.messages_new,
        "system_messages": p.system_messages,
        "attachments": p.attachments,
        "participants": list(p.participants),
        "first": _message(p.first),
        "last": _message(p.last),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False), flush=True)
    else:
        who = f", you are {p.me}" if p.me else ", the shop's participant is unknown (use --me)"
        print(
            f"{args.file.name}: {p.format} export, dates {p.date_order} ({p.date_order_source}){who}; "
            f"{result.messages_new} of {p.messages_total} messages new, {result.attachments_stored} media files stored",
            flush=True,
        )
    return 0


COMMANDS: dict[str, Callable[[Paths, argparse.Namespace], int]] = {"import-chat": _cmd_import_chat}
