"""The rows an erasure touches: the customer's own text removed, everything kept for the books anonymised."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from merchant_desk.db.ddl import APPEND_ONLY, _sqlite_guards
from merchant_desk.db.models import (
    Attachment,
    BroadcastRecipient,
    Conversation,
    Customer,
    FollowUpNotice,
    Message,
    Order,
    Redemption,
    Reminder,
    customer_labels,
)  # fmt: skip

REDACTED = "[erased]"


@dataclass
class EraseResult:
    messages: int = 0
    audit_redacted: int = 0
    files: list[Path] = field(default_factory=list)


def _identifiers(customer: Customer) -> list[str]:
    """The strings that identify the customer, longest first (so "Budi Santoso" goes before "Budi")."""
    found = {customer.name, customer.phone, customer.instagram, customer.other_handle}
    if customer.phone and customer.phone.startswith("+62"):
        found.add("0" + customer.phone[3:])  # the local form people type: 0812…
        found.add(customer.phone[1:])
    return sorted((s for s in found if s and len(s.strip()) >= 3), key=len, reverse=True)


def erase_customer_rows(session: Session, customer: Customer, data_dir: Path) -> EraseResult:
    """Anonymises the customer inside the caller's transaction; returns the attachment files to delete after."""
    result, cid, names = EraseResult(), customer.id, _identifiers(customer)
    conv_ids = list(session.scalars(select(Conversation.id).where(Conversation.customer_id == cid)))
    msg_ids = select(Message.id).where(Message.conversation_id.in_(conv_ids))
    for stored in session.scalars(select(Attachment.stored_path).where(Attachment.message_id.in_(msg_ids))):
        if stored:
            result.files.append(data_dir / stored)
    session.execute(delete(Attachment).where(Attachment.message_id.in_(msg_ids)))
    result.messages = session.scalar(select(func.count()).select_from(Message).where(Message.id.in_(msg_ids))) or 0
    session.execute(update(Message).where(Message.id.in_(msg_ids)).values(body="", author_name=None))
    session.execute(update(Conversation).where(Conversation.id.in_(conv_ids))
                    .values(title=None, last_message_preview=None, external_key=None))  # fmt: skip
    session.execute(delete(Reminder).where(Reminder.conversation_id.in_(conv_ids)))
    session.execute(update(Order).where(Order.customer_id == cid).values(notes=None))
    session.execute(update(Redemption).where(Redemption.customer_id == cid).values(note=None))
    session.execute(update(BroadcastRecipient).where(BroadcastRecipient.customer_id == cid).values(rendered=None))
    session.execute(update(FollowUpNotice).where(FollowUpNotice.customer_id == cid).values(rendered=""))
    session.execute(delete(customer_labels).where(customer_labels.c.customer_id == cid))
    customer.name, customer.phone, customer.instagram = f"Erased customer #{cid}", None, None
    customer.other_handle, customer.notes, customer.consent_source = None, None, None
    customer.consent = False
    session.flush()
    result.audit_redacted = _redact_append_only(session, names)
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        # The FTS index keeps deleted tokens in its segments until they merge: rebuild it from the table.
        conn.exec_driver_sql("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")
    return result


def _redact_append_only(session: Session, names: list[str]) -> int:
    """The audit log and the points ledger refuse UPDATE by trigger; erasure is the one lawful exception, so the
    guard is lifted and put back inside this same transaction (the erasure itself is then audited)."""
    conn = session.connection()
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        for table in APPEND_ONLY:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_no_update")
    else:
        for table in APPEND_ONLY:
            conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER {table}_append_only")
    touched = 0
    for value in names:
        pattern = f"%{value}%"
        touched += conn.exec_driver_sql(
            "UPDATE audit_log SET subject = replace(subject, ?, ?), detail = replace(detail, ?, ?) "
            "WHERE subject LIKE ? OR detail LIKE ?",
            (value, REDACTED, value, REDACTED, pattern, pattern),
        ).rowcount
        conn.exec_driver_sql(
            "UPDATE loyalty_ledger SET reason = replace(reason, ?, ?) WHERE reason LIKE ?", (value, REDACTED, pattern)
        )
    if sqlite:
        for table in APPEND_ONLY:
            conn.exec_driver_sql(_sqlite_guards(table)[0])
    else:
        for table in APPEND_ONLY:
            conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE TRIGGER {table}_append_only")
    return touched
