"""A quick reply's photos in its editor: stored files or catalog products (their cover), shown as thumbnails.

Files are decoded, made upright and stored in the photo folder in a worker (Pillow never runs on the GUI
thread); a catalog product is kept by id, so the reply always shows the product's current cover.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError
from merchant_desk.services.quick_reply_service import ReplyImage
from merchant_desk.ui.error_dialog import show_user_error

if TYPE_CHECKING:
    from merchant_desk.ui.context import AppContext

ROLE = Qt.ItemDataRole.UserRole
THUMB = 64


def _thumb(photo_dir: Path, sha: str | None) -> QImage:
    from merchant_desk.services.photo_store import PhotoStore

    return QImage(str(PhotoStore(photo_dir).ensure_thumbnail(sha))) if sha else QImage()


class ReplyPhotos(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setFixedHeight(THUMB + 30)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.file_button, self.catalog_button = QPushButton(self.tr("Add file…")), QPushButton(self.tr("From catalog…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.file_button.clicked.connect(self.add_files)
        self.catalog_button.clicked.connect(self.add_product)
        self.remove_button.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        for button in (self.file_button, self.catalog_button, self.remove_button):
            buttons.addWidget(button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def images(self) -> tuple[ReplyImage, ...]:
        items = [self.list.item(i).data(ROLE) for i in range(self.list.count())]
        return tuple(ReplyImage(i, sha, product) for i, (sha, product) in enumerate(items))

    def set_images(self, images: tuple[ReplyImage, ...]) -> None:
        self.list.clear()
        for image in images:
            self._append(image.sha256, image.product_id, None)
        self._load_thumbs()

    def _append(self, sha: str | None, product_id: int | None, label: str | None) -> None:
        item = QListWidgetItem(label or (self.tr("Product") if product_id else ""))
        item.setData(ROLE, (sha, product_id))
        self.list.addItem(item)

    def _load_thumbs(self) -> None:
        services = self.context.services
        if services is None or not self.list.count():
            return
        wanted = [self.list.item(i).data(ROLE) for i in range(self.list.count())]
        photo_dir = services.paths.photo_dir

        def load() -> list[tuple[QImage, str]]:
            rows = {r.id: r for r in services.catalog.rows([p for _s, p in wanted if p is not None])}
            out = []
            for sha, product in wanted:
                row = rows.get(product) if product is not None else None
                cover = row.cover_sha256 if row is not None else sha
                out.append((_thumb(photo_dir, cover) if cover else QImage(), row.name if row else ""))
            return out

        self.context.run(load, self._thumbs_arrived, lambda _e: None)

    def _thumbs_arrived(self, thumbs: list[tuple[QImage, str]]) -> None:
        for i, (image, name) in enumerate(thumbs[: self.list.count()]):
            item = self.list.item(i)
            if not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            if name:
                item.setText(name[:14])
                item.setToolTip(name)

    def add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), "",
                                                self.tr("Images (*.jpg *.jpeg *.png *.webp *.heic)"))  # fmt: skip
        services = self.context.services
        if not names or services is None:
            return
        photo_dir = services.paths.photo_dir

        def store() -> list[str]:
            from merchant_desk.services.photo_import import prepare_photo
            from merchant_desk.services.photo_store import PhotoStore

            return [PhotoStore(photo_dir).store_jpeg_bytes(prepare_photo(Path(n), name=n).jpeg).sha256 for n in names]

        self.context.run(store, self._stored, self._failed)

    def _stored(self, shas: list[str]) -> None:
        for sha in shas:
            self._append(sha, None, None)
        self._load_thumbs()
        self.changed.emit()

    def add_product(self) -> None:
        services = self.context.services
        if services is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Photo from the catalog"), self.tr("Product name or SKU"))
        if not ok or not text.strip():
            return
        from merchant_desk.core.catalog import ProductFilter

        flt = ProductFilter(search=text.strip())
        self.context.run(lambda: services.catalog.rows(services.catalog.page_ids(flt, limit=20)), self._found)

    def _found(self, rows: list) -> None:  # type: ignore[type-arg]
        if not rows:
            QMessageBox.information(self, self.tr("Photo from the catalog"), self.tr("No product found."))
            return
        names = [row.name for row in rows]
        name, ok = QInputDialog.getItem(self, self.tr("Photo from the catalog"), self.tr("Product"), names, 0, False)
        if ok:
            row = rows[names.index(name)]
            self._append(None, row.id, row.name[:14])
            self._load_thumbs()
            self.changed.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, (UserError, OSError)):
            raise error
        if isinstance(error, UserError):
            show_user_error(self, error)
