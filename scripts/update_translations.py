"""Keeps translations/*.ts in step with the code and compiles them to .qm.

    python scripts/update_translations.py            # lupdate + lrelease
    python scripts/update_translations.py --fill F   # also apply Indonesian translations from a JSON file
    python scripts/update_translations.py --check    # exit 1 if any Indonesian string is unfinished

Strings outside merchant_desk/ui are marked with ``tr_noop`` (core cannot import Qt, so lupdate cannot see
them); they are collected here with ``ast`` and handed to lupdate under one context.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "merchant_desk"
TRANSLATIONS = ROOT / "translations"
LANGS = {"id": "id_ID", "en": "en_US"}
CORE_CONTEXT = "merchant_desk"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        sys.exit(f"{name} not found: install the dev extra (pip install -e '.[dev]')")
    return found


def core_strings() -> list[str]:
    """Every literal passed to tr_noop outside the UI, in file order, without duplicates."""
    seen: dict[str, None] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr_noop"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                seen.setdefault(node.args[0].value, None)
    return list(seen)


def lupdate() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        stub = Path(tmp) / "core_strings.py"
        stub.write_text(
            "".join(f"QT_TRANSLATE_NOOP({CORE_CONTEXT!r}, {text!r})\n" for text in core_strings()), encoding="utf-8"
        )
        sources = [str(p) for p in sorted((PACKAGE / "ui").rglob("*.py"))] + [str(stub)]
        for lang, locale in LANGS.items():
            ts = TRANSLATIONS / f"merchant_desk_{lang}.ts"
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    *sources,
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-target-language",
                    locale,
                    "-ts",
                    str(ts),
                ],
                check=True,
                capture_output=True,
            )


def _messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        out.extend((name, message) for message in context.iter("message"))
    return out


def _finish(message: ET.Element, text: str | list[str]) -> None:
    translation = message.find("translation")
    assert translation is not None
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        for form in text if isinstance(text, list) else [text]:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text if isinstance(text, str) else text[0]


def _write(tree: ET.ElementTree, path: Path) -> None:
    # lupdate's own layout (contexts at column 0), so a fill does not re-indent the whole file in the diff
    root = tree.getroot()
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(tree.getroot(), encoding="unicode").replace("<name />", "<name></name>")
    body = re.sub(r">([^<]*)<", lambda m: ">" + m[1].replace("'", "&apos;").replace('"', "&quot;") + "<", body)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def finish_english() -> None:
    """English is the source language: every message translates to itself (plural forms made from it)."""
    path = TRANSLATIONS / "merchant_desk_en.ts"
    tree = ET.parse(path)
    for _context, message in _messages(tree):
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            _finish(message, [source.replace("(s)", ""), source.replace("(s)", "s")])
        else:
            _finish(message, source)
    _write(tree, path)


def fill_indonesian(mapping_file: Path) -> int:
    """Applies {"source": "terjemahan"} or {"Context|source": …}; returns how many were filled."""
    mapping: dict[str, str | list[str]] = json.loads(mapping_file.read_text(encoding="utf-8"))
    path = TRANSLATIONS / "merchant_desk_id.ts"
    tree = ET.parse(path)
    filled = 0
    for context, message in _messages(tree):
        source = message.findtext("source") or ""
        text = mapping.get(f"{context}|{source}", mapping.get(source))
        if text is not None:
            _finish(message, text)
            filled += 1
    _write(tree, path)
    return filled


def unfinished(lang: str = "id") -> list[tuple[str, str]]:
    tree = ET.parse(TRANSLATIONS / f"merchant_desk_{lang}.ts")
    result = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        empty = translation is None or not ("".join(translation.itertext()).strip())
        if empty or (translation is not None and translation.get("type") == "unfinished"):
            result.append((context, message.findtext("source") or ""))
    return result


def lrelease() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fill", type=Path, help="JSON of Indonesian translations to apply")
    parser.add_argument("--check", action="store_true", help="only report unfinished Indonesian strings")
    args = parser.parse_args()
    if not args.check:
        TRANSLATIONS.mkdir(exist_ok=True)
        lupdate()
        finish_english()
        if args.fill:
            print(f"filled {fill_indonesian(args.fill)} Indonesian strings")
        lrelease()
    missing = unfinished("id")
    for context, source in missing:
        print(f"unfinished: {context}: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
