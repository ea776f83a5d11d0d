"""Pure domain logic: no Qt, no SQLAlchemy."""
