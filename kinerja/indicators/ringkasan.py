"""What changed since the latest import, and whom to follow up (contract section 5).

`summarize` is `python -m kinerja ringkasan --json`: every indicator now and on the state
`rollback` would restore now (a version kept beside the database, opened read-only), the
OPD of the selection that need a call (`kejar`), and the sentences (kinerja.indicators.kalimat).
Nothing here writes: the history is read as a file and no version is ever adopted or moved.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from kinerja.indicators import filters, metrics, rules
from kinerja.indicators.filters import FilterError
from kinerja.indicators.pace import Projection, projectable, projection
from kinerja.indicators.registry import BY_CODE, CODES
from kinerja.storage import db
from kinerja.storage.store import Store


@dataclass(frozen=True)
class YearState:
    tahun: int
    tahun_terakhir: int | None  # the latest year with facts
    tanggal_terakhir: dt.date | None  # the year's latest tanggal_masuk, any OPD

    @property
    def running(self) -> bool:
        """The latest year with facts whose applications stop before 31 December."""
        return rules.running_month(self.tahun, self.tahun_terakhir, self.tanggal_terakhir) is not None

    @property
    def bulan_akhir(self) -> int:
        """The month of the year's latest application; 0 when it has none."""
        return self.tanggal_terakhir.month if self.tanggal_terakhir else 0


@dataclass(frozen=True)
class Summary:
    tahun: int
    opd: list[str]
    impor_sekarang: str | None
    impor_sebelumnya: str | None
    sekarang: pl.DataFrame  # metrics.scorecard now
    sebelumnya: pl.DataFrame | None  # the same on the state rollback would restore
    kejar: list[dict]
    year: YearState
    pace: list[Projection]  # counts projected to 31 December in a running year

    def perubahan(self) -> dict[str, dict]:
        now = _by_code(self.sekarang)
        before = _by_code(self.sebelumnya) if self.sebelumnya is not None else {}
        out = {}
        for code in CODES:
            sek, status_sek = now[code]
            seb, status_seb = before.get(code, (None, None))
            out[code] = {
                "sebelumnya": seb,
                "sekarang": sek,
                "selisih": None if seb is None or sek is None else sek - seb,
                "status_sebelumnya": status_seb,
                "status_sekarang": status_sek,
            }
        return out


def summarize(db_path, tahun: int, opd=(), jenis=(), bahasa: str = "id", con=None, scorecard=None) -> dict:
    """The JSON object of contract section 5. Raises FilterError for an unknown OPD code or
    kind, or filters that select no OPD; db.NoDatabase when the database does not exist.
    `con`: an open connection on the live data of `db_path` (the app's cursor at its
    version), used instead of opening one; `scorecard(selection)`: the scorecard of the
    live data for a resolved selection and `tahun`, when the caller keeps one (the app's
    cache), instead of metrics.scorecard on `con`."""
    from kinerja.indicators.kalimat import sentences

    summary = build(db_path, tahun, opd, jenis, con, scorecard)
    return {
        "tahun": summary.tahun,
        "opd": summary.opd,
        "impor": {"sekarang": summary.impor_sekarang, "sebelumnya": summary.impor_sebelumnya},
        "perubahan": summary.perubahan(),
        "kejar": summary.kejar,
        "kalimat": sentences(summary, bahasa),
    }


def build(db_path, tahun: int, opd=(), jenis=(), con=None, scorecard=None) -> Summary:
    store = Store(Path(db_path))
    history = store.history()
    latest = next((e for e in history if not e.get("dibatalkan")), None)
    before_path, before_time = previous_state(store, history)
    # the state before runs on its own connection beside the state now (DuckDB releases
    # the GIL while it works): a cold `ringkasan` stays close to a cold `indicators`
    with ThreadPoolExecutor(max_workers=1) as pool:
        before = pool.submit(_scorecard_at, before_path, tahun, opd, jenis) if before_path else None
        selection, card, year, kejar, pace = _now(con or db_path, tahun, opd, jenis, scorecard)
        card_before = before.result() if before else None
    return Summary(
        tahun=tahun,
        opd=selection.opd,
        impor_sekarang=latest["waktu"] if latest else None,
        impor_sebelumnya=before_time,
        sekarang=card,
        sebelumnya=card_before,
        kejar=kejar,
        year=year,
        pace=pace,
    )


