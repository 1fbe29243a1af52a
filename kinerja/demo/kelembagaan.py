"""Workplace facts per OPD and year (tempat_kerja): SPBE, e-mail, flexible work, service points.

Sized from the catalogue's nominal headcount, not from the drawn pegawai, so this table
does not change with skala.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from .kalender import LAST_DATE, YEARS, Kalender
from .katalog import Opd

SPBE = np.array([2.35, 2.70, 3.05, 3.35])  # regional mean, 0-5
SURAT_ELEKTRONIK = np.array([0.42, 0.58, 0.72, 0.83])  # share of letters sent electronically
KERJA_FLEKSIBEL = np.array([0.03, 0.08, 0.14, 0.19])  # share of workdays away from the office
PELUANG_KOSONG = 0.03  # an OPD that did not report one of the optional facts
_GARIS_DEPAN = {"kecamatan", "rsud", "satpol_pp"}  # front-line: little flexible work
_GARIS_DEPAN_DINAS = {"DISDUKCAPIL", "DPMPTSP", "DINKES", "DISHUB"}


def buat_tempat_kerja(rng: np.random.Generator, kal: Kalender, opd: list[Opd]) -> pl.DataFrame:
    n = len(opd)
    ukuran = np.array([o.pegawai for o in opd], dtype=float)
    spbe_opd = rng.normal(0.0, 0.35, n) + np.array(
        [0.8 if o.kode == "DISKOMINFO" else -0.3 if o.jenis == "kecamatan" else 0.0 for o in opd]
    )
    surat_opd = rng.normal(0.0, 0.07, n)
    depan = np.array([o.jenis in _GARIS_DEPAN or o.kode in _GARIS_DEPAN_DINAS for o in opd])
    fleksibel_opd = np.where(depan, 0.4, 1.4) * rng.uniform(0.7, 1.3, n)
    surat_dasar = 500 + 250 * np.sqrt(ukuran)

    bagian = []
    titik = np.array([o.titik for o in opd])
    for i, tahun in enumerate(YEARS):
        ada = np.array([o.sampai >= tahun for o in opd])
        # the export is a snapshot: the last year's sums run to LAST_DATE only
        porsi = (LAST_DATE.timetuple().tm_yday / 365) if tahun == LAST_DATE.year else 1.0
        spbe = np.clip(SPBE[i] + spbe_opd + rng.normal(0, 0.12, n), 0.3, 5.0).round(2)
        surat = np.round(surat_dasar * porsi * np.exp(rng.normal(0, 0.08, n))).astype(np.int64)
        elektronik = np.round(surat * np.clip(SURAT_ELEKTRONIK[i] + surat_opd, 0, 1))
        hari = np.round(ukuran * kal.hari_kerja[tahun] * rng.uniform(0.95, 0.99, n))
        fleksibel = np.round(hari * np.clip(KERJA_FLEKSIBEL[i] * fleksibel_opd, 0, 0.4))
        if i > 0:
            titik = titik + (rng.random(n) < 0.15)  # a new satellite office now and then
        kolom = {
            "tahun": np.full(n, tahun),
            "kode_opd": [o.kode for o in opd],
            "indeks_spbe": spbe,
            "surat_total": surat,
            "surat_elektronik": elektronik.astype(np.int64),
            "hari_kerja_total": hari.astype(np.int64),
            "hari_kerja_fleksibel": fleksibel.astype(np.int64),
            "titik_layanan": titik,
        }
        df = pl.DataFrame(kolom).filter(pl.Series(ada))
        bagian.append(_kosongkan(rng, df))
    return pl.concat(bagian)


def _kosongkan(rng: np.random.Generator, df: pl.DataFrame) -> pl.DataFrame:
    """Blank a few optional cells, as in real returns; elektronik never without a total."""
    opsional = ["indeks_spbe", "surat_total", "hari_kerja_fleksibel", "titik_layanan"]
    kosong = {k: pl.Series(rng.random(df.height) < PELUANG_KOSONG) for k in opsional}
    kosong["surat_elektronik"] = kosong["surat_total"]
    return df.with_columns(pl.when(kosong[k]).then(None).otherwise(pl.col(k)).alias(k) for k in kosong)
