"""Demo rows for the automation tables: FAQs, broadcasts, reminders, product interests and follow-ups."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from typing import Any

from merchant_desk.db.models import Base
from merchant_desk.services.demo.catalog import rupiah
from merchant_desk.services.demo.loader import Loader, Row

FAQS: tuple[tuple[str, list[str], str], ...] = (
    ("Apakah bisa COD?", ["bisa bayar di tempat?", "cod bisa kak?"], "Bisa kak, COD untuk area Jabodetabek 🙏"),
    ("Berapa lama pengiriman?", ["kapan sampai?", "estimasi berapa hari?"], "Jawa 2–3 hari, luar Jawa 3–7 hari."),
    ("Jam buka toko?", ["buka jam berapa?", "hari minggu buka?"], "Setiap hari 08.00–21.00 WIB kak."),
    ("Bisa tukar ukuran?", ["kalau kekecilan gimana?"], "Bisa kak, maksimal 3 hari setelah barang diterima."),
)
BROADCASTS: tuple[tuple[str, str, str], ...] = (
    ("Promo Gajian", "Halo kak {nama}, promo gajian sudah mulai! Diskon sampai 30% sampai akhir bulan 🎉", "done"),
    ("Info libur toko", "Halo kak {nama}, toko libur tanggal 25 Desember. Pesanan diproses tanggal 26 ya 🙏", "draft"),
)
Record = tuple[Any, ...]
REMINDER_NOTES = ("Tanyakan apakah sudah transfer", "Kabari kalau stok datang", "Kirim nomor resi", "Follow up order")


def _table_takes(name: str, row: Row) -> bool:
    """Whether this schema has the table and every column of the row (the feature may still be changing)."""
    table = Base.metadata.tables.get(name)
    return table is not None and set(row) <= set(table.c.keys())


def _add(loader: Loader, name: str, rows: list[Row]) -> None:
    if rows and _table_takes(name, rows[0]):
        loader.extend(name, rows)
        loader.flush(name)


def _ids(loader: Loader, sql: str) -> list[Record]:
    return [tuple(r) for r in loader.conn.exec_driver_sql(sql).fetchall()]


def load_automation(loader: Loader, rng: random.Random, owner_id: int, now: datetime, scale: int) -> None:
    """Fills the automation tables from rows already loaded; ``scale`` bounds the work for big shops."""
    if "faqs" in Base.metadata.tables and not loader.conn.exec_driver_sql("SELECT count(*) FROM faqs").scalar():
        _add(loader, "faqs", [
            {"question": q, "alternatives": json.dumps(alt, ensure_ascii=False), "answer": a, "active": True,
             "position": i, "times_proposed": rng.randint(0, 60), "created_at": now - timedelta(days=200)}
            for i, (q, alt, a) in enumerate(FAQS)
        ])  # fmt: skip
    customers = _ids(loader, f"SELECT id, name, consent FROM customers ORDER BY id LIMIT {scale}")
    _broadcasts(loader, rng, owner_id, now, customers)
    _interests(loader, rng, owner_id, now, customers, scale)
    pending = _ids(loader, f"SELECT id, last_message_at FROM conversations WHERE status = 'pending' LIMIT {scale}")
    _add(loader, "reminders", [
        {"conversation_id": cid, "due_at": now + timedelta(hours=rng.randint(-48, 72)),
         "note": rng.choice(REMINDER_NOTES), "created_by": owner_id,
         "done_at": None if rng.random() < 0.7 else now - timedelta(hours=1), "created_at": now - timedelta(days=1)}
        for cid, _last in pending[: max(3, len(pending) // 2)]
    ])  # fmt: skip
    replies = _ids(loader, "SELECT id, shortcut FROM quick_replies WHERE shortcut IN ('harga', 'stok', 'preorder')")
    products = _ids(loader, "SELECT id FROM products WHERE deleted_at IS NULL ORDER BY id LIMIT 3")
    _add(loader, "quick_reply_images", [
        {"quick_reply_id": qid, "position": 0, "sha256": None, "product_id": products[i % len(products)][0]}
        for i, (qid, _shortcut) in enumerate(replies) if products
    ])  # fmt: skip


def _broadcasts(loader: Loader, rng: random.Random, owner_id: int, now: datetime, customers: list[Record]) -> None:
    first = loader.next_id("broadcasts") if "broadcasts" in Base.metadata.tables else 1
    rows, recipients = [], []
    for offset, (name, template, state) in enumerate(BROADCASTS):
        bid, created = first + offset, now - timedelta(days=12 - offset * 10)
        audience = customers if state == "done" else []
        sent = skipped = excluded = 0
        for position, (cid, cname, consent) in enumerate(audience):
            outcome = "excluded_no_consent" if not consent else ("sent" if rng.random() < 0.9 else "skipped")
            sent += outcome == "sent"
            skipped += outcome == "skipped"
            excluded += outcome == "excluded_no_consent"
            at = created + timedelta(minutes=position) if outcome == "sent" else None
            recipients.append({
                "broadcast_id": bid, "customer_id": cid, "position": position, "state": outcome,
                "rendered": None if not consent else template.replace("{nama}", str(cname).split()[0]),
                "sent_at": at, "sent_by": owner_id if at else None,
                "replied_at": at + timedelta(hours=2) if at and rng.random() < 0.2 else None,
            })  # fmt: skip
        rows.append({
            "id": bid, "name": name, "template": template, "filter": "{}", "created_by": owner_id, "state": state,
            "recipients": len(audience), "sent": sent, "skipped": skipped, "excluded_no_consent": excluded,
            "finished_at": created + timedelta(hours=3) if state == "done" else None, "created_at": created,
        })  # fmt: skip
    _add(loader, "broadcasts", rows)
    if "broadcasts" in loader.counts:
        _add(loader, "broadcast_recipients", recipients)


def _interests(
    loader: Loader, rng: random.Random, owner_id: int, now: datetime, customers: list[Record], scale: int
) -> None:
    watched = _ids(loader, (
        "SELECT id, name, price, sale_price, stock, availability FROM products WHERE deleted_at IS NULL AND "
        f"(availability = 'out of stock' OR sale_price IS NOT NULL) ORDER BY id LIMIT {max(4, scale // 10)}"
    ))  # fmt: skip
    if not watched or not customers:
        return
    first_event = loader.next_id("follow_up_events") if "follow_up_events" in Base.metadata.tables else 1
    interests, snapshots, events, notices = [], [], [], []
    for n, (pid, pname, price, sale, stock, availability) in enumerate(watched):
        kind = "back_in_stock" if availability == "out of stock" else "price_drop"
        snapshots.append(
            {"product_id": pid, "price": sale or price, "stock": stock, "seen_at": now - timedelta(hours=1)}
        )
        event_id = None
        if kind == "price_drop":
            event_id = first_event + len(events)
            at = now - timedelta(days=n % 5 + 1)
            events.append({"id": event_id, "product_id": pid, "kind": kind, "at": at, "price_before": price,
                           "price_after": sale, "stock_before": stock, "stock_after": stock})  # fmt: skip
        for cid, cname, _consent in rng.sample(customers, k=min(len(customers), rng.randint(1, 4))):
            interests.append({"customer_id": cid, "product_id": pid, "kind": kind, "last_notified_event": event_id,
                              "created_at": now - timedelta(days=20)})  # fmt: skip
            if event_id is not None:
                sent = rng.random() < 0.6
                notices.append({
                    "event_id": event_id, "customer_id": cid, "state": "sent" if sent else "pending",
                    "rendered": f"Halo kak {str(cname).split()[0]}, {pname} sekarang jadi {rupiah(sale)}",
                    "sent_at": now - timedelta(hours=5) if sent else None, "sent_by": owner_id if sent else None,
                })  # fmt: skip
    _add(loader, "product_snapshots", snapshots)
    _add(loader, "follow_up_events", events)
    _add(loader, "product_interests", interests)
    if "follow_up_events" in loader.counts:
        _add(loader, "follow_up_notices", notices)
