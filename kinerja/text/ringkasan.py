"""Words of the summary's sentences (kinerja.indicators.kalimat): what changed since the
latest import, the pace of a running year, and whom to follow up."""

TEXT = {
    # status changes, worst first
    "ringkasan_now_below": (
        "{name} kini di bawah target ({value}; target {target})",
        "{name} is now below target ({value}; target {target})",
    ),
    "ringkasan_now_above": (
        "{name} kini di atas target ({value}; target {target})",
        "{name} is now above target ({value}; target {target})",
    ),
    "ringkasan_now_far": (
        "{name} kini tertinggal jauh dari target ({value}; target {target})",
        "{name} is now far behind target ({value}; target {target})",
    ),
    "ringkasan_now_close": (
        "{name} kini mendekati target ({value}; target {target})",
        "{name} is now close to target ({value}; target {target})",
    ),
    "ringkasan_now_met": (
        "{name} kini mencapai target ({value}; target {target})",
        "{name} now meets its target ({value}; target {target})",
    ),
    "ringkasan_status_same": (
        "Status semua indikator sama seperti sebelum impor terakhir",
        "Every indicator's status is as it was before the latest import",
    ),
    "ringkasan_no_before": (
        "Belum ada data impor sebelumnya untuk dibandingkan",
        "There is no earlier import to compare with yet",
    ),
    # pace of a count in a running year
    "ringkasan_pace_met": (
        "Dengan laju ini target {target} {unit} tercapai (proyeksi {projection})",
        "At this pace the target of {target} {unit} will be met (projection {projection})",
    ),
    "ringkasan_pace_missed": (
        "Dengan laju ini target {target} {unit} tidak tercapai (proyeksi {projection})",
        "At this pace the target of {target} {unit} will not be met (projection {projection})",
    ),
    # the largest moves
    "ringkasan_better": (
        "{name} membaik dari {old} menjadi {value}",
        "{name} improved from {old} to {value}",
    ),
    "ringkasan_worse": (
        "{name} memburuk dari {old} menjadi {value}",
        "{name} worsened from {old} to {value}",
    ),
    "ringkasan_up": ("{name} naik dari {old} menjadi {value}", "{name} rose from {old} to {value}"),
    "ringkasan_down": ("{name} turun dari {old} menjadi {value}", "{name} fell from {old} to {value}"),
    # whom to follow up
    "ringkasan_kejar": (
        "{n} OPD perlu ditindaklanjuti: {parts}",
        "{n} agencies need follow-up: {parts}",
    ),
    "ringkasan_kejar_one": (
        "1 OPD perlu ditindaklanjuti: {parts}",
        "1 agency needs follow-up: {parts}",
    ),
    # {status}: the rules' word for merah (kinerja.indicators.rules.status_word), lower case
    "ringkasan_kejar_merah": ("{n} dengan indikator {status}", "{n} with indicators {status}"),
    "ringkasan_kejar_kosong": (
        "{n} dengan bulan tanpa permohonan",
        "{n} with months without applications",
    ),
    "ringkasan_kejar_inovasi": (
        "{n} tanpa inovasi pada {tahun}",
        "{n} without an innovation in {tahun}",
    ),
    "ringkasan_kejar_none": (
        "Tidak ada OPD yang perlu ditindaklanjuti",
        "No agency needs follow-up",
    ),
    # the overview's opening and the deck's summary slide (kinerja.views.ringkasan)
    "ringkasan_ui_compared": (
        "Dibandingkan dengan data impor {sebelumnya}, sebelum impor terakhir ({sekarang})",
        "Compared with the data of the import of {sebelumnya}, before the latest import ({sekarang})",
    ),
    "ringkasan_ui_first_import": (
        "Impor terakhir {sekarang}; belum ada impor sebelumnya yang tersimpan untuk dibandingkan",
        "Latest import {sekarang}; no earlier import is kept to compare with",
    ),
    "ringkasan_ui_no_import": ("Belum ada impor tercatat", "No import recorded yet"),
    "ringkasan_ui_kejar_heading": ("Perlu ditindaklanjuti ({n} OPD)", "Needs follow-up ({n} agencies)"),
    "ringkasan_ui_kejar_help": (
        "Klik OPD untuk membuka profilnya dengan filter yang sama.",
        "Click an agency to open its profile with the same filters.",
    ),
    "ringkasan_ui_months": ("{n} bulan tanpa permohonan", "{n} months without applications"),
    "ringkasan_ui_months_one": ("1 bulan tanpa permohonan", "1 month without applications"),
    "ringkasan_ui_no_innovation": ("tanpa inovasi {tahun}", "no innovation in {tahun}"),
    "ringkasan_ui_definitions_trend": (
        "Garis kecil pada kartu KPI ringkasan: 12 bulan terakhir sampai bulan data terakhir untuk "
        "indikator yang bernilai per bulan (tanggal permohonan dan survei), tahun-tahun terakhir "
        "(sampai lima) untuk indikator tahunan. Pada tahun berjalan, jumlah yang masih bertambah "
        "(inovasi, penghargaan) berhenti di tahun lalu, agar garis tidak turun hanya karena bulan "
        "yang belum lewat. Judul kartu membuka halaman areanya; batang OPD pada setiap peringkat "
        "membuka Profil OPD-nya, dengan filter yang sama.",
        "The small line on the overview's KPI cards: the last 12 months up to the latest month of "
        "data for indicators with a value per month (application and survey dates), the last years "
        "(up to five) for yearly ones. In a running year, counts still growing (innovations, awards) "
        "stop at last year, so the line does not fall merely because months are still to come. A "
        "card's title opens its area's page; an agency's bar in any ranking opens its profile, with "
        "the same filters.",
    ),
    "ringkasan_ui_open_profile": (
        "Klik batang OPD untuk membuka profilnya.",
        "Click an agency's bar to open its profile.",
    ),
    # the deck's summary slide (kinerja.deck.slides.summary_slide)
    "ringkasan_ui_slide_title": (
        "Yang berubah, dan siapa perlu ditindaklanjuti",
        "What changed, and who needs follow-up",
    ),
    "ringkasan_ui_slide_kicker": ("Ringkasan", "Summary"),
    "ringkasan_ui_slide_none": ("Tidak ada OPD yang perlu ditindaklanjuti.", "No agency needs follow-up."),
}
