"""Benchmark of the app at scale: how long a filter change takes to re-render a page, and
how much memory the Streamlit server holds with the overview open. Prints figures and
writes them as JSON.

    .venv/bin/python benchmark/bench_app.py --permohonan 10000000 --skm 1000000

Two databases are built in the same run: the baseline (the demo at skala 0.05, 29k
applications) and the big one (the same dimensions with synthetic facts, as in
benchmark/bench.py). Figures are printed for both, with the ratio big / baseline.

- Re-render: the page runs in Streamlit's AppTest in a child process per database (the same script, the
  same caches as a server session, no browser). The page is opened once, then each filter
  change (another year, a kind of OPD, one OPD, back to all) is timed: first as a new
  combination (the queries run), then again (cached). Medians.
- Server memory: a real `streamlit run` on the big database; headless Chromium opens the
  overview at 1280×720 and waits for it to finish; the resident memory of the server
  process is read then, and again after every page was opened once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
import psutil  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from benchmark.bench import run_child, synthetic_facts  # noqa: E402
from kinerja.demo import write_demo  # noqa: E402
from kinerja.ui import app  # noqa: E402
from tests.appkit import CHROMIUM_ARGS, Server  # noqa: E402

# every page of the sidebar that its filters change: not Definisi, the presenter, Data, or
# the province page (which reads the regions' folder, not this database)
UNFILTERED = {"pages/definisi.py", "pages/presentasi.py", "pages/data.py", "pages/provinsi.py"}
PAGES = tuple(file for file, _ in app.PAGES if file not in UNFILTERED)


def build(work: Path, n_permohonan: int | None, n_skm: int) -> Path:
    src = work / "sumber"
    src.mkdir(parents=True)
    write_demo(src, skala=0.05, seed=2026)
    if n_permohonan:
        synthetic_facts(src, src, n_permohonan, n_skm, (2023, 2025))
    path = work / "kinerja.duckdb"
    run_child(["kinerja", "import", str(src), "--db", str(path)])
    return path


def timed_run(at: AppTest) -> float:
    start = time.perf_counter()
    at.run()
    seconds = time.perf_counter() - start
    if at.exception:
        raise RuntimeError([e.value for e in at.exception])
    return seconds


def rerender(page: str, tahun: int) -> dict:
    """Seconds to re-render `page` after each filter change, new and repeated; the page
    opens on `tahun`, the last year of applications."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
    at.query_params["tahun"] = str(tahun)
    if page != "dashboard.py":
        at.switch_page(page)
    first = timed_run(at)
    shown = at.metric[0].value if at.metric else None  # which database answered, and not empty
    opd = at.multiselect(key="f_opd").options[0]

    def changes():
        yield lambda: at.selectbox(key="f_tahun").set_value(tahun - 1)
        yield lambda: at.multiselect(key="f_jenis").set_value(["dinas"])
        yield lambda: at.multiselect(key="f_jenis").set_value([])
        yield lambda: at.multiselect(key="f_opd").set_value([opd.split("(")[-1].rstrip(")")])
        yield lambda: at.multiselect(key="f_opd").set_value([])
        yield lambda: at.selectbox(key="f_tahun").set_value(tahun)

    fresh, cached = [], []
    for change in changes():
        change()
        fresh.append(timed_run(at))
    for change in changes():
        change()
        cached.append(timed_run(at))
    return {
        "first_open_s": round(first, 3),
        "filter_change_new_s": round(statistics.median(fresh), 3),
        "filter_change_new_max_s": round(max(fresh), 3),
        "filter_change_cached_s": round(statistics.median(cached), 3),
        "first_metric_shown": shown,
    }


def server_memory(path: Path, work: Path, tahun: int) -> dict:
    from playwright.sync_api import sync_playwright

    server = Server(path, work / "server.log")
    try:
        proc = psutil.Process(server.proc.pid)
        idle = proc.memory_info().rss
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            start = time.perf_counter()
            page.goto(f"{server.url}/?tahun={tahun}", wait_until="networkidle")
            page.wait_for_selector('[data-testid="stMetric"]', timeout=600_000)
            page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=600_000)
            overview_s = time.perf_counter() - start
            overview = proc.memory_info().rss
            for name in ("layanan", "sdm", "tempat_kerja", "inovasi", "profil_opd"):
                page.goto(f"{server.url}/{name}?tahun={tahun}", wait_until="networkidle")
                page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=600_000)
            every_page = proc.memory_info().rss
            browser.close()
    finally:
        server.stop()
    return {
        "server_rss_idle_mb": round(idle / 2**20),
        "server_rss_overview_open_mb": round(overview / 2**20),
        "server_rss_after_every_page_mb": round(every_page / 2**20),
        "overview_first_load_in_browser_s": round(overview_s, 2),
    }


def last_year(path: Path) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.sql("SELECT max(year(tanggal_masuk)) FROM permohonan").fetchall()[0][0]
    finally:
        con.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--permohonan", type=int, default=10_000_000)
    ap.add_argument("--skm", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--measure", type=Path, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:  # one database per process: Streamlit's caches and reader are per process
        os.environ["KINERJA_DB"] = str(args.measure)
        tahun = last_year(args.measure)
        print(json.dumps({Path(page).stem: rerender(page, tahun) for page in PAGES}))
        return

    started = dt.datetime.now(dt.UTC)
    load_start = [round(x, 2) for x in os.getloadavg()]
    work = Path(tempfile.mkdtemp(prefix="kinerja-bench-app-"))
    start = time.perf_counter()
    baseline_db = build(work / "baseline", None, 0)
    big_db = build(work / "besar", args.permohonan, args.skm)
    print(f"databases built in {time.perf_counter() - start:.0f} s under {work}")

    result: dict = {"permohonan": args.permohonan, "skm": args.skm}
    for label, path in (("baseline", baseline_db), ("besar", big_db)):
        out = subprocess.run(
            [sys.executable, __file__, "--measure", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for name, figures in json.loads(out.splitlines()[-1]).items():
            for key, value in figures.items():
                result[f"{label}_{name}_{key}"] = value
                print(f"{label}_{name}_{key}  {value}", flush=True)
    for page in PAGES:
        name = Path(page).stem
        for key in ("filter_change_new_s", "filter_change_cached_s"):
            base = result[f"baseline_{name}_{key}"]
            result[f"ratio_{name}_{key}"] = round(result[f"besar_{name}_{key}"] / base, 2) if base else None
    result.update(server_memory(big_db, work, last_year(big_db)))
    # the machine's load (1, 5, 15 minutes) when the run began and ended
    result["started_utc"] = started.strftime("%Y-%m-%d %H:%M")
    result["finished_utc"] = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M")
    result["load_average_at_start"] = load_start
    result["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]

    width = max(map(len, result))
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")
    out = args.out or ROOT / "benchmark" / f"results-app-{args.permohonan}.json"
    out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"written: {out}")


if __name__ == "__main__":
    main()
