"""AppTest of every page: renders without exception, filters change numbers, English has
no Indonesian left, bad URL parameters fall back with a notice."""

from __future__ import annotations

import re

import pytest

from kinerja import fmt
from kinerja.deck.build import build
from kinerja.i18n import TEXT
from kinerja.indicators import filters, metrics
from kinerja.indicators.registry import INDICATORS, SCORECARD_CODES
from kinerja.storage import db as kdb
from kinerja.ui.app import pages as app_pages
from tests.appkit import build_demo_db
from tests.pagekit import cli as cli_indicators
from tests.pagekit import database, metric, run_page

PAGES = [file for file, _ in app_pages()]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("app"))) as db:
        yield db


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_exception(demo_db, page):
    at = run_page(page)
    assert at.title, "the page has a title"


def test_overview_and_deck_count_the_same_scorecard(demo_db):
    # the regent's overview and the meeting deck must not disagree on "x of y met"
    at = run_page("dashboard.py", tahun="2025")
    cli = cli_indicators(demo_db, "--tahun", "2025")
    judged = [c for c in SCORECARD_CODES if cli[c]["status"] is not None]
    met = sum(1 for c in judged if cli[c]["status"] == "hijau")
    want = f"Kartu skor 3W: {met} dari {len(judged)} indikator bertarget tercapai"
    assert len(judged) < len([c for c in cli if cli[c]["status"] is not None])  # award levels left out
    assert want in [s.value for s in at.subheader]
    con = kdb.open_readonly(demo_db)
    deck = build(con, filters.resolve(metrics.run(con, "opd")), 2025, "id")
    assert want in [slide.title for slide in deck.slides]


def test_overview_numbers_equal_the_command_line(demo_db):
    at = run_page("dashboard.py", tahun="2025")
    cli = cli_indicators(demo_db, "--tahun", "2025")
    assert metric(at, "Permohonan layanan") == fmt.number(cli["W1_permohonan"]["nilai"])
    assert metric(at, "Kepuasan (IKM)") == fmt.number(cli["W5_ikm"]["nilai"], 2)
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
