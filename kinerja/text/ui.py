"""Words of the shared page parts (kinerja.ui.widgets, kinerja.ui.app) added for issue 12."""

TEXT = {
    "ranking_all_equal": (
        "{indikator}: semua {n} OPD yang dibandingkan bernilai sama, {nilai}.",
        "{indikator}: all {n} agencies compared have the same value, {nilai}.",
    ),
    "presentasi_back_to": ("Kembali ke {halaman}", "Back to {halaman}"),
}
