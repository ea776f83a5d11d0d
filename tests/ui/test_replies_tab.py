"""The Quick Replies tab: the starter set on first open, editing, refusing unknown placeholders, the preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.services.quick_reply_service import QuickReplyDraft
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.replies import reply_model as rm
from merchant_desk.ui.replies.replies_tab import QuickRepliesTab


@pytest.fixture
def tab(qtbot: QtBot, ui_context: AppContext) -> QuickRepliesTab:
    widget = QuickRepliesTab(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def test_first_open_adds_the_starter_set_and_lists_it(tab: QuickRepliesTab) -> None:
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    shortcuts = [tab.model.data(tab.model.index(r, rm.COL_SHORTCUT)) for r in range(tab.model.rowCount())]
    assert "/halo" in shortcuts and "/bayar" in shortcuts
    assert tab.editor.reply is not None  # the first row is opened in the editor


def test_most_used_first_and_search(tab: QuickRepliesTab, ui_context: AppContext) -> None:
    svc = ui_context.services
    assert svc is not None
    bayar = next(r for r in svc.quick_replies.list() if r.shortcut == "bayar")
    svc.quick_replies.use(bayar.id)
    tab.refresh()
    assert tab.model.data(tab.model.index(0, rm.COL_SHORTCUT)) == "/bayar"
    assert tab.model.data(tab.model.index(0, rm.COL_USED)) == "1"
    tab.search.setText("kirim")
    assert tab.model.rowCount() >= 1
    assert all("kirim" in tab.model.reply_at(r).body.lower() for r in range(tab.model.rowCount()))  # type: ignore[union-attr]


def test_new_reply_is_saved_and_selected(tab: QuickRepliesTab, ui_context: AppContext) -> None:
    tab.new_reply()
    tab.editor.shortcut.setText("/Rekening")
    tab.editor.title.setText("Nomor rekening")
    tab.editor.body.setPlainText("Transfer ke *BCA* 123 a.n. {nama_toko} ya kak {nama}")
    tab.editor.save_button.click()
    assert tab.editor.reply is not None and tab.editor.reply.shortcut == "rekening"
    svc = ui_context.services
    assert svc is not None
    assert any(r.shortcut == "rekening" for r in svc.quick_replies.list())


def test_duplicate_shortcut_is_refused_inline(tab: QuickRepliesTab) -> None:
    tab.new_reply()
    tab.editor.shortcut.setText("/HALO")
    tab.editor.title.setText("Lagi")
    tab.editor.body.setPlainText("Halo")
    tab.editor.save_button.click()
    assert "already uses" in tab.editor.errors["shortcut"].text()


def test_unknown_placeholder_is_refused_with_its_position(tab: QuickRepliesTab, ui_context: AppContext) -> None:
    tab.new_reply()
    tab.editor.shortcut.setText("/salah")
    tab.editor.title.setText("Salah")
    tab.editor.body.setPlainText("Halo kak\nharga {hraga} ya")
    tab.editor.update_preview()
    message = tab.editor.errors["body"].text()
    assert "{hraga}" in message and "line 2" in message and "column 7" in message
    tab.editor.save_button.click()
    svc = ui_context.services
    assert svc is not None
    assert not any(r.shortcut == "salah" for r in svc.quick_replies.list())


def test_preview_renders_sample_values_with_whatsapp_formatting(tab: QuickRepliesTab) -> None:
    tab.editor.body.setPlainText("Halo *{nama}*, ~lama~ _baru_ ```kode```")
    tab.editor.update_preview()
    document = tab.editor.preview.document()
    assert document.toPlainText() == "Halo Budi, lama baru kode"
    block = document.firstBlock()
    formats = {fragment.text(): fragment.charFormat() for fragment in _fragments(block)}
    assert formats["Budi"].fontWeight() >= 600
    assert formats["lama"].fontStrikeOut()
    assert formats["baru"].fontItalic()
    assert formats["kode"].fontFixedPitch()


def test_delete_asks_and_removes(tab: QuickRepliesTab, ui_context: AppContext) -> None:
    svc = ui_context.services
    assert svc is not None
    info, _ = svc.quick_replies.create(svc.actor, QuickReplyDraft("hapus", "Hapus", "x"))
    tab.refresh()
    tab.table.selectRow(tab.model.row_of(info.id))
    assert tab.editor.reply is not None and tab.editor.reply.id == info.id
    tab.editor.delete_button.click()
    assert all(r.id != info.id for r in svc.quick_replies.list())


def _fragments(block):  # type: ignore[no-untyped-def]
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            yield fragment
        it += 1


def test_photos_from_a_file_and_from_the_catalog_are_saved_with_the_reply(
    tab: QuickRepliesTab, ui_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = ui_context.services
    assert svc is not None
    created = svc.catalog.create(svc.actor, ProductDraft(name="Kemeja Batik Parang", price=150_000))
    picture = tmp_path / "rekening.png"
    Image.new("RGB", (640, 480), "#128C7E").save(picture)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(picture)], "")))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("batik", True)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda _p, _t, _l, items, *a, **k: (items[0], True)))
    photos = tab.editor.photos
    assert photos is not None
    photos.file_button.click()
    photos.catalog_button.click()
    assert photos.list.count() == 2 and not photos.list.item(0).icon().isNull()
    tab.editor.save_button.click()
    reply = tab.editor.reply
    assert reply is not None
    stored = svc.quick_replies.get(reply.id).images
    assert stored[0].sha256 and stored[0].product_id is None
    assert stored[1].product_id == created.id


def test_export_then_import_through_the_file_dialogs(
    tab: QuickRepliesTab, ui_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:  # fmt: skip
    svc = ui_context.services
    assert svc is not None
    target = tmp_path / "replies.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    tab.export_button.click()
    assert '"shortcut": "halo"' in target.read_text(encoding="utf-8")
    halo = next(r for r in svc.quick_replies.list() if r.shortcut == "halo")
    svc.quick_replies.delete(svc.actor, halo.id)
    tab.import_button.click()
    assert any(r.shortcut == "halo" for r in svc.quick_replies.list())
    assert messages[-1][0] == "information" and "1 quick reply(s) added" in messages[-1][1]
    assert tab.model.row_of(next(r.id for r in svc.quick_replies.list() if r.shortcut == "halo")) >= 0
