"""Presenter mode (pages/presentasi.py): one slide of the deck on a screen, the very slide
the PDF prints (kinerja.deck.to_html.slide_html), scaled to fit the window.

No Streamlit here: the page asks for the slide number and the HTML; this module knows the
CSS that hides Streamlit's chrome, because presenter mode shows nothing but the slide and
a thin bar of controls.
"""

from __future__ import annotations

from kinerja.deck import layout as L
from kinerja.deck.model import Deck
from kinerja.deck.to_html import SLIDE_CSS, slide_html

BAR_PX = 56  # the control bar under the slide

# The slide is drawn at 1280×720 CSS px and scaled by --s, the largest factor at which it
# fits the window above the bar. tan(atan2(a, b)) is a/b as a plain number (CSS cannot
# divide lengths otherwise); Chromium, Firefox and Safari have done it since 2023.
STAGE_CSS = f"""
.deck-stage {{
  --s: min(tan(atan2(100vw - 8px, {L.WIDTH}px)), tan(atan2(100vh - {BAR_PX + 8}px, {L.HEIGHT}px)));
  display: flex; justify-content: center; width: 100%;
}}
.deck-fit {{ width: calc({L.WIDTH}px * var(--s)); height: calc({L.HEIGHT}px * var(--s));
             overflow: hidden; box-shadow: 0 0 0 1px #DADCE0; }}
.deck-fit > .slide {{ transform: scale(var(--s)); transform-origin: 0 0; }}
"""

# Streamlit's chrome (header, toolbar, sidebar and its toggle, padding) hidden, and the
# controls pinned to the bottom as one bar. Our own constant: no text from data in it.
CHROME_CSS = f"""
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stExpandSidebarButton"], [data-testid="stMainMenu"] {{ display: none !important; }}
[data-testid="stMainBlockContainer"] {{ padding: 4px 0 0 0 !important; max-width: none !important; }}
[data-testid="stMain"] {{ overflow: hidden; }}
.st-key-deck_bar {{
  position: fixed; left: 0; right: 0; bottom: 0; min-height: {BAR_PX}px; z-index: 100;
  padding: 8px 16px; box-sizing: border-box; background: #fff; border-top: 1px solid #DADCE0;
}}
.st-key-deck_bar h1 {{ font-size: 20px !important; font-weight: 600; padding: 0 !important;
                       margin: 0 !important; line-height: 1.2; white-space: nowrap; }}
.st-key-deck_bar [data-testid="stHeaderActionElements"] {{ display: none; }}
.st-key-deck_keys {{ display: none; }}
"""

CSS = SLIDE_CSS + STAGE_CSS + CHROME_CSS


def slide_number(raw: str | None, total: int) -> tuple[int, bool]:
    """The 1-based slide the URL asks for, and whether the request was unusable (then 1)."""
    if raw is None:
        return 1, False
    text = raw.strip()
    if text.isdigit() and 1 <= int(text) <= total:
        return int(text), False
    return 1, True


def stage(deck: Deck, n: int) -> str:
    """Slide n (1-based) inside the box that scales it to the window."""
    total = len(deck.slides)
    inner = slide_html(deck.slides[n - 1], deck.footer, f"{n}/{total}", svg_images=True)
    return f'<div class="deck-stage"><div class="deck-fit">{inner}</div></div>'
