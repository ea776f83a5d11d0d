"""Square crop of a product photo: a draggable, resizable square over the picture (catalogs show photos square)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from merchant_desk.ui.style import ACCENT, ERROR, set_role

MARGIN = 10  # px around the picture, so corner handles at its edge are not cut off
HANDLE = 12  # px on screen around each corner that grabs it for resizing
MIN_SIDE = 32  # px of the original: smaller crops are useless in any catalog
WHATSAPP_MIN = 500  # WhatsApp's catalog refuses photos smaller than 500×500


class CropCanvas(QWidget):
    """Shows the picture scaled to fit and a square selection kept in the picture's own pixels."""

    selection_changed = Signal()

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        side = min(image.width(), image.height())
        self.box = QRectF((image.width() - side) / 2, (image.height() - side) / 2, side, side)
        self._drag: str | None = None  # "move", or the corner being dragged: "tl", "tr", "bl", "br"
        self._anchor = QPointF()
        self._grab = QPointF()
        self.setMouseTracking(True)
        self.setMinimumSize(420, 420)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:
        return QSize(560, 560)

    # -- geometry (screen <-> picture) --------------------------------------------------------------------

    def _scale(self) -> float:
        if self.image.isNull():
            return 1.0
        room_w, room_h = self.width() - 2 * MARGIN, self.height() - 2 * MARGIN  # handles stay fully visible
        return max(0.01, min(room_w / self.image.width(), room_h / self.image.height()))

    def _origin(self) -> QPointF:
        s = self._scale()
        return QPointF((self.width() - self.image.width() * s) / 2, (self.height() - self.image.height() * s) / 2)

    def _to_screen(self, rect: QRectF) -> QRectF:
        s, o = self._scale(), self._origin()
        return QRectF(o.x() + rect.x() * s, o.y() + rect.y() * s, rect.width() * s, rect.height() * s)

    def _to_image(self, point: QPointF) -> QPointF:
        s, o = self._scale(), self._origin()
        return QPointF((point.x() - o.x()) / s, (point.y() - o.y()) / s)

    def _corners(self) -> dict[str, QPointF]:
        r = self._to_screen(self.box)
        return {"tl": r.topLeft(), "tr": r.topRight(), "bl": r.bottomLeft(), "br": r.bottomRight()}

    def _hit(self, pos: QPointF) -> str | None:
        for name, corner in self._corners().items():
            if abs(pos.x() - corner.x()) <= HANDLE and abs(pos.y() - corner.y()) <= HANDLE:
                return name
        return "move" if self._to_screen(self.box).contains(pos) else None

    # -- mouse --------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        self._drag = self._hit(pos)
        opposite = {"tl": "br", "tr": "bl", "bl": "tr", "br": "tl"}
        if self._drag in opposite:
            corner = opposite[self._drag]
            r = self.box
            self._anchor = {"tl": r.topLeft(), "tr": r.topRight(), "bl": r.bottomLeft(), "br": r.bottomRight()}[corner]
        elif self._drag == "move":
            self._grab = self._to_image(pos) - self.box.topLeft()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is None:
            hit = self._hit(pos)
            cursors = {
                "tl": Qt.CursorShape.SizeFDiagCursor,
                "br": Qt.CursorShape.SizeFDiagCursor,
                "tr": Qt.CursorShape.SizeBDiagCursor,
                "bl": Qt.CursorShape.SizeBDiagCursor,
                "move": Qt.CursorShape.SizeAllCursor,
            }
            self.setCursor(cursors.get(hit or "", Qt.CursorShape.CrossCursor))
            return
        point = self._to_image(pos)
        if self._drag == "move":
            self.move_to(point - self._grab)
        else:
            self.resize_from(self._anchor, point)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None

    def move_to(self, top_left: QPointF) -> None:
        """Moves the square, keeping it inside the picture."""
        side = self.box.width()
        x = min(max(0.0, top_left.x()), self.image.width() - side)
        y = min(max(0.0, top_left.y()), self.image.height() - side)
        self._set(QRectF(x, y, side, side))

    def resize_from(self, anchor: QPointF, point: QPointF) -> None:
        """Resizes the square from the fixed corner ``anchor`` towards ``point``, staying inside the picture."""
        dx, dy = point.x() - anchor.x(), point.y() - anchor.y()
        room_x = self.image.width() - anchor.x() if dx >= 0 else anchor.x()
        room_y = self.image.height() - anchor.y() if dy >= 0 else anchor.y()
        side = min(max(abs(dx), abs(dy), MIN_SIDE), room_x, room_y)
        x = anchor.x() if dx >= 0 else anchor.x() - side
        y = anchor.y() if dy >= 0 else anchor.y() - side
        self._set(QRectF(x, y, side, side))

    def _set(self, box: QRectF) -> None:
        self.box = box
        self.update()
        self.selection_changed.emit()

    # -- painting -----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#2B3338"))  # a dark surround, as photo editors do
        picture = self._to_screen(QRectF(0, 0, self.image.width(), self.image.height()))
        painter.drawImage(picture, self.image)
        box = self._to_screen(self.box)
        shade = QPainterPath()
        shade.addRect(picture)
        shade.addRect(box)  # odd-even fill: everything but the square is dimmed
        painter.fillPath(shade, QColor(0, 0, 0, 140))
        painter.setPen(QPen(QColor(255, 255, 255, 90), 1))
        for i in (1, 2):  # thirds, the usual guide for placing the product
            painter.drawLine(
                QPointF(box.left() + box.width() * i / 3, box.top()),
                QPointF(box.left() + box.width() * i / 3, box.bottom()),
            )
            painter.drawLine(
                QPointF(box.left(), box.top() + box.height() * i / 3),
                QPointF(box.right(), box.top() + box.height() * i / 3),
            )
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawRect(box)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ACCENT))
        for corner in self._corners().values():
            painter.drawRect(QRectF(corner.x() - 5, corner.y() - 5, 10, 10))


class CropDialog(QDialog):
    """``exec()`` then ``selection()``: the square as (x, y, side) in the original picture's pixels."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crop square"))
        self.canvas = CropCanvas(image)
        self.canvas.selection_changed.connect(self._update_info)
        explain = QLabel(self.tr("Drag the square to choose what the catalog shows; drag a corner to resize it."))
        explain.setWordWrap(True)
        set_role(explain, "muted")
        self.info = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self._update_info()
        self.resize(640, 700)

    def selection(self) -> tuple[int, int, int]:
        box = self.canvas.box
        side = int(box.width())
        return round(box.x()), round(box.y()), side

    def _update_info(self) -> None:
        side = self.selection()[2]
        text = self.tr("%1 × %1 px").replace("%1", str(side))
        if side < WHATSAPP_MIN:
            text += " — " + self.tr("smaller than 500 × 500 px: WhatsApp's catalog refuses such photos")
        self.info.setText(text)
        self.info.setStyleSheet(f"color: {ERROR};" if side < WHATSAPP_MIN else "")
