"""Selection by product id: read from selection ranges, and put back after the model's rows were reset."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint
from PySide6.QtWidgets import QAbstractItemView

from merchant_desk.ui.catalog.columns import COL_NAME
from merchant_desk.ui.catalog.paged_model import PagedProducts

KEEP_SELECTION = 2_000  # selected ids put back after a reload; a bigger selection is dropped instead


@dataclass(frozen=True)
class Kept:
    selected: list[int] = field(default_factory=list)
    current: int | None = None
    top: int | None = None  # the first visible row's product, scrolled back to the top


def selected_ids(model: PagedProducts, selection: QItemSelectionModel) -> list[int]:
    """Ids of the selected rows, from selection ranges (a select-all of 100k rows is one range, not 900k
    indexes); rows whose ids are still loading are left out (bulk actions wait for them)."""
    rows: set[int] = set()
    for part in selection.selection():
        rows.update(range(part.top(), part.bottom() + 1))
    ids = model.ids
    return [ids[r] for r in sorted(rows) if r < len(ids)]


def remember(model: PagedProducts, selection: QItemSelectionModel, view: QAbstractItemView) -> Kept:
    chosen = selected_ids(model, selection)
    current = selection.currentIndex()
    top = view.indexAt(view.viewport().rect().topLeft() + QPoint(4, 4))  # inside the first item, not its border
    return Kept(
        chosen if len(chosen) <= KEEP_SELECTION else [],
        model.id_at(current.row()) if current.isValid() else None,
        model.id_at(top.row()) if top.isValid() else None,
    )


def restore(model: PagedProducts, selection: QItemSelectionModel, view: QAbstractItemView, kept: Kept) -> None:
    if not model.rowCount():
        return
    chosen = QItemSelection()
    last = model.columnCount() - 1
    for pid in kept.selected:
        row = model.row_of(pid)
        if row is not None:
            chosen.select(model.index(row, 0), model.index(row, last))
    if not chosen.isEmpty():
        selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    current = model.row_of(kept.current) if kept.current is not None else None
    if current is not None:
        selection.setCurrentIndex(model.index(current, COL_NAME), QItemSelectionModel.SelectionFlag.NoUpdate)
    top = model.row_of(kept.top) if kept.top is not None else None
    if top is not None:
        view.scrollTo(model.index(top, COL_NAME), QAbstractItemView.ScrollHint.PositionAtTop)
