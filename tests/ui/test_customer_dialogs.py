"""Editing a customer and merging two, from the Inbox customer panel's dialogs (real SQLite, synchronous tasks)."""

from __future__ import annotations

import pytest
from inbox_setup import conversation, settle, show_tab
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from merchant_desk.db.models import Conversation
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.customer_dialogs import CustomerEditDialog, MergeCustomerDialog


def _customer(svc: Services, phone: str | None, name: str) -> int:
    if phone is None:
        with svc.db.write() as session:  # a customer known only by name (e.g. from a group chat)
            from merchant_desk.services.customer_service import find_or_create_in

            row, _ = find_or_create_in(session, None, name)
            return row.id
    customer, _ = svc.customers.find_or_create(svc.actor, phone, name)
    return customer.id


def test_edit_saves_name_and_a_number_typed_the_indonesian_way(
    qtbot: QtBot, ui_context: AppContext, svc: Services
) -> None:
    cid = _customer(svc, None, "Putri")
    dialog = CustomerEditDialog(ui_context, svc.customers.get(cid))
    qtbot.addWidget(dialog)
    dialog.name.setText("Putri Ayu")
    dialog.phone.setText("0812-3456-7890")
    dialog.instagram.setText("@putri.ayu")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.changes.inbox
    saved = svc.customers.get(cid)
    assert (saved.name, saved.phone, saved.instagram) == ("Putri Ayu", "+6281234567890", "@putri.ayu")


def test_a_wrong_or_taken_number_is_shown_under_the_field_and_nothing_changes(
    qtbot: QtBot, ui_context: AppContext, svc: Services
) -> None:
    _customer(svc, "0812-1111-2222", "Putri Lestari")
    cid = _customer(svc, "0813-5555-6666", "Putri")
    dialog = CustomerEditDialog(ui_context, svc.customers.get(cid))
    qtbot.addWidget(dialog)
    dialog.name.setText("")
    dialog.phone.setText("12ab")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.errors["name"].isHidden() and dialog.errors["name"].text() == "The customer needs a name."
    assert "0812-3456-7890" in dialog.errors["phone"].text()
    dialog.name.setText("Putri")
    dialog.phone.setText("+62 812 1111 2222")
    dialog.save()
    assert "another customer" in dialog.errors["phone"].text() and "Merge with" in dialog.errors["phone"].text()
    assert svc.customers.get(cid).phone == "+6281355556666"


def test_merge_finds_the_other_by_number_and_moves_its_conversation(
    qtbot: QtBot, ui_context: AppContext, svc: Services
) -> None:
    keep_conv = conversation(svc, "0812-1111-2222", "Putri")
    other_conv = conversation(svc, "0857-9999-0000", "Putri")
    svc.inbox.record_incoming(other_conv, "kak, pesanan saya kemarin gimana?")
    keep = svc.customers.find_by_phone("+6281211112222")
    assert keep is not None
    dialog = MergeCustomerDialog(ui_context, keep)
    qtbot.addWidget(dialog)
    assert dialog.results.count() == 1  # the other Putri; never the customer itself
    dialog.search.setText("0857-9999")
    dialog.run_search()
    other = dialog.chosen()
    assert other is not None and other.phone == "+6285799990000"
    dialog.merge(confirmed=True)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.changes.inbox
    assert svc.customers.get(other.id).merged_into_id == keep.id
    with svc.db.read() as session:
        owners = set(
            session.scalars(select(Conversation.customer_id).where(Conversation.id.in_((keep_conv, other_conv))))
        )
    assert owners == {keep.id}


def test_the_panel_offers_edit_merge_and_trash(
    qtbot: QtBot, ui_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = ui_context.services
    assert svc is not None
    conv = conversation(svc, "0812-7777-8888", "Rina")
    svc.inbox.record_incoming(conv, "halo kak")
    tab = show_tab(qtbot, ui_context)
    tab.open_conversation(conv)
    settle()
    panel = tab.panel
    assert panel.edit_button.isVisible() and panel.edit_button.text() == "Edit customer…"
    assert [a.text() for a in panel.more_menu.actions()] == [
        "Merge with another customer…",
        "Move customer to the trash…",
    ]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    panel.trash_action.trigger()
    settle()
    assert [c.name for c in svc.customers.search("0812-7777", trashed=True)] == ["Rina"]
    assert svc.customers.search("0812-7777") == []
