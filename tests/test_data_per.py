"""Every page and every slide says the date its data is as of (issue 12, item 15)."""

from __future__ import annotations

import pytest

from kinerja.deck.build import build
from kinerja.indicators import filters, metrics
from kinerja.storage import db
from tests import pagekit
from tests.appkit import build_demo_db
from tests.pagekit import database

PAGES = (
    "dashboard.py",
    "pages/layanan.py",
    "pages/sdm.py",
    "pages/tempat_kerja.py",
    "pages/inovasi.py",
    "pages/profil_opd.py",
    "pages/definisi.py",
    "pages/data.py",
)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("dataper"))) as path:
        yield path


@pytest.mark.parametrize("page", PAGES)
def test_every_page_says_data_per(demo_db, page):
    at = pagekit.run_page(page, tahun="2025")
    assert any("data per " in c.value for c in at.caption), [c.value for c in at.caption][:3]
    at = pagekit.run_page(page, tahun="2025", bahasa="en")
    assert any("data as of " in c.value for c in at.caption)


def test_every_content_slide_says_data_per(demo_db):
    con = db.Reader(demo_db).cursor()
    sel = filters.resolve(metrics.run(con, "opd"))
    deck = build(con, sel, 2025)
    as_of = metrics.freshness(con, 2025)
    assert as_of is not None
    # slide 1 says it in its lines; slides 2–8 in the footer every content slide carries
    assert any("data per" in line.lower() for line in deck.slides[0].lines)
    assert "data per " in deck.footer and str(as_of.year) in deck.footer.rsplit("data per", 1)[1]
    assert len(deck.slides) == 8
