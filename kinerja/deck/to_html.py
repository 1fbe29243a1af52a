"""Draw the deck model as HTML pages, one 1280×720 slide per printed page.

The same boxes as the PowerPoint (kinerja.deck.layout); bar charts are CSS bars, line
charts inline SVG drawn here, so the PDF needs no chart library. Every text from the
data (region and OPD names) is escaped.
"""

from __future__ import annotations

import base64
import re
from html import escape

from kinerja.deck import layout as L
from kinerja.deck.model import (
    AreaSlide,
    Chart,
    Deck,
    ListSlide,
    RankingSlide,
    ScorecardSlide,
    Slide,
    SummarySlide,
    TitleSlide,
)
from kinerja.indicators.rules import chip_colours as chip_colors
from kinerja.palette import AREA_COLORS, INK, MUTED, RULE, STATUS_COLORS, TARGET_COLOR

# The slide's own styles, scoped to .slide so a presenter page can hold them beside its
# own (kinerja.deck.present); the print page adds the paper around them.
SLIDE_CSS = f"""
.slide {{ position: relative; width: {L.WIDTH}px; height: {L.HEIGHT}px; overflow: hidden;
          box-sizing: content-box; background: #fff; font-family: {L.CSS_FONT}; color: {INK};
          text-align: left; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
.slide .abs {{ position: absolute; box-sizing: border-box; overflow: hidden; }}
.slide p {{ margin: 0; padding: 0; line-height: 1.2; font-family: inherit; letter-spacing: normal; }}
.slide h1 {{ margin: 0; padding: 0; font-weight: bold; line-height: 1.15; font-family: inherit;
             color: inherit; letter-spacing: normal; }}
.slide table.score {{ border-collapse: collapse; table-layout: fixed; width: 100%; margin: 0;
                      border: 0; }}
.slide table.score tr {{ background: transparent; border: 0; }}
.slide table.score td {{ height: {L.SCORE_ROW}px; padding: 0 4px 0 10px; font-size: {L.SCORE_PX}px;
                         white-space: nowrap; overflow: hidden; border: 0; line-height: 1.2;
                         vertical-align: middle; }}
.slide table.score td.num {{ text-align: right; font-weight: bold; padding: 0 6px 0 0; }}
.slide table.score td.area {{ padding-left: 0; font-weight: bold; }}
.slide table.score td.chip {{ padding: 0; }}
.slide table.score td.chip div {{ width: {L.SCORE_CHIP}px; height: {L.SCORE_ROW - 2 * L.SCORE_CHIP_INSET}px;
                                  line-height: {L.SCORE_ROW - 2 * L.SCORE_CHIP_INSET}px; text-align: center;
                                  font-weight: bold; overflow: hidden; }}
.slide .bars {{ display: grid; align-items: center; position: relative; }}
.slide .bars .cat {{ font-size: {L.CHART_LABEL_PX}px; text-align: right; padding-right: 10px;
                     white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }}
.slide .bars .track {{ display: flex; align-items: center; height: 100%; border-left: 1px solid {RULE}; }}
.slide .bars .bar {{ height: 69%; }}
.slide .bars .val {{ font-size: {L.CHART_VALUE_PX}px; font-weight: bold; padding-left: 6px;
                     white-space: nowrap; }}
.slide .bars .ref {{ position: absolute; top: 0; bottom: 0; border-left: 3px dashed {TARGET_COLOR}; }}
"""
CSS = (
    """
@page { size: 13.333in 7.5in; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
.slide { break-after: page; page-break-after: always; }
.slide:last-child { break-after: auto; page-break-after: auto; }
"""
    + SLIDE_CSS
)


def render(deck: Deck) -> str:
    """The whole deck as one HTML document, a printed page per slide."""
    total = len(deck.slides)
    pages = "".join(slide_html(s, deck.footer, f"{n}/{total}") for n, s in enumerate(deck.slides, start=1))
    return (
        f'<!doctype html><html lang="{deck.lang}"><head><meta charset="utf-8">'
        f"<title>{escape(deck.slides[0].title if deck.slides else deck.wilayah)}</title>"
        f"<style>{CSS}</style></head><body>{pages}</body></html>"
    )


