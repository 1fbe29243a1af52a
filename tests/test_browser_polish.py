"""In a real browser (issue 12): names and URL values with links, images, KaTeX and HTML
leave no <a>, <img> or formula of theirs in the DOM and fetch nothing (item 10); status chips
are bold, at least 14 px and 4.5:1 as drawn (item 12); on a phone Plotly's toolbar stays off
every chart title, titles and rankings fit the width (item 13). Screenshots at 390, 1280
and 1440 px go to artifacts/screenshots/."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from tests.appkit import ROOT, Server
from tests.test_chips import contrast
from tests.test_page_markup import evil_demo

pytest.importorskip("playwright.sync_api")
SHOTS = ROOT / "artifacts" / "screenshots"
PAGES = ("", "layanan", "sdm", "tempat_kerja", "inovasi", "profil_opd", "definisi")
EVIL_HOST = "evil.example"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("polish")
    srv = Server(evil_demo(folder), folder / "streamlit.log")
    yield srv
    srv.stop()


def open_page(browser, url: str, width: int, name: str, fetched: list[str]):
    page = browser.new_page(viewport={"width": width, "height": 2400})
    page.on("request", lambda r: fetched.append(r.url) if urlparse(r.url).hostname == EVIL_HOST else None)
    page.goto(url)
    page.wait_for_selector("h1", timeout=90_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=90_000
    )
    page.wait_for_timeout(1500)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"polish-{name}-{width}.png"))
    assert page.locator('[data-testid="stException"]').count() == 0
    return page


MARKUP_FROM_DATA = """() => [
  ...[...document.querySelectorAll('a')].filter(a => (a.href || '').includes('evil.example')).map(a => a.outerHTML),
  ...[...document.querySelectorAll('img, image')].filter(i => (i.getAttribute('src') || i.getAttribute('href') || '').includes('evil.example')).map(i => i.outerHTML),
  ...[...document.querySelectorAll('.katex')].map(k => k.outerHTML),
  ...[...document.querySelectorAll('b, strong')].filter(k => k.textContent.trim() === 'tebal').map(k => k.outerHTML),
  ...[...document.querySelectorAll('[data-testid=stMarkdownColoredText], .stMarkdownColoredText')].map(k => k.outerHTML),
]"""


@pytest.mark.parametrize("path", PAGES)
def test_names_from_the_data_leave_no_markup_in_the_dom(server, browser, path):
    fetched: list[str] = []
    page = open_page(browser, f"{server.url}/{path}?tahun=2025", 1280, path or "ringkasan", fetched)
    assert page.evaluate(MARKUP_FROM_DATA) == []
    assert (
        "[Sesi habis](https://evil.example/x)" in page.locator("h1").first.inner_text().replace("\u2060", "")
        or path == "definisi"
    )
    assert fetched == []
    page.close()


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("tahun=[Sesi habis](https://evil.example/x)", "[Sesi habis](https://evil.example/x)"),
        ("opd=![i](https://evil.example/i.png)", "![i](https://evil.example/i.png)"),
        ("jenis_opd=<img src=https://evil.example/h.png>", "<img src=https://evil.example/h.png>"),
    ],
)
def test_url_values_in_notices_are_shown_as_text(server, browser, query, shown):
    fetched: list[str] = []
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    page.on("request", lambda r: fetched.append(r.url) if urlparse(r.url).hostname == EVIL_HOST else None)
    page.goto(f"{server.url}/layanan?{query}")
    # a toast shows for a few seconds: its text is read the moment it appears
    toast = page.wait_for_function(
        "() => { const t = document.querySelector('[data-testid=stToast]'); return t && t.innerText; }",
        timeout=90_000,
    ).json_value()
    assert shown in toast.replace("\u2060", "")
    assert page.evaluate(MARKUP_FROM_DATA) == []
    assert fetched == []
    page.close()


def _rgb(css: str) -> str:
    r, g, b = (int(float(x)) for x in css[css.index("(") + 1 : css.index(")")].split(",")[:3])
    return f"#{r:02X}{g:02X}{b:02X}"


def test_status_chips_are_bold_large_and_contrasting_as_drawn(server, browser):
    page = open_page(browser, f"{server.url}/?tahun=2025", 1280, "chips", [])
    chips = page.evaluate(
        """() => [...document.querySelectorAll('.stMarkdownBadge')].map(e => { const s = getComputedStyle(e);
           return [e.textContent, s.color, s.backgroundColor, parseFloat(s.fontSize), parseInt(s.fontWeight)]; })"""
    )
    assert len(chips) >= 10
    for word, ink, fill, size, weight in chips:
        assert weight >= 700 and size >= 14, (word, size, weight)
        assert "0.1)" not in fill, (word, fill)  # solid, not Streamlit's 10 % tint
        assert contrast(_rgb(ink), _rgb(fill)) >= 4.5, (word, ink, fill)
    page.close()


@pytest.mark.parametrize("path", ["", "layanan", "sdm", "inovasi"])
def test_on_a_phone_the_toolbar_leaves_titles_alone_and_charts_fit(server, browser, path):
    page = open_page(browser, f"{server.url}/{path}?tahun=2025", 390, f"phone-{path or 'ringkasan'}", [])
    page.wait_for_timeout(2000)
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].map(c => {
             const r = e => e ? e.getBoundingClientRect() : null;
             const bar = r(c.querySelector('.modebar')), title = r(c.querySelector('.gtitle')), box = r(c);
             return {bar: bar && [bar.left, bar.top, bar.right, bar.bottom],
                     title: title && [title.left, title.top, title.right, title.bottom],
                     box: [box.left, box.top, box.right, box.bottom], width: window.innerWidth}; })"""
    )
    assert boxes
    for b in boxes:
        if b["bar"] and b["title"]:
            assert b["bar"][3] <= b["title"][1], b  # the toolbar ends above the title
        if b["title"]:
            assert b["title"][2] <= b["box"][2] + 1, b  # the title fits the chart
        assert b["box"][2] <= b["width"], b
    page.close()


@pytest.mark.parametrize("width", [1280, 1440])
@pytest.mark.parametrize("path", ["", "definisi", "profil_opd"])
def test_pages_at_desktop_widths(server, browser, path, width):
    page = open_page(browser, f"{server.url}/{path}?tahun=2025", width, f"desk-{path or 'ringkasan'}", [])
    page.close()
