"""format_rupiah: integer Rupiah written the Indonesian way."""

from __future__ import annotations

import pytest

from merchant_desk.core.money import format_rupiah


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (15_000, "Rp15.000"),
        (0, "Rp0"),
        (999, "Rp999"),
        (1_000, "Rp1.000"),
        (1_250_000, "Rp1.250.000"),
        (2_000_000_000, "Rp2.000.000.000"),
        (-15_000, "-Rp15.000"),
        (-5, "-Rp5"),
    ],
)
def test_format_rupiah(amount: int, expected: str) -> None:
    assert format_rupiah(amount) == expected


def test_format_rupiah_without_symbol() -> None:
    assert format_rupiah(1_500_000, symbol=False) == "1.500.000"
    assert format_rupiah(-750, symbol=False) == "-750"


@pytest.mark.parametrize("amount", [15000.0, 0.5, True, False, "15000", None])
def test_format_rupiah_refuses_non_integers(amount: object) -> None:
    with pytest.raises(TypeError, match="integers"):
        format_rupiah(amount)  # type: ignore[arg-type]
