"""Settings → Audit log: who did what, filtered by action, profile and dates, and exported as CSV."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from merchant_desk.core.errors import UserError
from merchant_desk.core.timezones import format_shop_datetime, shop_tz
from merchant_desk.ui.audit_detail import detail_text
from merchant_desk.ui.audit_labels import action_text, subject_text
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import ErrorLabel
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.settings import shop_zone

LIMIT = 500  # the newest entries shown; the export holds the whole filtered range


class AuditPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.action = QComboBox()
        self.staff = QComboBox()
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30), calendarPopup=True)
        self.until = QDateEdit(today, calendarPopup=True)
        for edit in (self.since, self.until):
            edit.setDisplayFormat("dd/MM/yyyy")  # 4-digit year in every language
        self.zone = shop_zone(context)
        self.export_button = QPushButton(self.tr("Export CSV…"), clicked=lambda: self.export())
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Action"), self.action), (self.tr("Profile"), self.staff),
                              (self.tr("From"), self.since), (self.tr("To"), self.until)):  # fmt: skip
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch()
        filters.addWidget(self.export_button)
        self.table = QTableWidget(0, 5)
        when = self.tr("When (%1)").replace("%1", self.zone)
        headers = [when, self.tr("Who"), self.tr("Action"), self.tr("Subject"), self.tr("Detail")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.status = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self._fill_choices()
        for combo in (self.action, self.staff):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.refresh)
        self.refresh()

    def _fill_choices(self) -> None:
        services = self.context.services
        assert services is not None
        self.action.addItem(self.tr("All actions"), None)
        self.staff.addItem(self.tr("Everyone"), None)
        # The log's distinct actions and the staff are read in the background, like the rows (a long log).
        self.context.run(lambda: (services.audit.actions(), services.staff.list()), self._choices_arrived)

    def _choices_arrived(self, found: tuple[list[str], list[Any]]) -> None:
        actions, members = found
        for combo in (self.action, self.staff):
            combo.blockSignals(True)  # the first choices ("all", "everyone") stay chosen: no new query
        # By their translated names, in that order; the code stays the item's data for the query.
        for text, code in sorted((action_text(code), code) for code in actions):
            self.action.addItem(text, code)
        for member in members:
            self.staff.addItem(member.name, member.id)
        for combo in (self.action, self.staff):
            combo.blockSignals(False)

    def _range(self) -> tuple[datetime, datetime]:
        """Whole days of the chosen dates in the shop's zone (the last one included), as the naive UTC the log
        stores: a WIB day starts at 17:00 UTC the evening before."""
        zone = shop_tz(self.zone)

        def utc(day: QDate) -> datetime:
            local = datetime.combine(day.toPython(), time(), tzinfo=zone)
            return local.astimezone(UTC).replace(tzinfo=None)

        return utc(self.since.date()), utc(self.until.date().addDays(1))

    def refresh(self) -> None:
        services = self.context.services
        assert services is not None
        since, until = self._range()
        action, staff = self.action.currentData(), self.staff.currentData()
        self._asked = asked = (action, staff, since, until)
        self.context.run(
            lambda: services.audit.recent(LIMIT, action, staff_id=staff, since=since, until=until),
            lambda rows: self._show_rows(rows) if asked == self._asked else None,  # a newer filter was chosen
        )

    def _show_rows(self, rows: list[Any]) -> None:
        self.table.setRowCount(len(rows))
        for i, entry in enumerate(rows):
            values = (
                format_shop_datetime(entry.at, self.zone),
                entry.staff_name or "",
                action_text(entry.action),
                subject_text(entry.action, entry.subject),
                detail_text(entry.action, entry.detail, self.zone),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 4:
                    item.setToolTip(value)  # a long detail is cut by the column; the tooltip shows it whole
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()

    def export(self, out: Path | None = None) -> None:
        if out is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"), "audit-log.csv",
                                                    self.tr("CSV files (*.csv)"))  # fmt: skip
            if not chosen:
                return
            out = Path(chosen)
        services, target = self.context.services, out
        assert services is not None
        since, until = self._range()
        action, staff = self.action.currentData(), self.staff.currentData()
        self.context.run(
            lambda: services.audit.export_csv(target, since, until, action, staff_id=staff),
            lambda count: self.status.show_message(self.tr("%n entries exported.", "", count), error=False),
            self._export_failed,
        )

    def _export_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.status.show_message(error_text(error))
