"""Benchmark of the core at scale: prints figures and writes them as JSON.

    .venv/bin/python benchmark/bench.py --permohonan 10000000 --skm 1000000
    .venv/bin/python benchmark/bench.py --skala 1          # the demo source as shipped

Dimension tables come from the demo generator; at a given --permohonan the fact tables
are synthetic rows written by DuckDB (clean canonical CSV, in date order as exports
come). Measured, each the median of several runs where it is cheap enough:
- import of the source in a fresh process, replace mode, every check of section 3,
  rollback version included: rows/s of permohonan and peak resident memory; against
  DuckDB's own typed read_csv of permohonan.csv, also a fresh process, in `--rounds`
  interleaved rounds (the ratio is of the two medians);
- all indicators of one year in a warm process, and a per-OPD ranking of one indicator;
- a whole cold `python -m kinerja indicators --json` process: wall time and peak memory;
- beside it, a whole cold `python -m kinerja ringkasan --json` process (every indicator now
  and on the version kept before the second import, per-OPD statuses, months without data,
  the running year's projection, the sentences) and its ratio to `indicators` (target 1.5×);
- the same overview aggregations in pandas, as the baseline (ratio printed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from kinerja.demo import write_demo  # noqa: E402
from kinerja.indicators import filters, metrics  # noqa: E402
from kinerja.storage import db  # noqa: E402


def synthetic_facts(dims: Path, out: Path, n_permohonan: int, n_skm: int, years: tuple[int, int]) -> None:
    """Clean canonical CSVs of permohonan and skm over the demo's services, date-ordered."""
    con = duckdb.connect()
    con.execute("CREATE TABLE layanan AS SELECT * FROM read_csv(?)", [str(dims / "layanan.csv")])
    con.execute("CREATE TABLE l AS SELECT row_number() OVER () - 1 AS i, kode_layanan, sla_hari FROM layanan")
    n_layanan = con.sql("SELECT count(*) FROM l").fetchall()[0][0]
    first, last = years
    days = (dt.date(last, 12, 31) - dt.date(first, 1, 1)).days + 1
    con.execute(
        f"""COPY (
            SELECT 'P' || lpad(CAST(r AS VARCHAR), 9, '0') AS id_permohonan, l.kode_layanan,
                   tanggal_masuk,
                   CASE WHEN u < 0.9 THEN tanggal_masuk + CAST(floor(u2 * l.sla_hari * 1.5) AS INTEGER) END
                       AS tanggal_selesai,
                   CASE WHEN u3 < 0.55 THEN 'online' ELSE 'offline' END AS kanal,
                   CASE WHEN u < 0.9 THEN 'selesai' WHEN u < 0.95 THEN 'ditolak' ELSE 'proses' END AS status
            FROM (
                SELECT r, DATE '{first}-01-01' + CAST(r * {days} // {n_permohonan} AS INTEGER) AS tanggal_masuk,
                       hash(r) % {n_layanan} AS li, random() AS u, random() AS u2, random() AS u3
                FROM range({n_permohonan}) t(r)
            ) x JOIN l ON l.i = x.li
            ORDER BY r
        ) TO '{out / "permohonan.csv"}' (HEADER, DELIMITER ',')"""
    )
    elements = ", ".join(f"1 + CAST(floor(random() * 3.999) AS INTEGER) AS u{i}" for i in range(1, 10))
    con.execute(
        f"""COPY (
            SELECT 'R' || lpad(CAST(r AS VARCHAR), 9, '0') AS id_responden, l.kode_layanan,
                   DATE '{first}-01-01' + CAST(r * {days} // {n_skm} AS INTEGER) AS tanggal, {elements}
            FROM range({n_skm}) t(r) JOIN l ON l.i = hash(r) % {n_layanan}
            ORDER BY r
        ) TO '{out / "skm.csv"}' (HEADER, DELIMITER ',')"""
    )
    con.close()


def run_child(args: list[str], env: dict | None = None) -> tuple[float, float, str]:
    """Wall seconds, peak resident MB and stdout of a fresh Python process."""
    code = (
        "import runpy, sys;"
        f"sys.argv = {args!r};"
        "rc = 0\n"
        "try:\n runpy.run_module('kinerja', run_name='__main__')\n"
        "except SystemExit as e:\n rc = e.code or 0\n"
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking parent
        "peak = next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "print('@@peak', peak, file=sys.stderr)\n"
        "sys.exit(rc)"
    )
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    peak_kb = int(next(line.split()[1] for line in proc.stderr.splitlines() if line.startswith("@@peak")))
    return wall, peak_kb / 1024, proc.stdout


BASELINE = """
import duckdb, sys
types = {"id_permohonan": "VARCHAR", "kode_layanan": "VARCHAR", "tanggal_masuk": "DATE",
         "tanggal_selesai": "DATE", "kanal": "VARCHAR", "status": "VARCHAR"}
con = duckdb.connect(sys.argv[1])
con.execute("CREATE TABLE permohonan AS SELECT * FROM read_csv(?, header = true, types = ?)", [sys.argv[2], types])
con.sql("CHECKPOINT")
con.close()
"""


