"""The new-broadcast wizard: the name flagged beside its field, a product for {produk}, full-year dates."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.replies.broadcast_product import ProductSearchDialog
from merchant_desk.ui.replies.broadcast_wizard import BroadcastWizard


def agreed(svc: Services) -> None:
    customer, _ = svc.customers.find_or_create(svc.actor, "0812-1111-2222", "Budi")
    svc.customers.set_consent(svc.actor, customer.id, True, "asked in chat")


def test_empty_name_is_flagged_inline_and_nothing_is_created(
    qtbot: QtBot, ui_context: AppContext, svc: Services
) -> None:
    agreed(svc)
    wizard = BroadcastWizard(ui_context)
    qtbot.addWidget(wizard)
    wizard.text.setPlainText("Halo {nama}")
    wizard.name.setText("   ")
    wizard.create()
    assert wizard.created is None and svc.broadcasts.list() == []
    assert not wizard.name_error.isHidden() and "name" in wizard.name_error.text()
    assert wizard.name.property("invalid") is True
    wizard.name.setText("Promo")
    assert wizard.name_error.isHidden() and wizard.name.property("invalid") is False
    wizard.create()
    assert wizard.created is not None and wizard.created.name == "Promo"


def test_product_fills_its_placeholders(qtbot: QtBot, ui_context: AppContext, svc: Services) -> None:
    agreed(svc)
    svc.catalog.create(svc.actor, ProductDraft(name="Kemeja Batik Parang", price=185_000, stock=4))
    wizard = BroadcastWizard(ui_context)
    qtbot.addWidget(wizard)
    wizard.text.setPlainText("Halo {nama}, {produk} cuma {harga}, sisa {stok}!")
    wizard.update_preview()
    assert "Choose a product" in wizard.error.text() and "{produk}" in wizard.error.text()
    search = ProductSearchDialog(ui_context)
    qtbot.addWidget(search)
    search.search.setText("parang")
    search.run_search()
    search.choose()
    assert search.chosen is not None
    wizard.product.set_product(search.chosen)  # as after Choose…; it also asks for a new preview
    wizard.update_preview()
    assert wizard.error.isHidden()
    assert "Halo Budi, Kemeja Batik Parang cuma Rp185.000, sisa 4!" in wizard.samples.document().toPlainText()
    wizard.name.setText("Promo batik")
    wizard.create()
    assert wizard.created is not None
    item = svc.broadcasts.next_recipient(wizard.created.id)  # create() also starts it
    assert item is not None and item.text == "Halo Budi, Kemeja Batik Parang cuma Rp185.000, sisa 4!"


def test_dates_show_the_full_year(qtbot: QtBot, ui_context: AppContext) -> None:
    wizard = BroadcastWizard(ui_context)
    qtbot.addWidget(wizard)
    wizard.contacted.setDate(wizard.contacted.date().fromString("22/08/2026", "dd/MM/yyyy"))
    assert wizard.contacted.text() == "22/08/2026" and wizard.purchased.displayFormat() == "dd/MM/yyyy"
