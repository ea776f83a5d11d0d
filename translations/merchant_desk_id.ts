<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
            <source>Backups (*.sqlite3 *.db);;All files (*)</source>
            <translation>Cadangan (*.sqlite3 *.db);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Replace the shop's current data with this backup?

%1

The current data is kept in the folder 'pre-upgrade' inside the data folder.</source>
            <translation>Ganti data toko saat ini dengan cadangan ini?

%1

Data saat ini tetap disimpan di folder 'pre-upgrade' di dalam folder data.</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>Cadangan berhasil dipulihkan.</translation>
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
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <extracomment>Tab classes in the order they appear; feature issues append theirs. No placeholder tabs.</extracomment>
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
        <name>OverviewTab</name>
        <message>
            <source>Overview</source>
            <translation>Ringkasan</translation>
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
        <name>ProfileFields</name>
        <message>
            <source>Shop name</source>
            <translation>Nama toko</translation>
        </message>
        <message>
            <source>Owner's name</source>
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
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Merchant Desk</source>
            <translation>Selamat datang di Merchant Desk</translation>
        </message>
        <message>
            <source>Merchant Desk keeps your shop's chats, catalog, orders and loyalty points on this computer, online or offline. Answer a few questions to set up your shop; you can change them later in Settings.</source>
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
            <source>A collection's name may have at most 100 characters.</source>
            <translation>Nama koleksi paling banyak 100 karakter.</translation>
        </message>
        <message>
            <source>A product's name may have at most 200 characters.</source>
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
            <source>The shop's data folder cannot be written: {reason}</source>
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
            <source>The rule needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter at least one word.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose open, pending or resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a label, a status or a staff member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{value}' is not a valid phone number.</source>
            <translation>'{value}' bukan nomor telepon yang valid.</translation>
        </message>
        <message>
            <source>'{text}' is ambiguous: write whole Rupiah like 15000 or 15.000.</source>
            <translation>'{text}' membingungkan: tulis dalam Rupiah utuh seperti 15000 atau 15.000.</translation>
        </message>
        <message>
            <source>'{text}' has a fraction of a Rupiah: prices are whole Rupiah.</source>
            <translation>'{text}' memuat pecahan Rupiah: harga harus Rupiah utuh.</translation>
        </message>
        <message>
            <source>'{text}' is negative: a price must be more than zero.</source>
            <translation>'{text}' negatif: harga harus lebih dari nol.</translation>
        </message>
        <message>
            <source>Please enter a price.</source>
            <translation>Masukkan harga.</translation>
        </message>
        <message>
            <source>'{text}' is not in Rupiah (IDR).</source>
            <translation>'{text}' bukan dalam Rupiah (IDR).</translation>
        </message>
        <message>
            <source>'{text}' is not a price: write it like 15000, 15.000 or Rp15.000.</source>
            <translation>'{text}' bukan harga: tulis seperti 15000, 15.000, atau Rp15.000.</translation>
        </message>
        <message>
            <source>The shop needs a name.</source>
            <translation>Toko perlu nama.</translation>
        </message>
        <message>
            <source>Please enter the owner's name.</source>
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
            <source>The shop's name may have at most 200 characters.</source>
            <translation>Nama toko paling banyak 200 karakter.</translation>
        </message>
        <message>
            <source>The owner's name may have at most 100 characters.</source>
            <translation>Nama pemilik paling banyak 100 karakter.</translation>
        </message>
        <message>
            <source>Enter the shop's WhatsApp number, for example 0812-3456-7890.</source>
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
            <source>This is not a catalog feed: header {header}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The catalog file {name} cannot be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The price is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown catalog format '{name}': choose meta, shopify, woocommerce or native.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dates in this chat disagree: line {day_line} puts the day first, line {month_line} the month. Choose the date order yourself.</source>
            <translation>Tanggal di chat ini tidak konsisten: baris {day_line} menaruh tanggal di depan, baris {month_line} menaruh bulan di depan. Pilih sendiri urutan tanggalnya.</translation>
        </message>
        <message>
            <source>Line {line} has a date that does not exist in the {order} order: {text}</source>
            <translation>Baris {line} memuat tanggal yang tidak ada dalam urutan {order}: {text}</translation>
        </message>
        <message>
            <source>This is not a WhatsApp chat export: line {line} could not be read: {text}</source>
            <translation>Ini bukan ekspor chat WhatsApp: baris {line} tidak bisa dibaca: {text}</translation>
        </message>
        <message>
            <source>The zip file {name} holds no WhatsApp chat (.txt file).</source>
            <translation>Berkas zip {name} tidak berisi chat WhatsApp (berkas .txt).</translation>
        </message>
        <message>
            <source>'{name}' is not a Merchant Desk backup (not an SQLite database).</source>
            <translation>'{name}' bukan cadangan Merchant Desk (bukan basis data SQLite).</translation>
        </message>
        <message>
            <source>'{name}' is damaged and cannot be restored: {detail}</source>
            <translation>'{name}' rusak dan tidak dapat dipulihkan: {detail}</translation>
        </message>
        <message>
            <source>'{name}' is not a Merchant Desk database, or it comes from a newer version ({found}).</source>
            <translation>'{name}' bukan basis data Merchant Desk, atau berasal dari versi yang lebih baru ({found}).</translation>
        </message>
        <message>
            <source>There is no shop to back up at {path}.</source>
            <translation>Tidak ada toko untuk dicadangkan di {path}.</translation>
        </message>
        <message>
            <source>A backup cannot replace the shop's own database ({path}).</source>
            <translation>Cadangan tidak boleh menimpa basis data toko itu sendiri ({path}).</translation>
        </message>
        <message>
            <source>'{name}' does not exist.</source>
            <translation>'{name}' tidak ada.</translation>
        </message>
        <message>
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>Cadangan tidak dapat ditulis ke {path}: {reason}</translation>
        </message>
        <message>
            <source>The list cannot be sorted by '{column}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another product already uses this SKU.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A product in the trash already uses this SKU.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not a JPEG photo.</source>
            <translation type="unfinished" />
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
            <source>Wrong PIN. Too many attempts: wait {seconds} seconds before trying again.</source>
            <translation>PIN salah. Terlalu banyak percobaan: tunggu {seconds} detik sebelum mencoba lagi.</translation>
        </message>
    </context>
</TS>
