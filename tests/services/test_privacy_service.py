"""Customer data rights: the export holds everything; after an erase the database file holds none of it."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from test_order_support import customer, order

from merchant_desk.core.errors import PermissionDenied
from merchant_desk.db.models import Attachment, Message
from merchant_desk.services.audit_service import Actor
from merchant_desk.services.hub import Services
from merchant_desk.services.inbox_actions import InboxActions

NAME, SECRET_TEXT = "Ratna Kusumawati", "alamat rumah saya Jalan Mawar Sembilan"


@pytest.fixture
def ratna(shop: Services) -> tuple[int, int]:
    cid, conv = customer(shop, "0813-9876-5432", NAME)
    actions = InboxActions(shop.db)
    actions.record_incoming(conv, SECRET_TEXT)
    message, _ = actions.record_outgoing(shop.actor, conv, f"Terima kasih kak {NAME}")
    media = shop.paths.attachment_dir / "ktp-ratna.jpg"
    media.write_bytes(b"JPEG-ratna-ktp")
    with shop.db.write() as session:
        session.add(Attachment(message_id=message.id, kind="image", file_name="ktp.jpg",
                               stored_path="attachments/ktp-ratna.jpg", size=14))  # fmt: skip
    order(shop, cid, 50_000)
    return cid, conv


def test_export_holds_profile_messages_orders_points_and_files(shop: Services, ratna: tuple[int, int],
                                                               tmp_path: Path) -> None:  # fmt: skip
    out = shop.privacy.export_customer(shop.actor, ratna[0], tmp_path / "ratna.zip")
    with zipfile.ZipFile(out) as archive:
        data = json.loads(archive.read("customer.json"))
        media = next(n for n in archive.namelist() if n.startswith("attachments/"))
        assert archive.read(media) == b"JPEG-ratna-ktp"
    assert data["profile"]["name"] == NAME
    assert data["profile"]["phone"] == "+6281398765432"
    bodies = [m["body"] for c in data["conversations"] for m in c["messages"]]
    assert SECRET_TEXT in bodies
    assert len(data["orders"]) == 1 and data["orders"][0]["lines"]
    assert data["consent_history"][0]["action"] == "customer_created"
    assert "points_ledger" in data
    assert shop.audit.recent(action="customer_exported")


def test_erase_leaves_no_bytes_in_the_database(shop: Services, ratna: tuple[int, int]) -> None:
    cid, conv = ratna
    report = shop.privacy.erase_customer(shop.actor, cid)
    assert report.messages_cleared == 2 and report.attachments_deleted == 1
    assert not (shop.paths.attachment_dir / "ktp-ratna.jpg").exists()
    with shop.db.read() as session:
        assert session.query(Message).filter_by(conversation_id=conv).count() == 2  # the thread's shape stays
    conn = sqlite3.connect(shop.paths.db_file)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM orders WHERE customer_id = ?", (cid,)).fetchone()[0] == 1
    conn.close()
    shop.db.dispose()
    raw = shop.paths.db_file.read_bytes()
    wal = Path(str(shop.paths.db_file) + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    for needle in (NAME, "Kusumawati", "6281398765432", "081398765432", "Jalan Mawar", "Mawar Sembilan"):
        assert needle.encode() not in raw, needle
    assert shop.audit.recent(action="customer_erased")


def test_staff_may_not_export_or_erase(shop: Services, ratna: tuple[int, int], tmp_path: Path) -> None:
    clerk = Actor.of(shop.staff.add(shop.actor, "Budi", "2468"))
    with pytest.raises(PermissionDenied):
        shop.privacy.export_customer(clerk, ratna[0], tmp_path / "x.zip")
    with pytest.raises(PermissionDenied):
        shop.privacy.erase_customer(clerk, ratna[0])
    assert not (tmp_path / "x.zip").exists()
