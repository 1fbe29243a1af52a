"""The province page's numbers (pages/provinsi.py): the regions of a roll-up
(kinerja.rollup.compute.Rollup) ranked on one indicator, and one region's scorecard.

No Streamlit and no formula: the values are the roll-up's, the verdicts and the order are
kinerja.indicators.rules' — a region stands where an OPD stands in a regency's ranking,
judged by its own region-wide target and left out below the same floors of data.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE
from kinerja.rollup.layout import PARTITION


def per_region(rollup, code: str) -> pl.DataFrame:
    """One indicator per region: kode_wilayah, nama_wilayah, nilai, target, capaian_pct,
    status, grade, in code order."""
    rows = []
    for region in rollup.regions:
        row = rollup.cards[region.code].filter(pl.col("kode") == code).row(0, named=True)
        rows.append(
            {PARTITION: region.code, "nama_wilayah": region.name or region.code}
            | {k: row[k] for k in ("nilai", "target", "capaian_pct", "status", "grade")}
        )
    return pl.DataFrame(
        rows,
        schema={
            PARTITION: pl.String,
            "nama_wilayah": pl.String,
            "nilai": pl.Float64,
            "target": pl.Float64,
            "capaian_pct": pl.Float64,
            "status": pl.String,
            "grade": pl.String,
        },
    )


def ranked(rollup, code: str) -> rules.Ranked:
    """The regions that may be ranked on `code`, best first (rules.rankable, which keys by
    kode_opd: the region's code stands in for it). While any region's year still runs, a
    count that grows through it is progress there, not a verdict."""
    frame = per_region(rollup, code).rename({PARTITION: "kode_opd", "nama_wilayah": "nama_opd"})
    still_running = any(running(rollup, r.code) for r in rollup.regions)
    return rules.rankable(frame, rollup.sizes.rename({PARTITION: "kode_opd"}), code, still_running)


def running(rollup, kode_wilayah: str) -> bool:
    """Whether the region's year still runs: its applications stop before December (the
    published summaries hold months, not days)."""
    month = rollup.sizes.filter(pl.col(PARTITION) == kode_wilayah)["bulan"]
    return month.len() == 1 and month[0] is not None and month[0] < 12


def ranking_table(rollup, code: str, lang: str) -> pl.DataFrame:
    """Every region on `code` as a readable table, ranked ones first in their order (also
    what a planner downloads)."""
    unit = BY_CODE[code].unit
    order = {k: i for i, k in enumerate(ranked(rollup, code).frame["kode_opd"].to_list())}
    rows = []
    for row in per_region(rollup, code).iter_rows(named=True):
        verdict = rules.verdict({"kode": code} | row, running(rollup, row[PARTITION]))
        rows.append(
            {
                t("provinsi_rank", lang): order[row[PARTITION]] + 1 if row[PARTITION] in order else None,
                t("provinsi_region", lang): row["nama_wilayah"],
                t("provinsi_code", lang): row[PARTITION],
                t("value", lang): fmt.indicator_value(row["nilai"], unit, lang),
                t("target", lang): fmt.indicator_value(row["target"], unit, lang)
                if row["target"] is not None
                else fmt.DASH,
                t("capaian", lang): fmt.percent(row["capaian_pct"], 1, lang),
                t("status", lang): verdict.word(lang),
            }
        )
    frame = pl.DataFrame(rows)
    return frame.sort(t("provinsi_rank", lang), nulls_last=True) if frame.height else frame


def published(region, lang: str) -> str:
    """When the region last published, as a date people read."""
    try:
        return fmt.date(dt.date.fromisoformat(region.published[:10]), lang)
    except ValueError:
        return fmt.DASH
