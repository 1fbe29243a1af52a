"""The Layanan page's words and tables: chart findings written from the data, and the
tables planners download. Plain functions of Polars frames (no Streamlit, no SQL): the
numbers come from queries/ through kinerja.app; here they are only compared and worded.
"""

from __future__ import annotations

import polars as pl

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE
from kinerja.text.layanan import ELEMENTS

ELEMENT_KEYS = tuple(ELEMENTS)  # u1 … u9


def short(name: str | None, limit: int = 30) -> str:
    """A long OPD or service name cut for a chart label (the full name is in the hover)."""
    if name is None:
        return fmt.DASH
    return name if len(name) <= limit else name[: limit - 1].rstrip(" ,") + "…"


def element_name(key: str, lang: str) -> str:
    return t(f"layanan_{key}", lang)


def period(tahun: int, partial_month: int | None, lang: str) -> str:
    """`2025`, or `Jan–Okt 2026` for a year still running."""
    if partial_month is None or partial_month == 12:
        return str(tahun)
    return t("layanan_period_part", lang, bulan=fmt.month_name(partial_month, lang), tahun=tahun)


def volume_title(
    now: float, before: float, peak_month: int | None, tahun: int, partial_month: int | None, lang: str
) -> str:
    """`7.206 permohonan pada Jan–Okt 2026, turun 3,2% dari Jan–Okt 2025; terbanyak pada Mar`."""
    text = t(
        "layanan_vol_title", lang, n=fmt.number(now, 0, lang), periode=period(tahun, partial_month, lang)
    )
    if before:
        prev = period(tahun - 1, partial_month, lang)
        change = 100 * (now - before) / before
        pct = fmt.percent(abs(change), 1, lang)
        if round(change, 1) == 0:
            text += t("layanan_vol_same", lang, periode=prev)
        else:
            text += t("layanan_vol_up" if change > 0 else "layanan_vol_down", lang, pct=pct, periode=prev)
    if peak_month is not None and now:
        text += t("layanan_vol_peak", lang, bulan=fmt.month_name(peak_month, lang))
    return text


def points(diff: float, lang: str) -> str:
    return fmt.number(abs(diff), 1, lang)


def online_title(
    tahun: int, value: float | None, before: float | None, target: float | None, lang: str
) -> str:
    """`Permohonan daring naik menjadi 68,0% pada 2026, 2,0 poin di bawah target`."""
    nilai = fmt.percent(value, 1, lang)
    if before is None or value is None or round(value - before, 1) == 0:
        text = t("layanan_on_level", lang, nilai=nilai, tahun=tahun)
    else:
        key = "layanan_on_change_up" if value > before else "layanan_on_change_down"
        text = t(key, lang, nilai=nilai, tahun=tahun)
    if value is not None and target is not None:
        diff = value - target  # compared unrounded, as the status is: 69,98% is not 70%
        if round(diff, 1) == 0:
            text += t("layanan_on_target" if diff >= 0 else "layanan_just_below", lang)
        else:
            key = "layanan_above_target" if diff > 0 else "layanan_below_target"
            text += t(key, lang, d=points(diff, lang))
    return text


def online_monthly_title(months: pl.DataFrame, tahun: int, lang: str) -> str:
    """From the first to the last month with a value. `months`: bulan, nilai."""
    known = months.filter(pl.col("nilai").is_not_null()).sort("bulan")
    first, last = known.row(0, named=True), known.row(-1, named=True)
    return t(
        "layanan_on_monthly",
        lang,
        tahun=tahun,
        a=fmt.percent(first["nilai"], 1, lang),
        bulan_a=fmt.month_name(first["bulan"], lang),
        b=fmt.percent(last["nilai"], 1, lang),
        bulan_b=fmt.month_name(last["bulan"], lang),
    )


def tepat_title(ranked: pl.DataFrame, lang: str) -> str:
    """`ranked`: nama_opd, nilai, status, target — sorted best first."""
    best, worst = ranked.row(0, named=True), ranked.row(-1, named=True)
    low, high = fmt.percent(worst["nilai"], 1, lang), fmt.percent(best["nilai"], 1, lang)
    if ranked.height == 1:
        text = t("layanan_tepat_one", lang, opd=short(best["nama_opd"], 60), nilai=high)
        if best["target"] is not None:
            text += t("layanan_target_gap", lang, target=fmt.percent(best["target"], 1, lang))
        return text
    with_target = ranked.filter(pl.col("status").is_not_null())
    if with_target.height:
        met = with_target.filter(pl.col("status") == "hijau").height
        return t(
            "layanan_tepat_targets",
            lang,
            hijau=met,
            n=with_target.height,
            opd_min=short(worst["nama_opd"], 48),
            min=low,
        )
    return t("layanan_tepat_range", lang, min=low, max=high, opd_min=short(worst["nama_opd"], 48))