def slide_html(s: Slide, footer: str, page: str, svg_images: bool = False) -> str:
    """One slide as a 1280×720 <section> (needs SLIDE_CSS): what a presenter view shows
    alone. `svg_images` puts each line chart in an <img> (a data URL), for hosts that strip
    inline SVG from HTML (Streamlit's st.html keeps only the HTML profile of DOMPurify)."""
    draw = {
        TitleSlide: _cover,
        SummarySlide: _summary,
        ScorecardSlide: _scorecard,
        AreaSlide: _area,
        RankingSlide: _ranking,
        ListSlide: _list,
    }
    cover = isinstance(s, TitleSlide)
    frame = "" if cover else _frame(s, footer, page)
    style = f' style="background:{AREA_COLORS[s.area]}"' if cover else ""
    html = f'<section class="slide"{style}>{frame}{draw[type(s)](s)}</section>'
    return _SVG.sub(_as_image, html) if svg_images else html


# every text inside is escaped, so "<svg" and "</svg>" can only be the charts' own tags
_SVG = re.compile(r"<svg .*?</svg>", re.DOTALL)


def _as_image(match: re.Match) -> str:
    data = base64.b64encode(match.group(0).encode("utf-8")).decode("ascii")
    return f'<img alt="" style="display:block" src="data:image/svg+xml;base64,{data}">'


def _pos(box: L.Box) -> str:
    return f"left:{box.x}px;top:{box.y}px;width:{box.w}px;height:{box.h}px"


def _div(box: L.Box, inner: str, style: str = "") -> str:
    return f'<div class="abs" style="{_pos(box)};{style}">{inner}</div>'


def _p(text: str, size: int, color: str = INK, bold: bool = False, extra: str = "", cls: str = "") -> str:
    weight = "bold" if bold else "normal"
    attr = f' class="{cls}"' if cls else ""
    return (
        f'<p{attr} style="font-size:{size}px;color:{color};font-weight:{weight};{extra}">{escape(text)}</p>'
    )


def _frame(s, footer: str, page: str) -> str:
    color = AREA_COLORS[s.area]
    parts = [_div(L.STRIP, "", f"background:{color}")]
    kicker = getattr(s, "kicker", "")
    if kicker:
        parts.append(_div(L.KICKER, _p(kicker, L.KICKER_PX, color, True)))
    size = L.title_px(s.title)
    parts.append(_div(L.TITLE, f'<h1 style="font-size:{size}px">{escape(s.title)}</h1>'))
    parts.append(_div(L.FOOTER, _p(footer, L.FOOTER_PX, MUTED)))
    parts.append(_div(L.PAGE, _p(page, L.FOOTER_PX, MUTED, extra="text-align:right")))
    return "".join(parts)


def _cover(s: TitleSlide) -> str:
    title = f'<h1 class="headline" style="font-size:{L.COVER_TITLE_PX}px;color:#fff">{escape(s.title)}</h1>'
    lines = "".join(
        _p(line, L.COVER_LINE_PX, "#FFFFFF", i == 0, "margin-top:10px" if i else "")
        for i, line in enumerate(s.lines)
    )
    return _div(L.COVER_TITLE, title, "display:flex;flex-direction:column;justify-content:flex-end") + _div(
        L.COVER_LINES, lines
    )


def _scorecard(s: ScorecardSlide) -> str:
    parts = []
    widths = "".join(f'<col style="width:{w}px">' for w in L.SCORE_WIDTHS)
    for box, groups in zip(L.SCORE_COLUMNS, s.columns, strict=True):
        rows = []
        for g in groups:
            rows.append(
                f'<tr><td class="area" colspan="3" style="color:{AREA_COLORS[g.area]}">{escape(g.label)}</td></tr>'
            )
            for r in g.rows:
                fill, ink = chip_colors(r.status, r.progress)
                rows.append(
                    f'<tr><td class="chip"><div style="background:{fill};color:{ink}">{escape(r.word)}</div></td>'
                    f"<td>{escape(r.label)}</td><td class=num>{escape(r.value)}</td></tr>"
                )
        parts.append(_div(box, f'<table class="score"><colgroup>{widths}</colgroup>{"".join(rows)}</table>'))
    legend = "".join(_p(line, L.SMALL_PX, MUTED) for line in s.legend.split("\n"))
    return "".join(parts) + _div(L.SCORE_LEGEND, legend)


