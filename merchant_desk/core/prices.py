"""Reading Rupiah prices typed the Indonesian way, and prices found in catalog feeds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from merchant_desk.core.errors import UserError, tr_noop


class InvalidPrice(UserError):
    """A price that cannot be read without guessing; the message names the text."""

    message = tr_noop("'{text}' is not a price: write it like 15000, 15.000 or Rp15.000.")


AMBIGUOUS = tr_noop("'{text}' is ambiguous: write whole Rupiah like 15000 or 15.000.")
FRACTION = tr_noop("'{text}' has a fraction of a Rupiah: prices are whole Rupiah.")
NEGATIVE = tr_noop("'{text}' is negative: a price must be more than zero.")
EMPTY = tr_noop("Please enter a price.")
CURRENCY = tr_noop("'{text}' is not in Rupiah (IDR).")

_MULTIPLIERS = {"rb": 1_000, "ribu": 1_000, "k": 1_000, "jt": 1_000_000, "juta": 1_000_000}
_PREFIX = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_SUFFIX = re.compile(r"\s*(rb|ribu|k|jt|juta)$", re.IGNORECASE)
_GROUPED_DOT = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{3})+$")
_GROUPED_COMMA = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+$")
_SIMPLE_FEED = re.compile(r"([1-9][0-9]{3,})(?: IDR)?")
_CURRENCY_CODE = re.compile(r"^(?:([A-Za-z]{3})\s+)?(.*?)(?:\s+([A-Za-z]{3}))?$")


def _isdigits(text: str) -> bool:
    # str.isdigit() accepts superscripts and other scripts' digits that int() refuses or misreads.
    return bool(re.fullmatch("[0-9]+", text))


def _zero_decimals(decimals: str, text: str) -> None:
    if decimals.strip("0"):
        raise InvalidPrice(FRACTION, text=text)


def _plain(number: str, text: str) -> int:
    """Whole Rupiah from a number without multiplier; raises on anything that needs a guess."""
    if _isdigits(number):
        return int(number)
    if number.endswith(",-"):  # "Rp 15.000,-" is the shop-window way of writing whole Rupiah
        return _plain(number[:-2], text)
    dots, commas = number.count("."), number.count(",")
    if dots and commas:
        # The last separator is the decimal one; the other must group thousands consistently.
        decimal_sep = "." if number.rfind(".") > number.rfind(",") else ","
        group_sep = "," if decimal_sep == "." else "."
        whole, _, decimals = number.rpartition(decimal_sep)
        if not (1 <= len(decimals) <= 2 and _isdigits(decimals)):
            raise InvalidPrice(AMBIGUOUS, text=text)
        pattern = _GROUPED_DOT if group_sep == "." else _GROUPED_COMMA
        if not pattern.match(whole):
            raise InvalidPrice(AMBIGUOUS, text=text)
        _zero_decimals(decimals, text)
        return int(whole.replace(group_sep, ""))
    if _GROUPED_DOT.match(number):
        return int(number.replace(".", ""))
    if commas > 1 and _GROUPED_COMMA.match(number):
        return int(number.replace(",", ""))
    if commas == 1:
        whole, _, decimals = number.partition(",")
        if _isdigits(whole) and _isdigits(decimals) and 1 <= len(decimals) <= 2:
            _zero_decimals(decimals, text)
            return int(whole)
    raise InvalidPrice(AMBIGUOUS if re.fullmatch(r"[0-9.,]+", number) else InvalidPrice.message, text=text)


def _with_multiplier(number: str, factor: int, text: str) -> int:
    """``1,5jt`` or ``15rb``: a decimal of any length but three digits (which could be grouping)."""
    if _isdigits(number):
        return int(number) * factor
    match = re.fullmatch(r"([0-9]+)[.,]([0-9]+)", number)
    if not match or len(match.group(2)) == 3:
        raise InvalidPrice(AMBIGUOUS, text=text)
    whole, decimals = match.groups()
    scaled = int(whole + decimals) * factor
    divisor = 10 ** len(decimals)
    if scaled % divisor:
        raise InvalidPrice(FRACTION, text=text)
    return scaled // divisor


def parse_price(text: str) -> int:
    """Whole Rupiah from what a merchant types: ``15000``, ``15.000``, ``Rp 15.000,00``, ``15rb``, ``1,5jt``.

    Raises:
        InvalidPrice: empty, negative, letters, a fraction of a Rupiah, or separators that need a guess
            (``15.5``, ``1.50``, ``15,000``, ``15,000.5``).
    """
    original = text if isinstance(text, str) else str(text)
    value = original.strip()
    if not value:
        raise InvalidPrice(EMPTY, text=original)
    if value.startswith(("-", "−")) or re.match(r"^(?:rp\.?|idr)\s*-", value, re.IGNORECASE):
        raise InvalidPrice(NEGATIVE, text=original)
    value = _PREFIX.sub("", value)
    factor = 1
    suffix = _SUFFIX.search(value)
    if suffix and re.search(r"[0-9]", value[: suffix.start()]):
        factor = _MULTIPLIERS[suffix.group(1).lower()]
        value = value[: suffix.start()].strip()
    if not value or not re.fullmatch(r"[0-9.,\-]+", value) or not _isdigits(value[0]):
        raise InvalidPrice(text=original)
    return _plain(value, original) if factor == 1 else _with_multiplier(value, factor, original)


@dataclass(frozen=True)
class FeedPrice:
    """A price read from a feed; ``suspicious`` when it is plausibly a mistyped Rupiah amount."""

    amount: int
    suspicious: bool = False


def parse_feed_price(text: str) -> FeedPrice:
    """A price from a catalog feed: ``15000 IDR``, ``15,000.00 IDR``, ``Rp15.000``, ``162.00``.

    Feeds use the English decimal point, so ``162.00 IDR`` reads as Rp162 but is flagged ``suspicious``:
    it is almost certainly Rp162.000 typed with the Indonesian thousands dot.

    Raises:
        InvalidPrice: unreadable, fractional, negative or in another currency.
    """
    original = text.strip()
    simple = _SIMPLE_FEED.fullmatch(original)
    if simple:  # "15000 IDR", the form Meta documents: most rows of a big feed
        return FeedPrice(int(simple.group(1)))
    match = _CURRENCY_CODE.match(original)
    assert match is not None  # the pattern matches any string
    before, number, after = match.groups()
    for code in (before, after):
        if code and code.upper() != "IDR":
            raise InvalidPrice(CURRENCY, text=original)
    number = number.strip()
    english = re.fullmatch(r"([0-9]{1,3}(?:,[0-9]{3})*|[0-9]+)\.([0-9]{1,2})", number)
    if english:
        whole, decimals = english.groups()
        _zero_decimals(decimals, original)
        amount = int(whole.replace(",", ""))
        return FeedPrice(amount, suspicious=amount < 1000)
    if _GROUPED_COMMA.match(number):  # feeds group thousands the English way: 15,000 IDR
        return FeedPrice(int(number.replace(",", "")))
    return FeedPrice(parse_price(number))
