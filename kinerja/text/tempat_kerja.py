"""Words of pages/tempat_kerja.py (Tempat kerja, Our Workplace)."""

TEXT = {
    "nav_tempat_kerja": ("Tempat kerja", "Workplace"),
    "tk_title": ("Tempat kerja {wilayah} {tahun}", "Our Workplace: {wilayah} {tahun}"),
    "tk_lead": (
        "Pemerintahan digital (indeks SPBE), surat elektronik, kerja fleksibel, dan titik layanan "
        "di {n} OPD terpilih. Data tahunan per OPD.",
        "Digital government (the SPBE index), electronic letters, flexible work and service points "
        "across the {n} selected agencies, year by year and agency by agency.",
    ),
    "tk_empty": (
        "Belum ada data tempat kerja (SPBE, surat, hari kerja, titik layanan) untuk {tahun} pada "
        "OPD terpilih.",
        "No workplace data (SPBE, letters, working days, service points) for {tahun} for the "
        "selected agencies yet.",
    ),
    "tk_trends": ("Dari tahun ke tahun, terhadap target", "Over the years, against target"),
    "tk_compare": ("Perbandingan antar-OPD", "Agencies side by side"),
    "tk_compare_by": ("Bandingkan OPD menurut", "Compare agencies by"),
    "tk_spbe_title": (
        "{top} dari {n} OPD berpredikat {predikat}; tertinggi {best} ({value})",
        "{top} of {n} agencies are rated {predikat}; {best} leads with {value}",
    ),
    "tk_predikat_note": (
        "Predikat SPBE menurut PermenPANRB 59/2020: Memuaskan ≥ 4,2 · Sangat Baik ≥ 3,5 · "
        "Baik ≥ 2,6 · Cukup ≥ 1,8 · Kurang di bawah 1,8.",
        "SPBE ratings by PermenPANRB 59/2020: excellent ≥ 4.2 · very good ≥ 3.5 · good ≥ 2.6 · "
        "fair ≥ 1.8 · poor below 1.8.",
    ),
    "tk_left_out": (
        "{n} OPD tanpa nilai {indikator} untuk {tahun} tidak diperingkat.",
        "{n} agencies without a value for {indikator} in {tahun} are not ranked.",
    ),
    "tk_table": ("Tabel per OPD", "Table by agency"),
    "tk_col_code": ("Kode OPD", "Agency code"),
    "tk_col_predikat": ("Predikat SPBE", "SPBE rating"),
}
