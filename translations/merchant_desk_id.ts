<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>tidak dilacak</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Disembunyikan</translation>
    </message>
    <message>
        <source>On sale for %1 instead of %2</source>
        <translation>Diskon: %1, harga normal %2</translation>
    </message>
    <message>
        <source>Low on stock: %1 left</source>
        <translation>Stok menipis: sisa %1</translation>
    </message>
    <message>
        <source>Stock cannot be negative.</source>
        <translation>Stok tidak boleh negatif.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of items. Leave it empty when you do not track stock.</source>
        <translation>&apos;%1&apos; bukan jumlah barang. Kosongkan jika stok tidak dilacak.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Merchant Desk</source>
        <translation>Tentang Merchant Desk</translation>
    </message>
    <message>
        <source>Chats, catalog, orders and loyalty points for shops that sell through WhatsApp — on your own computer, online or offline.</source>
        <translation>Chat, katalog, pesanan, dan poin loyalitas untuk toko yang berjualan lewat WhatsApp — di komputer Anda sendiri, online maupun offline.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Folder data: %1</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>Sesuaikan poin</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poin</translation>
    </message>
    <message>
        <source>Required, e.g. points from the old paper card</source>
        <translation>Wajib diisi, mis. poin dari kartu kertas lama</translation>
    </message>
    <message>
        <source>Add (+) or remove (−)</source>
        <translation>Tambah (+) atau kurangi (−)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Save adjustment</source>
        <translation>Simpan penyesuaian</translation>
    </message>
    <message>
        <source>Say why the points are adjusted.</source>
        <translation>Sebutkan alasan penyesuaian poin.</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Shop set up</source>
        <translation>Toko disiapkan</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Pengaturan diubah</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Wrong PIN entered</source>
        <translation>PIN salah dimasukkan</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN diubah</translation>
    </message>
    <message>
        <source>PIN removed</source>
        <translation>PIN dihapus</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>Produk ditambahkan</translation>
    </message>
    <message>
        <source>Product edited</source>
        <translation>Produk diubah</translation>
    </message>
    <message>
        <source>Product moved to the trash</source>
        <translation>Produk dipindahkan ke sampah</translation>
    </message>
    <message>
        <source>Product restored from the trash</source>
        <translation>Produk dipulihkan dari sampah</translation>
    </message>
    <message>
        <source>Product deleted for good</source>
        <translation>Produk dihapus permanen</translation>
    </message>
    <message>
        <source>Product hidden</source>
        <translation>Produk disembunyikan</translation>
    </message>
    <message>
        <source>Product shown</source>
        <translation>Produk ditampilkan</translation>
    </message>
    <message>
        <source>Price changed</source>
        <translation>Harga diubah</translation>
    </message>
    <message>
        <source>Stock changed</source>
        <translation>Stok diubah</translation>
    </message>
    <message>
        <source>Availability changed</source>
        <translation>Ketersediaan diubah</translation>
    </message>
    <message>
        <source>Collection added</source>
        <translation>Koleksi ditambahkan</translation>
    </message>
    <message>
        <source>Collection renamed</source>
        <translation>Nama koleksi diubah</translation>
    </message>
    <message>
        <source>Collection deleted</source>
        <translation>Koleksi dihapus</translation>
    </message>
    <message>
        <source>Collections reordered</source>
        <translation>Urutan koleksi diubah</translation>
    </message>
    <message>
        <source>Products added to a collection</source>
        <translation>Produk ditambahkan ke koleksi</translation>
    </message>
    <message>
        <source>Products removed from a collection</source>
        <translation>Produk dikeluarkan dari koleksi</translation>
    </message>
    <message>
        <source>Catalog imported</source>
        <translation>Katalog diimpor</translation>
    </message>
    <message>
        <source>Catalog exported</source>
        <translation>Katalog diekspor</translation>
    </message>
    <message>
        <source>WhatsApp chat imported</source>
        <translation>Chat WhatsApp diimpor</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>Pelanggan ditambahkan</translation>
    </message>
    <message>
        <source>Customer edited</source>
        <translation>Data pelanggan diubah</translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation>Pelanggan digabungkan</translation>
    </message>
    <message>
        <source>Customer moved to the trash</source>
        <translation>Pelanggan dipindahkan ke sampah</translation>
    </message>
    <message>
        <source>Customer restored from the trash</source>
        <translation>Pelanggan dipulihkan dari sampah</translation>
    </message>
    <message>
        <source>Broadcast consent changed</source>
        <translation>Persetujuan siaran diubah</translation>
    </message>
    <message>
        <source>Conversation assigned</source>
        <translation>Percakapan ditugaskan</translation>
    </message>
    <message>
        <source>Label added</source>
        <translation>Label ditambahkan</translation>
    </message>
    <message>
        <source>Label renamed</source>
        <translation>Nama label diubah</translation>
    </message>
    <message>
        <source>Label deleted</source>
        <translation>Label dihapus</translation>
    </message>
    <message>
        <source>Keyword rule added</source>
        <translation>Aturan kata kunci ditambahkan</translation>
    </message>
    <message>
        <source>Keyword rule changed</source>
        <translation>Aturan kata kunci diubah</translation>
    </message>
    <message>
        <source>Keyword rule deleted</source>
        <translation>Aturan kata kunci dihapus</translation>
    </message>
    <message>
        <source>Keyword rules run over the history</source>
        <translation>Aturan kata kunci diterapkan ke riwayat</translation>
    </message>
    <message>
        <source>Demo shop created</source>
        <translation>Toko demo dibuat</translation>
    </message>
    <message>
        <source>Quick replies added</source>
        <translation>Balasan cepat ditambahkan</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>Restore undone</source>
        <translation>Pemulihan dibatalkan</translation>
    </message>
    <message>
        <source>Window locked</source>
        <translation>Jendela dikunci</translation>
    </message>
    <message>
        <source>Staff profile added</source>
        <translation>Profil staf ditambahkan</translation>
    </message>
    <message>
        <source>Staff profile edited</source>
        <translation>Profil staf diubah</translation>
    </message>
    <message>
        <source>Staff profile turned off</source>
        <translation>Profil staf dinonaktifkan</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN diatur ulang</translation>
    </message>
    <message>
        <source>Connection keys saved</source>
        <translation>Kunci koneksi disimpan</translation>
    </message>
    <message>
        <source>Connection keys removed</source>
        <translation>Kunci koneksi dihapus</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Pesanan dibuat</translation>
    </message>
    <message>
        <source>Order status changed</source>
        <translation>Status pesanan diubah</translation>
    </message>
    <message>
        <source>Stock taken for an order</source>
        <translation>Stok diambil untuk pesanan</translation>
    </message>
    <message>
        <source>Stock returned from an order</source>
        <translation>Stok dikembalikan dari pesanan</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Poin didapat</translation>
    </message>
    <message>
        <source>Points taken back</source>
        <translation>Poin ditarik kembali</translation>
    </message>
    <message>
        <source>Welcome bonus points</source>
        <translation>Poin bonus selamat datang</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>Poin disesuaikan</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Poin kedaluwarsa</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Poin ditukarkan</translation>
    </message>
    <message>
        <source>Reward added</source>
        <translation>Hadiah ditambahkan</translation>
    </message>
    <message>
        <source>Reward edited</source>
        <translation>Hadiah diubah</translation>
    </message>
    <message>
        <source>Reward code used</source>
        <translation>Kode hadiah dipakai</translation>
    </message>
    <message>
        <source>Reward code cancelled</source>
        <translation>Kode hadiah dibatalkan</translation>
    </message>
    <message>
        <source>Broadcast created</source>
        <translation>Siaran dibuat</translation>
    </message>
    <message>
        <source>Broadcast started</source>
        <translation>Siaran dimulai</translation>
    </message>
    <message>
        <source>Broadcast paused</source>
        <translation>Siaran dijeda</translation>
    </message>
    <message>
        <source>Broadcast resumed</source>
        <translation>Siaran dilanjutkan</translation>
    </message>
    <message>
        <source>Broadcast message sent</source>
        <translation>Pesan siaran terkirim</translation>
    </message>
    <message>
        <source>Broadcast message skipped</source>
        <translation>Pesan siaran dilewati</translation>
    </message>
    <message>
        <source>Broadcast deleted</source>
        <translation>Siaran dihapus</translation>
    </message>
    <message>
        <source>Quick reply added</source>
        <translation>Balasan cepat ditambahkan</translation>
    </message>
    <message>
        <source>Quick reply edited</source>
        <translation>Balasan cepat diubah</translation>
    </message>
    <message>
        <source>Quick reply deleted</source>
        <translation>Balasan cepat dihapus</translation>
    </message>
    <message>
        <source>Quick replies imported</source>
        <translation>Balasan cepat diimpor</translation>
    </message>
    <message>
        <source>FAQ answer added</source>
        <translation>Jawaban FAQ ditambahkan</translation>
    </message>
    <message>
        <source>FAQ answer edited</source>
        <translation>Jawaban FAQ diubah</translation>
    </message>
    <message>
        <source>FAQ answer deleted</source>
        <translation>Jawaban FAQ dihapus</translation>
    </message>
    <message>
        <source>Customer interest noted</source>
        <translation>Minat pelanggan dicatat</translation>
    </message>
    <message>
        <source>Customer interest removed</source>
        <translation>Minat pelanggan dihapus</translation>
    </message>
    <message>
        <source>Follow-up sent</source>
        <translation>Tindak lanjut terkirim</translation>
    </message>
    <message>
        <source>Follow-up skipped</source>
        <translation>Tindak lanjut dilewati</translation>
    </message>
    <message>
        <source>Reminder set</source>
        <translation>Pengingat dipasang</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>Pengingat selesai</translation>
    </message>
    <message>
        <source>Customer data exported</source>
        <translation>Data pelanggan diekspor</translation>
    </message>
    <message>
        <source>Customer data erased</source>
        <translation>Data pelanggan dihapus</translation>
    </message>
    <message>
        <source>shop profile</source>
        <translation>profil toko</translation>
    </message>
    <message>
        <source>loyalty program</source>
        <translation>program loyalitas</translation>
    </message>
    <message>
        <source>automatic replies</source>
        <translation>balasan otomatis</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>cadangan</translation>
    </message>
    <message>
        <source>photo web address</source>
        <translation>alamat web foto</translation>
    </message>
    <message>
        <source>automatic lock</source>
        <translation>kunci otomatis</translation>
    </message>
    <message>
        <source>payment instructions</source>
        <translation>cara pembayaran</translation>
    </message>
    <message>
        <source>starter set</source>
        <translation>set awal</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API</source>
        <translation>WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>customer no. %1</source>
        <translation>pelanggan no. %1</translation>
    </message>
    <message>
        <source>chat no. %1</source>
        <translation>chat no. %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Ketersediaan</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Disembunyikan</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Harga diskon</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Cost in points</source>
        <translation>Harga poin</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Pesan baru</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>With photos</source>
        <translation>Dengan foto</translation>
    </message>
    <message>
        <source>Password-protected</source>
        <translation>Dilindungi kata sandi</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Old backups removed</source>
        <translation>Cadangan lama dihapus</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Left out (no consent)</source>
        <translation>Tidak dikirimi (belum setuju)</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Kata kunci</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Labels added</source>
        <translation>Label ditambahkan</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Agreed to broadcasts</source>
        <translation>Setuju menerima siaran</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Kelompok poin</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Balasan cepat</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Rupiah per point</source>
        <translation>Rupiah per poin</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Minimal belanja</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Points expire after (months)</source>
        <translation>Poin hangus setelah (bulan)</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Bonus selamat datang</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>access key</source>
        <translation>kunci akses</translation>
    </message>
    <message>
        <source>app secret key</source>
        <translation>kunci rahasia aplikasi</translation>
    </message>
    <message>
        <source>phone number ID</source>
        <translation>ID nomor telepon</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Waktu (%1)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objek</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>%n entri diekspor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutomationDialog</name>
    <message>
        <source>Automated messages</source>
        <translation>Pesan otomatis</translation>
    </message>
    <message>
        <source>Greet a customer&apos;s first message</source>
        <translation>Sapa pesan pertama pelanggan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Answer when the shop is away</source>
        <translation>Balas saat toko tidak di tempat</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Selalu</translation>
    </message>
    <message>
        <source>Outside business hours</source>
        <translation>Di luar jam buka</translation>
    </message>
    <message>
        <source>During a date range</source>
        <translation>Selama rentang tanggal</translation>
    </message>
    <message>
        <source>Suggest FAQ answers in the Inbox</source>
        <translation>Sarankan jawaban FAQ di Kotak masuk</translation>
    </message>
    <message>
        <source>…or the first after a silence of</source>
        <translation>…atau pesan pertama setelah tidak ada percakapan selama</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Salam</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Tidak di tempat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Away message</source>
        <translation>Pesan tidak di tempat</translation>
    </message>
    <message>
        <source>Suggest when the match is at least</source>
        <translation>Sarankan jika kecocokan minimal</translation>
    </message>
    <message>
        <source>Greeting and away</source>
        <translation>Salam dan tidak di tempat</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>FAQ answers</source>
        <translation>Jawaban FAQ</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the shop</source>
        <translation>Cadangkan data toko</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>Cadangan (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sedang mencadangkan…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Cadangan tersimpan: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.db *.zip *.mdenc);;All files (*)</source>
        <translation>Cadangan (*.sqlite3 *.db *.zip *.mdenc);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Replace the shop&apos;s current data with this backup?

%1

You can undo this once in File → Settings → Backups.</source>
        <translation>Ganti data toko saat ini dengan cadangan ini?

%1

