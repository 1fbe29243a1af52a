"""The SDM page's numbers and findings, computed once from frames the app layer fetched (as
kinerja.deck.build does for the deck); pages/sdm.py only lays them out. No Streamlit, no
SQL: who may be ranked, which target applies and the floors come from kinerja.indicators.rules.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE
from kinerja.views import compare

AREA = "workforce"
CODES = rules.area_codes(AREA)
COUNT = rules.headcount(AREA)  # ASN: the base of every share on this page
JP = rules.headlines(AREA)[0]  # ASN with at least 20 JP
DIMENSIONS = {
    "status_asn": ("PNS", "PPPK"),
    "jenis_jabatan": ("struktural", "fungsional", "pelaksana"),
    "jenis_kelamin": ("L", "P"),
}


@dataclass(frozen=True)
class Cards:
    """The headline cards and whether the page goes on below them."""

    rows: dict[str, dict]  # scorecard rows by code
    before: dict[str, float | None]  # last year's values, empty when it had no ASN
    notice: str | None  # why nothing is broken down (no ASN, or too few), else None
    empty: bool  # the notice is a warning (no ASN at all) rather than an explanation


def cards(card: pl.DataFrame, before: pl.DataFrame, tahun: int, lang: str) -> Cards:
    """`card`, `before`: the selection's workforce scorecards of the year and the year before."""
    rows = {r["kode"]: r for r in card.iter_rows(named=True)}
    had = dict(zip(before["kode"], before["nilai"], strict=True))
    # a year without any ASN is no base for "change on last year"
    previous = had if had.get(COUNT) else {}
    asn = rows[COUNT]["nilai"]
    minimum = rules.floors()["asn"]
    notice = None
    if not asn:
        notice = t("sdm_empty", lang, tahun=tahun)
    elif asn < minimum:
        # shares and bands of a handful of people would describe the people themselves
        notice = t("sdm_too_few", lang, n=int(asn), min=minimum)
    return Cards(rows=rows, before=previous, notice=notice, empty=not asn)


@dataclass(frozen=True)
class Workforce:
    composition: pl.DataFrame  # this year: dimensi, kategori, n, porsi, labels
    composition_title: str
    composition_table: compare.Table
    pppk: compare.Trend  # the PPPK share over the years
    bands: pl.DataFrame  # queries/sdm_jp_sebaran.sql
    jp_title: str
    jp_table: compare.Table
    trends: dict[str, compare.Trend]  # JP, rotation and mean JP over the years, by code
    table: compare.Table  # per OPD, shares of small OPD left blank
    min_asn: int


