"""The Quick Replies table: a shop has tens of replies, so the model holds their dataclasses and filters in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtCore import QPersistentModelIndex as QPIndex

from merchant_desk.core.timezones import format_shop_datetime
from merchant_desk.services.quick_reply_service import QuickReplyInfo

COL_SHORTCUT, COL_TITLE, COL_CATEGORY, COL_USED, COL_LAST = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("ReplyModel", "Shortcut"),
    QT_TRANSLATE_NOOP("ReplyModel", "Title"),
    QT_TRANSLATE_NOOP("ReplyModel", "Category"),
    QT_TRANSLATE_NOOP("ReplyModel", "Times used"),
    QT_TRANSLATE_NOOP("ReplyModel", "Last used"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def matches(reply: QuickReplyInfo, words: list[str]) -> bool:
    """Every word appears in the shortcut, title, category or body (the tab's search box)."""
    haystack = " ".join((reply.shortcut, reply.title, reply.category or "", reply.body)).lower()
    return all(word in haystack for word in words)


class ReplyModel(QAbstractTableModel):
    """Rows in the service's order (most used first); ``set_filter`` narrows them without another query."""

    def __init__(self, timezone: str = "WIB", parent: Any = None) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self._all: list[QuickReplyInfo] = []
        self._rows: list[QuickReplyInfo] = []
        self._words: list[str] = []

    def set_replies(self, replies: list[QuickReplyInfo]) -> None:
        self.beginResetModel()
        self._all = list(replies)
        self._rows = [r for r in self._all if matches(r, self._words)]
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self._words = text.lower().lstrip("/").split()
        self.set_replies(self._all)

    def reply_at(self, row: int) -> QuickReplyInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, reply_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == reply_id), -1)

    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: QModelIndex | QPIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return QCoreApplication.translate("ReplyModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        reply, column = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return reply.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_USED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return reply.body
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_SHORTCUT:
            return f"/{reply.shortcut}"
        if column == COL_TITLE:
            return reply.title
        if column == COL_CATEGORY:
            return reply.category or ""
        if column == COL_USED:
            return QLocale().toString(reply.times_used)
        if column == COL_LAST:
            if reply.last_used_at is None:
                return "—"
            return format_shop_datetime(reply.last_used_at, self.timezone)
        return None
