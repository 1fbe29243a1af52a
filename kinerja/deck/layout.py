"""Where things go on a slide, in CSS pixels of a 1280×720 slide (16:9, 13.333 × 7.5 in).

Both renderers read these boxes, so the PowerPoint and the PDF look alike: the PDF
uses them as CSS pixels, the PowerPoint converts them (1 px = 9525 EMU = 0.75 pt).
Sizes are for a projector in a meeting room: body text at least 18 px, headline
numbers 64 px (48 pt).
"""

from __future__ import annotations

import math
from typing import NamedTuple

WIDTH, HEIGHT = 1280, 720
MARGIN = 56
FONT = "Arial"  # in PowerPoint everywhere, Liberation Sans (same metrics) in LibreOffice
CSS_FONT = "Arial, 'Liberation Sans', 'Helvetica Neue', sans-serif"


class Box(NamedTuple):
    x: int
    y: int
    w: int
    h: int


STRIP = Box(0, 0, WIDTH, 10)  # the area's colour across the top
KICKER = Box(MARGIN, 26, WIDTH - 2 * MARGIN, 30)
TITLE = Box(MARGIN, 58, WIDTH - 2 * MARGIN, 104)
FOOTER = Box(MARGIN, 684, 900, 24)
PAGE = Box(WIDTH - MARGIN - 120, 684, 120, 24)
BODY_TOP = 176
BODY_BOTTOM = 668

KICKER_PX = 20
FOOTER_PX = 14
LEGEND_PX = 18  # what the colours mean: read from the back of the room, not a footnote
NUMBER_PX = 64
LABEL_PX = 20
SMALL_PX = 20
CAPTION_PX = 20
CHART_LABEL_PX = 18
CHART_VALUE_PX = 20
# line height of a headline number: PowerPoint's single spacing, which is about 1.15 in CSS
NUMBER_LINE = 1.0
NUMBER_LINE_CSS = 1.15

# title slide
COVER_TITLE = Box(96, 170, WIDTH - 192, 180)
COVER_LINES = Box(96, 380, WIDTH - 192, 260)
COVER_TITLE_PX = 60
COVER_LINE_PX = 28

# scorecard: two columns of tables (status chip, indicator, value) and a legend; 25 px is
# drawn at 22.8 px in presenter mode at 1280×720 (the slide is scaled to 0.91 above the bar)
SCORE_COLUMNS = (Box(MARGIN, 160, 568, 456), Box(WIDTH - MARGIN - 568, 160, 568, 456))
SCORE_WIDTHS = (184, 272, 112)  # status, indicator, value
SCORE_CHIP = 176  # the chip's width in the first column: "100% of target" in bold fits
SCORE_LEGEND = Box(MARGIN, 628, WIDTH - 2 * MARGIN, 52)
SCORE_PX = 25
SCORE_ROW = 38  # 12 rows: two area labels and ten indicators in the longer column
SCORE_CHIP_INSET = 3  # the chip's gap to the row above and below

# area slides: 2×2 headline cards on the left, charts on the right
# cards wide enough that "Target 155.000 · capaian 100,0%" stays one line at 20 px in
# LibreOffice too (its line breaks come a little earlier than Chromium's)
CARDS_W = 680
CARDS = Box(MARGIN, BODY_TOP, CARDS_W, BODY_BOTTOM - BODY_TOP)
CARD_GAP = 16
CARD_PAD = 22  # text inset from the card's left edge (its status bar is 8 px)
CHARTS = Box(MARGIN + CARDS_W + 32, BODY_TOP, WIDTH - 2 * MARGIN - CARDS_W - 32, BODY_BOTTOM - BODY_TOP)
CAPTION_H = 32

# ranking and list slides
SUBTITLE = Box(MARGIN, 164, WIDTH - 2 * MARGIN, 32)
WIDE_CHART = Box(MARGIN, 204, WIDTH - 2 * MARGIN, 404)
WIDE_LEGEND = Box(MARGIN, 616, WIDTH - 2 * MARGIN, 56)
LIST = Box(MARGIN, 212, WIDTH - 2 * MARGIN, 420)
LIST_MORE = Box(MARGIN, 636, WIDTH - 2 * MARGIN, 32)

# the summary slide: the sentences on the left, whom to follow up on the right
SUMMARY_SENTENCES = Box(MARGIN, 212, 640, 456)
SUMMARY_FOLLOW = Box(MARGIN + 680, 212, WIDTH - 2 * MARGIN - 680, 420)
SUMMARY_MORE = Box(MARGIN + 680, 636, WIDTH - 2 * MARGIN - 680, 32)
SUMMARY_PX = 24
SUMMARY_FOLLOW_PX = 17
SUMMARY_FOLLOW_MAX = 8  # entries of up to two lines each fit the column


def title_px(text: str) -> int:
    """A title's size by its length, so a long finding still fits two lines."""
    n = len(text)
    return 40 if n <= 90 else 34 if n <= 120 else 28


