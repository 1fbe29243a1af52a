"""One judgement: the rules that turn an indicator's number into a verdict, in one place.

Pages, the deck, the command line, cards and e-mails ask this module; none decide for
themselves. Pure functions of values and of the registry (kinerja.indicators.registry): no
Streamlit, no Plotly, no database.

Words
    name(code, lang)            the indicator's full name
    short_name(code, lang)      its label on a KPI card or a slide chip (~18 characters)
    kind_label(jenis, lang)     a kind of OPD as people say it ("Kecamatan", "RSUD")
    selection_title(...)        whom the numbers are about: the region, one OPD's name, a kind
                                ("Kecamatan"), or "3 OPD terpilih"

Status (the SAKIP verdict of contract section 2: hijau, kuning, merah, or None)
    STATUSES                    the one legend, in order: met, nearly, behind, no target
    status_word(status, lang)   "Tercapai", "Hampir", "Tertinggal", "Tanpa target"
    status_colour(status)       the palette's colour (kinerja.palette); None is neutral grey
    status_text_colour(status)  text on a chip of that colour
    status_badge(status)        the Streamlit colour name whose theme colour is that colour
    chip_colours(status, progress)  (fill, text) of a status chip on a slide or a card
    legend(lang)                [(status, word, colour)] for a chart's or a slide's legend
    verdict(row, running)       what a scorecard row shows: its status, or a count's progress
                                towards its annual target while the year runs (no verdict yet)
    scorecard_count(rows, running)  (met, judged) as the overview and the deck count them
    scorecard_heading(met, judged, lang)  "… 5 of 9 met", or that no target applies
    scorecard_note(judged, lang)  why no target applies, in a sentence (empty otherwise)

Grades
    grade(code, nilai)          IKM mutu (A–D) or SPBE predikat, whichever the code carries
    grade_word(code, grade, lang)  "Mutu B (Baik)", "Predikat Baik", or ""

Targets (contract section 2)
    target_scope(named_opd, jenis, chosen, sampai_bulan)  which targets a set S gets: the
                                region's ("wilayah"), its one named OPD's ("opd"), or none
    OPD_SCOPE                   an OPD on its own (a ranking's bar) is judged by its own target
    reference_target(code, region_target)  the region's target as a line across a ranking,
                                where it compares with one OPD (shares, means, medians; not counts)

Rankings
    floors()                    the minimum data behind an OPD's value per basis (env
                                KINERJA_MIN_PERMOHONAN, KINERJA_MIN_RESPONDEN, KINERJA_MIN_ASN)
    rankable(frame, sizes, code)  the OPD that may be ranked on `code`, best first, and why
                                the others are not (a Ranked)
    MIN_RANKED                  fewer rankable OPD than this make no ranking
    rankable_codes(area=None), headlines(area)  the registry's lists, in order

Years
    running_month(tahun, latest, as_of)  the last month of a year still running, else None
                                (kinerja.indicators.metrics.running_month(con, tahun) asks a database)
    comparison(code, partial_month)  what a value is compared with: the previous "year", the
                                same "months" of it, or None (no fair comparison)
    comparable(before, partial_month)  previous values with the unfair ones left out
    year_has_data(rows)         whether a scorecard's year holds any rows at all
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Literal

import polars as pl

from kinerja import palette
from kinerja.i18n import PREDIKAT_EN, t
from kinerja.indicators.registry import (
    BY_CODE,
    CODES,
    MUTU_LABELS,
    SCORECARD_CODES,
    ikm_mutu,
    spbe_predikat,
)

Status = Literal["hijau", "kuning", "merah"] | None
STATUSES: tuple[Status, ...] = ("hijau", "kuning", "merah", None)

# --- words ---------------------------------------------------------------------------------


def name(code: str, lang: str) -> str:
    ind = BY_CODE[code]
    return ind.name_id if lang == "id" else ind.name_en


def short_name(code: str, lang: str) -> str:
    ind = BY_CODE[code]
    short = ind.short_id if lang == "id" else ind.short_en
    return short or name(code, lang)


def kind_label(jenis: str, lang: str) -> str:
    return t(f"profil_jenis_{jenis}", lang)


def selection_title(
    region: str,
    opd: list[str] | tuple[str, ...],
    names: dict[str, str],
    *,
    filtered: bool,
    jenis: list[str] | tuple[str, ...] = (),
    named_opd: list[str] | tuple[str, ...] = (),
    lang: str = "id",
) -> str:
    """Whom a page's numbers are about, for its title: the region when nothing is filtered;
    one OPD by its name; the kinds asked for ("Kecamatan", "Dinas, Badan") when only kinds
    were; else how many OPD ("3 OPD terpilih"). A screenshot never credits the region with
    a part's numbers."""
    if not filtered:
        return region
    if len(opd) == 1:
        return names.get(opd[0], opd[0])
    if jenis and not named_opd:
        return ", ".join(kind_label(j, lang) for j in dict.fromkeys(jenis))
    return t("rules_n_selected", lang, n=len(opd))


