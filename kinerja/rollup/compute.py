"""Each region's indicators from a published folder: the runner of kinerja.indicators on
an engine that holds many regions at once, judged region by region exactly as the
region's own `indicators --tahun Y` judges them (its active OPD as S, region-wide targets)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from kinerja.indicators import metrics
from kinerja.indicators.filters import Selection
from kinerja.indicators.registry import CODES
from kinerja.rollup import layout
from kinerja.rollup.engines import engine
from kinerja.sql import SUMMARIES

ATTEMPTS = 5  # reads again when a region was republished under a reader (see layout)
PARTITION = layout.PARTITION


@dataclass(frozen=True)
class Rollup:
    tahun: int
    regions: tuple[layout.Region, ...]  # by code
    cards: dict[str, pl.DataFrame]  # code -> scorecard (metrics.scorecard's columns)
    sizes: pl.DataFrame  # kode_wilayah, permohonan, responden, asn, bulan (latest month with rows)

    def as_json(self) -> dict:
        """The contract's object: {"tahun", "wilayah": {kode: {"nama_wilayah", "indikator"}}}."""
        return {
            "tahun": self.tahun,
            "wilayah": {
                r.code: {"nama_wilayah": r.name, "indikator": metrics.as_json(self.cards[r.code])}
                for r in self.regions
            },
        }


def gabungan(root: Path, tahun: int, mesin: str = "duckdb") -> dict:
    return compute(root, tahun, mesin).as_json()


def compute(root: Path, tahun: int, mesin: str = "duckdb") -> Rollup:
    for attempt in range(ATTEMPTS):
        snap = layout.snapshot(root, SUMMARIES)
        try:
            return _compute(snap, tahun, mesin)
        except layout.RollupError:
            raise
        except Exception:
            if attempt + 1 == ATTEMPTS or not snap.changed():
                raise
    raise AssertionError("unreachable")


def _compute(snap: layout.Snapshot, tahun: int, mesin: str) -> Rollup:
    eng = engine(mesin, snap)
    frames: dict[str, pl.DataFrame] = {}

    def run(query: str, **params) -> pl.DataFrame:
        frames[query] = eng.run(query, **params)
        return frames[query]

    try:
        params = dict(
            opd=None, tahun_dari=tahun, tahun_sampai=tahun, sampai_bulan=None, per_opd=False, per_bulan=False
        )
        found = metrics.collect(run, CODES, params)
        target_rows = eng.run("target", tahun_dari=tahun, tahun_sampai=tahun)
        months = eng.run("wilayah_sampai_bulan", tahun=tahun)
    finally:
        eng.close()
    regions = tuple(sorted(snap.regions, key=lambda r: r.code))
    rows = metrics.grid(CODES, [None], tahun, tahun)
    everyone = Selection(opd=[], target_scope="wilayah", filtered=False)
    cards = {}
    for region in regions:
        mine = pl.col(PARTITION) == region.code
        frame = metrics.complete(found.filter(mine).drop(PARTITION), rows, CODES)
        cards[region.code] = metrics.in_registry_order(
            metrics.judge(frame, target_rows.filter(mine), everyone)
        )
    return Rollup(tahun, regions, cards, _sizes(regions, cards, frames["skm"], months))


def _sizes(regions, cards, skm: pl.DataFrame, months: pl.DataFrame) -> pl.DataFrame:
    """The data behind each region's values, for the rankings' floors (kinerja.indicators.rules)."""

    def value(code: str, kode: str) -> int:
        return int(cards[code].filter(pl.col("kode") == kode)["nilai"][0] or 0)

    base = pl.DataFrame(
        {
            PARTITION: [r.code for r in regions],
            "permohonan": [value(r.code, "W1_permohonan") for r in regions],
            "asn": [value(r.code, "F1_asn") for r in regions],
        },
        schema={PARTITION: pl.String, "permohonan": pl.Int64, "asn": pl.Int64},
    )
    respondents = skm.select(pl.col(PARTITION).cast(pl.String), pl.col("responden").cast(pl.Int64))
    last = months.select(pl.col(PARTITION).cast(pl.String), pl.col("bulan").cast(pl.Int64))
    return (
        base.join(respondents, on=PARTITION, how="left")
        .join(last, on=PARTITION, how="left")
        .with_columns(pl.col("responden").fill_null(0))
    )
