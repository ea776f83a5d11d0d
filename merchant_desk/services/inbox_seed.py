"""First-run inbox data: the default keyword rules for the default labels."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from merchant_desk.core.label_rules import DEFAULT_RULES
from merchant_desk.db.models import Label, LabelRule


def seed_default_rules(session: Session) -> int:
    """Adds DEFAULT_RULES for the labels that exist, unless the shop already has rules; returns how many."""
    if session.scalar(select(func.count()).select_from(LabelRule)):
        return 0
    labels = {name: label_id for name, label_id in session.execute(select(Label.name, Label.id))}
    added = 0
    for position, rule in enumerate(DEFAULT_RULES):
        if rule.label not in labels:
            continue
        session.add(
            LabelRule(
                name=rule.name,
                words=json.dumps(list(rule.words), ensure_ascii=False),
                label_id=labels[rule.label],
                set_status=rule.set_status,
                active=True,
                position=position,
                matched_count=0,
            )
        )
        added += 1
    session.flush()
    return added
