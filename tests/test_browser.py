"""A real browser (Debian's Chromium through Playwright) against a real `streamlit run`:
pages load without an exception element, deep links and shared URLs restore the view on
a freshly started server. Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import pytest

from tests.appkit import ROOT, Server, build_demo_db

pytest.importorskip("playwright.sync_api")
SHOTS = ROOT / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    srv = Server(build_demo_db(folder), folder / "streamlit.log")
    yield srv
    srv.stop()


METRIC = '[data-testid="stMetric"]'


def open_page(browser, url: str, name: str, width=1280, height=2200, ready: str = "h1"):
    """Open a page and wait until `ready` shows and the script has finished running."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    page.wait_for_selector(ready, timeout=60_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )
    page.wait_for_timeout(500)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
    assert page.locator('[data-testid="stException"]').count() == 0
    return page


def test_overview_loads_and_shows_headline_numbers(server, browser):
    page = open_page(browser, f"{server.url}/?tahun=2025", "ringkasan-2025", ready=METRIC)
    assert "2025" in page.locator("h1").first.inner_text()
    # metrics arrive one by one: wait for the whole KPI grid, or fail at the timeout
    page.wait_for_function("n => document.querySelectorAll('[data-testid=stMetric]').length >= n", arg=10)
    assert page.locator(METRIC).count() >= 10
    page.close()


def test_deep_link_in_english_on_a_fresh_server(server, browser):
    page = open_page(browser, f"{server.url}/definisi?bahasa=en", "definisi-en")
    assert page.locator("h1").first.inner_text() == "Indicator definitions"
    sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
    assert "Overview" in sidebar and "Ringkasan" not in sidebar
    page.close()


def test_shared_url_restores_year_and_opd(server, browser):
    page = open_page(
        browser, f"{server.url}/?tahun=2024&opd=DISDUKCAPIL", "ringkasan-disdukcapil-2024", ready=METRIC
    )
    assert "2024" in page.locator("h1").first.inner_text()
    assert "1 OPD" in page.locator('[data-testid="stCaptionContainer"]').first.inner_text()
    assert "opd=DISDUKCAPIL" in page.url and "tahun=2024" in page.url
    page.close()


def test_sidebar_links_carry_the_filters(server, browser):
    page = open_page(browser, f"{server.url}/?tahun=2024&opd=DISDUKCAPIL", "sidebar-links")
    page.locator('[data-testid="stSidebar"] a', has_text="Definisi indikator").click()
    page.wait_for_url("**/definisi**")
    assert "tahun=2024" in page.url and "DISDUKCAPIL" in page.url
    page.close()


def test_overview_is_readable_on_a_phone(server, browser):
    page = open_page(
        browser, f"{server.url}/?tahun=2025", "ringkasan-ponsel", width=390, height=2400, ready=METRIC
    )
    # metrics arrive one by one: wait for the whole KPI grid, or fail at the timeout
    page.wait_for_function("n => document.querySelectorAll('[data-testid=stMetric]').length >= n", arg=10)
    assert page.locator(METRIC).count() >= 10
    page.close()


def _main_text(page) -> str:
    return page.locator('[data-testid="stMain"]').inner_text()


def _wait_for_ranking(page) -> None:
    """The ranking comes last: a chart or the sentence saying why there is none."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=stMain] *')].some("
        "e => /OPD tidak diperingkat|memerlukan sedikitnya|terdepan/.test(e.textContent))",
        timeout=60_000,
    )


def test_overview_of_one_opd_is_titled_by_it_and_ranks_nothing(server, browser):
    page = open_page(browser, f"{server.url}/?tahun=2025&opd=DINKES", "ringkasan-dinkes", ready=METRIC)
    _wait_for_ranking(page)
    title = page.locator("h1").first.inner_text()
    assert "Dinas Kesehatan" in title and "Kabupaten" not in title
    text = _main_text(page)
    # its own targets apply: the scorecard counts them
    assert "indikator bertarget tercapai" in text and "0 dari 0" not in text
    # one OPD is no ranking: a sentence, never a one-bar chart that "leads and lags"
    assert "memerlukan sedikitnya 3 OPD" in text and "terdepan" not in text
    page.close()


def test_overview_of_a_kind_is_titled_by_it_and_says_no_target_applies(server, browser):
    page = open_page(
        browser, f"{server.url}/?tahun=2025&jenis_opd=kecamatan", "ringkasan-kecamatan", ready=METRIC
    )
    _wait_for_ranking(page)
    title = page.locator("h1").first.inner_text()
    assert title.startswith("Ringkasan kinerja Kecamatan 2025")
    text = _main_text(page)
    assert "tidak memiliki target" in text and "0 dari 0" not in text
    # fifteen sub-districts are ranked, their bars grey (no target of their own), with a legend
    chart = page.locator('[data-testid="stPlotlyChart"]').last
    assert "Tanpa target" in chart.inner_text()
    page.close()


def test_a_kind_holding_one_opd_gets_no_target_though_that_opd_has_its_own(server, browser):
    # RSUD is the only hospital and has targets of its own; asked for as a kind, none apply
    kind = open_page(
        browser, f"{server.url}/?tahun=2025&jenis_opd=rsud", "ringkasan-jenis-rsud", ready=METRIC
    )
    _wait_for_ranking(kind)
    assert "tidak memiliki target" in _main_text(kind)
    named = open_page(browser, f"{server.url}/?tahun=2025&opd=RSUD", "ringkasan-opd-rsud", ready=METRIC)
    _wait_for_ranking(named)
    assert "indikator bertarget tercapai" in _main_text(named)
    assert kind.locator("h1").first.inner_text() == named.locator("h1").first.inner_text()
    kind.close()
    named.close()


def test_the_ranking_indicator_lives_in_the_url(server, browser):
    page = open_page(
        browser, f"{server.url}/?tahun=2025&indikator=F2_jp20_pct", "ringkasan-indikator", ready=METRIC
    )
    _wait_for_ranking(page)
    assert "ASN memenuhi 20 JP: " in _main_text(page)
    assert "indikator=F2_jp20_pct" in page.url
    page.close()
