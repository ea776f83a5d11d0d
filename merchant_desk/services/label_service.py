"""Labels (add, rename, recolour, reorder, delete) and keyword rules (CRUD, re-run over history)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, ValidationError, tr_noop
from merchant_desk.core.label_rules import KeywordRule, validate_rule
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Label, LabelRule, Message
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.rule_engine import RuleRun, load_rules, rule_from_row

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
HISTORY_BATCH = 5000


@dataclass(frozen=True)
class LabelInfo:
    id: int
    name: str
    color: str
    position: int
    is_default: bool


def _label(row: Label) -> LabelInfo:
    return LabelInfo(row.id, row.name, row.color, row.position, row.is_default)


def _get(session: Session, model: type[Any], key: int) -> Any:
    row = session.get(model, key)
    if row is None:
        raise NotFoundError()
    return row


class LabelService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- labels ---------------------------------------------------------------------------------------------

    def labels(self) -> list[LabelInfo]:
        with self._db.read() as session:
            return [_label(r) for r in session.scalars(select(Label).order_by(Label.position, Label.id))]

    def _check_label(self, session: Session, name: str, color: str, label_id: int | None = None) -> str:
        problems: dict[str, str] = {}
        name = name.strip()
        if not name:
            problems["name"] = tr_noop("The label needs a name.")
        elif len(name) > 100:
            problems["name"] = tr_noop("A label's name may have at most 100 characters.")
        elif session.scalar(
            select(Label.id).where(func.lower(Label.name) == name.lower(), Label.id != (label_id or 0))
        ):
            problems["name"] = tr_noop("There is already a label with this name.")
        if not _COLOUR.match(color):
            problems["color"] = tr_noop("Choose a colour like #27AE60.")
        if problems:
            raise ValidationError(problems)
        return name

    def add_label(self, actor: Actor, name: str, color: str = "#5FA8E8") -> tuple[LabelInfo, Changes]:
        """A new label at the end of the list. Raises ValidationError for an empty or taken name."""
        with self._db.write() as session:
            name = self._check_label(session, name, color)
            position = (session.scalar(select(func.max(Label.position))) or 0) + 1
            row = Label(name=name, color=color.upper(), position=position, is_default=False)
            session.add(row)
            session.flush()
            record(session, actor, "label_added", name, color=row.color)
            return _label(row), Changes(labels=True, audit=True)

    def rename_label(self, actor: Actor, label_id: int, name: str) -> Changes:
        with self._db.write() as session:
            row = _get(session, Label, label_id)
            new = self._check_label(session, name, row.color, label_id)
            if new == row.name:
                return Changes()
            record(session, actor, "label_renamed", new, before=row.name)
            row.name = new
        return Changes(labels=True, inbox=True, audit=True)

    def recolour_label(self, actor: Actor, label_id: int, color: str) -> Changes:
        with self._db.write() as session:
            row = _get(session, Label, label_id)
            self._check_label(session, row.name, color, label_id)
            row.color = color.upper()
        return Changes(labels=True, inbox=True)

    def reorder_labels(self, actor: Actor, label_ids: Sequence[int]) -> Changes:
        """Positions follow ``label_ids``; labels not listed keep their order after them."""
        with self._db.write() as session:
            rows = {r.id: r for r in session.scalars(select(Label).order_by(Label.position, Label.id))}
            ordered = [rows[i] for i in label_ids if i in rows] + [r for i, r in rows.items() if i not in label_ids]
            for position, row in enumerate(ordered):
                row.position = position
        return Changes(labels=True, inbox=True)

    def delete_label(self, actor: Actor, label_id: int) -> Changes:
        """Deletes the label; its links to customers and conversations go with it, rules keep their other actions."""
        with self._db.write() as session:
            row = _get(session, Label, label_id)
            record(session, actor, "label_deleted", row.name)
            session.delete(row)
        return Changes(labels=True, inbox=True, audit=True)

    # -- rules ----------------------------------------------------------------------------------------------

    def rules(self) -> list[KeywordRule]:
        with self._db.read() as session:
            return load_rules(session, active_only=False)

    def add_rule(
        self,
        actor: Actor,
        name: str,
        words: Sequence[str],
        *,
        label_id: int | None = None,
        set_status: str | None = None,
        assign_staff_id: int | None = None,
        active: bool = True,
    ) -> tuple[KeywordRule, Changes]:
        """A rule at the end of the list. Raises ValidationError when it has no name, words or action."""
        cleaned = validate_rule(name, words, set_status, label_id is not None or assign_staff_id is not None)
        with self._db.write() as session:
            if label_id is not None:
                _get(session, Label, label_id)
            position = (session.scalar(select(func.max(LabelRule.position))) or 0) + 1
            row = LabelRule(
                name=name.strip(), words=json.dumps(list(cleaned), ensure_ascii=False), label_id=label_id,
                set_status=set_status, assign_staff_id=assign_staff_id, active=active, position=position,
                matched_count=0,
            )  # fmt: skip
            session.add(row)
            session.flush()
            record(session, actor, "rule_added", row.name, words=list(cleaned))
            return rule_from_row(row), Changes(labels=True, audit=True)

    def update_rule(self, actor: Actor, rule_id: int, **fields: Any) -> Changes:
        """Changes any of name, words, label_id, set_status, assign_staff_id, active."""
        allowed = {"name", "words", "label_id", "set_status", "assign_staff_id", "active"}
        if set(fields) - allowed:
            raise TypeError(f"not editable: {sorted(set(fields) - allowed)}")
        with self._db.write() as session:
            row = _get(session, LabelRule, rule_id)
            merged = {**rule_from_row(row).__dict__, **fields}
            cleaned = validate_rule(
                merged["name"], merged["words"], merged["set_status"],
                merged["label_id"] is not None or merged["assign_staff_id"] is not None,
            )  # fmt: skip
            row.name, row.words = merged["name"].strip(), json.dumps(list(cleaned), ensure_ascii=False)
            row.label_id, row.set_status = merged["label_id"], merged["set_status"]
            row.assign_staff_id, row.active = merged["assign_staff_id"], bool(merged["active"])
            record(session, actor, "rule_changed", row.name, **{k: v for k, v in fields.items() if k != "words"})
        return Changes(labels=True, audit=True)

    def delete_rule(self, actor: Actor, rule_id: int) -> Changes:
        with self._db.write() as session:
            row = _get(session, LabelRule, rule_id)
            record(session, actor, "rule_deleted", row.name)
            session.delete(row)
        return Changes(labels=True, audit=True)

    def reorder_rules(self, actor: Actor, rule_ids: Sequence[int]) -> Changes:
        with self._db.write() as session:
            rows = {r.id: r for r in session.scalars(select(LabelRule).order_by(LabelRule.position, LabelRule.id))}
            ordered = [rows[i] for i in rule_ids if i in rows] + [r for i, r in rows.items() if i not in rule_ids]
            for position, row in enumerate(ordered):
                row.position = position
        return Changes(labels=True)

    def run_rules_over_history(
        self,
        actor: Actor,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> Changes:
        """Re-runs the active rules over every incoming message, in batches, and recounts their matches.

        Labels are added; statuses and assignees are left alone (history must not reopen old conversations).
        Nothing is written when ``cancel`` returns True part-way.
        """
        steps = self.rerun_rules_steps(actor)
        try:
            while True:
                done, total = next(steps)
                if progress:
                    progress(done, total)
                if cancel and cancel():
                    steps.close()
                    return Changes()
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    def rerun_rules_steps(self, actor: Actor) -> Generator[tuple[int, int], None, Changes]:
        """``run_rules_over_history`` as a long job: yields (messages done, total) after each batch.

        Closing the generator part-way (the UI's Cancel) writes nothing.
        """
        with self._db.read() as session:
            run = RuleRun.load(session)
            total = session.scalar(select(func.count()).select_from(Message).where(Message.direction == "in")) or 0
            last, done = 0, 0
            while run:
                query = (
                    select(Message.id, Message.conversation_id, Message.body)
                    .where(Message.direction == "in", Message.id > last)
                    .order_by(Message.id)
                    .limit(HISTORY_BATCH)
                )
                batch = session.execute(query).all()
                if not batch:
                    break
                for _id, conversation_id, body in batch:
                    run.feed(conversation_id, body)
                last, done = batch[-1][0], done + len(batch)
                yield done, total
        with self._db.write() as session:
            added = run.write(session, actions=False, recount=True)
            record(session, actor, "rules_rerun", None, messages=done, labels_added=added)
        return Changes(labels=True, inbox=added > 0, audit=True)
