"""Indonesian price parsing: every way of writing an amount reads back exactly; anything needing a guess is refused."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from merchant_desk.core.errors import UserError
from merchant_desk.core.money import format_rupiah
from merchant_desk.core.prices import InvalidPrice, parse_feed_price, parse_price


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15000", 15_000),
        ("15.000", 15_000),
        ("Rp15.000", 15_000),
        ("Rp 15.000,00", 15_000),
        ("Rp. 15.000", 15_000),
        ("rp15.000,-", 15_000),
        ("IDR 15.000", 15_000),
        ("15rb", 15_000),
        ("15 ribu", 15_000),
        ("15K", 15_000),
        ("1,5jt", 1_500_000),
        ("1.5 juta", 1_500_000),
        ("2jt", 2_000_000),
        ("1,25jt", 1_250_000),
        ("2,5rb", 2_500),
        ("1.000.000", 1_000_000),
        ("1,000,000", 1_000_000),
        ("15,000.00", 15_000),
        ("15000,00", 15_000),
        ("  Rp 7.500  ", 7_500),
        ("0", 0),
    ],
)
def test_accepted(text: str, expected: int) -> None:
    assert parse_price(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "15.5",
        "1.50",
        "15,000.5",
        "15,000",  # Indonesian decimal comma or English thousands: a guess either way
        "1.000,000.00",
        "1,000.000",
        "15.00.0",
        "-15000",
        "Rp -15.000",
        "−5",
        "",
        "   ",
        "abc",
        "Rp",
        "15 ribu 500",
        "1.500rb",  # 1,5 ribu or 1.500 ribu?
        "1,2345rb",  # Rp1.234,5
        "15000,5",
        "Rp 15.000,50",
        "²",
        "١٥٠٠٠",
        "15 000",
        "jt",
    ],
)
def test_refused_with_the_text_named(text: str) -> None:
    with pytest.raises(InvalidPrice) as info:
        parse_price(text)
    if text.strip():
        assert text in str(info.value)


amounts = st.integers(min_value=0, max_value=10**12)


@given(amounts)
def test_plain_and_grouped_forms_round_trip(amount: int) -> None:
    dotted = format_rupiah(amount, symbol=False)
    for text in (str(amount), dotted, format_rupiah(amount), f"Rp {dotted}", f"Rp {dotted},00", f"{dotted},-"):
        assert parse_price(text) == amount, text


@given(st.integers(min_value=1000, max_value=10**12))
def test_english_grouping_with_cents_round_trips(amount: int) -> None:
    # Only with a thousands comma: "15000.00" alone could be a mistyped "15.000" (see the refused "1.50").
    text = f"{amount:,}.00"
    assert parse_price(text) == amount


@given(st.integers(min_value=1, max_value=10**6))
def test_ribu_forms_where_exact(thousands: int) -> None:
    amount = thousands * 1000
    assert parse_price(f"{thousands}rb") == amount
    assert parse_price(f"{thousands} ribu") == amount


@given(st.integers(min_value=1, max_value=10**5), st.integers(min_value=1, max_value=99))
def test_juta_with_decimal_comma_or_point(whole: int, hundredths: int) -> None:
    amount = whole * 1_000_000 + hundredths * 10_000
    digits = f"{hundredths:02d}".rstrip("0")
    assert parse_price(f"{whole},{digits}jt") == amount
    assert parse_price(f"{whole}.{digits} juta") == amount


@given(st.text(max_size=30))
def test_random_text_raises_only_user_errors(text: str) -> None:
    try:
        value = parse_price(text)
    except InvalidPrice as exc:
        assert isinstance(exc, UserError)
    else:
        assert isinstance(value, int) and value >= 0


@given(st.text(alphabet="0123456789.,-Rp rbjtIDR", max_size=20))
def test_price_like_text_raises_only_user_errors(text: str) -> None:
    for parse in (parse_price, parse_feed_price):
        with contextlib.suppress(InvalidPrice):
            parse(text)


@pytest.mark.parametrize(
    ("text", "amount", "suspicious"),
    [
        ("15000 IDR", 15_000, False),
        ("15,000.00 IDR", 15_000, False),
        ("15000.00 IDR", 15_000, False),
        ("IDR 15000", 15_000, False),
        ("Rp15.000", 15_000, False),
        ("15000", 15_000, False),
        ("162.00 IDR", 162, True),  # almost certainly Rp162.000 with the Indonesian thousands dot
        ("999.5 IDR", None, None),
        ("162.00", 162, True),
        ("15.000 IDR", 15_000, False),
    ],
)
def test_feed_prices(text: str, amount: int | None, suspicious: bool | None) -> None:
    if amount is None:
        with pytest.raises(InvalidPrice):
            parse_feed_price(text)
        return
    read = parse_feed_price(text)
    assert (read.amount, read.suspicious) == (amount, suspicious)


@pytest.mark.parametrize("text", ["10 USD", "USD 10", "12.50 IDR", "-5 IDR", "gratis"])
def test_feed_prices_refused(text: str) -> None:
    with pytest.raises(InvalidPrice):
        parse_feed_price(text)
