"""Use cases: each method owns a short session and returns frozen dataclasses. No Qt."""
