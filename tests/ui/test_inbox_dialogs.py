"""Inbox dialogs: importing a WhatsApp export end to end, managing labels, keyword rules and their re-run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from merchant_desk.core.changes import Changes
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox.import_chat_dialog import ImportChatDialog
from merchant_desk.ui.inbox.inbox_tab import InboxTab
from merchant_desk.ui.inbox.labels_dialog import LabelsDialog
from merchant_desk.ui.inbox.rules_dialog import RulesDialog

CHAT = (
    "22/11/26, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n"
    "22/11/26, 09:01 - +62 812-1111-2222: Kak, brp harganya batik ini?\n"
    "22/11/26, 09:02 - Toko Berkah: Rp 150.000 kak\nready semua ukuran\n"
    "22/11/26, 09:03 - +62 812-1111-2222: IMG-20261122-WA0001.jpg (file attached)\nyang ini ya\n"
    "22/11/26, 09:04 - +62 812-1111-2222: udh tf ya kak\n"
)


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def write(tmp_path: Path, text: str, name: str = "WhatsApp Chat with +62 812-1111-2222.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_chat_end_to_end_opens_the_new_conversation(
    qtbot: QtBot, ui_context: AppContext, tmp_path: Path
) -> None:
    tab = InboxTab(ui_context)
    qtbot.addWidget(tab)
    tab.show()
    published: list[Changes] = []
    ui_context.changed.connect(published.append)
    dialog = ImportChatDialog(ui_context, tab)
    qtbot.addWidget(dialog)
    dialog.imported.connect(tab._chat_imported)
    dialog.set_file(write(tmp_path, CHAT))
    preview = dialog.preview
    assert preview is not None and preview.format == "android" and dialog.import_button.isEnabled()
    assert "Android" in dialog.format_label.text() and "day/month/year" in dialog.format_label.text()
    assert dialog.me.currentData() == "Toko Berkah"  # guessed: the chat is named after the other one
    assert dialog.counts_label.text() == "5 messages · 1 attachment · 1 notice"
    assert dialog.last_label.text().startswith("22/11/2026 09.04 · +62 812-1111-2222: udh tf ya kak")
    dialog.order.setCurrentIndex(dialog.order.findData("mdy"))
    dialog.order.activated.emit(dialog.order.currentIndex())
    assert not dialog.error.isHidden() and "does not exist" in dialog.error.text()  # 22 cannot be a month
    dialog.order.setCurrentIndex(dialog.order.findData("auto"))
    dialog.order.activated.emit(dialog.order.currentIndex())
    assert dialog.error.isHidden() and dialog.import_button.isEnabled()
    steps: list[object] = []
    original = dialog._progress
    dialog._progress = lambda phase: (steps.append(phase), original(phase))  # type: ignore[method-assign]
    dialog.import_button.click()
    settle()
    assert steps == ["reading", "storing"]
    assert dialog.result is not None and dialog.result.messages_new == 5
    assert dialog.summary.text().startswith("5 new messages imported")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Close"
    assert any(c.inbox for c in published)
    assert tab.current is not None and tab.current.id == dialog.result.conversation_id
    assert tab.thread.model.messages()[-1].body == "udh tf ya kak"
    assert tab.model.row_of(dialog.result.conversation_id) is not None
    shop = ui_context.services
    assert shop is not None and shop.chat_import.remembered_me() == ["Toko Berkah"]
    again = ImportChatDialog(ui_context)
    qtbot.addWidget(again)
    again.set_file(write(tmp_path, CHAT))
    again.import_button.click()
    assert again.summary.text().startswith("Nothing new")


def test_import_refuses_a_file_that_is_not_an_export(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    dialog = ImportChatDialog(ui_context)
    qtbot.addWidget(dialog)
    dialog.set_file(write(tmp_path, "Daftar belanja\ngula 2 kg\n", "notes.txt"))
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert "not a WhatsApp chat export" in dialog.error.text() and "line 1" in dialog.error.text()
    assert "Daftar belanja" in dialog.error.text()


def test_import_can_be_cancelled_before_saving(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    dialog = ImportChatDialog(ui_context)
    qtbot.addWidget(dialog)
    dialog.set_file(write(tmp_path, CHAT))
    dialog._progress = lambda phase: dialog.cancel() if phase == "reading" else None  # type: ignore[method-assign]
    dialog.import_button.click()
    settle()
    assert dialog.result is None and dialog.import_button.isEnabled()
    assert "cancelled" in dialog.error.text()
    shop = ui_context.services
    assert shop is not None and shop.inbox.conversation_ids() == []


def test_labels_dialog_adds_renames_recolours_reorders_and_deletes(
    qtbot: QtBot, ui_context: AppContext, messages: list[tuple[str, str]]
) -> None:
    shop = ui_context.services
    assert shop is not None
    dialog = LabelsDialog(ui_context)
    qtbot.addWidget(dialog)
    before = dialog.list.count()
    assert before == len(shop.labels.labels()) and "Keluhan" in [l.name for l in dialog.labels]  # noqa: E741
    dialog.add("VIP")
    assert dialog.list.count() == before + 1 and dialog.list.currentItem().text() == "VIP"
    dialog.rename("Pelanggan VIP")
    dialog.recolour("#aa3355")
    vip = next(label for label in shop.labels.labels() if label.name == "Pelanggan VIP")
    assert vip.color == "#AA3355" and dialog.list.currentItem().text() == "Pelanggan VIP"
    dialog.move(-1)
    assert [label.name for label in shop.labels.labels()][-2] == "Pelanggan VIP"
    dialog.add("keluhan")  # taken, whatever the case
    assert messages[-1] == ("warning", "There is already a label with this name.")
    dialog.list.setCurrentRow([label.name for label in dialog.labels].index("Pelanggan VIP"))
    dialog.delete()
    assert "Pelanggan VIP" not in [label.name for label in shop.labels.labels()]
    assert dialog.list.count() == before


def test_rules_dialog_lists_counts_adds_and_reruns_over_history(qtbot: QtBot, ui_context: AppContext) -> None:
    shop = ui_context.services
    assert shop is not None
    customer, _ = shop.customers.find_or_create(shop.actor, "0812-1111-2222", "Budi")
    cid, _ = shop.inbox.conversation_for_customer(shop.actor, customer.id)
    for text in ("brp harganya?", "mau tukar ukuran kak", "ok"):
        shop.inbox.record_incoming(cid, text)
    dialog = RulesDialog(ui_context)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(shop.labels.rules()) > 0
    vip = shop.labels.add_label(shop.actor, "Tukar barang")[0]
    dialog.reload()
    dialog.edit(new=True, values={"name": "Tukar", "words": ["tukar", "retur"], "label_id": vip.id,
                                  "set_status": "pending", "assign_staff_id": None, "active": True})  # fmt: skip
    row = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index("Tukar")
    assert dialog.table.item(row, 1).text() == "tukar, retur"
    assert "Tukar barang" in dialog.table.item(row, 2).text() and "Pending" in dialog.table.item(row, 2).text()
    assert dialog.table.item(row, 3).text() == "0"
    steps: list[tuple[int, int]] = []
    original = dialog._history_step
    dialog._history_step = lambda step: (steps.append(step), original(step))  # type: ignore[method-assign]
    dialog.run_history()
    settle()
    assert steps[-1] == (3, 3) and dialog.status.text().startswith("Done")
    assert dialog.table.item(row, 3).text() == "1"
    assert vip.id in shop.inbox.conversation(cid).label_ids
    assert shop.inbox.conversation(cid).status == "open"  # history does not change statuses
