"""Words of kinerja.indicators.rules: whom a page is about, kinds of OPD, why a ranking or a
scorecard has nothing to show."""

TEXT = {
    "rules_n_selected": ("{n} OPD terpilih", "{n} selected OPD"),
    "rules_scorecard_untargeted": (
        "Kartu skor 3W: pilihan ini tidak memiliki target",
        "3W scorecard: no target applies to this selection",
    ),
    "rules_scorecard_why": (
        "Target RPJMD/Renstra berlaku untuk seluruh wilayah atau untuk satu OPD yang dipilih "
        "namanya; untuk pilihan lain (misalnya satu jenis OPD) tidak ada status capaian.",
        "Plan targets apply to the whole region or to one OPD chosen by name; any other "
        "selection (a kind of OPD, for instance) is not judged against a target.",
    ),
    "rules_too_few_ranked": (
        "Peringkat {indikator} memerlukan sedikitnya {min} OPD dengan data yang cukup; "
        "pilihan ini memiliki {n}.",
        "A ranking on {indikator} needs at least {min} OPD with enough data; this selection has {n}.",
    ),
    "rules_no_value": (
        "{n} OPD tanpa nilai {indikator} tidak diperingkat.",
        "{n} agencies without a value for {indikator} are not ranked.",
    ),
    "rules_no_value_one": (
        "{n} OPD tanpa nilai {indikator} tidak diperingkat.",
        "{n} agency without a value for {indikator} is not ranked.",
    ),
    "rules_too_small_one": (
        "{n} OPD tidak diperingkat karena datanya terlalu sedikit (kurang dari {min} {unit}).",
        "{n} agency is not ranked because it has too little data (fewer than {min} {unit}).",
    ),
    "rules_unit_permohonan": ("permohonan", "applications"),
    "rules_unit_responden": ("responden", "respondents"),
    "rules_unit_asn": ("ASN", "civil servants"),
    "rules_target_region": ("Target wilayah", "Regional target"),
    "rules_target_own": ("Target OPD", "OPD's own target"),
}
