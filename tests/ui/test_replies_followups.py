"""Follow-ups in the Inbox: 'Waiting for' products in the customer panel, reminder bells in the conversation
list, and the Follow-ups button's count of what waits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QToolButton
from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.core.timezones import utcnow
from merchant_desk.services.followup_service import BACK_IN_STOCK
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox import roles
from merchant_desk.ui.inbox.inbox_tab import InboxTab
from merchant_desk.ui.replies import reminders
from merchant_desk.ui.replies.followup_panel import FollowUpPanel
from merchant_desk.ui.replies.interest_dialog import InterestDialog


@pytest.fixture
def budi(svc: Services) -> int:
    customer, _ = svc.customers.find_or_create(svc.actor, "0812-1111-2222", "Budi Santoso")
    cid, _ = svc.inbox.conversation_for_customer(svc.actor, customer.id)
    svc.inbox.record_incoming(cid, "kak gamis katun kapan ready lagi?")
    return cid


@pytest.fixture
def gamis(svc: Services) -> int:
    svc.catalog.create(svc.actor, ProductDraft("Kemeja Batik", 120_000, stock=4))
    return svc.catalog.create(svc.actor, ProductDraft("Gamis Katun", 150_000, stock=0)).id


@pytest.fixture
def window(
    show_inbox: Callable[[int], tuple[QMainWindow, InboxTab, QTabWidget]], budi: int
) -> tuple[QMainWindow, InboxTab]:
    main, inbox, _tabs = show_inbox(budi)
    return main, inbox  # the window too: without a reference Python would delete it, and the tab with it


@pytest.fixture
def tab(window: tuple[QMainWindow, InboxTab]) -> InboxTab:
    return window[1]


def _texts(widget: object) -> list[str]:
    QCoreApplication.processEvents()  # a layout shows new children of a shown widget with a queued call
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]  # type: ignore[attr-defined]


def test_mark_interested_from_the_customer_panel_then_remove(
    tab: InboxTab, svc: Services, gamis: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = tab.extras.interests
    assert section.isVisibleTo(tab.panel) and section.customer_name == "Budi Santoso"
    assert any("Nothing yet" in t for t in _texts(section))
    seen: list[InterestDialog] = []

    def choose(dialog: InterestDialog) -> int:  # what the merchant does in the (modal) dialog
        seen.append(dialog)
        dialog.search.setText("gamis")
        dialog.run_search()  # the typing pause's search, at once
        assert dialog.results.count() == 1 and "out of stock" in dialog.results.item(0).text()
        dialog.price_drop.setChecked(False)
        dialog.back_in_stock.setChecked(False)
        assert not dialog.save_button.isEnabled()  # nothing to be told about: no saving
        dialog.back_in_stock.setChecked(True)
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(InterestDialog, "exec", choose)
    section.add_button.click()
    assert seen and seen[0].result() == InterestDialog.DialogCode.Accepted
    customer_id = svc.inbox.conversation(tab.current.id).customer_id  # type: ignore[union-attr]
    (interest,) = svc.followups.interests(customer_id=customer_id)
    assert (interest.product_id, interest.kind) == (gamis, BACK_IN_STOCK)
    assert "Gamis Katun" in _texts(section) and "Back in stock" in _texts(section)
    assert next(e.action for e in svc.audit.recent()) == "interest_added"

    (remove,) = [b for b in section.findChildren(QToolButton) if b.isVisibleTo(section)]
    remove.click()
    assert svc.followups.interests(customer_id=customer_id) == []
    assert "Gamis Katun" not in _texts(section)
    assert next(e.action for e in svc.audit.recent()) == "interest_removed"


def test_a_catalog_edit_queues_one_notice_and_the_button_counts_it(tab: InboxTab, svc: Services, gamis: int) -> None:
    customer_id = svc.inbox.conversation(tab.current.id).customer_id  # type: ignore[union-attr]
    assert customer_id is not None
    svc.followups.mark_interested(svc.actor, customer_id, gamis, [BACK_IN_STOCK])
    button = tab.extras.followups_button
    assert button.text() == "Follow-ups"
    draft = replace(svc.catalog.detail(gamis).draft, stock=6)
    changes = svc.catalog.update(svc.actor, gamis, draft)  # what the product editor's save calls
    tab.context.publish(changes)
    assert button.text() == "Follow-ups (1)" and "1 message to send" in button.toolTip()
    tab.context.publish(svc.catalog.update(svc.actor, gamis, draft))  # the same save again: nothing new
    assert len(svc.followups.notices()) == 1 and button.text() == "Follow-ups (1)"
    panel = FollowUpPanel(tab.context)
    assert panel.notices.count() == 1 and panel.notices.item(0).text().startswith("Back in stock: Budi Santoso")
    panel.notice_done.click()  # skipped: the count goes
    assert button.text() == "Follow-ups"


def test_a_due_reminder_shows_a_bell_on_its_conversation_until_done(tab: InboxTab, svc: Services, budi: int) -> None:
    other, _ = svc.customers.find_or_create(svc.actor, "0812-3333-4444", "Citra")
    quiet, _ = svc.inbox.conversation_for_customer(svc.actor, other.id)
    svc.inbox.record_incoming(quiet, "makasih kak")
    tab.after_write(None)  # the list reloads with Citra's conversation
    model = tab.model
    bells = {model.id_at(r): model.data(model.index(r), roles.REMINDERS_ROLE) for r in range(model.rowCount())}
    assert bells == {budi: 0, quiet: 0}

    _info, changes = svc.followups.remind(svc.actor, budi, "1h", now=utcnow() - timedelta(hours=2))
    tab.context.publish(changes)  # a reminder set elsewhere; the minute timer would find it too
    row = model.row_of(budi)
    assert row is not None and model.data(model.index(row), roles.REMINDERS_ROLE) == 1
    assert model.data(model.index(model.row_of(quiet) or 0), roles.REMINDERS_ROLE) == 0
    assert "1 reminder due" in model.data(model.index(row), 3)  # ToolTipRole
    assert tab.extras.followups_button.text() == "Follow-ups (1)"
    tab.list.viewport().grab()  # the delegate paints the bell from the role (no query in paint)

    panel = FollowUpPanel(tab.context)
    panel.reminder_done.click()
    assert model.data(model.index(row), roles.REMINDERS_ROLE) == 0
    assert tab.extras.followups_button.text() == "Follow-ups"


def test_start_up_catches_up_on_changes_no_hook_saw(
    qtbot: QtBot, ui_context: AppContext, svc: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reminders, "CATCH_UP_DELAY_MS", 0)  # 3 s in the app, after the first screen
    customer, _ = svc.customers.find_or_create(svc.actor, "0812-5555-6666", "Dewi")
    product = svc.catalog.create(svc.actor, ProductDraft("Hijab Voal", 60_000, stock=0)).id
    svc.followups.mark_interested(svc.actor, customer.id, product, [BACK_IN_STOCK])
    hookless = svc.catalog._products_changed  # type: ignore[attr-defined]
    svc.catalog._products_changed = None  # type: ignore[attr-defined]  # as an older version or the CLI of one
    svc.catalog.set_stock(svc.actor, [product], 3)
    svc.catalog._products_changed = hookless  # type: ignore[attr-defined]
    assert svc.followups.notices() == []
    inbox = InboxTab(ui_context)
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: inbox.extras.followups_button.text() == "Follow-ups (1)")
    assert [n.customer_name for n in svc.followups.notices()] == ["Dewi"]
