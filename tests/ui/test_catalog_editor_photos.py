"""The editor's photos: files, drops and pastes decoded upright and stored; order, cover, square crop, refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.services.photo_store import PhotoStore
from merchant_desk.ui.catalog.crop_dialog import CropCanvas, CropDialog
from merchant_desk.ui.catalog.editor_dialog import ProductEditorDialog
from merchant_desk.ui.context import AppContext


def _jpeg(path: Path, size: tuple[int, int], colour: str = "red", orientation: int | None = None) -> Path:
    img = Image.new("RGB", size, colour)
    img.paste((0, 0, 255), (0, 0, size[0] // 4, size[1] // 4))  # a blue corner shows which way is up
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    img.save(path, "JPEG", exif=exif.tobytes())
    return path


def _dialog(qtbot: QtBot, context: AppContext, product_id: int | None = None) -> ProductEditorDialog:
    dialog = ProductEditorDialog(context, product_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _pick(monkeypatch: pytest.MonkeyPatch, *files: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(f) for f in files], "Pictures"))
    )


def _stored_size(context: AppContext, sha: str) -> tuple[int, int]:
    with Image.open(PhotoStore(context.paths.photo_dir).original_path(sha)) as img:
        return img.size


def _save(qtbot: QtBot, dialog: ProductEditorDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_photos_from_files_are_stored_upright_reordered_covered_and_cropped(
    qtbot: QtBot, ui_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rotated = _jpeg(tmp_path / "kamera.jpg", (800, 600), orientation=6)  # a phone held upright
    wide = _jpeg(tmp_path / "lebar.jpg", (900, 600), colour="green")
    dialog = _dialog(qtbot, ui_context)
    strip = dialog.photos
    _pick(monkeypatch, rotated, wide)
    qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)

    first, second = strip.photos()
    assert (first.width, first.height) == (600, 800)  # turned upright
    assert _stored_size(ui_context, first.sha256) == (600, 800)
    with Image.open(PhotoStore(ui_context.paths.photo_dir).original_path(first.sha256)) as img:
        assert img.getpixel((img.width - 10, 10))[2] > 200  # the blue corner is now top right
    assert [strip.list.item(i).text() for i in range(2)] == ["Cover", "2"]
    assert not strip.notice.isVisible()

    strip.list.setCurrentRow(1)
    qtbot.mouseClick(strip.cover_button, Qt.MouseButton.LeftButton)
    assert strip.photos() == (second, first)
    assert strip.list.item(0).text() == "Cover"

    monkeypatch.setattr(CropDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    strip.list.setCurrentRow(0)
    qtbot.mouseClick(strip.crop_button, Qt.MouseButton.LeftButton)
    cropped = strip.photos()[0]
    assert cropped.sha256 != second.sha256 and cropped.width == cropped.height == 600
    assert _stored_size(ui_context, cropped.sha256) == (600, 600)
    assert strip.photos()[1] == first

    qtbot.keyClicks(dialog.name, "Kemeja")
    qtbot.keyClicks(dialog.price.edit, "100000")
    _save(qtbot, dialog)
    photos = ui_context.services.catalog.detail(dialog.product_id).photos
    assert [p.sha256 for p in photos] == [cropped.sha256, first.sha256]


def test_dragging_a_photo_onto_another_slot_reorders(
    qtbot: QtBot, ui_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [_jpeg(tmp_path / f"{c}.jpg", (600, 600), colour=c) for c in ("red", "green", "blue")]
    dialog = _dialog(qtbot, ui_context)
    strip = dialog.photos
    strip.add_sources([(f.name, f) for f in files])
    before = strip.photos()
    strip.list.setCurrentRow(0)
    target = strip.list.visualItemRect(strip.list.item(2)).center()
    mime = strip.list.model().mimeData([strip.list.model().index(0, 0)])
    event = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction | Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    monkeypatch.setattr(QDropEvent, "source", lambda self: strip.list)
    strip.list.dropEvent(event)
    assert strip.photos() == (before[1], before[2], before[0])
    assert event.dropAction() == Qt.DropAction.CopyAction  # so the drag source never deletes the moved item
    assert [strip.list.item(i).text() for i in range(3)] == ["Cover", "2", "3"]


def test_a_broken_file_is_refused_by_name_and_nothing_is_attached(
    qtbot: QtBot, ui_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = _jpeg(tmp_path / "bagus.jpg", (700, 700))
    data = good.read_bytes()
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(data[: len(data) // 2])  # a download cut off half way
    text = tmp_path / "catatan.jpg"
    text.write_text("not a picture")
    dialog = _dialog(qtbot, ui_context)
    _pick(monkeypatch, broken, text)
    qtbot.mouseClick(dialog.photos.add_button, Qt.MouseButton.LeftButton)
    assert dialog.photos.photos() == ()
    notice = dialog.photos.notice.text()
    assert dialog.photos.notice.isVisible()
    assert "'rusak.jpg' is damaged" in notice and "'catatan.jpg' is not a photo" in notice
    assert not any(p.suffix == ".jpg" for p in ui_context.paths.photo_dir.rglob("*.jpg") if "thumbs" not in p.parts)


def test_pasting_a_picture_from_the_clipboard_attaches_it(qtbot: QtBot, ui_context: AppContext) -> None:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    QGuiApplication.clipboard().setImage(image)
    dialog = _dialog(qtbot, ui_context)
    dialog.photos.list.setFocus()
    dialog.photos.paste()
    (photo,) = dialog.photos.photos()
    assert (photo.width, photo.height) == (640, 480)
    assert dialog.photos.notice.isHidden() or "500" in dialog.photos.notice.text()


def test_paste_with_nothing_usable_says_so(qtbot: QtBot, ui_context: AppContext) -> None:
    QGuiApplication.clipboard().setText("just words")
    dialog = _dialog(qtbot, ui_context)
    dialog.photos.paste()
    assert dialog.photos.photos() == ()
    assert "no picture" in dialog.photos.notice.text()


def test_a_small_photo_is_attached_with_a_warning(
    qtbot: QtBot, ui_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = _jpeg(tmp_path / "kecil.jpg", (320, 240))
    dialog = _dialog(qtbot, ui_context)
    _pick(monkeypatch, small)
    qtbot.mouseClick(dialog.photos.add_button, Qt.MouseButton.LeftButton)
    assert len(dialog.photos.photos()) == 1
    assert "WhatsApp" in dialog.photos.notice.text() and "kecil.jpg" in dialog.photos.notice.text()
    assert "#7A5200" in dialog.photos.notice.styleSheet()  # a warning, not a refusal


def test_files_dropped_on_the_dialog_are_added(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    photo = _jpeg(tmp_path / "drop.jpg", (600, 600))
    dialog = _dialog(qtbot, ui_context)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    dialog.dropEvent(event)
    assert len(dialog.photos.photos()) == 1


def test_at_most_ten_photos(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    pictures = []
    for i in range(12):
        data = io.BytesIO()
        Image.new("RGB", (600, 600), (i * 20, 100, 100)).save(data, "PNG")
        pictures.append((f"p{i}.png", data.getvalue()))
    dialog = _dialog(qtbot, ui_context)
    dialog.photos.add_sources(pictures)
    assert len(dialog.photos.photos()) == 10
    assert "at most 10 photos" in dialog.photos.notice.text()
    assert not dialog.photos.add_button.isEnabled()
    dialog.photos.list.setCurrentRow(3)
    qtbot.mouseClick(dialog.photos.remove_button, Qt.MouseButton.LeftButton)
    assert len(dialog.photos.photos()) == 9 and dialog.photos.add_button.isEnabled()


def test_existing_photos_and_links_keep_their_order(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    svc = ui_context.services
    stored = PhotoStore(ui_context.paths.photo_dir).store_jpeg_bytes(_jpeg(tmp_path / "a.jpg", (600, 600)).read_bytes())
    from merchant_desk.core.catalog import PhotoRef

    photos = (PhotoRef(None, "https://cdn.example/x.jpg"), PhotoRef(stored.sha256, None, 600, 600))
    pid = svc.catalog.create(svc.actor, ProductDraft(name="Sambal", price=25_000, photos=photos)).id
    dialog = _dialog(qtbot, ui_context, pid)
    assert [(p.sha256, p.source_url) for p in dialog.photos.photos()] == [
        (None, "https://cdn.example/x.jpg"),
        (stored.sha256, None),
    ]
    dialog.photos.list.setCurrentRow(0)
    assert not dialog.photos.crop_button.isEnabled()  # a link has no pixels here to crop
    assert not dialog.photos.list.item(1).icon().isNull()


def test_crop_canvas_keeps_a_square_inside_the_picture(qtbot: QtBot) -> None:
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dialog = CropDialog(image)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selection() == (200, 0, 800)  # the largest centred square
    canvas: CropCanvas = dialog.canvas
    canvas.move_to(QPointF(900, 50))
    assert dialog.selection() == (400, 0, 800)  # pushed back inside
    canvas.resize_from(QPointF(400, 0), QPointF(700, 250))
    assert dialog.selection() == (400, 0, 300)
    assert "WhatsApp" in dialog.info.text()  # under 500 px
    canvas.resize_from(QPointF(1200, 800), QPointF(0, 0))
    assert dialog.selection() == (400, 0, 800)

    # And with the mouse: drag the square's middle to the left edge.
    box = canvas._to_screen(canvas.box)
    start = box.center().toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, QPoint(start.x() - 2000, start.y()))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(0, start.y()))
    assert dialog.selection()[0] == 0


def test_ctrl_v_pastes_a_picture_but_leaves_text_fields_their_own_paste(qtbot: QtBot, ui_context: AppContext) -> None:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    QGuiApplication.clipboard().setImage(image)
    dialog = _dialog(qtbot, ui_context)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.photos.list.setFocus()
    qtbot.keyClick(dialog.photos.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.photos.photos()) == 1
    qtbot.keyClick(dialog.photos.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.photos.photos()) == 1  # the same picture is not added twice
    assert "already one of this product's photos" in dialog.photos.notice.text()

    QGuiApplication.clipboard().setText("Kopi Gayo")
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.name.text() == "Kopi Gayo"
