"""The Tempat kerja page's numbers and findings, computed once from frames the app layer
fetched (as kinerja.deck.build does for the deck); pages/tempat_kerja.py only lays them out.
No Streamlit, no SQL: grades, targets and who may be ranked come from kinerja.indicators.rules.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import polars as pl

from kinerja import fmt
from kinerja.i18n import PREDIKAT_EN, t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE
from kinerja.views import compare

AREA = "workplace"
CODES = rules.area_codes(AREA)
SPBE = next(c for c in CODES if BY_CODE[c].grade == "predikat")
PREDIKAT_ORDER = tuple(PREDIKAT_EN)  # best first


@dataclass(frozen=True)
class Cards:
    rows: dict[str, dict]  # scorecard rows by code
    before: dict[str, float | None]
    notice: str | None  # why the page stops below the cards (no workplace data), else None


def cards(card: pl.DataFrame, before: pl.DataFrame, tahun: int, lang: str) -> Cards:
    """`card`, `before`: the selection's workplace scorecards of the year and the year before."""
    rows = {r["kode"]: r for r in card.iter_rows(named=True)}
    empty = all(not rows[c]["nilai"] for c in CODES)
    return Cards(
        rows=rows,
        before=dict(zip(before["kode"], before["nilai"], strict=True)),
        notice=t("tk_empty", lang, tahun=tahun) if empty else None,
    )


@dataclass(frozen=True)
class Workplace:
    trends: tuple[compare.Trend, ...]  # every workplace indicator over the years
    table: compare.Table  # per OPD, best SPBE index first


def build(
    yearly: pl.DataFrame,
    targets: pl.DataFrame,
    per_opd: pl.DataFrame,
    names: pl.DataFrame,
    selection,
    first_year: int,
    tahun: int,
    lang: str,
) -> Workplace:
    """`yearly`: app.values over first_year..tahun; `per_opd`: app.values(per_opd=True) of the year."""
    trends = tuple(
        compare.trend(yearly, code, targets, selection, tahun, lang, f"{code}-{first_year}-{tahun}")
        for code in CODES
    )
    return Workplace(trends=trends, table=opd_table(per_opd, names, tahun, lang))


def ranking(
    per_opd: pl.DataFrame,
    code: str,
    names: pl.DataFrame,
    targets: pl.DataFrame,
    sizes: pl.DataFrame,
    tahun: int,
    lang: str,
) -> compare.Ranking:
    """The per-OPD ranking; on the SPBE index its title names the most common predicate and
    each bar carries its predicate in words (the colour is the status against target)."""
    model = compare.opd_ranking(per_opd, code, names, targets, sizes, tahun, lang)
    kept = model.ranked.frame
    if code != SPBE or kept.is_empty():
        return model
    # the most common predicate; in a tie, the better one
    common = (
        kept.group_by("grade")
        .len()
        .with_columns(order=pl.col("grade").replace_strict(PREDIKAT_ORDER, range(len(PREDIKAT_ORDER))))
        .sort(["len", "order"], descending=[True, False])
    )
    best = kept.row(0, named=True)
    title = t(
        "tk_spbe_title",
        lang,
        top=common["len"][0],
        n=kept.height,
        predikat=rules.predikat_word(common["grade"][0], lang),
        best=best["label"],
        value=f"{fmt.number(best['nilai'], 2, lang)}, {rules.predikat_word(best['grade'], lang)}",
    )
    text = [
        f"{fmt.number(x, 2, lang)} · {rules.predikat_word(g, lang)}"
        for x, g in zip(kept["nilai"], kept["grade"], strict=True)
    ]
    return replace(model, title=title, text=text)


def opd_table(per_opd: pl.DataFrame, names: pl.DataFrame, tahun: int, lang: str) -> compare.Table:
    """Every OPD's workplace indicators, the SPBE index with its predicate in words."""

    def column(c: str) -> list[pl.Expr]:
        unit = BY_CODE[c].unit
        value = pl.col(c).cast(pl.Int64) if unit == "count" else pl.col(c).round(2 if unit == "spbe" else 1)
        out = [value.alias(rules.name(c, lang))]
        if BY_CODE[c].grade:
            grade = pl.col(c).map_elements(
                lambda x: rules.predikat_word(rules.grade(c, x), lang),
                return_dtype=pl.String,
                skip_nulls=False,
            )
            out.append(grade.alias(t("tk_col_predikat", lang)))
        return out

    wide = compare.wide(per_opd, names).sort(SPBE, descending=True, nulls_last=True)
    table = wide.select(
        pl.col("nama_opd").alias(t("opd_name", lang)),
        pl.col("kode_opd").alias(t("tk_col_code", lang)),
        *[e for c in CODES for e in column(c)],
    )
    units = {rules.name(c, lang): BY_CODE[c].unit for c in CODES}
    return compare.Table(table, units, f"tempat-kerja-per-opd-{tahun}")
