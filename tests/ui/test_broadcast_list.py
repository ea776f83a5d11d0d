"""The broadcasts table: one row per broadcast with its report, Enter opens the queue, an empty state, Close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from merchant_desk.services.broadcast_select import RecipientFilter
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.replies import broadcast_list
from merchant_desk.ui.replies.broadcast_list import (
    COL_CREATED,
    COL_EXCLUDED,
    COL_NAME,
    COL_SENT,
    COL_STATE,
    BroadcastList,
)


@pytest.fixture
def two_broadcasts(svc: Services) -> Services:
    """Budi and Siti agreed, Dewi did not; "Lebaran" went to one and skipped the other, "Promo" is a draft."""
    for phone, name, consent in (("0812-1111-2222", "Budi", True), ("0813-2222-3333", "Siti", True),
                                 ("0814-3333-4444", "Dewi", False)):  # fmt: skip
        customer, _ = svc.customers.find_or_create(svc.actor, phone, name)
        if consent:
            svc.customers.set_consent(svc.actor, customer.id, True, "asked in chat")
    done, _ = svc.broadcasts.create(svc.actor, "Lebaran", "Halo {nama}", RecipientFilter())
    svc.broadcasts.start(svc.actor, done.id)
    svc.broadcasts.mark_sent(svc.actor, svc.broadcasts.next_recipient(done.id).recipient_id)  # type: ignore[union-attr]
    svc.broadcasts.skip(svc.actor, svc.broadcasts.next_recipient(done.id).recipient_id)  # type: ignore[union-attr]
    svc.broadcasts.create(svc.actor, "Promo", "Halo {nama}", RecipientFilter())
    return svc


def test_table_rows_show_status_counts_and_shop_time(
    qtbot: QtBot, ui_context: AppContext, two_broadcasts: Services
) -> None:
    dialog = BroadcastList(ui_context)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model = dialog.model
    assert model.rowCount() == 2 and dialog.stack.currentWidget() is dialog.table
    rows = {model.index(r, COL_NAME).data(): r for r in range(2)}
    done, draft = rows["Lebaran"], rows["Promo"]
    assert model.index(done, COL_STATE).data() == "Finished" and model.index(draft, COL_STATE).data() == "Draft"
    assert model.index(done, COL_SENT).data() == "1 of 2" and "1 skipped" in model.index(done, COL_SENT).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.index(done, COL_EXCLUDED).data() == "1"  # Dewi: no consent
    assert model.index(done, COL_CREATED).data().endswith(" WIB")
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.headerData(COL_SENT, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == int(right)
    assert model.index(done, COL_SENT).data(Qt.ItemDataRole.TextAlignmentRole) == int(right)


def test_enter_opens_the_chosen_broadcast_and_nothing_else(
    qtbot: QtBot, ui_context: AppContext, two_broadcasts: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []
    wizards: list[object] = []
    monkeypatch.setattr(broadcast_list.BroadcastQueue, "exec", lambda self: opened.append(self.broadcast_id) or 0)
    monkeypatch.setattr(broadcast_list.BroadcastWizard, "exec", lambda self: wizards.append(self) or 0)
    dialog = BroadcastList(ui_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setCurrentIndex(dialog.model.index(1, COL_NAME))
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [dialog.model.rows[1][0].id]
    assert wizards == [] and dialog.isVisible()  # Enter pressed no default button
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_no_broadcasts_shows_the_empty_state(qtbot: QtBot, ui_context: AppContext) -> None:
    dialog = BroadcastList(ui_context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and dialog.stack.currentWidget() is dialog.empty
    assert "No broadcasts yet" in dialog.empty.text() and not dialog.open_button.isEnabled()
