"""Service applications (permohonan) and satisfaction survey answers (skm).

Vectorised: demand is a matrix services x months, each cell drawn once (Poisson); rows
are then expanded with numpy and given a day, a channel, a duration and a status.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import polars as pl

from .kalender import FIRST_YEAR, LAST_DATE, MUSIM, YEARS, Kalender, pilih_hari
from .katalog import L, Opd

# Applications in the first year at skala 1, and yearly growth of demand.
VOLUME_AWAL = 138_000
PERTUMBUHAN = 1.06

# Region-wide story the dashboard should show, by year (reached by calibration below).
TARGET_DARING = np.array([0.35, 0.48, 0.60, 0.68])
TARGET_TEPAT = np.array([0.80, 0.84, 0.87, 0.89])
TARGET_IKM = np.array([78.5, 80.3, 82.2, 84.0])

# Who stands out (replacing the random trait). Lagging units keep their gap every year so
# the ranking tells a story; DISDUKCAPIL is neutral because its volume is the region's IKM.
IKM_OPD = {"DISHUB": -0.36, "DISPERKIM": -0.30, "DPMPTSP": 0.22, "DISDUKCAPIL": 0.0}
TEPAT_OPD = {"DPUPR": -0.7, "DLH": -0.8, "DISDUKCAPIL": 0.4}

# PermenPANRB 14/2017 elements: u3 (waktu) and u8 (pengaduan) are where citizens complain,
# u4 (biaya) scores high because most services are free. Offsets sum to zero.
EFEK_UNSUR = np.array([0.05, 0.0, -0.22, 0.18, 0.04, 0.03, 0.07, -0.15, 0.0])

PANGSA_SKM = 0.17
PELUANG_MACET = 0.0005  # applications nobody closed, still "proses" long after
PELUANG_TOLAK_TANPA_TANGGAL = 0.3
_GESER_DARING = np.array([-2.0, 0.0, 1.0])  # logit shift by the catalogue's `daring` class

_STATUS = pl.Series(["selesai", "proses", "ditolak"])
_KANAL = pl.Series(["offline", "online"])


@dataclass(frozen=True)
class Katalog:
    """The service catalogue as arrays, one entry per service."""

    kode: list[str]
    opd: np.ndarray  # index into the OPD list
    sla: np.ndarray
    bobot: np.ndarray
    daring: np.ndarray
    musim: np.ndarray  # index into MUSIM
    aktif: np.ndarray  # services x years: offered that year

    @classmethod
    def dari(cls, layanan: list[tuple[str, str, L]], opd: list[Opd]) -> Katalog:
        indeks = {o.kode: i for i, o in enumerate(opd)}
        sampai = np.array([opd[indeks[k]].sampai for _, k, _ in layanan])
        mulai = np.array([item.mulai for _, _, item in layanan])
        tahun = np.array(YEARS)
        return cls(
            kode=[kode for kode, _, _ in layanan],
            opd=np.array([indeks[k] for _, k, _ in layanan]),
            sla=np.array([item.sla for _, _, item in layanan]),
            bobot=np.array([item.bobot for _, _, item in layanan], dtype=float),
            daring=np.array([item.daring for _, _, item in layanan]),
            musim=np.array([MUSIM.index(item.musim) for _, _, item in layanan]),
            aktif=(mulai[:, None] <= tahun) & (tahun <= sampai[:, None]),
        )


@dataclass(frozen=True)
class Efek:
    """Fixed traits of services and OPD, drawn once per seed and independent of skala."""

    tren: np.ndarray  # per service, yearly log-growth beyond the regional trend
    daring: np.ndarray  # per service, logit shift of the online share
    tepat: np.ndarray  # per OPD, logit shift of on-time completion
    ikm: np.ndarray  # per OPD, shift of the mean answer (1..4 scale)
    skm: np.ndarray  # per service, how eagerly respondents are asked

    @classmethod
    def acak(cls, rng: np.random.Generator, kat: Katalog, opd: list[Opd]) -> Efek:
        n_layanan, n_opd = len(kat.kode), len(opd)
        tepat = rng.normal(0.0, 0.3, n_opd)
        ikm = rng.normal(0.0, 0.05, n_opd)
        for i, o in enumerate(opd):
            tepat[i] = TEPAT_OPD.get(o.kode, tepat[i])
            ikm[i] = IKM_OPD.get(o.kode, ikm[i])
        return cls(
            tren=rng.normal(0.0, 0.04, n_layanan),
            daring=_GESER_DARING[kat.daring] + rng.normal(0.0, 0.3, n_layanan),
            tepat=tepat,
            ikm=ikm,
            skm=rng.uniform(0.6, 1.4, n_layanan),
        )


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _kalibrasi_logit(geser: np.ndarray, bobot: np.ndarray, target: float) -> float:
    """The intercept a with sum(bobot * sigmoid(a + geser)) / sum(bobot) == target.

    Lets every service keep its own character while the region lands on the story's share.
    """
    lo, hi = -12.0, 12.0
    for _ in range(60):
        tengah = (lo + hi) / 2
        if np.average(_sigmoid(tengah + geser), weights=bobot) < target:
            lo = tengah
        else:
            hi = tengah
    return (lo + hi) / 2


def harapan(kal: Kalender, kat: Katalog, efek: Efek, skala: float) -> np.ndarray:
    """Expected applications per service and month (services x months)."""
    k = np.arange(len(YEARS))
    pangsa = kat.bobot[:, None] * np.exp(efek.tren[:, None] * k) * kat.aktif
    pangsa = pangsa / pangsa.sum(axis=0)
    volume = VOLUME_AWAL * PERTUMBUHAN**k / 12
    y = kal.tahun_bulan - FIRST_YEAR
    musim = np.stack([kal.faktor_bulan(m) for m in MUSIM])
    return skala * volume[y] * pangsa[:, y] * musim[kat.musim]


def _per_tahun(kal: Kalender, per_bulan: np.ndarray) -> np.ndarray:
    """Sum a services x months matrix into services x years."""
    y = kal.tahun_bulan - FIRST_YEAR
    return np.stack([per_bulan[:, y == i].sum(axis=1) for i in range(len(YEARS))], axis=1)


def _peluang_terkalibrasi(geser: np.ndarray, bobot: np.ndarray, target: np.ndarray) -> np.ndarray:
    """services x years probabilities whose volume-weighted mean per year hits `target`."""
    kolom = []
    for i, t in enumerate(target):
        b = np.maximum(bobot[:, i], 1e-12)
        kolom.append(_sigmoid(_kalibrasi_logit(geser, b, t) + geser))
    return np.stack(kolom, axis=1)


def _durasi(rng: np.random.Generator, sla: np.ndarray, tepat: np.ndarray) -> np.ndarray:
    """Days from submission to completion: within SLA when `tepat`, beyond it otherwise.

    A clear share finish exactly on the SLA day (offices work to the deadline), more so
    for one-day services, so the boundary case of W3 really occurs.
    """
    n = len(sla)
    dalam = np.floor(sla * rng.beta(2.0, 1.6, n))
    pas = rng.random(n) < 0.2 + 0.35 / sla
    dalam = np.where(pas, sla, dalam)
    lewat = sla + 1 + np.floor(rng.exponential(np.maximum(1.0, 0.3 * sla), n))
    return np.where(tepat, dalam, lewat).astype(np.int64)


def _nomor(awalan: str, tahun: np.ndarray) -> pl.Series:
    """IDs like PM2025-000123, numbered per year in row order (rows sorted by date)."""
    urut = np.arange(len(tahun)) - np.searchsorted(tahun, tahun, side="left") + 1
    return (
        pl.DataFrame({"t": tahun, "u": urut})
        .select(pl.format(awalan + "{}-{}", "t", pl.col("u").cast(pl.String).str.zfill(6)))
        .to_series()
    )


def _baris(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Expand a services x months count matrix into (service, month) per row."""
    n_bulan = counts.shape[1]
    sel = np.repeat(np.arange(counts.size), counts.ravel())
    return sel // n_bulan, sel % n_bulan


