"""The import dialog: preview counts and the rejected-row table, importing, a second import, cancel, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.ui.catalog.import_dialog import ImportCatalogDialog, IssueModel
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.tasks import TaskRunner

HEADER = "id,title,description,availability,condition,price,sale_price,image_link\n"
ROWS = [
    "KP-1,Kopi Gayo 250 g,Arabika,in stock,new,85000 IDR,,https://img.example/kopi.jpg",
    'TM-2,Teh Melati,Wangi,in stock,new,"15,000.00 IDR",,',
    "SA-3,Sambal Roa,Pedas,out of stock,new,162.00 IDR,,",  # plausibly Rp162.000: a warning
    "GA-4,Gula Aren,,in stock,new,banyak,,",  # no price: rejected
    "KR-5,Keripik Tempe,,in stock,new,20000 IDR,25000 IDR,",  # sale price above price: rejected
]


def _feed(tmp_path: Path, rows: list[str] = ROWS, name: str = "katalog.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def _table(model: QAbstractItemModel) -> list[tuple[object, ...]]:
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def _dialog(qtbot: QtBot, context: AppContext) -> ImportCatalogDialog:
    dialog = ImportCatalogDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_preview_then_import_then_again_changes_nothing(
    qtbot: QtBot, ui_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = _feed(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(feed), "")))
    published = []
    ui_context.changed.connect(published.append)
    dialog = _dialog(qtbot, ui_context)
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)

    figures = {k: label.text() for k, label in dialog.figures.items()}
    assert figures == {"rows": "5", "create": "3", "update": "0", "unchanged": "0", "rejected": "2", "warnings": "1"}
    assert "Meta catalog feed" in dialog.detected.text()
    rejected = _table(dialog.rejected)
    assert [r[:2] for r in rejected] == [(5, "price"), (6, "sale_price")]
    assert "'banyak' is not a price" in str(rejected[0][2])
    assert "lower than the price" in str(rejected[1][2])
    (warning,) = _table(dialog.warnings)
    assert warning[:2] == (4, "price") and "162" in str(warning[2])
    assert dialog.tabs.tabText(0) == "Rejected rows (2)" and dialog.tabs.tabText(1) == "Warnings (1)"
    assert ui_context.services.catalog.count() == 0  # a preview stores nothing
    assert dialog.import_button.isEnabled()
    assert "add 3 and update 0 products" in dialog.status.text() and "left out" in dialog.status.text()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = dialog.result_summary
    assert result is not None and (result.created, result.updated, result.cancelled) == (3, 0, False)
    assert ui_context.services.catalog.count() == 3
    assert "3 new, 0 updated, 0 unchanged, 2 rejected" in dialog.status.text()
    assert published and published[-1].catalog
    assert dialog.close_button.text() == "Close" and not dialog.import_button.isEnabled()

    # The same file again: the preview says so, and importing anyway changes nothing.
    again = _dialog(qtbot, ui_context)
    again.set_file(feed)
    assert again.figures["unchanged"].text() == "3" and again.figures["create"].text() == "0"
    assert not again.import_button.isEnabled()
    assert "already up to date" in again.status.text()
    before = len(published)
    again.start_import()
    assert (again.result_summary.created, again.result_summary.updated) == (0, 0)
    assert len(published) == before


def test_cancelling_stores_nothing(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    feed = _feed(tmp_path, [f"SKU-{i},Produk {i},,in stock,new,{1000 + i} IDR,," for i in range(2500)])
    dialog = _dialog(qtbot, ui_context)
    dialog.set_file(feed)
    assert dialog.figures["create"].text() == "2.500"
    steps = []

    def cancel_at_first_batch(done: int, total: object) -> None:
        steps.append(done)
        if len(steps) == 1:
            qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # "Cancel import"

    dialog._progress.connect(cancel_at_first_batch)
    dialog.start_import()
    assert steps == [1000]  # stopped before the second batch
    assert dialog.result_summary.cancelled
    assert ui_context.services.catalog.count() == 0
    assert "nothing was changed" in dialog.status.text()
    assert dialog.isVisible()  # Cancel stopped the import; it did not close the dialog
    assert dialog.close_button.isEnabled() and dialog.close_button.text() == "Cancel"


def test_cancel_with_the_background_runner(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    feed = _feed(tmp_path, [f"SKU-{i},Produk {i},,in stock,new,{1000 + i} IDR,," for i in range(5000)])
    ui_context.runner = TaskRunner()
    dialog = _dialog(qtbot, ui_context)
    with qtbot.waitSignal(dialog.rejected.modelReset, timeout=20_000):
        dialog.set_file(feed)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    dialog._progress.connect(lambda done, total: dialog.close())  # closing the window cancels, too
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.result_summary is not None, timeout=30_000)
    assert dialog.result_summary.cancelled and dialog.isVisible()
    assert ui_context.services.catalog.count() == 0
    ui_context.runner.wait()


def test_a_file_that_is_no_catalog_shows_the_reason(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    letter = tmp_path / "surat.csv"
    letter.write_text("Dear customer,\nthank you\n", encoding="utf-8")
    dialog = _dialog(qtbot, ui_context)
    dialog.set_file(letter)
    assert dialog.status.property("role") == "error"
    assert "surat.csv is not a catalog feed" in dialog.status.text() and "Dear customer" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_file(tmp_path / "hilang.csv")
    assert "hilang.csv was not found" in dialog.status.text()


def test_forcing_a_format(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    feed = _feed(tmp_path)
    dialog = _dialog(qtbot, ui_context)
    dialog.set_file(feed)
    dialog.format.setCurrentIndex(dialog.format.findData("shopify"))  # wrong on purpose: re-read as Shopify
    assert dialog.preview is not None and dialog.preview.format == "shopify"
    assert "Shopify" in dialog.detected.text()
    dialog.format.setCurrentIndex(dialog.format.findData("meta"))
    assert dialog.preview.format == "meta" and dialog.figures["create"].text() == "3"


def test_updates_are_counted(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    svc = ui_context.services
    svc.catalog.create(svc.actor, ProductDraft(name="Kopi Gayo 250 g", price=80_000, sku="KP-1"))
    dialog = _dialog(qtbot, ui_context)
    dialog.set_file(_feed(tmp_path))
    assert (dialog.figures["create"].text(), dialog.figures["update"].text()) == ("2", "1")


def test_issue_model_passes_the_model_tester(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    model = IssueModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    dialog = _dialog(qtbot, ui_context)
    dialog.set_file(_feed(tmp_path))
    model.set_issues(dialog.preview.rejected)
    assert model.rowCount() == 2 and model.headerData(0, Qt.Orientation.Horizontal) == "Row"


def test_a_bundle_dropped_on_the_dialog_brings_products_and_photos_into_another_shop(
    qtbot: QtBot, ui_context: AppContext, tmp_path: Path
) -> None:
    from PIL import Image

    from merchant_desk.config import Paths
    from merchant_desk.core.catalog import PhotoRef
    from merchant_desk.core.shop import validate_profile
    from merchant_desk.services.hub import open_shop
    from merchant_desk.services.photo_store import PhotoStore

    picture = tmp_path / "foto.jpg"
    Image.new("RGB", (600, 600), "navy").save(picture, "JPEG")
    other = open_shop(Paths(tmp_path / "other-shop"))
    try:
        owner = other.shop.set_up(validate_profile("Toko Lama", "Budi", "0812-1111-2222", "WIB", "id"))
        from merchant_desk.services.audit_service import Actor

        actor = Actor(owner.id, owner.name)
        stored = PhotoStore(other.paths.photo_dir).store_jpeg_bytes(picture.read_bytes())
        photo = PhotoRef(stored.sha256, None, 600, 600)
        other.catalog.create(actor, ProductDraft(name="Batik Tulis", price=450_000, sku="BT-1", photos=(photo,)))
        bundle = tmp_path / "pindahan.zip"
        other.catalog.export_bundle(actor, bundle)
    finally:
        other.close()

    dialog = _dialog(qtbot, ui_context)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    dialog.dropEvent(
        QDropEvent(
            QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    )
    assert dialog.preview is not None and dialog.preview.format == "native"
    assert dialog.figures["create"].text() == "1"
    dialog.start_import()
    svc = ui_context.services
    (pid,) = svc.catalog.page_ids()
    (imported,) = svc.catalog.detail(pid).photos
    assert imported.sha256 == stored.sha256
    assert PhotoStore(ui_context.paths.photo_dir).has(stored.sha256)
