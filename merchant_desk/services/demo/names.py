"""Indonesian names, places, couriers and banks the demo shop's customers and chats are made of."""

from __future__ import annotations

FIRST_NAMES: tuple[str, ...] = (
    "Siti", "Dewi", "Rina", "Ayu", "Putri", "Indah", "Sri", "Wulan", "Fitri", "Nur", "Lestari", "Maya",
    "Ratna", "Yuni", "Dian", "Anisa", "Nabila", "Salsabila", "Aulia", "Rahma", "Citra", "Intan", "Mega",
    "Novi", "Eka", "Tari", "Nadia", "Zahra", "Annisa", "Kartika", "Budi", "Agus", "Andi", "Rizky", "Dimas",
    "Fajar", "Hendra", "Joko", "Bayu", "Eko", "Arif", "Yoga", "Ilham", "Reza", "Fauzi", "Hadi", "Irfan",
    "Wahyu", "Rudi", "Teguh", "Bambang", "Slamet", "Gilang", "Aditya", "Rafi", "Daffa", "Ahmad", "Muhammad",
    "Yusuf", "Hasan", "Made", "Komang", "Ketut", "Wayan", "Nyoman", "Ucok", "Butet", "Asep", "Ujang", "Cecep",
)  # fmt: skip

LAST_NAMES: tuple[str, ...] = (
    "Rahayu", "Lestari", "Pratama", "Saputra", "Wijaya", "Kusuma", "Santoso", "Hidayat", "Nugroho",
    "Setiawan", "Susanti", "Permata", "Handayani", "Wulandari", "Putra", "Purnomo", "Siregar", "Nasution",
    "Simanjuntak", "Harahap", "Lubis", "Sitompul", "Tanjung", "Hutagalung", "Ginting", "Sembiring",
    "Situmorang", "Daulay", "Rangkuti", "Syahputra", "Ramadhan", "Maulana", "Firmansyah", "Kurniawan",
    "Gunawan", "Halim", "Tanoto", "Wibowo", "Sutrisno", "Prasetyo", "Anggraini", "Safitri", "Amelia",
    "Puspita", "Utami", "Suryani", "Maharani", "Pertiwi", "Sari", "Hakim", "Fadillah", "Akbar", "Munthe",
)  # fmt: skip

CITIES: tuple[str, ...] = (
    "Jakarta Selatan", "Jakarta Timur", "Jakarta Barat", "Bekasi", "Depok", "Tangerang", "Bogor",
    "Bandung", "Cimahi", "Semarang", "Solo", "Yogyakarta", "Surabaya", "Sidoarjo", "Malang", "Kediri",
    "Denpasar", "Medan", "Pekanbaru", "Padang", "Palembang", "Lampung", "Pontianak", "Balikpapan",
    "Samarinda", "Banjarmasin", "Makassar", "Manado", "Kupang", "Mataram", "Cirebon", "Tasikmalaya",
    "Purwokerto", "Tegal", "Jember", "Banyuwangi", "Batam", "Jambi", "Bengkulu", "Ambon",
)  # fmt: skip

STREETS: tuple[str, ...] = (
    "Jl. Melati", "Jl. Mawar", "Jl. Kenanga", "Jl. Sudirman", "Jl. Diponegoro", "Jl. Gatot Subroto",
    "Jl. Ahmad Yani", "Jl. Pahlawan", "Jl. Merdeka", "Jl. Cempaka", "Gg. Masjid", "Jl. Raya Bogor",
    "Perum Griya Asri Blok C", "Jl. Kartini", "Jl. Veteran", "Komp. Taman Sari Blok B",
)  # fmt: skip

# Mobile prefixes of Telkomsel, Indosat, XL, Axis, Tri and Smartfren: all valid for phonenumbers.
MOBILE_PREFIXES: tuple[str, ...] = (
    "811", "812", "813", "821", "822", "823", "851", "852", "853", "814", "815", "816", "855", "856",
    "857", "858", "817", "818", "819", "859", "877", "878", "831", "832", "833", "838", "881", "882",
    "887", "888", "895", "896", "897", "898", "899",
)  # fmt: skip

COURIERS: tuple[tuple[str, str], ...] = (
    ("JNE REG", "CGK"),
    ("J&T Express", "JP"),
    ("SiCepat", "00"),
    ("AnterAja", "10"),
    ("Pos Indonesia", "P"),
    ("Ninja Xpress", "NLIDAP"),
)

CONSENT_SOURCES: tuple[str, ...] = (
    "Chat WhatsApp",
    "Formulir member toko",
    "Bazar UMKM Kemang",
    "Instagram @berkahjaya.id",
    "Pembelian di toko",
)

CUSTOMER_NOTES: tuple[str, ...] = (
    "Suka warna pastel",
    "Minta dikirim pagi hari",
    "Reseller area Bekasi",
    "Selalu minta dibungkus kado",
    "Alamat kantor, kirim hari kerja",
    "Langganan sejak bazar 2025",
    "Ukuran biasanya XL",
)

RESELLER_GROUP_TITLES: tuple[str, ...] = (
    "Grup Reseller Berkah Jaya",
    "Dropshipper Berkah Jaya",
    "Info Stok Berkah Jaya",
)

SHOP_NAME = "Toko Berkah Jaya"
OWNER_NAME = "Siti Rahayu"
OWNER_WHATSAPP = "+6281234567890"
BANK_LINE = "BCA 1234567890 a.n. Siti Rahayu"
