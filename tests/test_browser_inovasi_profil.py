"""Inovasi & Penghargaan and Profil OPD in a real browser (Debian's Chromium through
Playwright) against a real `streamlit run`: deep links on a fresh server, the profile's
OPD kept in the URL, desktop and phone widths. Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import pytest

from tests.appkit import ROOT, Server, build_demo_db

pytest.importorskip("playwright.sync_api")
SHOTS = ROOT / "artifacts" / "screenshots"
PLOT = ".js-plotly-plot"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser_inovasi_profil")
    srv = Server(build_demo_db(folder), folder / "streamlit.log")
    yield srv
    srv.stop()


def settle(page, charts: int = 0) -> None:
    """Wait until the script has finished running, the KPI cards are drawn (they arrive
    after the skeletons) and `charts` Plotly charts are drawn."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=stMetric]').length >= 4", timeout=60_000
    )
    if charts:
        page.wait_for_function(
            f"n => document.querySelectorAll('{PLOT}').length >= n", arg=charts, timeout=60_000
        )
    page.wait_for_timeout(800)


def open_page(browser, url: str, name: str, *, width=1280, height=2400, charts=0):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    page.wait_for_selector("h1", timeout=60_000)
    settle(page, charts)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
    assert page.locator('[data-testid="stException"]').count() == 0
    return page


def test_inovasi_deep_link_in_english_on_a_fresh_server(server, browser):
    page = open_page(
        browser, f"{server.url}/inovasi?tahun=2024&bahasa=en", "inovasi-2024-en", height=6200, charts=7
    )
    assert page.locator("h1").first.inner_text() == "Innovation & awards: Kabupaten Nusa Harapan 2024"
    sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
    assert "Innovation & awards" in sidebar and "Agency profile" in sidebar
    # the list of agencies without an innovation is on the page, as a table to act on
    assert "active agencies have none in 2024" in page.locator("h3").all_inner_texts().__str__()
    page.close()


def test_inovasi_in_indonesian_at_desktop_and_phone_width(server, browser):
    page = open_page(browser, f"{server.url}/inovasi?tahun=2025", "inovasi-2025", height=6200, charts=7)
    assert page.locator("h1").first.inner_text() == "Inovasi & penghargaan Kabupaten Nusa Harapan 2025"
    page.close()
    page = open_page(
        browser, f"{server.url}/inovasi?tahun=2025", "inovasi-2025-ponsel", width=390, height=9000, charts=7
    )
    assert page.locator("h1").first.inner_text() == "Inovasi & penghargaan Kabupaten Nusa Harapan 2025"
    page.close()


def test_profil_deep_link_opens_the_named_opd(server, browser):
    page = open_page(
        browser,
        f"{server.url}/profil_opd?tahun=2024&profil=DISDUKCAPIL",
        "profil-disdukcapil-2024",
        height=3600,
        charts=5,
    )
    assert "Dinas Kependudukan dan Pencatatan Sipil" in page.locator("h1").first.inner_text()
    # the shared sidebar rewrites the URL; the page puts its own parameter back
    assert "profil=DISDUKCAPIL" in page.url and "tahun=2024" in page.url
    page.close()


def test_profil_in_english_at_phone_width(server, browser):
    page = open_page(
        browser,
        f"{server.url}/profil_opd?profil=DINKES&bahasa=en",
        "profil-dinkes-en-ponsel",
        width=390,
        height=6400,
        charts=5,
    )
    assert page.locator("h1").first.inner_text() == "Agency profile: Dinas Kesehatan"
    page.close()


def test_choosing_another_opd_is_kept_in_the_url(server, browser):
    page = open_page(
        browser, f"{server.url}/profil_opd?tahun=2025&profil=DISDUKCAPIL", "profil-pilih", height=1600
    )
    page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').first.click()
    page.keyboard.type("Dinas Kesehatan")
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.search.includes('profil=DINKES')", timeout=60_000)
    settle(page)
    assert "Dinas Kesehatan" in page.locator("h1").first.inner_text()
    # the shared link reopens that OPD on a fresh page
    link = page.url
    page.close()
    again = open_page(browser, link, "profil-pilih-dibuka-lagi", height=1600)
    assert "Dinas Kesehatan" in again.locator("h1").first.inner_text()
    again.close()
