"""The Inbox tab tests' shared set-up (test_inbox_tab, test_inbox_actions): three conversations made through
the services, the tab shown at a laptop's size, and small helpers. Not a conftest: the tests also need START."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.inbox_tab import InboxTab

START = datetime(2026, 11, 10, 2, 0)


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def conversation(shop: Services, phone: str, name: str) -> int:
    customer, _ = shop.customers.find_or_create(shop.actor, phone, name)
    cid, _ = shop.inbox.conversation_for_customer(shop.actor, customer.id)
    return cid


def make_chats(ui_context: AppContext) -> dict[str, int]:
    """Budi (complaint, unread), Siti (price question, read), Dewi (resolved), all through the services."""
    shop = ui_context.services
    assert shop is not None
    ids = {
        "budi": conversation(shop, "0812-1111-2222", "Budi Santoso"),
        "siti": conversation(shop, "0813-2222-3333", "Siti Aminah"),
        "dewi": conversation(shop, "0814-3333-4444", "Dewi Lestari"),
    }
    shop.inbox.record_incoming(ids["dewi"], "terima kasih kak", sent_at=START)
    shop.inbox.record_incoming(ids["siti"], "brp harganya kak?", sent_at=START + timedelta(hours=1))
    shop.inbox.record_incoming(ids["budi"], "barangnya rusak, mau komplain", sent_at=START + timedelta(hours=2))
    shop.inbox.mark_read(ids["siti"])
    shop.inbox.set_status(shop.actor, ids["dewi"], "resolved")
    return ids


def show_tab(qtbot: QtBot, ui_context: AppContext) -> InboxTab:
    widget = InboxTab(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    settle()
    return widget


def titles(tab: InboxTab) -> list[str]:
    settle()
    return [tab.model.index(r).data() for r in range(tab.model.rowCount())]


def label_id(tab: InboxTab, name: str) -> int:
    return next(label.id for label in tab.labels if label.name == name)


def open_chat(tab: InboxTab, cid: int) -> None:
    tab.open_conversation(cid)
    settle()
