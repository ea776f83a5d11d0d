"""A thread's loaded pages as a list model: day separators and messages, oldest at the top.

Only the pages the merchant has scrolled through are held (100 messages each); older pages are prepended
and newer ones appended as the view reaches an end. Every text a bubble shows is prepared in the worker
that fetched the page, so ``data()`` and the delegate only look things up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtCore import QPersistentModelIndex as _PIndex

from merchant_desk.core.placeholders import StyledSpan, format_spans
from merchant_desk.core.timezones import to_shop_time
from merchant_desk.ui.inbox import roles
from merchant_desk.ui.inbox.texts import attachment_label, day_title, local_today

if TYPE_CHECKING:
    from merchant_desk.services.inbox_rows import MessageRow

_MARKERS = frozenset("*_~`")
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
TICKS = {"prepared": ("✓", False), "sent": ("✓✓", False), "delivered": ("✓✓", False), "read": ("✓✓", True)}


@dataclass(frozen=True)
class Item:
    """One row of the thread: a day separator (``kind == "day"``) or a message."""

    kind: str  # day | in | out | system
    key: tuple[str, int]  # ("m", message id) or ("d", date ordinal): unique, and the view's size-cache key
    day: date
    text: str
    clock: str = ""
    author: str = ""
    ticks: tuple[str, bool] | None = None
    attachments: tuple[str, ...] = ()
    image: str | None = None  # absolute path of the first stored image, for a thumbnail
    message: MessageRow | None = None
    spans: tuple[StyledSpan, ...] = ()  # WhatsApp's *bold*, _italic_, ~strike~ runs; () for plain text


def styled(text: str) -> tuple[StyledSpan, ...]:
    """The formatted runs of ``text``, or () when WhatsApp would show it plain (most messages: no layout)."""
    if _MARKERS.isdisjoint(text):
        return ()
    spans = format_spans(text)
    plain = len(spans) == 1 and not (spans[0].bold or spans[0].italic or spans[0].strike or spans[0].mono)
    return () if plain or not spans else tuple(spans)


def build_items(
    messages: tuple[MessageRow, ...], zone: str, is_group: bool, data_dir: Path, after_day: date | None = None
) -> list[Item]:
    """Rows for ``messages`` (oldest first) with a separator before each new day (worker thread).

    ``after_day`` is the day of the message just before these: no separator is repeated for it.
    """
    today = local_today(zone)
    items: list[Item] = []
    previous = after_day
    for m in messages:
        local = to_shop_time(m.sent_at, zone)
        day = local.date()
        if day != previous:
            items.append(Item("day", ("d", day.toordinal()), day, day_title(day, today)))
            previous = day
        lines, image = [], None
        for a in m.attachments:
            lines.append(f"{attachment_label(a.kind)} · {a.file_name}" if a.file_name else attachment_label(a.kind))
            if image is None and a.kind in ("image", "sticker") and a.stored_path:
                image = str(data_dir / a.stored_path)
        kind = m.direction if m.direction in ("in", "out") else "system"
        body = m.body.rstrip("\n")
        author = (m.author_name or "") if (is_group and kind == "in") or (kind == "out" and m.staff_id) else ""
        items.append(
            Item(
                kind,
                ("m", m.id),
                day,
                body,
                f"{local:%H.%M}",
                author,
                TICKS.get(m.delivery_state or "prepared") if kind == "out" else None,
                tuple(lines),
                image,
                m,
                styled(body) if kind != "system" else (),
            )
        )
    return items


class ThreadModel(QAbstractListModel):
    """The rows of one conversation's loaded pages."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Item] = []
        self.conversation_id: int | None = None

    def reset(self, conversation_id: int | None, items: list[Item]) -> None:
        self.beginResetModel()
        self.conversation_id, self.items = conversation_id, items
        self.endResetModel()

    def first_day(self) -> date | None:
        return self.items[0].day if self.items else None

    def last_day(self) -> date | None:
        return self.items[-1].day if self.items else None

    def prepend(self, items: list[Item]) -> int:
        """Older rows above the loaded ones; returns how many rows were added at the top."""
        if not items:
            return 0
        if self.items and self.items[0].kind == "day" and items[-1].day == self.items[0].day:
            self.beginRemoveRows(QModelIndex(), 0, 0)  # the day continues from the older page: one separator
            del self.items[0]
            self.endRemoveRows()
            removed = 1
        else:
            removed = 0
        self.beginInsertRows(QModelIndex(), 0, len(items) - 1)
        self.items[0:0] = items
        self.endInsertRows()
        return len(items) - removed

    def append(self, items: list[Item]) -> None:
        if not items:
            return
        start = len(self.items)
        self.beginInsertRows(QModelIndex(), start, start + len(items) - 1)
        self.items.extend(items)
        self.endInsertRows()

    def row_of_message(self, message_id: int) -> int | None:
        key = ("m", message_id)
        return next((row for row, item in enumerate(self.items) if item.key == key), None)

    def messages(self) -> list[MessageRow]:
        return [item.message for item in self.items if item.message is not None]

    # -- Qt model interface ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | _PIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index: QModelIndex | _PIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: QModelIndex | _PIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text
        if role == roles.ROW_ROLE:
            return item
        if role == roles.KIND_ROLE:
            return item.kind
        if role == roles.ID_ROLE:
            return item.key[1] if item.key[0] == "m" else None
        if role == roles.CLOCK_ROLE:
            return item.clock
        if role == roles.AUTHOR_ROLE:
            return item.author
        if role == roles.TICKS_ROLE:
            return item.ticks
        if role == roles.ATTACHMENTS_ROLE:
            return item.attachments
        if role == roles.IMAGE_ROLE:
            return item.image
        return None