def _now(live, tahun: int, opd, jenis, scorecard=None) -> tuple:
    """The selection, scorecard, year, follow-up list and projections on the live data
    (`live`: its path, or a connection on it, which stays open)."""
    con = db.open_readonly(live) if isinstance(live, str | Path) else live
    try:
        selection = filters.resolve(metrics.run(con, "opd"), list(opd), list(jenis))
        card = scorecard(selection) if scorecard else metrics.scorecard(con, selection, tahun)
        year = year_state(con, tahun)
        kejar = follow_up(con, selection, tahun, year)
        pace = (
            [projection(con, selection.opd, tahun, year.bulan_akhir, c) for c in CODES if projectable(c)]
            if year.running
            else []
        )
    finally:
        if con is not live:
            con.close()
    return selection, card, year, kejar, pace


def year_state(con, tahun: int) -> YearState:
    row = metrics.run(con, "tahun_berjalan", tahun=tahun).row(0, named=True)
    return YearState(tahun, row["tahun_terakhir"], row["tanggal_terakhir"])


def previous_state(store: Store, history: list[dict]) -> tuple[Path | None, str | None]:
    """The version `rollback` would restore now and the time of the import that made it;
    (None, None) when no recorded import made it (before the first import, a database
    adopted from elsewhere) or it is no longer kept."""
    latest = next((e for e in history if not e.get("dibatalkan")), None)
    if latest is None or not latest.get("sebelum"):
        return None, None
    maker = next((e for e in history if e.get("versi") == latest["sebelum"]), None)
    path = store.dir / latest["sebelum"]
    if maker is None or not path.exists():
        return None, None
    return path, maker["waktu"]


def _scorecard_at(path: Path, tahun: int, opd, jenis) -> pl.DataFrame | None:
    """The scorecard on a kept version, S and targets resolved there; None when that
    state cannot answer (the version was pruned meanwhile, or names no such OPD)."""
    try:
        con = db.open_readonly(path)
    except (db.NoDatabase, duckdb.Error):
        return None
    try:
        selection = filters.resolve(metrics.run(con, "opd"), list(opd), list(jenis))
        return metrics.scorecard(con, selection, tahun)
    except FilterError:
        return None
    finally:
        con.close()


def follow_up(con, selection, tahun: int, year: YearState) -> list[dict]:
    """`kejar`: the OPD of the selection with a red indicator of their own, months without
    any application, or (active) no innovation this year; most to follow up first."""
    merah: dict[str, list[str]] = {}
    for kode_opd, kode, status in _own_statuses(con, selection.opd, tahun, year.running).iter_rows():
        if status == "merah":
            merah.setdefault(kode_opd, []).append(kode)
    facts = metrics.run(con, "kejar", opd=selection.opd, tahun=tahun, bulan_akhir=year.bulan_akhir)
    listed = []
    for row in facts.iter_rows(named=True):
        item = {
            "kode_opd": row["kode_opd"],
            "merah": sorted(merah.get(row["kode_opd"], [])),
            "tanpa_inovasi": bool(row["aktif"]) and row["inovasi"] == 0,
            "bulan_kosong": int(row["bulan_kosong"]) if row["layanan"] else 0,
        }
        if item["merah"] or item["tanpa_inovasi"] or item["bulan_kosong"] > 0:
            listed.append(item)
    return sorted(listed, key=follow_up_order)


def _own_statuses(con, opd: list[str], tahun: int, running: bool) -> pl.DataFrame:
    """kode_opd, kode, status of each OPD alone, as `indicators --opd KODE` judges it; only
    where the OPD has a target of its own (no target, no status), so only those are computed."""
    target_rows = metrics.targets(con, tahun)
    own = target_rows.filter(pl.col("kode_opd").is_in(opd) & pl.col("kode_indikator").is_in(CODES))
    codes = [c for c in CODES if c in set(own["kode_indikator"]) and not rules.in_progress(c, running)]
    if not codes:
        return pl.DataFrame(schema={"kode_opd": pl.String, "kode": pl.String, "status": pl.String})
    targeted = sorted(set(own["kode_opd"]))
    frame = metrics.values(con, opd=targeted, tahun_dari=tahun, per_opd=True, codes=codes)
    judged = metrics.with_achievement(frame, target_rows, rules.OPD_SCOPE)
    return judged.select("kode_opd", "kode", "status")


def follow_up_order(item: dict) -> tuple:
    """More red first, then more months without data, then no innovation, then the code."""
    return (-len(item["merah"]), -item["bulan_kosong"], not item["tanpa_inovasi"], item["kode_opd"])


def _by_code(card: pl.DataFrame) -> dict[str, tuple]:
    out = {}
    for kode, nilai, status in card.select("kode", "nilai", "status").iter_rows():
        if nilai is not None and BY_CODE[kode].is_count:
            nilai = int(nilai)
        out[kode] = (nilai, status)
    return out
