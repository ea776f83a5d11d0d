"""The Orders tab's rows: one page at a time from the services (filtered in SQL), more as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from merchant_desk.core.orders import OrderView
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.orders.texts import rupiah, shop_time, stage_name

PAGE = 100
COL_NUMBER, COL_CUSTOMER, COL_STAGE, COL_TOTAL, COL_DATE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("OrdersModel", "Number"),
    QT_TRANSLATE_NOOP("OrdersModel", "Customer"),
    QT_TRANSLATE_NOOP("OrdersModel", "Status"),  # merchants say status; the values stay stage names
    QT_TRANSLATE_NOOP("OrdersModel", "Total"),
    QT_TRANSLATE_NOOP("OrdersModel", "Date"),
)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
STAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the stage key, for the chip delegate
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class OrdersModel(QAbstractTableModel):
    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[OrderView] = []
        self.total = 0
        self.stages: tuple[str, ...] = ()
        self.search = ""
        self._generation = 0  # answers to an older query are dropped
        self._fetching = False

    def set_query(self, stages: tuple[str, ...], search: str) -> None:
        self.stages, self.search = stages, search
        self.reload()

    def reload(self) -> None:
        services = self.context.services
        if services is None:
            return
        self._generation += 1
        generation, stages, search = self._generation, list(self.stages), self.search

        def load() -> tuple[int, list[OrderView]]:
            total = services.orders.count(stages, search)
            return total, services.orders.recent(stages, 0, PAGE, search)

        self._fetching = True
        self.context.run(load, lambda result: self._loaded(generation, result))

    def _loaded(self, generation: int, result: tuple[int, list[OrderView]]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.beginResetModel()
        self.total, self.rows = result[0], list(result[1])
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        services = self.context.services
        if parent.isValid() or services is None or not self.canFetchMore(parent):
            return
        generation, stages, search, offset = self._generation, list(self.stages), self.search, len(self.rows)
        self._fetching = True
        self.context.run(
            lambda: services.orders.recent(stages, offset, PAGE, search),
            lambda rows: self._more(generation, offset, rows),
        )

    def _more(self, generation: int, offset: int, rows: list[OrderView]) -> None:
        if generation != self._generation or offset != len(self.rows):
            return
        self._fetching = False
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        else:
            self.total = len(self.rows)  # orders were deleted meanwhile: stop asking

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OrdersModel", HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:  # a header sits over its data: money right, text left
            return RIGHT if section == COL_TOTAL else LEFT
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        order, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                order.number,
                order.customer_name or "—",
                stage_name(order.stage),
                rupiah(order.total),
                shop_time(order.created_at, self.context.timezone),
            )[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col == COL_TOTAL else LEFT
        if role == STAGE_ROLE:
            return order.stage
        if role == ID_ROLE:
            return order.id
        return None

    def order_at(self, row: int) -> OrderView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
