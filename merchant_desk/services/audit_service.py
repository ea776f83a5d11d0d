"""The append-only audit log: who did what, when."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from merchant_desk.core.errors import StorageError
from merchant_desk.core.shop import StaffMember
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import AuditEntry
from merchant_desk.services.atomic import atomic_file


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

    def recent(
        self,
        limit: int = 200,
        action: str | None = None,
        *,
        staff_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[AuditRecord]:
        """The newest entries first, filtered by action, profile and a [since, until) range in UTC."""
        query = _filtered(action, staff_id, since, until).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        with self._db.read() as session:
            return [_record(e) for e in session.scalars(query.limit(limit))]

    def note(self, actor: Actor, action: str, subject: str | None = None, **detail: Any) -> None:
        """An entry on its own, for work done outside a service transaction (a file backup, a restore)."""
        with self._db.write() as session:
            record(session, actor, action, subject, **detail)

    def actions(self) -> list[str]:
        """Every action name present, for the filter's choices."""
        with self._db.read() as session:
            return list(session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))

    def export_csv(
        self,
        path: Path,
        since: datetime | None = None,
        until: datetime | None = None,
        action: str | None = None,
        *,
        staff_id: int | None = None,
    ) -> int:
        """Writes the filtered entries (oldest first) as CSV; returns how many. Atomic: a temp file renamed.

        Raises:
            StorageError: the file cannot be written (nothing is left behind).
        """
        query = _filtered(action, staff_id, since, until).order_by(AuditEntry.at, AuditEntry.id)
        rows = 0
        try:
            with self._db.read() as session, atomic_file(Path(path), "w") as handle:
                writer = csv.writer(handle)
                writer.writerow(["id", "at_utc", "staff", "action", "subject", "detail"])
                for entry in session.scalars(query.execution_options(yield_per=1000)):
                    writer.writerow([entry.id, entry.at.isoformat(), entry.staff_name or "", entry.action,
                                     entry.subject or "", entry.detail or ""])  # fmt: skip
                    rows += 1
        except OSError as exc:
            raise StorageError(reason=f"{path}: {exc.strerror or exc}") from exc
        return rows


def _filtered(
    action: str | None, staff_id: int | None, since: datetime | None, until: datetime | None
) -> Select[tuple[AuditEntry]]:
    query = select(AuditEntry)
    if action:
        query = query.where(AuditEntry.action == action)
    if staff_id is not None:
        query = query.where(AuditEntry.staff_id == staff_id)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    return query


def _record(e: AuditEntry) -> AuditRecord:
    return AuditRecord(e.id, e.at, e.staff_name, e.action, e.subject, json.loads(e.detail or "{}"))
