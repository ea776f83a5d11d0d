"""Customers: find or create by phone, edit, consent, labels, merge two into one, trash and restore."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, UserError, ValidationError, tr_noop
from merchant_desk.core.permissions import EXPORT_CUSTOMER_DATA
from merchant_desk.core.phones import InvalidPhone, normalize_phone
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Conversation, Customer, customer_labels
from merchant_desk.services.access import ensure_allowed
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.customer_merge import MergePreview, merge_fields, move_points, move_records, preview

EDITABLE = ("name", "phone", "instagram", "other_handle", "notes")
#: Merging, trashing and restoring customers change whose history is whose: the customer-data permission
#: (the one that also exports and erases a customer) covers them; editing details is daily work.
CUSTOMER_RECORDS = EXPORT_CUSTOMER_DATA
PHONE_TAKEN = tr_noop("This number already belongs to another customer.")
BAD_PHONE = tr_noop("Enter a phone number, for example 0812-3456-7890.")

__all__ = ["CustomerInfo", "CustomerService", "MergePreview", "PhoneTaken", "find_or_create_in"]


class CannotMergeIntoItself(UserError):
    message = tr_noop("A customer cannot be merged into itself.")


class AlreadyMerged(UserError):
    message = tr_noop("This customer was already merged into another one.")


class PhoneTaken(ValidationError):
    """The typed number is another customer's; ``owner`` is that customer (the UI offers to merge with it)."""

    def __init__(self, problems: dict[str, str], owner: CustomerInfo) -> None:
        self.owner = owner
        super().__init__(problems)


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    name: str
    phone: str | None
    instagram: str | None
    other_handle: str | None
    notes: str | None
    consent: bool
    consent_at: datetime | None
    consent_source: str | None
    first_contact_at: datetime | None
    last_contact_at: datetime | None
    deleted_at: datetime | None
    merged_into_id: int | None
    label_ids: tuple[int, ...] = ()


def customer_info(session: Session, row: Customer) -> CustomerInfo:
    labels = session.scalars(select(customer_labels.c.label_id).where(customer_labels.c.customer_id == row.id))
    return CustomerInfo(
        row.id, row.name, row.phone, row.instagram, row.other_handle, row.notes, row.consent, row.consent_at,
        row.consent_source, row.first_contact_at, row.last_contact_at, row.deleted_at, row.merged_into_id,
        tuple(sorted(labels)),
    )  # fmt: skip


def _get(session: Session, customer_id: int) -> Customer:
    row = session.get(Customer, customer_id)
    if row is None:
        raise NotFoundError()
    return row


def _surviving(session: Session, row: Customer) -> Customer:
    """The record ``row`` was merged into (through any chain of merges), or ``row`` itself."""
    seen = {row.id}
    while row.merged_into_id is not None and row.merged_into_id not in seen:
        kept = session.get(Customer, row.merged_into_id)
        if kept is None:
            break
        seen.add(kept.id)
        row = kept
    return row


def find_or_create_in(
    session: Session, phone: str | None, name: str, at: datetime | None = None
) -> tuple[Customer, bool]:
    """(customer, created): the one with ``phone`` (E.164), restored from the trash if needed, else a new one."""
    row = session.scalar(select(Customer).where(Customer.phone == phone)) if phone else None
    if row is not None:
        # A merged record keeps its old number: its messages belong to the customer it was merged into.
        row = _surviving(session, row)
        if row.deleted_at is not None:
            row.deleted_at = None
        return row, False
    row = Customer(name=name.strip() or (phone or "?"), phone=phone, consent=False, first_contact_at=at)
    session.add(row)
    session.flush()
    _signup_bonus(session, row.id)
    return row, True


def _signup_bonus(session: Session, customer_id: int) -> None:
    """The loyalty program's sign-up bonus for a new customer, in the same transaction as the customer."""
    from merchant_desk.core.loyalty import expiry_for
    from merchant_desk.services.loyalty_ledger import add_entry, read_settings

    settings = read_settings(session)
    if not settings.enabled or settings.signup_bonus <= 0:
        return
    now = utcnow()
    add_entry(
        session, customer_id=customer_id, kind="bonus", points=settings.signup_bonus,
        expires_at=expiry_for(now, settings), reason="Bonus member baru", created_at=now,
    )  # fmt: skip


