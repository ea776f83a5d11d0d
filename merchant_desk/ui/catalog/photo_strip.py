"""The product editor's photo strip: up to 10 photos in order (the first is the cover), added by file dialog,
drag and drop or paste, reordered by dragging, cropped square; decoding and storing run off the GUI thread."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QMimeData, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.catalog import MAX_PHOTOS, PhotoRef
from merchant_desk.core.errors import UserError
from merchant_desk.ui.catalog.crop_dialog import CropDialog
from merchant_desk.ui.catalog.photo_jobs import (
    Added,
    Source,
    load_thumb,
    named,
    prepare_all,
    problem_text,
    store_jpeg,
    while_alive,
)
from merchant_desk.ui.catalog.photo_list import REF, PhotoList, has_photo, tile_icon
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.style import ERROR, set_role

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.heic *.bmp *.gif *.tif *.tiff"
__all__ = ["PhotoStrip", "has_photo", "while_alive"]  # the editor imports the last two from here


class PhotoStrip(QWidget):
    """Holds the product's photos as PhotoRefs; ``photos()`` is what the draft gets."""

    busy_changed = Signal(bool)
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = PhotoList()
        self.list.empty_text = self.tr("Drop photos here, paste one with Ctrl+V, or click Add photos…")
        self.list.files_dropped.connect(self.add_mime)
        self.list.reordered.connect(self._renumber)
        self.list.reordered.connect(self.changed)
        self.list.currentRowChanged.connect(self._update_buttons)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.notice = QLabel(wordWrap=True)
        self.notice.hide()
        self.add_button = QPushButton(self.tr("Add photos…"), clicked=self.choose_files)
        self.paste_button = QPushButton(self.tr("Paste"), clicked=self.paste)
        self.cover_button = QPushButton(self.tr("Make cover"), clicked=self.make_cover)
        self.crop_button = QPushButton(self.tr("Crop square…"), clicked=self.crop_selected)
        self.remove_button = QPushButton(self.tr("Remove"), clicked=self.remove_selected)
        self.paste_button.setToolTip(self.tr("Paste a copied picture or picture files (Ctrl+V)"))
        self.hint = QLabel(self.tr("The first photo is the cover. Drag photos to change their order."), wordWrap=True)
        set_role(self.hint, "muted")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.paste_button, self.cover_button, self.crop_button, self.remove_button):
            buttons.addWidget(button)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons.addWidget(self.hint, 1)  # takes the room that is left and wraps only when there is none
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        self._busy = 0
        self._update_buttons()

    # -- contents -----------------------------------------------------------------------------------------

    def set_photos(self, refs: tuple[PhotoRef, ...]) -> None:
        """Shows a product's photos at once with placeholders; thumbnails arrive from a worker."""
        self.list.clear()
        for ref in refs:
            self._append(ref, None)
        stored = [r.sha256 for r in refs if r.sha256]
        if stored:
            photo_dir = self.context.paths.photo_dir
            self.context.run(
                lambda: {sha: load_thumb(photo_dir, sha) for sha in stored}, while_alive(self, self._thumbs_loaded)
            )
        self._renumber()

    def photos(self) -> tuple[PhotoRef, ...]:
        return tuple(self.list.item(i).data(REF) for i in range(self.list.count()))

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def _append(self, ref: PhotoRef, thumb: QImage | None, row: int | None = None) -> None:
        item = QListWidgetItem()
        item.setData(REF, ref)
        item.setIcon(tile_icon(ref, thumb))
        item.setToolTip(ref.source_url or (f"{ref.width} × {ref.height} px" if ref.width else ""))
        self.list.insertItem(self.list.count() if row is None else row, item)

    def _thumbs_loaded(self, thumbs: dict[str, QImage]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            image = thumbs.get(item.data(REF).sha256)
            if image is not None and not image.isNull():
                item.setIcon(tile_icon(item.data(REF), image))

    def _renumber(self, *_args: object) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            link = self.tr("link") if item.data(REF).sha256 is None else ""
            item.setText(self.tr("Cover") if i == 0 else (link or str(i + 1)))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row, full = self.list.currentRow(), self.list.count() >= MAX_PHOTOS
        item = self.list.item(row) if row >= 0 else None
        for button in (self.add_button, self.paste_button):
            button.setEnabled(not full and not self.busy)
        self.cover_button.setEnabled(row > 0)
        self.remove_button.setEnabled(item is not None)
        self.crop_button.setEnabled(item is not None and item.data(REF).sha256 is not None and not self.busy)

    # -- adding -------------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Pictures (%1)").replace("%1", IMAGE_FILTER)
        )
        self.add_sources([(Path(f).name, Path(f)) for f in files])

    def paste(self) -> None:
        """Ctrl+V: a copied picture (a screenshot, an image from a browser) or copied picture files."""
        if not self.add_mime(QGuiApplication.clipboard().mimeData()):
            self._show_notice([self.tr("The clipboard holds no picture.")], error=True)

    def add_mime(self, mime: QMimeData | None) -> bool:
        if mime is None:
            return False
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if files:
            self.add_sources([(f.name, f) for f in files])
            return True
        image = mime.imageData() if mime.hasImage() else None
        if not isinstance(image, QImage) or image.isNull():
            return False
        buffer = QBuffer()  # PNG keeps every pixel; the worker turns it into the stored JPEG
        buffer.open(QBuffer.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        self.add_sources([(self.tr("pasted picture"), bytes(buffer.data().data()))])
        return True

    def add_sources(self, sources: list[tuple[str, Source]]) -> None:
        room = MAX_PHOTOS - self.list.count()
        if not sources:
            return
        notes = []
        if len(sources) > room:
            notes.append(self.tr("A product may have at most 10 photos; the rest were not added."))
            sources = sources[: max(room, 0)]
        self._show_notice(notes, error=bool(notes))
        if sources:
            photo_dir = self.context.paths.photo_dir
            self._set_busy(+1)
            self.context.run(
                lambda: prepare_all(photo_dir, sources),
                while_alive(self, lambda r: self._added(r, notes)),
                while_alive(self, self._failed),
            )

    def _added(self, results: list[Added], notes: list[str]) -> None:
        self._set_busy(-1)
        errors, warnings = list(notes), []
        for result in results:
            if result.ref is None:
                errors.append(named(result.name, problem_text(result.error)))
            elif result.ref.sha256 in {p.sha256 for p in self.photos()}:  # the same picture twice helps nobody
                warnings.append(self.tr("%1 is already one of this product's photos.").replace("%1", result.name))
            elif self.list.count() >= MAX_PHOTOS:  # photos added meanwhile filled the strip
                errors.append(named(result.name, self.tr("A product may have at most 10 photos.")))
            else:
                self._append(result.ref, result.thumb)
                warnings += [named(result.name, problem_text(w)) for w in result.warnings]
        self._renumber()
        self._show_notice(errors + warnings, error=bool(errors))
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(-1)
        if not isinstance(error, UserError):
            raise error
        self._show_notice([error_text(error)], error=True)

    def _set_busy(self, step: int) -> None:
        self._busy += step
        self._update_buttons()
        self.busy_changed.emit(self.busy)

    def _show_notice(self, lines: list[str], *, error: bool) -> None:
        # The app's stylesheet has no "warning" role: a warning is amber, a refusal red, both on a soft band.
        colours = (ERROR, "#FDECEA") if error else ("#7A5200", "#FFF4D6")
        self.notice.setStyleSheet(f"color: {colours[0]}; background: {colours[1]}; padding: 6px; border-radius: 5px;")
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))

    # -- editing ------------------------------------------------------------------------------------------

    def make_cover(self) -> None:
        row = self.list.currentRow()
        if row > 0:
            self.list.insertItem(0, self.list.takeItem(row))
            self.list.setCurrentRow(0)
            self._renumber()
            self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._renumber()
            self.changed.emit()

    def crop_selected(self) -> None:
        """Opens the square crop on the stored original; the crop replaces the photo in the same slot."""
        row = self.list.currentRow()
        ref: PhotoRef | None = self.list.item(row).data(REF) if row >= 0 else None
        if ref is None or ref.sha256 is None:
            return
        from merchant_desk.services.photo_store import PhotoStore

        original = PhotoStore(self.context.paths.photo_dir).original_path(ref.sha256)
        self._set_busy(+1)
        self.context.run(
            original.read_bytes,
            while_alive(self, lambda data: self._crop(row, ref, data)),
            while_alive(self, self._failed),
        )

    def _crop(self, row: int, old: PhotoRef, jpeg: bytes) -> None:
        self._set_busy(-1)
        image = QImage.fromData(jpeg)
        dialog = CropDialog(image, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        box, photo_dir = dialog.selection(), self.context.paths.photo_dir

        def work() -> tuple[PhotoRef, QImage]:
            from merchant_desk.services.photo_import import crop_square

            cropped = crop_square(jpeg, box)
            return store_jpeg(photo_dir, getattr(cropped, "jpeg", cropped))

        self._set_busy(+1)
        self.context.run(
            work, while_alive(self, lambda result: self._cropped(row, old, *result)), while_alive(self, self._failed)
        )

    def _cropped(self, row: int, old: PhotoRef, ref: PhotoRef, thumb: QImage) -> None:
        self._set_busy(-1)
        item = self.list.item(row)
        if item is None or item.data(REF) != old:  # the strip changed meanwhile: keep the crop anyway
            row = self.list.count()
        else:
            self.list.takeItem(row)
        self._append(replace(ref, source_url=None), thumb, row)
        self.list.setCurrentRow(row)
        self._renumber()
        self.changed.emit()
