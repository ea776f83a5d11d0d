"""Keyword rules for the inbox (label_rules), seeded with the default rules for the default labels.

Revision ID: 0002_label_rules
Revises: 0001_initial
Create Date: 2026-11-22 02:40:00
"""

import json
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from merchant_desk.core.label_rules import DEFAULT_RULES

revision: str = "0002_label_rules"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A new table only: batch mode recreates nothing, so the FTS and append-only triggers stay as they are.
    op.create_table(
        "label_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("label_id", sa.Integer(), nullable=True),
        sa.Column("set_status", sa.String(length=10), nullable=True),
        sa.Column("assign_staff_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("matched_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assign_staff_id"], ["staff.id"], name=op.f("fk_label_rules_assign_staff_id_staff"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["label_id"], ["labels.id"], name=op.f("fk_label_rules_label_id_labels"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_label_rules")),
    )
    _seed_rules()


def _seed_rules() -> None:
    """Existing shops get the default rules for whichever default labels they still have (by name)."""
    bind = op.get_bind()
    labels = dict(bind.execute(sa.text("SELECT name, id FROM labels")).all())
    rules = sa.table(
        "label_rules",
        sa.column("name", sa.String),
        sa.column("words", sa.Text),
        sa.column("label_id", sa.Integer),
        sa.column("set_status", sa.String),
        sa.column("active", sa.Boolean),
        sa.column("position", sa.Integer),
        sa.column("matched_count", sa.Integer),
        sa.column("created_at", sa.DateTime),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = [
        {
            "name": rule.name,
            "words": json.dumps(list(rule.words), ensure_ascii=False),
            "label_id": labels[rule.label],
            "set_status": rule.set_status,
            "active": True,
            "position": position,
            "matched_count": 0,
            "created_at": now,
        }
        for position, rule in enumerate(DEFAULT_RULES)
        if rule.label in labels
    ]
    if rows:
        op.bulk_insert(rules, rows)


def downgrade() -> None:
    op.drop_table("label_rules")
