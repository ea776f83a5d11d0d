"""Runs all or the named benchmarks and prints one JSON object per figure: python benchmarks/run.py [NAME ...]."""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Sequence

from _registry import Context, discover


def main(argv: Sequence[str] | None = None) -> int:
    registry = discover()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"any of: {', '.join(sorted(registry))}")
    parser.add_argument("--size", choices=("small", "large"), default="small", help="demo shop size to measure on")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (printed on stderr)")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in registry]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    ctx = Context(args.size)
    failed = False
    try:
        for name in args.names or list(registry):
            try:
                for figure in registry[name](ctx):
                    print(json.dumps(figure.as_dict(), ensure_ascii=False), flush=True)
                    failed |= not figure.ok
            except Exception as exc:  # one broken benchmark must not hide the others' figures
                failed = True
                error = {"name": name, "value": None, "unit": None, "baseline": None, "ratio": None, "target": None}
                print(json.dumps({**error, "ok": False, "error": repr(exc)}), flush=True)
                traceback.print_exc(file=sys.stderr)
    finally:
        if args.keep:
            print(f"scratch folder: {ctx.tmp}", file=sys.stderr)
        else:
            ctx.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
