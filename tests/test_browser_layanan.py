"""The Layanan page in a real browser (Debian's Chromium through Playwright) against a real
`streamlit run`: deep links on a fresh server, both languages, desktop and phone widths.
Screenshots go to artifacts/screenshots/ to be looked at."""

from __future__ import annotations

import pytest

from tests.appkit import ROOT, Server, build_demo_db

pytest.importorskip("playwright.sync_api")
SHOTS = ROOT / "artifacts" / "screenshots"
CHARTS = 8  # monthly volume, online by year and by month, on time, SLA, IKM, elements, MPP


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser_layanan")
    srv = Server(build_demo_db(folder), folder / "streamlit.log")
    yield srv
    srv.stop()


def open_page(browser, url: str, name: str, width: int = 1280, height: int = 7000, charts: int = CHARTS):
    """Open a page, wait for the script to finish and every chart to draw, screenshot it."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )
    page.wait_for_function(
        "n => document.querySelectorAll('.js-plotly-plot .main-svg').length >= n", arg=charts, timeout=60_000
    )
    page.wait_for_timeout(800)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
    assert page.locator('[data-testid="stException"]').count() == 0
    return page


def chart_titles(page) -> str:
    """Each chart's title on one line, its wrapped lines joined by a space."""
    return "\n".join(
        page.evaluate(
            """() => [...document.querySelectorAll('.js-plotly-plot .gtitle')].map(t => {
                 const lines = [...t.querySelectorAll('tspan.line')].map(s => s.textContent);
                 return lines.length ? lines.join(' ') : t.textContent; })"""
        )
    )


def test_english_deep_link_on_a_fresh_server(server, browser):
    page = open_page(browser, f"{server.url}/layanan?tahun=2024&bahasa=en", "layanan-2024-en")
    assert page.locator("h1").first.inner_text() == "Public services: Kabupaten Nusa Harapan 2024"
    sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
    assert "Public services" in sidebar and "Layanan publik" not in sidebar
    titles = chart_titles(page)
    assert "applications in 2024" in titles and "permohonan" not in titles
    assert "pulls the IKM down" in titles
    page.close()


def test_indonesian_page_at_desktop_width(server, browser):
    page = open_page(browser, f"{server.url}/layanan?tahun=2025", "layanan-2025")
    assert page.locator("h1").first.inner_text() == "Layanan publik Kabupaten Nusa Harapan 2025"
    titles = chart_titles(page)
    assert "permohonan pada 2025" in titles and "applications" not in titles
    page.close()


def test_readable_on_a_phone(server, browser):
    page = open_page(
        browser, f"{server.url}/layanan?tahun=2026", "layanan-2026-ponsel", width=390, height=9000
    )
    # every chart fits the screen: none is wider than the viewport
    widths = page.eval_on_selector_all(
        ".js-plotly-plot", "els => els.map(e => e.getBoundingClientRect().width)"
    )
    assert widths and max(widths) <= 390
    page.close()


def test_one_opd_link_shows_its_own_target(server, browser):
    page = open_page(browser, f"{server.url}/layanan?tahun=2025&opd=DISDUKCAPIL", "layanan-disdukcapil-2025")
    assert "opd=DISDUKCAPIL" in page.url
    assert "1 OPD" in page.locator('[data-testid="stCaptionContainer"]').first.inner_text()
    page.close()
