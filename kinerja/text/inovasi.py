"""Strings of the Inovasi & Penghargaan page (pages/inovasi.py)."""

TEXT = {
    "nav_inovasi": ("Inovasi & penghargaan", "Innovation & awards"),
    "inovasi_page_title": ("Kinerja — Inovasi", "Kinerja — Innovation"),
    "inovasi_title": ("Inovasi & penghargaan {wilayah} {tahun}", "Innovation & awards: {wilayah} {tahun}"),
    "inovasi_lead": (
        "Inovasi daerah {n} OPD menurut PP 38/2017: berapa yang lahir, sampai tahap mana, "
        "OPD mana yang belum berinovasi, dan penghargaan yang diraih.",
        "Regional innovation of {n} agencies under PP 38/2017: how many were born, how far they "
        "got, which agencies have none yet, and the awards won.",
    ),
    "inovasi_partial": (
        "Tahun {tahun} masih berjalan (data per {tanggal}): jumlah inovasi dan penghargaan "
        "tahun ini masih dapat bertambah.",
        "{tahun} is still running (data as of {tanggal}): this year's innovations and awards may still grow.",
    ),
    "inovasi_none_at_all": (
        "Belum ada inovasi terdaftar untuk OPD terpilih.",
        "No innovation is registered for the selected agencies yet.",
    ),
    # --- over the years ---------------------------------------------------------------
    "inovasi_years_head": ("Dari tahun ke tahun", "Over the years"),
    "inovasi_count_up": (
        "{n} inovasi baru pada {tahun}, {d} lebih banyak dari {prev}",
        "{n} new innovations in {tahun}, {d} more than in {prev}",
    ),
    "inovasi_count_down": (
        "{n} inovasi baru pada {tahun}, {d} lebih sedikit dari {prev}",
        "{n} new innovations in {tahun}, {d} fewer than in {prev}",
    ),
    "inovasi_count_same": (
        "{n} inovasi baru pada {tahun}, sama dengan {prev}",
        "{n} new innovations in {tahun}, as many as in {prev}",
    ),
    "inovasi_count_first": ("{n} inovasi baru pada {tahun}", "{n} new innovations in {tahun}"),
    "inovasi_axis_count": ("Jumlah inovasi", "Innovations"),
    "inovasi_axis_year": ("Tahun", "Year"),
    "inovasi_axis_pct": ("Persen", "Percent"),
    "inovasi_digital_title": (
        "{pct} inovasi tahun {tahun} bersifat digital ({delta} dibanding {prev})",
        "{pct} of {tahun}'s innovations are digital ({delta} on {prev})",
    ),
    "inovasi_digital_title_first": (
        "{pct} inovasi tahun {tahun} bersifat digital",
        "{pct} of {tahun}'s innovations are digital",
    ),
    "inovasi_digital_none": (
        "Belum ada inovasi pada {tahun}, jadi pangsa digital belum dapat dihitung",
        "No innovation in {tahun}, so there is no digital share yet",
    ),
    "inovasi_points": ("{sign}{d} poin", "{sign}{d} pts"),
    "inovasi_series_count": ("Inovasi baru", "New innovations"),
    "inovasi_series_digital": ("Pangsa digital", "Digital share"),
    "inovasi_years_caption": (
        "{a} dan {b} · dasar PP 38/2017 · garis abu-abu, bila ada: target (rumus di balik ikon ?).",
        "{a} and {b} · source PP 38/2017 · grey line, where set: the target (formulas behind the ? icon).",
    ),
    # --- one OPD, one innovation -------------------------------------------------------
    "inovasi_i2_head": (
        "Satu OPD, satu inovasi: {k} dari {n} OPD aktif belum berinovasi pada {tahun}",
        "One agency, one innovation: {k} of {n} active agencies have none in {tahun}",
    ),
    "inovasi_i2_all": (
        "Satu OPD, satu inovasi: semua {n} OPD aktif berinovasi pada {tahun}",
        "One agency, one innovation: all {n} active agencies innovated in {tahun}",
    ),
    "inovasi_i2_caption": (
        "OPD aktif tanpa inovasi yang terdaftar pada {tahun}: daftar yang dapat ditindaklanjuti. "
        "{name}: {pct} · dasar PP 38/2017.",
        "Active agencies with no innovation registered in {tahun}: a list to act on. "
        "{name}: {pct} · source PP 38/2017.",
    ),
    "inovasi_i2_none_active": (
        "Pilihan ini tidak memuat OPD aktif.",
        "This selection holds no active agency.",
    ),
    "inovasi_col_opd": ("OPD", "Agency"),
    "inovasi_col_code": ("Kode OPD", "Agency code"),
    "inovasi_col_kind": ("Jenis OPD", "Kind of agency"),
    "inovasi_col_last": ("Inovasi terakhir", "Last innovation"),
    "inovasi_col_total": ("Inovasi s.d. {tahun}", "Innovations to {tahun}"),
    "inovasi_never": ("belum pernah", "never"),
    # --- per OPD -------------------------------------------------------------------------
    "inovasi_opd_head": ("Inovasi per OPD {tahun}", "Innovations per agency, {tahun}"),
    "inovasi_opd_title": (
        "{opd} terbanyak dengan {n} inovasi; {k} OPD mendaftarkan paling sedikit satu",
        "{opd} leads with {n} innovations; {k} agencies registered at least one",
    ),
    "inovasi_opd_title_tied": (
        "{m} OPD terbanyak dengan masing-masing {n} inovasi; {k} OPD mendaftarkan paling sedikit satu",
        "{m} agencies lead with {n} innovations each; {k} agencies registered at least one",
    ),
    "inovasi_opd_empty": (
        "Belum ada inovasi terdaftar pada {tahun} untuk OPD terpilih.",
        "No innovation registered in {tahun} for the selected agencies.",
    ),
    # --- stages --------------------------------------------------------------------------
    "inovasi_stage_head": ("Tahapan inovasi", "Innovation stages"),
    "inovasi_stage_title": (
        "{p} dari {n} inovasi tahun {tahun} sudah sampai tahap penerapan",
        "{p} of {n} innovations of {tahun} have reached implementation",
    ),
    "inovasi_stage_title_all": (
        "{p} dari {n} inovasi s.d. {tahun} sudah sampai tahap penerapan",
        "{p} of {n} innovations up to {tahun} have reached implementation",
    ),
    "inovasi_stage_empty": (
        "Belum ada inovasi terdaftar s.d. {tahun} untuk OPD terpilih, jadi belum ada tahapan.",
        "No innovation is registered up to {tahun} for the selected agencies, so there are no stages.",
    ),
    "inovasi_stage_caption": (
        "Batang: inovasi yang telah mencapai tahap itu (tahapan dilalui berurutan, PP 38/2017). "
        "Saat ini, inovasi {tahun}: {now}; semua s.d. {tahun}: {now_all}.",
        "Bars: innovations that have reached the stage (stages are passed in order, PP 38/2017). "
        "Now, innovations of {tahun}: {now}; all up to {tahun}: {now_all}.",
    ),
    "inovasi_stage_inisiatif": ("Inisiatif", "Initiative"),
    "inovasi_stage_uji_coba": ("Uji coba", "Trial"),
    "inovasi_stage_penerapan": ("Penerapan", "Implementation"),
    "inovasi_series_year": ("Inovasi tahun {tahun}", "Innovations of {tahun}"),
    "inovasi_series_all": ("Semua s.d. {tahun}", "All up to {tahun}"),
    "inovasi_lab_title": (
        "{k} dari {n} inovasi s.d. {tahun} tercatat di Laboratorium Inovasi; terbanyak di tahap {stage}",
        "{k} of {n} innovations up to {tahun} are recorded in the Innovation Lab; most at {stage}",
    ),
    "inovasi_lab_none": (
        "Belum ada inovasi yang tercatat di Laboratorium Inovasi s.d. {tahun}",
        "No innovation up to {tahun} is recorded in the Innovation Lab",
    ),
    "inovasi_lab_caption": (
        "Tahap Laboratorium Inovasi LAN (5D, dengan documentation sebagai tahap keenam): "
        "{none} inovasi s.d. {tahun} tidak melalui laboratorium dan tidak dihitung.",
        "Stages of LAN's Innovation Lab (5D, with documentation as a sixth stage): {none} "
        "innovations up to {tahun} did not go through the lab and are not counted.",
    ),
    "inovasi_lab_drum_up": ("Drum up", "Drum up"),
    "inovasi_lab_diagnose": ("Diagnose", "Diagnose"),
    "inovasi_lab_design": ("Design", "Design"),
    "inovasi_lab_deliver": ("Deliver", "Deliver"),
    "inovasi_lab_display": ("Display", "Display"),
    "inovasi_lab_documentation": ("Documentation", "Documentation"),
    # --- forms ---------------------------------------------------------------------------
    "inovasi_form_head": ("Bentuk dan digitalisasi", "Forms and digitalisation"),
    "inovasi_form_title": (
        "{bentuk} bentuk terbanyak: {n} dari {total} inovasi tahun {tahun}, {d} di antaranya digital",
        "{bentuk} is the commonest form: {n} of {total} innovations of {tahun}, {d} of them digital",
    ),
    "inovasi_form_empty": (
        "Belum ada inovasi pada {tahun}, jadi belum ada sebaran bentuk.",
        "No innovation in {tahun}, so there is no split by form.",
    ),
    "inovasi_form_caption": (
        "Bentuk inovasi daerah menurut PP 38/2017; kartu di kiri: pangsa digital seluruhnya.",
        "Forms of regional innovation under PP 38/2017; the card beside it: the overall digital share.",
    ),
    "inovasi_bentuk_pelayanan_publik": ("Pelayanan publik", "Public service"),
    "inovasi_bentuk_tata_kelola": ("Tata kelola", "Governance"),
    "inovasi_bentuk_lainnya": ("Lainnya", "Other"),
    "inovasi_digital": ("Digital", "Digital"),
    "inovasi_not_digital": ("Nondigital", "Not digital"),
    # --- awards --------------------------------------------------------------------------
    "inovasi_award_head": ("Penghargaan", "Awards"),
    "inovasi_award_title": (
        "{n} penghargaan pada {tahun}, {k} di antaranya tingkat nasional atau internasional",
        "{n} awards in {tahun}, {k} of them national or international",
    ),
    "inovasi_award_title_none": ("Belum ada penghargaan pada {tahun}", "No award in {tahun} yet"),
    "inovasi_award_caption": (
        "{name} menurut tingkat · dasar PP 38/2017 (rumus di balik ikon ?).",
        "{name} by level · source PP 38/2017 (formula behind the ? icon).",
    ),
    "inovasi_award_table_head": ("Penghargaan {tahun}", "Awards of {tahun}"),
    "inovasi_award_empty": (
        "Belum ada penghargaan yang tercatat pada {tahun} untuk OPD terpilih.",
        "No award is recorded in {tahun} for the selected agencies.",
    ),
    "inovasi_axis_awards": ("Jumlah penghargaan", "Awards"),
    "inovasi_tingkat_kabupaten": ("Tingkat kabupaten", "Regency level"),
    "inovasi_tingkat_provinsi": ("Tingkat provinsi", "Province level"),
    "inovasi_tingkat_nasional": ("Tingkat nasional", "National level"),
    "inovasi_tingkat_internasional": ("Tingkat internasional", "International level"),
    "inovasi_col_award": ("Penghargaan", "Award"),
    "inovasi_col_level": ("Tingkat", "Level"),
    "inovasi_col_giver": ("Pemberi", "Given by"),
    "inovasi_col_innovation": ("Inovasi terkait", "Related innovation"),
    # --- register ------------------------------------------------------------------------
    "inovasi_list_head": ("Daftar inovasi", "Innovation register"),
    "inovasi_search": ("Cari nama inovasi atau OPD", "Search innovation or agency name"),
    "inovasi_search_hint": ("mis. digital, antrean, Dukcapil", "e.g. digital, queue, Dukcapil"),
    "inovasi_only_year": ("Hanya inovasi {tahun}", "Only innovations of {tahun}"),
    "inovasi_list_count": (
        "{n} inovasi ditemukan, {k} di antaranya berpenghargaan.",
        "{n} innovations found, {k} of them with an award.",
    ),
    "inovasi_list_empty": (
        "Tidak ada inovasi yang cocok dengan “{cari}”.",
        "No innovation matches “{cari}”.",
    ),
    "inovasi_list_empty_all": (
        "Belum ada inovasi terdaftar untuk pilihan ini.",
        "No innovation is registered for this selection.",
    ),
    "inovasi_col_name": ("Nama inovasi", "Innovation"),
    "inovasi_col_year": ("Tahun", "Year"),
    "inovasi_col_form": ("Bentuk", "Form"),
    "inovasi_col_stage": ("Tahapan", "Stage"),
    "inovasi_col_digital": ("Digital", "Digital"),
    "inovasi_col_lab": ("Tahap lab", "Lab stage"),
    "inovasi_col_awards": ("Penghargaan (tingkat · nama · tahun)", "Awards (level · name · year)"),
    "inovasi_yes": ("Ya", "Yes"),
    "inovasi_no": ("Tidak", "No"),
}
