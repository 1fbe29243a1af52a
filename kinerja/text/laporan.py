"""Words of the reports: the phone card and the subscription e-mails (kinerja.reports)."""

TEXT = {
    "laporan_card_work": ("Our Work", "Our Work"),
    "laporan_card_workforce": ("Our Workforce", "Our Workforce"),
    "laporan_card_workplace": ("Our Workplace", "Our Workplace"),
    "laporan_card_innovation": ("Inovasi", "Innovation"),
    "laporan_card_source": ("Sumber: {url}", "Source: {url}"),
    "laporan_card_year": ("Tahun {tahun}", "Year {tahun}"),
    "laporan_subject": (
        "Kinerja {wilayah} {tahun} — data per {tanggal}",
        "Kinerja {wilayah} {tahun} — data as of {tanggal}",
    ),
    "laporan_subject_change": (
        "Perubahan status: {wilayah} {tahun} — data per {tanggal}",
        "Status changed: {wilayah} {tahun} — data as of {tanggal}",
    ),
    "laporan_no_date": ("belum ada data bertanggal", "no dated data yet"),
    "laporan_heading": ("Ringkasan kinerja {wilayah} {tahun}", "Performance summary, {wilayah} {tahun}"),
    "laporan_changes": (
        "Status yang berubah sejak pesan sebelumnya:",
        "Statuses changed since the previous message:",
    ),
    "laporan_change_line": ("{name}{where}: {before} → {after}", "{name}{where}: {before} → {after}"),
    "laporan_change_year": ("Data tahun baru: {tahun}", "Data for a new year: {tahun}"),
    "laporan_open": ("Buka dasbor dengan filter yang sama", "Open the dashboard with the same filters"),
    "laporan_attached": ("Terlampir: {files}", "Attached: {files}"),
    "laporan_footer": (
        "Anda menerima pesan ini karena langganan #{id} ({jadwal}). Untuk berhenti, minta admin "
        "menjalankan: python -m kinerja langganan hapus {id}",
        "You receive this because of subscription #{id} ({jadwal}). To stop, ask an admin to run: "
        "python -m kinerja langganan hapus {id}",
    ),
    "laporan_jadwal_harian": ("harian", "daily"),
    "laporan_jadwal_mingguan": ("mingguan", "weekly"),
    "laporan_jadwal_bulanan": ("bulanan", "monthly"),
    "laporan_jadwal_saat-berubah": ("saat status berubah", "when a status changes"),
}