# --- status ----------------------------------------------------------------------------------

_BADGE = {"hijau": "green", "kuning": "yellow", "merah": "red", None: "gray"}


def status_word(status: Status, lang: str) -> str:
    return t(f"status_{status}" if status else "status_none", lang)


def status_colour(status: Status) -> str:
    return palette.STATUS_COLORS[status]


def status_text_colour(status: Status) -> str:
    return palette.STATUS_TEXT[status]


def status_badge(status: Status) -> str:
    """The name of Streamlit's badge colour for a status; .streamlit/config.toml gives those
    names the palette's colours (tests/test_rules.py reads it back)."""
    return _BADGE[status]


def chip_colours(status: Status, progress: bool = False) -> tuple[str, str]:
    """(fill, text) of a status chip; a count's progress in a running year is not yet a
    verdict and wears the neutral grey, its word saying how far it got."""
    judged = None if progress else status
    return status_colour(judged), status_text_colour(judged)


def legend(lang: str) -> list[tuple[Status, str, str]]:
    return [(s, status_word(s, lang), status_colour(s)) for s in STATUSES]


@dataclass(frozen=True)
class Verdict:
    """What one scorecard row shows. `status` is None both without a target and for a count
    still growing through a running year; then `progress_pct` holds its share of the annual
    target (a 70% of the year's target in October is no failure)."""

    status: Status
    progress_pct: float | None = None

    @property
    def progress(self) -> bool:
        return self.progress_pct is not None

    def word(self, lang: str) -> str:
        if self.progress:
            from kinerja import fmt

            return t("progress_short", lang, pct=fmt.percent(self.progress_pct, 0, lang))
        return status_word(self.status, lang)

    @property
    def colour(self) -> str:
        return status_colour(self.status)


def in_progress(code: str, running: bool) -> bool:
    """A count that grows through the year, in a year still running: progress, not a verdict
    (contract section 5 leaves these out of `merah` for the same reason)."""
    return running and BY_CODE[code].accumulates


def verdict(row: dict, running: bool) -> Verdict:
    """`row`: a scorecard row (kode, nilai, target, status)."""
    if in_progress(row["kode"], running):
        target = row.get("target")
        pct = 100 * (row["nilai"] or 0) / target if target else None
        return Verdict(None, pct)
    return Verdict(row["status"])


def scorecard_count(rows, running: bool) -> tuple[int, int]:
    """(met, judged) over the scorecard a reader counts: the award total stands for its
    levels, and counts still growing through a running year are not yet judged."""
    by_code = {r["kode"]: r for r in rows}
    judged = [
        verdict(by_code[c], running).status
        for c in SCORECARD_CODES
        if c in by_code and verdict(by_code[c], running).status
    ]
    return sum(1 for s in judged if s == "hijau"), len(judged)


def scorecard_heading(met: int, judged: int, lang: str) -> str:
    if judged:
        return t("scorecard_title", lang, hijau=met, n=judged)
    return t("rules_scorecard_untargeted", lang)


def scorecard_note(judged: int, lang: str) -> str:
    """Why nothing is judged, in a sentence (empty when something is)."""
    return "" if judged else t("rules_scorecard_why", lang)