Anda dapat membatalkannya satu kali di Berkas → Pengaturan → Cadangan.</translation>
    </message>
    <message>
        <source>This backup is protected. Passphrase:</source>
        <translation>Cadangan ini dilindungi. Frasa sandi:</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Cadangan berhasil dipulihkan.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up automatically at start-up (once a day; 7 daily and 4 weekly kept)</source>
        <translation>Cadangkan otomatis saat aplikasi dibuka (sekali sehari; 7 cadangan harian dan 4 mingguan disimpan)</translation>
    </message>
    <message>
        <source>Include product photos</source>
        <translation>Sertakan foto produk</translation>
    </message>
    <message>
        <source>Protect backups with a passphrase</source>
        <translation>Lindungi cadangan dengan frasa sandi</translation>
    </message>
    <message>
        <source>leave empty to keep the stored passphrase</source>
        <translation>kosongkan untuk tetap memakai frasa sandi yang tersimpan</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>Simpan pengaturan cadangan</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>Undo last restore</source>
        <translation>Batalkan pemulihan terakhir</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>with photos</source>
        <translation>dengan foto</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>frasa sandi</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation>Cadangan dibuat.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Pilih cadangan di daftar terlebih dahulu.</translation>
    </message>
    <message>
        <source>Replace the shop&apos;s current data with the backup of %1? You can undo this once.</source>
        <translation>Ganti data toko saat ini dengan cadangan dari %1? Anda dapat membatalkannya satu kali.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Dipulihkan.</translation>
    </message>
    <message>
        <source>The restore was undone.</source>
        <translation>Pemulihan dibatalkan.</translation>
    </message>
</context>
<context>
    <name>BroadcastList</name>
    <message>
        <source>Broadcasts</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>No broadcasts yet.
A broadcast sends one message to many customers who agreed to receive it, one by one through WhatsApp.</source>
        <translation>Belum ada siaran.
Siaran mengirim satu pesan ke banyak pelanggan yang sudah setuju menerimanya, satu per satu lewat WhatsApp.</translation>
    </message>
    <message>
        <source>New broadcast…</source>
        <translation>Siaran baru…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>BroadcastListModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Tidak diikutkan</translation>
    </message>
    <message>
        <source>Replied in 48 h</source>
        <translation>Membalas ≤ 48 jam</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>No consent: %1</source>
        <translation>Belum setuju: %1</translation>
    </message>
    <message>
        <source>No WhatsApp number: %1</source>
        <translation>Tanpa nomor WhatsApp: %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 dilewati</translation>
    </message>
</context>
<context>
    <name>BroadcastQueue</name>
    <message>
        <source>Broadcast</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>Open WhatsApp for the next recipient</source>
        <translation>Buka WhatsApp untuk penerima berikutnya</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Left out: no consent</source>
        <translation>Tidak diikutkan: belum setuju</translation>
    </message>
    <message>
        <source>Left out: no WhatsApp number</source>
        <translation>Tidak diikutkan: tanpa nomor WhatsApp</translation>
    </message>
    <message>
        <source>Replied within 48 hours</source>
        <translation>Membalas dalam 48 jam</translation>
    </message>
    <message>
        <source>Next: %1 (%2 waiting)</source>
        <translation>Berikutnya: %1 (%2 menunggu)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Start sending</source>
        <translation>Mulai kirim</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sedang dikirim</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Broadcast finished</source>
        <translation>Siaran selesai</translation>
    </message>
    <message>
        <source>No one to send to.</source>
        <translation>Tidak ada penerima.</translation>
    </message>
    <message>
        <source>What %1, the first recipient, will get:</source>
        <translation>Pesan untuk %1, penerima pertama:</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will get this message one by one: WhatsApp opens with the text typed in and you press send there.</source>
        <translation>
            <numerusform>%n pelanggan akan menerima pesan ini satu per satu: WhatsApp terbuka dengan teks sudah terisi, lalu Anda tekan kirim di sana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Next: %1 (%2 waiting)</source>
        <translation>Dijeda. Berikutnya: %1 (%2 menunggu)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Selesai %1</translation>
    </message>
    <message>
        <source>Created %1, not started yet</source>
        <translation>Dibuat %1, belum mulai dikirim</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 dari %2 terkirim</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n dilewati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n terkirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out because they have not agreed</source>
        <translation>
            <numerusform>%n tidak diikutkan karena belum setuju</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no WhatsApp number</source>
        <translation>
            <numerusform>%n tidak diikutkan karena tanpa nomor WhatsApp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replied within 48 hours.</source>
        <translation>
            <numerusform>%n membalas dalam 48 jam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastWizard</name>
    <message>
        <source>New broadcast</source>
        <translation>Siaran baru</translation>
    </message>
    <message>
        <source>e.g. Promo akhir tahun</source>
        <translation>mis. Promo akhir tahun</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Teks bebas</translation>
    </message>
    <message>
        <source>Halo kak {nama}, …</source>
        <translation>Halo kak {nama}, …</translation>
    </message>
    <message>
        <source>Any of the ticked labels</source>
        <translation>Salah satu label yang dicentang</translation>
    </message>
    <message>
        <source>All of the ticked labels</source>
        <translation>Semua label yang dicentang</translation>
    </message>
    <message>
        <source>Contacted since</source>
        <translation>Dihubungi sejak</translation>
    </message>
    <message>
        <source>Bought since</source>
        <translation>Membeli sejak</translation>
    </message>
    <message>
        <source>Create and start sending</source>
        <translation>Buat dan mulai kirim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Mulai dari</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Only customers who agreed to receive messages are included.</source>
        <translation>Hanya pelanggan yang setuju menerima pesan yang diikutkan.</translation>
    </message>
    <message>
        <source>Write the message to see it as customers will.</source>
        <translation>Tulis pesan untuk melihat tampilannya bagi pelanggan.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n penerima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no consent</source>
        <translation>
            <numerusform>%n tidak diikutkan: belum setuju</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no WhatsApp number</source>
        <translation>
            <numerusform>%n tidak diikutkan: tanpa nomor WhatsApp</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the broadcast a name, e.g. Promo Gajian.</source>
        <translation>Beri nama siaran ini, mis. Promo Gajian.</translation>
    </message>
    <message>
        <source>Choose a product (under Product) to fill %1, or take it out of the message.</source>
        <translation>Pilih produk (di bagian Produk) untuk mengisi %1, atau hapus dari pesan.</translation>
    </message>
    <message>
        <source>The chosen product has nothing for %1: take it out of the message.</source>
        <translation>Produk yang dipilih tidak punya isi untuk %1: hapus dari pesan.</translation>
    </message>
    <message>
        <source>Not every recipient has a value for %1: take it out of the message or choose recipients who have one.</source>
        <translation>Tidak semua penerima punya isi untuk %1: hapus dari pesan atau pilih penerima yang punya.</translation>
    </message>
