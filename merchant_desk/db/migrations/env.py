"""Alembic environment: always given a live connection by db/migrate.py; batch mode for SQLite."""

from alembic import context

from merchant_desk.db.ddl import is_fts_table
from merchant_desk.db.models import Base


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Autogenerate must not drop the FTS tables, which db/ddl.py creates outside the metadata."""
    return not (type_ == "table" and is_fts_table(name))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