def cards(n: int) -> list[Box]:
    """Boxes for n headline cards (up to four), two per row."""
    cols = 2
    rows = math.ceil(n / cols)
    w = (CARDS.w - CARD_GAP * (cols - 1)) // cols
    h = (CARDS.h - CARD_GAP * (rows - 1)) // rows
    return [
        Box(CARDS.x + (i % cols) * (w + CARD_GAP), CARDS.y + (i // cols) * (h + CARD_GAP), w, h)
        for i in range(n)
    ]


ALSO_H = 84  # below the charts: the area's other indicators, three lines at 20 px


def charts(n: int, also: bool = False) -> list[Box]:
    """Boxes (caption included) for n charts stacked on the right, above the `also` line
    when there is one."""
    gap = 24
    height = CHARTS.h - (ALSO_H if also else 0)
    h = (height - gap * (n - 1)) // n
    return [Box(CHARTS.x, CHARTS.y + i * (h + gap), CHARTS.w, h) for i in range(n)]


def also_box() -> Box:
    return Box(CHARTS.x, CHARTS.y + CHARTS.h - ALSO_H + 12, CHARTS.w, ALSO_H - 12)


def card_text(card: Box) -> Box:
    return Box(card.x + CARD_PAD, card.y + 12, card.w - CARD_PAD - 10, card.h - 20)


BAR_ROW_MAX = 64  # a bar chart of few bars keeps slim bars instead of filling its box


def caption_and_plot(box: Box, bars: int = 0) -> tuple[Box, Box]:
    """The caption line and the plot under it; `bars` > 0 caps the plot's height."""
    h = box.h - CAPTION_H
    if bars:
        h = min(h, bars * BAR_ROW_MAX)
    return Box(box.x, box.y, box.w, CAPTION_H), Box(box.x, box.y + CAPTION_H, box.w, h)


def bar_label_w(plot: Box, categories) -> int:
    """The room left of horizontal bars for their category labels: the longest label in
    Arial at CHART_LABEL_PX (0.56 em a character) and a gap, at most 45% of the plot."""
    longest = max((len(c) for c in categories), default=0)
    return min(int(plot.w * 0.45), int(longest * CHART_LABEL_PX * 0.56) + 16)


BARS_PAD_Y = 4  # the bars' area inside a plot whose target line is drawn over it (PPTX)


def bars_area(plot: Box, categories) -> Box:
    """Where horizontal bars are drawn inside `plot` when the renderer fixes it (a target
    line is drawn over them at a known place): right of the labels, to the plot's right
    edge (the bars' scale leaves room for the value labels)."""
    left = bar_label_w(plot, categories)
    return Box(plot.x + left, plot.y + BARS_PAD_Y, plot.w - left, plot.h - 2 * BARS_PAD_Y)


LIST_MAX = 36  # 3 columns of 12 one-line names
LIST_GRIDS = ((1, 24), (2, 24), (2, 20), (3, 20))  # (columns, font px), roomiest first


def list_columns(names) -> tuple[int, list[list[str]]]:
    """(font px, names per column): the roomiest grid where every name fits whole, its
    long names wrapping; else three columns with each name cut to one line."""
    names = list(names)
    for cols, px in LIST_GRIDS:
        per_col = max(1, math.ceil(len(names) / cols))
        chars = _chars(cols, px) * 0.85  # words wrap before the edge
        columns = [names[i : i + per_col] for i in range(0, len(names), per_col)]
        lines = [sum(math.ceil((len(n) + 2) / chars) for n in col) for col in columns]
        heights = [
            line * px * 1.2 + (len(col) - 1) * px // 2 for line, col in zip(lines, columns, strict=True)
        ]
        if max(heights, default=0) <= LIST.h:
            return px, columns
    cols, px = LIST_GRIDS[-1]
    per_col = math.ceil(len(names) / cols)
    return px, [
        [fit(n, _chars(cols, px) - 2) for n in names[i : i + per_col]] for i in range(0, len(names), per_col)
    ]


def _chars(cols: int, px: int) -> int:
    """Characters of Arial at px that fit one line of a column (0.55 em a character)."""
    return int((LIST.w // cols - 24) / (px * 0.55))


def fit(text: str, chars: int) -> str:
    """Text cut to `chars` characters with an ellipsis; the speaker notes keep it whole."""
    return text if len(text) <= chars else text[: chars - 1].rstrip(" ,") + "…"


def value_range(values, reference=None, kind: str = "bar") -> tuple[float, float]:
    """The value axis: bars start at zero with room for their labels; a line spans its
    values (and its target) with a margin, so a change of a few points is visible."""
    present = [v for v in values if v is not None]
    if reference is not None:
        present.append(reference)
    if not present:
        return 0.0, 1.0
    lo, hi = min(present), max(present)
    if kind == "bar":
        return 0.0, (hi * 1.28) if hi > 0 else 1.0
    span = (hi - lo) or max(abs(hi) * 0.1, 1.0)
    return max(0.0, lo - span * 0.6), hi + span * 0.6
