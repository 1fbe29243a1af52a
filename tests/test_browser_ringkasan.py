"""The overview's opening and drill-through in a real browser (Debian's Chromium through
Playwright) against a real `streamlit run`: at 1280×720 the sentences and the first row of
KPI cards are on the first screen; a click on a ranking's bar opens that OPD's Profil OPD
with `profil=` and the filters in the URL; a card's title opens its area page.
Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from tests.appkit import ROOT, Server, build_demo_db
from tests.pagekit import sql

pytest.importorskip("playwright.sync_api")
SHOTS = ROOT / "artifacts" / "screenshots"
BARS = ".js-plotly-plot .barlayer .point path"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser_ringkasan")
    db = build_demo_db(folder)
    srv = Server(db, folder / "streamlit.log")
    srv.db = db
    yield srv
    srv.stop()


def settle(page) -> None:
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=stMetric]').length >= 4", timeout=60_000
    )
    page.wait_for_timeout(800)


def open_overview(browser, url: str, name: str, width=1280, height=720):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    settle(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
    assert page.locator('[data-testid="stException"]').count() == 0
    return page


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sentences_and_first_kpi_row_are_above_the_fold_at_1280x720(server, browser, lang):
    page = open_overview(browser, f"{server.url}/?tahun=2025&bahasa={lang}", f"ringkasan-1280x720-{lang}")
    sentences = page.locator(".st-key-ringkasan_opening li")
    assert sentences.count() >= 2
    first_row = page.locator("[data-testid=stMetric]").nth(3)  # the fourth card closes the first row
    for box in (sentences.last.bounding_box(), first_row.bounding_box()):
        assert box is not None and box["y"] + box["height"] <= 720, box
    page.close()


def test_phone_width_shows_the_opening_without_exception(server, browser):
    page = open_overview(
        browser, f"{server.url}/?tahun=2025&bahasa=en", "ringkasan-390-en", width=390, height=2400
    )
    assert page.locator(".st-key-ringkasan_opening li").count() >= 2
    page.close()


def test_clicking_a_ranking_bar_opens_that_opds_profile_with_the_filters(server, browser):
    page = open_overview(browser, f"{server.url}/?tahun=2025&bahasa=en", "ringkasan-ranking", height=4000)
    page.wait_for_selector(BARS, timeout=60_000)
    bar = page.locator(BARS).first
    bar.scroll_into_view_if_needed()
    # the y axis label level with the bar names the OPD it stands for
    centre = (lambda b: b["y"] + b["height"] / 2)(bar.bounding_box())
    ticks = page.locator(".js-plotly-plot").first.locator(".ytick text")
    label = min(
        (ticks.nth(i) for i in range(ticks.count())),
        key=lambda tick: abs((lambda b: b["y"] + b["height"] / 2)(tick.bounding_box()) - centre),
    ).text_content()
    bar.click(force=True)
    page.wait_for_url("**/profil_opd?**", timeout=60_000)
    settle(page)
    query = parse_qs(urlparse(page.url).query)
    assert query["tahun"] == ["2025"] and query["bahasa"] == ["en"]
    assert "opd" not in query  # its own parameter, not the OPD filter
    profil = query["profil"][0]
    title = page.locator("h1").first.inner_text()
    assert title.startswith("Agency profile"), title
    [(nama,)] = sql(server.db, "SELECT nama_opd FROM opd WHERE kode_opd = ?", [profil])
    assert title == f"Agency profile: {nama}"  # the clicked OPD's own profile
    assert label.startswith(nama), (label, nama)
    page.close()


def test_a_kpi_cards_title_opens_its_area_page_with_the_filters(server, browser):
    page = open_overview(browser, f"{server.url}/?tahun=2025&jenis_opd=kecamatan", "ringkasan-card-link")
    page.locator("[data-testid=stPageLink-NavLink]", has_text="Permohonan layanan").first.click()
    page.wait_for_url("**/layanan?**", timeout=60_000)
    query = parse_qs(urlparse(page.url).query)
    assert query["tahun"] == ["2025"] and query["jenis_opd"] == ["kecamatan"]
    page.close()


@pytest.mark.parametrize("path", ["layanan", "sdm", "tempat_kerja", "inovasi"])
def test_the_rankings_of_the_other_pages_open_a_profile_too(server, browser, path):
    page = browser.new_page(viewport={"width": 1280, "height": 5000})
    page.goto(f"{server.url}/{path}?tahun=2025&jenis_opd=dinas,badan")
    settle(page)
    page.wait_for_selector(BARS, timeout=60_000)
    page.wait_for_timeout(1500)
    # the first ranking: a chart whose figure carries its bars' OPD codes (charts.ranking keys)
    index = page.eval_on_selector_all(
        ".js-plotly-plot", "els => els.findIndex(e => e.layout && e.layout.meta && e.layout.meta.keys)"
    )
    assert index >= 0, "the page draws a ranking"
    bar = page.locator(".js-plotly-plot").nth(index).locator(".barlayer .point path").first
    bar.scroll_into_view_if_needed()
    bar.click(force=True)
    page.wait_for_url("**/profil_opd?**", timeout=60_000)
    query = parse_qs(urlparse(page.url).query)
    kinds = {k for item in query["jenis_opd"] for k in item.split(",")}  # either form is read
    assert query["tahun"] == ["2025"] and kinds == {"dinas", "badan"} and query["profil"], query
    page.close()
