"""normalize_phone: every way Indonesians write a number gives one E.164 value."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from merchant_desk.core.phones import InvalidPhone, display_phone, normalize_phone, wa_digits

SITI = "+6281234567890"


@pytest.mark.parametrize(
    "text",
    [
        "0812-3456-7890",
        "081234567890",
        "6281234567890",
        "62 812 3456 7890",
        "+62 812-3456-7890",
        "+6281234567890",
        "(0812) 3456 7890",
        "0812.3456.7890",
        "  0812 3456 7890  ",
    ],
)
def test_variants_of_one_number_are_equal(text: str) -> None:
    assert normalize_phone(text) == SITI


def test_landline_and_foreign_numbers() -> None:
    assert normalize_phone("021-555-1234") == "+62215551234"
    assert normalize_phone("+1 650 253 0000") == "+16502530000"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "hubungi saya",
        "123",
        "0812",
        "62812",
        "081234567890123456",  # too long
        "0812-3456-ABCD",  # keypad letters must not turn into digits
        "08123456789x",
        "O812-3456-7890",  # letter O typed for zero
        "0812-3456-7890 abc",
        "+6281234567890 ext 5",
        "#0812345678",
    ],
)
def test_invalid_numbers_raise(text: str) -> None:
    with pytest.raises(InvalidPhone) as info:
        normalize_phone(text)
    assert info.value.params["value"] == text
    assert text in str(info.value)


def test_display_and_wa_digits() -> None:
    assert display_phone(SITI) == "+62 812-3456-7890"
    assert display_phone("not a number") == "not a number"
    assert wa_digits(SITI) == "6281234567890"


# Indonesian mobile prefixes (Telkomsel, Indosat, XL, Smartfren, Tri); the subscriber part is 7 or 8 digits.
MOBILE_PREFIXES = ["811", "812", "813", "821", "822", "852", "853", "814", "815", "816", "855", "856", "857", "858"]
MOBILE_PREFIXES += ["817", "818", "819", "859", "877", "878", "881", "882", "883", "895", "896", "897", "898"]


@st.composite
def valid_national_numbers(draw: st.DrawFn) -> str:
    """A valid national significant number, such as 81234567890."""
    prefix = draw(st.sampled_from(MOBILE_PREFIXES))
    rest = draw(st.text(alphabet="0123456789", min_size=7, max_size=8))
    nsn = prefix + rest
    parsed = phonenumbers.parse("+62" + nsn)

    assume(phonenumbers.is_valid_number(parsed))
    return nsn


def _sprinkle(digits: str, separators: list[str]) -> str:
    """Puts the drawn separators between the digits (an empty one keeps digits together)."""
    out = []
    for i, ch in enumerate(digits):
        out.append(ch)
        if i < len(digits) - 1:
            out.append(separators[i % len(separators)])
    return "".join(out)


@settings(deadline=None)  # a loaded CI machine must not turn a slow example into a failure
@given(
    nsn=valid_national_numbers(),
    separators=st.lists(st.sampled_from(["", "", "", " ", "-", "."]), min_size=1, max_size=12),
    style=st.sampled_from(["local", "country", "plus", "plus_space", "brackets"]),
    padding=st.sampled_from(["", " ", "  "]),
)
def test_formatting_variants_normalise_to_the_same_value(
    nsn: str, separators: list[str], style: str, padding: str
) -> None:
    body = _sprinkle(nsn[3:], separators)
    text = {
        "local": f"0{nsn[:3]}{separators[0]}{body}",
        "country": f"62{nsn[:3]}{separators[0]}{body}",
        "plus": f"+62{nsn[:3]}{separators[0]}{body}",
        "plus_space": f"+62 {nsn[:3]}-{body}",
        "brackets": f"(0{nsn[:3]}) {body}",
    }[style]
    assert normalize_phone(padding + text + padding) == "+62" + nsn
