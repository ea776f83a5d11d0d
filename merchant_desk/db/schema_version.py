"""The newest schema revision this build knows, readable without importing Alembic (fast start-up)."""

# A test checks this equals the head of db/migrations/versions.
SCHEMA_HEAD = "0005_loyalty_indexes"
KNOWN_REVISIONS = ("0001_initial", "0002_label_rules", "0003_catalog_search", "0004_automation", "0005_loyalty_indexes")
