"""Automated replies for the link channel: settings, FAQ answers and proposals for a conversation's last message."""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from merchant_desk.core.automation import (
    AWAY,
    AutomationSettings,
    Decision,
    HistoryFacts,
    IncomingMessage,
    decide,
    from_json,
    to_json,
    validate,
)
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, ValidationError, tr_noop
from merchant_desk.core.faq import FaqEntry, FaqMatcher, validate_faq
from merchant_desk.core.placeholders import MissingValues, render, validate_template
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Conversation, Faq, Message, Setting, Shop
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.quick_reply_service import template_values

SETTINGS_KEY = "automation"


@dataclass(frozen=True)
class FaqInfo:
    id: int
    question: str
    alternatives: tuple[str, ...]
    answer: str
    active: bool
    position: int
    times_proposed: int


@dataclass(frozen=True)
class Proposal:
    """A reply prepared for the composer: ``text`` is filled in unless ``missing`` names what is not known."""

    kind: str  # greeting | away | faq
    text: str
    template: str
    ref: Hashable | None = None  # the FAQ id
    confidence: float = 1.0
    missing: tuple[str, ...] = ()


def _faq(row: Faq) -> FaqInfo:
    return FaqInfo(
        row.id, row.question, tuple(json.loads(row.alternatives or "[]")), row.answer, row.active, row.position,
        row.times_proposed or 0,
    )  # fmt: skip


def _zone(session: Session) -> str:
    shop = session.get(Shop, 1)
    return shop.timezone if shop else "WIB"


class AutomationService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- settings -------------------------------------------------------------------------------------------

    def settings(self) -> AutomationSettings:
        with self._db.read() as session:
            row = session.get(Setting, SETTINGS_KEY)
            return from_json(json.loads(row.value) if row else None, _zone(session))

    def save_settings(self, actor: Actor, settings: AutomationSettings) -> Changes:
        """Raises ValidationError naming each wrong part (see core.automation.validate)."""
        from merchant_desk.services.shop_service import ShopService

        changes = ShopService(self._db).set_setting(actor, SETTINGS_KEY, to_json(validate(settings)))
        return changes | Changes(replies=True) if changes.any() else changes

    # -- FAQ answers ----------------------------------------------------------------------------------------

    def faqs(self, active_only: bool = False) -> list[FaqInfo]:
        query = select(Faq).order_by(Faq.position, Faq.id)
        if active_only:
            query = query.where(Faq.active.is_(True))
        with self._db.read() as session:
            return [_faq(row) for row in session.scalars(query)]

    def add_faq(
        self, actor: Actor, question: str, answer: str, alternatives: Iterable[str] = ()
    ) -> tuple[FaqInfo, Changes]:
        question, answer, alts = self._checked(question, answer, alternatives)
        with self._db.write() as session:
            last = session.scalar(select(Faq.position).order_by(Faq.position.desc()).limit(1))
            row = Faq(question=question, answer=answer, alternatives=json.dumps(list(alts), ensure_ascii=False))
            row.active, row.position, row.times_proposed = True, (last or 0) + 1, 0
            session.add(row)
            session.flush()
            record(session, actor, "faq_created", question)
            return _faq(row), Changes(replies=True, audit=True)

    def update_faq(
        self, actor: Actor, faq_id: int, question: str, answer: str, alternatives: Iterable[str], active: bool = True
    ) -> Changes:
        question, answer, alts = self._checked(question, answer, alternatives)
        with self._db.write() as session:
            row = session.get(Faq, faq_id)
            if row is None:
                raise NotFoundError()
            new = (question, answer, json.dumps(list(alts), ensure_ascii=False), active)
            if (row.question, row.answer, row.alternatives, row.active) == new:
                return Changes()
            row.question, row.answer, row.alternatives, row.active = new
            record(session, actor, "faq_edited", question, active=active)
        return Changes(replies=True, audit=True)

    def delete_faq(self, actor: Actor, faq_id: int) -> Changes:
        with self._db.write() as session:
            row = session.get(Faq, faq_id)
            if row is None:
                raise NotFoundError()
            record(session, actor, "faq_deleted", row.question, answer=row.answer)
            session.delete(row)
        return Changes(replies=True, audit=True)

    def note_used(self, faq_id: int) -> Changes:
        """Counts a FAQ proposal the merchant put in the composer (which answers earn their keep)."""
        with self._db.write() as session:
            row = session.get(Faq, faq_id)
            if row is None:
                raise NotFoundError()
            row.times_proposed = (row.times_proposed or 0) + 1
        return Changes(replies=True)

    @staticmethod
    def _checked(question: str, answer: str, alternatives: Iterable[str]) -> tuple[str, str, tuple[str, ...]]:
        checked = validate_faq(question, answer, alternatives)
        if validate_template(checked[1]):
            raise ValidationError({"answer": tr_noop("The answer has an unknown placeholder or an unbalanced brace.")})
        return checked

    def matcher(self, threshold: float | None = None) -> FaqMatcher:
        entries = [FaqEntry(f.id, f.question, f.answer, f.alternatives) for f in self.faqs(active_only=True)]
        return FaqMatcher(entries, threshold if threshold is not None else self.settings().faq_threshold)

    # -- proposals ------------------------------------------------------------------------------------------

    def proposals_for(self, conversation_id: int, now: datetime | None = None) -> list[Proposal]:
        """What the engine proposes for the conversation's newest message, if it is the customer's and unanswered."""
        now = now or utcnow()
        settings = self.settings()
        with self._db.read() as session:
            conv = session.get(Conversation, conversation_id)
            if conv is None:
                raise NotFoundError()
            latest = session.scalars(
                select(Message)
                .where(Message.conversation_id == conversation_id, Message.direction != "system")
                .order_by(Message.sent_at.desc(), Message.id.desc())
                .limit(1)
            ).first()
            if latest is None or latest.direction != "in":
                return []  # nothing from the customer, or already answered
            previous = session.scalar(
                select(Message.sent_at)
                .where(Message.conversation_id == conversation_id, Message.direction == "in", Message.id != latest.id)
                .where(Message.sent_at <= latest.sent_at)
                .order_by(Message.sent_at.desc(), Message.id.desc())
                .limit(1)
            )
            values = template_values(session, customer_id=conv.customer_id, conversation_id=conversation_id, now=now)
            away_at = self._last_away(session, conversation_id, settings, values)
            message = IncomingMessage(latest.body, latest.sent_at)  # read before the session expires the row
        facts = HistoryFacts(previous, away_at)
        matcher = self.matcher(settings.faq_threshold) if settings.faq_enabled else None
        return [self._proposal(d, values) for d in decide(settings, now, message, facts, matcher)]

    @staticmethod
    def _last_away(
        session: Session, conversation_id: int, settings: AutomationSettings, values: dict[str, str | None]
    ) -> datetime | None:
        """When the away text last went out here (the link channel records replies as plain outgoing messages)."""
        try:
            away = render(settings.away_text, values)
        except MissingValues:
            return None
        return session.scalar(
            select(Message.sent_at)
            .where(Message.conversation_id == conversation_id, Message.direction == "out", Message.body == away)
            .order_by(Message.sent_at.desc())
            .limit(1)
        )

    @staticmethod
    def _proposal(decision: Decision, values: dict[str, str | None]) -> Proposal:
        try:
            text, missing = render(decision.text, values), ()
        except MissingValues as exc:
            text, missing = decision.text, exc.names
        kind = decision.kind
        return Proposal(kind, text, decision.text, decision.ref, decision.confidence if kind != AWAY else 1.0, missing)
