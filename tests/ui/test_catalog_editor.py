"""The product editor: typing a product in, every problem shown at once, Indonesian prices, editing, collections."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog
from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.ui.catalog.editor_dialog import ProductEditorDialog, value_label
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.tasks import TaskRunner


def _dialog(qtbot: QtBot, context: AppContext, product_id: int | None = None) -> ProductEditorDialog:
    dialog = ProductEditorDialog(context, product_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot: QtBot, dialog: ProductEditorDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _shown(dialog: ProductEditorDialog) -> dict[str, str]:
    """The messages visible at the fields (a price's muted '= Rp…' line is not a problem)."""
    out = {}
    for field, label in dialog.errors.items():
        text_label = getattr(label, "hint", label)
        if text_label.isVisible() and text_label.property("role") == "error":
            out[field] = text_label.text()
    return out


def test_typing_a_product_in_creates_it(qtbot: QtBot, ui_context: AppContext) -> None:
    changes = []
    ui_context.changed.connect(changes.append)
    dialog = _dialog(qtbot, ui_context)
    qtbot.keyClicks(dialog.name, "Kemeja Batik Pria")
    qtbot.keyClicks(dialog.description, "Katun halus, adem.")
    qtbot.keyClicks(dialog.sku, "KB-01")
    qtbot.keyClicks(dialog.price.edit, "Rp150.000")
    qtbot.keyClicks(dialog.sale_price.edit, "125rb")
    qtbot.keyClicks(dialog.stock, "12")
    dialog.availability.setCurrentIndex(dialog.availability.findData("preorder"))
    dialog.condition.setCurrentIndex(dialog.condition.findData("used"))
    qtbot.keyClicks(dialog.brand, "Berkah")
    qtbot.keyClicks(dialog.link, "https://toko.example/kemeja")
    dialog.hidden.setChecked(True)
    assert dialog.price.hint.text() == "= Rp150.000"
    assert dialog.sale_price.hint.text() == "= Rp125.000"
    assert dialog.name_count.text() == "17/200"
    _save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.product_id is not None
    draft = ui_context.services.catalog.detail(dialog.product_id).draft
    assert draft == ProductDraft(
        name="Kemeja Batik Pria",
        price=150_000,
        description="Katun halus, adem.",
        sku="KB-01",
        sale_price=125_000,
        stock=12,
        availability="preorder",
        condition="used",
        brand="Berkah",
        link="https://toko.example/kemeja",
        hidden=True,
    )
    assert changes and changes[-1].catalog


def test_every_problem_is_shown_at_once_and_nothing_is_saved(qtbot: QtBot, ui_context: AppContext) -> None:
    dialog = _dialog(qtbot, ui_context)
    qtbot.keyClicks(dialog.price.edit, "20.000")
    qtbot.keyClicks(dialog.sale_price.edit, "20.000")
    qtbot.keyClicks(dialog.link, "toko.example")
    _save(qtbot, dialog)

    shown = _shown(dialog)
    assert set(shown) == {"name", "sale_price", "link"}
    assert shown["name"] == "A product needs a name."
    assert shown["sale_price"] == "The sale price must be lower than the price."
    assert "http" in shown["link"]
    assert dialog.name.property("invalid") is True and dialog.link.property("invalid") is True
    assert dialog.sku.property("invalid") is False
    assert dialog.status.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert ui_context.services.catalog.count() == 0

    # Fixing them clears the marks and saves.
    qtbot.keyClicks(dialog.name, "Sarung Tenun")
    dialog.sale_price.edit.clear()
    dialog.link.setText("https://toko.example/sarung")
    _save(qtbot, dialog)
    assert _shown(dialog) == {}
    assert ui_context.services.catalog.count() == 1


@pytest.mark.parametrize(
    ("typed", "rupiah"),
    [("1,5jt", 1_500_000), ("15000", 15_000), ("15.000", 15_000), ("Rp15.000", 15_000), ("15rb", 15_000)],
)
def test_prices_are_read_the_indonesian_way(qtbot: QtBot, ui_context: AppContext, typed: str, rupiah: int) -> None:
    dialog = _dialog(qtbot, ui_context)
    qtbot.keyClicks(dialog.name, "Kopi Gayo 250 g")
    qtbot.keyClicks(dialog.price.edit, typed)
    assert dialog.price.hint.text() == "= Rp" + f"{rupiah:,}".replace(",", ".")
    _save(qtbot, dialog)
    assert ui_context.services.catalog.detail(dialog.product_id).draft.price == rupiah


def test_an_ambiguous_price_says_why_while_typing_and_blocks_saving(qtbot: QtBot, ui_context: AppContext) -> None:
    dialog = _dialog(qtbot, ui_context)
    qtbot.keyClicks(dialog.name, "Teh Melati")
    qtbot.keyClicks(dialog.price.edit, "15.5")
    assert dialog.price.hint.property("role") == "error"
    assert "'15.5' is ambiguous" in dialog.price.hint.text()
    _save(qtbot, dialog)
    assert "price" in _shown(dialog)
    assert dialog.price.edit.property("invalid") is True
    assert ui_context.services.catalog.count() == 0
    dialog.price.edit.setText("15.500")  # fixing it turns the line back into what was understood
    assert dialog.price.hint.text() == "= Rp15.500"
    assert dialog.price.edit.property("invalid") is False


def test_a_sku_another_product_uses_is_shown_at_the_field(qtbot: QtBot, ui_context: AppContext) -> None:
    svc = ui_context.services
    svc.catalog.create(svc.actor, ProductDraft(name="Kaos Polos", price=50_000, sku="KP-1"))
    dialog = _dialog(qtbot, ui_context)
    qtbot.keyClicks(dialog.name, "Kaos Polos Hitam")
    qtbot.keyClicks(dialog.price.edit, "55000")
    qtbot.keyClicks(dialog.sku, "KP-1")
    _save(qtbot, dialog)
    assert _shown(dialog) == {"sku": "Another product already uses this SKU."}
    assert dialog.isVisible() and svc.catalog.count() == 1


def test_editing_loads_every_field_and_saves_the_change(qtbot: QtBot, ui_context: AppContext) -> None:
    svc = ui_context.services
    original = ProductDraft(
        name="Tas Anyaman",
        price=85_000,
        sale_price=75_000,
        stock=None,
        availability="available for order",
        condition="new",
        sku="TA-7",
        feed_id="feed-7",
        collections=("Tas",),
    )
    pid = svc.catalog.create(svc.actor, original).id
    dialog = _dialog(qtbot, ui_context, pid)
    assert "Tas Anyaman" in dialog.windowTitle()
    assert dialog.price.edit.text() == "85.000" and dialog.sale_price.edit.text() == "75.000"
    assert dialog.untracked.isChecked() and not dialog.stock.isEnabled()
    assert dialog.availability.currentText() == value_label("available for order") == "Available for order"
    checked = [dialog.collections.item(i).checkState() for i in range(dialog.collections.count())]
    assert checked == [Qt.CheckState.Checked]

    dialog.price.edit.setText("90rb")
    dialog.untracked.setChecked(False)
    dialog.stock.setText("4")
    _save(qtbot, dialog)
    after = svc.catalog.detail(pid).draft
    assert (after.price, after.stock, after.sale_price) == (90_000, 4, 75_000)
    assert after.feed_id == "feed-7"  # not shown in the editor, but kept


def test_unchanged_product_saves_without_announcing_a_change(qtbot: QtBot, ui_context: AppContext) -> None:
    svc = ui_context.services
    pid = svc.catalog.create(svc.actor, ProductDraft(name="Gula Aren", price=30_000, stock=3)).id
    changes = []
    ui_context.changed.connect(changes.append)
    dialog = _dialog(qtbot, ui_context, pid)
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert changes == []


def test_new_collection_is_created_on_save(
    qtbot: QtBot, ui_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = ui_context.services
    svc.catalog.create_collection(svc.actor, "Minuman")
    dialog = _dialog(qtbot, ui_context)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  Oleh  oleh ", True)))
    qtbot.mouseClick(dialog.new_collection, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("minuman", True)))
    qtbot.mouseClick(dialog.new_collection, Qt.MouseButton.LeftButton)  # an existing one (any case) is ticked
    assert dialog.collections.count() == 2
    qtbot.keyClicks(dialog.name, "Bakpia")
    qtbot.keyClicks(dialog.price.edit, "35000")
    _save(qtbot, dialog)
    assert set(svc.catalog.detail(dialog.product_id).draft.collections) == {"Minuman", "Oleh oleh"}
    assert {c.name for c in svc.catalog.collections()} == {"Minuman", "Oleh oleh"}


def test_description_counter_turns_red_past_the_limit(qtbot: QtBot, ui_context: AppContext) -> None:
    dialog = _dialog(qtbot, ui_context)
    dialog.description.setPlainText("x" * 5_001)
    assert dialog.description_count.text() == "5.001/5.000"
    assert dialog.description_count.property("role") == "error"
    qtbot.keyClicks(dialog.name, "Kain")
    qtbot.keyClicks(dialog.price.edit, "1000")
    _save(qtbot, dialog)
    assert set(_shown(dialog)) == {"description"}


def test_cancel_asks_only_when_something_was_changed(
    qtbot: QtBot, ui_context: AppContext, messages: list[tuple[str, str]]
) -> None:
    svc = ui_context.services
    pid = svc.catalog.create(svc.actor, ProductDraft(name="Rendang", price=60_000, collections=("Lauk",))).id
    dialog = _dialog(qtbot, ui_context, pid)
    dialog.reject()
    assert messages == [] and dialog.result() == QDialog.DialogCode.Rejected

    dialog = _dialog(qtbot, ui_context, pid)
    qtbot.keyClicks(dialog.name, " Padang")
    dialog.reject()  # the fixture answers Yes: discard
    assert messages == [("question", "Discard your changes to this product?")]
    assert svc.catalog.detail(pid).draft.name == "Rendang"


def test_the_editor_loads_and_saves_with_the_background_runner(qtbot: QtBot, ui_context: AppContext) -> None:
    svc = ui_context.services
    pid = svc.catalog.create(svc.actor, ProductDraft(name="Keripik", price=12_000, stock=5)).id
    ui_context.runner = TaskRunner()
    dialog = _dialog(qtbot, ui_context, pid)
    qtbot.waitUntil(lambda: dialog.name.text() == "Keripik", timeout=10_000)
    assert dialog.isEnabled()
    dialog.stock.setText("9")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _save(qtbot, dialog)
    assert svc.catalog.detail(pid).draft.stock == 9
    ui_context.runner.wait()
