"""Strings of the meeting deck (kinerja/deck, `python -m kinerja presentasi`)."""

TEXT = {
    # --- title slide ----------------------------------------------------------------------
    "deck_title": ("Capaian Kinerja {wilayah} {tahun}", "Performance of {wilayah}, {tahun}"),
    "deck_subtitle": (
        "Indikator 3W, inovasi dan penghargaan",
        "3W indicators, innovation and awards",
    ),
    "deck_filter_all": ("Semua OPD aktif · {n} OPD", "All active agencies · {n} OPD"),
    "deck_filter_jenis": ("Jenis OPD: {jenis}", "Kind of agency: {jenis}"),
    "deck_filter_opd": ("OPD: {names}", "Agencies: {names}"),
    "deck_filter_count": ("{n} OPD terpilih", "{n} agencies selected"),
    "deck_filter_count_one": ("{n} OPD terpilih", "{n} agency selected"),
    "deck_filter_opd_one": ("OPD: {names}", "Agency: {names}"),
    "deck_no_date": ("belum ada data bertanggal untuk {tahun}", "no dated data for {tahun} yet"),
    "deck_partial": (
        "Tahun berjalan: data Jan–{bulan}; dibandingkan dengan bulan yang sama tahun {prev}",
        "Year to date: Jan–{bulan}; compared with the same months of {prev}",
    ),
    # --- scorecard ------------------------------------------------------------------------
    "deck_legend": (
        "Tercapai: target terpenuhi · Hampir: capaian ≥ 80% · Tertinggal: capaian < 80%",
        "Met: target reached · Close: ≥ 80% of target · Behind: < 80% of target",
    ),
    "deck_legend_partial": (
        "Tahun berjalan: jumlah (permohonan, inovasi, penghargaan) tampil sebagai persen "
        "target tahunan yang sudah dicapai",
        "Year to date: counts (applications, innovations, awards) show the share of the "
        "annual target reached so far",
    ),
    "deck_status_progress": ("{pct} target", "{pct} of target"),
    # --- findings (slide titles) ----------------------------------------------------------
    "deck_up": ("{name} naik ke {value}", "{name} rose to {value}"),
    "deck_down": ("{name} turun ke {value}", "{name} fell to {value}"),
    "deck_same": ("{name} tetap {value}", "{name} held at {value}"),
    "deck_level": ("{name} {value}", "{name} at {value}"),
    "deck_no_value": ("Belum ada data {name} untuk {tahun}", "No {name} data for {tahun} yet"),
    "deck_grade_mutu": ("mutu {grade}", "quality {grade}"),
    "deck_grade_predikat": ("predikat {label}", "rated {label}"),
    "deck_target_met": ("target {target} tercapai", "target {target} met"),
    "deck_target_missed": ("target {target} belum tercapai", "short of the {target} target"),
    # the scorecard's names, short enough for one line at 25 px beside the status
    # --- headline numbers -----------------------------------------------------------------
    "deck_detail": ("Target {target} · capaian {capaian}", "Target {target} · {capaian} achieved"),
    "deck_trend_caption": ("{name} per tahun", "{name} by year"),
    "deck_trend_partial": ("{tahun}: Jan–{bulan}", "{tahun}: Jan–{bulan}"),
    "deck_target_line": ("target {value}", "target {value}"),
    "deck_prev_partial": ("Jan–{bulan} {tahun}", "Jan–{bulan} {tahun}"),
    # --- innovation -----------------------------------------------------------------------
    "deck_innovation_title": (
        "{pct} OPD berinovasi: {inovasi}, {penghargaan}",
        "{pct} of agencies innovated: {inovasi}, {penghargaan}",
    ),
    "deck_n_inovasi": ("{n} inovasi baru", "{n} new innovations"),
    "deck_n_inovasi_one": ("{n} inovasi baru", "{n} new innovation"),
    "deck_n_penghargaan": ("{n} penghargaan", "{n} awards"),
    "deck_n_penghargaan_one": ("{n} penghargaan", "{n} award"),
    "deck_awards_caption": ("Penghargaan {tahun} menurut tingkat", "Awards {tahun} by level"),
    "deck_level_kabupaten": ("Tingkat kabupaten", "Regency level"),
    "deck_level_provinsi": ("Tingkat provinsi", "Province level"),
    "deck_level_nasional": ("Tingkat nasional", "National level"),
    "deck_level_internasional": ("Tingkat internasional", "International level"),
    "deck_funnel_caption": (
        "Inovasi baru {tahun} yang telah mencapai tahap",
        "New innovations {tahun} that reached the stage",
    ),
    "deck_stage_inisiatif": ("Inisiatif", "Initiative"),
    "deck_stage_uji_coba": ("Uji coba", "Trial"),
    "deck_stage_penerapan": ("Penerapan", "Implementation"),
    # --- leaders and laggards -------------------------------------------------------------
    "deck_leaders_sub": (
        "Nilai wilayah {value} · {k} OPD dengan ≥ {min} permohonan diperingkat",
        "Region {value} · {k} agencies with ≥ {min} applications ranked",
    ),
    "deck_leaders_sub_one": (
        "Nilai wilayah {value} · {k} OPD dengan ≥ {min} permohonan diperingkat",
        "Region {value} · {k} agency with ≥ {min} applications ranked",
    ),
    "deck_leaders_caption": ("5 teratas dan 5 terbawah", "Top 5 and bottom 5"),
    "deck_leaders_all": ("Semua OPD yang diperingkat", "Every ranked agency"),
    "deck_rank_single": (
        "{indikator} {name}: {value} — satu-satunya OPD yang dapat diperingkat",
        "{indikator} at {name}: {value} — the only agency that can be ranked",
    ),
    "deck_bar_legend": (
        "Warna batang: status terhadap target OPD itu sendiri ({statuses}); abu-abu: tanpa target sendiri",
        "Bar colour: status against the agency's own target ({statuses}); grey: no target of its own",
    ),
    "deck_region_target": ("Target wilayah {value}", "Regional target {value}"),
    # --- OPD without an innovation --------------------------------------------------------
    "deck_noinov_title": (
        "{n} dari {m} OPD aktif belum berinovasi pada {tahun}",
        "{n} of {m} active agencies have no innovation in {tahun}",
    ),
    "deck_noinov_title_one": (
        "{n} dari {m} OPD aktif belum berinovasi pada {tahun}",
        "{n} of {m} active agencies has no innovation in {tahun}",
    ),
    "deck_noinov_all": (
        "Semua {m} OPD aktif berinovasi pada {tahun}",
        "All {m} active agencies innovated in {tahun}",
    ),
    "deck_noinov_one": (
        "OPD terpilih berinovasi pada {tahun}",
        "The selected agency innovated in {tahun}",
    ),
    "deck_noinov_empty": (
        "Tidak ada OPD aktif dalam pilihan ini",
        "The selection holds no active agency",
    ),
    "deck_noinov_sub": (
        "Satu OPD, satu inovasi: OPD berikut belum mendaftarkan inovasi tahun ini",
        "One agency, one innovation: these agencies registered none this year",
    ),
    "deck_noinov_done": (
        "Satu OPD, satu inovasi tercapai tahun ini.",
        "One agency, one innovation: achieved this year.",
    ),
    "deck_more": (
        "… dan {n} OPD lainnya (daftar lengkap di catatan pembicara)",
        "… and {n} more (full list in the speaker notes)",
    ),
    # --- speaker notes --------------------------------------------------------------------
    "deck_note_line": (
        "{name}: nilai {value}; target {target}; capaian {capaian}; {prev} {before}",
        "{name}: value {value}; target {target}; achievement {capaian}; {prev} {before}",
    ),
    "deck_note_series": ("Per tahun: {series}", "By year: {series}"),
    "deck_note_opd": ("OPD dalam pilihan: {names}", "Agencies in the selection: {names}"),
    "deck_note_rank": (
        "{rank}. {name}: {value} ({n} permohonan)",
        "{rank}. {name}: {value} ({n} applications)",
    ),
    "deck_note_funnel": ("Tahapan sekarang: {stages}", "Stage now: {stages}"),
}
