"""Bagikan in a real browser (Debian's Chromium through Playwright) against a real `streamlit
run`: at 1280×720 the button sits beside the title and the first KPI row stays on the first
screen; the card downloaded from the popover is a 1080×1350 PNG; on a phone the popover fits.
Screenshots: artifacts/screenshots/share_*.png."""

from __future__ import annotations

import io

import pytest

from kinerja.i18n import t
from tests.appkit import ROOT, Server, build_demo_db

pytest.importorskip("playwright.sync_api")
SHOTS = ROOT / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser_share")
    srv = Server(build_demo_db(folder), folder / "streamlit.log")
    yield srv
    srv.stop()


def open_page(browser, url: str, width: int, height: int):
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector("h1", timeout=60_000)
    settle(page)
    return context, page


def settle(page) -> None:
    page.wait_for_timeout(400)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=90_000
    )
    page.wait_for_timeout(600)
    assert page.locator('[data-testid="stException"]').count() == 0


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"share_{name}.png"))


def open_share(page, lang: str = "id") -> None:
    page.get_by_role("button", name=t("bagikan", lang)).click()
    page.get_by_role("button", name=t("bagikan_card", lang)).wait_for(timeout=60_000)
    page.get_by_role("link", name=t("bagikan_whatsapp", lang)).wait_for(timeout=60_000)
    settle(page)
    page.locator(
        '[data-testid="stPopoverBody"] [data-testid="stCode"] code, [data-testid="stPopoverBody"] textarea'
    ).first.wait_for(timeout=30_000)
    page.wait_for_timeout(500)


def test_the_button_keeps_the_first_kpi_row_on_the_first_screen(server, browser):
    context, page = open_page(browser, f"{server.url}/?tahun=2026", 1280, 720)
    try:
        shot(page, "overview_1280")
        button = page.get_by_role("button", name=t("bagikan", "id")).bounding_box()
        # the title's text itself (its block spans the row)
        title = page.evaluate(
            "() => { const r = document.createRange(); r.selectNodeContents(document.querySelector('h1'));"
            " const b = r.getBoundingClientRect(); return {x: b.x, y: b.y, width: b.width, height: b.height}; }"
        )
        first_kpi = page.locator('[data-testid="stMetric"]').first.bounding_box()
        assert button["y"] + button["height"] <= 720 and button["x"] + button["width"] <= 1280
        apart = (
            button["y"] + button["height"] <= title["y"]
            or title["x"] + title["width"] <= button["x"]
            or button["y"] >= title["y"] + title["height"]
        )
        assert apart, (button, title)
        assert title["height"] < 60  # the title keeps its one line
        assert first_kpi["y"] + first_kpi["height"] <= 720
    finally:
        context.close()


def test_the_card_downloads_as_a_1080_by_1350_png(server, browser, tmp_path):
    from PIL import Image

    context, page = open_page(browser, f"{server.url}/?tahun=2026&jenis_opd=kecamatan&bahasa=en", 1280, 720)
    try:
        open_share(page, "en")
        shot(page, "overview_open_1280")
        with page.expect_download(timeout=120_000) as info:
            page.get_by_role("button", name=t("bagikan_card", "en")).click()
        assert info.value.suggested_filename == "kartu-2026-en.png"
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
        image = Image.open(io.BytesIO(path.read_bytes()))
        assert (image.format, image.size) == ("PNG", (1080, 1350))
        image.save(SHOTS / "share_card.png")
        link = page.get_by_role("link", name=t("bagikan_whatsapp", "en")).get_attribute("href")
        assert link.startswith("https://wa.me/?text=") and "jenis_opd%3Dkecamatan" in link
    finally:
        context.close()


def test_on_a_phone_the_popover_fits_the_screen(server, browser):
    context, page = open_page(browser, f"{server.url}/?tahun=2026", 390, 844)
    try:
        shot(page, "overview_390")
        open_share(page)
        shot(page, "overview_open_390")
        popover = page.locator('[data-testid="stPopoverBody"]').bounding_box()
        assert popover["x"] >= 0 and popover["x"] + popover["width"] <= 390
    finally:
        context.close()


def test_presenter_mode_copies_the_text_with_the_link_to_its_slide(server, browser):
    context, page = open_page(browser, f"{server.url}/presentasi?tahun=2026&slide=2", 1280, 720)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    try:
        open_share(page)
        shot(page, "presentasi_open_1280")
        shown = page.locator('[data-testid="stCode"]').inner_text()
        assert shown.rstrip().endswith("/presentasi?tahun=2026&slide=2")
        page.get_by_role("button", name=t("bagikan_copy", "id")).click()  # 127.0.0.1: allowed
        page.get_by_role("button", name=t("bagikan_copied", "id")).wait_for(timeout=10_000)
        copied = page.evaluate("() => navigator.clipboard.readText()")
        assert copied.startswith("Ringkasan kinerja ") and copied.endswith("/presentasi?tahun=2026&slide=2")
    finally:
        context.close()
