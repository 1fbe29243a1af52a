"""Pace of a count in a year still running: a projection to 31 December.

The method (the definitions page states it, kinerja/text/definisi.py): this year's count
from January to the month the data runs to, divided by the share last year's same months
had of last year's whole year. Without last year's data for those months, a straight
line: the count so far × 12 / months so far. Only counts with a value per month can be
projected this way (applications); innovations and awards carry a year, not a date.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from kinerja.indicators import metrics
from kinerja.indicators.registry import BY_CODE

Method = Literal["pola_tahun_lalu", "garis_lurus"]


@dataclass(frozen=True)
class Projection:
    kode: str
    bulan: int  # the year runs January to this month
    sejauh_ini: float  # the count from January to `bulan`
    proyeksi: float  # the projected count on 31 December
    metode: Method


def project(so_far: float, months: int, last_year: list[float] | None) -> tuple[float, Method]:
    """The count on 31 December from `so_far` over January..`months`, and the method used.

    `last_year` holds last year's twelve monthly counts (or None): when its first `months`
    months hold any row, the projection is so_far × (last year's total / those months' sum).
    """
    if not 1 <= months <= 12:
        raise ValueError(f"months must be 1–12, not {months}")
    if last_year is not None:
        same_months = sum(last_year[:months])
        if same_months > 0:
            return so_far * sum(last_year) / same_months, "pola_tahun_lalu"
    return so_far * 12 / months, "garis_lurus"


def projectable(code: str) -> bool:
    """A count that grows through the year and has a value per month."""
    ind = BY_CODE[code]
    return ind.accumulates and ind.dated == "date"


def projection(con, opd: list[str], tahun: int, bulan: int, code: str = "W1_permohonan") -> Projection:
    """Project `code` for the OPD set to 31 December of `tahun`, whose data run to `bulan`."""
    if not projectable(code):
        raise ValueError(f"{code} is not a count with monthly values")
    frame = metrics.values(
        con, opd=opd, tahun_dari=tahun - 1, tahun_sampai=tahun, per_bulan=True, codes=[code]
    )
    by_year: dict[int, list[float]] = {tahun - 1: [0.0] * 12, tahun: [0.0] * 12}
    for year, month, value in frame.select("tahun", "bulan", "nilai").iter_rows():
        by_year[year][month - 1] = value or 0.0
    so_far = sum(by_year[tahun][:bulan])
    value, method = project(so_far, bulan, by_year[tahun - 1])
    return Projection(kode=code, bulan=bulan, sejauh_ini=so_far, proyeksi=value, metode=method)


def rounded(value: float) -> int:
    """A projection as shown: to the hundred from 10,000, to the ten from 1,000, else whole
    (more digits would claim a precision a projection does not have)."""
    step = 100 if value >= 10_000 else 10 if value >= 1_000 else 1
    return int(math.floor(value / step + 0.5) * step)
