"""The starter FAQ answers a new shop gets: what Indonesian buyers ask most, in the words they use."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from merchant_desk.core.faq import FaqEntry
from merchant_desk.db.models import Faq

# Answers go to customers, so they are Indonesian data (not translatable UI text); the merchant edits them.
SEED_FAQS: tuple[FaqEntry, ...] = (
    FaqEntry(
        "harga", "Berapa harganya?",
        "Harga lengkap ada di katalog WhatsApp kami ya kak 😊 Sebutkan nama produknya, nanti kami bantu cek.",
        ("harga berapa", "berapa harga barang ini", "minta daftar harga", "price list", "harga satuan berapa",
         "brp harganya kak"),
    ),
    FaqEntry(
        "ongkir", "Berapa ongkirnya?",
        "Ongkir tergantung alamat dan berat paket ya kak. Kirim alamat lengkap + kecamatan, kami hitungkan 🙏",
        ("ongkir ke kota saya berapa", "biaya kirim berapa", "ongkos kirim ke jakarta", "cek ongkir",
         "ada gratis ongkir"),
    ),
    FaqEntry(
        "rekening", "Nomor rekeningnya berapa?",
        "Pembayaran bisa transfer ke BCA / Mandiri / QRIS ya kak. Detail rekening kami kirim setelah pesanan "
        "dikonfirmasi 🙏",
        ("transfer ke rekening mana", "bayar lewat apa", "bisa bayar pakai qris", "rekening bca ada",
         "no rek nya", "bisa transfer bank apa saja", "bisa bayar pakai dana ovo gopay"),
    ),
    FaqEntry(
        "jam_buka", "Jam buka toko jam berapa?",
        "Kami buka Senin–Sabtu jam 08.00–17.00 WIB ya kak. Chat di luar jam itu kami balas besok pagi 🙏",
        ("buka jam berapa", "tutup jam berapa", "hari minggu buka", "sekarang masih buka", "jam operasional",
         "libur hari apa"),
    ),
    FaqEntry(
        "lokasi", "Lokasi tokonya di mana?",
        "Toko kami di Jl. Melati No. 12, Bandung ya kak. Bisa juga pesan online, kami kirim ke seluruh Indonesia.",
        ("alamat toko", "tokonya di mana", "ada toko offline", "boleh datang ke toko", "share lokasi",
         "kota mana"),
    ),
    FaqEntry(
        "cod", "Bisa COD?",
        "Bisa COD untuk area tertentu ya kak (bayar di tempat lewat kurir). Kirim alamatnya, kami cek dulu 😊",
        ("bisa bayar di tempat", "cod bisa", "bayar ditempat bisa", "cash on delivery", "terima cod"),
    ),
    FaqEntry(
        "ukuran", "Ukurannya apa saja?",
        "Ukuran tersedia S, M, L, XL kak. Size chart kami kirim ya, boleh info tinggi & berat badannya 😊",
        ("size chart", "ada ukuran xl", "ukuran m muat berat badan berapa", "lingkar dada berapa",
         "panjang berapa cm", "ada size jumbo", "muat tidak"),
    ),
    FaqEntry(
        "garansi", "Ada garansinya?",
        "Ada garansi 7 hari untuk cacat produksi ya kak, syaratnya ada video unboxing 🙏",
        ("garansi berapa lama", "bergaransi", "ada garansi resmi", "kalau rusak ada garansi"),
    ),
    FaqEntry(
        "retur", "Bisa retur atau tukar?",
        "Bisa tukar ukuran/retur maksimal 3 hari setelah barang diterima, barang belum dipakai dan label masih "
        "ada ya kak. Ongkir tukar ditanggung pembeli.",
        ("bisa tukar ukuran", "kalau tidak muat bisa tukar", "bisa dikembalikan", "refund bisa",
         "kalau barang salah bisa retur"),
    ),
    FaqEntry(
        "stok", "Stoknya masih ada?",
        "Untuk stok terbaru kami cek dulu ya kak, sebutkan produk dan warna/ukurannya 😊",
        ("masih ready", "ready stock", "stok ada", "warna hitam ada", "masih tersedia", "barang ready tidak",
         "kapan restock", "ready kak"),
    ),
    FaqEntry(
        "pengiriman", "Berapa lama pengirimannya?",
        "Pesanan dikirim H+1 setelah pembayaran lewat JNE/J&T/SiCepat. Estimasi 2–4 hari Jawa, 4–7 hari luar "
        "Jawa ya kak.",
        ("kirim pakai kurir apa", "berapa hari sampai", "kapan dikirim", "bisa kirim hari ini", "ada same day",
         "bisa gosend", "estimasi sampai berapa lama", "kirim luar kota bisa"),
    ),
    FaqEntry(
        "cara_order", "Bagaimana cara order?",
        "Cara order: kirim nama, no. HP, alamat lengkap, produk + jumlah. Kami kirim total & rekening, setelah "
        "transfer pesanan langsung diproses 🙏",
        ("cara pesan bagaimana", "format order", "mau beli caranya", "order lewat mana", "bisa order lewat shopee",
         "prosedur pemesanan"),
    ),
)  # fmt: skip


def seed_faqs(session: Session) -> int:
    """Adds SEED_FAQS unless the shop already has FAQs; returns how many were added."""
    if session.scalar(select(func.count()).select_from(Faq)):
        return 0
    for position, faq in enumerate(SEED_FAQS):
        session.add(
            Faq(
                question=faq.question,
                alternatives=json.dumps(list(faq.alternatives), ensure_ascii=False),
                answer=faq.answer,
                active=True,
                position=position,
                times_proposed=0,
            )
        )
    session.flush()
    return len(SEED_FAQS)
