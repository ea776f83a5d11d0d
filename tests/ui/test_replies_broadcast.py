"""The broadcast dialog and its guided queue: consent respected and counted, the wa.me link opened, the queue
surviving a closed window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.replies.broadcast_list import BroadcastList
from merchant_desk.ui.replies.broadcast_queue import BroadcastQueue
from merchant_desk.ui.replies.broadcast_wizard import BroadcastWizard


@pytest.fixture
def customers(ui_context: AppContext) -> Services:
    svc = ui_context.services
    assert svc is not None
    for phone, name, consent in (("0812-1111-2222", "Budi", True), ("0813-2222-3333", "Siti", True),
                                 ("0814-3333-4444", "Dewi", False)):  # fmt: skip
        customer, _ = svc.customers.find_or_create(svc.actor, phone, name)
        if consent:
            svc.customers.set_consent(svc.actor, customer.id, True, "asked in chat")
    return svc


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    return urls


def test_wizard_excludes_customers_without_consent_and_previews(
    qtbot: QtBot, ui_context: AppContext, customers: Services
) -> None:
    wizard = BroadcastWizard(ui_context)
    qtbot.addWidget(wizard)
    wizard.name.setText("Promo")
    wizard.text.setPlainText("Halo kak *{nama}*, ada promo!")
    wizard.update_preview()
    counts = wizard.counts.text()
    assert "2 recipient" in counts and "1 left out: no consent" in counts
    shown = wizard.samples.document().toPlainText()
    assert "Halo kak Budi, ada promo!" in shown and "Dewi" not in shown
    wizard.text.setPlainText("Halo {nma}")
    wizard.update_preview()
    assert "{nma}" in wizard.error.text()


def test_queue_opens_the_right_link_and_survives_reopening(
    qtbot: QtBot, ui_context: AppContext, customers: Services, opened: list[str]
) -> None:
    wizard = BroadcastWizard(ui_context)
    qtbot.addWidget(wizard)
    wizard.name.setText("Promo")
    wizard.text.setPlainText("Halo kak {nama}")
    wizard.start_button.click()
    assert wizard.created is not None
    queue = BroadcastQueue(ui_context, wizard.created.id)
    qtbot.addWidget(queue)
    first = queue.item
    assert first is not None
    queue.open_button.click()
    assert opened == [first.link] and opened[0].startswith("https://wa.me/62")
    assert opened[0].endswith(f"?text=Halo%20kak%20{first.customer_name}")
    queue.pause_button.click()
    assert queue.info is not None and queue.info.state == "paused"
    queue.close()
    again = BroadcastQueue(ui_context, wizard.created.id)  # as after a restart: everything from the database
    qtbot.addWidget(again)
    assert again.report["sent"].text() == "1" and again.report["no_consent"].text() == "1"
    again.pause_button.click()  # resume
    assert again.item is not None and again.item.customer_name != first.customer_name
    again.skip_button.click()
    assert again.info is not None and again.info.state == "done" and not again.open_button.isEnabled()


def test_list_shows_earlier_broadcasts(qtbot: QtBot, ui_context: AppContext, customers: Services) -> None:
    svc = customers
    from merchant_desk.services.broadcast_select import RecipientFilter

    svc.broadcasts.create(svc.actor, "Lebaran", "Halo {nama}", RecipientFilter())
    dialog = BroadcastList(ui_context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 0).data() == "Lebaran"