</context>
<context>
    <name>CatalogActions</name>
    <message>
        <source>New product</source>
        <translation>Produk baru</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Hapus permanen…</translation>
    </message>
    <message>
        <source>Change price…</source>
        <translation>Ubah harga…</translation>
    </message>
    <message>
        <source>Set stock…</source>
        <translation>Atur stok…</translation>
    </message>
    <message>
        <source>Hide from catalog</source>
        <translation>Sembunyikan dari katalog</translation>
    </message>
    <message>
        <source>Show in catalog</source>
        <translation>Tampilkan di katalog</translation>
    </message>
    <message>
        <source>Set availability</source>
        <translation>Atur ketersediaan</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Tambahkan ke koleksi</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Keluarkan dari koleksi</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bagikan</translation>
    </message>
    <message>
        <source>Still loading the list — try again in a moment.</source>
        <translation>Daftar masih dimuat — coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Changed the price of %n product(s).</source>
        <translation>Harga %n produk diubah.</translation>
    </message>
    <message>
        <source>Duplicated the product.</source>
        <translation>Produk berhasil diduplikat.</translation>
    </message>
    <message>
        <source>Moved %n product(s) to the trash. Open Trash to restore.</source>
        <translation>%n produk dipindahkan ke sampah. Buka Sampah untuk memulihkan.</translation>
    </message>
    <message>
        <source>Restored %n product(s).</source>
        <translation>%n produk dipulihkan.</translation>
    </message>
    <message>
        <source>Delete %n product(s) forever? This cannot be undone.</source>
        <translation>Hapus %n produk secara permanen? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>CatalogLabels</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Refurbished</source>
        <translation>Rekondisi</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Bekas</translation>
    </message>
    <message>
        <source>In stock</source>
        <extracomment>Meta&apos;s availability values (stored in English) and their labels, in Meta&apos;s order.</extracomment>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Stok habis</translation>
    </message>
    <message>
        <source>Pre-order</source>
        <translation>Pre-order</translation>
    </message>
    <message>
        <source>Available for order</source>
        <translation>Bisa dipesan</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Tidak dijual lagi</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Produk baru</translation>
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation>Tambah produk (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>Tindakan massal</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Import catalog…</source>
        <translation>Impor katalog…</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Memuat produk…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in the trash</source>
        <translation>
            <numerusform>%n produk di sampah</numerusform>
        </translation>
    </message>
    <message>
        <source>No products match</source>
        <translation>Tidak ada produk yang cocok</translation>
    </message>
    <message>
        <source>%1+ products</source>
        <translation>%1+ produk</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n dipilih</numerusform>
        </translation>
    </message>
    <message>
        <source>No products yet — add one or import your catalog</source>
        <translation>Belum ada produk — tambahkan produk atau impor katalog Anda</translation>
    </message>
    <message>
        <source>Import the CSV you already use for Meta, Shopify or WooCommerce, or add products one by one.</source>
        <translation>Impor CSV yang sudah Anda pakai untuk Meta, Shopify, atau WooCommerce, atau tambahkan produk satu per satu.</translation>
    </message>
</context>
<context>
    <name>ChooseTime</name>
    <message>
        <source>Remind me</source>
        <translation>Ingatkan saya</translation>
    </message>
    <message>
        <source>Remind me at (%1)</source>
        <translation>Ingatkan saya pada (%1)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a reply… (Ctrl+Enter sends it through WhatsApp)</source>
        <translation>Tulis balasan… (Ctrl+Enter untuk mengirim lewat WhatsApp)</translation>
    </message>
    <message>
        <source>Send via WhatsApp</source>
        <translation>Kirim lewat WhatsApp</translation>
    </message>
    <message>
        <source>Opens WhatsApp with this reply typed in and records it (Ctrl+Enter)</source>
        <translation>Membuka WhatsApp dengan balasan ini sudah terketik, lalu mencatatnya (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the reply to paste it into WhatsApp yourself</source>
        <translation>Salin balasan untuk Anda tempel sendiri di WhatsApp</translation>
    </message>
    <message>
        <source>Reply options</source>
        <translation>Opsi balasan</translation>
    </message>
    <message>
        <source>Open replies in WhatsApp Desktop (whatsapp://)</source>
        <translation>Buka balasan di WhatsApp Desktop (whatsapp://)</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Phone number ID</source>
        <translation>ID nomor telepon</translation>
    </message>
    <message>
        <source>&lt;b&gt;WhatsApp Cloud API&lt;/b&gt;</source>
        <translation>&lt;b&gt;WhatsApp Cloud API&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Access key (token)</source>
        <translation>Kunci akses (token)</translation>
    </message>
    <message>
        <source>App secret key</source>
        <translation>Kunci rahasia aplikasi</translation>
    </message>
    <message>
        <source>Copy it from Meta for Developers → your app → WhatsApp → API Setup.</source>
        <translation>Salin dari Meta for Developers → aplikasi Anda → WhatsApp → API Setup.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Save securely in this computer&apos;s password vault</source>
        <translation>Simpan dengan aman di brankas kata sandi komputer</translation>
    </message>
    <message>
        <source>Remove the saved keys</source>
        <translation>Hapus kunci yang tersimpan</translation>
    </message>
    <message>
        <source>Kept safely in this computer&apos;s password vault, never in the shop&apos;s data or backups. Leave a field empty to keep what is stored.</source>
        <translation>Disimpan dengan aman di brankas kata sandi komputer ini, tidak pernah di data toko atau cadangan. Biarkan kolom kosong untuk mempertahankan yang sudah tersimpan.</translation>
    </message>
    <message>
        <source>Stored with the system keyring: %1</source>
        <translation>Disimpan dengan keyring sistem: %1</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>tersimpan</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <source>This computer&apos;s password vault is not switched on, so these keys cannot be saved safely. Ask whoever looks after this computer to turn it on (they will find what is needed under Details).</source>
        <translation>Brankas kata sandi di komputer ini belum aktif, jadi kunci ini belum bisa disimpan dengan aman. Minta bantuan orang yang biasa mengurus komputer ini untuk mengaktifkannya (keterangannya ada di Detail).</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n pengingat jatuh tempo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Crop square</source>
        <translation>Potong persegi</translation>
    </message>
    <message>
        <source>Drag the square to choose what the catalog shows; drag a corner to resize it.</source>
        <translation>Geser kotak untuk memilih bagian yang tampil di katalog; tarik sudutnya untuk mengubah ukuran.</translation>
    </message>
    <message>
        <source>%1 × %1 px</source>
        <translation>%1 × %1 px</translation>
    </message>
    <message>
        <source>smaller than 500 × 500 px: WhatsApp&apos;s catalog refuses such photos</source>
        <translation>lebih kecil dari 500 × 500 px: katalog WhatsApp menolak foto seperti ini</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Earned</source>
        <translation>Didapat</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Ditukarkan</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Disesuaikan</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Ditarik kembali</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>Tukarkan…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Sesuaikan…</translation>
    </message>
    <message>
        <source>Send points balance</source>
        <translation>Kirim saldo poin</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Pilih pelanggan</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} poin</translation>
    </message>
    <message>
        <source>Tier: {0}</source>
        <translation>Tingkat: {0}</translation>
    </message>
    <message>
        <source>{0} points earned in the last 12 months</source>
        <translation>{0} poin didapat dalam 12 bulan terakhir</translation>
    </message>
    <message>
        <source>{0} expire on {1}</source>
        <translation>{0} kedaluwarsa pada {1}</translation>
    </message>
    <message>
        <source>No WhatsApp number: the message was copied to paste in the chat.</source>
        <translation>Tidak ada nomor WhatsApp: pesan sudah disalin untuk ditempel di chat.</translation>
    </message>
</context>
<context>
    <name>CustomerDataPage</name>
    <message>
        <source>A customer may ask for a copy of everything the shop holds about them, or for it to be erased. Erasing removes their name, number, notes and message texts; orders and points stay, without a name, for the books.</source>
        <translation>Pelanggan boleh meminta salinan semua data yang disimpan toko tentang dirinya, atau meminta data itu dihapus. Menghapus akan menghilangkan nama, nomor, catatan, dan isi pesannya; pesanan dan poin tetap ada tanpa nama, untuk pembukuan.</translation>
    </message>
    <message>
        <source>Find a customer by name, number or Instagram…</source>
        <translation>Cari pelanggan menurut nama, nomor, atau Instagram…</translation>
    </message>
    <message>
        <source>Customers in the trash</source>
        <translation>Pelanggan di tempat sampah</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Kontak terakhir</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation>Ekspor datanya…</translation>
    </message>
    <message>
        <source>Erase their personal data…</source>
        <translation>Hapus data pribadinya…</translation>
    </message>
    <message>
        <source>Restore customer</source>
        <translation>Pulihkan pelanggan</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 sudah dipulihkan.</translation>
    </message>
    <message>
        <source>Export a customer&apos;s data</source>
        <translation>Ekspor data pelanggan</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Berkas zip (*.zip)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Disimpan ke %1.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Hapus data pribadi</translation>
    </message>
    <message>
        <source>This cannot be undone. Their name, number, notes, message texts and attachments are erased; orders and points stay without a name.

Type %1 to confirm:</source>
        <translation>Ini tidak dapat dibatalkan. Nama, nomor, catatan, isi pesan, dan lampirannya dihapus; pesanan dan poin tetap ada tanpa nama.

Ketik %1 untuk mengonfirmasi:</translation>
    </message>
    <message>
        <source>Nothing erased: the name typed did not match.</source>
        <translation>Tidak ada yang dihapus: nama yang diketik tidak cocok.</translation>
    </message>
    <message>
        <source>Erased: %1 messages cleared, %2 attachments deleted.</source>
        <translation>Dihapus: %1 pesan dikosongkan, %2 lampiran dihapus.</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Ubah data pelanggan</translation>
    </message>
    <message>
        <source>e.g. 0812-3456-7890</source>
        <translation>mis. 0812-3456-7890</translation>
    </message>
    <message>
        <source>TikTok, Facebook, Shopee…</source>
        <translation>TikTok, Facebook, Shopee…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Nomor WhatsApp</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Other account</source>
        <translation>Akun lain</translation>
    </message>
    <message>
        <source>Any Indonesian spelling works: 0812…, 62812…, +62 812-…; it is kept as +62.</source>
        <translation>Tulis dengan cara apa saja: 0812…, 62812…, +62 812-…; disimpan sebagai +62.</translation>
    </message>
    <message>
        <source>This number belongs to %1.</source>
        <translation>Nomor ini milik %1.</translation>
    </message>
    <message>
        <source>This number belongs to %1, who is in the trash.</source>
        <translation>Nomor ini milik %1, yang ada di tempat sampah.</translation>
    </message>
    <message>
        <source>Merge with %1 instead…</source>
        <translation>Gabungkan dengan %1 saja…</translation>
    </message>
    <message>
        <source>The two become one customer; then this number is saved.</source>
        <translation>Keduanya menjadi satu pelanggan; lalu nomor ini disimpan.</translation>
    </message>
</context>
<context>
    <name>CustomerInterestsWidget</name>
    <message>
        <source>Waiting for</source>
        <translation>Menunggu produk</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Tambah produk…</translation>
    </message>
    <message>
        <source>Mark the customer interested in a catalog product</source>
        <translation>Tandai pelanggan tertarik pada produk katalog</translation>
    </message>
    <message>
        <source>Nothing yet: add a product they asked about</source>
        <translation>Belum ada: tambahkan produk yang ia tanyakan</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (di tempat sampah)</translation>
    </message>
    <message>
        <source>Stop waiting for %1</source>
        <translation>Berhenti menunggu %1</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Stok tersedia lagi</translation>
    </message>
    <message>
        <source>Price drop</source>
        <translation>Harga turun</translation>
    </message>
</context>
<context>
    <name>CustomerOrdersWidget</name>
    <message>
        <source>Orders &amp; points</source>
        <translation>Pesanan &amp; poin</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; points{1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; poin{1}</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Belum ada pesanan</translation>
    </message>
    <message>
        <source>Open order {0}</source>
        <translation>Buka pesanan {0}</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ditugaskan ke</translation>
    </message>
    <message>
        <source>Edit labels</source>
        <translation>Ubah label</translation>
    </message>
    <message>
        <source>The customer&apos;s details, labels, notes and orders appear here.</source>
        <translation>Data pelanggan, label, catatan, dan pesanannya muncul di sini.</translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation>Ubah data…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Merge with another customer…</source>
        <translation>Gabungkan dengan pelanggan lain…</translation>
    </message>
    <message>
        <source>Move customer to the trash…</source>
        <translation>Pindahkan pelanggan ke tempat sampah…</translation>
    </message>
    <message>
        <source>Sizes, address, preferences… (saved when you leave the field)</source>
        <translation>Ukuran, alamat, preferensi… (tersimpan saat Anda meninggalkan kolom ini)</translation>
    </message>
    <message>
        <source>Agreed to receive broadcasts</source>
        <translation>Setuju menerima siaran</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Kontak pertama</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Kontak terakhir</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>No conversation chosen</source>
        <translation>Belum ada percakapan yang dipilih</translation>
    </message>
    <message>
        <source>No labels</source>
        <translation>Tanpa label</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>Chat grup</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Tanpa nomor telepon</translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation>Setuju pada %1</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Persetujuan ditarik pada %1</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>Belum pernah ditanya</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>set manually by %1</source>
        <translation>diatur manual oleh %1</translation>
    </message>
    <message>
        <source>Move %1 to the trash?

Their conversations, orders and points stay, and come back if the customer is restored (Settings → Customer data → Customers in the trash).</source>
        <translation>Pindahkan %1 ke tempat sampah?

Percakapan, pesanan, dan poinnya tetap tersimpan dan kembali jika pelanggan dipulihkan (Pengaturan → Data pelanggan → Pelanggan di tempat sampah).</translation>
    </message>
    <message>
        <source>Move customer to the trash</source>
        <translation>Pindahkan pelanggan ke tempat sampah</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer (optional): type a name or number…</source>
        <translation>Pelanggan (opsional): ketik nama atau nomor…</translation>
    </message>
</context>
<context>
    <name>DueWatcher</name>
    <message>
        <source>Reminder due: %1</source>
        <translation>Pengingat jatuh tempo: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Merchant Desk</source>
        <translation>Merchant Desk</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Terjadi kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong inside Merchant Desk. Your saved data is safe.

The details were written to the log file:
{path}</source>
        <translation>Terjadi masalah di dalam Merchant Desk. Data yang sudah tersimpan tetap aman.

Rinciannya dicatat di berkas log:
{path}</translation>
    </message>
</context>
<context>
    <name>ExportCatalogDialog</name>
    <message>
        <source>Export products</source>
        <translation>Ekspor produk</translation>
    </message>
    <message>
        <source>Meta catalog feed (CSV)</source>
        <translation>Feed katalog Meta (CSV)</translation>
    </message>
    <message>
        <source>Merchant Desk bundle (.zip)</source>
        <translation>Paket Merchant Desk (.zip)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Tampilkan di folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>For WhatsApp, Instagram and Facebook catalogs: upload it in Commerce Manager as a data feed.</source>
        <translation>Untuk katalog WhatsApp, Instagram, dan Facebook: unggah di Commerce Manager sebagai feed data.</translation>
    </message>
    <message>
        <source>Public address of your photos</source>
        <translation>Alamat publik foto Anda</translation>
    </message>
    <message>
        <source>Meta only takes photos from the web. If your photo folder is online, give its address and each photo is linked as address/&lt;photo&gt;.jpg; otherwise only photo links your products already have are used.</source>
        <translation>Meta hanya mengambil foto dari web. Jika folder foto Anda online, isi alamatnya dan setiap foto akan ditautkan sebagai alamat/&lt;photo&gt;.jpg; jika tidak, hanya tautan foto yang sudah dimiliki produk Anda yang dipakai.</translation>
    </message>
    <message>
        <source>Every product, collection and photo in one file: to move the catalog to another computer or keep a copy. Import it back with Import products.</source>
        <translation>Semua produk, koleksi, dan foto dalam satu berkas: untuk memindahkan katalog ke komputer lain atau menyimpan salinannya. Impor kembali lewat Impor produk.</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Simpan ke</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Berkas zip (*.zip)</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Alamat harus diawali http:// atau https://.</translation>
    </message>
    <message>
        <source>Wrote %1 products to %2.</source>
        <translation>%1 produk disimpan ke %2.</translation>
    </message>
    <message>
        <source>%1 products have no photo link, and Commerce Manager refuses them until they do: %2</source>
        <translation>%1 produk belum punya tautan foto, dan Commerce Manager akan menolaknya sampai tautan itu ditambahkan: %2</translation>
    </message>
    <message>
        <source>Wrote %1 products and %2 photos to %3.</source>
        <translation>%1 produk dan %2 foto disimpan ke %3.</translation>
    </message>
    <message>
        <source>%1 photo files were missing from the photo folder and are not in the bundle.</source>
        <translation>%1 berkas foto tidak ditemukan di folder foto dan tidak masuk ke paket.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menyimpan %1…</translation>
    </message>
</context>
<context>
    <name>FaqPanel</name>
    <message>
        <source>One phrasing per line, e.g. brp harganya kak</source>
        <translation>Satu variasi kalimat per baris, mis. brp harganya kak</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Simpan jawaban</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Other phrasings</source>
        <translation>Variasi kalimat lain</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, SKU, brand or description  (Ctrl+F)</source>
        <translation>Cari nama, SKU, merek, atau deskripsi  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stok menipis</translation>
    </message>
    <message>
        <source>Only products whose tracked stock is at or below the threshold</source>
        <translation>Hanya produk yang stoknya dipantau dan sudah mencapai atau di bawah batas minimum</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Sampah</translation>
    </message>
    <message>
        <source>Deleted products, which can be restored</source>
        <translation>Produk yang dihapus dan masih bisa dipulihkan</translation>
    </message>
    <message>
        <source>Any availability</source>
        <translation>Semua ketersediaan</translation>
    </message>
    <message>
        <source>Shown and hidden</source>
        <translation>Ditampilkan dan disembunyikan</translation>
    </message>
    <message>
        <source>Shown only</source>
        <translation>Hanya yang ditampilkan</translation>
    </message>
    <message>
        <source>Hidden only</source>
        <translation>Hanya yang disembunyikan</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Semua koleksi</translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+F)</source>
        <translation>Cari di semua pesan (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Semua label</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Siapa saja</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message numerus="yes">
        <source>Unread (%n)</source>
        <translation>
            <numerusform>Belum dibaca (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <source>Show only conversations with unread messages</source>
        <translation>Tampilkan hanya percakapan yang punya pesan belum dibaca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Reminders and notices</source>
        <translation>Pengingat dan pemberitahuan</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Buka chat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Back in stock and price drops</source>
        <translation>Stok tersedia lagi dan harga turun</translation>
    </message>
    <message>
        <source>Due: %1 — %2</source>
        <translation>Jatuh tempo: %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Stok tersedia lagi</translation>
    </message>
    <message>
        <source>Price drop</source>
        <translation>Harga turun</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Tambah hari libur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Several ranges per day, separated by commas, e.g. 08:00-12:00, 13:00-17:00</source>
        <translation>Beberapa rentang per hari, pisahkan dengan koma, mis. 08:00-12:00, 13:00-17:00</translation>
    </message>
    <message>
        <source>Holidays (closed all day)</source>
        <translation>Hari libur (tutup seharian)</translation>
    </message>
    <message>
        <source>Cannot read the hours of %1. %2</source>
        <translation>Jam buka %1 tidak dapat dibaca. %2</translation>
    </message>
</context>
<context>
    <name>ImportCatalogDialog</name>
    <message>
        <source>Detect from the file</source>
        <translation>Deteksi dari berkas</translation>
    </message>
    <message>
        <source>Meta catalog feed (Commerce Manager)</source>
        <translation>Feed katalog Meta (Commerce Manager)</translation>
    </message>
    <message>
        <source>Shopify products CSV</source>
        <translation>CSV produk Shopify</translation>
    </message>
    <message>
        <source>WooCommerce products CSV</source>
        <translation>CSV produk WooCommerce</translation>
    </message>
    <message>
        <source>Merchant Desk export (CSV or .zip)</source>
        <translation>Ekspor Merchant Desk (CSV atau .zip)</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Impor produk</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Belum ada berkas yang dipilih</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose (or drop here) a product CSV from Meta Commerce Manager, Shopify or WooCommerce, or a Merchant Desk export. Nothing is changed until you click Import.</source>
        <translation>Pilih (atau letakkan di sini) CSV produk dari Meta Commerce Manager, Shopify, atau WooCommerce, atau hasil ekspor Merchant Desk. Tidak ada yang diubah sampai Anda mengklik Impor.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>diperbarui</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.zip);;All files (*)</source>
        <translation>Berkas katalog (*.csv *.zip);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Baris ditolak (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Peringatan (%1)</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Semua baris bisa diimpor.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Tidak ada peringatan.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Dibaca sebagai: %1</translation>
    </message>
    <message>
        <source>New collections: %1</source>
        <translation>Koleksi baru: %1</translation>
    </message>
    <message>
        <source>Nothing to import: every product in this file is already up to date.</source>
        <translation>Tidak ada yang perlu diimpor: semua produk di berkas ini sudah terbaru.</translation>
    </message>
    <message>
        <source>Click Import to add %1 and update %2 products in one step.</source>
        <translation>Klik Impor untuk menambahkan %1 dan memperbarui %2 produk sekaligus.</translation>
    </message>
    <message>
        <source>Rejected rows are left out.</source>
        <translation>Baris yang ditolak tidak diikutkan.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Impor dibatalkan: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>Diimpor: %1 baru, %2 diperbarui, %3 tidak berubah, %4 ditolak.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>ImportChatDialog</name>
    <message>
        <source>Import WhatsApp chat</source>
        <translation>Impor chat WhatsApp</translation>
    </message>
    <message>
        <source>In WhatsApp, open the chat, choose More → Export chat, and save the .txt or .zip file here. Importing the same chat again adds only new messages.</source>
        <translation>Di WhatsApp, buka chat, pilih Lainnya → Ekspor chat, lalu simpan berkas .txt atau .zip di sini. Jika chat yang sama diimpor lagi, hanya pesan baru yang ditambahkan.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Belum ada berkas yang dipilih</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Sesuai deteksi</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>Hari/bulan/tahun</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Bulan/hari/tahun</translation>
    </message>
    <message>
        <source>Year/month/day</source>
        <translation>Tahun/bulan/hari</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Urutan tanggal</translation>
    </message>
    <message>
        <source>Which one is the shop (me)?</source>
        <translation>Yang mana pihak toko (saya)?</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Pesan pertama</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Pesan terakhir</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Choose a WhatsApp export</source>
        <translation>Pilih hasil ekspor WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp exports (*.txt *.zip)</source>
        <translation>Ekspor WhatsApp (*.txt *.zip)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>detected from the file</source>
        <translation>terdeteksi dari berkas</translation>
    </message>
    <message>
        <source>the shop&apos;s usual order</source>
        <translation>urutan yang biasa dipakai toko</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>pilihan Anda</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>hari/bulan/tahun</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>bulan/hari/tahun</translation>
    </message>
    <message>
        <source>year/month/day</source>
        <translation>tahun/bulan/hari</translation>
    </message>
    <message>
        <source>group chat</source>
        <translation>chat grup</translation>
    </message>
    <message>
        <source>chat with one customer</source>
        <translation>chat dengan satu pelanggan</translation>
    </message>
    <message>
        <source>None of them</source>
        <translation>Tidak ada</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n pesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n lampiran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n pemberitahuan</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Saving messages…</source>
        <translation>Menyimpan pesan…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) imported</source>
        <translation>
            <numerusform>%n pesan baru diimpor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) stored</source>
        <translation>
            <numerusform>%n berkas disimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) added by rules</source>
        <translation>
            <numerusform>%n label ditambahkan oleh aturan</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: every message of this export was already imported.</source>
        <translation>Tidak ada yang baru: semua pesan dari ekspor ini sudah pernah diimpor.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Impor dibatalkan: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>InboxActionsMixin</name>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>%n message(s) found</source>
        <translation>%n pesan ditemukan</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <source>WhatsApp could not be opened. The reply was copied: paste it into WhatsApp yourself.</source>
        <translation>WhatsApp tidak bisa dibuka. Balasan sudah disalin: tempel sendiri di WhatsApp.</translation>
    </message>
    <message>
        <source>Reply copied: paste it into WhatsApp.</source>
        <translation>Balasan disalin: tempel di WhatsApp.</translation>
    </message>
</context>
<context>
    <name>InboxExtras</name>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Reminders, and back-in-stock / price-drop messages to send</source>
        <translation>Pengingat, dan pesan stok tersedia lagi / harga turun yang perlu dikirim</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n pengingat jatuh tempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to send</source>
        <translation>
            <numerusform>%n pesan perlu dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder set.</source>
        <translation>Pengingat diatur.</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <source>Import WhatsApp chat…</source>
        <translation>Impor chat WhatsApp…</translation>
    </message>
    <message>
        <source>Bring in a chat from WhatsApp&apos;s &quot;Export chat&quot; (.txt or .zip)</source>
        <translation>Masukkan chat dari fitur &quot;Ekspor chat&quot; WhatsApp (.txt atau .zip)</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Label…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Aturan…</translation>
    </message>
    <message>
        <source>Keyword rules that label incoming messages</source>
        <translation>Aturan kata kunci yang memberi label pada pesan masuk</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Memuat percakapan…</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n percakapan</numerusform>
        </translation>
    </message>
    <message>
        <source>Group chats cannot be answered through a WhatsApp link: reply in the group on your phone.</source>
        <translation>Chat grup tidak bisa dibalas lewat tautan WhatsApp: balas di grup lewat ponsel Anda.</translation>
    </message>
    <message>
        <source>This customer has no WhatsApp number: add one to reply.</source>
        <translation>Pelanggan ini belum punya nomor WhatsApp: tambahkan dulu untuk membalas.</translation>
    </message>
    <message>
        <source>Add WhatsApp number…</source>
        <translation>Tambah nomor WhatsApp…</translation>
    </message>
</context>
<context>
    <name>InboxTexts</name>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Pesan suara</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Stiker</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>InterestDialog</name>
    <message>
        <source>Interested in a product</source>
        <translation>Tertarik pada produk</translation>
    </message>
    <message>
        <source>Choose the product %1 is waiting for. When it is back in stock or cheaper, a message for them waits under Follow-ups.</source>
        <translation>Pilih produk yang ditunggu %1. Saat stoknya tersedia lagi atau harganya turun, pesan untuknya menunggu di Tindak lanjut.</translation>
    </message>
    <message>
        <source>Search the catalog by name or SKU…</source>
        <translation>Cari katalog menurut nama atau SKU…</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Stok tersedia lagi</translation>
    </message>
    <message>
        <source>Price drop</source>
        <translation>Harga turun</translation>
    </message>
    <message>
        <source>Notify me about:</source>
        <translation>Beri tahu saya saat:</translation>
    </message>
    <message>
        <source>Mark interested</source>
        <translation>Tandai tertarik</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Labels sort your chats the way WhatsApp Business does. Drag to reorder.</source>
        <translation>Label mengelompokkan chat Anda seperti di WhatsApp Business. Seret untuk mengubah urutan.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Warna…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Label baru</translation>
    </message>
    <message>
        <source>Name of the new label:</source>
        <translation>Nama label baru:</translation>
    </message>
    <message>
        <source>Rename label</source>
        <translation>Ganti nama label</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Warna label</translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>Hapus label</translation>
    </message>
    <message>
        <source>Delete the label &quot;%1&quot;? It is removed from every customer and chat; rules keep their other actions.</source>
        <translation>Hapus label &quot;%1&quot;? Label ini akan dilepas dari semua pelanggan dan chat; aturan tetap menjalankan tindakan lainnya.</translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <source>Loyalty</source>
        <translation>Loyalitas</translation>
    </message>
    <message>
        <source>An estimate of what the unredeemed points would cost the shop: points × the value per point of the Rupiah discount reward that gives the least per point. Free products and percentage caps are not used, so the figure is not inflated.</source>
        <translation>Perkiraan biaya poin yang belum ditukarkan bagi toko: poin × nilai per poin dari hadiah potongan Rupiah yang paling kecil nilainya per poin. Produk gratis dan batas diskon persen tidak dipakai, supaya angkanya tidak dibesar-besarkan.</translation>
    </message>
    <message>
        <source>Points owed to customers</source>
        <translation>Poin yang menjadi hak pelanggan</translation>
    </message>
    <message>
        <source>Program settings…</source>
        <translation>Pengaturan program…</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Harga poin</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Ditukar</translation>
    </message>
    <message>
        <source>Add reward…</source>
        <translation>Tambah hadiah…</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>{0} points not redeemed yet, valued by the reward “{1}” ({2} = {3} points)</source>
        <translation>{0} poin belum ditukarkan, dihitung dari hadiah “{1}” ({2} = {3} poin)</translation>
    </message>
    <message>
        <source>{0} points not redeemed yet, valued at {1} per point (program setting)</source>
        <translation>{0} poin belum ditukarkan, senilai {1} per poin (pengaturan program)</translation>
    </message>
    <message>
        <source>{0} points not redeemed yet; add a Rupiah discount reward to value them</source>
        <translation>{0} poin belum ditukarkan; tambahkan hadiah potongan Rupiah untuk menilainya</translation>
    </message>
    <message>
        <source>{0} (paused)</source>
        <translation>{0} (dijeda)</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} poin</translation>
    </message>
    <message>
        <source>Free product</source>
        <translation>Produk gratis</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Cadangkan…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>P&amp;engaturan…</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Ganti &amp;pengguna…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;About Merchant Desk</source>
        <translation>&amp;Tentang Merchant Desk</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Buka folder &amp;data</translation>
    </message>
    <message>
        <source>Open &amp;log file</source>
        <translation>Buka berkas &amp;log</translation>
    </message>
    <message>
        <source>It is here:
%1</source>
        <translation>Lokasinya di sini:
%1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Masuk sebagai: %1</translation>
    </message>
    <message>
        <source>Still opening the shop, one moment…</source>
        <translation>Toko masih dibuka, tunggu sebentar…</translation>
    </message>
    <message>
        <source>Merchant Desk is still saving work. Quit anyway when it is done?</source>
        <translation>Merchant Desk masih menyimpan pekerjaan. Tetap keluar setelah selesai?</translation>
    </message>
</context>
<context>
    <name>MergeCustomerDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Gabungkan pelanggan</translation>
    </message>
    <message>
        <source>Your profile may not merge or delete customers: the owner can allow it with “Export customer data” in Settings → Staff.</source>
        <translation>Profil Anda tidak boleh menggabungkan atau menghapus pelanggan: pemilik dapat mengizinkannya dengan “Mengekspor data pelanggan” di Pengaturan → Staf.</translation>
    </message>
    <message>
        <source>Stays: %1</source>
        <translation>Tetap: %1</translation>
    </message>
    <message>
        <source>Choose the other record of this customer. Its conversations, labels, orders and points move to the one that stays, and it goes to the trash.</source>
        <translation>Pilih data lain dari pelanggan ini. Percakapan, label, pesanan, dan poinnya pindah ke data yang tetap, lalu data itu masuk tempat sampah.</translation>
    </message>
    <message>
        <source>Name or WhatsApp number…</source>
        <translation>Nama atau nomor WhatsApp…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Gabungkan…</translation>
    </message>
    <message>
        <source>No other customer found: try a part of the number, e.g. 0812-3456.</source>
        <translation>Tidak ada pelanggan lain yang cocok: coba sebagian nomornya, mis. 0812-3456.</translation>
    </message>
    <message>
        <source>Counting what moves…</source>
        <translation>Menghitung yang akan dipindah…</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>Pindah ke %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n percakapan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new label(s)</source>
        <translation>
            <numerusform>%n label baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pesanan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n poin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) waited for</source>
        <translation>
            <numerusform>%n produk yang ditunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Stays: %1
