"""SQLAlchemy 2 storage: typed tables, engine factory and migrations."""