def buat_permohonan(
    rng: np.random.Generator, kal: Kalender, kat: Katalog, efek: Efek, lam: np.ndarray
) -> tuple[pl.DataFrame, np.ndarray]:
    """The permohonan table, plus the services x months counts (the SKM is drawn from them)."""
    counts = rng.poisson(lam)
    svc, bulan = _baris(counts)
    y = kal.tahun_bulan[bulan] - FIRST_YEAR
    per_tahun = _per_tahun(kal, lam)

    p_daring = _peluang_terkalibrasi(efek.daring, per_tahun, TARGET_DARING)
    daring = rng.random(len(svc)) < p_daring[svc, y]
    hari = np.where(
        daring,
        pilih_hari(rng, kal, bulan, kal.bobot_daring),
        pilih_hari(rng, kal, bulan, kal.bobot_luring),
    )
    masuk = kal.hari[hari].astype(np.int64)

    # longer services slip more often; the intercept keeps the region on its story
    geser_tepat = efek.tepat[kat.opd] - 0.25 * np.log(kat.sla)
    p_tepat = _peluang_terkalibrasi(geser_tepat, per_tahun, TARGET_TEPAT)
    sla = kat.sla[svc]
    durasi = _durasi(rng, sla, rng.random(len(svc)) < p_tepat[svc, y])
    status, selesai = _status(rng, masuk, durasi, sla)

    urut = np.lexsort((svc, masuk))
    tahun = (kal.tahun_bulan[bulan])[urut]
    df = pl.DataFrame(
        {
            "id_permohonan": _nomor("PM", tahun),
            "kode_layanan": pl.Series(kat.kode).gather(svc[urut]),
            "tanggal_masuk": pl.Series(masuk[urut].astype("datetime64[D]")),
            "tanggal_selesai": pl.Series(selesai[urut]),
            "kanal": _KANAL.gather(daring[urut].astype(np.int64)),
            "status": _STATUS.gather(status[urut]),
        }
    )
    return df, counts


