"""WhatsApp-style chat lines in Indonesian, and the scripts that string them into conversations."""

from __future__ import annotations

import random
from dataclasses import dataclass

MIN = 60
HOUR = 3_600
DAY = 86_400


# A script is a list of step names; each step has a direction, a typical delay before it and a few phrasings,
# filled from the episode's context: {nama}, {produk}, {harga}, {kota}, {ongkir}, {total} ...
@dataclass(frozen=True)
class Step:
    direction: str  # in = from the customer, out = from the shop
    delay: tuple[int, int]  # seconds after the previous message
    lines: tuple[str, ...]


STEPS: dict[str, Step] = {
    "c_greet": Step("in", (0, 0), ("Assalamualaikum kak", "Halo kak, mau tanya", "Permisi kak 🙏", "Pagi kak",
                                   "Kak, masih buka?", "Halo min")),
    "s_greet": Step("out", (MIN, 20 * MIN), ("Waalaikumsalam kak {nama} 🙏 ada yang bisa dibantu?",
                                            "Halo kak {nama}, silakan kak 😊", "Masih kak, mau cari apa kak?")),
    "c_ask_stock": Step("in", (20, 5 * MIN), ("Kak, {produk} ready stok?", "Yang {produk} masih ada kak?",
                                             "Kak ini ready? {produk}", "{produk} masih ada stoknya kak?",
                                             "Mau tanya {produk} kak, ready?")),
    "s_stock": Step("out", (MIN, 30 * MIN), ("Ready kak 😊 harganya {harga}", "Masih ada kak, {harga} aja",
                                            "Ready kak, sisa {stok} pcs ya. Harga {harga}",
                                            "Ada kak, harga {harga} sudah termasuk packing")),
    "c_ask_detail": Step("in", (30, 10 * MIN), ("Bahannya apa kak? Panas nggak?", "Ada warna lain kak?",
                                               "Ukuran L lingkar dadanya berapa kak?", "Bisa COD kak?",
                                               "Boleh minta foto aslinya kak?", "Tahan berapa lama kak?")),
    "s_detail": Step("out", (MIN, 40 * MIN), ("Adem kak, bahannya tidak panas. Banyak yang repeat order 😊",
                                             "Ada kak, bisa dicek di katalog WA kami ya",
                                             "Lingkar dada L 104 cm kak, panjang 72 cm",
                                             "Bisa COD untuk area {kota} kak",
                                             "Sudah kami kirim fotonya kak, itu foto asli tanpa edit",
                                             "Tahan 3 bulan kak kalau disimpan di tempat kering")),
    "c_ask_ongkir": Step("in", (30, 15 * MIN), ("Berapa ongkirnya ke {kota}?", "Ongkir ke {kota} berapa kak?",
                                               "Kalau kirim ke {kota} kena berapa kak?")),
    "s_ongkir": Step("out", (2 * MIN, 40 * MIN), ("Ongkir ke {kota} {ongkir} kak pakai {kurir}",
                                                 "Ke {kota} {ongkir} ya kak ({kurir}, 2-3 hari)")),
    "c_repeat": Step("in", (0, 0), ("Kak mau order lagi {produk} kayak kemarin", "Kak, {produk} restock belum?",
                                    "Kak aku mau repeat order ya {produk}")),
    "c_order": Step("in", (MIN, 3 * HOUR), ("Oke kak saya ambil {qty}", "Mau order {qty} ya kak",
                                           "Saya pesan {qty} kak", "Oke deh kak, ambil {qty} ya")),
    "s_format": Step("out", (MIN, 20 * MIN), ("Siap kak, mohon kirim nama, alamat lengkap dan no HP ya 🙏",
                                             "Baik kak, boleh minta alamat lengkapnya?")),
    "c_address": Step("in", (2 * MIN, 2 * HOUR), ("{nama_lengkap}, {alamat}, {kota}. HP {hp}",
                                                  "Kirim ke {alamat}, {kota} a.n. {nama_lengkap}")),
    "s_total": Step("out", (2 * MIN, HOUR), ("Total jadi {total} ya kak ({subtotal} + ongkir {ongkir}{potongan}). "
                                            "Transfer ke {bank} 🙏",
                                            "Totalnya {total} kak{potongan}. Pembayaran ke {bank} ya")),
    "c_paid": Step("in", (10 * MIN, 8 * HOUR), ("Sudah saya tf ya kak", "Udah transfer kak, ini buktinya",
                                               "Sudah ditransfer ya kak 🙏", "Kak sudah saya bayar {total}")),
    "s_paid": Step("out", (5 * MIN, 2 * HOUR), ("Terima kasih kak, pembayaran sudah kami terima. Pesanan segera "
                                               "diproses 🙏", "Sudah masuk kak, makasih ya. Besok kami kirim")),
    "s_shipped": Step("out", (12 * HOUR, 2 * DAY), ("Paket sudah dikirim ya kak, resi {kurir}: {resi}",
                                                   "Pesanan kakak sudah kami kirim, no resi {resi} ({kurir})")),
    "c_received": Step("in", (2 * DAY, 4 * DAY), ("Paketnya sudah sampai kak, makasih ya 😊",
                                                  "Barang udah diterima, bagus kak", "Sudah sampai kak, sesuai foto")),
    "s_thanks": Step("out", (10 * MIN, 6 * HOUR), ("Sama-sama kak, ditunggu order berikutnya ya ❤️",
                                                  "Terima kasih kak {nama} sudah belanja di Berkah Jaya 🙏")),
    "c_cancel": Step("in", (2 * HOUR, 2 * DAY), ("Maaf kak, nggak jadi dulu ya", "Kak batal dulu ya, belum gajian",
                                                "Maaf kak saya cancel ya")),
    "s_cancel_ok": Step("out", (10 * MIN, 3 * HOUR), ("Baik kak, tidak apa-apa 🙏", "Oke kak, lain kali ya 😊")),
    "c_later": Step("in", (MIN, 2 * HOUR), ("Oke kak, nanti saya kabari lagi ya", "Siap kak, mikir dulu 😁",
                                           "Makasih infonya kak")),
    "s_close": Step("out", (5 * MIN, HOUR), ("Siap kak, ditunggu kabarnya 🙏", "Sama-sama kak 😊")),
    "c_complain": Step("in", (0, 0), ("Kak paketnya belum sampai, resi {resi}", "Kak ukurannya kekecilan, bisa tukar?",
                                      "Kak barangnya ada yang cacat sedikit", "Kak kok paketnya lama ya")),
    "s_sorry": Step("out", (5 * MIN, 2 * HOUR), ("Mohon maaf kak, kami cek dulu ya 🙏",
                                                "Maaf atas ketidaknyamanannya kak, boleh kirim fotonya?")),
    "s_solution": Step("out", (HOUR, DAY), ("Sudah kami cek kak, paket transit di {kota}, estimasi besok sampai",
                                           "Bisa ditukar kak, ongkir kirim balik kami tanggung",
                                           "Kami kirim pengganti ya kak, resi menyusul",
                                           "Paket sedang transit di {kota} kak, mohon ditunggu ya 🙏")),
    "c_ok": Step("in", (10 * MIN, 6 * HOUR), ("Oke kak makasih", "Siap kak, terima kasih responnya 🙏",
                                             "Sip kak, sudah beres")),
    "s_promo": Step("out", (0, 0), ("Halo kak {nama}, {produk} lagi promo jadi {harga} sampai Minggu ini 🎉",
                                    "Kak {nama}, stok baru {produk} sudah datang ya. Harga {harga} 😊")),
    "c_promo_reply": Step("in", (HOUR, DAY), ("Wah mau kak, masih ada?", "Nanti dulu kak, makasih infonya",
                                              "Warna lain ada kak?")),
    "s_promo_answer": Step("out", (5 * MIN, 2 * HOUR), ("Masih ada kak, mau dikeep dulu?",
                                                       "Siap kak, kabari aja ya 🙏",
                                                       "Ada kak, nanti kami kirim fotonya ya")),
}  # fmt: skip

