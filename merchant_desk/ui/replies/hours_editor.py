"""The weekly business-hours editor: one line per day holding several ranges ("08:00-12:00, 13:00-17:00"),
and the holiday dates. Typed text rather than dozens of time spinners: it is faster to fill in and to read."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.automation import BusinessHours, TimeRange
from merchant_desk.ui.forms import ErrorLabel, mark_invalid
from merchant_desk.ui.style import set_role

_RANGE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*[-–]\s*(\d{1,2})[:.](\d{2})\s*$")


def parse_ranges(text: str) -> tuple[TimeRange, ...] | None:
    """ "08:00-12:00, 13.00-17.00" -> ranges; "" -> closed; None when a part cannot be read."""
    ranges = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        found = _RANGE.match(part)
        if not found:
            return None
        h1, m1, h2, m2 = (int(g) for g in found.groups())
        if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59:
            return None
        end = time(0, 0) if h2 == 24 else time(h2, m2)  # 24:00: until midnight
        ranges.append(TimeRange(time(h1, m1), end))
    return tuple(ranges)


def format_ranges(ranges: tuple[TimeRange, ...]) -> str:
    return ", ".join(f"{r.start:%H:%M}-{r.end:%H:%M}" for r in ranges)


class HoursEditor(QWidget):
    """Monday to Sunday (in the app's language) and a list of holidays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = "WIB"
        self.days = [QLineEdit() for _ in range(7)]
        self.error = ErrorLabel()
        form = QFormLayout()
        locale = QLocale()
        for weekday, edit in enumerate(self.days):
            edit.setPlaceholderText(self.tr("closed"))
            form.addRow(locale.dayName(weekday + 1), edit)  # Qt counts Monday as 1
        self.holidays = QListWidget()
        self.holidays.setMaximumHeight(90)
        self.holiday_date = QDateEdit(QDate.currentDate())
        self.holiday_date.setCalendarPopup(True)
        self.holiday_date.setDisplayFormat("dd/MM/yyyy")  # 4-digit year in every language
        self.add_holiday = QPushButton(self.tr("Add holiday"))
        self.remove_holiday = QPushButton(self.tr("Remove"))
        self.add_holiday.clicked.connect(lambda: self._add_holiday(self.holiday_date.date().toPython()))
        self.remove_holiday.clicked.connect(lambda: self.holidays.takeItem(self.holidays.currentRow()))
        row = QHBoxLayout()
        row.addWidget(self.holiday_date)
        row.addWidget(self.add_holiday)
        row.addWidget(self.remove_holiday)
        row.addStretch()
        self.hint = self.tr("Several ranges per day, separated by commas, e.g. 08:00-12:00, 13:00-17:00")
        hint = QLabel(self.hint)
        set_role(hint, "muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        form.addRow(self.tr("Holidays (closed all day)"), self.holidays)
        form.addRow("", row)
        for edit in self.days:
            edit.setToolTip(self.hint)

    def _add_holiday(self, day: date) -> None:
        if day in self.holiday_dates():
            return
        item = QListWidgetItem(QLocale().toString(QDate(day), QLocale.FormatType.LongFormat))
        item.setData(256, day.isoformat())
        self.holidays.addItem(item)
        self.holidays.sortItems()

    def holiday_dates(self) -> set[date]:
        return {date.fromisoformat(self.holidays.item(i).data(256)) for i in range(self.holidays.count())}

    def load(self, hours: BusinessHours) -> None:
        self.zone = hours.zone
        for edit, ranges in zip(self.days, hours.weekly, strict=True):
            edit.setText(format_ranges(ranges))
        self.holidays.clear()
        for day in sorted(hours.holidays):
            self._add_holiday(day)

    def value(self) -> BusinessHours | None:
        """The schedule, or None with the wrong days marked and explained."""
        weekly, bad = [], []
        for i, edit in enumerate(self.days):
            ranges = parse_ranges(edit.text())
            mark_invalid(edit, ranges is None)
            if ranges is None:
                bad.append(QLocale().dayName(i + 1))
            weekly.append(ranges or ())
        if bad:
            self.error.show_message(self.tr("Cannot read the hours of %1. %2").replace("%1", ", ".join(bad))
                                    .replace("%2", self.hint))  # fmt: skip
            return None
        self.error.show_message(None)
        return BusinessHours(tuple(weekly), frozenset(self.holiday_dates()), self.zone)