def _area(s: AreaSlide) -> str:
    parts = []
    for box, h in zip(L.cards(len(s.headlines)), s.headlines, strict=True):
        parts.append(_div(box, "", "background:#F3F4F6"))
        parts.append(_div(L.Box(box.x, box.y, 8, box.h), "", f"background:{STATUS_COLORS[h.status]}"))
        lines = [
            _p(h.label, L.LABEL_PX, MUTED, True),
            _p(h.value, L.NUMBER_PX, INK, True, f"line-height:{L.NUMBER_LINE_CSS}", "headline"),
        ]
        lines += [_p(x, L.SMALL_PX) for x in (h.grade, h.detail) if x]
        lines.append(_p(h.previous, L.SMALL_PX, MUTED))
        parts.append(_div(L.card_text(box), "".join(lines)))
    for box, chart in zip(L.charts(len(s.charts), bool(s.also)), s.charts, strict=True):
        parts.append(_chart(box, chart))
    if s.also:
        parts.append(_div(L.also_box(), _p(s.also, L.SMALL_PX, MUTED)))
    return "".join(parts)


def _ranking(s: RankingSlide) -> str:
    out = _div(L.SUBTITLE, _p(s.subtitle, L.SMALL_PX, MUTED))
    if s.chart is not None:
        out += _chart(L.WIDE_CHART, s.chart)
        out += _div(L.WIDE_LEGEND, "".join(_p(x, L.LEGEND_PX, MUTED) for x in s.chart.legend.split("\n")))
    return out


def _list(s: ListSlide) -> str:
    out = _div(L.SUBTITLE, _p(s.subtitle, L.SMALL_PX, MUTED))
    size, columns = L.list_columns(s.items)
    width = L.LIST.w // max(1, len(columns))
    gap, hang = f"margin-top:{size // 2}px", "padding-left:0.6em;text-indent:-0.6em"
    for c, names in enumerate(columns):
        box = L.Box(L.LIST.x + c * width, L.LIST.y, width - 24, L.LIST.h)
        items = (_p(f"• {n}", size, INK, extra=f"{hang};{gap}" if i else hang) for i, n in enumerate(names))
        out += _div(box, "".join(items))
    if s.more:
        out += _div(L.LIST_MORE, _p(s.more, L.SMALL_PX, MUTED))
    return out


def _summary(s: SummarySlide) -> str:
    hang = "padding-left:0.6em;text-indent:-0.6em"
    out = _div(L.SUBTITLE, _p(s.subtitle, L.SMALL_PX, MUTED))
    sentences = (
        _p(f"• {x}", L.SUMMARY_PX, INK, extra=f"{hang};margin-top:14px" if i else hang)
        for i, x in enumerate(s.sentences)
    )
    out += _div(L.SUMMARY_SENTENCES, "".join(sentences))
    follow = [_p(s.follow_up_title, L.SMALL_PX, INK, True)]
    follow += [_p(f"• {x}", L.SUMMARY_FOLLOW_PX, INK, extra=f"{hang};margin-top:8px") for x in s.follow_up]
    out += _div(L.SUMMARY_FOLLOW, "".join(follow))
    if s.more:
        out += _div(L.SUMMARY_MORE, _p(s.more, L.SUMMARY_FOLLOW_PX, MUTED))
    return out


def _chart(box: L.Box, chart: Chart) -> str:
    cap, plot = L.caption_and_plot(box, 0 if chart.kind == "line" else len(chart.categories))
    body = _line_svg(plot, chart) if chart.kind == "line" else _bars(plot, chart)
    return _div(cap, _p(chart.caption, L.CAPTION_PX, INK, True)) + body


