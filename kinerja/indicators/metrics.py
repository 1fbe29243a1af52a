"""The indicator runner: runs `queries/*.sql` with bound parameters, returns Polars frames.

Every indicator is defined once, in its query file. The same query answers the region
(one row per year), the per-OPD table behind a ranking (`per_opd`) and monthly series
(`per_bulan`), so no page or deck ever re-implements a formula.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import polars as pl

from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE, CODES, achievement
from kinerja.sql import load_sql, run  # noqa: F401  (re-exported for callers of the runner)

# Query files of one call run side by side when the caller can open more cursors on the
# same data (`spawn`): DuckDB releases the GIL while it runs, and a page's dozens of small
# queries are mostly fixed costs that two cores overlap.
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kinerja-query")


def _query_codes(codes) -> dict[str, list[str]]:
    by_query: dict[str, list[str]] = {}
    for code in codes:
        by_query.setdefault(BY_CODE[code].query, []).append(code)
    return by_query


def values(
    con,
    *,
    opd: list[str],
    tahun_dari: int,
    tahun_sampai: int | None = None,
    sampai_bulan: int | None = None,
    per_opd: bool = False,
    per_bulan: bool = False,
    codes: list[str] | tuple[str, ...] = CODES,
    spawn=None,
) -> pl.DataFrame:
    """Indicator values, long: kode_opd, tahun, bulan, kode, nilai — one row per group and
    code, including groups without rows (0 for counts, null otherwise), sorted.
    `spawn()`: a new cursor on exactly the data of `con` (the app's reader at one version),
    to run the query files side by side; without it they run one after the other on `con`."""
    tahun_sampai = tahun_dari if tahun_sampai is None else tahun_sampai
    if per_bulan:
        codes = [c for c in codes if BY_CODE[c].monthly]
    params = dict(
        opd=list(opd),
        tahun_dari=tahun_dari,
        tahun_sampai=tahun_sampai,
        sampai_bulan=sampai_bulan,
        per_opd=per_opd,
        per_bulan=per_bulan,
    )
    if spawn is None:
        found = collect(lambda query, **p: run(con, query, **p), codes, params)
    else:

        def on_own_cursor(query, **p):
            cur = spawn()
            try:
                return run(cur, query, **p)
            finally:
                cur.close()

        found = collect(on_own_cursor, codes, params, _POOL)
    rows = grid(codes, opd if per_opd else [None], tahun_dari, tahun_sampai, per_bulan, sampai_bulan)
    return complete(found.drop("kode_wilayah"), rows, codes)


def collect(run_query, codes, params: dict, pool=None) -> pl.DataFrame:
    """Run each query file behind `codes` once with `params` (on any engine: `run_query(name,
    **params)` returns a Polars frame) into one long frame: kode_wilayah, kode_opd, tahun,
    bulan, kode, nilai — only the groups that have rows. With a `pool` (an executor) the
    query files run side by side."""
    by_query = _query_codes(codes)
    if pool is not None and len(by_query) > 1:
        frames = list(pool.map(lambda query: run_query(query, **params), by_query))
    else:
        frames = [run_query(query, **params) for query in by_query]
    parts = []
    for frame, wanted in zip(frames, by_query.values(), strict=True):
        if "bulan" not in frame.columns:
            frame = frame.with_columns(bulan=pl.lit(None, pl.Int64))
        parts.append(
            frame.select(
                pl.col("kode_wilayah").cast(pl.String),
                pl.col("kode_opd").cast(pl.String),
                pl.col("tahun").cast(pl.Int64),
                pl.col("bulan").cast(pl.Int64),
                *[pl.col(c).cast(pl.Float64) for c in wanted],
            ).unpivot(
                index=["kode_wilayah", "kode_opd", "tahun", "bulan"], variable_name="kode", value_name="nilai"
            )
        )
    return pl.concat(parts) if parts else _empty_long().with_columns(kode_wilayah=pl.lit(None, pl.String))


def complete(found: pl.DataFrame, rows: pl.DataFrame, codes) -> pl.DataFrame:
    """The values of `found` on every row of `rows` (kode_opd, tahun, bulan, kode): a group
    without rows counts 0 and has no mean, median or ratio (contract section 2)."""
    counts = [c for c in codes if BY_CODE[c].is_count]
    return (
        rows.join(found, on=["kode_opd", "tahun", "bulan", "kode"], how="left", nulls_equal=True)
        .with_columns(
            nilai=pl.when(pl.col("kode").is_in(counts) & pl.col("nilai").is_null())
            .then(0.0)
            .otherwise(pl.col("nilai"))
        )
        .sort("kode_opd", "tahun", "bulan", "kode", nulls_last=False)
    )


def _empty_long() -> pl.DataFrame:
    return pl.DataFrame(
        schema={
            "kode_opd": pl.String,
            "tahun": pl.Int64,
            "bulan": pl.Int64,
            "kode": pl.String,
            "nilai": pl.Float64,
        }
    )


def grid(codes, opds, tahun_dari, tahun_sampai, per_bulan=False, sampai_bulan=None) -> pl.DataFrame:
    """Every (kode_opd, tahun, bulan, kode) a result has a row for."""
    months = list(range(1, (sampai_bulan or 12) + 1)) if per_bulan else [None]
    return (
        pl.DataFrame({"kode_opd": pl.Series(opds, dtype=pl.String)})
        .join(
            pl.DataFrame({"tahun": range(tahun_dari, tahun_sampai + 1)}, schema={"tahun": pl.Int64}),
            how="cross",
        )
        .join(pl.DataFrame({"bulan": pl.Series(months, dtype=pl.Int64)}), how="cross")
        .join(pl.DataFrame({"kode": pl.Series(list(codes), dtype=pl.String)}), how="cross")
    )


def targets(con, tahun_dari: int, tahun_sampai: int | None = None) -> pl.DataFrame:
    tahun_sampai = tahun_dari if tahun_sampai is None else tahun_sampai
    return run(con, "target", tahun_dari=tahun_dari, tahun_sampai=tahun_sampai)


def with_achievement(frame: pl.DataFrame, target_rows: pl.DataFrame, scope: str | None) -> pl.DataFrame:
    """Add target, capaian_pct, status and grade (IKM mutu, SPBE predikat) to a long frame.

    `scope` says which targets apply (contract section 2): "wilayah" for the region-wide
    targets (kode_opd empty), "opd" for each row's own OPD target (per-OPD tables, or a
    set of exactly one named OPD), None for no target at all.
    """
    if scope is None:
        picked = target_rows.clear()
    elif scope == "wilayah":
        picked = target_rows.filter(pl.col("kode_opd").is_null())
    else:
        picked = target_rows.filter(pl.col("kode_opd").is_not_null())
    picked = picked.select(
        pl.col("kode_indikator").alias("kode"),
        pl.col("tahun").cast(pl.Int64),
        pl.col("kode_opd").cast(pl.String).alias("_target_opd"),
        pl.col("nilai_target").cast(pl.Float64).alias("target"),
    )
    on_opd = "kode_opd" if scope == "opd" else None
    if scope == "opd" and frame["kode_opd"].is_null().all() and frame.height:
        raise ValueError("scope 'opd' needs rows per OPD; pass the OPD code as kode_opd")
    left_on = ["kode", "tahun"] + ([on_opd] if on_opd else [])
    right_on = ["kode", "tahun"] + (["_target_opd"] if on_opd else [])
    if not on_opd:
        picked = picked.drop("_target_opd")
    joined = frame.join(picked, left_on=left_on, right_on=right_on, how="left")
    capaian, status, grade = [], [], []
    for kode, nilai, target in joined.select("kode", "nilai", "target").iter_rows():
        c, s = achievement(nilai, target, BY_CODE[kode].polarity)
        capaian.append(c)
        status.append(s)
        grade.append(rules.grade(kode, nilai))
    return joined.with_columns(
        capaian_pct=pl.Series(capaian, dtype=pl.Float64),
        status=pl.Series(status, dtype=pl.String),
        grade=pl.Series(grade, dtype=pl.String),
    )


def scorecard(
    con, selection, tahun: int, sampai_bulan: int | None = None, codes=CODES, spawn=None
) -> pl.DataFrame:
    """Every indicator for one year and one OPD set, with target and achievement:
    kode, nilai, target, capaian_pct, status, grade (one row per code, registry order).
    `spawn`: as for values()."""
    frame = values(
        con, opd=selection.opd, tahun_dari=tahun, sampai_bulan=sampai_bulan, codes=codes, spawn=spawn
    )
    return in_registry_order(judge(frame, targets(con, tahun), selection, sampai_bulan))


def in_registry_order(card: pl.DataFrame) -> pl.DataFrame:
    order = {c: i for i, c in enumerate(CODES)}
    return card.sort(pl.col("kode").replace_strict(order, return_dtype=pl.Int64))


def judge(frame: pl.DataFrame, target_rows: pl.DataFrame, selection, sampai_bulan: int | None = None):
    """Values of one OPD set (a long frame of any years) against the targets the scorecard
    applies to that set: the region's, the one named OPD's, or none for part of a year."""
    scope = None if sampai_bulan else selection.target_scope  # rules.target_scope: none for part of a year
    if scope == "opd":
        frame = frame.with_columns(kode_opd=pl.lit(selection.opd[0]))
    return with_achievement(frame, target_rows, scope)


def ranking(con, code: str, opd: list[str], tahun: int, sampai_bulan: int | None = None) -> pl.DataFrame:
    """One indicator per OPD (for leaders and laggards), each against its own OPD target."""
    frame = values(con, opd=opd, tahun_dari=tahun, sampai_bulan=sampai_bulan, per_opd=True, codes=[code])
    return with_achievement(frame, targets(con, tahun), None if sampai_bulan else rules.OPD_SCOPE)


def as_json(card: pl.DataFrame) -> dict[str, dict]:
    """A scorecard as the contract's `indikator` object: counts as integers, the IKM grade
    as `mutu`, the SPBE predicate as `predikat`, numbers unrounded."""
    out = {}
    for row in card.iter_rows(named=True):
        nilai = row["nilai"]
        if nilai is not None and BY_CODE[row["kode"]].is_count:
            nilai = int(nilai)
        item = {"nilai": nilai}
        kind = BY_CODE[row["kode"]].grade
        if kind is not None:
            item[kind] = row["grade"]
        item |= {"target": row["target"], "capaian_pct": row["capaian_pct"], "status": row["status"]}
        out[row["kode"]] = item
    return out


def freshness(con, tahun: int):
    """The latest date loaded in the year over the dated tables ("data per …"), or None."""
    dates = [d for d in run(con, "kesegaran", tahun=tahun)["tanggal_terakhir"] if d is not None]
    return max(dates) if dates else None


def running_month(con, tahun: int) -> int | None:
    """rules.running_month on this database: the last month of `tahun` while it is still
    running (the latest year with data, stopping before 31 December), else None."""
    latest = run(con, "tahun_terakhir")["tahun"][0]
    return rules.running_month(tahun, latest, freshness(con, tahun))