# An answer uses the phrasing at the same position as the question it answers, so replies match questions.
ANSWERS: dict[str, str] = {"s_detail": "c_ask_detail", "s_solution": "c_complain", "s_promo_answer": "c_promo_reply"}

ORDER_STEPS = ("c_order", "s_format", "c_address", "s_total")
FULFIL_STEPS = ("c_paid", "s_paid", "s_shipped")


def order_script(rng: random.Random) -> list[str]:
    """A purchase from first question to delivery; a few end in a cancellation instead."""
    if rng.random() < 0.25:
        steps = ["c_repeat"]
    else:
        steps = (["c_greet", "s_greet"] if rng.random() < 0.5 else []) + ["c_ask_stock"]
    steps.append("s_stock")
    if rng.random() < 0.4:
        steps += ["c_ask_detail", "s_detail"]
    if rng.random() < 0.6:
        steps += ["c_ask_ongkir", "s_ongkir"]
    steps += ORDER_STEPS
    if rng.random() < 0.08:
        return [*steps, "c_cancel", "s_cancel_ok"]
    steps += FULFIL_STEPS
    if rng.random() < 0.7:
        steps += ["c_received", "s_thanks"]
    return steps


def inquiry_script(rng: random.Random) -> list[str]:
    steps = ["c_greet", "s_greet"] if rng.random() < 0.4 else []
    steps += ["c_ask_stock", "s_stock"] if rng.random() < 0.6 else ["c_ask_detail", "s_detail"]
    if rng.random() < 0.5:
        steps += ["c_ask_detail", "s_detail"]
    if rng.random() < 0.6:
        steps += ["c_later", "s_close"]
    return steps


def complaint_script(_rng: random.Random) -> list[str]:
    return ["c_complain", "s_sorry", "s_solution", "c_ok"]


def promo_script(rng: random.Random) -> list[str]:
    return ["s_promo", "c_promo_reply", "s_promo_answer"] if rng.random() < 0.5 else ["s_promo"]


def group_script(rng: random.Random) -> list[str]:
    """A reseller group: stock questions from several members and the shop's updates."""
    return ["s_promo", "c_ask_stock", "s_stock"] if rng.random() < 0.5 else ["c_ask_stock", "s_stock", "c_ok"]