def _bars(plot: L.Box, chart: Chart) -> str:
    _, hi = L.value_range(chart.values, chart.reference, "bar")
    label_w = L.bar_label_w(plot, chart.categories)
    row_h = plot.h // max(1, len(chart.categories))
    cells = []
    for cat, value, label, color in zip(
        chart.categories, chart.values, chart.labels, chart.colors, strict=True
    ):
        pct = 0 if value is None or hi <= 0 else 100 * value / hi
        bar = (
            f'<div class="bar" style="width:{pct:.2f}%;background:{color}"></div>'
            if value is not None
            else ""
        )
        cells.append(
            f'<div class="cat">{escape(cat)}</div>'
            f'<div class="track">{bar}<span class="val">{escape(label)}</span></div>'
        )
    if chart.reference is not None and hi > 0:  # the region's target across the bars
        track = f"{label_w + 1}px"  # a bar starts after the track's 1px border
        at = f"calc({track} + (100% - {track}) * {chart.reference / hi:.4f})"
        cells.append(f'<div class="ref" style="left:{at}" title="{escape(chart.reference_label)}"></div>')
    grid = f"grid-template-columns:{label_w}px 1fr;grid-auto-rows:{row_h}px"
    return _div(plot, f'<div class="bars" style="{grid}">{"".join(cells)}</div>')


def _line_svg(plot: L.Box, chart: Chart) -> str:
    """Points over equal bands (as PowerPoint's line chart), labels above, target dashed."""
    lo, hi = L.value_range(chart.values, chart.reference, "line")
    axis_h, top_pad = 44, 36
    inner_h = plot.h - axis_h - top_pad
    n = max(1, len(chart.categories))
    band = plot.w / n

    def y(v: float) -> float:
        return top_pad + (hi - v) / (hi - lo) * inner_h

    color = chart.colors[0]
    base = plot.h - axis_h
    svg = [f'<line x1="0" y1="{base}" x2="{plot.w}" y2="{base}" stroke="{RULE}" stroke-width="1.5"/>']
    for i, cat in enumerate(chart.categories):
        svg.append(_svg_text((i + 0.5) * band, base + 28, cat, L.CHART_LABEL_PX, INK, "middle", False))
    if chart.reference is not None:
        ry = y(chart.reference)
        svg.append(
            f'<line x1="{0.5 * band:.1f}" y1="{ry:.1f}" x2="{(n - 0.5) * band:.1f}" y2="{ry:.1f}" '
            f'stroke="{TARGET_COLOR}" stroke-width="3" stroke-dasharray="12 7"/>'
        )
        last = chart.values[-1]
        below = last is not None and last > chart.reference
        svg.append(
            _svg_text(
                0.5 * band,
                ry + (26 if below else -10),
                chart.reference_label,
                L.CHART_VALUE_PX,
                TARGET_COLOR,
                "middle",
                False,
            )
        )
    points = [((i + 0.5) * band, y(v)) for i, v in enumerate(chart.values) if v is not None]
    if len(points) > 1:
        path = " ".join(f"{x:.1f},{yy:.1f}" for x, yy in points)
        svg.append(
            f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="6.7" stroke-linejoin="round"/>'
        )
    for i, (v, label) in enumerate(zip(chart.values, chart.labels, strict=True)):
        if v is None:
            continue
        cx, cy = (i + 0.5) * band, y(v)
        svg.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="8" fill="{color}"/>')
        svg.append(_svg_text(cx, cy - 16, label, L.CHART_VALUE_PX, INK, "middle"))
    inner = "".join(svg)
    return _div(
        plot,
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{plot.w}" height="{plot.h}" '
        f'viewBox="0 0 {plot.w} {plot.h}">{inner}</svg>',
    )


def _svg_text(x: float, y: float, text: str, size: int, color: str, anchor: str, bold: bool = True) -> str:
    weight = "bold" if bold else "normal"
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{color}" font-weight="{weight}" '
        f'text-anchor="{anchor}" font-family="{escape(L.CSS_FONT)}">{escape(text)}</text>'
    )