def _status(
    rng: np.random.Generator, masuk: np.ndarray, durasi: np.ndarray, sla: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Status code (0 selesai, 1 proses, 2 ditolak) and completion day (NaT when empty).

    Whatever would end after LAST_DATE is still in process at export time, so "proses"
    gathers in the last weeks; a few forgotten files stay open for good.
    """
    n = len(masuk)
    batas = np.datetime64(LAST_DATE, "D").astype(np.int64)
    tolak = rng.random(n) < np.where(sla >= 7, 0.07, 0.025)
    hari_tolak = masuk + np.floor(rng.random(n) * (sla + 1)).astype(np.int64)
    tanpa_tanggal = rng.random(n) < PELUANG_TOLAK_TANPA_TANGGAL
    macet = rng.random(n) < PELUANG_MACET

    selesai = np.where(tolak, hari_tolak, masuk + durasi)
    status = np.where(tolak, 2, 0)
    status = np.where((selesai > batas) | (macet & ~tolak), 1, status)
    kosong = (status == 1) | ((status == 2) & tanpa_tanggal)
    tanggal = selesai.astype("datetime64[D]")
    tanggal[kosong] = np.datetime64("NaT")
    return status, tanggal


def buat_skm(
    rng: np.random.Generator,
    kal: Kalender,
    kat: Katalog,
    efek: Efek,
    lam: np.ndarray,
    counts: np.ndarray,
) -> pl.DataFrame:
    """Survey respondents: a share of each service-month's applicants, answers u1..u9."""
    p_skm = np.clip(PANGSA_SKM * efek.skm, 0.0, 1.0)
    jumlah = rng.binomial(counts, p_skm[:, None])
    svc, bulan = _baris(jumlah)
    y = kal.tahun_bulan[bulan] - FIRST_YEAR
    hari = pilih_hari(rng, kal, bulan, kal.bobot_luring)

    # the regional IKM follows the story; OPD keep their distance from it
    bobot = _per_tahun(kal, lam * p_skm[:, None])
    efek_svc = efek.ikm[kat.opd]
    dasar = np.array(
        [TARGET_IKM[i] / 25 - np.average(efek_svc, weights=bobot[:, i] + 1e-12) for i in range(len(YEARS))]
    )
    rata = dasar[y] + efek_svc[svc]
    skor = _skor(rng, rata)

    urut = np.lexsort((svc, hari))
    tahun = kal.tahun_bulan[bulan][urut]
    kolom = {
        "id_responden": _nomor("SKM", tahun),
        "kode_layanan": pl.Series(kat.kode).gather(svc[urut]),
        "tanggal": pl.Series(kal.hari[hari[urut]]),
    }
    for k in range(9):
        kolom[f"u{k + 1}"] = pl.Series(skor[urut, k])
    return pl.DataFrame(kolom)


def _skor(rng: np.random.Generator, rata: np.ndarray) -> np.ndarray:
    """Answers 1..4 with the given mean per respondent: 1 + Binomial(3, q), mean 1 + 3q.

    A respondent effect makes a person's nine answers move together, as in real surveys.
    """
    orang = rng.normal(0.0, 0.07, (len(rata), 1))
    q = (rata[:, None] + EFEK_UNSUR[None, :] - 1.0) / 3.0 + orang
    return 1 + rng.binomial(3, np.clip(q, 0.02, 0.98)).astype(np.int8)
