"""Acting on a conversation in the Inbox tab: replying through WhatsApp (or copying), resolving, and the
customer panel's labels, notes, consent, status and assignee. The list and thread are in test_inbox_tab."""

from __future__ import annotations

from typing import Any

import pytest
from inbox_setup import label_id, make_chats, open_chat, settle, show_tab
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox import roles
from merchant_desk.ui.inbox.inbox_tab import InboxTab


@pytest.fixture
def chats(ui_context: AppContext) -> dict[str, int]:
    return make_chats(ui_context)


@pytest.fixture
def tab(qtbot: QtBot, ui_context: AppContext, chats: dict[str, int]) -> InboxTab:
    return show_tab(qtbot, ui_context)


def test_labelling_from_the_customer_panel(tab: InboxTab, chats: dict[str, int]) -> None:
    open_chat(tab, chats["siti"])
    paid = label_id(tab, "Sudah dibayar")
    action = next(a for a in tab.panel.label_menu.actions() if a.data() == paid)
    action.trigger()
    settle()
    shop = tab.context.services
    assert shop is not None
    assert paid in shop.inbox.conversation(chats["siti"]).label_ids
    assert "Sudah dibayar" in [name for name, _c in tab.panel.chips.chips]
    row = tab.model.row_of(chats["siti"])
    assert row is not None and "Sudah dibayar" in [n for n, _c in tab.model.index(row).data(roles.CHIPS_ROLE)]
    action = next(a for a in tab.panel.label_menu.actions() if a.data() == paid)
    assert action.isChecked()
    action.trigger()
    settle()
    assert paid not in shop.inbox.conversation(chats["siti"]).label_ids


def test_alt_e_resolves_and_a_new_message_reopens(
    qtbot: QtBot, tab: InboxTab, ui_context: AppContext, chats: dict[str, int]
) -> None:
    open_chat(tab, chats["budi"])
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    settle()
    shop = ui_context.services
    assert shop is not None
    assert shop.inbox.conversation(chats["budi"]).status == "resolved"
    assert tab.resolve_button.text() == "Reopen" and "Resolved" in tab.subtitle.text()
    row = tab.model.row_of(chats["budi"])
    assert row is not None and tab.model.index(row).data(roles.ROW_ROLE).status == "resolved"
    # A customer writes again (another part of the app receives it): the list shows it open and unread.
    _message, changes = shop.inbox.record_incoming(chats["budi"], "kak, masih rusak nih")
    ui_context.publish(changes)
    settle()
    row = tab.model.row_of(chats["budi"])
    assert row is not None
    conv = tab.model.index(row).data(roles.ROW_ROLE)
    assert conv.status == "open" and conv.last_message_preview == "kak, masih rusak nih"
    assert tab.thread.model.messages()[-1].body == "kak, masih rusak nih"


def test_ctrl_enter_opens_whatsapp_and_records_the_reply(
    qtbot: QtBot, tab: InboxTab, ui_context: AppContext, chats: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(bytes(url.toEncoded().data()).decode())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    tab.settings.setValue("inbox/whatsapp_link", "wa_me")
    open_chat(tab, chats["siti"])
    tab.composer.edit.setFocus()
    qtbot.keyClicks(tab.composer.edit, "Harganya Rp150.000 kak & ready")
    qtbot.keyClick(tab.composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert opened == ["https://wa.me/6281322223333?text=Harganya%20Rp150.000%20kak%20%26%20ready"]
    last = tab.thread.model.messages()[-1]
    assert (last.direction, last.body, last.staff_id) == (
        "out",
        "Harganya Rp150.000 kak & ready",
        ui_context.services.actor.id,
    )  # type: ignore[union-attr]
    item = tab.thread.model.items[-1]
    assert item.author == ui_context.staff_name and item.ticks == ("✓✓", False)
    assert tab.composer.text() == ""
    assert tab.model.index(tab.model.row_of(chats["siti"]) or 0).data(roles.ROW_ROLE).last_message_preview == (
        "Harganya Rp150.000 kak & ready"
    )
    tab.settings.setValue("inbox/whatsapp_link", "desktop")
    tab.composer.insert_text("Terima kasih")
    tab.composer.send_button.click()
    settle()
    assert opened[-1] == "whatsapp://send?phone=6281322223333&text=Terima%20kasih"


def test_copy_fallback_and_when_whatsapp_cannot_be_opened(
    tab: InboxTab, chats: dict[str, int], monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]]
) -> None:
    open_chat(tab, chats["budi"])
    edited: list[str] = []
    tab.composer.text_edited.connect(edited.append)
    tab.composer.insert_text("Mohon maaf kak")
    assert edited[-1] == "Mohon maaf kak"
    tab.composer.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Mohon maaf kak"
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    QGuiApplication.clipboard().clear()
    before = len(tab.thread.model.messages())
    tab.composer.send_button.click()
    settle()
    assert messages and "could not be opened" in messages[-1][1]
    assert QGuiApplication.clipboard().text() == "Mohon maaf kak"
    assert len(tab.thread.model.messages()) == before  # nothing recorded as sent


