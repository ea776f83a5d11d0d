"""Phone numbers normalised to E.164 (+62… for Indonesia)."""

from __future__ import annotations

from types import ModuleType

from merchant_desk.core.errors import UserError, tr_noop

# What people put between digits; anything else (letters, "ext", "#") makes the text invalid.
_SEPARATORS = frozenset(" +-().,/\u00a0\t")


def _lib() -> ModuleType:
    # phonenumbers costs ~27 ms to import: the window's first paint needs none of it.
    import phonenumbers

    return phonenumbers


class InvalidPhone(UserError):
    message = tr_noop("'{value}' is not a valid phone number.")


def normalize_phone(value: str, region: str = "ID") -> str:
    """Returns the E.164 form of ``value``; ``0812…``, ``62812…`` and ``+62 812-…`` are one number.

    Raises:
        InvalidPhone: the text is not a possible number.
    """
    phonenumbers = _lib()
    text = (value or "").strip()
    # phonenumbers reads letters as a keypad vanity number (0812-3456-ABCD) and drops trailing ones: a typo
    # must not become some stranger's number.
    if any(ch not in _SEPARATORS and not ch.isdigit() for ch in text):
        raise InvalidPhone(value=value)
    digits = "".join(ch for ch in text if ch.isdigit())
    # Indonesians often write the country code without "+": 62812… would otherwise parse as a local number.
    if not text.startswith("+") and region == "ID" and digits.startswith("62") and len(digits) >= 10:
        text = "+" + digits
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhone(value=value) from exc
    if not phonenumbers.is_possible_number(parsed) or not phonenumbers.is_valid_number(parsed):
        raise InvalidPhone(value=value)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """Formats an E.164 number for people: ``+62 812-3456-7890``."""
    phonenumbers = _lib()
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def wa_digits(e164: str) -> str:
    """The digits wa.me links expect (no plus sign)."""
    return e164.lstrip("+")
