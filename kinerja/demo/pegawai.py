"""Civil servants (ASN), one row per person and year, pseudonymous and followed over years.

A panel, not independent yearly draws: the same ASN-000123 stays, moves or retires, and
each year's new hires (PPPK waves above all) get fresh numbers after the last one.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import polars as pl

from .kalender import YEARS
from .katalog import Opd

JUMLAH_AWAL = 6500  # at skala 1, first year
PPPK_AWAL = 0.12
# new hires per year at skala 1: (PNS, PPPK); the PPPK waves of 2024-2025 are national policy
REKRUT = {2024: (120, 650), 2025: (100, 750), 2026: (80, 300)}
KELUAR = {"PNS": 0.035, "PPPK": 0.015}  # retirement / end of contract, per year
MUTASI = np.array([0.09, 0.11, 0.10, 0.09])
PINDAH_OPD = 0.45  # of those moved, the share that changes agency
# JP: share with >= 20 JP (PP 11/2017 as amended) grows as the corporate university matures
TARGET_JP20 = np.array([0.45, 0.55, 0.63, 0.70])
SEBARAN_JP = 0.65  # lognormal sigma
TANPA_JP = 0.07  # no development at all that year

# (struktural, fungsional, pelaksana) by kind of agency
_JABATAN = {
    "fungsional": (0.04, 0.78, 0.18),  # teachers, health workers, extension officers
    "kecamatan": (0.15, 0.10, 0.75),
    "lain": (0.16, 0.22, 0.62),
}
_OPD_FUNGSIONAL = {"DISDIK", "DINKES", "RSUD", "DISPERTAN"}
_PEREMPUAN = {"DISDIK": 0.62, "DINKES": 0.70, "RSUD": 0.68, "SATPOLPP": 0.18, "DPUPR": 0.30, "DISHUB": 0.25}


@dataclass
class _Staf:
    nomor: np.ndarray
    opd: np.ndarray
    pppk: np.ndarray
    jabatan: np.ndarray  # 0 struktural, 1 fungsional, 2 pelaksana
    perempuan: np.ndarray

    def pilih(self, mask: np.ndarray) -> _Staf:
        return _Staf(*(a[mask] for a in vars(self).values()))

    def tambah(self, lain: _Staf) -> _Staf:
        return _Staf(
            *(np.concatenate((a, b)) for a, b in zip(vars(self).values(), vars(lain).values(), strict=True))
        )


def _peluang_opd(opd: list[Opd], tahun: int) -> np.ndarray:
    ukuran = np.array([o.pegawai if o.sampai >= tahun else 0 for o in opd], dtype=float)
    return ukuran / ukuran.sum()


def _rekrut(rng, opd: list[Opd], tahun: int, n: int, pppk: float, nomor_awal: int) -> _Staf:
    tujuan = rng.choice(len(opd), size=n, p=_peluang_opd(opd, tahun))
    kelompok = np.array(
        [
            "fungsional" if o.kode in _OPD_FUNGSIONAL else "kecamatan" if o.jenis == "kecamatan" else "lain"
            for o in opd
        ]
    )
    p_jabatan = np.array([_JABATAN[k] for k in kelompok])[tujuan]
    jabatan = (rng.random((n, 1)) > np.cumsum(p_jabatan, axis=1)[:, :2]).sum(axis=1)
    is_pppk = rng.random(n) < pppk
    jabatan = np.where(is_pppk & (jabatan == 0), 1, jabatan)  # PPPK hold no structural post
    p_perempuan = np.array([_PEREMPUAN.get(o.kode, 0.45) for o in opd])[tujuan]
    return _Staf(
        nomor=np.arange(nomor_awal, nomor_awal + n),
        opd=tujuan,
        pppk=is_pppk,
        jabatan=jabatan,
        perempuan=rng.random(n) < p_perempuan,
    )


def _jp(rng, staf: _Staf, i_tahun: int) -> np.ndarray:
    """Development hours: lognormal around the year's median, in half-JP steps."""
    bukan_nol = TARGET_JP20[i_tahun] / (1 - TANPA_JP)
    median = 20 * np.exp(SEBARAN_JP * NormalDist().inv_cdf(bukan_nol))
    faktor = np.where(staf.jabatan == 0, 1.25, 1.0) * np.where(staf.pppk, 0.85, 1.0)
    n = len(staf.nomor)
    jp = median * faktor * np.exp(SEBARAN_JP * rng.standard_normal(n))
    jp = np.where(rng.random(n) < TANPA_JP, 0.0, jp)
    return np.clip(np.round(jp * 2) / 2, 0, 160)


def _pindah(rng, staf: _Staf, opd: list[Opd], tahun: int, rate: float) -> tuple[_Staf, np.ndarray]:
    """Who was moved this year; some of them to another agency, all staff of a dissolved one."""
    n = len(staf.nomor)
    mutasi = rng.random(n) < rate
    bubar = np.array([o.sampai < tahun for o in opd])[staf.opd]
    ganti = (mutasi & (rng.random(n) < PINDAH_OPD)) | bubar
    baru = rng.choice(len(opd), size=n, p=_peluang_opd(opd, tahun))
    staf.opd = np.where(ganti, baru, staf.opd)
    return staf, mutasi | bubar


def buat_pegawai(rng: np.random.Generator, opd: list[Opd], skala: float) -> pl.DataFrame:
    staf = _rekrut(rng, opd, YEARS[0], round(JUMLAH_AWAL * skala), PPPK_AWAL, 1)
    berikut = len(staf.nomor) + 1
    bagian = []
    for i, tahun in enumerate(YEARS):
        if i == 0:
            mutasi = rng.random(len(staf.nomor)) < MUTASI[i]
        else:
            p_keluar = np.where(staf.pppk, KELUAR["PPPK"], KELUAR["PNS"])
            staf = staf.pilih(rng.random(len(staf.nomor)) >= p_keluar)
            staf, mutasi = _pindah(rng, staf, opd, tahun, MUTASI[i])
            pns, pppk = (rng.poisson(x * skala) for x in REKRUT[tahun])
            baru = _rekrut(rng, opd, tahun, pns + pppk, pppk / max(pns + pppk, 1), berikut)
            berikut += len(baru.nomor)
            staf = staf.tambah(baru)
            mutasi = np.concatenate((mutasi, np.zeros(len(baru.nomor), dtype=bool)))
        bagian.append(_tabel(staf, opd, tahun, _jp(rng, staf, i), mutasi))
    return pl.concat(bagian)


def _tabel(staf: _Staf, opd: list[Opd], tahun: int, jp: np.ndarray, mutasi: np.ndarray):
    urut = np.argsort(staf.nomor, kind="stable")
    df = pl.DataFrame(
        {
            "tahun": pl.Series(np.full(len(urut), tahun, dtype=np.int64)),
            "id_pegawai": pl.Series(staf.nomor[urut]),
            "kode_opd": pl.Series([o.kode for o in opd]).gather(staf.opd[urut]),
            "status_asn": pl.Series(["PNS", "PPPK"]).gather(staf.pppk[urut].astype(np.int64)),
            "jenis_jabatan": pl.Series(["struktural", "fungsional", "pelaksana"]).gather(staf.jabatan[urut]),
            "jenis_kelamin": pl.Series(["L", "P"]).gather(staf.perempuan[urut].astype(np.int64)),
            "jp_pengembangan": pl.Series(jp[urut]),
            "mutasi": pl.Series(mutasi[urut]),
        }
    )
    return df.with_columns(
        pl.format("ASN-{}", pl.col("id_pegawai").cast(pl.String).str.zfill(6)).alias("id_pegawai")
    )
