"""Each region's indicators from a published folder: the runner of kinerja.indicators on
an engine that holds many regions at once, judged region by region exactly as the
region's own `indicators --tahun Y` judges them (its active OPD as S, region-wide targets)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from kinerja.indicators import metrics
from kinerja.indicators.filters import Selection
from kinerja.indicators.registry import CODES
from kinerja.rollup import layout
from kinerja.rollup.engines import engine
from kinerja.sql import SUMMARIES

ATTEMPTS = 5  # reads again when a region was republished under a reader (see layout)


def gabungan(root: Path, tahun: int, mesin: str = "duckdb") -> dict:
    """{"tahun": Y, "wilayah": {kode: {"nama_wilayah": ..., "indikator": {...}}}}."""
    for attempt in range(ATTEMPTS):
        snap = layout.snapshot(root, SUMMARIES)
        try:
            return {"tahun": tahun, "wilayah": by_region(snap, tahun, mesin)}
        except layout.RollupError:
            raise
        except Exception:
            if attempt + 1 == ATTEMPTS or not snap.changed():
                raise
    raise AssertionError("unreachable")


def by_region(snap: layout.Snapshot, tahun: int, mesin: str) -> dict[str, dict]:
    eng = engine(mesin, snap)
    try:
        params = dict(
            opd=None, tahun_dari=tahun, tahun_sampai=tahun, sampai_bulan=None, per_opd=False, per_bulan=False
        )
        found = metrics.collect(eng.run, CODES, params)
        target_rows = eng.run("target", tahun_dari=tahun, tahun_sampai=tahun)
    finally:
        eng.close()
    rows = metrics.grid(CODES, [None], tahun, tahun)
    everyone = Selection(opd=[], target_scope="wilayah", filtered=False)
    out = {}
    for region in sorted(snap.regions, key=lambda r: r.code):
        mine = pl.col(layout.PARTITION) == region.code
        frame = metrics.complete(found.filter(mine).drop(layout.PARTITION), rows, CODES)
        card = metrics.in_registry_order(metrics.judge(frame, target_rows.filter(mine), everyone))
        out[region.code] = {"nama_wilayah": region.name, "indikator": metrics.as_json(card)}
    return out
