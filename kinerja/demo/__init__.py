"""A complete, deterministic demo source for a fictional regency (Kabupaten Nusa Harapan).

`write_demo` writes the ten tables of the data contract as clean CSV (`,`, UTF-8, ISO
dates, true/false, empty for missing). The same seed gives byte-identical files; the fact
tables (permohonan, skm, pegawai) grow linearly with `skala`, the rest stay as they are.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl

from .inovasi import buat_inovasi, buat_penghargaan
from .kalender import FIRST_YEAR, LAST_DATE, LAST_YEAR, buat_kalender
from .katalog import KODE_WILAYAH, NAMA_WILAYAH, daftar_layanan, daftar_opd
from .kelembagaan import buat_tempat_kerja
from .layanan import Efek, Katalog, buat_permohonan, buat_skm, harapan
from .pegawai import buat_pegawai
from .target import buat_target

__all__ = ["FIRST_YEAR", "LAST_DATE", "LAST_YEAR", "KOLOM", "write_demo"]

# the contract's columns, in the contract's order (section 1)
KOLOM = {
    "opd": ("kode_opd", "nama_opd", "jenis_opd", "aktif"),
    "layanan": ("kode_layanan", "kode_opd", "nama_layanan", "sla_hari", "terintegrasi"),
    "permohonan": ("id_permohonan", "kode_layanan", "tanggal_masuk", "tanggal_selesai", "kanal", "status"),
    "skm": ("id_responden", "kode_layanan", "tanggal", *(f"u{i}" for i in range(1, 10))),
    "pegawai": (
        "tahun",
        "id_pegawai",
        "kode_opd",
        "status_asn",
        "jenis_jabatan",
        "jenis_kelamin",
        "jp_pengembangan",
        "mutasi",
    ),
    "tempat_kerja": (
        "tahun",
        "kode_opd",
        "indeks_spbe",
        "surat_total",
        "surat_elektronik",
        "hari_kerja_total",
        "hari_kerja_fleksibel",
        "titik_layanan",
    ),
    "inovasi": (
        "id_inovasi",
        "kode_opd",
        "nama_inovasi",
        "tahun",
        "bentuk",
        "digital",
        "tahapan",
        "tahap_lab",
        "inisiator",
    ),
    "penghargaan": (
        "id_penghargaan",
        "kode_opd",
        "id_inovasi",
        "nama_penghargaan",
        "tingkat",
        "tahun",
        "pemberi",
    ),
    "target": ("kode_indikator", "tahun", "kode_opd", "nilai_target"),
    "wilayah": ("nama_wilayah", "kode_wilayah"),
}

# one random stream per table, so a change in one table's generator leaves the others as they were
_ALIRAN = ("efek", "permohonan", "skm", "pegawai", "tempat_kerja", "inovasi", "penghargaan")


def write_demo(out_dir: str | Path, skala: float = 1.0, seed: int = 2026) -> dict[str, int]:
    """Write the demo source (ten CSV files: opd, layanan, permohonan, skm, pegawai, tempat_kerja, inovasi, penghargaan, target, wilayah) into out_dir; return rows per table."""
    if skala < 0:
        raise ValueError(f"skala must be >= 0, got {skala}")
    rng = dict(zip(_ALIRAN, np.random.default_rng(seed).spawn(len(_ALIRAN)), strict=True))
    kal = buat_kalender()
    opd = daftar_opd()
    layanan = daftar_layanan()
    kat = Katalog.dari(layanan, opd)
    efek = Efek.acak(rng["efek"], kat, opd)

    lam = harapan(kal, kat, efek, skala)
    permohonan, counts = buat_permohonan(rng["permohonan"], kal, kat, efek, lam)
    inovasi = buat_inovasi(rng["inovasi"], opd)
    tabel = {
        "opd": pl.DataFrame(
            {
                "kode_opd": [o.kode for o in opd],
                "nama_opd": [o.nama for o in opd],
                "jenis_opd": [o.jenis for o in opd],
                "aktif": [o.aktif for o in opd],
            }
        ),
        "layanan": pl.DataFrame(
            {
                "kode_layanan": [k for k, _, _ in layanan],
                "kode_opd": [o for _, o, _ in layanan],
                "nama_layanan": [x.nama for _, _, x in layanan],
                "sla_hari": [x.sla for _, _, x in layanan],
                "terintegrasi": [x.mpp for _, _, x in layanan],
            }
        ),
        "permohonan": permohonan,
        "skm": buat_skm(rng["skm"], kal, kat, efek, lam, counts),
        "pegawai": buat_pegawai(rng["pegawai"], opd, skala),
        "tempat_kerja": buat_tempat_kerja(rng["tempat_kerja"], kal, opd),
        "inovasi": inovasi,
        "penghargaan": buat_penghargaan(rng["penghargaan"], inovasi, opd),
        "target": buat_target(),
        "wilayah": pl.DataFrame({"nama_wilayah": [NAMA_WILAYAH], "kode_wilayah": [KODE_WILAYAH]}),
    }

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for nama, df in tabel.items():
        df.select(KOLOM[nama]).write_csv(out / f"{nama}.csv")
    return {nama: df.height for nama, df in tabel.items()}
