"""AppTest of every page: renders without exception, filters change numbers, English has
no Indonesian left, bad URL parameters fall back with a notice."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from streamlit.testing.v1 import AppTest

from kinerja import fmt
from kinerja.app import pages as app_pages
from kinerja.i18n import TEXT
from kinerja.indicators import INDICATORS
from tests.appkit import ROOT, build_demo_db

PAGES = [file for file, _ in app_pages()]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = build_demo_db(tmp_path_factory.mktemp("app"))
    old = os.environ.get("KINERJA_DB")
    os.environ["KINERJA_DB"] = str(db)
    from kinerja import app

    app.reader.clear()
    yield db
    app.reader.clear()
    if old is None:
        os.environ.pop("KINERJA_DB", None)
    else:
        os.environ["KINERJA_DB"] = old


def run_page(page: str, **params) -> AppTest:
    # a multipage app runs from its entry point; other pages are reached by switching
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    if page != "dashboard.py":
        at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def cli_indicators(db, *args) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "kinerja", "indicators", "--db", str(db), "--json", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)["indikator"]


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_exception(demo_db, page):
    at = run_page(page)
    assert at.title, "the page has a title"


def test_overview_numbers_equal_the_command_line(demo_db):
    at = run_page("dashboard.py", tahun="2025")
    cli = cli_indicators(demo_db, "--tahun", "2025")
    assert metric(at, "Permohonan layanan") == fmt.number(cli["W1_permohonan"]["nilai"])
    assert metric(at, "Indeks Kepuasan Masyarakat (IKM)") == fmt.number(cli["W5_ikm"]["nilai"], 2)
    assert metric(at, "Permohonan daring") == fmt.percent(cli["W2_online_pct"]["nilai"], 1)


def test_opd_filter_in_the_url_changes_the_numbers(demo_db):
    region = run_page("dashboard.py", tahun="2025")
    one = run_page("dashboard.py", tahun="2025", opd="DISDUKCAPIL")
    cli = cli_indicators(demo_db, "--tahun", "2025", "--opd", "DISDUKCAPIL")
    assert metric(one, "Permohonan layanan") == fmt.number(cli["W1_permohonan"]["nilai"])
    assert metric(one, "Permohonan layanan") != metric(region, "Permohonan layanan")


def test_comma_separated_opd_and_jenis_are_read_from_the_url(demo_db):
    at = run_page("dashboard.py", tahun="2025", opd="DISDUKCAPIL,DPMPTSP", jenis_opd="dinas")
    cli = cli_indicators(demo_db, "--tahun", "2025", "--opd", "DISDUKCAPIL", "--opd", "DPMPTSP")
    assert metric(at, "Permohonan layanan") == fmt.number(cli["W1_permohonan"]["nilai"])


def test_a_bad_year_falls_back_to_the_latest_with_a_notice(demo_db):
    at = run_page("dashboard.py", tahun="1999", opd="TIDAK-ADA")
    assert "2026" in at.title[0].value
    notices = " ".join(t.value for t in at.toast)
    assert "tahun=1999" in notices and "opd=TIDAK-ADA" in notices


def _indonesian_only_strings() -> set[str]:
    """Indonesian UI strings that differ from their English, cut at placeholders."""
    found = set()
    for ident, eng in TEXT.values():
        if ident == eng:
            continue
        for part in ident.replace("{", "\0{").split("\0"):
            part = part.split("}")[-1].strip(" :·.,()–—")
            if len(part) >= 6 and part not in eng:
                found.add(part)
    found |= {i.name_id for i in INDICATORS if i.name_id != i.name_en}
    return found


@pytest.mark.parametrize("page", PAGES)
def test_english_pages_keep_no_indonesian_ui_string(demo_db, page):
    at = run_page(page, bahasa="en", tahun="2025")
    texts = [
        e.value
        for kind in ("title", "subheader", "caption", "markdown", "info", "warning")
        for e in getattr(at, kind)
    ]
    texts += (
        [m.label for m in at.metric] + [w.label for w in at.selectbox] + [w.label for w in at.multiselect]
    )
    # `I1_inovasi` and other codes in backticks are identifiers, not Indonesian words
    page_text = re.sub(r"`[^`]*`", "", "\n".join(str(t) for t in texts))
    leftovers = [s for s in _indonesian_only_strings() if s in page_text]
    assert not leftovers, leftovers
