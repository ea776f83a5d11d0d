"""Customers: one customer per number however it is written, edits, consent, labels, trash, merge."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from merchant_desk.core.errors import ValidationError
from merchant_desk.core.phones import InvalidPhone
from merchant_desk.db.models import Conversation, LedgerEntry, Order
from merchant_desk.services.customer_service import CannotMergeIntoItself
from merchant_desk.services.hub import Services


def test_find_or_create_treats_every_spelling_as_one_number(shop: Services) -> None:
    first, changes = shop.customers.find_or_create(shop.actor, "0812-1111-2222", "Budi")
    assert changes.inbox and first.phone == "+6281211112222"
    for spelling in ("62812 1111 2222", "+62 812-1111-2222", "081211112222"):
        again, changes = shop.customers.find_or_create(shop.actor, spelling)
        assert again.id == first.id and not changes.any()
    with pytest.raises(InvalidPhone):
        shop.customers.find_or_create(shop.actor, "bukan nomor")


def test_edit_validates_and_refuses_a_number_of_another_customer(shop: Services) -> None:
    budi, _ = shop.customers.find_or_create(shop.actor, "0812-1111-2222", "Budi")
    siti, _ = shop.customers.find_or_create(shop.actor, "0813-2222-3333", "Siti")
    shop.customers.edit(shop.actor, budi.id, name=" Budi Santoso ", instagram="@budi", notes="suka batik")
    got = shop.customers.get(budi.id)
    assert (got.name, got.instagram, got.notes) == ("Budi Santoso", "@budi", "suka batik")
    with pytest.raises(ValidationError) as caught:
        shop.customers.edit(shop.actor, siti.id, name="", phone="0812 1111 2222")
    assert set(caught.value.problems) == {"name", "phone"}


def test_consent_keeps_date_and_source(shop: Services) -> None:
    budi, _ = shop.customers.find_or_create(shop.actor, "0812-1111-2222", "Budi")
    with pytest.raises(ValidationError):
        shop.customers.set_consent(shop.actor, budi.id, True, "  ")
    when = datetime(2026, 11, 20, 3, 0)
    shop.customers.set_consent(shop.actor, budi.id, True, "asked in chat", at=when)
    got = shop.customers.get(budi.id)
    assert (got.consent, got.consent_at, got.consent_source) == (True, when, "asked in chat")
    assert shop.audit.recent(action="customer_consent")[0].detail == {"consent": True, "source": "asked in chat"}


def test_trash_and_restore(shop: Services) -> None:
    budi, _ = shop.customers.find_or_create(shop.actor, "0812-1111-2222", "Budi")
    shop.customers.trash(shop.actor, budi.id)
    assert shop.customers.search("Budi") == [] and [c.id for c in shop.customers.search(trashed=True)] == [budi.id]
    shop.customers.restore(shop.actor, budi.id)
    assert [c.id for c in shop.customers.search("1111")] == [budi.id]
    shop.customers.trash(shop.actor, budi.id)
    again, _ = shop.customers.find_or_create(shop.actor, "0812-1111-2222")  # a trashed customer writes again
    assert again.id == budi.id and again.deleted_at is None


def test_merge_moves_conversations_labels_orders_and_points(shop: Services) -> None:
    keep, _ = shop.customers.find_or_create(shop.actor, "0812-1111-2222", "Budi")
    other, _ = shop.customers.find_or_create(shop.actor, "0813-2222-3333", "Budi (nomor lama)")
    labels = {label.name: label.id for label in shop.labels.labels()}
    shop.customers.set_labels(shop.actor, keep.id, [labels["Pelanggan baru"]])
    shop.customers.set_labels(shop.actor, other.id, [labels["Pelanggan baru"], labels["Keluhan"]])
    shop.customers.set_consent(shop.actor, other.id, True, "form at the market")
    shop.customers.edit(shop.actor, other.id, notes="alamat: Jl. Melati 3")
    with shop.db.write() as s:
        s.add(Conversation(customer_id=other.id, channel="import", title="lama", is_group=False, status="open"))
        s.add(Order(number="INV/2026/11/0001", customer_id=other.id, total=150_000))
        s.add(LedgerEntry(customer_id=other.id, kind="earn", points=150, created_at=datetime(2026, 11, 1)))
    changes = shop.customers.merge(shop.actor, keep.id, other.id)
    assert changes.inbox and changes.orders and changes.loyalty
    kept = shop.customers.get(keep.id)
    assert set(kept.label_ids) == {labels["Pelanggan baru"], labels["Keluhan"]}
    assert kept.consent and kept.consent_source == "form at the market" and kept.notes == "alamat: Jl. Melati 3"
    merged = shop.customers.get(other.id)
    assert merged.merged_into_id == keep.id and merged.deleted_at is not None
    with shop.db.read() as s:
        assert s.scalar(select(Conversation.customer_id)) == keep.id
        assert s.scalar(select(Order.customer_id)) == keep.id
        balance = dict(
            s.execute(
                select(LedgerEntry.customer_id, func.sum(LedgerEntry.points)).group_by(LedgerEntry.customer_id)
            ).all()
        )
    assert balance == {keep.id: 150, other.id: 0}  # the ledger is append-only: points moved by two entries
    with pytest.raises(CannotMergeIntoItself):
        shop.customers.merge(shop.actor, keep.id, keep.id)


def test_merge_gives_the_number_to_a_kept_customer_without_one(shop: Services) -> None:
    other, _ = shop.customers.find_or_create(shop.actor, "0813-2222-3333", "Dewi")
    with shop.db.write() as s:
        from merchant_desk.db.models import Customer

        keep = Customer(name="Dewi (Instagram)", instagram="@dewi", consent=False)
        s.add(keep)
        s.flush()
        keep_id = keep.id
    shop.customers.merge(shop.actor, keep_id, other.id)
    assert shop.customers.get(keep_id).phone == "+6281322223333"


def test_merged_points_are_not_expired_twice(shop: Services) -> None:
    """The merged customer's lot is consumed by a linked entry, so the expiry job leaves both balances at >= 0."""
    keep, _ = shop.customers.find_or_create(shop.actor, "0812-1111-4444", "Sari")
    other, _ = shop.customers.find_or_create(shop.actor, "0813-2222-5555", "Sari (lama)")
    expires = datetime(2026, 12, 1)
    with shop.db.write() as s:
        s.add(
            LedgerEntry(
                customer_id=other.id, kind="earn", points=80, created_at=datetime(2026, 6, 1), expires_at=expires
            )
        )
    shop.customers.merge(shop.actor, keep.id, other.id)
    shop.loyalty.expire_due(shop.actor, now=datetime(2027, 1, 1))
    assert shop.loyalty.balance(other.id) == 0
    assert shop.loyalty.balance(keep.id) == 0  # the moved lot kept its expiry and expired once, for Sari
    shop.loyalty.expire_due(shop.actor, now=datetime(2027, 2, 1))
    assert shop.loyalty.balance(other.id) == 0 and shop.loyalty.balance(keep.id) == 0


def test_new_customers_get_the_signup_bonus_once(shop: Services) -> None:
    from dataclasses import replace

    shop.loyalty.save_settings(shop.actor, replace(shop.loyalty.settings(), signup_bonus=25))
    first, made = shop.customers.find_or_create(shop.actor, "0812-5555-6666", "Rudi")
    assert made.inbox and shop.loyalty.balance(first.id) == 25
    again, found = shop.customers.find_or_create(shop.actor, "+62 812 5555 6666", "Rudi")
    assert not found.inbox and again.id == first.id and shop.loyalty.balance(first.id) == 25
    assert not shop.loyalty.grant_signup_bonus(shop.actor, first.id).any()  # already given
