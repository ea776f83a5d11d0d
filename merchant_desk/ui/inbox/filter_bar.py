"""Above the conversation list: message search (Ctrl+F) and filters by status, label, assignee and unread,
each choice showing how many conversations it would leave."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPushButton, QWidget

from merchant_desk.ui.inbox.texts import STATUS_LABELS, counted, number, status_label

if TYPE_CHECKING:
    from merchant_desk.core.shop import StaffMember
    from merchant_desk.services.inbox_rows import InboxCounts, InboxFilter
    from merchant_desk.services.label_service import LabelInfo

UNASSIGNED = -1  # the assignee combo's "Unassigned" entry
SEARCH_PAUSE_MS = 200  # typing pause before a search runs: one query per word, not per key


class FilterBar(QWidget):
    changed = Signal()  # a filter changed: reload the list
    search_changed = Signal(str)  # the search text after a typing pause ("" when cleared)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._pause = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.flush)
        self.search.textChanged.connect(lambda _text: self._pause.start())
        self.status = QComboBox()
        self.label = QComboBox()
        self.assignee = QComboBox()
        self.unread = QPushButton(checkable=True)
        for combo in (self.status, self.label, self.assignee):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.activated.connect(lambda _i: self.changed.emit())
        self.unread.toggled.connect(lambda _on: self.changed.emit())
        self.labels: list[LabelInfo] = []
        self.staff: list[StaffMember] = []
        self.counts: InboxCounts | None = None
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(6)
        layout.addWidget(self.search, 0, 0, 1, 2)
        layout.addWidget(self.status, 1, 0)
        layout.addWidget(self.label, 1, 1)
        layout.addWidget(self.assignee, 2, 0)
        layout.addWidget(self.unread, 2, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search all messages (Ctrl+F)"))
        self._fill(getattr(self, "counts", None))

    def flush(self) -> None:
        """Runs the search now (the typing pause is over, or a test or benchmark does not want to wait)."""
        self._pause.stop()
        self.search_changed.emit(self.search.text().strip())

    # -- choices --------------------------------------------------------------------------------------

    def set_meta(self, labels: list[LabelInfo], staff: list[StaffMember]) -> None:
        self.labels, self.staff = labels, staff
        self._fill(self.counts)  # counts may have arrived first: keep them

    def show_counts(self, counts: InboxCounts) -> None:
        self.counts = counts
        self._fill(counts)

    def _fill(self, counts: InboxCounts | None) -> None:
        def n(value: int | None) -> str:
            return "" if value is None else f" ({number(value)})"

        def refill(combo: QComboBox, entries: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in entries:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        total = counts.total if counts else None
        by_status = counts.by_status if counts else {}
        refill(
            self.status,
            [(self.tr("All statuses"), None), (self.tr("Not resolved"), "unresolved")]
            + [(status_label(s) + n(by_status.get(s, 0) if counts else None), s) for s in STATUS_LABELS],
        )
        by_label = counts.by_label if counts else {}
        refill(
            self.label,
            [(self.tr("All labels"), None)]
            + [(label.name + n(by_label.get(label.id, 0) if counts else None), label.id) for label in self.labels],
        )
        by_staff = counts.by_assignee if counts else {}
        refill(
            self.assignee,
            [
                (self.tr("Anyone"), None),
                (self.tr("Unassigned") + n(by_staff.get(None, 0) if counts else None), UNASSIGNED),
            ]
            + [(member.name + n(by_staff.get(member.id, 0) if counts else None), member.id) for member in self.staff],
        )
        unread = counts.unread if counts else 0
        self.unread.setText(counted(self.tr("Unread (%n)", "", unread), unread) if counts else self.tr("Unread"))
        self.unread.setToolTip(self.tr("Show only conversations with unread messages"))
        self.status.setToolTip(self.tr("Status") + (n(total) if counts else ""))

    def inbox_filter(self, base: InboxFilter) -> InboxFilter:
        assignee = self.assignee.currentData()
        return base.replace(
            status=self.status.currentData(),
            label_id=self.label.currentData(),
            unassigned=assignee == UNASSIGNED,
            assigned_staff_id=assignee if assignee not in (None, UNASSIGNED) else None,
            unread_only=self.unread.isChecked(),
        )

    def select(self, combo: QComboBox, data: object) -> None:
        """Chooses an entry by its data and applies it (tests and keyboard users)."""
        combo.setCurrentIndex(max(0, combo.findData(data)))
        self.changed.emit()