Goes to the trash: %2

Moving to %3: %4.
WhatsApp chats of the two become one.</source>
        <translation>Tetap: %1
Masuk tempat sampah: %2

Pindah ke %3: %4.
Chat WhatsApp keduanya menjadi satu.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>New order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <source>Search the catalog by name or SKU…</source>
        <translation>Cari di katalog berdasarkan nama atau SKU…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes for this order (address, colour, delivery time…)</source>
        <translation>Catatan untuk pesanan ini (alamat, warna, waktu pengiriman…)</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>Diskon pesanan</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Ongkos kirim</translation>
    </message>
    <message>
        <source>Save order</source>
        <translation>Simpan pesanan</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Hapus baris ini</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
</context>
<context>
    <name>OrderViewDialog</name>
    <message>
        <source>Copy invoice for WhatsApp</source>
        <translation>Salin faktur untuk WhatsApp</translation>
    </message>
    <message>
        <source>Save invoice as PDF…</source>
        <translation>Simpan faktur sebagai PDF…</translation>
    </message>
    <message>
        <source>Reward code, e.g. K7QX-M4PA</source>
        <translation>Kode hadiah, mis. K7QX-M4PA</translation>
    </message>
    <message>
        <source>Apply code</source>
        <translation>Pakai kode</translation>
    </message>
    <message>
        <source>Order {0}</source>
        <translation>Pesanan {0}</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Tanpa pelanggan</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Pindahkan ke:</translation>
    </message>
    <message>
        <source>This order is final.</source>
        <translation>Pesanan ini sudah final.</translation>
    </message>
    <message>
        <source>Cancel this order?</source>
        <translation>Batalkan pesanan ini?</translation>
    </message>
    <message>
        <source>Not enough stock</source>
        <translation>Stok tidak cukup</translation>
    </message>
    <message>
        <source>Points already spent</source>
        <translation>Poin sudah dipakai</translation>
    </message>
    <message>
        <source>Allow a negative balance</source>
        <translation>Izinkan saldo negatif</translation>
    </message>
    <message>
        <source>Take back only what is left</source>
        <translation>Tarik kembali sisanya saja</translation>
    </message>
    <message>
        <source>Keep the order</source>
        <translation>Pertahankan pesanan</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Disalin ✓</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Simpan faktur sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A code needs the order&apos;s customer.</source>
        <translation>Kode hanya bisa dipakai jika pesanan punya pelanggan.</translation>
    </message>
    <message>
        <source>Code not applied</source>
        <translation>Kode tidak diterapkan</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Semua pesanan</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Pesanan aktif</translation>
    </message>
    <message>
        <source>Search by order number or customer…</source>
        <translation>Cari nomor pesanan atau pelanggan…</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pesanan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <extracomment>In the order they appear; feature issues append theirs. No placeholder tabs: only features that exist.</extracomment>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Aktivitas terbaru</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <source>WhatsApp %1 · %2</source>
        <translation>WhatsApp %1 · %2</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>%1 hidden · %2 low on stock</source>
        <translation>%1 disembunyikan · %2 stok menipis</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>%1 agreed to broadcasts</source>
        <translation>%1 setuju menerima siaran</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 terbuka</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>in every chat</source>
        <translation>di semua chat</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>%1 not finished yet</source>
        <translation>%1 belum selesai</translation>
    </message>
    <message>
        <source>Paid sales</source>
        <translation>Penjualan terbayar</translation>
    </message>
    <message>
        <source>paid, shipped or done</source>
        <translation>dibayar, dikirim, atau selesai</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Poin loyalitas</translation>
    </message>
    <message>
        <source>held by customers</source>
        <translation>dimiliki pelanggan</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Balasan cepat</translation>
    </message>
    <message>
        <source>%1 labels</source>
        <translation>%1 label</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Drop photos here, paste one with Ctrl+V, or click Add photos…</source>
        <translation>Letakkan foto di sini, tempel dengan Ctrl+V, atau klik Tambah foto…</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Tempel</translation>
    </message>
    <message>
        <source>Make cover</source>
        <translation>Jadikan sampul</translation>
    </message>
    <message>
        <source>Crop square…</source>
        <translation>Potong persegi…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Paste a copied picture or picture files (Ctrl+V)</source>
        <translation>Tempel gambar atau berkas gambar yang sudah disalin (Ctrl+V)</translation>
    </message>
    <message>
        <source>The first photo is the cover. Drag photos to change their order.</source>
        <translation>Foto pertama menjadi sampul. Seret foto untuk mengubah urutannya.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>tautan</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Sampul</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Gambar (%1)</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>Tidak ada gambar di papan klip.</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>gambar tempelan</translation>
    </message>
    <message>
        <source>A product may have at most 10 photos; the rest were not added.</source>
        <translation>Satu produk paling banyak 10 foto; sisanya tidak ditambahkan.</translation>
    </message>
    <message>
        <source>%1 is already one of this product&apos;s photos.</source>
        <translation>%1 sudah menjadi salah satu foto produk ini.</translation>
    </message>
    <message>
        <source>A product may have at most 10 photos.</source>
        <translation>Satu produk paling banyak 10 foto.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Masuk — %1</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Lupa PIN?</translation>
    </message>
    <message>
        <source>Ask the shop owner: they can set a new PIN for you in Settings → Staff.
