"""Customer data rights: everything held about one customer as a zip, and erasure that leaves nothing to recover."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from merchant_desk.config import Paths
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, StorageError
from merchant_desk.core.permissions import EXPORT_CUSTOMER_DATA
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import (
    Attachment,
    AuditEntry,
    Conversation,
    Customer,
    LedgerEntry,
    Message,
    Order,
    OrderLine,
    Redemption,
)  # fmt: skip
from merchant_desk.services.access import ensure_allowed
from merchant_desk.services.atomic import atomic_path
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.privacy_erase import erase_customer_rows

ERASED = Changes(inbox=True, loyalty=True, orders=True, audit=True)


@dataclass(frozen=True)
class ErasureReport:
    customer_id: int
    messages_cleared: int
    attachments_deleted: int
    audit_entries_redacted: int


def _row(obj: Any, *skip: str) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns if c.key not in skip}


class PrivacyService:
    def __init__(self, db: Database, paths: Paths) -> None:
        self._db, self._paths = db, paths

    def export_customer(self, actor: Actor, customer_id: int, out: Path) -> Path:
        """A zip of customer.json (profile, consent history, conversations with messages, orders, points) and
        attachments/<file>; written atomically and audited.

        Raises:
            PermissionDenied, NotFoundError, StorageError (the target cannot be written; nothing left behind).
        """
        ensure_allowed(self._db, actor, EXPORT_CUSTOMER_DATA)
        with self._db.read() as session:
            data, files = self._collect(session, customer_id)
        try:
            with atomic_path(Path(out)) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("customer.json", json.dumps(data, ensure_ascii=False, indent=2, default=str))
                for name, path in files:
                    if path.is_file():
                        archive.write(path, f"attachments/{name}")
        except OSError as exc:
            raise StorageError(reason=f"{out}: {exc.strerror or exc}") from exc
        with self._db.write() as session:
            record(session, actor, "customer_exported", f"customer #{customer_id}", customer=customer_id)
        return Path(out)

    def _collect(self, session: Session, customer_id: int) -> tuple[dict[str, Any], list[tuple[str, Path]]]:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFoundError()
        conv_ids = list(session.scalars(select(Conversation.id).where(Conversation.customer_id == customer_id)))
        conversations, files = [], []
        for conv in session.scalars(select(Conversation).where(Conversation.id.in_(conv_ids))):
            messages = []
            for msg in session.scalars(select(Message).where(Message.conversation_id == conv.id).order_by(Message.id)):
                atts = list(session.scalars(select(Attachment).where(Attachment.message_id == msg.id)))
                for att in atts:
                    if att.stored_path:
                        files.append((f"{att.id}-{Path(att.stored_path).name}", self._paths.data_dir / att.stored_path))
                messages.append(_row(msg) | {"attachments": [_row(a) for a in atts]})
            conversations.append(_row(conv) | {"messages": messages})
        orders = [
            _row(o)
            | {"lines": [_row(line) for line in session.scalars(select(OrderLine).where(OrderLine.order_id == o.id))]}
            for o in session.scalars(select(Order).where(Order.customer_id == customer_id).order_by(Order.id))
        ]
        ledger = [_row(e) for e in session.scalars(select(LedgerEntry).where(LedgerEntry.customer_id == customer_id))]
        redemptions = [
            _row(r) for r in session.scalars(select(Redemption).where(Redemption.customer_id == customer_id))
        ]
        consent = [
            {"at": e.at, "action": e.action, "by": e.staff_name, "detail": json.loads(e.detail or "{}")}
            for e in session.scalars(
                select(AuditEntry)
                .where(
                    AuditEntry.action.in_(("customer_created", "customer_consent")), AuditEntry.subject == customer.name
                )
                .order_by(AuditEntry.id)
            )
        ]
        data = {"profile": _row(customer), "consent_history": consent, "conversations": conversations,
                "orders": orders, "points_ledger": ledger, "redemptions": redemptions}  # fmt: skip
        return data, files

    def erase_customer(self, actor: Actor, customer_id: int) -> ErasureReport:
        """Removes the customer's name, phone, handles, notes and message texts (orders and points stay, without
        a name, for the books), deletes attachment files, redacts the audit log, and overwrites freed pages.

        Raises:
            PermissionDenied, NotFoundError.
        """
        ensure_allowed(self._db, actor, EXPORT_CUSTOMER_DATA)
        with self._db.write() as session:
            conn = session.connection()
            # Zeroes the pages and cells this transaction frees, so the old text is not left in the file.
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError()
            result = erase_customer_rows(session, customer, self._paths.data_dir)
            customer.deleted_at = customer.deleted_at or utcnow()
            counts = {"messages": result.messages, "attachments": len(result.files), "redacted": result.audit_redacted}
            record(session, actor, "customer_erased", f"customer #{customer_id}", customer=customer_id, **counts)
        for path in result.files:  # after the commit: a rollback must not have lost the files
            path.unlink(missing_ok=True)
        with self._db.engine.connect() as conn:  # the WAL still holds the old pages until a checkpoint
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return ErasureReport(customer_id, result.messages, len(result.files), result.audit_redacted)
