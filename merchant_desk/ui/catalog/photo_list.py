"""The photo strip's icon row: a QListWidget whose internal drag reorders photos, and the square tile each
photo is drawn as (fitted thumbnail, grey placeholder or "URL", amber dot when below WhatsApp's minimum)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QWidget

from merchant_desk.core.catalog import PhotoRef
from merchant_desk.core.photos import MIN_CATALOG_SIDE  # smaller photos get a warning dot on their tile
from merchant_desk.ui.style import MUTED

REF = Qt.ItemDataRole.UserRole
ICON = 96


def has_photo(mime: QMimeData) -> bool:
    return mime.hasImage() or any(u.isLocalFile() for u in mime.urls())


class PhotoList(QListWidget):
    """Icons left to right; an internal drag moves a photo to the slot it is dropped on."""

    files_dropped = Signal(object)  # QMimeData
    reordered = Signal()
    empty_text = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Snap)
        self.setIconSize(QSize(ICON, ICON))
        self.setGridSize(QSize(ICON + 16, ICON + 30))
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFixedHeight(ICON + 40)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0:  # an empty strip says how to fill it
            painter = QPainter(self.viewport())
            painter.setPen(QColor(MUTED))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.acceptProposedAction() if event.source() is self or has_photo(event.mimeData()) else event.ignore()

    dragMoveEvent = dragEnterEvent  # type: ignore[assignment]  # the same test while the drag moves over us

    def dropEvent(self, event: QDropEvent) -> None:
        if event.source() is not self:
            self.files_dropped.emit(event.mimeData())
            event.acceptProposedAction()
            return
        # Qt's icon mode only moves icons on screen, not in the list: move the row ourselves, and answer
        # "copy" (or "nothing") so the drag's source does not delete the item afterwards.
        target = self.indexAt(event.position().toPoint())
        row, to = self.currentRow(), target.row() if target.isValid() else self.count() - 1
        if row >= 0 and to != row:
            self.insertItem(to, self.takeItem(row))
            self.setCurrentRow(to)
            self.reordered.emit()
        copy = event.possibleActions() & Qt.DropAction.CopyAction
        event.setDropAction(Qt.DropAction.CopyAction if copy else Qt.DropAction.IgnoreAction)
        event.accept()


def tile_icon(ref: PhotoRef, thumb: QImage | None) -> QIcon:
    """A square tile: the photo fitted on a light ground (a grey tile until it loads, or for a link), and an
    amber dot on photos smaller than WhatsApp's 500×500 minimum."""
    tile = QPixmap(ICON, ICON)
    tile.fill(QColor("#E9EDEF"))
    painter = QPainter(tile)
    if thumb is not None and not thumb.isNull():
        fitted = thumb.scaled(
            ICON, ICON, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        painter.drawImage((ICON - fitted.width()) // 2, (ICON - fitted.height()) // 2, fitted)
    elif ref.sha256 is None:
        painter.setPen(QColor(MUTED))
        painter.drawText(tile.rect(), Qt.AlignmentFlag.AlignCenter, "URL")
    if ref.width and ref.height and min(ref.width, ref.height) < MIN_CATALOG_SIDE:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("white"))
        painter.setBrush(QColor("#E0A100"))
        painter.drawEllipse(ICON - 22, ICON - 22, 18, 18)
        painter.drawText(ICON - 22, ICON - 22, 18, 18, Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(tile)