Owner who forgot their own PIN: on this computer, close this window and run “merchant-desk reset-owner-pin” in a terminal. It asks for a new PIN and notes the reset in the audit log.</source>
        <translation>Minta bantuan pemilik toko: pemilik bisa membuat PIN baru untuk Anda di Pengaturan → Staf.
Pemilik yang lupa PIN-nya sendiri: di komputer ini, tutup jendela ini lalu jalankan “merchant-desk reset-owner-pin” di terminal. Perintah itu meminta PIN baru dan mencatat penggantiannya di log audit.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Owner PIN (optional)</source>
        <translation>PIN pemilik (opsional)</translation>
    </message>
    <message>
        <source>A PIN of 4 to 8 digits keeps others out when this computer is shared. Leave both fields empty to start without a PIN; you can set one later in Settings.</source>
        <translation>PIN 4 sampai 8 angka menjaga data toko saat komputer ini dipakai bersama. Kosongkan kedua kolom untuk mulai tanpa PIN; Anda bisa memasangnya nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
</context>
<context>
    <name>PriceChangeDialog</name>
    <message>
        <source>Change prices</source>
        <translation>Ubah harga</translation>
    </message>
    <message numerus="yes">
        <source>Change the price of %n product(s).</source>
        <translation>
            <numerusform>Ubah harga %n produk.</numerusform>
        </translation>
    </message>
    <message>
        <source>By percent</source>
        <translation>Berdasarkan persentase</translation>
    </message>
    <message>
        <source>By amount (Rp)</source>
        <translation>Berdasarkan nominal (Rp)</translation>
    </message>
    <message>
        <source>e.g. 10 or -5</source>
        <translation>mis. 10 atau -5</translation>
    </message>
    <message>
        <source>No rounding</source>
        <translation>Tanpa pembulatan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Round to</source>
        <translation>Bulatkan ke</translation>
    </message>
    <message>
        <source>Type a percentage such as 10 or -5 (more than -100).</source>
        <translation>Ketik persentase seperti 10 atau -5 (lebih dari -100).</translation>
    </message>
</context>
<context>
    <name>PriceField</name>
    <message>
        <source>e.g. 15.000, Rp15.000 or 15rb</source>
        <translation>mis. 15.000, Rp15.000, atau 15rb</translation>
    </message>
</context>
<context>
    <name>ProductChooser</name>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>None (for {produk}, {harga}, {stok}, {link_produk})</source>
        <translation>Tidak ada (untuk {produk}, {harga}, {stok}, {link_produk})</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>New product</source>
        <translation>Produk baru</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Ubah produk</translation>
    </message>
    <message>
        <source>optional, lower than the price</source>
        <translation>opsional, lebih rendah dari harga</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Tidak dipantau</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Koleksi baru…</translation>
    </message>
    <message>
        <source>Hidden from customers</source>
        <translation>Disembunyikan dari pelanggan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Merek</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Harga diskon</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Ketersediaan</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Edit product — %1</source>
        <translation>Ubah produk — %1</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Koleksi baru</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>Nama koleksi baru:</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Perbaiki kolom yang ditandai merah.</translation>
    </message>
    <message>
        <source>Discard your changes to this product?</source>
        <translation>Buang perubahan Anda pada produk ini?</translation>
    </message>
</context>
<context>
    <name>ProductModel</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Ketersediaan</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Tersembunyi</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>The sale price (%1) must stay below the price: change both in the product editor.</source>
        <translation>Harga diskon (%1) harus tetap di bawah harga normal: ubah keduanya di editor produk.</translation>
    </message>
</context>
<context>
    <name>ProductSearch</name>
    <message>
        <source> · stock %1</source>
        <translation> · stok %1</translation>
    </message>
    <message>
        <source> · out of stock</source>
        <translation> · stok habis</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <source>Product for the broadcast</source>
        <translation>Produk untuk siaran</translation>
    </message>
    <message>
        <source>Search the catalog by name or SKU…</source>
        <translation>Cari di katalog berdasarkan nama atau SKU…</translation>
    </message>
    <message>
        <source>Use this product</source>
        <translation>Pakai produk ini</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Nama pemilik</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Nomor WhatsApp</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>e.g. Toko Berkah Jaya</source>
        <translation>mis. Toko Berkah Jaya</translation>
    </message>
    <message>
        <source>e.g. Siti Rahayu</source>
        <translation>mis. Siti Rahayu</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Loyalty program</source>
        <translation>Program loyalitas</translation>
    </message>
    <message>
        <source>Customers earn points</source>
        <translation>Pelanggan mendapat poin</translation>
    </message>
    <message>
        <source>When the order is paid</source>
        <translation>Saat pesanan dibayar</translation>
    </message>
    <message>
        <source>When the order is completed</source>
        <translation>Saat pesanan selesai</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poin</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Points in 12 months</source>
        <translation>Poin dalam 12 bulan</translation>
    </message>
    <message>
        <source>Multiplier %</source>
        <translation>Pengali %</translation>
    </message>
    <message>
        <source>1 point for every</source>
        <translation>1 poin untuk setiap</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Minimum pesanan</translation>
    </message>
    <message>
        <source>Points are earned</source>
        <translation>Poin didapat</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Poin kedaluwarsa setelah</translation>
    </message>
    <message>
        <source>Sign-up bonus</source>
        <translation>Bonus pendaftaran</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Type a new tier in the empty row; clear a name to remove its tier.</source>
        <translation>Ketik tingkat baru di baris kosong; kosongkan nama untuk menghapus tingkatnya.</translation>
    </message>
</context>
<context>
    <name>ProposalBar</name>
    <message>
        <source>Use</source>
        <translation>Pakai</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Suggested answer (%1%):</source>
        <translation>Saran jawaban (%1%):</translation>
    </message>
    <message>
        <source>Greeting:</source>
        <translation>Salam:</translation>
    </message>
    <message>
        <source>Away message:</source>
        <translation>Pesan tidak di tempat:</translation>
    </message>
</context>
<context>
    <name>QuickRepliesTab</name>
    <message>
        <source>Quick replies</source>
        <translation>Balasan cepat</translation>
    </message>
    <message>
        <source>Search shortcut, title or text…</source>
        <translation>Cari pintasan, judul, atau teks…</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Balasan baru</translation>
    </message>
    <message numerus="yes">
        <source>%n quick reply(s)</source>
        <translation>
            <numerusform>%n balasan cepat</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete quick reply</source>
        <translation>Hapus balasan cepat</translation>
    </message>
    <message>
        <source>Delete the quick reply /%1?</source>
        <translation>Hapus balasan cepat /%1?</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Expiring in 30 days</source>
        <translation>Hangus ≤ 30 hari</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeem points</source>
        <translation>Tukarkan poin</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} poin</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Tukarkan</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Salin kode</translation>
    </message>
    <message>
        <source>{0} — {1} points</source>
        <translation>{0} — {1} poin</translation>
    </message>
    <message>
        <source>No rewards yet: add one in the rewards list.</source>
        <translation>Belum ada hadiah: tambahkan di daftar hadiah.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>RemindButton</name>
    <message>
        <source>Remind me</source>
        <translation>Ingatkan saya</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1 jam lagi</translation>
    </message>
    <message>
        <source>Tomorrow at 09:00</source>
        <translation>Besok pukul 09:00</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3 hari lagi</translation>
    </message>
    <message>
        <source>At a chosen time…</source>
        <translation>Pada waktu pilihan…</translation>
    </message>
    <message>
        <source>Reminders and notices…</source>
        <translation>Pengingat dan pemberitahuan…</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>/rekening</source>
        <translation>/rekening</translation>
    </message>
    <message>
        <source>e.g. Payment details</source>
        <translation>mis. Info pembayaran</translation>
    </message>
    <message>
        <source>Halo kak {nama}, … — *bold*, _italic_, ~strike~, ```mono```</source>
        <translation>Halo kak {nama}, … — *tebal*, _miring_, ~coret~, ```mono```</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert)</source>
        <translation>Variabel (klik dua kali untuk menyisipkan)</translation>
    </message>
    <message>
        <source>Preview for a sample customer and product</source>
        <translation>Pratinjau untuk contoh pelanggan dan produk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Edit quick reply</source>
        <translation>Ubah balasan cepat</translation>
    </message>
    <message>
        <source>New quick reply</source>
        <translation>Balasan cepat baru</translation>
    </message>
</context>
<context>
    <name>ReplyModel</name>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Jumlah dipakai</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Terakhir dipakai</translation>
    </message>
</context>
<context>
    <name>ReplyPhotos</name>
    <message>
        <source>Add file…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <source>From catalog…</source>
        <translation>Dari katalog…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic)</source>
        <translation>Gambar (*.jpg *.jpeg *.png *.webp *.heic)</translation>
    </message>
    <message>
        <source>Photo from the catalog</source>
        <translation>Foto dari katalog</translation>
    </message>
    <message>
        <source>Product name or SKU</source>
        <translation>Nama produk atau SKU</translation>
    </message>
    <message>
        <source>No product found.</source>
        <translation>Produk tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message numerus="yes">
        <source>This reply has %n photo(s): attach them in WhatsApp.</source>
        <translation>
            <numerusform>Balasan ini punya %n foto: lampirkan di WhatsApp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not inserted: %1</source>
        <translation>Tidak disisipkan: %1</translation>
    </message>
</context>
<context>
    <name>ReplyTransfer</name>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Add quick replies from a JSON file exported on another computer</source>
        <translation>Tambahkan balasan cepat dari berkas JSON yang diekspor di komputer lain</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Save every quick reply to a JSON file</source>
        <translation>Simpan semua balasan cepat ke berkas JSON</translation>
    </message>
    <message>
        <source>Add starter set</source>
        <translation>Tambah set awal</translation>
    </message>
    <message>
        <source>Greeting, price list, payment, shipping, thank you, order status</source>
        <translation>Salam, daftar harga, pembayaran, pengiriman, terima kasih, status pesanan</translation>
    </message>
    <message>
        <source>Automation…</source>
        <translation>Otomatisasi…</translation>
    </message>
    <message>
        <source>Broadcast…</source>
        <translation>Siaran…</translation>
    </message>
    <message>
        <source>Export quick replies</source>
        <translation>Ekspor balasan cepat</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
    <message>
        <source>Import quick replies</source>
        <translation>Impor balasan cepat</translation>
    </message>
    <message>
        <source>%n quick reply(s) added.</source>
        <translation>%n balasan cepat ditambahkan.</translation>
    </message>
    <message>
        <source>%n already here.</source>
        <translation>%n sudah ada.</translation>
    </message>
    <message>
        <source>Kept as they are here (the file has another text): %1</source>
        <translation>Dibiarkan seperti yang ada di sini (teks di berkas berbeda): %1</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <source>Edit reward</source>
        <translation>Ubah hadiah</translation>
    </message>
    <message>
        <source>New reward</source>
        <translation>Hadiah baru</translation>
    </message>
    <message>
        <source>Discount in Rupiah</source>
        <translation>Diskon dalam Rupiah</translation>
    </message>
    <message>
        <source>Percentage discount</source>
        <translation>Diskon persentase</translation>
    </message>
    <message>
        <source>Free product</source>
        <translation>Produk gratis</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poin</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Tanpa batas maksimal</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source>Customers can redeem it</source>
        <translation>Pelanggan dapat menukarkannya</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Harga poin</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Persentase</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Batas maksimal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Code valid for</source>
        <translation>Kode berlaku selama</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Per pelanggan</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Edit rule</source>
        <translation>Ubah aturan</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Aturan baru</translation>
    </message>
    <message>
        <source>e.g. berapa, harga, ready, stok</source>
        <translation>mis. berapa, harga, ready, stok</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Tanpa label</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Biarkan seperti semula</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Matching ignores case, accents and punctuation, and knows chat spellings (brp = berapa, tf = transfer).</source>
        <translation>Pencocokan mengabaikan huruf besar/kecil, aksen, dan tanda baca, serta mengenali singkatan chat (brp = berapa, tf = transfer).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Any of these words</source>
        <translation>Salah satu kata ini</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Tambah label</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Atur status</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Tugaskan ke</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Keyword rules</source>
        <translation>Aturan kata kunci</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Kata</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Cocok</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Run over history</source>
        <translation>Terapkan ke riwayat</translation>
    </message>
    <message>
        <source>Label every past incoming message by today&apos;s rules and recount matches</source>
        <translation>Beri label semua pesan masuk sebelumnya dengan aturan saat ini dan hitung ulang kecocokannya</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>label “%1”</source>
        <translation>label “%1”</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>assign to %1</source>
        <translation>tugaskan ke %1</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(nonaktif)</translation>
    </message>
    <message>
        <source>Delete the rule &quot;%1&quot;? Labels it added stay.</source>
        <translation>Hapus aturan &quot;%1&quot;? Label yang sudah ditambahkannya tetap ada.</translation>
    </message>
    <message>
        <source>Reading every incoming message…</source>
        <translation>Membaca semua pesan masuk…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) checked</source>
        <translation>
            <numerusform>%n pesan diperiksa</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: the matched counts below are up to date.</source>
        <translation>Selesai: jumlah kecocokan di bawah sudah terbaru.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Dihentikan: tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Merchant Desk.</source>
        <translation>Bahasa baru dipakai mulai Merchant Desk dibuka berikutnya.</translation>
    </message>
    <message>
        <source>e.g.
