"""The demo shop's product lines: Indonesian product names, variants, price ranges, brands and photo shapes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    collection: str
    sku_prefix: str
    bases: tuple[str, ...]
    variants: tuple[str, ...]
    colors: tuple[str, ...]
    price_range: tuple[int, int]  # Rupiah
    brands: tuple[str, ...]
    shape: str  # silhouette drawn on the photo
    description: tuple[str, ...]  # sentences combined into descriptions


FASHION_COLORS = ("Hitam", "Putih", "Navy", "Maroon", "Sage", "Mocca", "Dusty Pink", "Biru Dongker", "Army")

CATEGORIES: tuple[Category, ...] = (
    Category(
        "Batik",
        "BTK",
        (
            "Kemeja Batik Pria Lengan Panjang",
            "Kemeja Batik Pria Lengan Pendek",
            "Blouse Batik Wanita",
            "Dress Batik Modern",
            "Outer Batik Kombinasi",
            "Kain Batik Tulis",
        ),
        ("Motif Parang", "Motif Kawung", "Motif Mega Mendung", "Motif Truntum", "Motif Sogan", "Motif Sekar Jagad"),
        ("Cokelat", "Biru Dongker", "Merah Marun", "Hijau Botol", "Hitam"),
        (95_000, 450_000),
        ("Batik Sekar", "Berkah Jaya", "Omah Batik"),
        "shirt",
        (
            "Batik cap kombinasi tulis dari pengrajin Pekalongan.",
            "Bahan katun primisima, adem dan tidak luntur.",
            "Cocok untuk kondangan, kantor maupun acara resmi.",
            "Jahitan rapi dengan furing di bagian dalam.",
        ),
    ),
    Category(
        "Fashion Muslim",
        "MSL",
        (
            "Gamis Syari",
            "Hijab Segi Empat Voal",
            "Pashmina Ceruty Babydoll",
            "Tunik Rayon",
            "Koko Pria Kurta",
            "Mukena Katun Jepang",
            "Khimar Instan",
        ),
        ("Polos", "Motif Bunga", "Renda", "Premium", "Edisi Lebaran"),
        FASHION_COLORS,
        (35_000, 325_000),
        ("Rumah Hijab", "Berkah Jaya", "Zahra Collection"),
        "dress",
        (
            "Bahan jatuh, tidak menerawang dan nyaman dipakai seharian.",
            "Tersedia banyak pilihan warna kalem.",
            "Cocok untuk kajian, kerja dan acara keluarga.",
            "Jahitan tepi rapi, tidak mudah kusut.",
        ),
    ),
    Category(
        "Kaos & Atasan",
        "KAO",
        (
            "Kaos Polos Cotton Combed 30s",
            "Kaos Oversize Unisex",
            "Kemeja Flanel",
            "Hoodie Fleece",
            "Sweater Rajut",
            "Kaos Sablon Aksara Jawa",
        ),
        ("Basic", "Premium", "Edisi Terbatas", "Lengan Panjang"),
        FASHION_COLORS,
        (45_000, 225_000),
        ("Kaosku", "Berkah Jaya", "Nusantara Wear"),
        "shirt",
        (
            "Cotton combed 30s yang lembut dan menyerap keringat.",
            "Sablon plastisol awet, tidak pecah dicuci.",
            "Potongan regular fit, nyaman untuk sehari-hari.",
            "Cek tabel ukuran di foto kedua ya kak.",
        ),
    ),
    Category(
        "Celana & Rok",
        "CLN",
        (
            "Celana Chino Pria",
            "Celana Kulot Wanita",
            "Rok Plisket",
            "Celana Jeans Slim Fit",
            "Jogger Pants",
            "Celana Cargo",
        ),
        ("Basic", "Stretch", "Premium", "High Waist"),
        FASHION_COLORS,
        (65_000, 260_000),
        ("Denimku", "Berkah Jaya"),
        "pants",
        (
            "Bahan stretch yang lentur dan tidak panas.",
            "Ada saku kanan kiri dan belakang.",
            "Pinggang karet di bagian belakang.",
            "Warna tidak mudah pudar walau sering dicuci.",
        ),
    ),
    Category(
        "Tas & Dompet",
        "TAS",
        (
            "Tas Selempang Kulit",
            "Totebag Kanvas",
            "Dompet Wanita Lipat",
            "Ransel Laptop 15 inch",
            "Waist Bag",
            "Tas Anyaman Rotan",
        ),
        ("Mini", "Medium", "Jumbo", "Premium"),
        ("Hitam", "Cokelat Tua", "Tan", "Krem", "Navy"),
        (49_000, 385_000),
        ("Kulitku", "Berkah Jaya"),
        "bag",
        (
            "Kulit sapi asli dari pengrajin Garut.",
            "Resleting YKK, kuat dan awet.",
            "Muat HP, dompet, powerbank dan botol minum.",
            "Tali bisa diatur panjang pendeknya.",
        ),
    ),
    Category(
        "Sepatu & Sandal",
        "SPT",
        (
            "Sepatu Sneakers Kanvas",
            "Sandal Slop Wanita",
            "Sepatu Pantofel Pria",
            "Sandal Jepit Karet",
            "Sepatu Flat Shoes",
        ),
        ("Ukuran 37", "Ukuran 38", "Ukuran 39", "Ukuran 40", "Ukuran 41", "Ukuran 42", "Ukuran 43"),
        ("Hitam", "Putih", "Cokelat", "Abu-abu"),
        (39_000, 299_000),
        ("Langkahku", "Berkah Jaya"),
        "shoe",
        (
            "Sol karet anti licin.",
            "Insole empuk, enak dipakai jalan jauh.",
            "Produksi lokal Cibaduyut.",
            "Ukuran normal, ambil sesuai ukuran biasa.",
        ),
    ),
    Category(
        "Makanan & Camilan",
        "MKN",
        (
            "Keripik Singkong Balado 250 gr",
            "Kue Nastar Premium 500 gr",
            "Sambal Bawang Botol 150 ml",
            "Rendang Daging Kemasan 250 gr",
            "Kopi Bubuk Gayo 200 gr",
            "Madu Hutan Asli 500 ml",
            "Kerupuk Udang Sidoarjo",
            "Abon Sapi 100 gr",
            "Dodol Garut Isi 20",
        ),
        ("Original", "Pedas", "Extra Pedas", "Keju", "Jagung Bakar", "Rumput Laut"),
        (),
        (12_000, 145_000),
        ("Dapur Berkah", "Cita Rasa Nusantara"),
        "jar",
        (
            "Tanpa pengawet, dibuat setiap hari.",
            "Sudah terdaftar PIRT dan bersertifikat halal.",
            "Tahan sampai 3 bulan di suhu ruang.",
            "Cocok untuk oleh-oleh dan hampers.",
        ),
    ),
    Category(
        "Kecantikan",
        "KCT",
        (
            "Serum Wajah Vitamin C 20 ml",
            "Lip Cream Matte",
            "Sabun Wajah Herbal",
            "Body Lotion Whitening 250 ml",
            "Minyak Rambut Kemiri",
        ),
        ("Original", "Travel Size", "Paket Hemat", "Edisi Terbaru"),
        (),
        (19_000, 189_000),
        ("Ayu Glow", "Sari Alami"),
        "bottle",
        (
            "Sudah BPOM, aman untuk kulit sensitif.",
            "Dibuat dari bahan alami pilihan.",
            "Hasil terlihat dalam 2 minggu pemakaian rutin.",
            "Segel rapat, dikirim dengan bubble wrap tebal.",
        ),
    ),
    Category(
        "Rumah Tangga",
        "RMH",
        (
            "Sprei Katun Motif 160x200",
            "Taplak Meja Renda",
            "Gorden Blackout",
            "Keset Kaki Cendol",
            "Bed Cover Set",
            "Toples Kaca Set 3",
        ),
        ("Motif Bunga", "Motif Kotak", "Polos", "Motif Daun"),
        ("Abu-abu", "Krem", "Biru Muda", "Hijau Sage", "Putih"),
        (25_000, 420_000),
        ("Rumahku", "Berkah Jaya"),
        "box",
        (
            "Bahan tebal dan halus, tidak berbulu.",
            "Warna awet walau sering dicuci.",
            "Ukuran sesuai deskripsi, sudah dicek sebelum kirim.",
            "Cocok untuk kado pindahan rumah.",
        ),
    ),
    Category(
        "Anak & Bayi",
        "ANK",
        ("Baju Anak Setelan", "Piyama Anak Katun", "Gendongan Bayi Hipseat", "Selimut Bayi Bordir", "Topi Bayi Rajut"),
        ("Usia 1-2 Tahun", "Usia 3-4 Tahun", "Usia 5-6 Tahun", "Newborn"),
        ("Kuning", "Biru Muda", "Pink", "Mint", "Putih"),
        (29_000, 275_000),
        ("Si Kecil", "Berkah Jaya"),
        "shirt",
        (
            "Bahan lembut, aman untuk kulit bayi.",
            "Kancing depan memudahkan ganti baju.",
            "Motif lucu dan warna cerah.",
            "Sudah dicuci sebelum dikemas.",
        ),
    ),
    Category(
        "Aksesoris",
        "AKS",
        (
            "Jam Tangan Pria Strap Kulit",
            "Kalung Titanium Anti Karat",
            "Gelang Etnik Bali",
            "Bros Hijab Mutiara",
            "Kacamata Anti Radiasi",
        ),
        ("Model A", "Model B", "Premium", "Couple"),
        ("Silver", "Gold", "Rose Gold", "Hitam"),
        (15_000, 250_000),
        ("Kilau", "Berkah Jaya"),
        "ring",
        (
            "Tidak luntur dan tidak bikin gatal.",
            "Dikemas dalam kotak kado cantik.",
            "Cocok untuk hadiah ulang tahun.",
            "Garansi 1 bulan untuk mesin jam.",
        ),
    ),
    Category(
        "Kerajinan",
        "KRJ",
        (
            "Miniatur Kayu Jati",
            "Vas Gerabah Kasongan",
            "Tempat Tisu Anyaman Pandan",
            "Wayang Kulit Hiasan",
            "Lampu Hias Batok Kelapa",
        ),
        ("Kecil", "Sedang", "Besar", "Set 2"),
        (),
        (35_000, 350_000),
        ("Karya Desa", "Berkah Jaya"),
        "vase",
        (
            "Buatan tangan pengrajin Jepara dan Bantul.",
            "Setiap produk unik, motif bisa sedikit berbeda.",
            "Dikemas kayu dan bubble wrap, aman sampai tujuan.",
            "Cocok untuk dekorasi ruang tamu.",
        ),
    ),
)
