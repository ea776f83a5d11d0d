"""Catalog subcommands: import-catalog and export-catalog (registered through cli.EXTENSION_MODULES)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from merchant_desk.config import Paths

FORMAT_CHOICES = ("auto", "meta", "shopify", "woocommerce", "native")


def register(sub: Any) -> None:
    """Adds the catalog subcommands to the main parser's subparsers."""
    imp = sub.add_parser("import-catalog", help="import products from a Meta, Shopify, WooCommerce or own CSV/bundle")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=FORMAT_CHOICES, default="auto")
    imp.add_argument("--dry-run", action="store_true", help="read and check the file, store nothing")
    imp.add_argument("--json", action="store_true", help="print one JSON object")

    exp = sub.add_parser("export-catalog", help="write a Meta catalog feed CSV or a Merchant Desk bundle")
    exp.add_argument("--format", choices=("meta", "native"), required=True)
    exp.add_argument("--photo-base-url", help="public address of the photo folder, for Meta's image_link")
    exp.add_argument("out", type=Path)


def _print(text: str) -> None:
    print(text, flush=True)


def _cmd_import(paths: Paths, args: argparse.Namespace) -> int:
    from merchant_desk.services.hub import open_shop

    forced = None if args.format == "auto" else args.format
    services = open_shop(paths)
    try:
        catalog = services.catalog
        if args.dry_run:
            preview = catalog.preview(args.file, forced)
            fmt, rows, created, updated = preview.format, preview.rows, preview.to_create, preview.to_update
            unchanged, rejected, warnings = preview.unchanged, preview.rejected, preview.warnings
        else:
            result = catalog.apply(services.actor, args.file, forced_format=forced)
            fmt, rows, created, updated = result.format, result.rows, result.created, result.updated
            unchanged, rejected, warnings = result.unchanged, result.rejected, result.warnings
    finally:
        services.close()
    report = {
        "format": fmt,
        "rows": rows,
        "created": created,
        "updated": updated,
        "unchanged": unchanged,
        "rejected": [{"row": r.row, "column": r.column, "reason": r.reason} for r in rejected],
        "warnings": [{"row": w.row, "column": w.column, "reason": w.reason} for w in warnings],
        "dry_run": bool(args.dry_run),
    }
    if args.json:
        _print(json.dumps(report, ensure_ascii=False))
    else:
        verb = "would create" if args.dry_run else "created"
        _print(f"{fmt}: {rows} rows, {verb} {created}, updated {updated}, unchanged {unchanged}")
        for item in report["rejected"]:
            _print(f"  rejected row {item['row']} [{item['column']}]: {item['reason']}")
        for item in report["warnings"]:
            _print(f"  warning row {item['row']} [{item['column']}]: {item['reason']}")
    return 0


def _cmd_export(paths: Paths, args: argparse.Namespace) -> int:
    from merchant_desk.services.hub import open_shop

    services = open_shop(paths)
    try:
        if args.format == "meta":
            report = services.catalog.export_meta(services.actor, args.out, args.photo_base_url)
        else:
            report = services.catalog.export_bundle(services.actor, args.out)
    finally:
        services.close()
    _print(
        json.dumps(
            {
                "format": report.format,
                "out": str(report.path),
                "rows": report.rows,
                "without_image": list(report.without_image),
                "photos": report.photos,
                "missing_photos": list(report.missing_photos),
            },
            ensure_ascii=False,
        )
    )
    return 0


COMMANDS: dict[str, Callable[[Paths, argparse.Namespace], int]] = {
    "import-catalog": _cmd_import,
    "export-catalog": _cmd_export,
}
