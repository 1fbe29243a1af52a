"""Presenter mode in a real browser (Debian's Chromium through Playwright) against one real
`streamlit run` for the module: deep links on a fresh server, every slide by URL and by the
next button and keys, big headline numbers at 1280×720, no Streamlit chrome, the way back
to the dashboard and both downloads. Screenshots: artifacts/screenshots/presentasi_*.png."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from kinerja.i18n import t
from tests.appkit import ROOT, Server, build_demo_db

pytest.importorskip("playwright.sync_api")
SHOTS = ROOT / "artifacts" / "screenshots"
SLIDES = 9
WITH_HEADLINES = {1, 4, 5, 6, 7}  # the title slide, the three W and innovation slides
SCORECARD = 3  # after the title and the summary
STATUSES = ("hijau", "kuning", "merah", "none")  # status_none: no target


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser_presentasi")
    srv = Server(build_demo_db(folder), folder / "streamlit.log")
    yield srv
    srv.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, accept_downloads=True)
    pg = context.new_page()
    yield pg
    context.close()


def url_slide(page) -> str:
    return parse_qs(urlparse(page.url).query).get("slide", [""])[0]


def shown(page, n: int) -> None:
    """Wait until slide n of SLIDES is drawn and the script has finished."""
    page.wait_for_function(
        "n => { const h = document.querySelector('.st-key-deck_bar h1');"
        " return h && h.textContent.startsWith('Slide ' + n + ' ')"
        " && document.querySelector('.deck-stage .slide'); }",
        arg=n,
        timeout=60_000,
    )
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )
    page.wait_for_timeout(400)


def check_slide(page, n: int, shot: str, lang: str = "id") -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{shot}.png"))
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator('[data-testid="stSidebar"]').count() == 0
    for chrome in ("stHeader", "stToolbar", "stExpandSidebarButton"):
        assert not page.locator(f'[data-testid="{chrome}"]').is_visible(), chrome
    assert url_slide(page) == str(n)
    box = page.locator(".deck-stage .slide").bounding_box()
    # the whole slide is on screen, 16:9, as wide as the window's height allows
    assert box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= 1280
    assert box["y"] + box["height"] <= 720 - 50  # above the control bar
    assert box["width"] / box["height"] == pytest.approx(16 / 9, rel=0.01)
    scale = box["width"] / 1280
    sizes = page.eval_on_selector_all(
        ".deck-stage .headline", "els => els.map(e => parseFloat(getComputedStyle(e).fontSize))"
    )
    assert bool(sizes) == (n in WITH_HEADLINES), sizes
    for size in sizes:
        assert size >= 48
        assert size * scale >= 48, f"headline drawn at {size * scale:.0f} px"
    if n in (4, 5, 6, 7):
        assert len(sizes) == 4  # four big numbers per W slide
    if n == SCORECARD:
        check_scorecard(page, scale, lang)


def check_scorecard(page, scale: float, lang: str) -> None:
    """Read from the back of the room: every cell of the scorecard at least 22 px as drawn,
    and each indicator's status a word on its chip, the dashboard's word (not colour alone)."""
    cells = page.eval_on_selector_all(
        ".deck-stage table.score td",
        "els => els.map(e => [parseFloat(getComputedStyle(e).fontSize), e.innerText.trim()])",
    )
    assert len(cells) == 4 + 3 * 19  # four area labels; 19 indicators of chip, name and value
    for size, text in cells:
        assert size >= 22 and size * scale >= 22, f"{text!r} drawn at {size * scale:.1f} px"
    chips = page.eval_on_selector_all(
        ".deck-stage table.score td.chip div",
        "els => els.map(e => [e.innerText.trim(), getComputedStyle(e).backgroundColor])",
    )
    assert {word for word, _ in chips} <= {t(f"status_{s}", lang) for s in STATUSES}, chips
    colours = {}
    for word, colour in chips:
        colours.setdefault(word, set()).add(colour)
    # one word, one colour, and no two words share a colour
    assert all(len(c) == 1 for c in colours.values()), colours
    assert len(set().union(*colours.values())) == len(colours)


def test_every_slide_by_url_on_a_fresh_server(server, page):
    for n in range(1, SLIDES + 1):
        page.goto(f"{server.url}/presentasi?tahun=2025&slide={n}")
        shown(page, n)
        assert page.locator(".st-key-deck_bar h1").inner_text() == f"Slide {n} dari {SLIDES}"
        check_slide(page, n, f"presentasi_{n:02d}")


def test_next_button_steps_through_a_filtered_english_deck(server, page):
    page.goto(f"{server.url}/presentasi?tahun=2025&opd=DISDUKCAPIL&bahasa=en&slide=1")
    shown(page, 1)
    assert "Agency: Dinas Kependudukan dan Pencatatan Sipil" in page.locator(".deck-stage").inner_text()
    for n in range(1, SLIDES + 1):
        check_slide(page, n, f"presentasi_en_opd_{n:02d}", "en")
        if n < SLIDES:
            page.get_by_role("button", name=re.compile("^Next")).click()
            shown(page, n + 1)
            query = parse_qs(urlparse(page.url).query)
            assert query["slide"] == [str(n + 1)]
            assert (
                query["bahasa"] == ["en"] and query["tahun"] == ["2025"] and query["opd"] == ["DISDUKCAPIL"]
            )
    assert page.get_by_role("button", name=re.compile("^Next")).is_disabled()


def test_keys_of_a_clicker_move_the_slide(server, page):
    page.goto(f"{server.url}/presentasi?tahun=2025&slide=3")
    shown(page, 3)
    page.locator(".deck-stage").click()
    for key, n in (("ArrowRight", 4), ("PageDown", 5), ("ArrowLeft", 4), ("PageUp", 3)):
        page.keyboard.press(key)
        shown(page, n)
        assert url_slide(page) == str(n), key


def test_back_to_the_dashboard_keeps_the_filters(server, page):
    page.goto(f"{server.url}/presentasi?tahun=2024&opd=DISDUKCAPIL&slide=4")
    shown(page, 4)
    page.get_by_role("link", name=re.compile("Kembali ke dasbor")).click()
    page.wait_for_function("() => !location.pathname.includes('presentasi')", timeout=60_000)
    page.wait_for_selector('[data-testid="stSidebar"]', timeout=60_000)
    query = parse_qs(urlparse(page.url).query)
    assert query["tahun"] == ["2024"] and query["opd"] == ["DISDUKCAPIL"]
    assert "slide" not in query


def test_downloads_are_the_same_slides(server, page, tmp_path):
    from pptx import Presentation
    from pypdf import PdfReader

    page.goto(f"{server.url}/presentasi?tahun=2025&slide=2")
    shown(page, 2)
    title = page.locator(".deck-stage h1").inner_text()
    files = {}
    for label in ("PowerPoint (.pptx)", "PDF"):
        page.get_by_role("button", name=re.compile("Unduh presentasi")).click()
        with page.expect_download(timeout=120_000) as info:
            page.get_by_role("button", name=label).click()
        files[label] = tmp_path / info.value.suggested_filename
        info.value.save_as(files[label])
        page.keyboard.press("Escape")
    assert files["PDF"].name == "presentasi-2025.pdf"
    deck = Presentation(str(files["PowerPoint (.pptx)"]))
    assert len(deck.slides) == SLIDES
    assert title in "\n".join(s.text_frame.text for s in deck.slides[1].shapes if s.has_text_frame)
    pdf = PdfReader(str(files["PDF"]))
    assert len(pdf.pages) == SLIDES
    assert title in " ".join(pdf.pages[1].extract_text().split())
