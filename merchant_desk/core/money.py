"""Integer Rupiah: formatting the Indonesian way (Rp15.000)."""

from __future__ import annotations


def format_rupiah(amount: int, *, symbol: bool = True) -> str:
    """Formats whole Rupiah with dots for thousands: ``15000`` -> ``Rp15.000``.

    Args:
        amount: Rupiah as an int; floats are refused so no rounding hides an error.
        symbol: prefix with ``Rp``.
    """
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"Rupiah amounts are integers, got {type(amount).__name__}")
    sign = "-" if amount < 0 else ""
    digits = f"{abs(amount):,}".replace(",", ".")
    return f"{sign}Rp{digits}" if symbol else f"{sign}{digits}"
