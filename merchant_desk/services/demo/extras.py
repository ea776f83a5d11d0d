"""The demo shop's smaller tables: labels, quick replies, rewards, settings and a few audit entries."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from sqlalchemy import select

from merchant_desk.services.demo.catalog import Catalog
from merchant_desk.services.demo.loader import Loader
from merchant_desk.services.demo.people import EXTRA_LABELS
from merchant_desk.services.demo.sales import EXPIRY_DAYS, POINT_RUPIAH, REWARDS

# A starter set merchants can use on day one; {nama}, {produk} and {harga} are filled when sending.
QUICK_REPLIES: tuple[tuple[str, str, str, str], ...] = (
    (
        "salam",
        "Salam pembuka",
        "Halo kak {nama} 👋 Terima kasih sudah menghubungi Toko Berkah Jaya. Ada yang bisa kami bantu?",
        "Sapaan",
    ),
    (
        "harga",
        "Info harga",
        "Untuk {produk} harganya {harga} ya kak. Stok masih tersedia, mau langsung diorder?",
        "Produk",
    ),
    ("stok", "Stok tersedia", "{produk} ready kak 😊 Silakan kirim format order ya.", "Produk"),
    (
        "habis",
        "Stok habis",
        "Mohon maaf kak {nama}, {produk} sedang kosong. Boleh kami kabari kalau sudah restock?",
        "Produk",
    ),
    (
        "format",
        "Format order",
        "Format order:\nNama:\nNo. HP:\nAlamat lengkap + kecamatan:\nPesanan:\nJumlah:",
        "Pesanan",
    ),
    (
        "rekening",
        "Nomor rekening",
        "Pembayaran bisa transfer ke:\nBCA 1234567890 a.n. Siti Rahayu\nMandiri "
        "1370012345678 a.n. Siti Rahayu\nSetelah transfer mohon kirim bukti tf ya kak 🙏",
        "Pembayaran",
    ),
    (
        "ongkir",
        "Cek ongkir",
        "Ongkir kami cek dulu ya kak {nama}. Mohon info alamat lengkap dan kecamatannya 🙏",
        "Pengiriman",
    ),
    (
        "status",
        "Pesanan dikirim",
        "Pesanan {produk} sudah kami kirim ya kak {nama}. Nomor resi kami kirim sebentar lagi.",
        "Pengiriman",
    ),
    (
        "terimakasih",
        "Terima kasih",
        "Terima kasih kak {nama} sudah belanja di Toko Berkah Jaya ❤️ Ditunggu orderan berikutnya!",
        "Sapaan",
    ),
    (
        "preorder",
        "Info pre-order",
        "{produk} sistem pre-order ya kak, estimasi kirim 7–10 hari kerja. Harga {harga}.",
        "Produk",
    ),
    ("cod", "COD", "Bisa COD untuk area Jabodetabek ya kak, ongkir menyesuaikan jarak.", "Pembayaran"),
    ("libur", "Toko libur", "Halo kak {nama}, toko sedang libur hari ini. Pesanan diproses besok pagi ya 🙏", "Sapaan"),
    (
        "poin",
        "Poin member",
        "Setiap belanja Rp10.000 dapat 1 poin ya kak {nama}. Poin bisa ditukar potongan harga.",
        "Member",
    ),
)


def existing_labels(loader: Loader) -> dict[str, int]:
    """The labels set-up seeded, plus the demo's extra ones (added here): name -> id."""
    table = loader.table("labels")
    labels = {name: lid for lid, name in loader.conn.execute(select(table.c.id, table.c.name))}
    position = len(labels)
    for name, color in EXTRA_LABELS:
        if name not in labels:
            labels[name] = lid = loader.next_id("labels")
            loader.add("labels", {"id": lid, "name": name, "color": color, "position": position,
                                  "is_default": False, "created_at": datetime(2025, 1, 1)})  # fmt: skip
            loader.flush("labels")
            position += 1
    return labels


def load_quick_replies(loader: Loader, rng: random.Random, now: datetime) -> None:
    for shortcut, title, body, category in QUICK_REPLIES:
        used = rng.randint(0, 400)
        loader.add("quick_replies", {
            "shortcut": shortcut, "title": title, "body": body, "category": category, "times_used": used,
            "last_used_at": now - timedelta(minutes=rng.randint(5, 20_000)) if used else None,
            "created_at": now - timedelta(days=300)})  # fmt: skip
    loader.flush("quick_replies")


def load_rewards(loader: Loader, catalog: Catalog, now: datetime) -> list[int]:
    """The rewards of sales.REWARDS, in that order; returns their ids."""
    ids = []
    hijab = next((i for i, name in enumerate(catalog.names) if name.startswith("Hijab")), 0)
    for rid, (name, kind, value, cap, cost, days) in enumerate(REWARDS, start=loader.next_id("rewards")):
        loader.add("rewards", {
            "id": rid, "name": name, "kind": kind, "value": value, "cap": cap,
            "product_id": catalog.first_id + hijab if kind == "product" else None, "cost_points": cost,
            "valid_days": days, "max_per_customer": 1 if kind == "product" else None, "active": True,
            "created_at": now - timedelta(days=330)})  # fmt: skip
        ids.append(rid)
    loader.flush("rewards")
    return ids


def load_settings(loader: Loader, size: str, seed: int, now: datetime) -> None:
    values = {
        "loyalty.rupiah_per_point": POINT_RUPIAH,
        "loyalty.expiry_days": EXPIRY_DAYS,
        "orders.number_prefix": "INV",
        "demo.generated": {"size": size, "seed": seed, "at": now.isoformat(timespec="seconds")},
    }
    table = loader.table("setting")
    taken = set(loader.conn.scalars(select(table.c.key)))
    for key, value in values.items():
        if key not in taken:  # a setting someone else's migration seeded stays as it is
            loader.add("setting", {"key": key, "value": json.dumps(value, ensure_ascii=False)})
    loader.flush("setting")


def load_audit(loader: Loader, owner: tuple[int, str], now: datetime, counts: dict[str, int]) -> None:
    """A few entries so the audit page is not empty: what a merchant did while setting the shop up."""
    owner_id, owner_name = owner
    entries = [
        (now - timedelta(days=320), "settings_changed", "loyalty", {"rupiah_per_point": POINT_RUPIAH}),
        (now - timedelta(days=300), "quick_replies_created", "starter set", {"count": len(QUICK_REPLIES)}),
        (now - timedelta(days=2), "price_changed", "BTK-000001", {"price": [185_000, 175_000]}),
        (now, "demo_generated", "Toko Berkah Jaya", counts),
    ]
    for at, action, subject, detail in entries:
        loader.add("audit_log", {"at": at, "staff_id": owner_id, "staff_name": owner_name, "action": action,
                                 "subject": subject, "detail": json.dumps(detail, ensure_ascii=False)})  # fmt: skip
    loader.flush("audit_log")
