"""Share a product: its WhatsApp text, a product card picture (saved or copied) and a wa.me order link.

Texts for customers follow the SHOP's language (they are read by its customers); the menu follows the app's.
Everything that touches the database or Pillow runs in the background; only the clipboard is set here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolTip, QWidget

from merchant_desk.core.errors import UserError
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from merchant_desk.core.catalog import ProductDetail
    from merchant_desk.services.hub import Services


@dataclass(frozen=True)
class _Product:
    """What sharing needs, read in one background call."""

    detail: ProductDetail
    cover: Path | None  # the stored cover photo; a link-only cover is not fetched
    shop_name: str
    shop_whatsapp: str
    language: str


def _load(svc: Services, product_id: int) -> _Product:
    from merchant_desk.services.photo_store import PhotoStore

    detail, profile = svc.catalog.detail(product_id), svc.shop.profile()
    cover = next((p.sha256 for p in detail.photos[:1] if p.sha256), None)
    path = PhotoStore(svc.paths.photo_dir).original_path(cover) if cover else None
    return _Product(detail, path if path and path.is_file() else None, profile.name, profile.whatsapp, profile.language)


def _card(product: _Product) -> bytes:
    from merchant_desk.services.product_card import render_card

    return render_card(product.detail, product.cover, product.shop_name)


class ShareMenu(QMenu):
    """The Share submenu of one product; ``shared`` carries a short confirmation for a status bar."""

    shared = Signal(str)

    def __init__(self, context: AppContext, product_id: int, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ShareMenu", "Share"), parent)
        self.context, self.product_id = context, product_id
        self.copy_text = self.addAction(self.tr("Copy for WhatsApp"), self.copy_whatsapp_text)
        self.addSeparator()
        self.save_card = self.addAction(self.tr("Save product card…"), self.save_product_card)
        self.copy_card = self.addAction(self.tr("Copy product card"), self.copy_product_card)
        self.addSeparator()
        self.copy_link = self.addAction(self.tr("Copy order link"), self.copy_order_link)
        self.copy_text.setToolTip(self.tr("Name, price and a short description, formatted for a WhatsApp chat"))
        self.copy_card.setToolTip(self.tr("A square picture for WhatsApp Status or Instagram"))
        self.copy_link.setToolTip(self.tr("A wa.me link that opens a chat with your shop to order this product"))
        self.setToolTipsVisible(True)

    def _run(self, work: Any, done: Any) -> None:
        services, pid = self.context.services, self.product_id
        if services is None:
            return
        # The menu may be gone when the result arrives (menus are often built per click): check first.
        self.context.run(
            lambda: work(_load(services, pid)),
            lambda result: shiboken6.isValid(self) and done(result),
            lambda error: shiboken6.isValid(self) and self._failed(error),
        )

    def copy_whatsapp_text(self) -> None:
        from merchant_desk.core.share import whatsapp_text

        def work(p: _Product) -> str:
            return whatsapp_text(p.detail, p.shop_name, p.language)

        self._run(work, lambda text: self._copied_text(text, self.tr("Copied: paste it into a WhatsApp chat.")))

    def copy_order_link(self) -> None:
        from merchant_desk.core.share import order_link

        def work(p: _Product) -> str:
            return order_link(p.shop_whatsapp, p.detail.draft.name, p.language)

        self._run(work, lambda link: self._copied_text(link, self.tr("Order link copied.")))

    def copy_product_card(self) -> None:
        self._run(_card, self._copied_card)

    def save_product_card(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        suggested = str(Path(folder) / "kartu-produk.png")
        name, _ = QFileDialog.getSaveFileName(
            self.parentWidget(), self.tr("Save product card"), suggested, self.tr("PNG pictures (*.png)")
        )
        if not name:
            return
        out = Path(name) if name.lower().endswith(".png") else Path(name + ".png")

        def work(p: _Product) -> Path:
            out.write_bytes(_card(p))
            return out

        self._run(work, lambda path: self._tell(self.tr("Saved %1.").replace("%1", path.name)))

    def _copied_text(self, text: str, message: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._tell(message)

    def _copied_card(self, png: bytes) -> None:
        QGuiApplication.clipboard().setImage(QImage.fromData(png, "PNG"))
        self._tell(self.tr("Product card copied: paste it into WhatsApp or Instagram."))

    def _tell(self, message: str) -> None:
        self.shared.emit(message)
        QToolTip.showText(QCursor.pos(), message)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):  # the card could not be written where the merchant chose
            QMessageBox.warning(self.parentWidget(), self.tr("Share"), error.strerror or str(error))
        elif isinstance(error, UserError):
            QMessageBox.warning(self.parentWidget(), self.tr("Share"), error_text(error))
        else:
            raise error


def build_share_menu(context: AppContext, product_id: int, parent: QWidget | None) -> QMenu:
    """The Share menu for one product (a ``ShareMenu``: connect ``shared`` to show confirmations)."""
    return ShareMenu(context, product_id, parent)
