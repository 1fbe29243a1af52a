"""Strings of the province page (pages/provinsi.py)."""

TEXT = {
    "nav_provinsi": ("Perbandingan wilayah", "Regions compared"),
    "provinsi_title": ("Perbandingan wilayah {tahun}", "Regions compared, {tahun}"),
    "provinsi_lead": (
        "{n} wilayah yang menerbitkan ringkasannya ke folder gabungan, masing-masing dengan "
        "OPD aktifnya dan targetnya sendiri, dihitung dengan definisi yang sama.",
        "{n} regions that published their summaries into the shared folder, each with its own "
        "active agencies and targets, computed by the same definitions.",
    ),
    "provinsi_not_set": (
        "Halaman ini membaca folder terbitan bersama yang dinamai KINERJA_GABUNGAN. Setiap "
        "kabupaten/kota menerbitkan ke sana dengan: python -m kinerja terbitkan --out FOLDER",
        "This page reads the shared folder named by KINERJA_GABUNGAN. Each regency publishes "
        "into it with: python -m kinerja terbitkan --out FOLDER",
    ),
    "provinsi_indicator": ("Bandingkan menurut", "Compare by"),
    "provinsi_chart_title": ("{indikator} per wilayah, {tahun}", "{indikator} by region, {tahun}"),
    "provinsi_rank": ("Peringkat", "Rank"),
    "provinsi_target_own": ("Target wilayah", "Region's target"),
    "provinsi_region": ("Wilayah", "Region"),
    "provinsi_code": ("Kode", "Code"),
    "provinsi_table_head": ("Semua wilayah", "All regions"),
    "provinsi_pick": (
        "Pilih satu baris untuk membuka angka wilayah itu.",
        "Select a row to open that region's numbers.",
    ),
    "provinsi_region_head": ("Indikator {wilayah} {tahun}", "Indicators of {wilayah}, {tahun}"),
    "provinsi_published": ("diterbitkan {waktu}", "published {waktu}"),
}
