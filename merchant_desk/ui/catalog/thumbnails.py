"""Product thumbnails for the catalog views: decoded in worker threads, cached as pixmaps on the GUI thread.

DESIGN.md §8.4: QPixmapCache keeps only ~10 MB, so this keeps its own LRU. Workers read the stored 256 px
thumbnail JPEGs (making a missing one from the original) into QImages — QImage is safe off the GUI thread,
QPixmap is not — and the GUI thread turns them into pixmaps of the sizes the views ask for. Only what a
view paints is requested, newest first, so a fast scroll does not queue work for rows long gone.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QTableView

from merchant_desk.ui.context import AppContext

log = logging.getLogger(__name__)

DECODE_SIZE = 256  # px of the longest side kept per photo: the stored thumbnails' own size
BATCH = 6  # photos per worker task: fewer cross-thread signals while scrolling
MAX_IN_FLIGHT = 1  # decode tasks at once: the pool (two threads on small laptops) stays free for queries
MAX_WANTED = 96  # requests remembered while busy: more than a screenful, fewer than a fast scroll asks for


def decode(photo_dir: Path, shas: list[str], size: int = DECODE_SIZE) -> list[tuple[str, QImage | None]]:
    """Reads thumbnails into QImages (worker thread); None for a photo that cannot be read."""
    out: list[tuple[str, QImage | None]] = []
    for sha in shas:
        path = photo_dir / "thumbs" / sha[:2] / f"{sha}.jpg"
        try:
            if not path.is_file():
                from merchant_desk.services.photo_store import PhotoStore  # Pillow only when a thumb is missing

                path = PhotoStore(photo_dir).ensure_thumbnail(sha)
        except Exception:  # a missing or broken original: the view keeps its placeholder
            log.info("No thumbnail for photo %s", sha, exc_info=True)
            out.append((sha, None))
            continue
        reader = QImageReader(str(path))
        source = reader.size()
        if source.isValid() and max(source.width(), source.height()) > size:
            reader.setScaledSize(source.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        out.append((sha, None if image.isNull() else image))
    return out


class ThumbnailLoader(QObject):
    """Hands out cached pixmaps by photo hash and size; ``ready`` tells the views to repaint."""

    ready = Signal()

    def __init__(self, context: AppContext, capacity: int = 800, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.photo_dir = context.paths.photo_dir
        self.capacity = capacity  # pixmaps of all sizes: 800 × ≤160² px × 4 bytes ≈ 80 MB at worst
        self.image_capacity = 160  # decoded 256 px images (256 KB each) kept to make more sizes from
        self._images: OrderedDict[str, QImage] = OrderedDict()  # decoded, waiting to be made pixmaps
        self._pixmaps: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()
        self._failed: set[str] = set()
        self._wanted: OrderedDict[str, None] = OrderedDict()
        self._pending: set[str] = set()
        self._in_flight = 0
        self.decoded = 0  # photos decoded so far (tests and benchmarks)
        self._flush_timer = QTimer(self, singleShot=True, interval=0)
        self._flush_timer.timeout.connect(self._flush)
        # Arrivals are announced at most every 30 ms: one repaint for many thumbnails.
        self._ready_timer = QTimer(self, singleShot=True, interval=30)
        self._ready_timer.timeout.connect(self.ready.emit)

    def pixmap(self, sha: str | None, size: int) -> QPixmap | None:
        """The photo scaled to fit ``size`` px, or None while it loads (or when it cannot be read)."""
        if not sha:
            return None
        key = (sha, size)
        found = self._pixmaps.get(key)
        if found is not None:
            self._pixmaps.move_to_end(key)
            return found
        image = self._images.get(sha)
        if image is None:
            if sha not in self._failed:
                self._request(sha)
            return None
        pixmap = QPixmap.fromImage(
            image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            if max(image.width(), image.height()) > size
            else image
        )
        self._pixmaps[key] = pixmap
        while len(self._pixmaps) > self.capacity:
            self._pixmaps.popitem(last=False)
        return pixmap

    def failed(self, sha: str | None) -> bool:
        """True when the photo's file could not be read (the view shows a "no photo" mark)."""
        return bool(sha) and sha in self._failed

    def clear(self) -> None:
        self._images.clear()
        self._pixmaps.clear()
        self._failed.clear()

    def _request(self, sha: str) -> None:
        if sha in self._pending:
            return
        self._wanted[sha] = None
        self._wanted.move_to_end(sha)
        while len(self._wanted) > MAX_WANTED:
            self._wanted.popitem(last=False)  # asked for long ago: scrolled past
        if self.context.runner.synchronous:
            self._flush()  # tests and screenshots: decoded now, so the next paint (a grab) shows the photo
        elif not self._flush_timer.isActive():
            self._flush_timer.start()  # never start work inside data(): the view is painting

    def _flush(self) -> None:
        while self._wanted and self._in_flight < MAX_IN_FLIGHT:
            batch: list[str] = []
            while self._wanted and len(batch) < BATCH:
                batch.append(self._wanted.popitem(last=True)[0])  # newest first: what is on screen now
            self._pending.update(batch)
            self._in_flight += 1
            self.context.run(
                lambda shas=batch, photo_dir=self.photo_dir: decode(photo_dir, shas),
                # The tab (and this loader with it) may have been closed while the photos were decoded.
                lambda results: shiboken6.isValid(self) and self._arrived(results),
                lambda error, shas=batch: shiboken6.isValid(self) and self._lost(shas, error),
            )

    def _arrived(self, results: list[tuple[str, QImage | None]]) -> None:
        self._in_flight -= 1
        for sha, image in results:
            self._pending.discard(sha)
            self.decoded += 1
            if image is None:
                self._failed.add(sha)
            else:
                self._images[sha] = image
                # Drop the decoded image from memory once plenty newer ones exist; pixmaps stay cached.
                while len(self._images) > self.image_capacity:
                    self._images.popitem(last=False)
        if self.context.runner.synchronous:
            self.ready.emit()  # tests and screenshots: show them now, nothing to batch
        elif not self._ready_timer.isActive():
            self._ready_timer.start()
        if self._wanted:
            self._flush()

    def _lost(self, shas: list[str], error: BaseException) -> None:
        self._in_flight -= 1
        self._pending.difference_update(shas)
        log.warning("Thumbnails could not be decoded: %s", error)


def repaint_column(view: QTableView, column: int) -> None:
    """Repaints one column of a table, where thumbnails arrived: the whole table is ~8 ms of the GUI thread,
    which often fell in the middle of the next keystroke's search."""
    left = view.columnViewportPosition(column)
    if left >= 0:
        view.viewport().update(left, 0, view.columnWidth(column), view.viewport().height())
