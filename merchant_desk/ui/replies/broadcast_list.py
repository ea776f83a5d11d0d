"""Broadcasts so far in a table, to reopen one (its queue survives restarts) or to start a new one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.timezones import format_shop_datetime
from merchant_desk.ui.orders.chip_delegate import ChipDelegate
from merchant_desk.ui.replies.broadcast_queue import STATE_COLOURS, BroadcastQueue, state_name
from merchant_desk.ui.replies.broadcast_wizard import BroadcastWizard
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.services.broadcast_service import BroadcastInfo, BroadcastReport
    from merchant_desk.ui.context import AppContext

COL_NAME, COL_STATE, COL_SENT, COL_EXCLUDED, COL_REPLIED, COL_CREATED = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("BroadcastListModel", "Name"),
    QT_TRANSLATE_NOOP("BroadcastListModel", "Status"),
    QT_TRANSLATE_NOOP("BroadcastListModel", "Sent"),
    QT_TRANSLATE_NOOP("BroadcastListModel", "Left out"),
    QT_TRANSLATE_NOOP("BroadcastListModel", "Replied in 48 h"),
    QT_TRANSLATE_NOOP("BroadcastListModel", "Created"),
)
SENT_OF = QT_TRANSLATE_NOOP("BroadcastListModel", "%1 of %2")
NO_CONSENT = QT_TRANSLATE_NOOP("BroadcastListModel", "No consent: %1")
NO_PHONE = QT_TRANSLATE_NOOP("BroadcastListModel", "No WhatsApp number: %1")
SKIPPED = QT_TRANSLATE_NOOP("BroadcastListModel", "%1 skipped")
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
NUMBERS = (COL_SENT, COL_EXCLUDED, COL_REPLIED)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BroadcastListModel", text)


class BroadcastListModel(QAbstractTableModel):
    """One row per broadcast with its report; a handful of rows, so all of them are held."""

    def __init__(self, timezone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self.rows: list[tuple[BroadcastInfo, BroadcastReport]] = []

    def set_rows(self, rows: list[tuple[BroadcastInfo, BroadcastReport]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in NUMBERS else LEFT
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        (info, report), col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                info.name,
                state_name(info.state),
                _tr(SENT_OF).replace("%1", str(report.sent)).replace("%2", str(report.recipients)),
                str(report.excluded_no_consent + report.excluded_no_phone),
                str(report.replied_within_48h),
                format_shop_datetime(info.created_at, self.timezone),
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_NAME:
                return info.name
            if col == COL_EXCLUDED:
                return "\n".join((
                    _tr(NO_CONSENT).replace("%1", str(report.excluded_no_consent)),
                    _tr(NO_PHONE).replace("%1", str(report.excluded_no_phone)),
                ))  # fmt: skip
            if col == COL_SENT and report.skipped:
                return _tr(SKIPPED).replace("%1", str(report.skipped))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col in NUMBERS else LEFT
        if role == STATE_ROLE:
            return info.state
        if role == ID_ROLE:
            return info.id
        return None


class BroadcastList(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Broadcasts"))
        self.resize(820, 420)
        self.model = BroadcastListModel(context.timezone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_STATE, ChipDelegate(STATE_COLOURS, STATE_ROLE, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.activated.connect(self._open_index)  # Enter, and a double click
        self.empty = QLabel(
            self.tr("No broadcasts yet.\nA broadcast sends one message to many customers who agreed to receive "
                    "it, one by one through WhatsApp.")
        )  # fmt: skip
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        set_role(self.empty, "muted")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.new_button = QPushButton(self.tr("New broadcast…"))
        self.new_button.setProperty("primary", True)
        self.open_button, self.close_button = QPushButton(self.tr("Open")), QPushButton(self.tr("Close"))
        # No default button: Enter in the table opens the chosen broadcast and must not also press one.
        for button in (self.new_button, self.open_button, self.close_button):
            button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_broadcast)
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        services = self.context.services
        assert services is not None
        # overview() notes who replied since the last look, so it is a write.
        self.context.run(lambda svc=services: svc.broadcasts.overview(), self._loaded, write=True)

    def _loaded(self, rows: list[tuple[BroadcastInfo, BroadcastReport]]) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.table.setCurrentIndex(self.model.index(0, COL_NAME))
            self.table.setFocus()

    def _open_index(self, index: QModelIndex) -> None:
        broadcast_id = index.data(ID_ROLE) if index.isValid() else None
        if broadcast_id is not None:
            BroadcastQueue(self.context, int(broadcast_id), self).exec()
            self.reload()

    def new_broadcast(self) -> None:
        wizard = BroadcastWizard(self.context, self)
        wizard.exec()
        if wizard.created is not None:
            BroadcastQueue(self.context, wizard.created.id, self).exec()
        self.reload()
