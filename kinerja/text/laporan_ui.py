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
    "bagikan_copy_hint": (
        "Salin dengan ikon salin di pojok kanan atas kotak.",
        "Copy it with the copy icon at the top right of the box.",
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
}
