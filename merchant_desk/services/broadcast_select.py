"""Who a broadcast may reach: labels (any/all), last contact and purchase dates, and recorded consent only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, select, union
from sqlalchemy.orm import Session

from merchant_desk.core.errors import ValidationError, tr_noop
from merchant_desk.db.models import Conversation, Customer, Order, conversation_labels, customer_labels


@dataclass(frozen=True)
class RecipientFilter:
    """Dates are UTC; None leaves that condition out. Labels count on the customer or any of their chats."""

    label_ids: tuple[int, ...] = ()
    label_mode: str = "any"  # any | all
    contacted_since: datetime | None = None
    contacted_before: datetime | None = None
    purchased_since: datetime | None = None
    purchased_before: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        dates = ("contacted_since", "contacted_before", "purchased_since", "purchased_before")
        out: dict[str, Any] = {"label_ids": list(self.label_ids), "label_mode": self.label_mode}
        out.update({k: getattr(self, k).isoformat() if getattr(self, k) else None for k in dates})
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RecipientFilter:
        def when(key: str) -> datetime | None:
            return datetime.fromisoformat(data[key]) if data.get(key) else None

        return cls(
            tuple(int(i) for i in data.get("label_ids", ())), str(data.get("label_mode", "any")),
            when("contacted_since"), when("contacted_before"), when("purchased_since"), when("purchased_before"),
        )  # fmt: skip


@dataclass(frozen=True)
class Selection:
    """Customer ids that will get the message, and everyone the filter chose who will not (counted, never dropped)."""

    customer_ids: tuple[int, ...]
    excluded_no_consent: tuple[int, ...]
    excluded_no_phone: tuple[int, ...]  # consented, but without a WhatsApp number no link can be made


def validate_filter(flt: RecipientFilter) -> RecipientFilter:
    if flt.label_mode not in ("any", "all"):
        raise ValidationError({"label_mode": tr_noop("Choose 'any label' or 'all labels'.")})
    return flt


def _labelled() -> Any:
    """(customer_id, label_id) from the customer's own labels and from the labels of their conversations."""
    own = select(customer_labels.c.customer_id, customer_labels.c.label_id)
    via_chats = select(Conversation.customer_id, conversation_labels.c.label_id).join(
        conversation_labels, conversation_labels.c.conversation_id == Conversation.id
    )
    return union(own, via_chats).subquery()


def _query(flt: RecipientFilter) -> Select[tuple[int, bool, str | None]]:
    query = select(Customer.id, Customer.consent, Customer.phone).where(
        Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None)
    )
    if flt.label_ids:
        links = _labelled()
        having = func.count(func.distinct(links.c.label_id))
        matching = (
            select(links.c.customer_id)
            .where(links.c.label_id.in_(flt.label_ids))
            .group_by(links.c.customer_id)
            .having(having >= (len(set(flt.label_ids)) if flt.label_mode == "all" else 1))
        )
        query = query.where(Customer.id.in_(matching))
    if flt.contacted_since is not None:
        query = query.where(Customer.last_contact_at >= flt.contacted_since)
    if flt.contacted_before is not None:
        query = query.where(Customer.last_contact_at < flt.contacted_before)
    if flt.purchased_since is not None or flt.purchased_before is not None:
        conditions = [Order.stage != "cancelled"]
        if flt.purchased_since is not None:
            conditions.append(Order.created_at >= flt.purchased_since)
        if flt.purchased_before is not None:
            # "Last purchase before": no purchase at or after that date, and at least one before it.
            later = select(Order.customer_id).where(
                Order.stage != "cancelled", Order.created_at >= flt.purchased_before
            )
            query = query.where(Customer.id.not_in(later.where(Order.customer_id.is_not(None))))
            conditions.append(Order.created_at < flt.purchased_before)
        query = query.where(Customer.id.in_(select(Order.customer_id).where(and_(*conditions))))
    return query.order_by(Customer.name, Customer.id)


def select_recipients(session: Session, flt: RecipientFilter) -> Selection:
    chosen, no_consent, no_phone = [], [], []
    for customer_id, consent, phone in session.execute(_query(validate_filter(flt))):
        if not consent:
            no_consent.append(customer_id)
        elif not phone:
            no_phone.append(customer_id)
        else:
            chosen.append(customer_id)
    return Selection(tuple(chosen), tuple(no_consent), tuple(no_phone))
