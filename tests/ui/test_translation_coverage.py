"""Every literal the UI passes to tr()/translate() has a finished Indonesian translation in the .ts file.

test_languages catches untranslated lookups only on the screens it opens; this reads the source instead, so a
string that lupdate cannot see (a plural whose count is a call such as ``len(x)``, a ``self.tr`` inside an
f-string) fails here even when no test happens to show it.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNFINISHED = ("unfinished", "obsolete", "vanished")


def _translated() -> dict[tuple[str, str], bool]:
    found = {}
    for context in ET.parse(ROOT / "translations" / "merchant_desk_id.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in UNFINISHED
            found[(name, message.findtext("source") or "")] = done
    return found


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _lookups(tree: ast.AST, cls: str = "") -> Iterator[tuple[int, str, str]]:
    """(line, context, source) of each ``self.tr("…")`` (context: the class it is written in) and
    ``translate("Context", "…")`` with literal arguments."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.Call):
            func, args = node.func, node.args
            if isinstance(func, ast.Attribute) and func.attr == "tr" and args and _literal(args[0]) is not None:
                yield node.lineno, cls, _literal(args[0]) or ""
            named = (isinstance(func, ast.Name) and func.id == "translate") or (
                isinstance(func, ast.Attribute) and func.attr == "translate"
            )
            if named and len(args) >= 2 and _literal(args[0]) is not None and _literal(args[1]) is not None:
                yield node.lineno, _literal(args[0]) or "", _literal(args[1]) or ""
        yield from _lookups(node, node.name if isinstance(node, ast.ClassDef) else cls)


def test_every_ui_string_has_an_indonesian_translation() -> None:
    translated = _translated()
    missing, checked = [], 0
    for path in sorted((ROOT / "merchant_desk" / "ui").rglob("*.py")):
        for line, context, source in _lookups(ast.parse(path.read_text(encoding="utf-8"))):
            checked += 1
            if not translated.get((context, source)):
                missing.append(f"{path.relative_to(ROOT)}:{line} {context}: {source!r}")
    assert checked > 500  # the scan really read the UI
    assert not missing, "untranslated or invisible to lupdate:\n" + "\n".join(missing)
