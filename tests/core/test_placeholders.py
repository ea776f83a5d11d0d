"""Reply templates: placeholders named with their position, rendering without holes, WhatsApp styling."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from merchant_desk.core.placeholders import (
    PLACEHOLDERS,
    UNCLOSED,
    UNKNOWN,
    UNOPENED,
    InvalidTemplate,
    MissingValues,
    StyledSpan,
    escape,
    format_spans,
    placeholders_in,
    preview,
    render,
    validate_template,
)

VALUES = {name: f"<{name}>" for name in PLACEHOLDERS}
braces_text = st.lists(st.sampled_from([*"{}ab \n_", "nama", "{nama}", "{{", "}}", "{harga}", "{x}"])).map("".join)


def test_render_fills_every_known_placeholder() -> None:
    text = "Halo kak {nama}, {produk} harganya {harga} di {nama_toko}."
    values = {"nama": "Budi", "produk": "Batik", "harga": "Rp150.000", "nama_toko": "Toko Berkah"}
    assert render(text, values) == "Halo kak Budi, Batik harganya Rp150.000 di Toko Berkah."
    assert placeholders_in(text) == ("nama", "produk", "harga", "nama_toko")
    assert placeholders_in("{nama} {nama} {tanggal}") == ("nama", "tanggal")


def test_unknown_placeholder_is_refused_with_line_and_column() -> None:
    problems = validate_template("Halo {nama},\nharga {hrga} ya")
    assert [(p.kind, p.name, p.index, p.line, p.column) for p in problems] == [(UNKNOWN, "hrga", 19, 2, 7)]
    assert problems[0].render() == "Unknown placeholder {hrga} at line 2, column 7."
    with pytest.raises(InvalidTemplate) as caught:
        render("Halo {nmaa}", VALUES)
    assert caught.value.problems[0].name == "nmaa"
    assert "{nmaa}" in str(caught.value)


def test_unbalanced_braces_are_named() -> None:
    assert [(p.kind, p.column) for p in validate_template("a { b")] == [(UNCLOSED, 3)]
    assert [(p.kind, p.column) for p in validate_template("a } b")] == [(UNOPENED, 3)]
    assert [p.kind for p in validate_template("{nama {produk}")] == [UNCLOSED]
    assert validate_template("literal {{braces}} are fine") == []
    assert render("set {{a}} = {nama}", {"nama": "x"}) == "set {a} = x"


def test_missing_values_are_reported_not_left_empty() -> None:
    with pytest.raises(MissingValues) as caught:
        render("{nama}: {produk} {harga} {produk}", {"nama": "Budi", "produk": "", "harga": None})
    assert caught.value.names == ("produk", "harga")
    assert "{produk}, {harga}" in str(caught.value)
    with pytest.raises(MissingValues):
        render("{stok}", {"stok": "   "})


@given(st.text())
def test_escaped_text_renders_to_itself(text: str) -> None:
    assert validate_template(escape(text)) == []
    assert render(escape(text), {}) == text


@given(st.text().filter(lambda t: "{" not in t and "}" not in t))
def test_text_without_braces_renders_to_itself(text: str) -> None:
    assert render(text, {}) == text
    assert placeholders_in(text) == ()


@given(braces_text, st.booleans())
def test_render_raises_only_documented_errors(text: str, with_values: bool) -> None:
    try:
        out = render(text, VALUES if with_values else {})
    except (InvalidTemplate, MissingValues) as exc:
        if isinstance(exc, InvalidTemplate):
            assert exc.problems and exc.problems == tuple(validate_template(text))
        return
    assert validate_template(text) == []
    assert "{nama}" not in out or "{{nama}}" in text


@given(st.text(alphabet=st.sampled_from(list("{}ab\n")), max_size=30))
def test_problem_positions_point_at_a_brace(text: str) -> None:
    for problem in validate_template(text):
        assert text[problem.index] in "{}"
        lines = text.split("\n")
        assert lines[problem.line - 1][problem.column - 1] == text[problem.index]


def test_preview_fills_what_is_missing_with_a_sample() -> None:
    text = "Halo {nama}, {produk} {harga}"
    assert preview(text, {"nama": "Ani", "produk": None}) == "Halo Ani, Kemeja Batik Rp150.000"
    assert preview(text) == "Halo Budi, Kemeja Batik Rp150.000"
    with pytest.raises(InvalidTemplate):
        preview("Halo {nmaa}")


def test_whatsapp_styles_become_spans() -> None:
    assert format_spans("Harga *Rp150.000* _nett_ ~Rp200.000~") == [
        StyledSpan("Harga "),
        StyledSpan("Rp150.000", bold=True),
        StyledSpan(" "),
        StyledSpan("nett", italic=True),
        StyledSpan(" "),
        StyledSpan("Rp200.000", strike=True),
    ]
    assert format_spans("```kode 123```!") == [StyledSpan("kode 123", mono=True), StyledSpan("!")]
    assert format_spans("*tebal _miring_*") == [
        StyledSpan("tebal ", bold=True),
        StyledSpan("miring", bold=True, italic=True),
    ]


def test_markers_that_whatsapp_would_not_style_stay_literal() -> None:
    for text in ("2*3*4", "a * b * c", "*belum\nselesai*", "snake_case_name", "**", "* kosong*"):
        assert "".join(s.text for s in format_spans(text)) == text, text
        assert not any(s.bold or s.italic for s in format_spans(text)), text


@given(st.text(alphabet=st.sampled_from(list("*_~` ab\n")), max_size=40))
def test_spans_never_lose_text_other_than_markers(text: str) -> None:
    shown = "".join(s.text for s in format_spans(text))
    rest = iter(text)
    assert all(char in rest for char in shown)  # what is shown is the text with some markers taken out
    removed = list(text)
    for char in shown:
        removed.remove(char)
    assert set(removed) <= set("*_~`")
