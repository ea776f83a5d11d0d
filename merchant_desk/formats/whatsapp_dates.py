"""Header lines of WhatsApp exports: one compiled regex per form, and the file's date order."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from merchant_desk.core.errors import UserError, tr_noop

DATE_ORDERS = ("dmy", "mdy", "ymd")
FORMS = ("android", "ios")

_LEAD = "[\u200e\u200f\u202a-\u202c\u2066-\u2069\ufeff]*"  # iOS starts attachment lines with U+200E
_SP = "[ \u00a0\u202f]"  # a narrow no-break space precedes AM/PM since Android 13 / iOS 16
_DATE = r"(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\.?"
_TIME = rf"(\d{{1,2}})[:.](\d{{2}})(?:[:.](\d{{2}}))?(?:{_SP}?([AaPp])\.?{_SP}?[Mm]\.?)?"

# Groups: 1 first date field, 2 separator, 3 second, 4 third, 5 hour, 6 minute, 7 second, 8 a/p, 9 the rest.
HEADERS: dict[str, re.Pattern[str]] = {
    "android": re.compile(rf"{_LEAD}{_DATE},?{_SP}{_TIME}{_SP}?[-–]{_SP}(.*)"),
    "ios": re.compile(rf"{_LEAD}\[{_DATE},?{_SP}{_TIME}\]{_SP}(.*)"),
}
# The same headers without groups, for lookaheads: "is the next line a header?" (the separator repeats itself).
_DATE_ANY = r"\d{1,4}(?:/\d{1,2}/|\.\d{1,2}\.|-\d{1,2}-)\d{1,4}\.?"
_TIME_ANY = rf"\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:{_SP}?[AaPp]\.?{_SP}?[Mm]\.?)?"
HEADER_STARTS: dict[str, str] = {
    "android": rf"{_LEAD}{_DATE_ANY},?{_SP}{_TIME_ANY}{_SP}?[-–]{_SP}",
    "ios": rf"{_LEAD}\[{_DATE_ANY},?{_SP}{_TIME_ANY}\]{_SP}",
}


class ImpossibleDate(UserError):
    message = tr_noop("Line {line} has a date that does not exist in the {order} order: {text}")


class DateOrderDetector:
    """Settles dmy/mdy/ymd from the headers seen: a first field above 12 means day-first, a second one month-first."""

    def __init__(self) -> None:
        self.day_first_line: int | None = None
        self.month_first_line: int | None = None
        self.year_first_line: int | None = None

    def feed(self, first: str, second: str, line: int) -> bool:
        """Notes one header's first two date fields; returns True once the order is settled."""
        a, b = int(first), int(second)
        if len(first) == 4 or a > 31:
            self.year_first_line = self.year_first_line or line
        elif a > 12:
            self.day_first_line = self.day_first_line or line
        elif b > 12:
            self.month_first_line = self.month_first_line or line
        return self.settled

    @property
    def settled(self) -> bool:
        return self.year_first_line is not None or (self.day_first_line or self.month_first_line) is not None

    def result(self, fallback: str) -> tuple[str, str]:
        """(order, how): how is "file" when the dates decided, "locale" when ``fallback`` had to.

        The first deciding date wins; a later date that contradicts it fails as ImpossibleDate on its own line.
        """
        if self.year_first_line is not None:
            return "ymd", "file"
        if self.day_first_line is not None:
            return "dmy", "file"
        if self.month_first_line is not None:
            return "mdy", "file"
        return fallback, "locale"


def _year(text: str) -> int:
    value = int(text)
    return 2000 + value if len(text) <= 2 else value


def date_converter(order: str) -> Callable[[str, str, str], tuple[int, int, int]]:
    """A function from the three date fields to (year, month, day), remembering each date string it has seen.

    Raises (from the returned function):
        ValueError: the fields are not a calendar date in ``order``.
    """
    cache: dict[tuple[str, str, str], tuple[int, int, int]] = {}

    def convert(a: str, b: str, c: str) -> tuple[int, int, int]:
        key = (a, b, c)
        found = cache.get(key)
        if found is not None:
            return found
        if order == "dmy":
            ymd = (_year(c), int(b), int(a))
        elif order == "mdy":
            ymd = (_year(c), int(a), int(b))
        else:
            ymd = (_year(a), int(b), int(c))
        date(*ymd)  # raises ValueError for 31/02 or a month of 13
        cache[key] = ymd
        return ymd

    return convert


def hour24(hour: str, ampm: str | None) -> int:
    """The hour on a 24-hour clock; ``ampm`` is the first letter of AM/PM (a. m., PM, pm …) or None."""
    value = int(hour)
    if ampm is None:
        return value
    if value > 12 or value == 0:
        raise ValueError(f"hour {value} on a 12-hour clock")
    if ampm in "aA":
        return 0 if value == 12 else value
    return 12 if value == 12 else value + 12


def parse_order(value: str) -> str | None:
    """None for "auto", the order itself for dmy/mdy/ymd.

    Raises:
        ValueError: any other value.
    """
    lowered = value.lower()
    if lowered == "auto":
        return None
    if lowered not in DATE_ORDERS:
        raise ValueError(f"unknown date order {value!r}")
    return lowered