def children_cpu() -> float:
    """CPU seconds (user + system, all threads) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def duckdb_baseline(csv: Path, work: Path) -> tuple[float, float]:
    """DuckDB's own typed read_csv of the same file into a fresh database file, in a fresh
    process as the import runs: the ceiling an import with checks can approach on this
    machine. Wall and CPU seconds, process start included."""
    path = work / "baseline.duckdb"
    cpu, start = children_cpu(), time.perf_counter()
    subprocess.run([sys.executable, "-c", BASELINE, str(path), str(csv)], check=True, cwd=ROOT)
    seconds = time.perf_counter() - start
    path.unlink()
    return seconds, children_cpu() - cpu


def interleaved_import(src: Path, work: Path, rounds: int) -> dict:
    """Rounds of (baseline, import into a fresh database), each a fresh process, one after
    the other so that the machine's load weighs on both alike: medians and their ratio."""
    base, imp, peak, base_cpu, imp_cpu, load = [], [], [], [], [], []
    for i in range(rounds):
        load.append(round(os.getloadavg()[0], 2))
        wall, cpu = duckdb_baseline(src / "permohonan.csv", work)
        base.append(wall)
        base_cpu.append(cpu)
        db_path = work / f"runde-{i}" / "kinerja.duckdb"
        cpu = children_cpu()
        wall, mb, _ = run_child(["kinerja", "import", str(src), "--db", str(db_path)])
        imp.append(wall)
        imp_cpu.append(children_cpu() - cpu)
        peak.append(mb)
        print(
            f"round {i + 1}: import {wall:.2f} s ({imp_cpu[-1]:.2f} s CPU), "
            f"DuckDB read_csv {base[-1]:.2f} s ({base_cpu[-1]:.2f} s CPU)",
            flush=True,
        )
    return {
        "import_rounds": [round(x, 2) for x in imp],
        "baseline_rounds": [round(x, 2) for x in base],
        "import_cpu_rounds": [round(x, 2) for x in imp_cpu],
        "baseline_cpu_rounds": [round(x, 2) for x in base_cpu],
        "load_rounds": load,
        "import": statistics.median(imp),
        "baseline": statistics.median(base),
        # CPU seconds are what a loaded machine changes least: the same ratio, steadier
        "cpu_ratio": statistics.median(imp_cpu) / statistics.median(base_cpu),
        "peak": max(peak),
        "last_db": db_path,
    }


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pandas_overview(db_path: Path, tahun: int) -> float:
    """The Work overview (count, online %, on-time %, median days, IKM, per-OPD ranking,
    36-month series) in pandas, from frames already in memory: seconds."""
    import pandas as pd

    con = duckdb.connect(str(db_path), read_only=True)
    p = con.sql("SELECT * FROM permohonan").df()
    s = con.sql("SELECT * FROM skm").df()
    lay = con.sql("SELECT * FROM layanan").df()
    con.close()

    def run():
        pj = p.merge(lay[["kode_layanan", "kode_opd", "sla_hari"]], on="kode_layanan")
        pj["tahun"] = pd.to_datetime(pj["tanggal_masuk"]).dt.year
        y = pj[pj["tahun"] == tahun]
        done = y[y["status"] == "selesai"]
        days = (pd.to_datetime(done["tanggal_selesai"]) - pd.to_datetime(done["tanggal_masuk"])).dt.days
        _ = (
            len(y),
            100 * (y["kanal"] == "online").mean(),
            100 * (days <= done["sla_hari"]).mean(),
            days.median(),
        )
        sj = s.merge(lay[["kode_layanan", "kode_opd"]], on="kode_layanan")
        sy = sj[pd.to_datetime(sj["tanggal"]).dt.year == tahun]
        _ = 25 * sy[[f"u{i}" for i in range(1, 10)]].mean().sum() / 9
        done = done.assign(ontime=days <= done["sla_hari"])
        _ = done.groupby("kode_opd")["ontime"].mean().sort_values()
        _ = pj.groupby(pd.to_datetime(pj["tanggal_masuk"]).dt.to_period("M")).size()

    return median_time(run, 3)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--skala", type=float, default=None, help="benchmark the demo source at this scale")
    ap.add_argument("--permohonan", type=int, default=10_000_000)
    ap.add_argument("--skm", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--no-pandas", action="store_true")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds of import and baseline")
    args = ap.parse_args()
    started = dt.datetime.now(dt.UTC)
    load_start = [round(x, 2) for x in os.getloadavg()]

    work = Path(tempfile.mkdtemp(prefix="kinerja-bench-"))
    src = work / "sumber"
    src.mkdir()
    rows = write_demo(src, skala=args.skala or 0.05, seed=2026)
    if args.skala is None:
        synthetic_facts(src, src, args.permohonan, args.skm, (2023, 2025))
        rows["permohonan"], rows["skm"] = args.permohonan, args.skm
    n_perm = rows["permohonan"]
    print(f"source: {work} — permohonan {n_perm:,}, skm {rows['skm']:,}")

    runs = interleaved_import(src, work, args.rounds)
    baseline, imp_wall, imp_peak, db_path = runs["baseline"], runs["import"], runs["peak"], runs["last_db"]
    # a second import over the first also keeps the earlier version for rollback
    imp2_wall, imp2_peak, _ = run_child(["kinerja", "import", str(src), "--db", str(db_path)])

    con = db.open_readonly(db_path)
    tahun = con.sql("SELECT max(year(tanggal_masuk)) FROM permohonan").fetchall()[0][0]
    sel = filters.resolve(metrics.run(con, "opd"))
    metrics.scorecard(con, sel, tahun)  # warm-up
    warm_all = median_time(lambda: metrics.scorecard(con, sel, tahun), 7)
    metrics.ranking(con, "W3_tepat_waktu_pct", sel.opd, tahun)
    warm_rank = median_time(lambda: metrics.ranking(con, "W3_tepat_waktu_pct", sel.opd, tahun), 9)
    warm_rank_w2 = median_time(lambda: metrics.ranking(con, "W2_online_pct", sel.opd, tahun), 9)
    series = median_time(
        lambda: metrics.values(con, opd=sel.opd, tahun_dari=tahun - 2, tahun_sampai=tahun, per_bulan=True), 5
    )
    # alternated, so both processes meet the same page cache and machine load
    cold, cold_summary = [], []
    for _ in range(3):
        for verb, got in (("indicators", cold), ("ringkasan", cold_summary)):
            got.append(run_child(["kinerja", verb, "--tahun", str(tahun), "--db", str(db_path), "--json"]))
    cold_wall = statistics.median(c[0] for c in cold)
    cold_peak = max(c[1] for c in cold)
    summary_wall = statistics.median(c[0] for c in cold_summary)
    summary_peak = max(c[1] for c in cold_summary)
    pandas_s = None if args.no_pandas else pandas_overview(db_path, tahun)
    duck_overview = median_time(
        lambda: (
            metrics.values(
                con,
                opd=sel.opd,
                tahun_dari=tahun,
                codes=["W1_permohonan", "W2_online_pct", "W3_tepat_waktu_pct", "W4_median_hari", "W5_ikm"],
            ),
            metrics.ranking(con, "W3_tepat_waktu_pct", sel.opd, tahun),
            metrics.values(
                con,
                opd=sel.opd,
                tahun_dari=tahun - 2,
                tahun_sampai=tahun,
                per_bulan=True,
                codes=["W1_permohonan"],
            ),
        ),
        5,
    )

    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "permohonan": n_perm,
        "skm": rows["skm"],
        "import_seconds": round(imp_wall, 2),
        "import_rows_per_second": round(n_perm / imp_wall),
        "import_peak_mb": round(imp_peak),
        "duckdb_typed_read_csv_rows_per_second": None if baseline is None else round(n_perm / baseline),
        "import_over_duckdb_read_csv": None if baseline is None else round(imp_wall / baseline, 3),
        "import_over_duckdb_read_csv_cpu": round(runs["cpu_ratio"], 3),
        "import_rounds_seconds": runs["import_rounds"],
        "duckdb_read_csv_rounds_seconds": runs["baseline_rounds"],
        "import_cpu_rounds_seconds": runs["import_cpu_rounds"],
        "duckdb_read_csv_cpu_rounds_seconds": runs["baseline_cpu_rounds"],
        "load_average_1m_at_each_round": runs["load_rounds"],
        "reimport_seconds": round(imp2_wall, 2),
        "reimport_rows_per_second": round(n_perm / imp2_wall),
        "reimport_peak_mb": round(imp2_peak),
        "all_indicators_warm_seconds": round(warm_all, 4),
        "ranking_w3_warm_seconds": round(warm_rank, 4),
        "ranking_w2_warm_seconds": round(warm_rank_w2, 4),
        "monthly_series_3y_warm_seconds": round(series, 4),
        "cold_indicators_process_seconds": round(cold_wall, 3),
        "cold_indicators_process_peak_mb": round(cold_peak),
        "cold_ringkasan_process_seconds": round(summary_wall, 3),
        "cold_ringkasan_process_peak_mb": round(summary_peak),
        "ringkasan_over_indicators": round(summary_wall / cold_wall, 2),
        "work_overview_duckdb_seconds": round(duck_overview, 4),
        "work_overview_pandas_seconds": None if pandas_s is None else round(pandas_s, 3),
        "pandas_over_duckdb": None if pandas_s is None else round(pandas_s / duck_overview, 1),
        "db_file_mb": round(db_path.stat().st_size / 2**20, 1),
        # the machine's load (1, 5, 15 minutes) when the run began and ended: figures from
        # a loaded machine are upper bounds
        "started_utc": started.strftime("%Y-%m-%d %H:%M"),
        "finished_utc": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M"),
        "load_average_at_start": load_start,
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
    }
    width = max(map(len, result))
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")
    out = args.out or ROOT / "benchmark" / f"results-{n_perm}.json"
    out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"written: {out}")


if __name__ == "__main__":
    main()
