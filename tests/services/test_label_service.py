"""Labels and keyword rules: CRUD, ordering, validation, re-running rules over history."""

from __future__ import annotations

import pytest

from merchant_desk.core.errors import ValidationError
from merchant_desk.core.label_rules import DEFAULT_RULES
from merchant_desk.core.shop import DEFAULT_LABELS
from merchant_desk.services.hub import Services


def _conversation(shop: Services, phone: str) -> int:
    customer, _ = shop.customers.find_or_create(shop.actor, phone, "Budi")
    conversation_id, _ = shop.inbox.conversation_for_customer(shop.actor, customer.id)
    return conversation_id


def test_new_shops_get_default_labels_and_rules(shop: Services) -> None:
    assert [label.name for label in shop.labels.labels()] == [name for name, _ in DEFAULT_LABELS]
    rules = shop.labels.rules()
    assert [r.name for r in rules] == [r.name for r in DEFAULT_RULES]
    assert all(r.label_name and r.active and r.matched_count == 0 for r in rules)


def test_label_add_rename_recolour_reorder_delete(shop: Services) -> None:
    label, changes = shop.labels.add_label(shop.actor, "Reseller", "#112233")
    assert changes.labels and shop.labels.labels()[-1] == label
    with pytest.raises(ValidationError):
        shop.labels.add_label(shop.actor, "reseller", "#112233")  # names are unique ignoring case
    with pytest.raises(ValidationError):
        shop.labels.add_label(shop.actor, "VIP", "red")
    shop.labels.rename_label(shop.actor, label.id, "Reseller aktif")
    shop.labels.recolour_label(shop.actor, label.id, "#aabbcc")
    shop.labels.reorder_labels(shop.actor, [label.id])
    first = shop.labels.labels()[0]
    assert (first.id, first.name, first.color, first.position) == (label.id, "Reseller aktif", "#AABBCC", 0)
    conversation_id = _conversation(shop, "0812-1111-2222")
    shop.inbox.set_labels(shop.actor, conversation_id, [label.id])
    shop.labels.delete_label(shop.actor, label.id)
    assert shop.inbox.conversation(conversation_id).label_ids == ()
    assert label.id not in {x.id for x in shop.labels.labels()}


def test_rule_crud_and_validation(shop: Services) -> None:
    labels = {label.name: label.id for label in shop.labels.labels()}
    rule, _ = shop.labels.add_rule(
        shop.actor, "Grosir", ["Grosir", "reseller", "harga grosir"], label_id=labels["Pesanan baru"]
    )
    assert rule.words == ("grosir", "reseller", "harga grosir") and rule.position == len(DEFAULT_RULES)
    with pytest.raises(ValidationError):
        shop.labels.add_rule(shop.actor, "Kosong", ["?!"], label_id=labels["Keluhan"])
    shop.labels.update_rule(shop.actor, rule.id, words=["dropship"], set_status="pending", active=False)
    changed = next(r for r in shop.labels.rules() if r.id == rule.id)
    assert (changed.words, changed.set_status, changed.active) == (("dropship",), "pending", False)
    shop.labels.reorder_rules(shop.actor, [rule.id])
    assert shop.labels.rules()[0].id == rule.id
    shop.labels.delete_rule(shop.actor, rule.id)
    assert rule.id not in {r.id for r in shop.labels.rules()}


def test_new_incoming_messages_run_rules_and_reopen(shop: Services) -> None:
    conversation_id = _conversation(shop, "0812-1111-2222")
    shop.inbox.set_status(shop.actor, conversation_id, "resolved")
    message, changes = shop.inbox.record_incoming(conversation_id, "Kak barangnya rusak, kecewa")
    assert message is not None and changes.labels
    row = shop.inbox.conversation(conversation_id)
    names = {label.id: label.name for label in shop.labels.labels()}
    assert [names[i] for i in row.label_ids] == ["Keluhan"] and row.status == "open" and row.unread_count == 1
    again, changes = shop.inbox.record_incoming(conversation_id, "x", external_id=None)
    assert again is not None


def test_rerun_over_history_recounts_and_can_be_cancelled(shop: Services) -> None:
    conversation_id = _conversation(shop, "0812-1111-2222")
    for text in ("brp harganya?", "stok ready?", "ok", "udh tf"):
        shop.inbox.record_incoming(conversation_id, text)
    shop.inbox.set_labels(shop.actor, conversation_id, [])
    seen: list[tuple[int, int]] = []
    assert not shop.labels.run_rules_over_history(
        shop.actor, progress=lambda d, t: seen.append((d, t)), cancel=lambda: True
    ).any()
    assert shop.inbox.conversation(conversation_id).label_ids == ()
    changes = shop.labels.run_rules_over_history(shop.actor, progress=lambda d, t: seen.append((d, t)))
    assert changes.labels and seen[-1] == (4, 4)
    counts = {r.name: r.matched_count for r in shop.labels.rules()}
    assert counts["Tanya harga & stok"] == 2 and counts["Bukti transfer"] == 1  # recounted, not added to
    assert len(shop.inbox.conversation(conversation_id).label_ids) == 2
