"""Helpers for the AppTest page tests: point the app at a database, run one page from the
entry point, read its metrics, captions and Plotly figures, and check numbers independently
(the command line, plain SQL on the database file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import contextmanager

import duckdb
from streamlit.testing.v1 import AppTest

from tests.appkit import ROOT


@contextmanager
def database(path):
    """Point the app at `path` for the tests inside, with fresh caches."""
    old = os.environ.get("KINERJA_DB")
    os.environ["KINERJA_DB"] = str(path)
    from kinerja.ui import app

    app.reader.clear()
    try:
        yield path
    finally:
        app.reader.clear()
        if old is None:
            os.environ.pop("KINERJA_DB", None)
        else:
            os.environ["KINERJA_DB"] = old


def run_page(page: str, **params) -> AppTest:
    """`page` run from dashboard.py (a multipage app starts at its entry point) with URL params."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    for key, value in params.items():
        at.query_params[key] = value
    if page != "dashboard.py":
        at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def cli(db, *args) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "kinerja", "indicators", "--db", str(db), "--json", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)["indikator"]


def sql(db, query: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(query, params or []).fetchall()
    finally:
        con.close()


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def figures(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def figure(at: AppTest, title_start: str) -> dict:
    return next(f for f in figures(at) if f["layout"]["title"]["text"].startswith(title_start))


def captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.caption)


def bars(fig: dict) -> list[dict]:
    """The bars of a ranking chart (kinerja.ui.charts.ranking: one trace per status), top to
    bottom: label, value, colour, legend name (the status word)."""
    found = {}
    for trace in fig["data"]:
        if trace.get("type") != "bar":
            continue
        for y, x in zip(trace["y"], trace["x"], strict=True):
            found[y] = {
                "label": y.rstrip("\u200b"),
                "x": x,
                "color": trace["marker"]["color"],
                "status": trace["name"],
            }
    order = fig["layout"]["yaxis"].get("categoryarray") or list(found)
    return [found[y] for y in order if y in found]