BCA 1234567890 a.n. Siti Rahayu
GoPay / OVO 0812-3456-7890
Send the receipt here, thanks.</source>
        <translation>mis.
BCA 1234567890 a.n. Siti Rahayu
GoPay / OVO 0812-3456-7890
Kirim bukti transfer ke sini ya, terima kasih.</translation>
    </message>
    <message>
        <source>Payment instructions (bank account, e-wallet, QRIS)</source>
        <translation>Cara pembayaran (rekening bank, e-wallet, QRIS)</translation>
    </message>
    <message>
        <source>Printed on the invoice of every order that is not paid yet.</source>
        <translation>Dicetak di invoice setiap pesanan yang belum dibayar.</translation>
    </message>
    <message>
        <source>leave empty to keep the current PIN</source>
        <translation>kosongkan untuk tetap memakai PIN sekarang</translation>
    </message>
    <message>
        <source>The PIN of the signed-in profile (4 to 8 digits).</source>
        <translation>PIN profil yang sedang masuk (4 sampai 8 angka).</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>Data pelanggan</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Merchant Desk</source>
        <translation>Siapkan Merchant Desk</translation>
    </message>
</context>
<context>
    <name>ShareMenu</name>
    <message>
        <source>Share</source>
        <translation>Bagikan</translation>
    </message>
    <message>
        <source>Copy for WhatsApp</source>
        <translation>Salin untuk WhatsApp</translation>
    </message>
    <message>
        <source>Save product card…</source>
        <translation>Simpan kartu produk…</translation>
    </message>
    <message>
        <source>Copy product card</source>
        <translation>Salin kartu produk</translation>
    </message>
    <message>
        <source>Copy order link</source>
        <translation>Salin tautan pemesanan</translation>
    </message>
    <message>
        <source>Name, price and a short description, formatted for a WhatsApp chat</source>
        <translation>Nama, harga, dan deskripsi singkat, diformat untuk chat WhatsApp</translation>
    </message>
    <message>
        <source>A square picture for WhatsApp Status or Instagram</source>
        <translation>Gambar persegi untuk Status WhatsApp atau Instagram</translation>
    </message>
    <message>
        <source>A wa.me link that opens a chat with your shop to order this product</source>
        <translation>Tautan wa.me yang membuka chat dengan toko Anda untuk memesan produk ini</translation>
    </message>
    <message>
        <source>Copied: paste it into a WhatsApp chat.</source>
        <translation>Disalin: tempel di chat WhatsApp.</translation>
    </message>
    <message>
        <source>Order link copied.</source>
        <translation>Tautan pemesanan disalin.</translation>
    </message>
    <message>
        <source>Save product card</source>
        <translation>Simpan kartu produk</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 tersimpan.</translation>
    </message>
    <message>
        <source>Product card copied: paste it into WhatsApp or Instagram.</source>
        <translation>Kartu produk disalin: tempel di WhatsApp atau Instagram.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Toko Anda</translation>
    </message>
    <message>
        <source>Customers see this name and number in the messages you send.</source>
        <translation>Pelanggan melihat nama dan nomor ini di pesan yang Anda kirim.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Atur ulang PIN…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Kunci setelah tidak aktif</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>semuanya</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>daily work only</source>
        <translation>hanya pekerjaan harian</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>PIN baru untuk %1</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Atur ulang PIN</translation>
    </message>
    <message>
        <source>Deactivate %1? The profile can no longer sign in; the audit log keeps its name.</source>
        <translation>Nonaktifkan %1? Profil ini tidak bisa masuk lagi; namanya tetap tercatat di log audit.</translation>
    </message>
</context>
<context>
    <name>StaffProfileDialog</name>
    <message>
        <source>Staff profile</source>
        <translation>Profil staf</translation>
    </message>
    <message>
        <source>Add a staff profile</source>
        <translation>Tambah profil staf</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>4–8 digits, or a password of 8+ characters</source>
        <translation>4–8 angka, atau kata sandi minimal 8 karakter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN atau kata sandi</translation>
    </message>
    <message>
        <source>May also</source>
        <translation>Juga boleh</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <source>Set stock</source>
        <translation>Atur stok</translation>
    </message>
    <message numerus="yes">
        <source>Set the stock of %n product(s).</source>
        <translation>
            <numerusform>Atur stok %n produk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not track stock</source>
        <translation>Jangan pantau stok</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
</context>
<context>
    <name>ThreadHeader</name>
    <message>
        <source>Group chat</source>
        <translation>Chat grup</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka lagi</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Mark this conversation resolved or open again (Alt+E)</source>
        <translation>Tandai percakapan ini selesai atau buka lagi (Alt+E)</translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <source>Choose a conversation to read it here.</source>
        <translation>Pilih percakapan untuk membacanya di sini.</translation>
    </message>
</context>
<context>
    <name>UnreadTitle</name>
    <message numerus="yes">
        <source>%n conversation(s) with unread messages</source>
        <translation>
            <numerusform>%n percakapan dengan pesan belum dibaca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Merchant Desk</source>
        <translation>Selamat datang di Merchant Desk</translation>
    </message>
    <message>
        <source>Merchant Desk keeps your shop&apos;s chats, catalog, orders and loyalty points on this computer, online or offline. Answer a few questions to set up your shop; you can change them later in Settings.</source>
        <translation>Merchant Desk menyimpan chat, katalog, pesanan, dan poin loyalitas toko Anda di komputer ini, online maupun offline. Jawab beberapa pertanyaan untuk menyiapkan toko; semuanya bisa diubah nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
