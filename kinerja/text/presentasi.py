"""Strings of presenter mode (pages/presentasi.py); the slides' own words are in deck.py."""

TEXT = {
    "presentasi_heading": ("Slide {n} dari {m}", "Slide {n} of {m}"),
    "presentasi_prev": ("Sebelumnya", "Previous"),
    "presentasi_next": ("Berikutnya", "Next"),
    "presentasi_back": ("Kembali ke dasbor", "Back to the dashboard"),
    "presentasi_notes": ("Catatan pembicara", "Speaker notes"),
    "presentasi_download": ("Unduh presentasi", "Download the deck"),
    "presentasi_download_lead": (
        "Slide yang sama dengan tampilan ini, untuk {wilayah} {tahun}.",
        "The same slides as shown here, for {wilayah} {tahun}.",
    ),
    "presentasi_pptx": ("PowerPoint (.pptx)", "PowerPoint (.pptx)"),
    "presentasi_pdf": ("PDF", "PDF"),
}
