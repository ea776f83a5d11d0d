"""Hypothesis round trips: random messages rendered in a phone's style are read back exactly."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from merchant_desk.formats.whatsapp_dates import HEADERS
from merchant_desk.formats.whatsapp_export import read_text
from merchant_desk.formats.whatsapp_markers import ParsedAttachment, is_system_text, split_attachment
from merchant_desk.formats.whatsapp_render import ExportStyle, render_export

NAMES = st.sampled_from(["Budi", "Siti Rahayu", "Toko Berkah Jaya", "+62 812-3456-7890", "Kak Dewi 🌸", "Ani-ku"])
ATTACHMENTS = st.sampled_from(
    [
        None,
        None,
        ParsedAttachment("image", "IMG-20261122-WA0001.jpg"),
        ParsedAttachment("video", "VID-20261122-WA0002.mp4"),
        ParsedAttachment("document", "Katalog Lebaran.pdf"),
    ]
)
# Printable text incl. emoji and Indonesian; each line must not look like a header or a marker on its own.
LINE = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=40)


def _plausible(text: str, form: str) -> bool:
    if any(HEADERS[form].match(line) for line in text.split("\n")):
        return False
    if is_system_text(text) or split_attachment(text)[0] is not None:
        return False
    return not text.startswith(("\u200e", "\u200f", "\ufeff"))


STYLES = st.builds(
    ExportStyle,
    form=st.sampled_from(["android", "ios"]),
    order=st.sampled_from(["dmy", "mdy", "ymd"]),
    separator=st.sampled_from(["/", ".", "-"]),
    four_digit_year=st.booleans(),
    comma=st.booleans(),
    clock=st.sampled_from(["24", "12", "12es"]),
    time_separator=st.sampled_from([":", "."]),
    seconds=st.booleans(),
    ampm_space=st.sampled_from([" ", "\u202f"]),
    crlf=st.booleans(),
)


@st.composite
def chats(draw: st.DrawFn) -> tuple[ExportStyle, list[tuple[datetime, str | None, str, ParsedAttachment | None]]]:
    style = draw(STYLES)
    at = draw(st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2030, 12, 31)))
    at = at.replace(microsecond=0, second=at.second if style.seconds else 0)
    messages = []
    for _ in range(draw(st.integers(1, 8))):
        lines = draw(st.lists(LINE, min_size=1, max_size=4))
        text = "\n".join(lines)
        if not _plausible(text, style.form):
            continue
        messages.append((at, draw(NAMES), text, draw(ATTACHMENTS)))
        at += timedelta(minutes=draw(st.integers(0, 60 * 24 * 40)))
    return style, messages


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(chats())
def test_rendered_messages_parse_back_identically(chat: tuple[ExportStyle, list]) -> None:
    style, messages = chat
    export = read_text(render_export(style, messages), date_order=style.order)
    parsed = list(export.messages())
    assert export.format == style.form
    expected = [(at, author, text, (att,) if att else ()) for at, author, text, att in messages]
    assert [(m.at, m.author, m.text, m.attachments) for m in parsed] == expected


@settings(max_examples=100, deadline=None)
@given(STYLES, st.lists(st.integers(0, 10**7), min_size=2, max_size=20))
def test_auto_order_is_right_whenever_the_file_decides_it(style: ExportStyle, offsets: list[int]) -> None:
    start = datetime(2017, 1, 1)
    messages = [(start + timedelta(minutes=m), "Budi", "halo", None) for m in sorted(offsets)]
    export = read_text(render_export(style, messages))
    if export.date_order_source == "file":
        assert export.date_order == style.order
        assert [m.at for m in export.messages()] == [at for at, *_ in messages]
    else:
        assert export.date_order == "dmy"