# --- grades ----------------------------------------------------------------------------------


def grade(code: str, nilai: float | None) -> str | None:
    kind = BY_CODE[code].grade
    if kind == "mutu":
        return ikm_mutu(nilai)
    if kind == "predikat":
        return spbe_predikat(nilai)
    return None


def grade_word(code: str, value: str | None, lang: str) -> str:
    """`Mutu B (Baik)` for IKM, `Predikat Baik` for SPBE, else empty."""
    kind = BY_CODE[code].grade
    if value is None or kind is None:
        return ""
    if kind == "mutu":
        return t("mutu", lang, grade=value, label=MUTU_LABELS[value][0 if lang == "id" else 1])
    return t("predikat", lang, label=predikat_word(value, lang))


def predikat_word(value: str | None, lang: str) -> str:
    if value is None:
        return "–"
    return value if lang == "id" else PREDIKAT_EN[value]


# --- targets ---------------------------------------------------------------------------------

Scope = Literal["wilayah", "opd"] | None
OPD_SCOPE: Scope = "opd"


def target_scope(
    named_opd: list[str], jenis: list[str], chosen: set[str] | list[str], sampai_bulan: int | None = None
) -> Scope:
    """Contract section 2: the region-wide target applies when nothing is filtered; a
    single-OPD target when S is that one OPD named with --opd; no target for any other S,
    nor for part of a year (--sampai-bulan). A kind that happens to hold one OPD is not a
    named OPD: no target."""
    if sampai_bulan:
        return None
    if not named_opd and not jenis:
        return "wilayah"
    if len(set(named_opd)) == 1 and set(chosen) == set(named_opd):
        return "opd"
    return None


def reference_target(code: str, region_target: float | None) -> float | None:
    """The region-wide target drawn across a per-OPD ranking: a share, a mean or a median of
    one OPD compares with the region's; a count does not (the region's sum is no OPD's goal)."""
    if region_target is None or BY_CODE[code].is_count or BY_CODE[code].polarity is None:
        return None
    return region_target


# --- rankings ----------------------------------------------------------------------------------

MIN_RANKED = 3
_FLOOR_ENV = {
    "permohonan": ("KINERJA_MIN_PERMOHONAN", 30),
    "responden": ("KINERJA_MIN_RESPONDEN", 10),
    "asn": ("KINERJA_MIN_ASN", 10),
}


def floors() -> dict[str, int]:
    """Minimum applications, respondents and ASN behind one OPD's value before it is ranked
    (fewer make a share noise, and a share of a handful of people points at persons). Read
    from the environment on each call, so one setting governs pages, deck and exports."""
    return {basis: int(os.environ.get(var, default)) for basis, (var, default) in _FLOOR_ENV.items()}


def floor(code: str) -> int | None:
    basis = BY_CODE[code].basis
    return None if basis is None else floors()[basis]


@dataclass(frozen=True)
class Ranked:
    """The OPD that may be ranked on `code`: `frame` keeps the input's columns (plus `n`, the
    data behind each value, when the code has a basis), best first; `left_out` counts the
    other OPD of the input (no value, or too little data behind it)."""

    code: str
    frame: pl.DataFrame
    left_out: int
    basis: str | None
    minimum: int | None

    @property
    def enough(self) -> bool:
        return self.frame.height >= MIN_RANKED

    def why_not(self, lang: str) -> str:
        """Why no ranking is drawn, in a sentence (when not `enough`)."""
        return t(
            "rules_too_few_ranked", lang, n=self.frame.height, min=MIN_RANKED, indikator=name(self.code, lang)
        )

    def left_out_note(self, lang: str) -> str:
        n = self.left_out
        if not n:
            return ""
        if self.basis is None:
            return t(
                "rules_no_value_one" if n == 1 else "rules_no_value",
                lang,
                n=n,
                indikator=name(self.code, lang),
            )
        unit = t(f"rules_unit_{self.basis}", lang)
        return t("rules_too_small_one" if n == 1 else "too_small", lang, n=n, min=self.minimum, unit=unit)


