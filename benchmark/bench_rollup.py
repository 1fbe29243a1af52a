"""Benchmark of the roll-up across regions (contract section 7): publish, then roll up.

    .venv/bin/python benchmark/bench_rollup.py --wilayah 38 --permohonan 1000000 --salin 514
    .venv/bin/python benchmark/bench_rollup.py --wilayah 3 --permohonan 100000 --salin 0   # quick

Each of --wilayah regencies gets its own synthetic source (the demo's agencies and
services; --permohonan applications and --skm respondents over 2023–2025, from
bench.synthetic_facts), is imported, and publishes with `python -m kinerja terbitkan` in
a fresh process. Measured:
- per regency: publish wall time and peak memory, bytes published, rows of the summaries;
- the roll-up `python -m kinerja gabungan DIR --tahun 2025 --json`, a whole cold process,
  on DuckDB and on Spark local (peak memory of the whole process tree, the JVM included),
  and warm in one process (Spark's session already up); both engines' answers compared;
- with --salin N, the same roll-ups (on --salin-mesin, DuckDB by default) over N regions:
  the published regions cloned by hard links under new codes (files and manifests exactly
  as `terbitkan` writes them), to see how the roll-up grows with the number of regions
  without importing N sources;
- with --besar M, one more regency at M applications, to see how the bytes published grow
  with a regency's size (they hardly do: the summaries count groups, not applications).
Results go to benchmark/results-rollup-<wilayah>x<permohonan>.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmark"))

from bench import synthetic_facts  # noqa: E402

from kinerja.demo import write_demo  # noqa: E402
from kinerja.ingest.importer import import_source  # noqa: E402
from kinerja.rollup import layout  # noqa: E402
from kinerja.rollup.compute import gabungan  # noqa: E402

TAHUN = 2025


def run_tree(args: list[str], timeout: float = 3600) -> tuple[float, float, str]:
    """Wall seconds, peak resident MB of the process and all its children together (Spark's
    JVM included), and stdout of `python -m kinerja ARGS` in a fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kinerja", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak, done = [0], threading.Event()

    def watch():
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out, err = proc.communicate(timeout=timeout)
    done.set()
    watcher.join()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(err[-2000:])
    return wall, peak[0] / 2**20, out


def regency(work: Path, code: str, n_permohonan: int, n_skm: int, dims: Path) -> Path:
    """One regency's database: the demo's dimensions, its own synthetic facts."""
    src = work / f"sumber-{code}"
    shutil.copytree(dims, src)
    synthetic_facts(src, src, n_permohonan, n_skm, (2023, 2025))
    (src / "wilayah.csv").write_text(
        f"nama_wilayah,kode_wilayah\nKabupaten {code},{code}\n", encoding="utf-8"
    )
    db = work / f"{code}.duckdb"
    result = import_source([src], db)
    assert result.ok, [p.line() for p in result.errors][:5]
    shutil.rmtree(src)
    return db


def published_bytes(out: Path, code: str) -> int:
    manifest = json.loads(layout.manifest_path(out, code).read_text())
    return sum((out / t["berkas"]).stat().st_size for t in manifest["tabel"].values())


def summary_rows(out: Path, code: str) -> dict[str, int]:
    manifest = json.loads(layout.manifest_path(out, code).read_text())
    return {name: t["baris"] for name, t in manifest["tabel"].items()}


def clone(out: Path, codes: list[str], n: int) -> None:
    """Regions beyond the published ones, as hard links of their files under new codes."""
    for i in range(len(codes), n):
        source = codes[i % len(codes)]
        code = f"{90 + i // 100:02d}.{i % 100:02d}"
        manifest = json.loads(layout.manifest_path(out, source).read_text())
        for entry in manifest["tabel"].values():
            old = out / entry["berkas"]
            new = Path(
                entry["berkas"].replace(f"{layout.PARTITION}={source}/", f"{layout.PARTITION}={code}/")
            )
            (out / new).parent.mkdir(parents=True, exist_ok=True)
            os.link(old, out / new)
            entry["berkas"] = new.as_posix()
        manifest |= {layout.PARTITION: code, "nama_wilayah": f"Salinan {code}"}
        layout.write_atomically(layout.manifest_path(out, code), json.dumps(manifest))


def same(a: dict, b: dict) -> bool:
    """Both engines' answers: counts and words equal, other numbers within 1e-9 relative."""
    if a.keys() != b.keys():
        return False
    for code, region in a["wilayah"].items():
        for kode, item in region["indikator"].items():
            for key, x in item.items():
                y = b["wilayah"][code]["indikator"][kode][key]
                if isinstance(x, float) and isinstance(y, float):
                    if abs(x - y) > 1e-9 * max(abs(x), abs(y)):
                        return False
                elif x != y:
                    return False
    return True


