TEXT = {
    "definitions_title": ("Definisi indikator", "Indicator definitions"),
    "definitions_lead": (
        "Rumus setiap indikator, arah yang lebih baik, dan dasar peraturannya.",
        "Each indicator's formula, which direction is better, and its regulation.",
    ),
    "code": ("Kode", "Code"),
    "polarity": ("Lebih baik bila", "Better when"),
    "polarity_higher": ("lebih tinggi", "higher"),
    "polarity_lower": ("lebih rendah", "lower"),
    "polarity_None": ("— (tanpa arah)", "— (no direction)"),
    # the summary that opens the overview (kinerja.indicators.ringkasan, kalimat, pace)
    "definitions_summary_title": (
        "Ringkasan: apa yang berubah, siapa ditindaklanjuti, dan laju tahun berjalan",
        "Summary: what changed, whom to follow up, and the pace of a running year",
    ),
    "definitions_changes": (
        "Perubahan membandingkan setiap indikator sekarang dengan data sebelum impor terakhir "
        "(keadaan yang akan dipulihkan oleh pembatalan impor), dengan filter dan target yang sama.",
        "Changes compare every indicator now with the data before the latest import (the state "
        "a rollback would restore), with the same filters and targets.",
    ),
    "definitions_running_year": (
        "Tahun berjalan: tahun terakhir yang memiliki data dan permohonan terakhirnya masuk sebelum "
        "31 Desember. Pada tahun berjalan, jumlah yang terus bertambah sepanjang tahun (permohonan, "
        "inovasi, penghargaan) dibaca sebagai kemajuan menuju target tahunan, bukan sebagai status.",
        "Running year: the latest year with data whose last application came before 31 December. "
        "In a running year, counts that grow through the year (applications, innovations, awards) "
        "are progress towards the annual target, not a status.",
    ),
    "definitions_pace": (
        "Proyeksi ke 31 Desember (jumlah permohonan pada tahun berjalan): jumlah Januari sampai "
        "bulan terakhir yang ada datanya, dibagi porsi bulan-bulan yang sama dalam jumlah setahun "
        "penuh tahun lalu (misalnya Januari–Oktober tahun lalu memuat 80% permohonan setahun: "
        "132.000 sampai Oktober menjadi proyeksi 165.000). Tanpa data tahun lalu pada bulan-bulan "
        "itu, garis lurus: jumlah sejauh ini × 12 / jumlah bulan. Ditampilkan dibulatkan ke "
        "ratusan (puluhan di bawah 10.000); tercapai atau tidaknya dinilai sebelum pembulatan.",
        "Projection to 31 December (applications in a running year): the count from January to "
        "the latest month with data, divided by the share those same months had of last year's "
        "whole year (for instance, January–October held 80% of last year's applications: 132,000 "
        "by October projects to 165,000). Without last year's data for those months, a straight "
        "line: the count so far × 12 / the months so far. Shown rounded to hundreds (tens below "
        "10,000); whether the target is met is judged before rounding.",
    ),
    "definitions_kejar": (
        "Perlu ditindaklanjuti: OPD dengan indikator berstatus Tertinggal terhadap targetnya "
        "sendiri (pada tahun berjalan tanpa jumlah yang masih bertambah), dengan bulan tanpa "
        "satu pun permohonan dari Januari sampai bulan data terakhir (hanya OPD yang memiliki "
        "layanan), atau OPD aktif tanpa inovasi tahun itu. Urutan: paling banyak indikator "
        "Tertinggal, lalu paling banyak bulan kosong, lalu tanpa inovasi, lalu kode OPD.",
        "Follow-up: agencies with an indicator Behind its own target (in a running year, counts "
        "still growing are left out), with months from January to the latest month of data in "
        "which none of their services received an application (only agencies with services), or "
        "active agencies without an innovation that year. Order: most indicators Behind, then "
        "most empty months, then no innovation, then the agency code.",
    ),
    # each indicator's unit, source table and how often that table is refreshed (the registry's
    # unit and query name the key), so a definition reads in words
    "definitions_unit": ("Satuan ukur", "Unit"),
    "definitions_table": ("Tabel sumber", "Source table"),
    "definitions_updated": ("Diperbarui", "Updated"),
    "definitions_regulation": ("Dasar hukum", "Regulation"),
    "unit_count": ("jumlah (bilangan bulat)", "a count (whole number)"),
    "unit_pct": ("persen (%), 0–100", "per cent (%), 0–100"),
    "unit_days": ("hari kalender", "calendar days"),
    "unit_index": ("indeks, skala 25–100", "index, 25–100 scale"),
    "unit_jp": ("jam pelajaran (JP) per ASN", "lesson hours (JP) per civil servant"),
    "unit_spbe": ("indeks SPBE, skala 0–5", "SPBE index, 0–5 scale"),
    "table_permohonan": (
        "`permohonan` (satu baris per permohonan layanan)",
        "`permohonan` (one row per service application)",
    ),
    "table_skm": (
        "`skm` (satu baris per responden survei kepuasan)",
        "`skm` (one row per satisfaction survey respondent)",
    ),
    "table_layanan": ("`layanan` (katalog layanan per OPD)", "`layanan` (each agency's service catalogue)"),
    "table_pegawai": (
        "`pegawai` (satu baris per ASN per tahun)",
        "`pegawai` (one row per civil servant per year)",
    ),
    "table_tempat_kerja": (
        "`tempat_kerja` (satu baris per OPD per tahun)",
        "`tempat_kerja` (one row per agency per year)",
    ),
    "table_inovasi": ("`inovasi` (satu baris per inovasi)", "`inovasi` (one row per innovation)"),
    "table_penghargaan": ("`penghargaan` (satu baris per penghargaan)", "`penghargaan` (one row per award)"),
    "updated_date": (
        "setiap bulan, dengan ekspor bulanan (mode perbarui)",
        "every month, with the monthly export (update mode)",
    ),
    "updated_snapshot": (
        "setahun sekali, keadaan per akhir tahun",
        "once a year, the state at the end of the year",
    ),
    "updated_year": (
        "saat ada inovasi atau penghargaan baru; dihitung per tahun",
        "when an innovation or award is added; counted per year",
    ),
    "updated_None": ("saat katalog layanan berubah", "when the service catalogue changes"),
}
