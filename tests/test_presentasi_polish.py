"""Presenter mode on a shared screen (issue 12, item 17): the speaker's notes sit below the
bar, never over the slide; "Kembali" returns to the page presenter mode was opened from; the
Work slide shows every Work indicator of the scorecard or names those without a card."""

from __future__ import annotations

import pytest

from kinerja.deck import words
from kinerja.deck.build import build
from kinerja.indicators import filters, metrics, rules
from kinerja.indicators.registry import SCORECARD_CODES
from kinerja.storage import db
from tests import pagekit
from tests.appkit import build_demo_db
from tests.pagekit import database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("presenter"))) as path:
        yield path


def test_notes_are_below_the_slide_not_over_it(demo_db):
    at = pagekit.run_page("pages/presentasi.py", tahun="2025", slide="3")
    popovers = [p.proto.popover.label for p in at.get("popover")]
    assert "Catatan pembicara" not in popovers and not any("atatan" in p for p in popovers)
    notes = [e for e in at.expander if "atatan" in e.label]
    assert notes and notes[0].text[0].value.strip()


@pytest.mark.parametrize(
    ("dari", "page", "label"),
    [
        ("layanan", "layanan", "Kembali ke Layanan publik"),
        ("sdm", "sdm", "Kembali ke SDM aparatur"),
        ("nowhere", "", "Kembali ke dasbor"),
        (None, "", "Kembali ke dasbor"),
    ],
)
def test_back_returns_to_the_page_it_came_from(demo_db, dari, page, label):
    params = {"tahun": "2025", "opd": "DISDUKCAPIL"} | ({"dari": dari} if dari else {})
    at = pagekit.run_page("pages/presentasi.py", **params)
    back = at.get("page_link")[0].proto
    # Streamlit names a page by its URL path; the overview by its file or nothing
    assert (back.page in ("", "dashboard.py") if not page else back.page == page) and back.label == label
    assert "opd=DISDUKCAPIL" in back.query_string and "dari" not in back.query_string


def test_the_sidebar_link_to_presenter_mode_names_the_page(demo_db):
    at = pagekit.run_page("pages/layanan.py", tahun="2025")
    link = next(p.proto for p in at.get("page_link") if p.proto.page == "presentasi")
    assert "dari=layanan" in link.query_string


def test_the_work_slide_shows_or_names_every_work_indicator(demo_db):
    con = db.Reader(demo_db).cursor()
    deck = build(con, filters.resolve(metrics.run(con, "opd")), 2025)
    for slide in deck.slides[2:5]:
        carded = rules.headlines(slide.area)
        assert len(slide.headlines) == len(carded)
        for code in rules.area_codes(slide.area):
            if code in SCORECARD_CODES and code not in carded:  # no card: named, with its value
                assert words.name(code, "id", short=True) in slide.also, (code, slide.also)
    work = deck.slides[2]
    assert work.area == "work" and work.also.startswith("Juga di kartu skor:")