def rollups(out: Path, engines: list[str], repeat: int, warm_spark: bool = True) -> dict:
    """Cold processes on each engine, then warm in this process (Spark: unless not
    `warm_spark`, its cold process alone); and whether they agree."""
    figures, answers = {}, {}
    for mesin in engines:
        runs = [
            run_tree(["gabungan", str(out), "--tahun", str(TAHUN), "--mesin", mesin, "--json"])
            for _ in range(repeat if mesin == "duckdb" else 1)
        ]
        answers[mesin] = json.loads(runs[0][2])
        figures[mesin] = {
            "cold_process_seconds": round(statistics.median(r[0] for r in runs), 2),
            "cold_process_peak_mb": round(max(r[1] for r in runs)),
        }
        if mesin == "spark" and not warm_spark:
            continue
        gabungan(out, TAHUN, mesin)  # warm-up (Spark: the session starts here)
        warm = []
        for _ in range(2 if mesin == "duckdb" else 1):
            start = time.perf_counter()
            gabungan(out, TAHUN, mesin)
            warm.append(time.perf_counter() - start)
        figures[mesin]["warm_seconds"] = round(min(warm), 2)
    if len(answers) == 2:
        figures["engines_agree"] = same(answers["duckdb"], answers["spark"])
    figures["regions"] = len(answers[engines[0]]["wilayah"])
    return figures


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wilayah", type=int, default=38)
    ap.add_argument("--permohonan", type=int, default=1_000_000)
    ap.add_argument("--skm", type=int, default=100_000)
    ap.add_argument("--salin", type=int, default=514, help="also roll up this many regions (0: skip)")
    ap.add_argument("--besar", type=int, default=0, help="also publish one regency of this many applications")
    ap.add_argument("--mesin", default="duckdb,spark")
    ap.add_argument(
        "--salin-mesin",
        default="duckdb",
        help="engines for the --salin roll-up (Spark local there takes long)",
    )
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    engines = args.mesin.split(",")
    started = dt.datetime.now(dt.UTC)
    load_start = [round(x, 2) for x in os.getloadavg()]

    work = Path(tempfile.mkdtemp(prefix="kinerja-bench-rollup-"))
    dims = work / "dimensi"
    write_demo(dims, skala=0.05, seed=2026)
    for name in ("permohonan", "skm"):
        (dims / f"{name}.csv").unlink()
    out = work / "terbitan"
    codes = [f"35.{i + 1:02d}" for i in range(args.wilayah)]
    publishes = []
    for code in codes:
        db = regency(work, code, args.permohonan, args.skm, dims)
        wall, peak, _ = run_tree(["terbitkan", "--out", str(out), "--db", str(db)])
        publishes.append({"seconds": wall, "peak_mb": peak, "bytes": published_bytes(out, code)})
        print(f"{code}: published in {wall:.1f} s, {publishes[-1]['bytes']:,} bytes, peak {peak:.0f} MB")
        db.unlink()
    rows = summary_rows(out, codes[0])

    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        # the machine is shared: its load (1, 5, 15 minutes) when the run began, when the
        # roll-ups began and when the run ended, to read the times by
        "started_utc": started.strftime("%Y-%m-%d %H:%M"),
        "load_average_at_start": load_start,
        "load_average_at_rollup": [round(x, 2) for x in os.getloadavg()],
        "wilayah": args.wilayah,
        "permohonan_per_wilayah": args.permohonan,
        "skm_per_wilayah": args.skm,
        "publish_seconds_median": round(statistics.median(p["seconds"] for p in publishes), 2),
        "publish_peak_mb_max": round(max(p["peak_mb"] for p in publishes)),
        "bytes_per_wilayah_median": round(statistics.median(p["bytes"] for p in publishes)),
        "bytes_per_wilayah_max": max(p["bytes"] for p in publishes),
        "summary_rows_per_wilayah": rows,
        "rollup": rollups(out, engines, 3),
    }
    print(json.dumps(result["rollup"], indent=1))
    if args.salin > args.wilayah:
        clone(out, codes, args.salin)
        # Spark over the clones: its cold process only (a warm session would double a long run)
        result["rollup_salin"] = rollups(out, args.salin_mesin.split(","), 2, warm_spark=False)
        print(json.dumps(result["rollup_salin"], indent=1))
    if args.besar:
        big_out = work / "besar"
        db = regency(work, "36.01", args.besar, args.besar // 10, dims)
        wall, peak, _ = run_tree(["terbitkan", "--out", str(big_out), "--db", str(db)])
        result["besar"] = {
            "permohonan": args.besar,
            "skm": args.besar // 10,
            "publish_seconds": round(wall, 2),
            "publish_peak_mb": round(peak),
            "bytes": published_bytes(big_out, "36.01"),
            "summary_rows": summary_rows(big_out, "36.01"),
        }
        print(json.dumps(result["besar"], indent=1))
    result["finished_utc"] = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M")
    result["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    path = args.out or ROOT / "benchmark" / f"results-rollup-{args.wilayah}x{args.permohonan}.json"
    path.write_text(json.dumps(result, indent=2) + "\n")
    shutil.rmtree(work)
    print(f"written: {path}")


if __name__ == "__main__":
    main()
