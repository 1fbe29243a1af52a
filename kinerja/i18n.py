"""The words of the interface, Indonesian first with English beside them.

Every UI string goes through `t()`; tests check that with `bahasa=en` no Indonesian
string of this table remains on a page. Strings shared by pages live here; each page
keeps its own in `kinerja/text/<page>.py` (a dict `TEXT` of key -> (id, en)), merged
below, so pages can be written side by side.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import kinerja.text

LANGS = ("id", "en")

TEXT: dict[str, tuple[str, str]] = {
    "app_title": ("Kinerja", "Kinerja"),
    "nav_ringkasan": ("Ringkasan", "Overview"),
    "nav_definisi": ("Definisi indikator", "Indicator definitions"),
    "nav_presentasi": ("Mode presentasi", "Presenter mode"),
    "nav_data": ("Kelola data", "Manage data"),
    "filters": ("Filter", "Filters"),
    "language": ("Bahasa", "Language"),
    "year": ("Tahun", "Year"),
    "jenis_opd": ("Jenis OPD", "Kind of OPD"),
    "opd": ("OPD", "Agencies (OPD)"),
    "all_opd": ("Semua OPD aktif", "All active OPD"),
    "all_kinds": ("Semua jenis", "All kinds"),
    "overview_title": ("Ringkasan kinerja {wilayah} {tahun}", "Overview, {wilayah} {tahun}"),
    "overview_lead": (
        "Indikator 3W dan inovasi untuk {n} OPD, dibandingkan dengan target dan tahun sebelumnya.",
        "The 3W and innovation indicators for {n} agencies, against targets and the previous year.",
    ),
    "data_per": ("data per {tanggal}", "data as of {tanggal}"),
    "partial_year": (
        "Tahun {tahun} belum lengkap (data per {tanggal}): perbandingan memakai Januari–{bulan} "
        "tahun sebelumnya; indikator jumlah ditampilkan sebagai kemajuan menuju target tahunan.",
        "{tahun} is not complete yet (data as of {tanggal}): comparisons use January–{bulan} of the "
        "previous year; counts are shown as progress towards the annual target.",
    ),
    "area_work": ("Our Work — Layanan publik", "Our Work — Public services"),
    "area_workforce": ("Our Workforce — SDM aparatur", "Our Workforce — Civil servants"),
    "area_workplace": ("Our Workplace — Tempat kerja", "Our Workplace — Workplace"),
    "area_innovation": ("Inovasi dan penghargaan", "Innovation and awards"),
    "target": ("Target", "Target"),
    "capaian": ("Capaian", "Achievement"),
    "status": ("Status", "Status"),
    "indicator": ("Indikator", "Indicator"),
    "value": ("Nilai", "Value"),
    "area": ("Area", "Area"),
    "status_hijau": ("Tercapai", "Met"),
    "status_kuning": ("Hampir", "Close"),
    "status_merah": ("Tertinggal", "Behind"),
    "status_none": ("Tanpa target", "No target"),
    "progress_short": ("{pct} target tahunan", "{pct} of annual target"),
    "progress": ("{pct} dari target tahunan {target}", "{pct} of the annual target {target}"),
    "vs_prev": ("vs {tahun}", "vs {tahun}"),
    "scorecard_title": (
        "Kartu skor 3W: {hijau} dari {n} indikator bertarget tercapai",
        "3W scorecard: {hijau} of {n} indicators with a target are met",
    ),
    "definition": ("Definisi", "Definition"),
    "source": ("Dasar", "Source"),
    "leaders_title": ("Terdepan dan tertinggal: {indikator}", "Leaders and laggards: {indikator}"),
    "leaders_finding": (
        "{indikator}: {best} terdepan ({best_value}), {worst} paling tertinggal ({worst_value})",
        "{indikator}: {best} leads ({best_value}), {worst} lags most ({worst_value})",
    ),
    "no_ranking": (
        "Belum ada OPD dengan data yang cukup untuk diperingkat pada {tahun}.",
        "No agency has enough data to be ranked in {tahun} yet.",
    ),
    "leaders_heading": ("Terdepan dan tertinggal", "Leaders and laggards"),
    "scorecard_table": ("Tabel kartu skor", "Scorecard table"),
    "leaders": ("Terdepan", "Leading"),
    "laggards": ("Tertinggal", "Lagging"),
    "choose_indicator": ("Indikator pembanding", "Indicator to compare"),
    "too_small": (
        "{n} OPD tidak diperingkat karena datanya terlalu sedikit (kurang dari {min} {unit}).",
        "{n} agencies are not ranked because they have too little data (fewer than {min} {unit}).",
    ),
    "unit_permohonan": ("permohonan", "applications"),
    "unit_responden": ("responden", "respondents"),
    "no_data_year": ("Belum ada data untuk {tahun}.", "There is no data for {tahun} yet."),
    "no_database": (
        "Basis data belum ada; membangun dari data demo…",
        "No database yet; building it from the demo data…",
    ),
    "bad_param": (
        "Parameter URL {name}={value} tidak dikenal; memakai {fallback}.",
        "Unknown URL parameter {name}={value}; using {fallback}.",
    ),
    "mutu": ("Mutu {grade} ({label})", "Quality {grade} ({label})"),
    "predikat": ("Predikat {label}", "Rating {label}"),
    "opd_name": ("Nama OPD", "Agency"),
    "rank": ("Peringkat", "Rank"),
    "group_size": ("Jumlah data", "Data points"),
}


def _merge_page_texts() -> None:
    for module in pkgutil.iter_modules(kinerja.text.__path__):
        page = importlib.import_module(f"kinerja.text.{module.name}")
        clash = TEXT.keys() & page.TEXT.keys()
        if clash:
            raise KeyError(f"kinerja/text/{module.name}.py repeats keys {sorted(clash)}")
        TEXT.update(page.TEXT)


_merge_page_texts()


def t(key: str, lang: str = "id", **fields) -> str:
    ident, eng = TEXT[key]
    if lang == "id":
        return ident.format(**fields) if fields else ident
    return singular(eng.format(**fields)) if fields else eng


# English counts of one: "1 agencies are not ranked" becomes "1 agency is not ranked" for every
# text at once (Indonesian nouns do not change). Only a bare 1 (not 21, 0.1 or "1 of 5").
_NOUNS = {
    "agencies": "agency",
    "innovations": "innovation",
    "awards": "award",
    "applications": "application",
    "services": "service",
    "civil servants": "civil servant",
    "respondents": "respondent",
    "indicators": "indicator",
    "points": "point",
    "files": "file",
    "rows": "row",
    "regions": "region",
    "months": "month",
    "days": "day",
}
_ONE = re.compile(
    r"(?<![\d.,])\b1 ("
    + "|".join(_NOUNS)
    + r")\b([^.;:,()]*?)\b(are|have)\b|(?<![\d.,])\b1 ("
    + "|".join(_NOUNS)
    + r")\b"
)


def singular(text: str) -> str:
    def one(m: re.Match) -> str:
        if m.group(1):
            return f"1 {_NOUNS[m.group(1)]}{m.group(2)}{'is' if m.group(3) == 'are' else 'has'}"
        return f"1 {_NOUNS[m.group(4)]}"

    return _ONE.sub(one, text)


# SPBE predicates (PermenPANRB 59/2020) in English; the Indonesian names are the data's own.
PREDIKAT_EN = {
    "Memuaskan": "Excellent",
    "Sangat Baik": "Very good",
    "Baik": "Good",
    "Cukup": "Fair",
    "Kurang": "Poor",
}
