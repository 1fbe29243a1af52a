"""Comparing OPD and years for the pages: per-OPD frames, yearly series and the finding a
chart's title states. No Streamlit here, and no formula or verdict: values come from
kinerja.indicators.metrics (through kinerja.app); which target applies and who may be ranked,
from kinerja.indicators.rules.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import metrics, rules
from kinerja.indicators.registry import BY_CODE

# Longer names (Badan Kepegawaian dan Pengembangan Sumber Daya Manusia) crowd a phone's
# chart; the code (BKPSDM) is what people call such an OPD anyway.
LABEL_MAX = 22


def opd_label(kode: str, nama: str | None) -> str:
    """A short name for a chart's axis: `Kec. Sukamaju`, `Dinas Sosial`, else the code."""
    if nama and nama.startswith("Kecamatan "):
        nama = "Kec. " + nama.removeprefix("Kecamatan ")
    return nama if nama and len(nama) <= LABEL_MAX else kode


def per_opd(values: pl.DataFrame, code: str, names: pl.DataFrame, targets: pl.DataFrame) -> pl.DataFrame:
    """One indicator per OPD (from app.values(per_opd=True)), each judged by its own target
    only (rules.OPD_SCOPE: an OPD without one is "no target", never held to the region's).
    Columns: kode_opd, nama_opd, label, nilai, target, capaian_pct, status, grade."""
    frame = values.filter(pl.col("kode") == code)
    own = metrics.with_achievement(frame, targets, rules.OPD_SCOPE)
    return own.join(names.select("kode_opd", "nama_opd"), on="kode_opd", how="left").select(
        "kode_opd",
        "nama_opd",
        pl.struct("kode_opd", "nama_opd")
        .map_elements(lambda r: opd_label(r["kode_opd"], r["nama_opd"]), return_dtype=pl.String)
        .alias("label"),
        "nilai",
        "target",
        "capaian_pct",
        "status",
        "grade",
    )


def ranking(
    values: pl.DataFrame,
    code: str,
    names: pl.DataFrame,
    targets: pl.DataFrame,
    sizes: pl.DataFrame,
    tahun: int,
) -> tuple[rules.Ranked, float | None]:
    """The OPD ranking of one indicator as every page draws it: who may be ranked and how
    each stands against its own target (rules), and the region's target as its reference."""
    this_year = targets.filter(pl.col("tahun") == tahun)
    ranked = rules.rankable(per_opd(values, code, names, this_year), sizes, code)
    return ranked, region_target(code, this_year, tahun)


def reference_label(code: str, value: float | None, lang: str) -> str:
    """`Target wilayah 70,0%`: the label of a ranking's reference line."""
    return f"{t('rules_target_region', lang)} {fmt.indicator_value(value, BY_CODE[code].unit, lang)}"


def leaders_finding(code: str, ranked: pl.DataFrame, lang: str) -> str:
    """`IKM: X terdepan (88,1), Y paling tertinggal (70,2)` over a ranking, best first."""
    unit = BY_CODE[code].unit
    best, worst = ranked.row(0, named=True), ranked.row(-1, named=True)
    return t(
        "leaders_finding",
        lang,
        indikator=rules.name(code, lang),
        best=best["nama_opd"],
        best_value=fmt.indicator_value(best["nilai"], unit, lang),
        worst=worst["nama_opd"],
        worst_value=fmt.indicator_value(worst["nilai"], unit, lang),
    )


def region_target(code: str, targets: pl.DataFrame, tahun: int) -> float | None:
    """The region-wide target of `code` in `tahun` as a ranking's reference line, where it
    compares with one OPD's value (rules.reference_target)."""
    found = targets.filter(
        (pl.col("kode_indikator") == code) & (pl.col("tahun") == tahun) & pl.col("kode_opd").is_null()
    )["nilai_target"]
    return rules.reference_target(code, float(found[0]) if found.len() else None)


def series(values: pl.DataFrame, code: str, targets: pl.DataFrame, selection) -> pl.DataFrame:
    """One indicator over years for the selected set (app.values over a year range), with
    the target that applies to that set (contract section 2). Columns: tahun, nilai, target,
    capaian_pct, status."""
    frame = values.filter(pl.col("kode") == code)
    scope = selection.target_scope
    if scope == "opd":
        frame = frame.with_columns(kode_opd=pl.lit(selection.opd[0]))
    return metrics.with_achievement(frame, targets, scope).select(
        "tahun", "nilai", "target", "capaian_pct", "status"
    )


def gap_text(diff: float, unit: str, lang: str) -> str:
    """A difference in its unit: `2,3 poin` for percentages, else the plain number."""
    value = fmt.indicator_value(abs(diff), unit, lang).rstrip("%")
    return t("banding_points", lang, value=value) if unit == "pct" else value


def _formatter(unit: str, lang: str):
    return lambda value: fmt.indicator_value(value, unit, lang)


