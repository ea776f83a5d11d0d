"""Reply templates: the placeholders they may hold, validation with positions, rendering and WhatsApp styling."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from merchant_desk.core.errors import UserError, tr_noop

# Name -> what the editor lists beside it (translated in the UI).
PLACEHOLDERS: dict[str, str] = {
    "nama": tr_noop("Customer's name"),
    "nama_toko": tr_noop("Shop name"),
    "produk": tr_noop("Product name"),
    "harga": tr_noop("Product price"),
    "stok": tr_noop("Product stock"),
    "link_produk": tr_noop("Product link"),
    "nomor_pesanan": tr_noop("Latest order number"),
    "total": tr_noop("Latest order total"),
    "poin": tr_noop("Customer's points"),
    "tanggal": tr_noop("Today's date"),
    "staf": tr_noop("Signed-in staff member"),
}

UNKNOWN = "unknown"  # {nmaa}
UNCLOSED = "unclosed"  # "{nama" with no "}"
UNOPENED = "unopened"  # a lone "}"

_MESSAGES = {
    UNKNOWN: tr_noop("Unknown placeholder {{{name}}} at line {line}, column {column}."),
    UNCLOSED: tr_noop("A '{{' at line {line}, column {column} is never closed (write '{{{{' for a literal brace)."),
    UNOPENED: tr_noop("A '}}' at line {line}, column {column} has no opening '{{' (write '}}}}' for a literal brace)."),
}


@dataclass(frozen=True)
class Problem:
    """Something wrong in a template, with where it is (index from 0; line and column from 1)."""

    kind: str  # unknown | unclosed | unopened
    index: int
    line: int
    column: int
    name: str = ""  # the unknown placeholder's name

    @property
    def message(self) -> str:
        """English source text with {name}/{line}/{column} fields; fill with ``message.format(**params)``."""
        return _MESSAGES[self.kind]

    @property
    def params(self) -> dict[str, object]:
        return {"name": self.name, "line": self.line, "column": self.column}

    def render(self) -> str:
        return self.message.format(**self.params)


class InvalidTemplate(UserError):
    message = tr_noop("The text has {count} problem(s); the first: {first}")

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(count=len(problems), first=problems[0].render())


class MissingValues(UserError):
    """Placeholders with no value for this conversation: the reply is not sent with an empty hole."""

    message = tr_noop("Nothing to fill in for {placeholders}. Choose a product or edit the text first.")

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        super().__init__(placeholders=", ".join(f"{{{n}}}" for n in names))


@dataclass(frozen=True)
class _Piece:
    literal: str | None = None
    name: str | None = None


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _parse(text: str) -> tuple[list[_Piece], list[Problem]]:
    pieces: list[_Piece] = []
    problems: list[Problem] = []
    i, n = 0, len(text)

    def problem(kind: str, index: int, name: str = "") -> None:
        problems.append(Problem(kind, index, *_position(text, index), name))

    while i < n:
        brace = min((p for p in (text.find("{", i), text.find("}", i)) if p >= 0), default=n)
        if brace > i:
            pieces.append(_Piece(literal=text[i:brace]))
            i = brace
            continue
        char, following = text[i], text[i + 1 : i + 2]
        if following == char:  # "{{" or "}}": one literal brace
            pieces.append(_Piece(literal=char))
            i += 2
        elif char == "}":
            problem(UNOPENED, i)
            pieces.append(_Piece(literal=char))
            i += 1
        else:
            close = text.find("}", i + 1)
            reopen = text.find("{", i + 1)
            if close < 0 or 0 <= reopen < close:
                problem(UNCLOSED, i)
                pieces.append(_Piece(literal=char))
                i += 1
                continue
            name = text[i + 1 : close]
            if name not in PLACEHOLDERS:
                problem(UNKNOWN, i, name)
            pieces.append(_Piece(name=name))
            i = close + 1
    return pieces, problems


def validate_template(text: str) -> list[Problem]:
    """Every unknown placeholder and unbalanced brace, in order of position (empty when the text is fine)."""
    return _parse(text)[1]


def placeholders_in(text: str) -> tuple[str, ...]:
    """The known placeholders ``text`` uses, each once, in order of first use."""
    pieces, _problems = _parse(text)
    return tuple(dict.fromkeys(p.name for p in pieces if p.name in PLACEHOLDERS))


def escape(text: str) -> str:
    """Plain text as a template that renders back to it (braces doubled)."""
    return text.replace("{", "{{").replace("}", "}}")


def render(template: str, values: Mapping[str, str | None]) -> str:
    """Fills the placeholders; ``{{``/``}}`` become single braces.

    Raises:
        InvalidTemplate: unknown placeholders or unbalanced braces.
        MissingValues: a placeholder whose value is absent, None or blank.
    """
    pieces, problems = _parse(template)
    if problems:
        raise InvalidTemplate(problems)
    missing = tuple(dict.fromkeys(p.name for p in pieces if p.name and not (values.get(p.name) or "").strip()))
    if missing:
        raise MissingValues(missing)
    return "".join(p.literal if p.literal is not None else str(values[p.name or ""]) for p in pieces)


# Values the editor's preview uses where the real conversation has none (a sample customer and product).
SAMPLE_VALUES: dict[str, str] = {
    "nama": "Budi", "nama_toko": "Toko Berkah Jaya", "produk": "Kemeja Batik", "harga": "Rp150.000", "stok": "12",
    "link_produk": "https://contoh.id/kemeja-batik", "nomor_pesanan": "INV/2026/11/0001", "total": "Rp165.000",
    "poin": "120", "tanggal": "22 November 2026", "staf": "Siti",
}  # fmt: skip


def preview(template: str, values: Mapping[str, str | None] | None = None) -> str:
    """The template as a sample customer would read it: given values first, SAMPLE_VALUES for the rest.

    Raises:
        InvalidTemplate: unknown placeholders or unbalanced braces (never MissingValues).
    """
    given = {k: v for k, v in (values or {}).items() if v and v.strip()}
    return render(template, {**SAMPLE_VALUES, **given})


# -- WhatsApp formatting preview -----------------------------------------------------------------------------

_STYLE = {"*": "bold", "_": "italic", "~": "strike"}
_MONO = re.compile(r"```(.+?)```", re.DOTALL)


@dataclass(frozen=True)
class StyledSpan:
    """A run of text (markers removed) and how WhatsApp shows it."""

    text: str
    bold: bool = False
    italic: bool = False
    strike: bool = False
    mono: bool = False


def _closing(text: str, start: int, marker: str) -> int:
    """Index of the marker closing one opened at ``start - 1``, or -1 (WhatsApp never spans a line break)."""
    j = start + 1
    while True:
        j = text.find(marker, j)
        if j < 0 or "\n" in text[start:j]:
            return -1
        if not text[j - 1].isspace() and (j + 1 == len(text) or not text[j + 1].isalnum()):
            return j
        j += 1


def _inline(text: str, styles: frozenset[str], out: list[StyledSpan]) -> None:
    plain_from, i = 0, 0
    while i < len(text):
        marker = text[i]
        opens = (
            marker in _STYLE
            and _STYLE[marker] not in styles
            and (i == 0 or not text[i - 1].isalnum())
            and i + 1 < len(text)
            and not text[i + 1].isspace()
            and text[i + 1] != marker
        )
        close = _closing(text, i + 1, marker) if opens else -1
        if close < 0:
            i += 1
            continue
        if i > plain_from:
            out.append(_span(text[plain_from:i], styles))
        _inline(text[i + 1 : close], styles | {_STYLE[marker]}, out)
        plain_from = i = close + 1
    if plain_from < len(text):
        out.append(_span(text[plain_from:], styles))


def _span(text: str, styles: frozenset[str]) -> StyledSpan:
    return StyledSpan(text, "bold" in styles, "italic" in styles, "strike" in styles, "mono" in styles)


def format_spans(text: str) -> list[StyledSpan]:
    """``*bold*``, ``_italic_``, ``~strike~`` and ```` ```mono``` ```` as spans the editor's preview paints."""
    out: list[StyledSpan] = []
    last = 0
    for found in _MONO.finditer(text):
        _inline(text[last : found.start()], frozenset(), out)
        out.append(StyledSpan(found[1], mono=True))
        last = found.end()
    _inline(text[last:], frozenset(), out)
    return out
