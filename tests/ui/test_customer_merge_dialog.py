"""Merge with another customer… and Move to the trash… from the Inbox panel: the other record found by name or
number, what moves counted before confirming, the list showing the customer once, and staff rights (real SQLite)."""

from __future__ import annotations

from datetime import datetime

import pytest
from inbox_setup import conversation, settle, show_tab, titles
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from merchant_desk.db.models import Conversation, LedgerEntry, Order
from merchant_desk.services.audit_service import Actor
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.customer_merge_dialog import MergeCustomerDialog


def _two_putris(svc: Services) -> tuple[int, int]:
    """Two chats of one Putri under two numbers, the second with a label, an order and points."""
    keep = conversation(svc, "0896-2132-2146", "Putri")
    other = conversation(svc, "0852-2146-6959", "Putri")
    svc.inbox.record_incoming(keep, "kak, gamis hitam ready?", sent_at=datetime(2026, 11, 17, 3))
    svc.inbox.record_incoming(other, "ini nomor baru aku ya kak", sent_at=datetime(2026, 11, 20, 3))
    found = svc.customers.find_by_phone("085221466959")
    assert found is not None
    labels = {label.name: label.id for label in svc.labels.labels()}
    svc.customers.set_labels(svc.actor, found.id, [labels["Keluhan"]])
    with svc.db.write() as s:
        s.add(Order(number="INV/2026/11/0009", customer_id=found.id, total=185_000))
        s.add(LedgerEntry(customer_id=found.id, kind="earn", points=185, created_at=datetime(2026, 11, 1)))
    return keep, other


def test_merge_counts_what_moves_and_names_who_stays(
    qtbot: QtBot, ui_context: AppContext, svc: Services, messages: list[tuple[str, str]]
) -> None:
    _two_putris(svc)
    keep = svc.customers.find_by_phone("0896-2132-2146")
    assert keep is not None
    dialog = MergeCustomerDialog(ui_context, keep)
    qtbot.addWidget(dialog)
    assert dialog.results.count() == 1  # the other Putri, found by the name; never the customer itself
    assert dialog.moves.text() == "Moves to Putri: 1 conversation, 1 new label, 1 order, 185 points."
    dialog.search.setText("0852-2146")  # by the number as merchants type it
    dialog.run_search()
    other = dialog.chosen()
    assert other is not None and other.phone == "+6285221466959" and dialog.merge_button.isEnabled()
    dialog.merge()
    kind, question = messages[-1]
    assert kind == "question" and question.startswith(
        "Stays: Putri · +62 896-2132-2146\nGoes to the trash: Putri · +62 852-2146-6959"
    )
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.changes.inbox and dialog.changes.loyalty
    kept = svc.customers.get(keep.id)
    assert len(kept.label_ids) == 1 and svc.loyalty.balance(keep.id) == 185
    assert svc.customers.get(other.id).merged_into_id == keep.id
    with svc.db.read() as s:
        assert set(s.scalars(select(Order.customer_id))) == {keep.id}


def test_merging_from_the_panel_leaves_one_putri_in_the_list(qtbot: QtBot, ui_context: AppContext) -> None:
    svc = ui_context.services
    assert svc is not None
    keep_conv, _ = _two_putris(svc)
    tab = show_tab(qtbot, ui_context)
    assert titles(tab).count("Putri") == 2
    tab.open_conversation(keep_conv)
    settle()
    dialog_seen: list[MergeCustomerDialog] = []

    def merge_in_place(self: MergeCustomerDialog) -> int:
        dialog_seen.append(self)
        self.merge()
        return int(self.result())

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(MergeCustomerDialog, "exec", merge_in_place)
        tab.panel.merge_action.trigger()
    settle()
    assert dialog_seen and dialog_seen[0].keep.phone == "+6289621322146"
    assert titles(tab).count("Putri") == 1  # the two WhatsApp chats became one
    assert tab.current is not None and tab.current.id == keep_conv
    with svc.db.read() as s:
        bodies = s.scalars(select(Conversation.last_message_preview).where(Conversation.id == keep_conv)).all()
    assert bodies == ["ini nomor baru aku ya kak"]


def test_staff_without_the_permission_see_merge_and_trash_disabled_with_the_reason(
    qtbot: QtBot, ui_context: AppContext
) -> None:
    svc = ui_context.services
    assert svc is not None
    keep_conv, _ = _two_putris(svc)
    clerk = svc.staff.add(svc.actor, "Rani", "2468", role="staff")
    ui_context.sign_in(Actor.of(clerk))
    tab = show_tab(qtbot, ui_context)
    tab.open_conversation(keep_conv)
    settle()
    panel = tab.panel
    assert panel.edit_button.isEnabled()  # editing details is daily work
    for action in (panel.merge_action, panel.trash_action):
        assert not action.isEnabled() and "Export customer data" in action.toolTip()
    assert panel.customer is not None
    dialog = MergeCustomerDialog(ui_context, panel.customer)
    qtbot.addWidget(dialog)
    assert dialog.chosen() is not None and not dialog.merge_button.isEnabled()
    assert "may not merge" in dialog.error.text()
    dialog.merge(confirmed=True)
    assert dialog.changes is None and svc.customers.search("0852-2146")  # nothing merged


def test_the_panel_moves_a_customer_to_the_trash(qtbot: QtBot, ui_context: AppContext) -> None:
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
    panel.trash_action.trigger()  # the messages fixture answers Yes
    settle()
    assert [c.name for c in svc.customers.search("0812-7777", trashed=True)] == ["Rina"]
    assert svc.customers.search("0812-7777") == []