def rankable(frame: pl.DataFrame, sizes: pl.DataFrame | None, code: str, running: bool = False) -> Ranked:
    """`frame`: kode_opd, nilai (and anything else; `nama_opd` or `label` breaks ties);
    `sizes`: kode_opd and the basis columns (permohonan, responden, asn; queries/
    ukuran_kelompok.sql). An OPD is ranked when it has a value and at least the floor of the
    code's basis behind it (none or too little is "too little data" alike). Best first by the
    code's polarity. `running`: the year is still running, so a count that grows through it
    is progress and its bars carry no verdict (status None, grey)."""
    valued = frame.filter(pl.col("nilai").is_not_null())
    basis = BY_CODE[code].basis
    minimum = None
    kept = valued
    if basis is not None:
        if sizes is None:
            raise ValueError(f"{code} is ranked on {basis}: pass the group sizes")
        minimum = floors()[basis]
        enough = sizes.filter(pl.col(basis) >= minimum).select("kode_opd", pl.col(basis).alias("n"))
        kept = valued.drop("n", strict=False).join(enough, on="kode_opd", how="inner")
    tie = next((c for c in ("nama_opd", "label", "kode_opd") if c in kept.columns), "kode_opd")
    kept = kept.sort(["nilai", tie], descending=[BY_CODE[code].polarity != "lower", False])
    if in_progress(code, running) and "status" in kept.columns:
        kept = kept.with_columns(status=pl.lit(None, pl.String))
    return Ranked(code, kept, frame.height - kept.height, basis, minimum)


def rankable_codes(area: str | None = None) -> tuple[str, ...]:
    return tuple(c for c in CODES if BY_CODE[c].rankable and area in (None, BY_CODE[c].area))


def headlines(area: str) -> tuple[str, ...]:
    """An area's headline numbers, its key indicator first."""
    found = [BY_CODE[c] for c in CODES if BY_CODE[c].area == area and BY_CODE[c].headline]
    return tuple(i.code for i in sorted(found, key=lambda i: i.headline))


def headcount(area: str) -> str | None:
    """The area's count without a polarity (ASN): the base its shares stand on."""
    return next((c for c in area_codes(area) if BY_CODE[c].polarity is None), None)


def area_codes(area: str) -> tuple[str, ...]:
    """The area's indicators as a page shows them (award levels stay on the innovation page)."""
    return tuple(c for c in SCORECARD_CODES if BY_CODE[c].area == area)


def year_has_data(rows: dict[str, dict]) -> bool:
    """Whether any row of the year reached the scorecard `rows` (by code): a count of
    applications, ASN, workplace records, innovations or awards above zero."""
    return any(
        rows[c]["nilai"] for c in CODES if c in rows and BY_CODE[c].is_count and BY_CODE[c].dated is not None
    )


# --- years -----------------------------------------------------------------------------------


def running_month(tahun: int, latest: int | None, as_of: dt.date | None) -> int | None:
    """The last month of `tahun` when that year is still running: it is the latest year with
    data and its data stop before 31 December (an earlier year whose last application came
    on 30 December is complete). None: a complete year."""
    if as_of is None or (as_of.month, as_of.day) == (12, 31):
        return None
    if latest is not None and tahun < latest:
        return None
    return as_of.month


def comparison(code: str, partial_month: int | None) -> Literal["year", "months"] | None:
    """What this year's value is compared with. A complete year: the previous year. A
    running year: the same months of the previous year for rows with a date; a yearly record
    (ASN, workplace) with the previous year's; events recorded by year (innovations, awards)
    with nothing, since January–October of them is no match for a whole year."""
    if partial_month is None:
        return "year"
    dated = BY_CODE[code].dated
    if dated == "date":
        return "months"
    if dated == "year":
        return None
    return "year"


def comparable(before: dict[str, float | None], partial_month: int | None) -> dict[str, float | None]:
    """The previous values (fetched with sampai_bulan = partial_month, which cuts the dated
    rows only) a running year may be compared with."""
    return {c: v for c, v in before.items() if comparison(c, partial_month) is not None}
