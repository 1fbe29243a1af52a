"""The workforce (SDM) and workplace (Tempat kerja) pages in a real browser (Debian's Chromium
through Playwright) against a real `streamlit run` on the shipped demo regency: deep links
on a fresh server, English titles, no exception element, readable on a phone.
Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import pytest

from kinerja.ingest.importer import import_source
from tests.appkit import ROOT, Server

pytest.importorskip("playwright.sync_api")
SHOTS = ROOT / "artifacts" / "screenshots"
PLOT = '[data-testid="stPlotlyChart"]'
EXCEPTION = '[data-testid="stException"]'


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    # the demo regency shipped with the app (skala 1): the numbers people will see
    folder = tmp_path_factory.mktemp("browser_sdm_tk")
    db = folder / "kinerja.duckdb"
    result = import_source([ROOT / "data" / "demo"], db)
    assert result.ok, [p.line() for p in result.errors]
    srv = Server(db, folder / "streamlit.log")
    yield srv
    srv.stop()


def open_page(browser, url: str, name: str, charts: int, width=1280, height=5200):
    """Open a page, wait for `charts` Plotly charts and the end of the run, screenshot it."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    page.wait_for_selector("h1", timeout=120_000)
    page.wait_for_function(
        "n => document.querySelectorAll('[data-testid=stPlotlyChart] .main-svg').length >= n",
        arg=charts,
        timeout=120_000,
    )
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=120_000
    )
    page.wait_for_timeout(800)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
    assert page.locator(EXCEPTION).count() == 0
    return page


def test_sdm_deep_link_in_english_on_a_fresh_server(server, browser):
    page = open_page(browser, f"{server.url}/sdm?tahun=2024&bahasa=en", "sdm-2024-en", charts=7)
    assert page.locator("h1").first.inner_text().startswith("Our Workforce")
    assert "2024" in page.locator("h1").first.inner_text()
    sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
    assert "Workforce" in sidebar and "SDM aparatur" not in sidebar
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "Komposisi" not in body and "belum mencapai" not in body
    assert page.locator('[data-testid="stMetric"]').count() == 4
    page.close()


def test_tempat_kerja_deep_link_in_english_on_a_fresh_server(server, browser):
    page = open_page(
        browser, f"{server.url}/tempat_kerja?tahun=2024&bahasa=en", "tempat-kerja-2024-en", charts=5
    )
    assert page.locator("h1").first.inner_text().startswith("Our Workplace")
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "Perbandingan" not in body and "Tabel per OPD" not in body
    page.close()


@pytest.mark.parametrize(
    ("path", "name", "charts"),
    [("sdm", "sdm-2025", 7), ("tempat_kerja", "tempat-kerja-2025", 5)],
)
def test_pages_in_indonesian_at_laptop_width(server, browser, path, name, charts):
    page = open_page(browser, f"{server.url}/{path}?tahun=2025", name, charts=charts)
    assert "2025" in page.locator("h1").first.inner_text()
    page.close()


@pytest.mark.parametrize(
    ("path", "name", "charts"),
    [("sdm", "sdm-ponsel", 7), ("tempat_kerja", "tempat-kerja-ponsel", 5)],
)
def test_pages_are_readable_on_a_phone(server, browser, path, name, charts):
    page = open_page(browser, f"{server.url}/{path}?tahun=2025", name, charts=charts, width=390, height=9000)
    # no chart wider than the screen: the phone never scrolls sideways
    widths = page.eval_on_selector_all(PLOT, "els => els.map(e => e.getBoundingClientRect().right)")
    assert widths and max(widths) <= 390
    page.close()


def test_choosing_an_indicator_redraws_the_agency_ranking(server, browser):
    page = open_page(browser, f"{server.url}/tempat_kerja?tahun=2025", "tempat-kerja-surat", charts=5)
    page.get_by_role("radio", name="Surat elektronik").click()  # a segmented control
    # the ranking's own title (not the trend's, which starts alike) names the agencies
    page.wait_for_function(
        "() => [...document.querySelectorAll('.gtitle')].some("
        "e => e.textContent.startsWith('Surat elektronik: ') && e.textContent.includes('tertinggi'))",
        timeout=120_000,
    )
    page.wait_for_timeout(500)
    page.screenshot(path=str(SHOTS / "tempat-kerja-surat.png"))
    assert page.locator(EXCEPTION).count() == 0
    page.close()
