"""Words of kinerja.indicators.rules: whom a page is about, kinds of OPD, why a ranking or a
scorecard has nothing to show."""

TEXT = {
    "rules_n_selected": ("{n} OPD terpilih", "{n} selected OPD"),
    "rules_jenis_sekretariat": ("Sekretariat", "Secretariat"),
    "rules_jenis_inspektorat": ("Inspektorat", "Inspectorate"),
    "rules_jenis_badan": ("Badan", "Boards (badan)"),
    "rules_jenis_dinas": ("Dinas", "Service agencies (dinas)"),
    "rules_jenis_kecamatan": ("Kecamatan", "Sub-districts (kecamatan)"),
    "rules_jenis_rsud": ("RSUD", "Regional hospitals (RSUD)"),
    "rules_jenis_satpol_pp": ("Satpol PP", "Public order (Satpol PP)"),
    "rules_jenis_bagian": ("Bagian", "Secretariat sections (bagian)"),
    "rules_jenis_lainnya": ("OPD lainnya", "Other OPD"),
    "rules_scorecard_untargeted": (
        "Kartu skor 3W: target RPJMD/Renstra berlaku untuk seluruh wilayah atau untuk satu OPD; "
        "pilihan ini tidak memiliki target, jadi tidak ada status capaian",
        "3W scorecard: plan targets apply to the whole region or to one named OPD; this "
        "selection has none, so nothing is judged against a target",
    ),
    "rules_too_few_ranked": (
        "Peringkat {indikator} memerlukan sedikitnya {min} OPD dengan data yang cukup; "
        "pilihan ini memiliki {n}.",
        "A ranking on {indikator} needs at least {min} OPD with enough data; this selection has {n}.",
    ),
    "rules_unit_permohonan": ("permohonan", "applications"),
    "rules_unit_responden": ("responden", "respondents"),
    "rules_unit_asn": ("ASN", "civil servants"),
    "rules_target_region": ("Target wilayah", "Regional target"),
    "rules_legend_title": (
        "Warna batang: status terhadap target OPD itu sendiri",
        "Bar colour: status against the OPD's own target",
    ),
}
