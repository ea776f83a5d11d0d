"""Customers by points balance, a page at a time: ``ranking`` for the order, ``points_many`` for tier and expiry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from merchant_desk.ui.context import AppContext

PAGE = 40  # points_many costs ~1.5 ms a customer on the large demo shop: a screen and a half per fetch
COL_RANK, COL_NAME, COL_TIER, COL_BALANCE, COL_EXPIRING = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("RankingModel", "#"),
    QT_TRANSLATE_NOOP("RankingModel", "Customer"),
    QT_TRANSLATE_NOOP("RankingModel", "Tier"),
    QT_TRANSLATE_NOOP("RankingModel", "Points"),
    QT_TRANSLATE_NOOP("RankingModel", "Expiring in 30 days"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class RankRow:
    customer_id: int
    name: str
    balance: int
    tier: str
    expiring: int


def load_page(context: AppContext, offset: int) -> list[RankRow]:
    """Runs in a worker: one page of the ranking with each customer's tier and soon-expiring points."""
    services = context.services
    assert services is not None
    ranked = services.loyalty.ranking(offset, PAGE)
    cards = {c.customer_id: c for c in services.loyalty.points_many([cid for cid, _name, _b in ranked])}
    rows = []
    for cid, name, balance in ranked:
        card = cards.get(cid)
        tier = card.tier.name if card and card.tier else ""
        rows.append(RankRow(cid, name, balance, tier, sum(p for p, _when in card.expiring) if card else 0))
    return rows


def points_text(points: int) -> str:
    return f"{points:,}".replace(",", ".")  # Indonesian thousands, like the Rupiah amounts


class RankingModel(QAbstractTableModel):
    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[RankRow] = []
        self._more = False  # the last page was full: there may be another
        self._fetching = False
        self._generation = 0

    def reload(self) -> None:
        if self.context.services is None:
            return
        self._generation += 1
        generation = self._generation
        self._fetching = True
        self.context.run(lambda: load_page(self.context, 0), lambda rows: self._loaded(generation, rows))

    def _loaded(self, generation: int, rows: list[RankRow]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.beginResetModel()
        self.rows, self._more = list(rows), len(rows) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        generation, offset = self._generation, len(self.rows)
        self._fetching = True
        self.context.run(lambda: load_page(self.context, offset), lambda rows: self._appended(generation, rows))

    def _appended(self, generation: int, rows: list[RankRow]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._more = len(rows) == PAGE
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return QCoreApplication.translate("RankingModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            expiring = points_text(row.expiring) if row.expiring else ""
            return (str(index.row() + 1), row.name, row.tier, points_text(row.balance), expiring)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_RANK, COL_BALANCE, COL_EXPIRING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.customer_id
        return None

    def row_at(self, row: int) -> RankRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
