"""Print the deck's HTML (kinerja.deck.to_html) to PDF with Playwright and Debian's Chromium.

Playwright cannot download its own browser here, so it drives /usr/bin/chromium
(`KINERJA_CHROMIUM` names another). A missing browser is a clear error, not a traceback.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from kinerja.deck import DeckError
from kinerja.deck.model import Deck
from kinerja.deck.to_html import render

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 60_000


def chromium_path() -> Path:
    return Path(os.environ.get("KINERJA_CHROMIUM") or CHROMIUM)


def _missing(path: Path, reason: str = "") -> DeckError:
    more = f" ({reason})" if reason else ""
    return DeckError(
        f"Chromium tidak ditemukan atau tidak dapat dijalankan: {path}{more}. PDF memerlukan "
        "Chromium; pasang dengan: apt-get install -y chromium, atau tulis .pptx. "
        f"(Chromium not found or not runnable at {path}; PDF needs it: "
        "apt-get install -y chromium, or write .pptx instead.)"
    )


def require_chromium() -> Path:
    """The browser that prints the PDF; DeckError (bilingual, says what to install) if absent."""
    path = chromium_path()
    if not path.is_file() or not os.access(path, os.X_OK):
        raise _missing(path)
    return path


@contextlib.contextmanager
def html_page(html: str, width: int, height: int):
    """A Chromium page holding `html` at width×height CSS pixels (one pixel per pixel),
    for printing to PDF or taking a picture (the phone card, kinerja.reports.card)."""
    path = require_chromium()
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=str(path), args=ARGS, timeout=TIMEOUT_MS)
        except Error as exc:
            raise _missing(path, str(exc).splitlines()[0]) from None
        try:
            page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
            page.set_default_timeout(TIMEOUT_MS)
            page.set_content(html, wait_until="load")
            yield page
        finally:
            browser.close()


def write_pdf(deck: Deck, out: Path) -> None:
    with html_page(render(deck), 1280, 720) as page:
        page.pdf(path=str(out), width="13.333in", height="7.5in", print_background=True)
