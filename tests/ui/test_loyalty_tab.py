"""The Loyalty tab: ranking (model tester), the customer card and ledger, adjust, redeem, rewards, settings."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from merchant_desk.core.loyalty import RewardDraft
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.loyalty import ranking_model
from merchant_desk.ui.loyalty.loyalty_tab import LoyaltyTab
from merchant_desk.ui.loyalty.points_dialogs import AdjustDialog, RedeemDialog
from merchant_desk.ui.loyalty.program_dialogs import ProgramDialog, RewardDialog
from merchant_desk.ui.loyalty.ranking_model import COL_BALANCE, COL_NAME, COL_TIER, RankingModel


def shop_of(context: AppContext) -> Services:
    assert context.services is not None
    return context.services


def customers_with_points(shop: Services) -> dict[str, int]:
    ids = {}
    for n, (name, points) in enumerate((("Ani", 40), ("Budi", 350), ("Citra", 120))):
        cid = shop.customers.find_or_create(shop.actor, f"0812-3333-000{n}", name)[0].id
        shop.loyalty.adjust(shop.actor, cid, points, "Kartu lama")
        ids[name] = cid
    return ids


@pytest.fixture
def tab(qtbot: QtBot, ui_context: AppContext) -> LoyaltyTab:
    customers_with_points(shop_of(ui_context))
    shop = shop_of(ui_context)
    shop.loyalty.save_reward(shop.actor, RewardDraft("Diskon 10rb", "fixed", 100, value=10_000))
    widget = LoyaltyTab(ui_context)
    qtbot.addWidget(widget)
    return widget


def test_ranking_pages_and_passes_the_tester(ui_context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    customers_with_points(shop_of(ui_context))
    monkeypatch.setattr(ranking_model, "PAGE", 2)
    model = RankingModel(ui_context)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload()
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert [model.index(r, COL_NAME).data() for r in range(3)] == ["Budi", "Citra", "Ani"]
    assert model.index(0, COL_BALANCE).data() == "350" and model.index(0, COL_TIER).data() == "Bronze"


def test_liability_rewards_and_card(tab: LoyaltyTab) -> None:
    assert tab.liability.text() == "Rp51.000"  # 510 points at Rp100 each (Rp10.000 for 100 points)
    assert tab.liability_detail.text() == (
        "510 points not redeemed yet, valued by the reward “Diskon 10rb” (Rp10.000 = 100 points)"
    )
    assert tab.rewards.rowCount() == 1 and tab.rewards.item(0, 0).text() == "Diskon 10rb"
    tab.select_row(0)
    assert tab.card.name.text() == "Budi" and tab.card.balance.text() == "350 points"
    assert tab.card.ledger.rowCount() == 1 and tab.card.ledger.item(0, 3).text() == "Kartu lama"


def test_adjust_requires_a_reason(tab: LoyaltyTab) -> None:
    tab.select_row(0)
    dialog = tab.card.adjust()
    assert isinstance(dialog, AdjustDialog)
    dialog.points.setValue(-50)
    dialog.submit()
    assert dialog.error.text() and dialog.isVisible()
    dialog.reason.setText("Salah input")
    dialog.submit()
    assert shop_of(tab.context).loyalty.balance(tab.card.customer_id or 0) == 300
    assert tab.card.balance.text() == "300 points"  # the card reloaded when the dialog closed


def test_redeem_shows_a_code_that_applies_once(tab: LoyaltyTab, messages: list[tuple[str, str]]) -> None:
    tab.select_row(0)
    dialog = tab.card.redeem()
    assert isinstance(dialog, RedeemDialog) and dialog.reward.count() == 1
    dialog.submit()
    assert len(dialog.code) == 9 and dialog.code_label.text() == dialog.code
    dialog.copy.click()
    assert QGuiApplication.clipboard().text() == dialog.code
    assert shop_of(tab.context).loyalty.balance(tab.card.customer_id or 0) == 250


def test_send_balance_copies_without_whatsapp(tab: LoyaltyTab, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or False)
    tab.select_row(0)
    sent: list[str] = []
    tab.card.message_ready.connect(sent.append)
    tab.card.send_balance()
    assert opened and opened[0].startswith("https://wa.me/62812")
    assert "350" in sent[0] and QGuiApplication.clipboard().text() == sent[0]


def test_reward_and_program_dialogs_save(tab: LoyaltyTab) -> None:
    dialog = tab.edit_reward(None)
    assert isinstance(dialog, RewardDialog)
    dialog.name.setText("Diskon 15%")
    dialog.kind.setCurrentIndex(dialog.kind.findData("percent"))
    dialog.percent.setValue(15)
    dialog.cap.setValue(25_000)
    dialog.cost.setValue(200)
    dialog.save()
    assert tab.rewards.rowCount() == 2
    shop = shop_of(tab.context)
    program = ProgramDialog(tab.context, shop.loyalty.settings())
    program.per_point.setValue(5_000)
    program.expiry.setValue(0)  # never
    program.save()
    saved = shop.loyalty.settings()
    assert saved.rupiah_per_point == 5_000 and saved.expiry_months is None and len(saved.tiers) == 3