def sla_title(services: pl.DataFrame, slowest: bool, lang: str) -> str:
    """`services`: the ranked services, sorted slowest (highest median ÷ SLA, then least
    often on time) first."""
    row = services.row(0 if slowest else -1, named=True)
    above = services.filter(pl.col("median_per_sla") > 1).height
    if slowest and not above:
        return t(
            "layanan_sla_within",
            lang,
            n=services.height,
            layanan=short(row["nama_layanan"], 60),
            pct=fmt.percent(row["tepat_waktu_pct"], 1, lang),
        )
    return t(
        "layanan_sla_slow" if slowest else "layanan_sla_fast",
        lang,
        k=above if slowest else services.height - above,
        n=services.height,
        layanan=short(row["nama_layanan"], 48),
        m=fmt.number(row["median_hari"], 1, lang),
        s=row["sla_hari"],
    )


def ikm_title(ranked: pl.DataFrame, lang: str) -> str:
    """`ranked`: nama_opd, nilai, grade — sorted best first."""
    best, worst = ranked.row(0, named=True), ranked.row(-1, named=True)
    if ranked.height == 1:
        nilai = fmt.number(best["nilai"], 2, lang)
        return t("layanan_ikm_one", lang, opd=short(best["nama_opd"], 60), nilai=nilai, mutu=best["grade"])
    return t(
        "layanan_ikm_range",
        lang,
        min=fmt.number(worst["nilai"], 2, lang),
        max=fmt.number(best["nilai"], 2, lang),
        a=ranked.filter(pl.col("grade") == "A").height,
        opd_min=short(worst["nama_opd"], 48),
        mutu=worst["grade"],
    )


def elements(skm: pl.DataFrame) -> pl.DataFrame:
    """The one-row result of queries/skm.sql as element, nrr (u1 … u9, in order)."""
    row = skm.row(0, named=True)
    return pl.DataFrame({"unsur": ELEMENT_KEYS, "nrr": [row[f"nrr_{k}"] for k in ELEMENT_KEYS]})


def element_title(frame: pl.DataFrame, lang: str) -> str:
    low = frame.sort("nrr").row(0, named=True)
    return t(
        "layanan_elem_title",
        lang,
        unsur=element_name(low["unsur"], lang),
        kode=low["unsur"].upper(),
        nrr=fmt.number(low["nrr"], 2, lang),
    )


def mpp_title(per_opd: pl.DataFrame, integrated: float, total: float, lang: str) -> str:
    """`per_opd`: nama_opd, terintegrasi — sorted most first."""
    if not integrated:
        return t("layanan_mpp_none", lang, n=fmt.number(total, 0, lang))
    top = per_opd.row(0, named=True)
    return t(
        "layanan_mpp_title",
        lang,
        k=fmt.number(integrated, 0, lang),
        n=fmt.number(total, 0, lang),
        opd=short(top["nama_opd"], 60),
        m=top["terintegrasi"],
    )


# --- tables: numbers stay numbers in the download; the screen shows them id-ID ------------


def status_column(lang: str) -> pl.Expr:
    """The status in words (Met / Close / Behind / No target)."""
    return (
        pl.col("status")
        .map_elements(lambda s: rules.status_word(s, lang), return_dtype=pl.String, skip_nulls=False)
        .alias(t("status", lang))
    )


def ranking_table(ranked: pl.DataFrame, code: str, basis: str, lang: str) -> pl.DataFrame:
    """Per-OPD ranking of one indicator with its own OPD target, for download. `basis`:
    what the data behind each value counts (permohonan or responden)."""
    decimals = 1 if BY_CODE[code].unit == "pct" else 2
    return ranked.select(
        pl.col("nama_opd").alias(t("opd_name", lang)),
        pl.col("kode_opd").alias(t("layanan_col_kode_opd", lang)),
        pl.col("nilai").round(decimals).alias(rules.name(code, lang) + (" (%)" if decimals == 1 else "")),
        pl.col("target").alias(t("target", lang)),
        pl.col("capaian_pct").round(1).alias(t("capaian", lang) + " (%)"),
        status_column(lang),
        pl.col("n").alias(t(f"layanan_col_{basis}", lang)),
    )


def service_table(services: pl.DataFrame, lang: str) -> pl.DataFrame:
    return services.select(
        pl.col("nama_layanan").alias(t("layanan_col_layanan", lang)),
        pl.col("nama_opd").alias(t("opd_name", lang)),
        pl.col("kode_layanan").alias(t("layanan_col_kode_layanan", lang)),
        pl.col("sla_hari").alias(t("layanan_col_sla", lang)),
        pl.col("median_hari").alias(t("layanan_col_median", lang)),
        pl.col("median_per_sla").round(2).alias(t("layanan_col_ratio", lang)),
        pl.col("tepat_waktu_pct").round(1).alias(t("layanan_col_tepat", lang)),
        pl.col("selesai").alias(t("layanan_col_selesai", lang)),
        pl.col("permohonan").alias(t("layanan_col_permohonan", lang)),
    )


