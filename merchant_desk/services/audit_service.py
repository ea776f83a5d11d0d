"""The append-only audit log: who did what, when."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from merchant_desk.core.shop import StaffMember
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import AuditEntry


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in staff member, or the command line / system when id is None.

    ``role`` and ``permissions`` come from the signed-in profile (``Actor.of``); when role is None the
    permission check looks the profile up, so an actor built from an id alone is never trusted blindly.
    """

    id: int | None
    name: str
    role: str | None = None
    permissions: tuple[str, ...] = ()

    @classmethod
    def system(cls) -> Actor:
        return cls(None, "system")

    @classmethod
    def of(cls, member: StaffMember) -> Actor:
        return cls(member.id, member.name, member.role, tuple(member.permissions))


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    staff_name: str | None
    action: str
    subject: str | None
    detail: dict[str, Any]


def record(session: Session, actor: Actor, action: str, subject: str | None = None, **detail: Any) -> None:
    """Adds an entry inside the caller's transaction, so the entry and the change commit together."""
    session.add(
        AuditEntry(
            at=utcnow(),
            staff_id=actor.id,
            staff_name=actor.name,
            action=action,
            subject=subject,
            detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else None,
        )
    )


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def recent(self, limit: int = 200, action: str | None = None) -> list[AuditRecord]:
        """The newest entries first."""
        query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
        if action:
            query = query.where(AuditEntry.action == action)
        with self._db.read() as session:
            return [
                AuditRecord(e.id, e.at, e.staff_name, e.action, e.subject, json.loads(e.detail or "{}"))
                for e in session.scalars(query)
            ]
