"""Words of the app's reports: "Bagikan" on the overview and in presenter mode
(kinerja.ui.share) and the subscriptions on the data page (kinerja.ui.subscriptions_admin)."""

TEXT = {
    # --- Bagikan ---------------------------------------------------------------------------
    "bagikan": ("Bagikan", "Share"),
    "bagikan_help": (
        "Kartu untuk WhatsApp, teks ringkasan dan tautan ke tampilan ini dengan filternya",
        "A card for WhatsApp, the summary text and a link to this view with its filters",
    ),
    "bagikan_card": ("Unduh kartu (PNG)", "Download the card (PNG)"),
    "bagikan_card_help": (
        "Gambar 1080×1350 untuk layar ponsel: angka utama tiap area, statusnya dan kalimat pertama "
        "ringkasan, untuk filter tampilan ini. Dibuat saat tombol ditekan.",
        "A 1080×1350 picture for a phone screen: each area's headline number, its status and the "
        "summary's first sentence, for this view's filters. Made when the button is pressed.",
    ),
    "bagikan_no_chromium": (
        "Kartu tidak bisa dibuat di server ini karena browser Chromium belum terpasang. Minta admin "
        "memasangnya (apt-get install chromium). Teks dan tautan di bawah tetap bisa dibagikan.",
        "The card cannot be made on this server because the Chromium browser is not installed. Ask "
        "an admin to install it (apt-get install chromium). The text and link below can still be shared.",
    ),
    "bagikan_text": ("Teks ringkasan dan tautan", "Summary text and link"),
    "bagikan_copy": ("Salin teks", "Copy the text"),
    "bagikan_copied": ("Tersalin ✓", "Copied ✓"),
    "bagikan_copy_failed": (
        "Browser menolak; pilih teks di bawah lalu salin",
        "The browser refused; select the text below and copy it",
    ),
    "bagikan_copy_fallback": (
        "Alamat ini tidak memakai HTTPS, jadi browser tidak mengizinkan menyalin otomatis: klik di "
        "kotak, pilih semua (Ctrl+A, di ponsel tekan lama) lalu salin (Ctrl+C).",
        "This address does not use HTTPS, so the browser does not allow copying automatically: click "
        "in the box, select all (Ctrl+A, or a long press on a phone) and copy (Ctrl+C).",
    ),
    "bagikan_whatsapp": ("Kirim lewat WhatsApp", "Send via WhatsApp"),
    "bagikan_whatsapp_help": (
        "Membuka WhatsApp dengan teks dan tautan ini; Anda memilih chat atau grupnya.",
        "Opens WhatsApp with this text and link; you choose the chat or group.",
    ),
    # --- subscriptions on the data page -----------------------------------------------------
    "langganan_ui_head": ("Langganan laporan e-mail", "E-mail report subscriptions"),
    "langganan_ui_lead": (
        "Siapa menerima ringkasan kinerja lewat e-mail, seberapa sering, untuk OPD mana dan dengan "
        "lampiran apa. Pengiriman dijalankan server (python -m kinerja kirim atau jadwal).",
        "Who receives the performance summary by e-mail, how often, for which agencies and with which "
        "attachments. The server sends them (python -m kinerja kirim or jadwal).",
    ),
    "langganan_ui_none": ("Belum ada langganan.", "No subscriptions yet."),
    "langganan_ui_add": ("Tambah langganan", "Add a subscription"),
    "langganan_ui_email": ("Alamat e-mail", "E-mail addresses"),
    "langganan_ui_email_help": (
        "Satu atau lebih alamat, dipisah koma, spasi atau baris baru. Semua alamat menerima pesan yang sama.",
        "One or more addresses, separated by commas, spaces or new lines. All of them get the same message.",
    ),
    "langganan_ui_jadwal_help": (
        "Harian: sekali sehari. Mingguan: setiap Senin. Bulanan: di awal bulan. Saat status berubah: "
        "hanya bila status indikator pilihan ini berubah sejak pesan sebelumnya.",
        "Daily: once a day. Weekly: every Monday. Monthly: at the start of the month. When a status "
        "changes: only when an indicator of this selection changed status since the previous message.",
    ),
    "langganan_ui_col_id": ("No.", "No."),
    "langganan_ui_col_email": ("Alamat", "Addresses"),
    "langganan_ui_col_jadwal": ("Jadwal", "Schedule"),
    "langganan_ui_col_filter": ("OPD", "Agencies"),
    "langganan_ui_col_bahasa": ("Bahasa", "Language"),
    "langganan_ui_col_lampiran": ("Lampiran", "Attachments"),
    "langganan_ui_col_sent": ("Terakhir dikirim", "Last sent"),
    "langganan_ui_never": ("belum pernah", "never"),
    "langganan_ui_lampiran_pdf": ("Presentasi PDF", "Deck as PDF"),
    "langganan_ui_lampiran_pptx": ("PowerPoint", "PowerPoint"),
    "langganan_ui_lampiran_kartu": ("Kartu PNG", "Card as PNG"),
    "langganan_ui_short_pdf": ("PDF", "PDF"),
    "langganan_ui_short_pptx": ("PPTX", "PPTX"),
    "langganan_ui_short_kartu": ("Kartu", "Card"),
    "langganan_ui_save": ("Simpan langganan", "Save the subscription"),
    "langganan_ui_no_email": ("Isi minimal satu alamat e-mail.", "Enter at least one e-mail address."),
    "langganan_ui_bad_email": (
        "Bukan alamat e-mail: {alamat}. Alamat berisi satu @, nama sebelum @, domain bertitik dan tanpa "
        "spasi, misalnya bupati@kab.go.id. Tidak ada yang disimpan.",
        "Not an e-mail address: {alamat}. An address has one @, a name before it, a domain with a dot "
        "and no spaces, e.g. bupati@kab.go.id. Nothing was saved.",
    ),
    "langganan_ui_empty_selection": (
        "Jenis dan OPD yang dipilih tidak memilih satu OPD aktif pun; ubah filternya. Tidak ada yang disimpan.",
        "The kinds and agencies chosen select no active agency; change the filters. Nothing was saved.",
    ),
    "langganan_ui_added": ("Langganan #{id} disimpan.", "Subscription #{id} saved."),
    "langganan_ui_remove_which": ("Hapus langganan", "Remove a subscription"),
    "langganan_ui_remove": ("Hapus…", "Remove…"),
    "langganan_ui_remove_confirm": (
        "Hapus langganan #{id} ({email})? Alamat ini tidak lagi menerima laporan.",
        "Remove subscription #{id} ({email})? These addresses will no longer receive reports.",
    ),
    "langganan_ui_remove_yes": ("Ya, hapus", "Yes, remove"),
    "langganan_ui_remove_no": ("Batal", "Cancel"),
    "langganan_ui_removed": ("Langganan #{id} dihapus.", "Subscription #{id} removed."),
}
