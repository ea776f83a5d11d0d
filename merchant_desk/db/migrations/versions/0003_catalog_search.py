"""Catalog search and sorting at 100,000 products: one-letter FTS prefixes and indexes on sortable columns.

Revision ID: 0003_catalog_search
Revises: 0002_label_rules
Create Date: 2026-11-22 03:10:00
"""

from collections.abc import Sequence

from alembic import op

from merchant_desk.db import ddl

revision: str = "0003_catalog_search"
down_revision: str | None = "0002_label_rules"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_products_sale_price", "sale_price"),
    ("ix_products_stock", "stock"),
    ("ix_products_availability", "availability"),
    ("ix_products_created_at", "created_at"),
)


def _rebuild_products_fts(prefix: str) -> None:
    # FTS5 options are fixed at creation: the index is recreated and refilled from the products table.
    index = next(i for i in ddl.FTS_INDEXES if i.table == "products")
    for name in index.trigger_names():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {index.fts}")
    for sql in ddl.FtsIndex(index.table, index.columns, prefix).create():
        op.execute(sql)
    op.execute(f"INSERT INTO {index.fts}({index.fts}) VALUES ('rebuild')")


def upgrade() -> None:
    # Plain CREATE INDEX, no batch mode: no table is recreated, so the other triggers stay.
    for name, column in INDEXES:
        op.create_index(name, "products", [column], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_products_fts("1 2 3")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_products_fts("2 3")
    for name, _column in reversed(INDEXES):
        op.drop_index(name, table_name="products")
