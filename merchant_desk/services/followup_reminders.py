"""'Remind me' on a conversation: in 1 hour, tomorrow morning, in 3 days or at a chosen time; due reminders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, ValidationError, tr_noop
from merchant_desk.core.timezones import shop_tz, to_shop_time, utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Conversation, Customer, Reminder, Shop
from merchant_desk.services.audit_service import Actor, record

PRESETS = ("1h", "tomorrow", "3d")  # the menu's choices; "at" takes a chosen time
MORNING = time(9)


@dataclass(frozen=True)
class ReminderInfo:
    id: int
    conversation_id: int
    title: str  # the conversation's title or customer name, for the notification
    due_at: datetime  # UTC
    note: str
    created_by: int | None
    done_at: datetime | None


def due_time(preset: str, now_utc: datetime, zone: str) -> datetime:
    """The UTC time a preset means: one hour on, tomorrow at 09:00 in the shop's zone, or three days on."""
    if preset == "1h":
        return now_utc + timedelta(hours=1)
    if preset == "3d":
        return now_utc + timedelta(days=3)
    if preset == "tomorrow":
        local = to_shop_time(now_utc, zone)
        wanted = datetime.combine(local.date() + timedelta(days=1), MORNING, tzinfo=shop_tz(zone))
        return wanted.astimezone(UTC).replace(tzinfo=None)
    raise ValueError(f"unknown reminder preset {preset!r}")


def _zone(session: Session) -> str:
    shop = session.get(Shop, 1)
    return shop.timezone if shop else "WIB"


def _infos(session: Session, rows: list[Reminder]) -> list[ReminderInfo]:
    ids = {r.conversation_id for r in rows}
    titles = {
        cid: title or name or ""
        for cid, title, name in session.execute(
            select(Conversation.id, Conversation.title, Customer.name)
            .outerjoin(Customer, Customer.id == Conversation.customer_id)
            .where(Conversation.id.in_(ids))
        )
    }
    return [
        ReminderInfo(
            r.id, r.conversation_id, titles.get(r.conversation_id, ""), r.due_at, r.note, r.created_by, r.done_at
        )
        for r in rows
    ]


class ReminderMixin:
    _db: Database

    def remind(
        self, actor: Actor, conversation_id: int, preset: str | None = None, at: datetime | None = None,
        note: str = "", now: datetime | None = None,
    ) -> tuple[ReminderInfo, Changes]:  # fmt: skip
        """A reminder on the conversation; ``preset`` is one of PRESETS, or ``at`` a chosen UTC time.

        Raises:
            ValidationError: neither or both given, or a chosen time in the past.
        """
        now = now or utcnow()
        if (preset is None) == (at is None) or (preset is not None and preset not in PRESETS):
            raise ValidationError({"when": tr_noop("Choose when to be reminded.")})
        if at is not None and at <= now:
            raise ValidationError({"when": tr_noop("Choose a time in the future.")})
        with self._db.write() as session:
            if session.get(Conversation, conversation_id) is None:
                raise NotFoundError()
            due = at if at is not None else due_time(preset or "", now, _zone(session))
            row = Reminder(conversation_id=conversation_id, due_at=due, note=note.strip(), created_by=actor.id)
            session.add(row)
            session.flush()
            record(session, actor, "reminder_added", str(conversation_id), due_at=due.isoformat(), note=row.note)
            return _infos(session, [row])[0], Changes(inbox=True, audit=True)

    def due_reminders(self, now: datetime | None = None) -> list[ReminderInfo]:
        """Reminders whose time has come and that are not done: the Inbox's notification and badges."""
        query = select(Reminder).where(Reminder.done_at.is_(None), Reminder.due_at <= (now or utcnow()))
        with self._db.read() as session:
            return _infos(session, list(session.scalars(query.order_by(Reminder.due_at, Reminder.id))))

    def due_badges(self, now: datetime | None = None) -> dict[int, int]:
        """Due reminders per conversation id: the conversation list's badge."""
        query = (
            select(Reminder.conversation_id, func.count())
            .where(Reminder.done_at.is_(None), Reminder.due_at <= (now or utcnow()))
            .group_by(Reminder.conversation_id)
        )
        with self._db.read() as session:
            return {cid: n for cid, n in session.execute(query)}

    def reminders(self, conversation_id: int | None = None, include_done: bool = False) -> list[ReminderInfo]:
        query = select(Reminder).order_by(Reminder.due_at, Reminder.id)
        if conversation_id is not None:
            query = query.where(Reminder.conversation_id == conversation_id)
        if not include_done:
            query = query.where(Reminder.done_at.is_(None))
        with self._db.read() as session:
            return _infos(session, list(session.scalars(query)))

    def complete_reminder(self, actor: Actor, reminder_id: int) -> Changes:
        with self._db.write() as session:
            row = session.get(Reminder, reminder_id)
            if row is None:
                raise NotFoundError()
            if row.done_at is not None:
                return Changes()
            row.done_at = utcnow()
            record(session, actor, "reminder_done", str(row.conversation_id), note=row.note)
        return Changes(inbox=True, audit=True)
