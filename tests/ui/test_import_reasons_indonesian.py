"""The catalog import preview in Indonesian: every rejection reason translated with its values filled in, rows in
file order, and the tab counting the same rejected rows as the card."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from merchant_desk.ui.catalog.import_dialog import ImportCatalogDialog
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.i18n import install_translators

META_BAD = (
    "id,title,description,availability,condition,price,link,image_link,brand,sale_price\n"
    "K-1,Kaos Polos Hitam,Katun,in stock,new,75000 IDR,https://toko.example/k1,,Lokal,\n"
    "K-2,,Tanpa nama,in stock,new,50000 IDR,,,Lokal,\n"  # row 3: no title
    'K-3,Kemeja,Motif,in stock,new,"1,5",,,Lokal,\n'  # row 4: a fraction of a Rupiah
    "K-4,Celana,Bahan,maybe,new,90000 IDR,,,Lokal,95000 IDR\n"  # row 5: availability and sale price
    "K-5,Topi,Bahan,in stock,used,abc,ftp://x,,Lokal,\n"  # row 6: price and link
    "K-1,Kaos Duplikat,Bahan,in stock,new,75000 IDR,,,Lokal,\n"  # row 7: the same id as row 2
    "K-6,Sambal,Pedas,in stock,new,162.00 IDR,,,Lokal,\n"  # row 8: a warning with two amounts
)
SHOPIFY_BAD = (
    "Handle,Title,Variant Price\n"
    "gamis-a,,150000\n"  # row 2: the handle's first row has no Title (reported when the group ends)
    ",Kaos,50000\n"  # row 3: no Handle (reported at once, before row 2)
)


@pytest.fixture
def indonesian(ui_context: AppContext) -> Iterator[AppContext]:
    install_translators("id")
    yield ui_context
    install_translators("en")


def _table(model: QAbstractItemModel) -> list[tuple[object, ...]]:
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def _preview(qtbot: QtBot, context: AppContext, path: Path) -> ImportCatalogDialog:
    dialog = ImportCatalogDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(path)
    assert dialog.preview is not None
    return dialog


def test_reasons_are_translated_with_their_values(qtbot: QtBot, indonesian: AppContext, tmp_path: Path) -> None:
    feed = tmp_path / "meta_bad.csv"
    feed.write_text(META_BAD, encoding="utf-8")
    dialog = _preview(qtbot, indonesian, feed)
    QAbstractItemModelTester(dialog.rejected, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert _table(dialog.rejected) == [
        (3, "title", "Produk perlu nama."),
        (4, "price", "'1,5' memuat pecahan Rupiah: harga harus Rupiah utuh."),
        (5, "availability", dialog.rejected.index(2, 2).data()),
        (None, "sale_price", "Harga diskon harus lebih rendah dari harga normal."),
        (6, "price", "'abc' bukan harga: tulis seperti 15000, 15.000, atau Rp15.000."),
        (None, "link", dialog.rejected.index(5, 2).data()),
        (7, "id", "Kolom id sama dengan baris 2."),
    ]
    assert dialog.figures["rejected"].text() == "5" and dialog.tabs.tabText(0) == "Baris ditolak (5)"
    (warning,) = _table(dialog.warnings)
    assert warning == (8, "price", "'162.00 IDR' terbaca sebagai Rp162; maksud Anda Rp162.000?")
    english = [issue.reason for issue in dialog.preview.rejected]  # what the CLI prints stays English
    assert "'abc' is not a price: write it like 15000, 15.000 or Rp15.000." in english


def test_rows_come_in_file_order(qtbot: QtBot, indonesian: AppContext, tmp_path: Path) -> None:
    feed = tmp_path / "shopify_bad.csv"
    feed.write_text(SHOPIFY_BAD, encoding="utf-8")
    dialog = _preview(qtbot, indonesian, feed)
    assert _table(dialog.rejected) == [
        (2, "Title", "Baris pertama handle 'gamis-a' tidak punya Title."),
        (3, "Handle", "Handle belum diisi."),
    ]
