"""The queue window's draft and finished states: the first recipient's message, and a truthful summary."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from merchant_desk.services.broadcast_select import RecipientFilter
from merchant_desk.services.broadcast_service import BroadcastReport
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.replies.broadcast_queue import BroadcastQueue


def people(svc: Services) -> None:
    for phone, name, consent in (("0812-1111-2222", "Budi", True), ("0813-2222-3333", "Siti", True),
                                 ("0814-3333-4444", "Dewi", False), ("0815-4444-5555", "Eko", False)):  # fmt: skip
        customer, _ = svc.customers.find_or_create(svc.actor, phone, name)
        if consent:
            svc.customers.set_consent(svc.actor, customer.id, True, "asked in chat")


def test_draft_shows_the_first_message_and_starts(qtbot: QtBot, ui_context: AppContext, svc: Services) -> None:
    people(svc)
    info, _ = svc.broadcasts.create(svc.actor, "Promo", "Halo kak *{nama}*", RecipientFilter())
    queue = BroadcastQueue(ui_context, info.id)
    qtbot.addWidget(queue)
    assert "Budi" in queue.recipient.text() and queue.message.document().toPlainText() == "Halo kak Budi"
    assert not queue.message.isHidden() and not queue.start_button.isHidden() and queue.start_button.isEnabled()
    assert queue.open_button.isHidden() and "2 customer" in queue.summary.text()
    queue.start_button.click()
    assert queue.info is not None and queue.info.state == "sending" and queue.item is not None
    assert queue.start_button.isHidden() and queue.open_button.isEnabled()


def test_finished_summary_counts_skipped_and_left_out(qtbot: QtBot, ui_context: AppContext, svc: Services) -> None:
    people(svc)
    info, _ = svc.broadcasts.create(svc.actor, "Promo", "Halo {nama}", RecipientFilter())
    svc.broadcasts.start(svc.actor, info.id)
    svc.broadcasts.mark_sent(svc.actor, svc.broadcasts.next_recipient(info.id).recipient_id)  # type: ignore[union-attr]
    svc.broadcasts.skip(svc.actor, svc.broadcasts.next_recipient(info.id).recipient_id)  # type: ignore[union-attr]
    queue = BroadcastQueue(ui_context, info.id)
    qtbot.addWidget(queue)
    summary = queue.summary.text()
    assert "Everyone has been messaged" not in summary and queue.recipient.text() == "Broadcast finished"
    assert summary.startswith("1 sent, 1 skipped; 2 left out because they have not agreed.")
    assert queue.message.isHidden() and queue.open_button.isHidden() and queue.pause_button.isHidden()
    assert queue.progress.text().startswith("Finished ") and queue.progress.text().endswith(" WIB")


def test_summary_names_every_kind_of_left_out(qtbot: QtBot, ui_context: AppContext, svc: Services) -> None:
    people(svc)
    info, _ = svc.broadcasts.create(svc.actor, "Promo", "Halo {nama}", RecipientFilter())
    queue = BroadcastQueue(ui_context, info.id)
    qtbot.addWidget(queue)
    text = queue.finished_summary(BroadcastReport(40, 14, 5, 0, 21, 3, 2))
    assert text == (
        "14 sent, 5 skipped; 21 left out because they have not agreed; 3 left out: no WhatsApp number.\n"
        "2 replied within 48 hours."
    )
    assert queue.finished_summary(BroadcastReport(3, 3, 0, 0, 0, 0, 0)).startswith("3 sent.")