</context>
<context>
    <name>merchant_desk</name>
    <message>
        <source>A product needs a name.</source>
        <translation>Produk perlu nama.</translation>
    </message>
    <message>
        <source>A description may have at most 5,000 characters.</source>
        <translation>Deskripsi paling banyak 5.000 karakter.</translation>
    </message>
    <message>
        <source>A SKU may have at most 100 characters.</source>
        <translation>SKU paling banyak 100 karakter.</translation>
    </message>
    <message>
        <source>The price must be more than Rp0.</source>
        <translation>Harga harus lebih dari Rp0.</translation>
    </message>
    <message>
        <source>Stock cannot be negative.</source>
        <translation>Stok tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Availability must be in stock, out of stock, preorder, available for order or discontinued.</source>
        <translation>Ketersediaan harus salah satu dari: tersedia, stok habis, pre-order, bisa dipesan, atau tidak dijual lagi.</translation>
    </message>
    <message>
        <source>Condition must be new, refurbished or used.</source>
        <translation>Kondisi harus baru, rekondisi, atau bekas.</translation>
    </message>
    <message>
        <source>A brand may have at most 100 characters.</source>
        <translation>Merek paling banyak 100 karakter.</translation>
    </message>
    <message>
        <source>The link must be a web address starting with http:// or https://.</source>
        <translation>Tautan harus alamat web yang diawali http:// atau https://.</translation>
    </message>
    <message>
        <source>A feed id may have at most 100 characters.</source>
        <translation>ID feed paling banyak 100 karakter.</translation>
    </message>
    <message>
        <source>A product may have at most 10 photos.</source>
        <translation>Satu produk paling banyak 10 foto.</translation>
    </message>
    <message>
        <source>A collection&apos;s name may have at most 100 characters.</source>
        <translation>Nama koleksi paling banyak 100 karakter.</translation>
    </message>
    <message>
        <source>A product&apos;s name may have at most 200 characters.</source>
        <translation>Nama produk paling banyak 200 karakter.</translation>
    </message>
    <message>
        <source>The sale price must be more than Rp0.</source>
        <translation>Harga diskon harus lebih dari Rp0.</translation>
    </message>
    <message>
        <source>The sale price must be lower than the price.</source>
        <translation>Harga diskon harus lebih rendah dari harga normal.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>Perbaiki kolom yang ditandai.</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>Data ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Your profile is not allowed to do this.</source>
        <translation>Profil Anda tidak diizinkan melakukan ini.</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>Cadangan tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>This file cannot be restored.</source>
        <translation>Berkas ini tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>This shop was saved by a newer version of Merchant Desk (schema {found}). Please update the app.</source>
        <translation>Toko ini disimpan oleh Merchant Desk versi yang lebih baru (skema {found}). Perbarui aplikasinya dulu.</translation>
    </message>
    <message>
        <source>The shop&apos;s database {path} is damaged ({reason}). Restore a backup; the damaged file is left as it is.</source>
        <translation>Basis data toko {path} rusak ({reason}). Pulihkan dari cadangan; berkas yang rusak dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>The shop&apos;s data folder cannot be written: {reason}</source>
        <translation>Folder data toko tidak dapat ditulisi: {reason}</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN salah.</translation>
    </message>
    <message>
        <source>No usable keyring: {reason}</source>
        <translation>Tidak ada keyring yang bisa dipakai: {reason}</translation>
    </message>
    <message>
        <source>Write the question customers ask.</source>
        <translation>Tulis pertanyaan yang diajukan pelanggan.</translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation>Tulis jawabannya.</translation>
    </message>
    <message>
        <source>The question needs words other than greetings, e.g. &apos;berapa ongkirnya&apos;.</source>
        <translation>Pertanyaan perlu berisi kata selain salam, mis. &apos;berapa ongkirnya&apos;.</translation>
    </message>
    <message>
        <source>The file {name} could not be read (system error {code}). Check that the disk or USB stick is still connected, then try again.</source>
        <translation>Berkas {name} tidak dapat dibaca (galat sistem {code}). Pastikan disk atau flashdisk masih tersambung, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file {name} was not found: it may have been moved, renamed or deleted. Choose the file again.</source>
        <translation>Berkas {name} tidak ditemukan: mungkin sudah dipindahkan, diganti namanya, atau dihapus. Pilih berkasnya lagi.</translation>
    </message>
    <message>
        <source>Merchant Desk is not allowed to open {name}. If it is open in another program (such as Excel), close it there; otherwise copy the file to your Documents folder and choose the copy.</source>
        <translation>Merchant Desk tidak diizinkan membuka {name}. Jika berkas itu sedang terbuka di program lain (misalnya Excel), tutup dulu di sana; jika tidak, salin berkas ke folder Dokumen lalu pilih salinannya.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file. Open the folder and choose the file inside it.</source>
        <translation>{name} adalah folder, bukan berkas. Buka folder itu lalu pilih berkas di dalamnya.</translation>
    </message>
    <message>
        <source>The file {name} is empty: it holds nothing to import. Export or save it again, then choose the new file.</source>
        <translation>Berkas {name} kosong: tidak ada isi yang bisa diimpor. Ekspor atau simpan lagi, lalu pilih berkas yang baru.</translation>
    </message>
    <message>
        <source>The rule needs a name.</source>
        <translation>Aturan perlu nama.</translation>
    </message>
    <message>
        <source>Enter at least one word.</source>
        <translation>Masukkan minimal satu kata.</translation>
    </message>
    <message>
        <source>Choose open, pending or resolved.</source>
        <translation>Pilih terbuka, tertunda, atau selesai.</translation>
    </message>
    <message>
        <source>Choose a label, a status or a staff member.</source>
        <translation>Pilih label, status, atau staf.</translation>
    </message>
    <message>
        <source>{customer} has {balance} points; this needs {needed}.</source>
        <translation>{customer} memiliki {balance} poin; yang dibutuhkan {needed}.</translation>
    </message>
    <message>
        <source>Points need a Rupiah amount of at least Rp1 per point.</source>
        <translation>Setiap poin perlu nominal Rupiah minimal Rp1.</translation>
    </message>
    <message>
        <source>The minimum order cannot be negative.</source>
        <translation>Minimum pesanan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Points are earned when an order is paid or when it is completed.</source>
        <translation>Poin didapat saat pesanan dibayar atau saat pesanan selesai.</translation>
    </message>
    <message>
        <source>Points expire after 1 to 120 months, or never.</source>
        <translation>Poin kedaluwarsa setelah 1 sampai 120 bulan, atau tidak pernah.</translation>
    </message>
    <message>
        <source>The sign-up bonus cannot be negative.</source>
        <translation>Bonus pendaftaran tidak boleh negatif.</translation>
    </message>
    <message>
        <source>A point&apos;s value cannot be negative.</source>
        <translation>Nilai poin tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Tiers need distinct names, and the first one starts at 0 points.</source>
        <translation>Setiap tingkat perlu nama yang berbeda, dan tingkat pertama dimulai dari 0 poin.</translation>
    </message>
    <message>
        <source>Tier multipliers go from 1× to 10×.</source>
        <translation>Pengali tingkat berkisar dari 1× sampai 10×.</translation>
    </message>
    <message>
        <source>A reward needs a name of at most 200 characters.</source>
        <translation>Hadiah perlu nama, paling banyak 200 karakter.</translation>
    </message>
    <message>
        <source>Choose a discount in Rupiah, a percentage or a free product.</source>
        <translation>Pilih diskon dalam Rupiah, persentase, atau produk gratis.</translation>
    </message>
    <message>
        <source>A reward costs at least 1 point.</source>
        <translation>Harga hadiah minimal 1 poin.</translation>
    </message>
    <message>
        <source>Enter the discount in Rupiah.</source>
        <translation>Masukkan diskon dalam Rupiah.</translation>
    </message>
    <message>
        <source>A percentage goes from 1 to 100.</source>
        <translation>Persentase berkisar dari 1 sampai 100.</translation>
    </message>
    <message>
        <source>The cap must be at least Rp1, or none.</source>
        <translation>Batas maksimal minimal Rp1, atau tanpa batas.</translation>
    </message>
    <message>
        <source>Choose the free product.</source>
        <translation>Pilih produk gratisnya.</translation>
    </message>
    <message>
        <source>A code stays valid for 1 to 3,650 days.</source>
        <translation>Kode berlaku selama 1 sampai 3.650 hari.</translation>
    </message>
    <message>
        <source>The limit per customer is at least 1, or none.</source>
        <translation>Batas per pelanggan minimal 1, atau tanpa batas.</translation>
    </message>
    <message>
        <source>Pesanan baru</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <source>Menunggu pembayaran</source>
        <translation>Menunggu pembayaran</translation>
    </message>
    <message>
        <source>Sudah dibayar</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>An order that is {current} cannot become {target}.</source>
        <translation>Pesanan berstatus {current} tidak bisa diubah menjadi {target}.</translation>
    </message>
    <message>
        <source>Add at least one product to the order.</source>
        <translation>Tambahkan minimal satu produk ke pesanan.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>Diskon tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The shipping cost cannot be negative.</source>
        <translation>Ongkos kirim tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Jumlah minimal 1.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Harga tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Every line needs a product name.</source>
        <translation>Setiap baris perlu nama produk.</translation>
    </message>
    <message>
        <source>Delete products</source>
        <translation>Menghapus produk</translation>
    </message>
    <message>
        <source>Change prices</source>
        <translation>Mengubah harga</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Menyesuaikan poin</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Mengekspor data pelanggan</translation>
    </message>
    <message>
        <source>View reports and the audit log</source>
        <translation>Melihat laporan dan log audit</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Mengubah pengaturan</translation>
    </message>
    <message>
        <source>Manage staff</source>
        <translation>Mengelola staf</translation>
    </message>
    <message>
        <source>Unknown permission.</source>
        <translation>Izin tidak dikenal.</translation>
    </message>
    <message>
        <source>Choose Owner or Staff.</source>
        <translation>Pilih Pemilik atau Staf.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid phone number.</source>
        <translation>&apos;{value}&apos; bukan nomor telepon yang valid.</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nama produk</translation>
    </message>
    <message>
        <source>Product price</source>
        <translation>Harga produk</translation>
    </message>
    <message>
        <source>Product stock</source>
        <translation>Stok produk</translation>
    </message>
    <message>
        <source>Product link</source>
        <translation>Tautan produk</translation>
    </message>
    <message>
        <source>Latest order number</source>
        <translation>Nomor pesanan terakhir</translation>
    </message>
    <message>
        <source>Latest order total</source>
        <translation>Total pesanan terakhir</translation>
    </message>
    <message>
        <source>Customer&apos;s points</source>
        <translation>Poin pelanggan</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Tanggal hari ini</translation>
    </message>
    <message>
        <source>Signed-in staff member</source>
        <translation>Staf yang sedang masuk</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}} at line {line}, column {column}.</source>
        <translation>Variabel {{{name}}} tidak dikenal di baris {line}, kolom {column}.</translation>
    </message>
    <message>
        <source>A &apos;{{&apos; at line {line}, column {column} is never closed (write &apos;{{{{&apos; for a literal brace).</source>
        <translation>Tanda &apos;{{&apos; di baris {line}, kolom {column} tidak pernah ditutup (tulis &apos;{{{{&apos; untuk kurung kurawal biasa).</translation>
    </message>
    <message>
        <source>A &apos;}}&apos; at line {line}, column {column} has no opening &apos;{{&apos; (write &apos;}}}}&apos; for a literal brace).</source>
        <translation>Tanda &apos;}}&apos; di baris {line}, kolom {column} tidak punya pembuka &apos;{{&apos; (tulis &apos;}}}}&apos; untuk kurung kurawal biasa).</translation>
    </message>
    <message>
        <source>The text has {count} problem(s); the first: {first}</source>
        <translation>Teks memiliki {count} masalah; yang pertama: {first}</translation>
    </message>
    <message>
        <source>Nothing to fill in for {placeholders}. Choose a product or edit the text first.</source>
        <translation>Tidak ada nilai untuk mengisi {placeholders}. Pilih produk atau ubah teksnya dulu.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is ambiguous: write whole Rupiah like 15000 or 15.000.</source>
        <translation>&apos;{text}&apos; membingungkan: tulis dalam Rupiah utuh seperti 15000 atau 15.000.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a fraction of a Rupiah: prices are whole Rupiah.</source>
        <translation>&apos;{text}&apos; memuat pecahan Rupiah: harga harus Rupiah utuh.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative: a price must be more than zero.</source>
        <translation>&apos;{text}&apos; negatif: harga harus lebih dari nol.</translation>
    </message>
    <message>
        <source>Please enter a price.</source>
        <translation>Masukkan harga.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not in Rupiah (IDR).</source>
        <translation>&apos;{text}&apos; bukan dalam Rupiah (IDR).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a price: write it like 15000, 15.000 or Rp15.000.</source>
        <translation>&apos;{text}&apos; bukan harga: tulis seperti 15000, 15.000, atau Rp15.000.</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>Toko perlu nama.</translation>
    </message>
    <message>
        <source>Please enter the owner&apos;s name.</source>
        <translation>Masukkan nama pemilik.</translation>
    </message>
    <message>
        <source>Choose WIB, WITA or WIT.</source>
        <translation>Pilih WIB, WITA, atau WIT.</translation>
    </message>
    <message>
        <source>Choose Bahasa Indonesia or English.</source>
        <translation>Pilih Bahasa Indonesia atau English.</translation>
    </message>
    <message>
        <source>The shop&apos;s name may have at most 200 characters.</source>
        <translation>Nama toko paling banyak 200 karakter.</translation>
    </message>
    <message>
        <source>The owner&apos;s name may have at most 100 characters.</source>
        <translation>Nama pemilik paling banyak 100 karakter.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s WhatsApp number, for example 0812-3456-7890.</source>
        <translation>Masukkan nomor WhatsApp toko, misalnya 0812-3456-7890.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN terdiri dari 4 sampai 8 angka.</translation>
    </message>
    <message>
        <source>WIB (Western Indonesia, UTC+7)</source>
        <translation>WIB (Waktu Indonesia Barat, UTC+7)</translation>
    </message>
    <message>
        <source>WITA (Central Indonesia, UTC+8)</source>
        <translation>WITA (Waktu Indonesia Tengah, UTC+8)</translation>
    </message>
    <message>
        <source>WIT (Eastern Indonesia, UTC+9)</source>
        <translation>WIT (Waktu Indonesia Timur, UTC+9)</translation>
    </message>
    <message>
        <source>The price is missing.</source>
        <translation>Harga belum diisi.</translation>
    </message>
    <message>
        <source>Unknown catalog format &apos;{name}&apos;: choose meta, shopify, woocommerce or native.</source>
        <translation>Format katalog &apos;{name}&apos; tidak dikenal: pilih meta, shopify, woocommerce, atau native.</translation>
    </message>
    <message>
        <source>Line {line} has a date that does not exist in the {order} order: {text}</source>
        <translation>Baris {line} memuat tanggal yang tidak ada dalam urutan {order}: {text}</translation>
    </message>
    <message>
        <source>This customer has no WhatsApp number, so no WhatsApp link can be made.</source>
        <translation>Pelanggan ini tidak punya nomor WhatsApp, jadi tautan WhatsApp tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Business hours need one entry per day of the week.</source>
        <translation>Jam buka perlu satu entri untuk setiap hari dalam seminggu.</translation>
    </message>
    <message>
        <source>Choose always, outside business hours or a date range.</source>
        <translation>Pilih selalu, di luar jam buka, atau rentang tanggal.</translation>
    </message>
    <message>
        <source>The away period needs a start before its end.</source>
        <translation>Periode tidak di tempat harus dimulai sebelum berakhir.</translation>
    </message>
    <message>
        <source>The greeting needs at least one day of silence.</source>
        <translation>Pesan salam perlu jeda minimal satu hari tanpa percakapan.</translation>
    </message>
    <message>
        <source>The FAQ threshold is between 0 and 1.</source>
        <translation>Ambang FAQ harus antara 0 dan 1.</translation>
    </message>
    <message>
        <source>The pause between away replies cannot be negative.</source>
        <translation>Jeda antarbalasan tidak di tempat tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The text has an unknown placeholder or an unbalanced brace.</source>
        <translation>Teks memuat variabel yang tidak dikenal atau kurung kurawal yang tidak berpasangan.</translation>
    </message>
    <message>
        <source>The saved automation settings are not valid.</source>
        <translation>Pengaturan otomatisasi yang tersimpan tidak valid.</translation>
    </message>
    <message>
        <source>The answer has an unknown placeholder or an unbalanced brace.</source>
        <translation>Jawaban memuat variabel yang tidak dikenal atau kurung kurawal yang tidak berpasangan.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Merchant Desk backup (not an SQLite database).</source>
        <translation>&apos;{name}&apos; bukan cadangan Merchant Desk (bukan basis data SQLite).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged and cannot be restored: {detail}</source>
        <translation>&apos;{name}&apos; rusak dan tidak dapat dipulihkan: {detail}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Merchant Desk database, or it comes from a newer version ({found}).</source>
        <translation>&apos;{name}&apos; bukan basis data Merchant Desk, atau berasal dari versi yang lebih baru ({found}).</translation>
    </message>
    <message>
        <source>There is no shop to back up at {path}.</source>
        <translation>Tidak ada toko untuk dicadangkan di {path}.</translation>
    </message>
    <message>
        <source>A backup cannot replace the shop&apos;s own database ({path}).</source>
        <translation>Cadangan tidak boleh menimpa basis data toko itu sendiri ({path}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not exist.</source>
        <translation>&apos;{name}&apos; tidak ada.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>Cadangan tidak dapat ditulis ke {path}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be opened: wrong passphrase, or the file was changed or cut short.</source>
        <translation>&apos;{name}&apos; tidak dapat dibuka: frasa sandi salah, atau berkas telah diubah atau terpotong.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is protected with a passphrase. Enter it to restore.</source>
        <translation>&apos;{name}&apos; dilindungi frasa sandi. Masukkan frasa sandi untuk memulihkan.</translation>
    </message>
    <message>
        <source>There is no restore to undo.</source>
        <translation>Tidak ada pemulihan yang bisa dibatalkan.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Merchant Desk backup.</source>
        <translation>&apos;{name}&apos; bukan cadangan Merchant Desk.</translation>
    </message>
    <message>
        <source>Choose &apos;any label&apos; or &apos;all labels&apos;.</source>
        <translation>Pilih &apos;label mana saja&apos; atau &apos;semua label&apos;.</translation>
    </message>
    <message>
        <source>This broadcast is {state}: resume it to go on with the next recipient.</source>
        <translation>Status siaran ini {state}: lanjutkan siaran untuk meneruskan ke penerima berikutnya.</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>Tulis pesannya.</translation>
    </message>
    <message>
        <source>Give the broadcast a name.</source>
        <translation>Beri nama siaran ini.</translation>
    </message>
    <message>
        <source>This change would make the price of &apos;{name}&apos; {reason}; nothing was changed.</source>
        <translation>Perubahan ini akan membuat harga &apos;{name}&apos; {reason}; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Choose one of Meta&apos;s availability values.</source>
        <translation>Pilih salah satu nilai ketersediaan Meta.</translation>
    </message>
    <message>
        <source>A collection needs a name of at most 100 characters.</source>
        <translation>Koleksi perlu nama, paling banyak 100 karakter.</translation>
    </message>
    <message>
        <source>There is already a collection with this name.</source>
        <translation>Sudah ada koleksi dengan nama ini.</translation>
    </message>
    <message>
        <source>The catalog could not be written to {name}: {reason}</source>
        <translation>Katalog tidak dapat ditulis ke {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} changed since the preview; please preview it again.</source>
        <translation>{name} sudah berubah sejak pratinjau; buat pratinjau ulang.</translation>
    </message>
    <message>
        <source>The import could not be saved, nothing was changed: {reason}</source>
        <translation>Hasil impor tidak dapat disimpan, tidak ada yang diubah: {reason}</translation>
    </message>
    <message>
        <source>The list cannot be sorted by &apos;{column}&apos;.</source>
        <translation>Daftar tidak bisa diurutkan menurut &apos;{column}&apos;.</translation>
    </message>
    <message>
        <source>Another product already uses this SKU.</source>
        <translation>SKU ini sudah dipakai produk lain.</translation>
    </message>
    <message>
        <source>A product in the trash already uses this SKU.</source>
        <translation>SKU ini sudah dipakai produk yang ada di sampah.</translation>
    </message>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation>Pelanggan tidak bisa digabungkan dengan dirinya sendiri.</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>Pelanggan perlu nama.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example 0812-3456-7890.</source>
        <translation>Masukkan nomor telepon, misalnya 0812-3456-7890.</translation>
    </message>
    <message>
        <source>This number already belongs to another customer.</source>
        <translation>Nomor ini sudah dipakai pelanggan lain.</translation>
    </message>
    <message>
        <source>Say how the customer agreed, e.g. &apos;asked in chat&apos;.</source>
        <translation>Sebutkan bagaimana pelanggan menyetujuinya, mis. &apos;ditanya lewat chat&apos;.</translation>
    </message>
    <message>
        <source>The demo shop needs an empty data folder, but {folder} already holds a shop.</source>
        <translation>Toko demo perlu folder data yang kosong, tetapi {folder} sudah berisi toko.</translation>
    </message>
    <message>
        <source>Choose when to be reminded.</source>
        <translation>Pilih kapan Anda ingin diingatkan.</translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation>Pilih waktu di masa mendatang.</translation>
    </message>
    <message>
        <source>Choose back in stock and/or price drop.</source>
        <translation>Pilih stok tersedia lagi dan/atau harga turun.</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Tulis balasan dulu.</translation>
    </message>
    <message>
        <source>The label needs a name.</source>
        <translation>Label perlu nama.</translation>
    </message>
    <message>
        <source>Choose a colour like #27AE60.</source>
        <translation>Pilih warna seperti #27AE60.</translation>
    </message>
    <message>
        <source>A label&apos;s name may have at most 100 characters.</source>
        <translation>Nama label paling banyak 100 karakter.</translation>
    </message>
    <message>
        <source>There is already a label with this name.</source>
        <translation>Sudah ada label dengan nama ini.</translation>
    </message>
    <message>
        <source>{customer} already spent {spent} of the {points} points that order {number} earned. Cancelling it would leave a balance of {balance} points: allow the negative balance, or take back only what is left.</source>
        <translation>{customer} sudah memakai {spent} dari {points} poin yang didapat dari pesanan {number}. Jika pesanan ini dibatalkan, saldonya menjadi {balance} poin: izinkan saldo negatif, atau tarik kembali hanya poin yang tersisa.</translation>
    </message>
    <message>
        <source>{customer} already redeemed “{reward}” {limit} times, the most allowed.</source>
        <translation>{customer} sudah menukarkan “{reward}” sebanyak {limit} kali, batas maksimal yang diizinkan.</translation>
    </message>
    <message>
        <source>The code {code} does not exist.</source>
        <translation>Kode {code} tidak ditemukan.</translation>
    </message>
    <message>
        <source>The code {code} belongs to another customer.</source>
        <translation>Kode {code} milik pelanggan lain.</translation>
    </message>
    <message>
        <source>The code {code} was already used.</source>
        <translation>Kode {code} sudah dipakai.</translation>
    </message>
    <message>
        <source>The code {code} expired on {date}.</source>
        <translation>Kode {code} sudah kedaluwarsa pada {date}.</translation>
    </message>
    <message>
        <source>A code can only be applied before the order is paid.</source>
        <translation>Kode hanya bisa dipakai sebelum pesanan dibayar.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Produk ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Say why the points are adjusted.</source>
        <translation>Sebutkan alasan penyesuaian poin.</translation>
    </message>
    <message>
        <source>Enter the points to add or remove.</source>
        <translation>Masukkan jumlah poin yang ingin ditambah atau dikurangi.</translation>
    </message>
    <message>
        <source>Not enough stock for {products}. Take the stock anyway (it will go below zero)?</source>
        <translation>Stok tidak cukup untuk {products}. Tetap kurangi stok (stok akan menjadi minus)?</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too large: {megapixels} megapixels; the limit is 50 megapixels.</source>
        <translation>&apos;{name}&apos; terlalu besar: {megapixels} megapiksel; batasnya 50 megapiksel.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {reason}</source>
        <translation>&apos;{name}&apos; tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a HEIC photo; please save or share it as JPEG first.</source>
        <translation>&apos;{name}&apos; adalah foto HEIC; simpan atau bagikan sebagai JPEG dulu.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is only {width}×{height} pixels; WhatsApp&apos;s catalog refuses photos smaller than 500×500.</source>
        <translation>&apos;{name}&apos; hanya {width}×{height} piksel; katalog WhatsApp menolak foto yang lebih kecil dari 500×500.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be used as a photo.</source>
        <translation>&apos;{name}&apos; tidak bisa dipakai sebagai foto.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a photo Merchant Desk can read (JPEG, PNG, WebP, GIF, BMP or TIFF).</source>
        <translation>&apos;{name}&apos; bukan foto yang bisa dibaca Merchant Desk (JPEG, PNG, WebP, GIF, BMP, atau TIFF).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or incomplete; copy or download it again.</source>
        <translation>&apos;{name}&apos; rusak atau tidak lengkap; salin atau unduh ulang.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too large: {width}×{height} pixels; the limit is 50 megapixels.</source>
        <translation>&apos;{name}&apos; terlalu besar: {width}×{height} piksel; batasnya 50 megapiksel.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too big: {megabytes} MB; the limit is 40 MB.</source>
        <translation>&apos;{name}&apos; terlalu besar: {megabytes} MB; batasnya 40 MB.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a kind of image Merchant Desk cannot convert ({mode}).</source>
        <translation>&apos;{name}&apos; adalah jenis gambar yang tidak bisa dikonversi Merchant Desk ({mode}).</translation>
    </message>
    <message>
        <source>This row is not valid CSV: check its quotes (&quot;).</source>
        <translation>Baris ini bukan CSV yang benar: periksa tanda kutipnya (&quot;).</translation>
    </message>
    <message>
        <source>This row is not UTF-8 text: save the file as CSV UTF-8 and import it again.</source>
        <translation>Baris ini bukan teks UTF-8: simpan berkas sebagai CSV UTF-8 lalu impor lagi.</translation>
    </message>
    <message>
        <source>Only the first {kept} of {total} photos are kept.</source>
        <translation>Hanya {kept} foto pertama dari {total} yang disimpan.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; reads as {amount}; did you mean {meant}?</source>
        <translation>&apos;{text}&apos; terbaca sebagai {amount}; maksud Anda {meant}?</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation>&apos;{text}&apos; bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>Stock {number} is below zero; it is imported as 0.</source>
        <translation>Stok {number} di bawah nol; diimpor sebagai 0.</translation>
    </message>
    <message>
        <source>A value this row needs is missing.</source>
        <translation>Ada nilai wajib yang kosong di baris ini.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file but a LibreOffice or Numbers spreadsheet. Choose File → Save As (or Export) → CSV, then import that file.</source>
        <translation>{name} bukan berkas CSV melainkan spreadsheet LibreOffice atau Numbers. Pilih File → Simpan Sebagai (atau Ekspor) → CSV, lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>{name} is not a catalog feed Merchant Desk knows: its first row reads “{header}”. Choose a product CSV exported from Meta Commerce Manager, Shopify, WooCommerce or Merchant Desk; for your own spreadsheet, name its columns id, title and price.</source>
        <translation>{name} bukan feed katalog yang dikenal Merchant Desk: baris pertamanya berbunyi “{header}”. Pilih CSV produk hasil ekspor dari Meta Commerce Manager, Shopify, WooCommerce, atau Merchant Desk; untuk spreadsheet Anda sendiri, beri nama kolomnya id, title, dan price.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file but an Excel workbook. In Excel choose File → Save As → CSV UTF-8 (Comma delimited), then import that file.</source>
        <translation>{name} bukan berkas CSV melainkan buku kerja Excel. Di Excel pilih File → Simpan Sebagai → CSV UTF-8 (Dibatasi koma), lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file: it does not hold text (it may be a picture, a PDF or a program). Choose the .csv file you exported from your store.</source>
        <translation>{name} bukan berkas CSV: isinya bukan teks (mungkin gambar, PDF, atau program). Pilih berkas .csv yang Anda ekspor dari toko Anda.</translation>
    </message>
    <message>
        <source>{name} cannot be read as CSV text. Open it in Excel or Google Sheets, save it as CSV UTF-8, then import the new file.</source>
        <translation>{name} tidak dapat dibaca sebagai teks CSV. Buka di Excel atau Google Sheets, simpan sebagai CSV UTF-8, lalu impor berkas yang baru.</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a Merchant Desk export: it holds no products.csv. If your CSV is inside it, unzip it first and choose the CSV.</source>
        <translation>{name} adalah berkas zip tetapi bukan ekspor Merchant Desk: tidak berisi products.csv. Jika CSV Anda ada di dalamnya, ekstrak dulu lalu pilih CSV-nya.</translation>
    </message>
    <message>
        <source>{name} looks like a zip file but it is damaged or incomplete. Copy or download it again, then choose the new file.</source>
        <translation>{name} tampak seperti berkas zip tetapi rusak atau tidak lengkap. Salin atau unduh lagi, lalu pilih berkas yang baru.</translation>
    </message>
    <message>
        <source>The id is missing.</source>
        <translation>id belum diisi.</translation>
    </message>
    <message>
        <source>The {cell} cell is not a JSON list.</source>
        <translation>Sel {cell} bukan daftar JSON.</translation>
    </message>
    <message>
        <source>A photo must be an object with sha256 and/or url.</source>
        <translation>Foto harus berupa objek dengan sha256 dan/atau url.</translation>
    </message>
    <message>
        <source>Photo {photo}… is not in the bundle.</source>
        <translation>Foto {photo}… tidak ada di dalam bundel.</translation>
    </message>
    <message>
        <source>The first row of handle &apos;{handle}&apos; has no Title.</source>
        <translation>Baris pertama handle &apos;{handle}&apos; tidak punya Title.</translation>
    </message>
    <message>
        <source>A row with neither variant nor image.</source>
        <translation>Baris ini tidak berisi varian maupun gambar.</translation>
    </message>
    <message>
        <source>The Handle is missing.</source>
        <translation>Handle belum diisi.</translation>
    </message>
    <message>
        <source>No variable product &apos;{parent}&apos; in the file.</source>
        <translation>Tidak ada produk variabel &apos;{parent}&apos; di berkas ini.</translation>
    </message>
    <message>
        <source>A grouped product is a list; its items import.</source>
        <translation>Produk grup hanyalah daftar; item-itemnya yang diimpor.</translation>
    </message>
    <message>
        <source>The zip file {name} holds no WhatsApp chat (.txt file), so it is not a WhatsApp export. In WhatsApp open the chat, choose More → Export chat, and choose the file it saves.</source>
        <translation>Berkas zip {name} tidak berisi chat WhatsApp (berkas .txt), jadi bukan ekspor WhatsApp. Di WhatsApp buka chatnya, pilih Lainnya → Ekspor chat, lalu pilih berkas yang disimpannya.</translation>
    </message>
    <message>
        <source>{name} is not a WhatsApp chat export: it does not hold text (it may be a picture, a PDF or a spreadsheet). In WhatsApp open the chat, choose More → Export chat, and choose the .txt or .zip it saves.</source>
        <translation>{name} bukan ekspor chat WhatsApp: isinya bukan teks (mungkin gambar, PDF, atau spreadsheet). Di WhatsApp buka chatnya, pilih Lainnya → Ekspor chat, lalu pilih berkas .txt atau .zip yang disimpannya.</translation>
    </message>
    <message>
        <source>{name} looks like a zip file but it is damaged or incomplete, so no chat can be read from it. Export the chat from WhatsApp again (or copy the file again), then choose the new file.</source>
        <translation>{name} tampak seperti berkas zip tetapi rusak atau tidak lengkap, jadi tidak ada chat yang bisa dibaca. Ekspor lagi chatnya dari WhatsApp (atau salin lagi berkasnya), lalu pilih berkas yang baru.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp chat export: line {line} does not start with a date and time the way WhatsApp writes them (“{text}”). In WhatsApp open the chat, choose More → Export chat, and choose the file it saves.</source>
        <translation>Ini bukan ekspor chat WhatsApp: baris {line} tidak diawali tanggal dan jam seperti yang ditulis WhatsApp (“{text}”). Di WhatsApp buka chatnya, pilih Lainnya → Ekspor chat, lalu pilih berkas yang disimpannya.</translation>
    </message>
    <message>
        <source>Matches the same product as row {row}.</source>
        <translation>Cocok dengan produk yang sama seperti baris {row}.</translation>
    </message>
    <message>
        <source>The same SKU as row {row}.</source>
        <translation>SKU sama dengan baris {row}.</translation>
    </message>
    <message>
        <source>The same id as row {row}.</source>
        <translation>Kolom id sama dengan baris {row}.</translation>
    </message>
    <message>
        <source>The same name as row {row}.</source>
        <translation>Nama sama dengan baris {row}.</translation>
    </message>
    <message>
        <source>This customer was already merged into another one.</source>
        <translation>Pelanggan ini sudah digabungkan ke pelanggan lain.</translation>
    </message>
    <message>
        <source>Keep the payment instructions under 1,000 characters.</source>
        <translation>Cara pembayaran paling banyak 1.000 karakter.</translation>
    </message>
    <message>
        <source>This file is not a JPEG photo.</source>
        <translation>Berkas ini bukan foto JPEG.</translation>
    </message>
    <message>
        <source>This file does not hold Merchant Desk quick replies ({reason}).</source>
        <translation>Berkas ini tidak berisi balasan cepat Merchant Desk ({reason}).</translation>
    </message>
    <message>
        <source>The quick reply /{shortcut} in the file is not valid.</source>
        <translation>Balasan cepat /{shortcut} di berkas ini tidak valid.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos; or &apos;_&apos; (up to 50), e.g. /rekening.</source>
        <translation>Gunakan huruf, angka, &apos;-&apos;, atau &apos;_&apos; (maksimal 50), mis. /rekening.</translation>
    </message>
    <message>
        <source>The quick reply needs a title.</source>
        <translation>Balasan cepat perlu judul.</translation>
    </message>
    <message>
        <source>Write the reply.</source>
        <translation>Tulis balasannya.</translation>
    </message>
    <message>
        <source>The reply has an unknown placeholder or an unbalanced brace.</source>
        <translation>Balasan memuat variabel yang tidak dikenal atau kurung kurawal yang tidak berpasangan.</translation>
    </message>
    <message>
        <source>Another quick reply already uses this shortcut.</source>
        <translation>Pintasan ini sudah dipakai balasan cepat lain.</translation>
    </message>
    <message>
        <source>no keyring service is running. On Linux install and start GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring); Windows and macOS have one built in.</source>
        <translation>tidak ada layanan keyring yang berjalan. Di Linux, pasang dan jalankan GNOME Keyring atau KWallet (misalnya: sudo apt install gnome-keyring); Windows dan macOS sudah memilikinya.</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access ({detail}). Unlock it and try again.</source>
        <translation>Keyring terkunci atau menolak akses ({detail}). Buka kuncinya lalu coba lagi.</translation>
    </message>
    <message>
        <source>This data folder already holds a shop.</source>
        <translation>Folder data ini sudah berisi sebuah toko.</translation>
    </message>
    <message>
        <source>The shop needs at least one active owner.</source>
        <translation>Toko perlu minimal satu pemilik yang aktif.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits; a password at least 8 characters.</source>
        <translation>PIN terdiri dari 4 sampai 8 angka; kata sandi minimal 8 karakter.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Masukkan nama.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>Nama terlalu panjang.</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Nama ini sudah dipakai profil lain.</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many attempts: wait {seconds} seconds before trying again.</source>
        <translation>PIN salah. Terlalu banyak percobaan: tunggu {seconds} detik sebelum mencoba lagi.</translation>
    </message>
</context>
</TS>
