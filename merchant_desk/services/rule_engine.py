"""Running keyword rules inside a caller's transaction: compile once, collect effects, write them in bulk."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from merchant_desk.core.label_rules import KeywordRule, RuleMatcher
from merchant_desk.db.models import Conversation, Label, LabelRule, conversation_labels


def rule_from_row(row: LabelRule, label_name: str | None = None) -> KeywordRule:
    return KeywordRule(
        row.id, row.name, tuple(json.loads(row.words)), row.label_id, row.set_status, row.assign_staff_id,
        row.active, row.position, row.matched_count, label_name,
    )  # fmt: skip


def load_rules(session: Session, *, active_only: bool = True) -> list[KeywordRule]:
    """The rules in their order, with their label's name."""
    query = select(LabelRule, Label.name).outerjoin(Label, Label.id == LabelRule.label_id)
    if active_only:
        query = query.where(LabelRule.active)
    return [rule_from_row(row, name) for row, name in session.execute(query.order_by(LabelRule.position, LabelRule.id))]


# Chats repeat themselves ("ok kak", "makasih", "brp?"): a message seen before in this run is not matched again.
MEMO_SIZE = 50_000


class RuleRun:
    """Matches messages against the active rules and remembers what to change per conversation."""

    def __init__(self, rules: list[KeywordRule]) -> None:
        self.rules = {rule.id: rule for rule in rules}
        self._matcher = RuleMatcher([(rule.id, rule.words) for rule in rules])
        self.counts: Counter[int] = Counter()
        self.labels: dict[int, set[int]] = {}
        self.status: dict[int, str] = {}
        self.assignee: dict[int, int] = {}
        self._memo: dict[str, list[object]] = {}

    @classmethod
    def load(cls, session: Session) -> RuleRun:
        return cls(load_rules(session))

    def __bool__(self) -> bool:
        return bool(self.rules)

    def feed(self, conversation_id: int, text: str) -> None:
        """One incoming message; call in time order so the newest message's status and assignee win."""
        matched = self._memo.get(text)
        if matched is None:
            matched = self._matcher.match(text)
            if len(self._memo) < MEMO_SIZE:
                self._memo[text] = matched
        for rule_id in matched:
            rule = self.rules[rule_id]  # type: ignore[index]
            self.counts[rule.id] += 1  # type: ignore[index]
            if rule.label_id is not None:
                self.labels.setdefault(conversation_id, set()).add(rule.label_id)
            if rule.set_status is not None:
                self.status[conversation_id] = rule.set_status
            if rule.assign_staff_id is not None:
                self.assignee[conversation_id] = rule.assign_staff_id

    def feed_many(self, items: Iterable[tuple[int, str]]) -> None:
        for conversation_id, text in items:
            self.feed(conversation_id, text)

    def feed_conversation(self, conversation_id: int, texts: list[str]) -> None:
        """One conversation's incoming messages in time order: the same as feeding each, matching every text once.

        Chats repeat themselves, so counting the texts first (in C) leaves a fraction of them to match; the
        newest matching message still decides the status and the assignee.
        """
        counts = Counter(texts)
        newest_status = newest_assignee = -1
        last: dict[str, int] | None = None
        for text, times in counts.items():
            matched = self._matcher.match(text)
            for rule_id in matched:
                self.counts[rule_id] += times  # type: ignore[index]
                rule = self.rules[rule_id]  # type: ignore[index]
                if rule.label_id is not None:
                    self.labels.setdefault(conversation_id, set()).add(rule.label_id)
                if rule.set_status is None and rule.assign_staff_id is None:
                    continue
                if last is None:
                    last = {t: i for i, t in enumerate(texts)}  # only when a rule has an action to order
                at = last[text]
                # Within one message the later rule wins, as in feed(): ">=" lets it overwrite the earlier one.
                if rule.set_status is not None and at >= newest_status:
                    newest_status, self.status[conversation_id] = at, rule.set_status
                if rule.assign_staff_id is not None and at >= newest_assignee:
                    newest_assignee, self.assignee[conversation_id] = at, rule.assign_staff_id

    def write(self, session: Session, *, actions: bool = True, recount: bool = False) -> int:
        """Adds the labels (and with ``actions`` the statuses and assignees); returns how many labels were new.

        ``recount`` replaces each rule's matched count instead of adding to it (a re-run over history).
        """
        added = add_conversation_labels(session, self.labels)
        if actions:
            for conversation_id, status in self.status.items():
                session.execute(update(Conversation).where(Conversation.id == conversation_id).values(status=status))
            for conversation_id, staff_id in self.assignee.items():
                session.execute(
                    update(Conversation).where(Conversation.id == conversation_id).values(assigned_staff_id=staff_id)
                )
        for rule_id in self.rules:
            count = self.counts.get(rule_id, 0)
            if recount:
                session.execute(update(LabelRule).where(LabelRule.id == rule_id).values(matched_count=count))
            elif count:
                session.execute(
                    update(LabelRule)
                    .where(LabelRule.id == rule_id)
                    .values(matched_count=LabelRule.matched_count + count)
                )
        return added


def add_conversation_labels(session: Session, labels: dict[int, set[int]]) -> int:
    """Links labels to conversations, skipping links that exist (portable: no INSERT OR IGNORE)."""
    if not labels:
        return 0
    table = conversation_labels
    existing: set[tuple[int, int]] = set()
    ids = list(labels)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(table.c.conversation_id, table.c.label_id).where(table.c.conversation_id.in_(chunk))
        existing.update((c, label) for c, label in session.execute(query))
    rows = [
        {"conversation_id": c, "label_id": label}
        for c, wanted in labels.items()
        for label in sorted(wanted)
        if (c, label) not in existing
    ]
    if rows:
        session.execute(insert(table), rows)
    return len(rows)
