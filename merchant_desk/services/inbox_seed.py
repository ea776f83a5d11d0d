"""First-run inbox data: the default keyword rules, and the hook for the other starter data (FAQs, replies)."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from merchant_desk.core.label_rules import DEFAULT_RULES
from merchant_desk.db.models import Label, LabelRule, QuickReply


def seed_default_rules(session: Session) -> int:
    """Adds DEFAULT_RULES for the labels that exist, unless the shop already has rules; returns how many.

    ShopService.set_up calls only this at first run, so the other starter data is seeded from here too.
    """
    _seed_automation(session)
    if session.scalar(select(func.count()).select_from(LabelRule)):
        return 0
    labels = {name: label_id for name, label_id in session.execute(select(Label.name, Label.id))}
    added = 0
    for position, rule in enumerate(DEFAULT_RULES):
        if rule.label not in labels:
            continue
        session.add(
            LabelRule(
                name=rule.name,
                words=json.dumps(list(rule.words), ensure_ascii=False),
                label_id=labels[rule.label],
                set_status=rule.set_status,
                active=True,
                position=position,
                matched_count=0,
            )
        )
        added += 1
    session.flush()
    return added


# -- Automation starter data (issue 5) ----------------------------------------------------------------------

# Indonesian texts for customers (data, not UI strings). Shortcuts differ from the demo shop's own set.
RESTOCK_SHORTCUT, PRICE_DROP_SHORTCUT = "restock", "turunharga"
STARTER_REPLIES: tuple[tuple[str, str, str, str], ...] = (
    ("halo", "Sapaan", "Halo kak {nama} 👋 Terima kasih sudah menghubungi {nama_toko}. Ada yang bisa kami bantu?",
     "Sapaan"),
    ("daftarharga", "Daftar harga", "Berikut daftar harga {nama_toko} ya kak {nama}:\n\n(isi daftar harga)\n\n"
     "Harga bisa berubah sewaktu-waktu, silakan tanya stok dulu 😊", "Produk"),
    ("bayar", "Info pembayaran", "Pembayaran bisa transfer ke:\n*BCA* (no. rekening)\n*Mandiri* (no. rekening)\n"
     "a.n. {nama_toko}\nSetelah transfer mohon kirim bukti transfernya ya kak 🙏", "Pembayaran"),
    ("pengiriman", "Info pengiriman", "Pesanan dikirim H+1 setelah pembayaran lewat JNE / J&T / SiCepat ya kak. "
     "Mohon kirim alamat lengkap + kecamatan untuk cek ongkir 🙏", "Pengiriman"),
    ("makasih", "Terima kasih", "Terima kasih kak {nama} sudah belanja di {nama_toko} ❤️ Ditunggu orderan "
     "berikutnya!", "Sapaan"),
    ("statuspesanan", "Status pesanan", "Pesanan {nomor_pesanan} (total {total}) sedang kami proses ya kak {nama}. "
     "Nomor resi kami kabari secepatnya 🙏", "Pesanan"),
    (RESTOCK_SHORTCUT, "Sudah ready lagi", "Kabar baik kak {nama}, {produk} sudah ready lagi 🎉 Harganya {harga}. "
     "Mau kami siapkan?", "Produk"),
    (PRICE_DROP_SHORTCUT, "Harga turun", "Kabar baik kak {nama}, harga {produk} sekarang turun jadi {harga} 🎉 "
     "Mau kami siapkan?", "Produk"),
)  # fmt: skip


def seed_starter_replies(session: Session) -> int:
    """Adds STARTER_REPLIES when the shop has no quick replies at all; returns how many were added."""
    if session.scalar(select(func.count()).select_from(QuickReply)):
        return 0
    for shortcut, title, body, category in STARTER_REPLIES:
        session.add(QuickReply(shortcut=shortcut, title=title, body=body, category=category, times_used=0))
    session.flush()
    return len(STARTER_REPLIES)


def _seed_automation(session: Session) -> None:
    # Imported here: faq_seed imports core.faq (rapidfuzz), which nothing else at set-up needs.
    from merchant_desk.services.faq_seed import seed_faqs

    seed_faqs(session)
