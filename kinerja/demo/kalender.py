"""The demo's calendar: which years exist, which days an office is open, how busy a month is.

Everything here is fixed (no randomness, no `skala`), so the fact tables built on it can
only differ by seed and scale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

FIRST_YEAR = 2023
LAST_YEAR = 2026
# Real exports are snapshots: the last year is cut off at the export date.
LAST_DATE = date(2026, 10, 31)

YEARS = tuple(range(FIRST_YEAR, LAST_YEAR + 1))

# National holidays and cuti bersama (approximate). Lebaran weeks matter most: offices close
# for a week, which is the dip every regional dashboard shows in March/April.
_LIBUR = {
    2023: "01-01 01-23 02-18 03-22 04-07 04-19 04-20 04-21 04-24 04-25 05-01 05-18 06-01 "
    "06-02 06-04 06-29 07-19 08-17 09-28 12-25 12-26",
    2024: "01-01 02-08 02-09 02-10 02-14 03-11 03-29 04-08 04-09 04-10 04-11 04-12 04-15 "
    "05-01 05-09 05-10 05-23 05-24 06-17 06-18 07-07 08-17 09-16 12-25 12-26",
    2025: "01-01 01-27 01-28 01-29 03-28 03-31 04-01 04-02 04-03 04-04 04-07 04-18 05-01 "
    "05-12 05-13 05-29 05-30 06-06 06-09 06-27 08-17 08-18 09-05 12-25 12-26",
    2026: "01-01 01-16 02-16 02-17 03-18 03-19 03-20 03-23 03-24 04-03 05-01 05-14 05-15 "
    "05-27 05-28 06-01 06-16 08-17 08-25 12-24 12-25",
}

# Relative demand by calendar month before holidays: slow January, school and job season
# in July/August, closing of the budget year in December.
_POLA_BULAN = np.array([0.93, 0.98, 1.04, 1.00, 1.02, 1.00, 1.08, 1.07, 1.02, 1.02, 0.98, 0.86])

# Services with their own season (tag `musim` in the catalogue), by calendar month.
_MUSIM = {
    "": np.ones(12),
    # school admissions (SPMB) in June/July, transfers and diplomas around them
    "sekolah": np.array([0.8, 0.8, 0.8, 0.8, 1.2, 1.9, 2.0, 1.1, 0.8, 0.7, 0.6, 0.5]),
    # PBB-P2 bills arrive in spring, the due date is end of September
    "pajak": np.array([0.7, 0.8, 1.1, 1.1, 1.0, 0.9, 1.0, 1.3, 1.6, 0.9, 0.8, 0.8]),
    # job seekers: after Lebaran and the CPNS/PPPK recruitment in autumn
    "kerja": np.array([1.0, 0.9, 0.9, 1.1, 1.2, 1.0, 1.0, 1.1, 1.2, 1.1, 0.8, 0.7]),
}
MUSIM = tuple(_MUSIM)

# Weight of a day for offline counters (Mon..Sun) and for online portals (open every day).
_BOBOT_LURING = np.array([1.15, 1.0, 1.0, 1.0, 0.8, 0.03, 0.0])
_BOBOT_DARING = np.array([1.05, 1.0, 1.0, 1.0, 0.9, 0.45, 0.35])


@dataclass(frozen=True)
class Kalender:
    hari: np.ndarray  # datetime64[D], every day FIRST_YEAR-01-01 .. LAST_DATE
    bulan_awal: np.ndarray  # index into `hari` of each month's first day
    bulan_akhir: np.ndarray  # one past each month's last day (cut at LAST_DATE)
    tahun_bulan: np.ndarray  # calendar year of each month
    nomor_bulan: np.ndarray  # 1..12
    bobot_luring: np.ndarray  # per day
    bobot_daring: np.ndarray  # per day
    hari_kerja: dict[int, int]  # working days per year, up to LAST_DATE

    @property
    def n_bulan(self) -> int:
        return len(self.bulan_awal)

    def faktor_bulan(self, musim: str) -> np.ndarray:
        """Demand of each month relative to an average month of its year (a full year sums to 12).

        Holidays count through the working days of the month, so a Lebaran month is lower.
        A month cut by LAST_DATE keeps only its share up to that day.
        """
        tahun_penuh = _kalender_hari(date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31))
        hari, luring = tahun_penuh
        bulan = hari.astype("datetime64[M]")
        kerja_per_bulan = np.bincount(
            (bulan - bulan[0]).astype(int), weights=luring, minlength=12 * len(YEARS)
        )
        faktor = kerja_per_bulan * np.tile(_POLA_BULAN * _MUSIM[musim], len(YEARS))
        faktor = faktor.reshape(len(YEARS), 12)
        faktor = faktor / faktor.sum(axis=1, keepdims=True) * 12
        faktor = faktor.ravel()[: self.n_bulan].copy()
        # the last month may be partial: keep the share of its working weight before LAST_DATE
        awal, akhir = self.bulan_awal[-1], self.bulan_akhir[-1]
        bulan_terakhir = np.datetime64(LAST_DATE, "M")
        penuh = luring[(bulan == bulan_terakhir)].sum()
        faktor[-1] *= self.bobot_luring[awal:akhir].sum() / penuh
        return faktor


def _libur() -> np.ndarray:
    return np.array(
        [f"{tahun}-{md}" for tahun, hari in _LIBUR.items() for md in hari.split()],
        dtype="datetime64[D]",
    )


def _kalender_hari(awal: date, akhir: date) -> tuple[np.ndarray, np.ndarray]:
    hari = np.arange(np.datetime64(awal, "D"), np.datetime64(akhir, "D") + 1)
    luring = _BOBOT_LURING[_hari_dalam_pekan(hari)]
    luring[np.isin(hari, _libur())] = 0.0
    return hari, luring


def _hari_dalam_pekan(hari: np.ndarray) -> np.ndarray:
    # 1970-01-01 was a Thursday (weekday 3 with Monday = 0)
    return (hari.astype(np.int64) + 3) % 7


def buat_kalender() -> Kalender:
    hari, luring = _kalender_hari(date(FIRST_YEAR, 1, 1), LAST_DATE)
    daring = _BOBOT_DARING[_hari_dalam_pekan(hari)]
    daring[np.isin(hari, _libur())] *= 0.4
    bulan = hari.astype("datetime64[M]")
    bulan_unik, bulan_awal = np.unique(bulan, return_index=True)
    bulan_akhir = np.append(bulan_awal[1:], len(hari))
    tahun = hari.astype("datetime64[Y]").astype(int) + 1970
    kerja = (luring >= 0.8).astype(int)
    return Kalender(
        hari=hari,
        bulan_awal=bulan_awal,
        bulan_akhir=bulan_akhir,
        tahun_bulan=bulan_unik.astype("datetime64[Y]").astype(int) + 1970,
        nomor_bulan=bulan_unik.astype(int) % 12 + 1,
        bobot_luring=luring,
        bobot_daring=daring,
        hari_kerja={int(t): int(kerja[tahun == t].sum()) for t in YEARS},
    )


def pilih_hari(rng: np.random.Generator, kal: Kalender, bulan: np.ndarray, bobot: np.ndarray) -> np.ndarray:
    """A day (index into kal.hari) inside each row's month, drawn by the day weights."""
    kumulatif = np.cumsum(bobot)
    sebelum = np.concatenate(([0.0], kumulatif))
    lo = sebelum[kal.bulan_awal[bulan]]
    hi = sebelum[kal.bulan_akhir[bulan]]
    titik = lo + rng.random(len(bulan)) * (hi - lo)
    idx = np.searchsorted(kumulatif, titik, side="right")
    return np.clip(idx, kal.bulan_awal[bulan], kal.bulan_akhir[bulan] - 1)
