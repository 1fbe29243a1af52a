"""The overview's numbers and findings, computed once from frames the app layer fetched
(as kinerja.deck.build does for the deck); dashboard.py only lays them out. No Streamlit,
no SQL: every verdict comes from kinerja.indicators.rules."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.views import compare

AREAS = ("work", "workforce", "workplace", "innovation")


@dataclass(frozen=True)
class Overview:
    rows: dict[str, dict]  # scorecard rows by code
    before: dict[str, float | None]  # the previous values a fair comparison allows
    running: bool  # the year is still running: growing counts are progress
    has_data: bool
    headlines: dict[str, tuple[str, ...]]  # area -> its headline codes, key first
    heading: str  # "Kartu skor 3W: 5 dari 9 …", or that no target applies
    heading_note: str  # why no target applies ("" when some do)


@dataclass(frozen=True)
class Leaders:
    """The ranking on the indicator the reader chose (below the scorecard, so built apart)."""

    ranked: rules.Ranked  # best first, with names
    reference: float | None  # the region's target across the ranking, where it compares

    def table(self, lang: str) -> pl.DataFrame:
        """The ranked OPD as downloaded: name, value, own target, status in words, data behind."""
        frame = self.ranked.frame
        return frame.select(
            pl.col("nama_opd").alias(t("opd_name", lang)),
            pl.col("nilai").alias(t("value", lang)),
            pl.col("target").alias(t("target", lang)),
            pl.col("status")
            .map_elements(lambda s: rules.status_word(s, lang), return_dtype=pl.String, skip_nulls=False)
            .alias(t("status", lang)),
            *([pl.col("n").alias(t("group_size", lang))] if self.ranked.basis else []),
        )


def build(card: pl.DataFrame, before: pl.DataFrame, partial_month: int | None, lang: str) -> Overview:
    """`card` and `before`: the selection's scorecards of the year and the year before (over
    the same months when the year runs)."""
    running = partial_month is not None
    rows = {r["kode"]: r for r in card.iter_rows(named=True)}
    met, judged = rules.scorecard_count(rows.values(), running)
    return Overview(
        rows=rows,
        before=rules.comparable(dict(zip(before["kode"], before["nilai"], strict=True)), partial_month),
        running=running,
        has_data=rules.year_has_data(rows),
        headlines={area: rules.headlines(area) for area in AREAS},
        heading=rules.scorecard_heading(met, judged, lang),
        heading_note=rules.scorecard_note(judged, lang),
    )


def leaders(
    code: str,
    ranking: pl.DataFrame,
    sizes: pl.DataFrame,
    names: pl.DataFrame,
    targets: pl.DataFrame,
    tahun: int,
    running: bool = False,
) -> Leaders:
    """`ranking`: metrics.ranking of `code`; `sizes`: queries/ukuran_kelompok.sql; `targets`:
    queries/target.sql over the year; `running`: a growing count is then progress, no verdict."""
    with_names = ranking.join(names, on="kode_opd", how="left", maintain_order="left")
    ranked = rules.rankable(with_names, sizes, code, running)
    return Leaders(ranked=ranked, reference=compare.region_target(code, targets, tahun))
