"""Thumbnails of stored image attachments: decoded to QImage in workers, made QPixmaps on the GUI thread.

DESIGN.md §8.4: decoding never happens in ``paint()`` and never on the GUI thread; a small LRU keeps the
pixmaps of the bubbles scrolled through (a thread shows a few images per screen, not hundreds).
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from merchant_desk.ui.context import AppContext

log = logging.getLogger(__name__)

THUMB = QSize(240, 180)  # the box an image bubble shows; the image is scaled to fit it


def decode(path: str, box: QSize = THUMB) -> QImage | None:
    """Reads an image scaled to fit ``box`` (worker thread); None when it cannot be read."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    size = reader.size()
    if size.isValid() and (size.width() > box.width() or size.height() > box.height()):
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))  # never enlarged
    image = reader.read()
    return None if image.isNull() else image


class AttachmentImages(QObject):
    """``pixmap(path)`` returns the thumbnail or None while it loads; ``ready`` asks the view to repaint."""

    ready = Signal()

    def __init__(self, context: AppContext, capacity: int = 120, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.capacity = capacity
        self.decoded = 0  # tests check that images were decoded (in the background)
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._failed: set[str] = set()
        self._wanted: list[str] = []
        self._pending: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._flush)

    def pixmap(self, path: str | None) -> QPixmap | None:
        if not path or path in self._failed:
            return None
        found = self._pixmaps.get(path)
        if found is not None:
            self._pixmaps.move_to_end(path)
            return found
        if path not in self._pending:
            self._pending.add(path)
            self._wanted.append(path)
            if not self._timer.isActive():
                self._timer.start()  # never decode inside paint(): a synchronous runner would re-enter it
        return None

    def failed(self, path: str | None) -> bool:
        return bool(path) and path in self._failed

    def _flush(self) -> None:
        batch, self._wanted = self._wanted, []
        if batch:
            self.context.run(
                lambda: [(p, decode(p)) for p in batch], self._arrived, lambda e, b=batch: self._lost(b, e)
            )

    def _arrived(self, results: list[tuple[str, QImage | None]]) -> None:
        for path, image in results:
            self._pending.discard(path)
            self.decoded += 1
            if image is None:
                self._failed.add(path)
                continue
            self._pixmaps[path] = QPixmap.fromImage(image)
            while len(self._pixmaps) > self.capacity:
                self._pixmaps.popitem(last=False)
        self.ready.emit()

    def _lost(self, batch: list[str], error: BaseException) -> None:
        log.warning("Attachment thumbnails could not be decoded: %s", error)
        self._pending.difference_update(batch)
        self._failed.update(batch)  # not asked again on every repaint
