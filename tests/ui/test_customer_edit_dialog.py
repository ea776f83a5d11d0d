"""Edit customer… from the Inbox panel: name and number saved at once, problems under their fields, a number
that belongs to someone else offering a merge, and the composer's "add a number" button (real SQLite)."""

from __future__ import annotations

import pytest
from inbox_setup import conversation, settle, show_tab
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from merchant_desk.services.customer_service import find_or_create_in
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.customer_edit_dialog import CustomerEditDialog
from merchant_desk.ui.inbox.customer_merge_dialog import MergeCustomerDialog


def _nameless_number_customer(svc: Services, name: str) -> int:
    with svc.db.write() as session:  # known only by name, like a contact from an imported chat
        row, _ = find_or_create_in(session, None, name)
        return row.id


def test_edit_saves_name_and_a_0812_number_as_plus_62(qtbot: QtBot, ui_context: AppContext, svc: Services) -> None:
    cid = _nameless_number_customer(svc, "Putri")
    dialog = CustomerEditDialog(ui_context, svc.customers.get(cid))
    qtbot.addWidget(dialog)
    dialog.name.setText("Putri Ayu")
    dialog.phone.setText("0812 3456 7890")
    dialog.phone.editingFinished.emit()
    assert dialog.phone.text() == "+62 812-3456-7890"  # shown as it will be kept, before saving
    dialog.instagram.setText("@putri.ayu")
    dialog.other.setText("TikTok putriayu")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.changes.inbox
    saved = svc.customers.get(cid)
    assert (saved.name, saved.phone, saved.instagram, saved.other_handle) == (
        "Putri Ayu", "+6281234567890", "@putri.ayu", "TikTok putriayu",
    )  # fmt: skip


def test_an_invalid_number_and_an_empty_name_are_refused_inline(
    qtbot: QtBot, ui_context: AppContext, svc: Services
) -> None:
    conversation(svc, "0813-5555-6666", "Putri")
    customer = svc.customers.find_by_phone("081355556666")
    assert customer is not None
    dialog = CustomerEditDialog(ui_context, customer)
    qtbot.addWidget(dialog)
    dialog.phone.setText("0812-3456-ABCD")
    dialog.phone.editingFinished.emit()
    assert dialog.errors["phone"].text() == "Enter a phone number, for example 0812-3456-7890."
    dialog.name.setText("  ")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible() is False
    assert dialog.errors["name"].text() == "The customer needs a name."  # every field's problem at once
    assert not dialog.errors["phone"].isHidden() and "0812-3456-7890" in dialog.errors["phone"].text()
    kept = svc.customers.get(customer.id)
    assert (kept.name, kept.phone) == ("Putri", "+6281355556666")


def test_a_number_of_another_customer_offers_to_merge_then_saves_it(
    qtbot: QtBot,
    ui_context: AppContext,
    svc: Services,
    messages: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conversation(svc, "0852-2146-6959", "Putri Lestari")
    keep = _nameless_number_customer(svc, "Putri")
    dialog = CustomerEditDialog(ui_context, svc.customers.get(keep))
    qtbot.addWidget(dialog)
    dialog.phone.setText("+62 852 2146 6959")
    dialog.save()
    assert dialog.errors["phone"].text() == "This number belongs to Putri Lestari · +62 852-2146-6959."
    assert dialog.merge_button.isEnabled() and dialog.merge_button.text() == "Merge with Putri Lestari instead…"
    assert dialog.owner is not None
    owner_id = dialog.owner.id

    def merge_in_place(self: MergeCustomerDialog) -> int:  # what the merchant does in the merge dialog
        assert self.chosen() is not None and self.chosen().id == owner_id  # type: ignore[union-attr]
        self.merge()
        return int(self.result())

    monkeypatch.setattr(MergeCustomerDialog, "exec", merge_in_place)
    dialog.merge_with_owner()
    assert "Stays: Putri\nGoes to the trash: Putri Lestari · +62 852-2146-6959" in messages[-1][1]
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.changes.orders  # merged, then saved
    assert svc.customers.get(keep).phone == "+6285221466959"
    assert svc.customers.get(owner_id).merged_into_id == keep


def test_the_composer_offers_to_add_the_missing_number(
    qtbot: QtBot, ui_context: AppContext, svc: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = _nameless_number_customer(svc, "Rina")
    conv, _ = svc.inbox.conversation_for_customer(svc.actor, cid)
    svc.inbox.record_incoming(conv, "kak, masih ada?")
    tab = show_tab(qtbot, ui_context)
    tab.open_conversation(conv)
    settle()
    assert not tab.composer.send_button.isEnabled() and tab.composer.fix_button.isVisible()
    assert tab.composer.fix_button.text() == "Add WhatsApp number…"

    def add_number(self: CustomerEditDialog) -> int:
        self.phone.setText("62812-7777-8888")
        self.save()
        return int(self.result())

    monkeypatch.setattr(CustomerEditDialog, "exec", add_number)
    tab.composer.fix_button.click()
    settle()
    assert svc.customers.get(cid).phone == "+6281277778888"
    assert tab.panel.phone.text() == "+62 812-7777-8888"
    assert tab.composer.send_button.isEnabled() and not tab.composer.fix_button.isVisible()
