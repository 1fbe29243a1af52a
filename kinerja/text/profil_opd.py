"""Strings of the Profil OPD page (pages/profil_opd.py), and the kinds of OPD."""

TEXT = {
    "nav_profil_opd": ("Profil OPD", "Agency profile"),
    "profil_page_title": ("Kinerja — Profil OPD", "Kinerja — Agency profile"),
    "profil_title": ("Profil OPD: {nama}", "Agency profile: {nama}"),
    "profil_follow_up": (
        "Perlu ditindaklanjuti: {alasan}.",
        "Needs follow-up: {alasan}.",
    ),
    "profil_choose": ("Pilih OPD (ketik untuk mencari)", "Choose an agency (type to search)"),
    "profil_lead": (
        "{jenis} · setiap indikator {tahun} terhadap target OPD ini sendiri, peringkatnya di antara "
        "{n} OPD aktif sejenis, dan trennya dibanding seluruh wilayah.",
        "{jenis} · every {tahun} indicator against this agency's own target, its rank among "
        "{n} active agencies of its kind, and its trend against the whole region.",
    ),
    "profil_lead_alone": (
        "{jenis} · setiap indikator {tahun} terhadap target OPD ini sendiri (tanpa peringkat: "
        "{sejenis}), dan trennya dibanding seluruh wilayah.",
        "{jenis} · every {tahun} indicator against this agency's own target (not ranked: "
        "{sejenis}), and its trend against the whole region.",
    ),
    "profil_inactive": (
        "OPD ini tidak aktif lagi; angkanya tetap ditampilkan, diperingkat bersama OPD aktif sejenis.",
        "This agency is no longer active; its figures are still shown, ranked with the active "
        "agencies of its kind.",
    ),
    "profil_no_data": (
        "Belum ada data {tahun} untuk OPD ini.",
        "There is no {tahun} data for this agency yet.",
    ),
    "profil_table_head": (
        "Semua indikator: {hijau} dari {n} indikator bertarget tercapai",
        "Every indicator: {hijau} of {n} indicators with a target are met",
    ),
    "profil_table_head_none": (
        "Semua indikator (OPD ini belum memiliki target {tahun})",
        "Every indicator (this agency has no {tahun} target)",
    ),
    "profil_col_rank": ("Peringkat di jenisnya", "Rank in its kind"),
    "profil_col_region": ("Nilai wilayah", "Region value"),
    "profil_rank_of": ("{rank} dari {n}", "{rank} of {n}"),
    "profil_table_caption": (
        "Target dan status memakai target OPD ini sendiri (SAKIP, PermenPANRB 88/2021). Peringkat 1 = "
        "terbaik menurut arah indikator, di antara OPD aktif jenis yang sama dengan data; OPD dengan "
        "kurang dari {min_p} permohonan, {min_r} responden SKM atau {min_a} ASN tidak diperingkat pada "
        "indikator yang bertumpu padanya{left_out}.",
        "Target and status use this agency's own target (SAKIP, PermenPANRB 88/2021). Rank 1 = best "
        "in the indicator's direction, among active agencies of the same kind with data; agencies "
        "with fewer than {min_p} applications, {min_r} survey respondents or {min_a} civil servants "
        "are not ranked on the indicators resting on them{left_out}.",
    ),
    "profil_left_out": (" (pada {tahun}: sampai {n} OPD)", " (in {tahun}: up to {n} agencies)"),
    "profil_only_one": (
        "OPD ini satu-satunya OPD aktif jenisnya, jadi tidak diperingkat.",
        "This is the only active agency of its kind, so it is not ranked.",
    ),
    "profil_alone_short": ("satu-satunya OPD aktif jenisnya", "the only active agency of its kind"),
    "profil_too_few": (
        "jenisnya hanya {n} OPD aktif, peringkat perlu sedikitnya {min}",
        "its kind has only {n} active agencies, a rank needs at least {min}",
    ),
    "profil_too_few_caption": (
        "Jenis OPD ini hanya {n} OPD aktif; peringkat perlu sedikitnya {min}, jadi tidak diperingkat.",
        "This kind has only {n} active agencies; a rank needs at least {min}, so none is ranked.",
    ),
    "profil_trends_head": ("Tren {dari}–{sampai}", "Trends {dari}–{sampai}"),
    "profil_trends_caption": (
        "Garis tebal: OPD ini · titik-titik: seluruh OPD aktif wilayah · putus-putus: target OPD ini.",
        "Thick line: this agency · dotted: all active agencies of the region · dashed: this agency's target.",
    ),
    "profil_trends_missing": (
        "Tanpa data untuk OPD ini pada tahun mana pun: {daftar}.",
        "No data for this agency in any year: {daftar}.",
    ),
    "profil_series_region": ("Seluruh wilayah", "Whole region"),
    "profil_trend_above": (
        "{indikator} {tahun}: {nilai}, {selisih} di atas wilayah",
        "{indikator} {tahun}: {nilai}, {selisih} above the region",
    ),
    "profil_trend_below": (
        "{indikator} {tahun}: {nilai}, {selisih} di bawah wilayah",
        "{indikator} {tahun}: {nilai}, {selisih} below the region",
    ),
    "profil_trend_same": (
        "{indikator} {tahun}: {nilai}, setara wilayah",
        "{indikator} {tahun}: {nilai}, level with the region",
    ),
    "profil_trend_plain": ("{indikator} {tahun}: {nilai}", "{indikator} {tahun}: {nilai}"),
    "profil_trend_none": ("{indikator}: belum ada data {tahun}", "{indikator}: no data for {tahun}"),
    "profil_points": ("{d} poin", "{d} pts"),
    # the kinds of OPD (jenis_opd); the English keeps the Indonesian word planners use
    "profil_jenis_sekretariat": ("Sekretariat", "Sekretariat (secretariat)"),
    "profil_jenis_inspektorat": ("Inspektorat", "Inspektorat (inspectorate)"),
    "profil_jenis_badan": ("Badan", "Badan (agency board)"),
    "profil_jenis_dinas": ("Dinas", "Dinas (service agency)"),
    "profil_jenis_kecamatan": ("Kecamatan", "Kecamatan (sub-district)"),
    "profil_jenis_rsud": ("RSUD", "RSUD (regional hospital)"),
    "profil_jenis_satpol_pp": ("Satpol PP", "Satpol PP (public order)"),
    "profil_jenis_bagian": ("Bagian", "Bagian (secretariat section)"),
    "profil_jenis_lainnya": ("Lainnya", "Lainnya (other)"),
}