def composition(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """queries/sdm_komposisi.sql with each category's share of its year and dimension and the
    labels in `lang`, in the order the chart reads them."""
    order = pl.DataFrame(
        [(d, c, i) for d, cats in DIMENSIONS.items() for i, c in enumerate(cats)],
        schema=["dimensi", "kategori", "urut"],
        orient="row",
    )
    return (
        frame.join(order, on=["dimensi", "kategori"], how="left")
        .with_columns(
            porsi=100 * pl.col("n") / pl.col("n").sum().over("tahun", "dimensi"),
            dimensi_label=pl.col("dimensi").map_elements(
                lambda d: t(f"sdm_dim_{d}", lang), return_dtype=pl.String
            ),
            kategori_label=pl.col("kategori").map_elements(
                lambda c: t(f"sdm_cat_{c}", lang), return_dtype=pl.String
            ),
        )
        .sort("tahun", pl.col("dimensi").replace_strict(list(DIMENSIONS), range(3)), "urut")
    )


def pppk_series(comp: pl.DataFrame, first_year: int, tahun: int) -> pl.DataFrame:
    """The PPPK share each year; 0 in a year with ASN but no PPPK, null in a year without ASN."""
    return (
        pl.DataFrame({"tahun": range(first_year, tahun + 1)})
        .join(
            comp.filter(pl.col("kategori") == "PPPK").select(pl.col("tahun").cast(pl.Int64), "porsi"),
            on="tahun",
            how="left",
        )
        .with_columns(
            nilai=pl.when(pl.col("tahun").is_in(comp["tahun"].unique().to_list())).then(
                pl.col("porsi").fill_null(0)
            )
        )
    )


def build(
    rows: dict[str, dict],
    yearly: pl.DataFrame,
    targets: pl.DataFrame,
    komposisi: pl.DataFrame,
    bands: pl.DataFrame,
    per_opd: pl.DataFrame,
    names: pl.DataFrame,
    selection,
    first_year: int,
    tahun: int,
    lang: str,
) -> Workforce:
    """`rows`: Cards.rows; `yearly`: app.values over first_year..tahun; `komposisi`:
    queries/sdm_komposisi.sql over those years; `bands`: queries/sdm_jp_sebaran.sql of the year;
    `per_opd`: app.values(per_opd=True) of the year."""
    comp = composition(komposisi, lang)
    now = comp.filter(pl.col("tahun") == tahun)
    share = dict(zip(now["kategori"], now["porsi"], strict=True))
    asn = rows[COUNT]["nilai"]
    comp_title = t(
        "sdm_composition_title",
        lang,
        n=fmt.number(asn, 0, lang),
        tahun=tahun,
        pppk=fmt.percent(share.get("PPPK", 0), 0, lang),
        women=fmt.percent(share.get("P", 0), 0, lang),
        fungsional=fmt.percent(share.get("fungsional", 0), 0, lang),
    )
    pppk = pppk_series(comp, first_year, tahun)
    label = t("sdm_pppk_share", lang)
    pppk_trend = compare.Trend(
        None,
        label,
        "pct",
        pppk,
        compare.trend_finding(label, "pct", pppk, tahun, lang),
        f"porsi-pppk-{tahun}",
    )
    count, share_col = t("sdm_col_count", lang), t("sdm_col_share", lang)
    comp_table = comp.select(
        pl.col("tahun").alias(t("year", lang)),
        pl.col("dimensi_label").alias(t("sdm_col_dimension", lang)),
        pl.col("kategori_label").alias(t("sdm_col_category", lang)),
        pl.col("n").alias(count),
        pl.col("porsi").round(1).alias(share_col),
    ).sort(t("year", lang), descending=True, maintain_order=True)

    below = bands.filter(~pl.col("memenuhi_20jp"))["n"].sum()
    jp_title = (
        t(
            "sdm_jp_title",
            lang,
            below=fmt.number(below, 0, lang),
            pct=fmt.percent(100 - rows[JP]["nilai"], 1, lang),
            tahun=tahun,
        )
        if below
        else t("sdm_jp_all_met", lang, n=fmt.number(asn, 0, lang), tahun=tahun)
    )
    jp_table = bands.select(
        pl.col("pita").alias(t("sdm_col_band", lang)),
        pl.col("memenuhi_20jp")
        .map_elements(lambda ok: t("sdm_yes" if ok else "sdm_no", lang), return_dtype=pl.String)
        .alias(t("sdm_col_meets", lang)),
        pl.col("n").alias(count),
    )
    files = {JP: "asn-20-jp", CODES[3]: "rotasi-asn", CODES[2]: "rata-rata-jp"}
    trends = {
        code: compare.trend(yearly, code, targets, selection, tahun, lang, f"{stem}-{tahun}")
        for code, stem in files.items()
    }
    return Workforce(
        composition=now,
        composition_title=comp_title,
        composition_table=compare.Table(
            comp_table, {count: "count", share_col: "pct"}, f"komposisi-asn-{tahun}"
        ),
        pppk=pppk_trend,
        bands=bands,
        jp_title=jp_title,
        jp_table=compare.Table(jp_table, {count: "count"}, f"sebaran-jp-{tahun}"),
        trends=trends,
        table=opd_table(per_opd, names, tahun, lang),
        min_asn=rules.floors()["asn"],
    )


def opd_table(per_opd: pl.DataFrame, names: pl.DataFrame, tahun: int, lang: str) -> compare.Table:
    """Every OPD's workforce indicators, largest first; a percentage over fewer ASN than the
    floor could point at one of them, so it is left blank."""
    small = pl.col(COUNT) < rules.floors()["asn"]
    frame = compare.wide(per_opd, names).sort(COUNT, descending=True)
    table = frame.select(
        pl.col("nama_opd").alias(t("opd_name", lang)),
        pl.col("kode_opd").alias(t("sdm_col_code", lang)),
        pl.col(COUNT).cast(pl.Int64).alias(rules.name(COUNT, lang)),
        *[pl.when(~small).then(pl.col(c).round(1)).alias(rules.name(c, lang)) for c in CODES if c != COUNT],
    )
    units = {rules.name(c, lang): BY_CODE[c].unit for c in CODES}
    return compare.Table(table, units, f"sdm-per-opd-{tahun}")
