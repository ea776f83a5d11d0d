"""The export dialog: a Meta feed the importer reads back, the photo address remembered, the bundle, refusals."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import PhotoRef, ProductDraft
from merchant_desk.services import catalog_export_service
from merchant_desk.services.photo_store import PhotoStore
from merchant_desk.ui.catalog.export_dialog import PHOTO_BASE_URL_SETTING, ExportCatalogDialog
from merchant_desk.ui.context import AppContext


@pytest.fixture
def products(ui_context: AppContext, tmp_path: Path) -> list[int]:
    svc = ui_context.services
    picture = tmp_path / "foto.jpg"
    Image.new("RGB", (600, 600), "teal").save(picture, "JPEG")
    stored = PhotoStore(ui_context.paths.photo_dir).store_jpeg_bytes(picture.read_bytes())
    drafts = [
        ProductDraft(name="Kopi Gayo", price=85_000, sku="KP-1", photos=(PhotoRef(stored.sha256, None, 600, 600),)),
        ProductDraft(name="Teh Melati", price=15_000, sku="TM-2", sale_price=12_000, stock=7),
        ProductDraft(name="Sambal Roa", price=35_000, photos=(PhotoRef(None, "https://cdn.example/sambal.jpg"),)),
    ]
    return [svc.catalog.create(svc.actor, d).id for d in drafts]


def _dialog(qtbot: QtBot, context: AppContext) -> ExportCatalogDialog:
    dialog = ExportCatalogDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_setting_key_is_the_one_the_export_service_reads() -> None:
    assert PHOTO_BASE_URL_SETTING == catalog_export_service.PHOTO_BASE_URL_SETTING


def test_meta_feed_is_written_and_read_back_by_the_importer(
    qtbot: QtBot, ui_context: AppContext, products: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "feed.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "feed"), "")))
    published = []
    ui_context.changed.connect(published.append)
    dialog = _dialog(qtbot, ui_context)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(out)  # the suffix is added
    qtbot.keyClicks(dialog.base_url, "https://toko.example/foto/")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    report = dialog.report
    assert report is not None and report.rows == 3 and report.without_image == ("TM-2",)
    assert "Wrote 3 products to feed.csv." in dialog.status.text()
    assert "1 products have no photo link" in dialog.status.text() and "TM-2" in dialog.status.text()
    svc = ui_context.services
    assert svc.shop.setting(PHOTO_BASE_URL_SETTING) == "https://toko.example/foto"
    assert published and published[-1].catalog
    text = out.read_text(encoding="utf-8")
    assert text.startswith("id,title,description,availability,condition,price")
    assert "https://toko.example/foto/" in text and "85000 IDR" in text

    preview = svc.catalog.preview(out)
    assert (preview.format, preview.rows, preview.to_create, preview.rejected) == ("meta", 3, 0, ())

    # The address is remembered for the next export.
    again = _dialog(qtbot, ui_context)
    assert again.base_url.text() == "https://toko.example/foto"


def test_a_photo_address_that_is_no_web_address_is_refused_inline(
    qtbot: QtBot, ui_context: AppContext, products: list[int], tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ui_context)
    dialog.path.setText(str(tmp_path / "feed.csv"))
    qtbot.keyClicks(dialog.base_url, "toko.example/foto")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.base_error.isVisible() and "http" in dialog.base_error.text()
    assert dialog.report is None and not (tmp_path / "feed.csv").exists()


def test_bundle_holds_products_and_photos(
    qtbot: QtBot, ui_context: AppContext, products: list[int], tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ui_context)
    dialog.bundle.setChecked(True)
    assert dialog.path.text().endswith(".zip") and not dialog.base_url.isEnabled()
    out = tmp_path / "katalog.zip"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and (dialog.report.rows, dialog.report.photos) == (3, 1)
    assert "Wrote 3 products and 1 photos to katalog.zip." in dialog.status.text()
    with zipfile.ZipFile(out) as zf:
        assert "products.csv" in zf.namelist()
    assert dialog.show_folder.isVisible()


def test_an_unwritable_place_shows_the_services_message(
    qtbot: QtBot, ui_context: AppContext, products: list[int], tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ui_context)
    dialog.path.setText(str(tmp_path / "no-such-folder" / "feed.csv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.report is None
    assert "could not be written" in dialog.status.text()
    assert dialog.export_button.isEnabled() and dialog.close_button.isEnabled()
