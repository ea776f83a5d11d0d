"""The photo grid: cards in fixed-size cells, placed by arithmetic, over the tab's model and selection.

QListView in icon mode lays out every item (~1 s for 100,000 cards, in slices that stall scrolling) and its
BSP tree asked the Python model for ~8,000 indexes per scroll step. Here a card's place is its row number
divided by the number of columns, so nothing is laid out and a paint asks only for the cards on screen.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QWidget

from merchant_desk.ui.catalog.delegates import GridDelegate

_Index = QModelIndex | QPersistentModelIndex
_Cursor = QAbstractItemView.CursorAction
_Hint = QAbstractItemView.ScrollHint


class CardGrid(QAbstractItemView):
    """One card per model row, ``columns`` to a line; the cells share the width so the cards spread out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._column = 0  # the model column whose index stands for the card (selection covers whole rows)
        self._cell = QSize(GridDelegate.SIZE)
        self._columns = 1
        self.setItemDelegate(GridDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always shown: a bar that comes and goes changes the width, and with it the number of columns.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    # -- model and geometry -------------------------------------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            for signal in (old.rowsInserted, old.rowsRemoved, old.modelReset, old.layoutChanged):
                signal.disconnect(self.scheduleDelayedItemsLayout)
        super().setModel(model)
        if model is not None:
            # Only the scroll range depends on the row count; one delayed update per burst of changes.
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
                signal.connect(self.scheduleDelayedItemsLayout)

    def setModelColumn(self, column: int) -> None:
        self._column = column

    def modelColumn(self) -> int:
        return self._column

    def gridSize(self) -> QSize:
        return QSize(self._cell)

    def columns(self) -> int:
        return self._columns

    def _count(self) -> int:
        model = self.model()
        return model.rowCount() if model is not None else 0

    def updateGeometries(self) -> None:
        """Columns and scroll range from the width and the row count (QAbstractItemView calls this on resize)."""
        width = max(1, self.viewport().width())
        self._columns = max(1, width // GridDelegate.SIZE.width())
        self._cell = QSize(width // self._columns, GridDelegate.SIZE.height())
        lines = -(-self._count() // self._columns)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, lines * self._cell.height() - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(24)
        super().updateGeometries()

    def _cell_rect(self, row: int) -> QRect:
        line, column = divmod(row, self._columns)
        w, h = self._cell.width(), self._cell.height()
        return QRect(column * w, line * h - self.verticalOffset(), w, h)

    def visualRect(self, index: _Index) -> QRect:
        if not index.isValid() or index.row() >= self._count():
            return QRect()
        return self._cell_rect(index.row())

    def _row_at(self, point: QPoint) -> int:
        """The row of the cell under ``point`` (viewport coordinates), or -1 past the last card."""
        x, y = point.x(), point.y() + self.verticalOffset()
        if x < 0 or y < 0 or x >= self._cell.width() * self._columns:
            return -1
        row = (y // self._cell.height()) * self._columns + x // self._cell.width()
        return row if row < self._count() else -1

    def _row_clamped(self, point: QPoint) -> int:
        """The row of the cell nearest ``point``: a drag or Shift+click past the last card reaches it."""
        w, h = self._cell.width(), self._cell.height()
        x = min(max(0, point.x()), w * self._columns - 1)
        y = max(0, point.y() + self.verticalOffset())
        return (y // h) * self._columns + x // w

    def indexAt(self, point: QPoint) -> QModelIndex:
        row = self._row_at(point)
        model = self.model()
        return model.index(row, self._column) if row >= 0 and model is not None else QModelIndex()

    def scrollTo(self, index: _Index, hint: _Hint = _Hint.EnsureVisible) -> None:
        if not index.isValid():
            return
        top = (index.row() // self._columns) * self._cell.height()
        bar, height = self.verticalScrollBar(), self.viewport().height()
        if hint == _Hint.PositionAtTop:
            bar.setValue(top)
        elif hint == _Hint.PositionAtCenter:
            bar.setValue(top - (height - self._cell.height()) // 2)
        elif hint == _Hint.PositionAtBottom:
            bar.setValue(top + self._cell.height() - height)
        elif top < bar.value():
            bar.setValue(top)
        elif top + self._cell.height() > bar.value() + height:
            bar.setValue(top + self._cell.height() - height)

    def horizontalOffset(self) -> int:
        return 0

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def isIndexHidden(self, index: _Index) -> bool:
        return False

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().scroll(dx, dy)

    # -- keys and selection -------------------------------------------------------------------------------

    def moveCursor(self, action: _Cursor, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        model, count = self.model(), self._count()
        if model is None or count == 0:
            return QModelIndex()
        current = self.currentIndex()
        row = current.row() if current.isValid() else -1
        if row < 0:
            return model.index(0, self._column)
        page = self._columns * max(1, self.viewport().height() // self._cell.height())
        moves = {
            _Cursor.MoveLeft: -1,
            _Cursor.MovePrevious: -1,
            _Cursor.MoveRight: 1,
            _Cursor.MoveNext: 1,
            _Cursor.MoveUp: -self._columns,
            _Cursor.MoveDown: self._columns,
            _Cursor.MovePageUp: -page,
            _Cursor.MovePageDown: page,
            _Cursor.MoveHome: -count,
            _Cursor.MoveEnd: count,
        }
        row = min(count - 1, max(0, row + moves.get(action, 0)))
        return model.index(row, self._column)

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        """Selects the cards from the rectangle's first to its last in reading order, as file managers do
        with Shift: one range of whole rows however many cards it spans (the table shows the same rows)."""
        model, selection = self.model(), self.selectionModel()
        if model is None or selection is None:
            return
        rect, count = rect.normalized(), self._count()
        first, last = self._row_clamped(rect.topLeft()), min(count - 1, self._row_clamped(rect.bottomRight()))
        if first >= count or last < first:
            selection.select(QItemSelection(), command)
            return
        chosen = QItemSelection(model.index(first, 0), model.index(last, model.columnCount() - 1))
        selection.select(chosen, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region = QRegion()
        top = self.verticalOffset() // self._cell.height() * self._columns
        bottom = top + (self.viewport().height() // self._cell.height() + 2) * self._columns
        for part in selection:
            for row in range(max(part.top(), top), min(part.bottom(), bottom) + 1):  # only what is on screen
                region += self._cell_rect(row)
        return region

    # -- painting -------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        model, count = self.model(), self._count()
        if model is None or count == 0:
            return
        painter = QPainter(self.viewport())
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        delegate = self.itemDelegate()
        selection = self.selectionModel()
        current = self.currentIndex()
        current_row = current.row() if current.isValid() else -1
        card = GridDelegate.SIZE
        area = event.rect()
        w, h = self._cell.width(), self._cell.height()
        offset = self.verticalOffset()
        first_line = (area.top() + offset) // h
        last_line = (area.bottom() + offset) // h
        base_state = option.state  # type: ignore[attr-defined]
        for line in range(first_line, last_line + 1):
            for column in range(self._columns):
                row = line * self._columns + column
                if row >= count:
                    break
                cell = QRect(column * w, line * h - offset, w, h)
                if not cell.intersects(area):
                    continue
                index = model.index(row, self._column)
                rect = QRect(0, 0, card.width(), card.height())
                rect.moveCenter(cell.center())
                option.rect = rect  # type: ignore[attr-defined]
                state = base_state
                if selection is not None and selection.isSelected(index):
                    state |= QStyle.StateFlag.State_Selected
                if row == current_row:
                    state |= QStyle.StateFlag.State_HasFocus
                option.state = state  # type: ignore[attr-defined]
                delegate.paint(painter, option, index)
        painter.end()
