"""Settings → Customer data: find a customer, export everything about them, erase it only when confirmed."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from merchant_desk.db.models import Message
from merchant_desk.services.inbox_actions import InboxActions
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.settings.customer_data_page import CustomerDataPage

NAME, TEXT = "Ratna Kusumawati", "kirim ke Jalan Mawar Sembilan ya kak"


def _page(qtbot: QtBot, ui_context: AppContext) -> tuple[CustomerDataPage, int]:
    services = ui_context.services
    assert services is not None
    cid = services.customers.find_or_create(services.actor, "0813-9876-5432", NAME)[0].id
    services.customers.find_or_create(services.actor, "0812-1111-2222", "Budi Santoso")
    actions = InboxActions(services.db)
    conv, _ = actions.conversation_for_customer(services.actor, cid)
    actions.record_incoming(conv, TEXT)
    page = CustomerDataPage(ui_context)
    qtbot.addWidget(page)
    page.search.setText("ratna")
    page.refresh()  # the debounce timer would do it 200 ms later
    assert [c.name for c in page.customers] == [NAME]
    assert not page.export_button.isEnabled()
    page.table.selectRow(0)
    assert page.export_button.isEnabled() and page.erase_button.isEnabled()
    return page, cid


def test_export_writes_the_customers_zip(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    page, _cid = _page(qtbot, ui_context)
    page.export(tmp_path / "ratna.zip")
    with zipfile.ZipFile(tmp_path / "ratna.zip") as archive:
        data = json.loads(archive.read("customer.json"))
    assert data["profile"]["name"] == NAME
    assert TEXT in [m["body"] for c in data["conversations"] for m in c["messages"]]
    assert "ratna.zip" in page.status.text()


def test_erase_needs_the_name_typed_back(qtbot: QtBot, ui_context: AppContext) -> None:
    services = ui_context.services
    assert services is not None
    page, cid = _page(qtbot, ui_context)
    with qtbot.waitSignal(ui_context.changed, raising=False, timeout=200) as published:
        page.erase("Budi Santoso")
    assert not published.signal_triggered
    assert services.customers.get(cid).name == NAME
    assert "did not match" in page.status.text()

    page.erase("ratna kusumawati")  # case does not matter
    erased = services.customers.get(cid)
    assert erased.name != NAME and erased.phone is None and erased.deleted_at is not None
    with services.db.read() as session:
        assert TEXT not in [m.body for m in session.query(Message).all()]
    assert page.customers == []  # gone from the live list, so it cannot be erased twice by mistake
    assert "1 messages cleared" in page.status.text()
    assert services.audit.recent(action="customer_erased")


def test_a_customer_in_the_trash_can_be_restored(qtbot: QtBot, ui_context: AppContext) -> None:
    services = ui_context.services
    assert services is not None
    page, cid = _page(qtbot, ui_context)
    assert page.restore_button.isHidden()  # live customers have nothing to restore
    services.customers.trash(services.actor, cid)
    page.trashed.setChecked(True)  # refreshes
    assert [c.name for c in page.customers] == [NAME] and not page.restore_button.isHidden()
    page.table.selectRow(0)
    with qtbot.waitSignal(ui_context.changed, timeout=1000):
        page.restore()
    assert services.customers.get(cid).deleted_at is None
    assert page.customers == [] and page.status.text() == f"{NAME} is back."