def test_group_chats_cannot_be_sent_to_and_say_why(tab: InboxTab, ui_context: AppContext, tmp_path: Any) -> None:
    shop = ui_context.services
    assert shop is not None
    export = tmp_path / "WhatsApp Chat with Grup Reseller.txt"
    export.write_text(
        '12/11/26, 09:00 - Ani created group "Grup Reseller"\n'
        "12/11/26, 09:01 - Ani: stok ready kak?\n12/11/26, 09:02 - Budi: saya juga mau\n"
        "12/11/26, 09:03 - Toko Berkah: ready semua\n",
        encoding="utf-8",
    )
    result = shop.chat_import.apply(shop.actor, export, me="Toko Berkah")
    tab.refresh()
    open_chat(tab, result.conversation_id)
    assert not tab.composer.send_button.isEnabled()
    assert "Group chats" in tab.composer.send_button.toolTip() and tab.composer.reason.isVisible()
    authors = [item.author for item in tab.thread.model.items if item.kind == "in"]
    assert authors == ["Ani", "Budi"]  # group chats name who wrote each message
    assert tab.panel.phone.text() == "Group chat" and not tab.panel.notes.isVisible()


def test_notes_save_on_focus_out_and_consent_records_who(tab: InboxTab, chats: dict[str, int]) -> None:
    open_chat(tab, chats["budi"])
    panel, shop = tab.panel, tab.context.services
    assert shop is not None
    panel.notes.setFocus()
    panel.notes.setPlainText("Ukuran L, kirim ke Bandung")
    tab.composer.edit.setFocus()
    QApplication.processEvents()
    panel._save_notes()  # offscreen focus changes are not always delivered: the handler itself is the contract
    settle()
    customer = shop.customers.find_by_phone("0812-1111-2222")
    assert customer is not None and customer.notes == "Ukuran L, kirim ke Bandung"
    panel.consent.click()
    settle()
    customer = shop.customers.find_by_phone("0812-1111-2222")
    assert customer is not None and customer.consent and customer.consent_at is not None
    assert customer.consent_source == f"set manually by {tab.context.staff_name}"
    assert customer.consent_source in panel.consent_detail.text()


def test_status_and_assignee_from_the_panel(tab: InboxTab, chats: dict[str, int]) -> None:
    open_chat(tab, chats["siti"])
    panel, shop = tab.panel, tab.context.services
    assert shop is not None
    panel.status.setCurrentIndex(panel.status.findData("pending"))
    panel.status.activated.emit(panel.status.currentIndex())
    panel.assignee.setCurrentIndex(panel.assignee.findData(shop.actor.id))
    panel.assignee.activated.emit(panel.assignee.currentIndex())
    settle()
    conv = shop.inbox.conversation(chats["siti"])
    assert (conv.status, conv.assigned_staff_id) == ("pending", shop.actor.id)
    bar = tab.filters
    assert bar.assignee.itemText(bar.assignee.findData(shop.actor.id)).endswith("(1)")
