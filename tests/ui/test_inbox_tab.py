"""The Inbox tab through its widgets: filters with counts, search, labelling, resolving, replies, paging, keys."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from merchant_desk.core.changes import Changes
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox import roles
from merchant_desk.ui.inbox.inbox_tab import InboxTab
from merchant_desk.ui.inbox.thread_view import FIRST_PAGE, PAGE
from merchant_desk.ui.main_window import TAB_CLASSES
from merchant_desk.ui.overview_tab import OverviewTab

START = datetime(2026, 11, 10, 2, 0)


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def conversation(shop: Services, phone: str, name: str) -> int:
    customer, _ = shop.customers.find_or_create(shop.actor, phone, name)
    cid, _ = shop.inbox.conversation_for_customer(shop.actor, customer.id)
    return cid


@pytest.fixture
def chats(ui_context: AppContext) -> dict[str, int]:
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


@pytest.fixture
def tab(qtbot: QtBot, ui_context: AppContext, chats: dict[str, int]) -> InboxTab:
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


def test_registered_right_after_overview() -> None:
    assert TAB_CLASSES[:2] == [OverviewTab, InboxTab]


def test_list_shows_newest_first_with_chips_and_unread(tab: InboxTab, chats: dict[str, int]) -> None:
    assert titles(tab) == ["Budi Santoso", "Siti Aminah", "Dewi Lestari"]
    first = tab.model.index(0)
    assert first.data(roles.ROW_ROLE).unread_count == 1
    assert ("Keluhan", tab.model.labels[label_id(tab, "Keluhan")][1]) in first.data(roles.CHIPS_ROLE)
    assert first.data(roles.TIME_TEXT_ROLE) == "10/11"
    assert tab.count_label.text() == "3 conversations"


def test_filters_by_label_status_and_unread_with_counts(tab: InboxTab, chats: dict[str, int]) -> None:
    bar = tab.filters
    complaints = label_id(tab, "Keluhan")
    assert bar.label.itemText(bar.label.findData(complaints)) == "Keluhan (1)"
    assert bar.status.itemText(bar.status.findData("resolved")) == "Resolved (1)"
    assert bar.status.itemText(bar.status.findData("open")) == "Open (2)"
    assert bar.unread.text() == "Unread (1)"
    bar.select(bar.label, complaints)
    assert titles(tab) == ["Budi Santoso"]
    bar.select(bar.label, None)
    bar.select(bar.status, "resolved")
    assert titles(tab) == ["Dewi Lestari"]
    assert bar.label.itemText(bar.label.findData(complaints)) == "Keluhan (0)"  # counts follow the other filters
    bar.select(bar.status, None)
    bar.unread.setChecked(True)
    assert titles(tab) == ["Budi Santoso"]
    bar.unread.setChecked(False)
    bar.select(bar.assignee, -1)  # unassigned
    assert len(titles(tab)) == 3


def test_opening_a_conversation_marks_it_read(tab: InboxTab, ui_context: AppContext, chats: dict[str, int]) -> None:
    published: list[Changes] = []
    ui_context.changed.connect(published.append)
    tab.list.setCurrentIndex(tab.model.index(0))
    settle()
    assert tab.current is not None and tab.current.id == chats["budi"]
    assert tab.thread.model.messages()[-1].body == "barangnya rusak, mau komplain"
    assert ui_context.services.inbox.conversation(chats["budi"]).unread_count == 0  # type: ignore[union-attr]
    assert tab.model.index(0).data(roles.ROW_ROLE).unread_count == 0
    assert any(c.inbox and c.initiator is tab for c in published)
    assert tab.panel.name.text() == "Budi Santoso" and tab.panel.phone.text() == "+62 812-1111-2222"


def test_search_finds_a_message_and_opens_its_conversation_at_it(tab: InboxTab, chats: dict[str, int]) -> None:
    shop = tab.context.services
    assert shop is not None
    for i in range(PAGE + 40):  # the hit is far from the newest page
        body = "kemeja batik ukuran XL ada?" if i == 5 else f"pesan lain {i}"
        shop.inbox.record_incoming(chats["siti"], body, sent_at=START + timedelta(days=1, minutes=i))
    tab.focus_search()
    assert tab.filters.search.hasFocus()
    tab.filters.search.setText("batik uk")
    tab.filters.flush()
    assert tab.left_stack.currentWidget() is tab.results and tab.results.count() == 1
    hit = tab.results.hits[0]
    assert hit.conversation_id == chats["siti"] and "batik" in hit.body
    tab.open_hit(tab.results.item(0))
    settle()
    assert tab.current is not None and tab.current.id == chats["siti"]
    row = tab.thread.model.row_of_message(hit.message_id)
    assert row is not None and tab.thread.has_newer  # the page around the hit, not the newest one
    assert tab.thread.view.bubbles.highlight == ("m", hit.message_id)
    rect = tab.thread.view.visualRect(tab.thread.model.index(row))
    assert tab.thread.view.viewport().rect().intersects(rect)
    tab.filters.search.clear()
    tab.filters.flush()
    assert tab.left_stack.currentWidget() is tab.list


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


def test_scrolling_to_the_top_loads_older_pages(tab: InboxTab, ui_context: AppContext, chats: dict[str, int]) -> None:
    shop = ui_context.services
    assert shop is not None
    for i in range(PAGE + 60):
        shop.inbox.record_incoming(chats["dewi"], f"pesan {i}", sent_at=START + timedelta(days=2, minutes=i))
    open_chat(tab, chats["dewi"])
    view = tab.thread.view
    assert len(tab.thread.model.messages()) == FIRST_PAGE and tab.thread.has_older
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum()  # a chat opens at its newest message
    top_id = tab.thread.model.messages()[0].id
    bar.setValue(0)
    settle()
    assert len(tab.thread.model.messages()) == FIRST_PAGE + PAGE and tab.thread.pages_loaded == 2
    row = tab.thread.model.row_of_message(top_id)
    assert row is not None and bar.value() > 0  # the message that was at the top stays in view
    assert view.viewport().rect().intersects(view.visualRect(tab.thread.model.index(row)))
    bar.setValue(0)
    settle()
    assert len(tab.thread.model.messages()) == PAGE + 61 and not tab.thread.has_older
    assert tab.thread.model.messages()[0].body == "terima kasih kak"


def test_alt_j_and_alt_k_move_between_conversations(qtbot: QtBot, tab: InboxTab, chats: dict[str, int]) -> None:
    box = tab.filters.search  # any widget of the tab: the shortcuts work wherever the focus is inside it
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    settle()
    assert tab.current is not None and tab.current.id == chats["budi"]
    qtbot.keyClick(box, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(box, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    settle()
    assert tab.current.id == chats["dewi"]
    qtbot.keyClick(box, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    settle()
    assert tab.current.id == chats["siti"]
    assert tab.list.currentIndex().row() == 1
    tab.composer.edit.setFocus()
    qtbot.keyClick(tab.composer.edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filters.search.hasFocus()


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


def test_async_runner_opens_and_pages_a_conversation(
    qtbot: QtBot, ui_context: AppContext, chats: dict[str, int]
) -> None:
    from merchant_desk.ui.tasks import TaskRunner

    shop = ui_context.services
    assert shop is not None
    for i in range(PAGE + 5):
        shop.inbox.record_incoming(chats["budi"], f"async {i}", sent_at=START + timedelta(days=3, minutes=i))
    ui_context.runner = TaskRunner()
    widget = InboxTab(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.is_loaded and widget.model.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: widget.filters.unread.text() == "Unread (1)", timeout=5000)
    widget.list.setCurrentIndex(widget.model.index(0))
    qtbot.waitUntil(lambda: widget.thread.model.rowCount() > 0, timeout=5000)
    assert widget.thread.model.messages()[-1].body == f"async {PAGE + 4}"
    widget.thread.view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: len(widget.thread.model.messages()) == PAGE + 6, timeout=5000)
    qtbot.waitUntil(lambda: shop.inbox.conversation(chats["budi"]).unread_count == 0, timeout=5000)
    ui_context.runner.wait()


def test_a_stored_image_is_shown_as_a_thumbnail_decoded_in_the_background(
    qtbot: QtBot, tab: InboxTab, ui_context: AppContext, tmp_path: Any
) -> None:
    import zipfile

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#128C7E"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    chat = (
        "12/11/26, 09:01 - +62 815-5555-6666: IMG-20261112-WA0001.png (file attached)\nbukti transfer\n"
        "12/11/26, 09:02 - Toko Berkah: terima kasih kak\n"
    )
    archive = tmp_path / "WhatsApp Chat with +62 815-5555-6666.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("WhatsApp Chat with +62 815-5555-6666.txt", chat)
        z.writestr("IMG-20261112-WA0001.png", bytes(data.data()))
    shop = ui_context.services
    assert shop is not None
    result = shop.chat_import.apply(shop.actor, archive, me="Toko Berkah")
    tab.refresh()
    open_chat(tab, result.conversation_id)
    item = next(i for i in tab.thread.model.items if i.image)
    assert item.text == "bukti transfer" and item.attachments == ("Photo · IMG-20261112-WA0001.png",)
    tab.thread.view.viewport().repaint()  # painting asks for the thumbnail; it is decoded by a task
    settle()
    assert tab.thread.images.decoded == 1
    pixmap = tab.thread.images.pixmap(item.image)
    assert pixmap is not None and (pixmap.width(), pixmap.height()) == (64, 48)


def test_drafts_stay_with_their_conversation_and_the_splitter_is_remembered(
    qtbot: QtBot, tab: InboxTab, ui_context: AppContext, chats: dict[str, int]
) -> None:
    open_chat(tab, chats["budi"])
    tab.composer.insert_text("Maaf kak Budi, kami ganti barangnya")
    open_chat(tab, chats["siti"])
    assert tab.composer.text() == ""  # never Budi's reply in Siti's chat
    tab.composer.insert_text("Harga Rp150.000")
    open_chat(tab, chats["budi"])
    assert tab.composer.text() == "Maaf kak Budi, kami ganti barangnya"
    open_chat(tab, chats["siti"])
    assert tab.composer.text() == "Harga Rp150.000"
    tab.splitter.setSizes([300, 700, 260])
    tab.splitter.splitterMoved.emit(300, 1)
    again = InboxTab(ui_context)
    qtbot.addWidget(again)
    assert again.splitter.saveState() == tab.splitter.saveState()