class CustomerService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, customer_id: int) -> CustomerInfo:
        with self._db.read() as session:
            return customer_info(session, _get(session, customer_id))

    def find_by_phone(self, phone: str) -> CustomerInfo | None:
        """The live or trashed customer with this number (any spelling), or None."""
        e164 = normalize_phone(phone)
        with self._db.read() as session:
            row = session.scalar(select(Customer).where(Customer.phone == e164))
            return customer_info(session, row) if row else None

    def search(self, text: str = "", *, trashed: bool = False, limit: int = 50) -> list[CustomerInfo]:
        """Customers whose name, phone or handle contains ``text``, most recent contact first."""
        query = select(Customer).where(
            Customer.deleted_at.is_not(None) if trashed else Customer.deleted_at.is_(None),
            Customer.merged_into_id.is_(None),
        )
        if text.strip():
            like = f"%{text.strip()}%"
            found = [Customer.name.ilike(like), Customer.phone.like(like), Customer.instagram.ilike(like)]
            digits = "".join(ch for ch in text if ch.isdigit())
            if len(digits) >= 4 and not any(ch.isalpha() for ch in text):
                # "0812-3456" finds +628123456…: numbers are stored as +62, merchants type them with a 0
                found.append(Customer.phone.like(f"%{'62' + digits[1:] if digits.startswith('0') else digits}%"))
            query = query.where(or_(*found))
        query = query.order_by(Customer.last_contact_at.desc().nulls_last(), Customer.id.desc()).limit(limit)
        with self._db.read() as session:
            return [customer_info(session, row) for row in session.scalars(query)]

    def find_or_create(self, actor: Actor, phone: str, name: str = "") -> tuple[CustomerInfo, Changes]:
        """The customer with this number; ``0812…``, ``62812…`` and ``+62 812-…`` are one customer.

        Raises:
            InvalidPhone: not a phone number.
        """
        e164 = normalize_phone(phone)
        with self._db.write() as session:
            row, created = find_or_create_in(session, e164, name)
            if created:
                record(session, actor, "customer_created", row.name, phone=e164)
            return customer_info(session, row), Changes(inbox=created, audit=created)

    def edit(self, actor: Actor, customer_id: int, **fields: Any) -> Changes:
        """Changes name, phone, instagram, other_handle and/or notes.

        Raises:
            ValidationError: an empty name, a wrong number or one that belongs to another customer.
        """
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise TypeError(f"not editable: {sorted(unknown)}")
        with self._db.write() as session:
            row = _get(session, customer_id)
            values = self._validated(session, row, fields)
            changed = {k: [getattr(row, k), v] for k, v in values.items() if getattr(row, k) != v}
            for key, (_old, new) in changed.items():
                setattr(row, key, new)
            if "name" in changed:  # the conversation list shows a chat's title: it must follow the new name
                session.execute(
                    update(Conversation)
                    .where(Conversation.customer_id == row.id, Conversation.is_group.is_(False))
                    .values(title=row.name)
                )
            if changed:
                record(session, actor, "customer_edited", row.name, **changed)
        return Changes(inbox=bool(changed), audit=bool(changed))

    @staticmethod
    def _validated(session: Session, row: Customer, fields: dict[str, Any]) -> dict[str, Any]:
        values = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in fields.items()}
        problems: dict[str, str] = {}
        owner_info: CustomerInfo | None = None
        if "name" in values and not values["name"]:
            problems["name"] = tr_noop("The customer needs a name.")
        if values.get("phone"):
            try:
                values["phone"] = normalize_phone(values["phone"])
            except InvalidPhone:
                problems["phone"] = BAD_PHONE
            else:
                owner = session.scalar(select(Customer).where(Customer.phone == values["phone"], Customer.id != row.id))
                if owner is not None and _surviving(session, owner).id == row.id:
                    owner.phone = None  # a record merged into this one: its old number may become the main one
                    session.flush()
                elif owner is not None:
                    problems["phone"] = PHONE_TAKEN
                    owner_info = customer_info(session, _surviving(session, owner))
        if owner_info is not None:
            raise PhoneTaken(problems, owner_info)
        if problems:
            raise ValidationError(problems)
        return values

    def set_consent(
        self, actor: Actor, customer_id: int, consent: bool, source: str, at: datetime | None = None
    ) -> Changes:
        """Records whether the customer agreed to broadcasts, when and how (the merchant must be able to show it).

        Raises:
            ValidationError: consent given without saying how.
        """
        if consent and not source.strip():
            raise ValidationError({"consent_source": tr_noop("Say how the customer agreed, e.g. 'asked in chat'.")})
        with self._db.write() as session:
            row = _get(session, customer_id)
            row.consent, row.consent_at = consent, at or utcnow()
            row.consent_source = source.strip() or None
            record(session, actor, "customer_consent", row.name, consent=consent, source=row.consent_source)
        return Changes(inbox=True, audit=True)

    def set_labels(self, actor: Actor, customer_id: int, label_ids: set[int] | list[int]) -> Changes:
        with self._db.write() as session:
            _get(session, customer_id)
            session.execute(delete(customer_labels).where(customer_labels.c.customer_id == customer_id))
            if label_ids:
                rows = [{"customer_id": customer_id, "label_id": i} for i in sorted(set(label_ids))]
                session.execute(insert(customer_labels), rows)
        return Changes(inbox=True, labels=True)

    def trash(self, actor: Actor, customer_id: int) -> Changes:
        """Moves the customer to the trash; conversations and history stay and come back on restore.

        Raises:
            PermissionDenied: the profile lacks the customer-data permission.
        """
        ensure_allowed(self._db, actor, CUSTOMER_RECORDS)
        with self._db.write() as session:
            row = _get(session, customer_id)
            row.deleted_at = utcnow()
            record(session, actor, "customer_trashed", row.name)
        return Changes(inbox=True, audit=True)

    def restore(self, actor: Actor, customer_id: int) -> Changes:
        ensure_allowed(self._db, actor, CUSTOMER_RECORDS)
        with self._db.write() as session:
            row = _get(session, customer_id)
            row.deleted_at = None
            record(session, actor, "customer_restored", row.name)
        return Changes(inbox=True, audit=True)

    def merge_preview(self, keep_id: int, other_id: int) -> MergePreview:
        """What ``merge(keep_id, other_id)`` would move, counted now (shown before the merchant confirms)."""
        with self._db.read() as session:
            return preview(session, keep_id, other_id)

    def merge(self, actor: Actor, keep_id: int, other_id: int) -> Changes:
        """Moves the other customer's conversations, labels, orders, redemptions, waiting-for products and
        points onto ``keep_id``; the other record goes to the trash, marked as merged. Audited.

        Raises:
            CannotMergeIntoItself: both ids are the same.
            AlreadyMerged: the other record was merged before.
            PermissionDenied: the profile lacks the customer-data permission.
        """
        if keep_id == other_id:
            raise CannotMergeIntoItself()
        ensure_allowed(self._db, actor, CUSTOMER_RECORDS)
        with self._db.write() as session:
            keep, other = _get(session, keep_id), _get(session, other_id)
            if other.merged_into_id is not None or keep.merged_into_id is not None:
                raise AlreadyMerged()
            move_records(session, keep, other)
            moved = move_points(session, actor, keep_id, other_id)
            merge_fields(session, keep, other)
            other.merged_into_id, other.deleted_at = keep_id, utcnow()
            record(session, actor, "customer_merged", keep.name, kept=keep_id, merged=other_id, points=moved)
        return Changes(inbox=True, labels=True, orders=True, loyalty=moved != 0, audit=True)
