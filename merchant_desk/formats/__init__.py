"""Outside file formats, read and written as streams: no Qt, no SQLAlchemy."""