def ikm_table(rank: pl.DataFrame, skm_opd: pl.DataFrame, names: pl.DataFrame, lang: str) -> pl.DataFrame:
    """IKM, mutu, own target and the nine element scores of every OPD with respondents,
    the most respondents first. An OPD below the respondents' floor (rules.floors) is listed
    with its count, its scores left blank: a handful of answers is neither ranked nor exported."""
    small = pl.col("responden") < rules.floors()["responden"]
    scores = ["nilai", "grade", "status", *[f"nrr_{k}" for k in ELEMENT_KEYS]]
    frame = (
        skm_opd.select("kode_opd", "responden", *[f"nrr_{k}" for k in ELEMENT_KEYS])
        .join(rank.select("kode_opd", "nilai", "grade", "target", "status"), on="kode_opd", how="left")
        .join(names, on="kode_opd", how="left")
        .sort(["responden", "kode_opd"], descending=[True, False])
        .with_columns(pl.when(~small).then(pl.col(c)).alias(c) for c in scores)
    )
    return frame.select(
        pl.col("nama_opd").alias(t("opd_name", lang)),
        pl.col("kode_opd").alias(t("layanan_col_kode_opd", lang)),
        pl.col("nilai").round(2).alias(t("layanan_col_ikm", lang)),
        pl.col("grade").alias(t("layanan_col_mutu", lang)),
        pl.col("target").alias(t("target", lang)),
        status_column(lang),
        pl.col("responden").alias(t("layanan_col_responden", lang)),
        *[pl.col(f"nrr_{k}").round(3).alias(f"{k.upper()} {element_name(k, lang)}") for k in ELEMENT_KEYS],
    )


def mpp_table(services: pl.DataFrame, lang: str) -> pl.DataFrame:
    return services.select(
        pl.col("nama_opd").alias(t("opd_name", lang)),
        pl.col("nama_layanan").alias(t("layanan_col_layanan", lang)),
        pl.col("kode_layanan").alias(t("layanan_col_kode_layanan", lang)),
        pl.col("sla_hari").alias(t("layanan_col_sla", lang)),
    )


def _decimals(values: pl.Series) -> int:
    """The fewest decimals (at most 3) that show every value of a rounded column exactly."""
    known = [v for v in values.to_list() if v is not None]
    return next((d for d in range(4) if all(round(v, d) == v for v in known)), 3)


def for_screen(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The same table with its numbers written the id-ID (or en) way, for st.dataframe."""
    out = []
    for name, dtype in frame.schema.items():
        col = pl.col(name)
        if dtype.is_numeric():
            d = 0 if dtype.is_integer() else _decimals(frame[name])
            col = col.map_elements(lambda v, d=d: fmt.number(v, d, lang), return_dtype=pl.String)
        out.append(col.fill_null(fmt.DASH) if dtype.is_numeric() or dtype == pl.String else col)
    return frame.select(out)


# --- chart labels: hovers and bar texts in the page's language ---------------------------


def opd_hovers(ranked: pl.DataFrame, code: str, lang: str) -> list[str]:
    """`Dinas X · 87,0% · Target 90,0%` (with the IKM grade where there is one)."""
    unit = BY_CODE[code].unit
    out = []
    for row in ranked.iter_rows(named=True):
        parts = [row["nama_opd"], fmt.indicator_value(row["nilai"], unit, lang)]
        parts += [rules.grade_word(code, row.get("grade"), lang)]
        if row["target"] is not None:
            parts.append(f"{t('target', lang)} {fmt.indicator_value(row['target'], unit, lang)}")
        out.append(" · ".join(p for p in parts if p))
    return out


def service_labels(shown: pl.DataFrame, lang: str) -> tuple[list[str], list[str]]:
    """Hovers (two lines) and bar texts for the services chart."""
    hovers, texts = [], []
    for row in shown.iter_rows(named=True):
        median = fmt.number(row["median_hari"], 1, lang)
        hovers.append(
            f"{row['nama_layanan']} · {row['nama_opd']}\n"
            + t("layanan_hover_sla", lang, m=median, s=row["sla_hari"], n=fmt.number(row["selesai"], 0, lang))
        )
        texts.append(
            t(
                "layanan_bar_sla",
                lang,
                m=median,
                s=row["sla_hari"],
                pct=fmt.percent(row["tepat_waktu_pct"], 0, lang),
            )
        )
    return hovers, texts
