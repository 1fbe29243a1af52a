"""Plan targets (RPJMD / Renstra) for every indicator with a polarity, FIRST_YEAR..LAST_YEAR+1.

Set by hand against the story the generator tells, so a dashboard shows all three
statuses: some targets met (hijau), some narrowly missed (kuning), some far off (merah).
Fixed numbers: they do not depend on the seed or on skala (W1 is sized for skala 1).
"""

from __future__ import annotations

import polars as pl

from .kalender import FIRST_YEAR, LAST_YEAR

TAHUN_TARGET = tuple(range(FIRST_YEAR, LAST_YEAR + 2))  # plans run a year ahead

# region-wide targets, one value per year of TAHUN_TARGET
WILAYAH = {
    "W1_permohonan": (140_000, 148_000, 155_000, 165_000, 172_000),
    "W2_online_pct": (40.0, 50.0, 58.0, 70.0, 75.0),
    "W3_tepat_waktu_pct": (85.0, 86.0, 87.0, 90.0, 92.0),
    "W4_median_hari": (1.0, 1.0, 1.0, 1.0, 1.0),
    "W5_ikm": (80.0, 81.0, 82.0, 83.5, 85.0),
    "W6_layanan_terintegrasi": (40, 50, 60, 70, 75),
    "F2_jp20_pct": (50.0, 55.0, 60.0, 75.0, 80.0),
    "F3_jp_rata": (24.0, 26.0, 28.0, 36.0, 40.0),
    "F4_mutasi_pct": (10.0, 10.0, 10.0, 10.0, 10.0),
    "P1_spbe": (2.5, 2.8, 3.0, 3.5, 3.8),
    "P2_surat_elektronik_pct": (50.0, 60.0, 70.0, 85.0, 90.0),
    "P3_kerja_fleksibel_pct": (5.0, 8.0, 12.0, 20.0, 25.0),
    "P4_titik_layanan": (135, 140, 145, 150, 155),
    "I1_inovasi": (40, 50, 60, 70, 75),
    "I2_opd_berinovasi_pct": (60.0, 65.0, 70.0, 90.0, 100.0),
    "I3_penghargaan": (8, 10, 12, 15, 16),
    "I3_penghargaan_kabupaten": (3, 4, 4, 5, 5),
    "I3_penghargaan_provinsi": (2, 3, 3, 4, 4),
    "I3_penghargaan_nasional": (3, 3, 4, 5, 6),
    "I3_penghargaan_internasional": (0, 0, 1, 1, 1),
    "I4_inovasi_digital_pct": (50.0, 55.0, 60.0, 70.0, 75.0),
    "I5_penerapan_pct": (70.0, 65.0, 60.0, 50.0, 50.0),
}

# single-OPD targets from the Renstra of the big service providers
OPD = {
    ("DISDUKCAPIL", "W2_online_pct"): (45.0, 55.0, 70.0, 80.0, 85.0),
    ("DISDUKCAPIL", "W3_tepat_waktu_pct"): (85.0, 90.0, 92.0, 93.0, 95.0),
    ("DISDUKCAPIL", "W5_ikm"): (80.0, 80.0, 82.0, 85.0, 86.0),
    ("DPMPTSP", "W2_online_pct"): (60.0, 70.0, 75.0, 80.0, 85.0),
    ("DPMPTSP", "W3_tepat_waktu_pct"): (80.0, 85.0, 87.0, 92.0, 93.0),
    ("DPMPTSP", "W5_ikm"): (84.0, 86.0, 88.0, 88.31, 90.0),
    ("DINKES", "W2_online_pct"): (25.0, 30.0, 35.0, 50.0, 55.0),
    ("DINKES", "W3_tepat_waktu_pct"): (92.0, 88.0, 82.0, 85.0, 90.0),
    ("DINKES", "W5_ikm"): (80.0, 80.0, 82.0, 84.0, 85.0),
    ("RSUD", "W2_online_pct"): (20.0, 25.0, 30.0, 40.0, 45.0),
    ("RSUD", "W3_tepat_waktu_pct"): (80.0, 80.0, 85.0, 85.0, 90.0),
    ("RSUD", "W5_ikm"): (78.0, 80.0, 82.0, 84.0, 85.0),
}


def buat_target() -> pl.DataFrame:
    baris = [
        (kode, tahun, None, float(nilai))
        for kode, nilai_tahunan in WILAYAH.items()
        for tahun, nilai in zip(TAHUN_TARGET, nilai_tahunan, strict=True)
    ]
    baris += [
        (kode, tahun, opd, float(nilai))
        for (opd, kode), nilai_tahunan in OPD.items()
        for tahun, nilai in zip(TAHUN_TARGET, nilai_tahunan, strict=True)
    ]
    return pl.DataFrame(
        baris,
        schema={
            "kode_indikator": pl.String,
            "tahun": pl.Int64,
            "kode_opd": pl.String,
            "nilai_target": pl.Float64,
        },
        orient="row",
    )
