"""Which OPD an indicator covers (contract section 2), from the filters a user gives."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from kinerja.indicators import rules
from kinerja.ingest.schema import JENIS_OPD


class FilterError(ValueError):
    """A filter that names nothing known, or selects no OPD; the text is bilingual."""


@dataclass(frozen=True)
class Selection:
    opd: list[str]  # codes of the set S, sorted
    target_scope: str | None  # "wilayah", "opd" (S is one OPD named with --opd) or None
    filtered: bool


def resolve(
    opd_table: pl.DataFrame, opd: list[str] | None = None, jenis: list[str] | None = None
) -> Selection:
    """S from `--opd` and `--jenis-opd` (both: their intersection); no filter: active OPD.

    `opd_table` is the result of queries/opd.sql.
    """
    # a code named twice is one OPD named (its single-OPD target still applies)
    opd = list(dict.fromkeys(c for c in (opd or []) if c))
    jenis = [j.strip().lower() for j in (jenis or []) if j.strip()]
    known = set(opd_table["kode_opd"].to_list())
    unknown = [c for c in opd if c not in known]
    if unknown:
        raise FilterError(f"Kode OPD tidak dikenal: {', '.join(unknown)} (unknown OPD code)")
    bad_kinds = [j for j in jenis if j not in JENIS_OPD]
    if bad_kinds:
        raise FilterError(
            f"Jenis OPD tidak dikenal: {', '.join(bad_kinds)}; pilihan: {', '.join(JENIS_OPD)}"
            " (unknown kind of OPD)"
        )
    chosen = set(opd) if opd else None
    if jenis:
        of_kind = opd_table.filter(pl.col("aktif") & pl.col("jenis_opd").is_in(jenis))
        kinds = set(of_kind["kode_opd"].to_list())
        chosen = kinds if chosen is None else chosen & kinds
    if chosen is None:
        chosen = set(opd_table.filter(pl.col("aktif"))["kode_opd"].to_list())
    if not chosen:
        raise FilterError("Filter tidak memilih satu OPD pun (the filter selects no OPD)")
    scope = rules.target_scope(opd, jenis, chosen)
    return Selection(opd=sorted(chosen), target_scope=scope, filtered=bool(opd or jenis))
