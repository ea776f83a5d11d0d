"""AuditService: newest first, filtered by action, details decoded."""

from __future__ import annotations

from datetime import datetime

from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.hub import Services


def test_recent_is_newest_first_with_limit_and_filter(services: Services) -> None:
    budi = Actor(None, "Budi")
    with services.db.write() as session:
        for i in range(5):
            record(session, budi, "note" if i % 2 else "price_changed", f"item {i}", step=i)
    entries = services.audit.recent()
    assert [e.subject for e in entries] == ["item 4", "item 3", "item 2", "item 1", "item 0"]
    assert [e.detail for e in entries] == [{"step": i} for i in (4, 3, 2, 1, 0)]
    assert all(e.staff_name == "Budi" and isinstance(e.at, datetime) for e in entries)
    assert [e.subject for e in services.audit.recent(limit=2)] == ["item 4", "item 3"]
    assert [e.subject for e in services.audit.recent(action="note")] == ["item 3", "item 1"]
    assert [e.subject for e in services.audit.recent(limit=1, action="price_changed")] == ["item 4"]


def test_entry_without_detail_and_system_actor(services: Services) -> None:
    with services.db.write() as session:
        record(session, Actor.system(), "backup_made")
    (entry,) = services.audit.recent()
    assert (entry.action, entry.subject, entry.staff_name, entry.detail) == ("backup_made", None, "system", {})


def test_entry_rolls_back_with_the_change(services: Services) -> None:
    try:
        with services.db.write() as session:
            record(session, Actor.system(), "half_done")
            session.flush()
            raise RuntimeError
    except RuntimeError:
        pass
    assert services.audit.recent() == []


def test_detail_keeps_non_ascii_and_odd_values(services: Services) -> None:
    when = datetime(2026, 11, 22, 9, 30)
    with services.db.write() as session:
        record(session, Actor(None, "Siti"), "note", "catatan", text="Terima kasih 🙏", when=when)
    assert services.audit.recent()[0].detail == {"text": "Terima kasih 🙏", "when": "2026-11-22 09:30:00"}


def test_recent_orders_by_time_then_id(services: Services) -> None:
    """An entry written later with an earlier time (a clock set back) sorts by its time; ties by id."""
    from merchant_desk.db.models import AuditEntry

    with services.db.write() as session:
        session.add_all(
            [
                AuditEntry(at=datetime(2026, 11, 22, 9, 0), action="a"),
                AuditEntry(at=datetime(2026, 11, 22, 10, 0), action="b"),
                AuditEntry(at=datetime(2026, 11, 22, 8, 0), action="c"),
                AuditEntry(at=datetime(2026, 11, 22, 10, 0), action="d"),
            ]
        )
    assert [e.action for e in services.audit.recent()] == ["d", "b", "a", "c"]
