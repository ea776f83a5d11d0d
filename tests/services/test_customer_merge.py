"""Merging two customers: the preview counts, joined WhatsApp chats, the merged record's number, permissions."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from merchant_desk.core.errors import PermissionDenied
from merchant_desk.db.models import Conversation, LedgerEntry, Message, Order, Product, ProductInterest
from merchant_desk.services.audit_service import Actor
from merchant_desk.services.customer_service import AlreadyMerged, MergePreview, PhoneTaken
from merchant_desk.services.hub import Services


def _chat(shop: Services, phone: str, name: str, text: str) -> tuple[int, int]:
    customer, _ = shop.customers.find_or_create(shop.actor, phone, name)
    conv, _ = shop.inbox.conversation_for_customer(shop.actor, customer.id)
    shop.inbox.record_incoming(conv, text)
    return customer.id, conv


def _two_putris(shop: Services) -> tuple[int, int, int, int]:
    keep, keep_conv = _chat(shop, "0896-2132-2146", "Putri", "kak, ready gamis hitam?")
    other, other_conv = _chat(shop, "0852-2146-6959", "Putri", "ini nomor baru aku kak")
    labels = {label.name: label.id for label in shop.labels.labels()}
    shop.customers.set_labels(shop.actor, keep, [labels["Pelanggan baru"]])
    shop.customers.set_labels(shop.actor, other, [labels["Pelanggan baru"], labels["Keluhan"]])
    with shop.db.write() as s:
        product = Product(name="Gamis Hitam", price=185_000, stock=0)
        s.add(product)
        s.flush()
        s.add(ProductInterest(customer_id=other, product_id=product.id, kind="back_in_stock"))
        s.add(Order(number="INV/2026/11/0007", customer_id=other, conversation_id=other_conv, total=185_000))
        s.add(LedgerEntry(customer_id=other, kind="earn", points=185, created_at=datetime(2026, 11, 1)))
    return keep, keep_conv, other, other_conv


def test_the_preview_counts_what_will_move_and_the_merge_moves_it(shop: Services) -> None:
    keep, keep_conv, other, other_conv = _two_putris(shop)
    assert shop.customers.merge_preview(keep, other) == MergePreview(
        conversations=1, labels=1, orders=1, points=185, waiting_for=1
    )
    shop.customers.merge(shop.actor, keep, other)
    with shop.db.read() as s:
        chats = s.execute(select(Conversation.id, Conversation.title).where(Conversation.customer_id == keep)).all()
        texts = set(s.scalars(select(Message.body).where(Message.conversation_id == keep_conv)))
        order_conv = s.scalar(select(Order.conversation_id).where(Order.customer_id == keep))
        waiting = s.scalar(select(ProductInterest.customer_id))
    # Two WhatsApp chats of one person become one: the list shows Putri once, with both messages.
    assert chats == [(keep_conv, "Putri")]
    assert texts == {"kak, ready gamis hitam?", "ini nomor baru aku kak"}
    assert order_conv == keep_conv and waiting == keep
    with shop.db.read() as s:
        assert s.get(Conversation, other_conv) is None
    assert shop.loyalty.balance(keep) == 185 and len(shop.customers.get(keep).label_ids) == 2
    assert shop.customers.merge_preview(keep, other) == MergePreview(0, 0, 0, 0, 0)
    with pytest.raises(AlreadyMerged):
        shop.customers.merge(shop.actor, keep, other)


def test_the_merged_record_s_number_leads_to_the_kept_customer(shop: Services) -> None:
    keep, _, other, _ = _two_putris(shop)
    shop.customers.merge(shop.actor, keep, other)
    again, created = shop.customers.find_or_create(shop.actor, "0852 2146 6959", "Putri")
    assert again.id == keep and not created.any()
    assert shop.customers.get(other).deleted_at is not None  # not brought back from the trash by a new message
    # Making the old number the main one is allowed: it belongs to a record merged into this customer.
    shop.customers.edit(shop.actor, keep, phone="085221466959")
    assert shop.customers.get(keep).phone == "+6285221466959" and shop.customers.get(other).phone is None


def test_a_taken_number_names_its_owner_and_renaming_retitles_the_chats(shop: Services) -> None:
    keep, keep_conv, other, _ = _two_putris(shop)
    with pytest.raises(PhoneTaken) as caught:
        shop.customers.edit(shop.actor, keep, name="", phone="+62 852-2146-6959")
    assert caught.value.owner.id == other and set(caught.value.problems) == {"name", "phone"}
    shop.customers.edit(shop.actor, keep, name="Putri Ayu")
    with shop.db.read() as s:
        assert s.scalar(select(Conversation.title).where(Conversation.id == keep_conv)) == "Putri Ayu"


def test_staff_without_the_customer_data_permission_cannot_merge_trash_or_restore(shop: Services) -> None:
    keep, _, other, _ = _two_putris(shop)
    clerk = shop.staff.add(shop.actor, "Rani", "2468", role="staff")
    as_clerk = Actor.of(clerk)
    for call in (
        lambda: shop.customers.merge(as_clerk, keep, other),
        lambda: shop.customers.trash(as_clerk, other),
        lambda: shop.customers.restore(as_clerk, other),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert shop.customers.get(other).merged_into_id is None and shop.customers.get(other).deleted_at is None
    shop.customers.edit(as_clerk, other, name="Putri (nomor baru)")  # editing details is daily work
    trusted = shop.staff.add(shop.actor, "Dodi", "1357", role="staff", permissions=["export_customer_data"])
    shop.customers.merge(Actor.of(trusted), keep, other)
    assert shop.customers.get(other).merged_into_id == keep
