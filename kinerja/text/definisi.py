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
}
