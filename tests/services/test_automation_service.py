"""Automation settings and FAQs in the shop, and the proposals for a conversation's newest message."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import insert

from merchant_desk.core.automation import AWAY, FAQ, GREETING, AutomationSettings, BusinessHours, TimeRange
from merchant_desk.core.errors import ValidationError
from merchant_desk.db.models import Message
from merchant_desk.services.hub import Services

NIGHT = datetime(2026, 11, 23, 15, 0)  # Monday 22:00 WIB
WEEKDAYS = BusinessHours((*[(TimeRange(time(8), time(17)),)] * 6, ()))


def _conversation(shop: Services) -> int:
    customer, _ = shop.customers.find_or_create(shop.actor, "0812-1111-2222", "Budi")
    conversation_id, _ = shop.inbox.conversation_for_customer(shop.actor, customer.id)
    return conversation_id


def _say(shop: Services, conversation_id: int, direction: str, body: str, at: datetime) -> None:
    with shop.db.write() as s:
        s.execute(insert(Message), [{"conversation_id": conversation_id, "direction": direction, "body": body,
                                     "sent_at": at}])  # fmt: skip


def test_settings_default_then_saved_and_validated(shop: Services) -> None:
    assert shop.automation.settings() == AutomationSettings()
    wanted = AutomationSettings(greeting_enabled=True, away_enabled=True, hours=WEEKDAYS)
    assert shop.automation.save_settings(shop.actor, wanted).replies
    assert not shop.automation.save_settings(shop.actor, wanted).any()
    assert shop.automation.settings() == wanted
    with pytest.raises(ValidationError):
        shop.automation.save_settings(shop.actor, replace(wanted, greeting_text="Halo {nmaa}"))


def test_proposals_for_the_newest_unanswered_message(shop: Services) -> None:
    shop.automation.save_settings(
        shop.actor, AutomationSettings(greeting_enabled=True, away_enabled=True, hours=WEEKDAYS)
    )
    conversation = _conversation(shop)
    assert shop.automation.proposals_for(conversation, now=NIGHT) == []
    _say(shop, conversation, "in", "bs cod gk kak", NIGHT - timedelta(minutes=1))
    proposals = shop.automation.proposals_for(conversation, now=NIGHT)
    assert [p.kind for p in proposals] == [GREETING, AWAY, FAQ]
    greeting, away, faq = proposals
    assert greeting.text.startswith("Halo kak Budi 👋 Terima kasih sudah menghubungi Toko Berkah Jaya")
    assert away.missing == () and "Budi" in away.text
    assert faq.ref is not None and faq.confidence >= 0.6 and "COD" in faq.text

    _say(shop, conversation, "out", away.text, NIGHT)  # the merchant sent the away text through the link
    _say(shop, conversation, "in", "halo?", NIGHT + timedelta(minutes=5))
    assert shop.automation.proposals_for(conversation, now=NIGHT + timedelta(minutes=6)) == []  # no repeat
    _say(shop, conversation, "out", "siap kak", NIGHT + timedelta(minutes=7))
    assert shop.automation.proposals_for(conversation, now=NIGHT + timedelta(minutes=8)) == []  # answered


def test_faq_crud_and_usage(shop: Services) -> None:
    before = len(shop.automation.faqs())
    info, changes = shop.automation.add_faq(shop.actor, "Bisa custom nama?", "Bisa kak", ["bordir nama bisa"])
    assert changes.replies and len(shop.automation.faqs()) == before + 1
    found = shop.automation.matcher().match("kak bisa bordir nama gk?")
    assert found is not None and found.faq_id == info.id
    shop.automation.update_faq(shop.actor, info.id, "Bisa custom nama?", "Bisa kak", [], active=False)
    assert info.id not in {f.id for f in shop.automation.faqs(active_only=True)}
    shop.automation.note_used(info.id)
    assert next(f for f in shop.automation.faqs() if f.id == info.id).times_proposed == 1
    with pytest.raises(ValidationError):
        shop.automation.add_faq(shop.actor, "Ongkir?", "Ongkir {ongkir}")
    shop.automation.delete_faq(shop.actor, info.id)
    assert len(shop.automation.faqs()) == before