def trend_finding(label: str, unit: str, frame: pl.DataFrame, tahun: int, lang: str) -> str:
    """What a yearly series says at `tahun`: against its target where one applies, else the
    change since the first year with a value. `frame`: tahun, nilai, and optionally target."""
    val = _formatter(unit, lang)
    known = frame.filter(pl.col("nilai").is_not_null() & (pl.col("tahun") <= tahun)).sort("tahun")
    now = known.filter(pl.col("tahun") == tahun)
    if now.is_empty():
        return t("banding_trend_none", lang, name=label, tahun=tahun)
    nilai = now["nilai"][0]
    target = now["target"][0] if "target" in now.columns else None
    if target is not None:
        key = "banding_trend_met" if nilai >= target else "banding_trend_below"
        return t(
            key,
            lang,
            name=label,
            value=val(nilai),
            tahun=tahun,
            target=val(target),
            gap=gap_text(nilai - target, unit, lang),
        )
    first = known.row(0, named=True)
    if first["tahun"] == tahun:
        return t("banding_trend_only", lang, name=label, value=val(nilai), tahun=tahun)
    diff = nilai - first["nilai"]
    same = val(nilai) == val(first["nilai"])
    key = "banding_trend_flat" if same else "banding_trend_up" if diff > 0 else "banding_trend_down"
    return t(
        key, lang, name=label, old=val(first["nilai"]), since=first["tahun"], value=val(nilai), tahun=tahun
    )


def ranking_finding(ranked: pl.DataFrame, unit: str, lang: str) -> str:
    """What a per-OPD ranking says: how many meet their target, or the spread."""
    if ranked.is_empty():
        return t("banding_rank_none", lang)
    val = _formatter(unit, lang)
    best, worst = ranked.row(0, named=True), ranked.row(-1, named=True)
    if ranked.height == 1:
        return t("banding_rank_one", lang, best=best["label"], value=val(best["nilai"]))
    judged = ranked.filter(pl.col("status").is_not_null())
    if judged.height:
        met = judged.filter(pl.col("status") == "hijau").height
        return t(
            "banding_rank_met", lang, met=met, n=judged.height, best=best["label"], value=val(best["nilai"])
        )
    return t(
        "banding_rank_spread",
        lang,
        best=best["label"],
        value=val(best["nilai"]),
        worst=worst["label"],
        low=val(worst["nilai"]),
    )


def shown(frame: pl.DataFrame, units: dict[str, str], lang: str) -> pl.DataFrame:
    """A table as the page shows it: the named columns formatted in their indicator unit
    (`count`, `pct`, `jp`, `spbe`; kinerja.fmt) with the language's marks, null as `–`.
    Downloads keep the numbers themselves."""
    return frame.with_columns(
        pl.col(col).map_elements(
            lambda x, u=unit: fmt.indicator_value(x, u, lang), return_dtype=pl.String, skip_nulls=False
        )
        for col, unit in units.items()
    )


# --- models the pages lay out ------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """A table as a page shows and downloads it: the numbers, and the unit of each column
    the page formats (shown)."""

    frame: pl.DataFrame
    units: dict[str, str]
    filename: str

    def shown(self, lang: str) -> pl.DataFrame:
        return shown(self.frame, self.units, lang)


@dataclass(frozen=True)
class Trend:
    """One indicator over years with the finding its chart's title states."""

    code: str | None  # None for a series that is no registry indicator (the PPPK share)
    label: str
    unit: str
    frame: pl.DataFrame  # tahun, nilai, and target where one applies
    title: str
    filename: str


def trend(
    yearly: pl.DataFrame, code: str, targets: pl.DataFrame, selection, tahun: int, lang: str, filename: str
) -> Trend:
    """`code` over the years of `yearly` (app.values over a year range) for the selection."""
    frame = series(yearly, code, targets, selection)
    label, unit = rules.name(code, lang), BY_CODE[code].unit
    return Trend(code, label, unit, frame, trend_finding(label, unit, frame, tahun, lang), filename)


@dataclass(frozen=True)
class Ranking:
    """The per-OPD ranking on one indicator: who is ranked (rules), the title that states the
    finding, the region's target as reference, and an optional text beside each bar."""

    code: str
    ranked: rules.Ranked
    unit: str
    title: str
    reference: float | None
    reference_label: str
    filename: str
    text: list[str] | None = None


def opd_ranking(
    values: pl.DataFrame,
    code: str,
    names: pl.DataFrame,
    targets: pl.DataFrame,
    sizes: pl.DataFrame,
    tahun: int,
    lang: str,
) -> Ranking:
    """`values`: app.values(per_opd=True) of the year; `sizes`: queries/ukuran_kelompok.sql."""
    ranked, reference = ranking(values, code, names, targets, sizes, tahun)
    unit = BY_CODE[code].unit
    return Ranking(
        code=code,
        ranked=ranked,
        unit=unit,
        title=f"{rules.name(code, lang)}: {ranking_finding(ranked.frame, unit, lang)}",
        reference=reference,
        reference_label=reference_label(code, reference, lang),
        filename=f"{code}-per-opd-{tahun}",
    )


def wide(values: pl.DataFrame, names: pl.DataFrame) -> pl.DataFrame:
    """app.values(per_opd=True) one row per OPD, one column per indicator, with its name."""
    return values.pivot(on="kode", index="kode_opd", values="nilai").join(
        names.select("kode_opd", "nama_opd"), on="kode_opd", how="left"
    )
