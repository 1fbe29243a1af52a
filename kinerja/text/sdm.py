"""Words of pages/sdm.py (SDM aparatur, Our Workforce)."""

TEXT = {
    "nav_sdm": ("SDM aparatur", "Workforce"),
    "sdm_title": ("SDM aparatur {wilayah} {tahun}", "Our Workforce: {wilayah} {tahun}"),
    "sdm_lead": (
        "Berapa ASN di {n} OPD terpilih, siapa mereka, apakah masing-masing mendapat 20 JP "
        "pengembangan kompetensi, dan berapa yang dirotasi. Data tahunan, hanya agregat.",
        "How many civil servants (ASN) the {n} selected agencies have, who they are, whether each "
        "got the 20 JP of development owed, and how many were rotated. Yearly data, aggregates only.",
    ),
    "sdm_empty": (
        "Belum ada data pegawai (ASN) untuk {tahun} pada OPD terpilih.",
        "No civil-servant (ASN) data for {tahun} for the selected agencies yet.",
    ),
    "sdm_too_few": (
        "OPD terpilih hanya memiliki {n} ASN (kurang dari {min}): komposisi, sebaran JP, dan "
        "perbandingan tidak ditampilkan agar tidak menunjuk pribadi.",
        "The selected agencies have only {n} civil servants (fewer than {min}): composition, JP "
        "spread and comparisons are not shown, so as not to point at a person.",
    ),
    # composition
    "sdm_composition": ("Komposisi ASN", "Who the civil servants are"),
    "sdm_composition_title": (
        "{n} ASN pada {tahun}: {pppk} PPPK, {women} perempuan, {fungsional} fungsional",
        "{n} civil servants in {tahun}: {pppk} PPPK, {women} women, {fungsional} functional",
    ),
    "sdm_dim_status_asn": ("Status ASN", "ASN status"),
    "sdm_dim_jenis_jabatan": ("Jenis jabatan", "Kind of post"),
    "sdm_dim_jenis_kelamin": ("Jenis kelamin", "Sex"),
    "sdm_cat_PNS": ("PNS", "PNS"),
    "sdm_cat_PPPK": ("PPPK", "PPPK"),
    "sdm_cat_struktural": ("Struktural", "Structural"),
    "sdm_cat_fungsional": ("Fungsional", "Functional"),
    "sdm_cat_pelaksana": ("Pelaksana", "Administrative"),
    "sdm_cat_L": ("Laki-laki", "Men"),
    "sdm_cat_P": ("Perempuan", "Women"),
    "sdm_pppk_share": ("Porsi PPPK", "PPPK share"),
    "sdm_composition_note": (
        "Status ASN menurut UU 20/2023 (PNS dan PPPK). Porsi dihitung dari jumlah ASN yang sama "
        "dengan F1_asn.",
        "ASN status as in UU 20/2023: PNS are career civil servants, PPPK are on contracts. "
        "Shares are of the same count of civil servants as F1_asn.",
    ),
    "sdm_composition_table": ("Tabel komposisi ASN", "Composition table"),
    "sdm_col_dimension": ("Dimensi", "Dimension"),
    "sdm_col_category": ("Kategori", "Category"),
    "sdm_col_count": ("Jumlah ASN", "Civil servants"),
    "sdm_col_share": ("Porsi", "Share"),
    # development hours
    "sdm_jp": ("Pengembangan kompetensi: 20 JP setahun", "Competency development: 20 JP a year"),
    "sdm_jp_title": (
        "{below} ASN ({pct}) belum mencapai 20 JP pada {tahun}",
        "{below} civil servants ({pct}) had fewer than 20 JP in {tahun}",
    ),
    "sdm_jp_all_met": (
        "Semua {n} ASN mencapai 20 JP pada {tahun}",
        "All {n} civil servants reached 20 JP in {tahun}",
    ),
    "sdm_jp_axis": ("JP pengembangan dalam setahun", "Development hours (JP) in the year"),
    "sdm_jp_note": (
        "Setiap ASN berhak atas pengembangan kompetensi paling sedikit 20 JP setahun — PP 11/2017 "
        "Pasal 203 ayat (4), diubah PP 17/2020. Batang berwarna: memenuhi (dihitung dalam "
        "F2_jp20_pct); abu-abu: belum.",
        "Every civil servant is owed at least 20 hours (JP) of competency development a year — "
        "PP 11/2017 Pasal 203 ayat (4), as amended by PP 17/2020. Coloured bars: met (counted in "
        "F2_jp20_pct); grey: not yet.",
    ),
    "sdm_jp_table": ("Tabel sebaran JP", "JP distribution table"),
    "sdm_col_band": ("Rentang JP", "JP band"),
    "sdm_col_meets": ("Memenuhi 20 JP", "Meets 20 JP"),
    "sdm_yes": ("ya", "yes"),
    "sdm_no": ("belum", "not yet"),
    # trends and comparison
    "sdm_trends": ("Rata-rata JP dan rotasi dari tahun ke tahun", "Mean JP and rotation over the years"),
    "sdm_compare": ("Perbandingan OPD", "Comparing agencies"),
    "sdm_compare_by": ("Bandingkan OPD menurut", "Compare agencies by"),
    "sdm_left_out": (
        "{n} OPD tidak diperingkat karena ASN-nya kurang dari {min} orang (persentase atas "
        "segelintir orang tidak bermakna dan dapat menunjuk pribadi).",
        "{n} agencies are not ranked because they have fewer than {min} civil servants (a "
        "percentage of a handful of people means little and can point at a person).",
    ),
    "sdm_table": ("Tabel per OPD", "Table by agency"),
    "sdm_col_code": ("Kode OPD", "Agency code"),
    "sdm_table_note": (
        "Persentase dan rata-rata OPD dengan kurang dari {min} ASN dikosongkan (–) agar tidak "
        "menunjuk pribadi.",
        "Percentages and means of agencies with fewer than {min} civil servants are left blank (–) "
        "so as not to point at a person.",
    ),
}
