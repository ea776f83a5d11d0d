"""Inbox models: the paged conversation list and the thread's pages pass Qt's model tester and page lazily."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from merchant_desk.services.hub import Services
from merchant_desk.services.inbox_rows import InboxFilter
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.inbox import conversation_model as cm
from merchant_desk.ui.inbox import roles
from merchant_desk.ui.inbox.thread_model import ThreadModel, build_items

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def conversation(shop: Services, n: int, name: str | None = None) -> int:
    customer, _ = shop.customers.find_or_create(shop.actor, f"0812{n:08d}", name or f"Pelanggan {n}")
    cid, _ = shop.inbox.conversation_for_customer(shop.actor, customer.id)
    return cid


def test_conversation_model_passes_the_tester_and_fetches_pages_on_demand(
    ui_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cm, "REVEAL", 50)  # the view is given 50 rows at a time here (300 in the app)
    shop = ui_context.services
    assert shop is not None
    model = cm.ConversationModel(ui_context)
    QAbstractItemModelTester(model, FAIL)
    model.set_filter(InboxFilter())
    assert model.is_loaded and model.rowCount() == 0
    start = datetime(2026, 11, 1, 3, 0)
    ids = []
    for n in range(cm.PAGE + 20):
        cid = conversation(shop, n)
        shop.inbox.record_incoming(cid, f"halo kak {n}", sent_at=start + timedelta(minutes=n))
        ids.append(cid)
    model.reload()
    assert model.rowCount() == 50 and len(model.ids) == cm.PAGE + 20 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == cm.PAGE + 20 and not model.canFetchMore()
    assert model.ids[0] == ids[-1]  # newest activity first
    assert model.fetched_rows == cm.PAGE  # the ids and only the first page
    last = model.index(cm.PAGE + 10)
    assert last.data(roles.LOADING_ROLE) is True and last.data(roles.ROW_ROLE) is None
    settle()  # the page was asked for while "painting"; it arrives after the event loop runs
    assert last.data(roles.LOADING_ROLE) is False
    assert last.data(roles.ROW_ROLE).last_message_preview == "halo kak 9"
    assert model.fetched_rows == cm.PAGE + 20
    assert model.index(0).data(roles.TIME_TEXT_ROLE) in ("01/11", "01/11/26")  # an old day: date, not time
    assert model.row_of(ids[0]) == cm.PAGE + 19
    model.set_filter(InboxFilter(unread_only=True, text="Pelanggan 1"))
    assert 0 < model.rowCount() < cm.PAGE


def test_thread_model_passes_the_tester_across_prepends_and_appends(ui_context: AppContext, qtbot: QtBot) -> None:
    shop = ui_context.services
    assert shop is not None
    cid = conversation(shop, 1, "Budi")
    start = datetime(2026, 11, 20, 1, 0)  # 08.00 WIB
    for i in range(30):
        shop.inbox.record_incoming(cid, f"pesan {i}", sent_at=start + timedelta(hours=i * 4))
    model = ThreadModel()
    QAbstractItemModelTester(model, FAIL)
    zone, data_dir = ui_context.timezone, ui_context.paths.data_dir
    newest = shop.inbox.thread(cid, limit=10)
    model.reset(cid, build_items(newest.messages, zone, False, data_dir))
    days = [item for item in model.items if item.kind == "day"]
    assert model.items[0].kind == "day" and len(days) == 3  # 10 messages 4 h apart span three days
    older = shop.inbox.thread(cid, before=newest.older, limit=10)
    added = model.prepend(build_items(older.messages, zone, False, data_dir))
    bodies = [m.body for m in model.messages()]
    assert bodies == [f"pesan {i}" for i in range(10, 30)]
    assert added > 0 and len({i.key for i in model.items}) == len(model.items)
    day_rows = [i.day for i in model.items if i.kind == "day"]
    assert day_rows == sorted(set(day_rows))  # one separator per day, even where the pages meet
    assert model.items[1].clock == "00.00" and model.index(1).data(roles.KIND_ROLE) == "in"
    model.append(build_items(older.messages[:1], zone, False, data_dir, after_day=model.last_day()))
    assert model.row_of_message(older.messages[0].id) == 1
    model.reset(None, [])
    assert model.rowCount() == 0


def test_search_snippet_starts_at_a_word_near_the_match_and_marks_the_words() -> None:
    from merchant_desk.ui.inbox.search_results import snippet

    text, spans = snippet(
        "You", "Total jadi Rp179.000 ya kak (Rp152.000 + ongkir). Transfer ke BCA 123", ["transfer", "bca"]
    )
    assert text.startswith("You: …") and "Transfer ke BCA" in text
    assert [text[a : a + n].lower() for a, n in spans] == ["transfer", "bca"]
    assert snippet("", "halo kak", []) == ("halo kak", [])
