"""Draw the deck model as PowerPoint with python-pptx's standard API only.

Titles sit in title placeholders (the outline view and screen readers find them), other
text in text boxes and one table, charts are native charts whose labels are real text,
so a presenter can search and edit every number. The slide is 13.333 × 7.5 in.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_MARKER_STYLE
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.lang import MSO_LANGUAGE_ID
from pptx.enum.shapes import MSO_CONNECTOR
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls
from pptx.util import Emu, Pt

from kinerja.deck import layout as L
from kinerja.deck.model import (
    AreaSlide,
    Chart,
    Deck,
    ListSlide,
    RankingSlide,
    ScorecardSlide,
    SummarySlide,
    TitleSlide,
)
from kinerja.indicators.rules import chip_colours as chip_colors
from kinerja.palette import AREA_COLORS, INK, MUTED, RULE, STATUS_COLORS, TARGET_COLOR

TITLE_SLIDE, TITLE_ONLY = 0, 5  # layouts of python-pptx's default template
LANGUAGE = {"id": MSO_LANGUAGE_ID.INDONESIAN, "en": MSO_LANGUAGE_ID.ENGLISH_UK}


def px(value: float) -> Emu:
    return Emu(round(value * 9525))


def pt(size_px: float) -> Pt:
    return Pt(size_px * 0.75)


def rgb(color: str) -> RGBColor:
    return RGBColor.from_string(color.lstrip("#"))


def write_pptx(deck: Deck, out: Path) -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = px(L.WIDTH), px(L.HEIGHT)
    prs.core_properties.title = deck.slides[0].title if deck.slides else deck.wilayah
    prs.core_properties.language = "id-ID" if deck.lang == "id" else "en-GB"
    draw = {
        TitleSlide: _cover,
        SummarySlide: _summary,
        ScorecardSlide: _scorecard,
        AreaSlide: _area,
        RankingSlide: _ranking,
        ListSlide: _list,
    }
    total = len(deck.slides)
    for number, model in enumerate(deck.slides, start=1):
        layout = prs.slide_layouts[TITLE_SLIDE if isinstance(model, TitleSlide) else TITLE_ONLY]
        slide = prs.slides.add_slide(layout)
        painter = _Painter(slide, deck.lang)
        if not isinstance(model, TitleSlide):
            painter.frame(model, deck.footer, f"{number}/{total}")
        draw[type(model)](painter, model)
        slide.notes_slide.notes_text_frame.text = model.notes
    prs.save(str(out))


class _Painter:
    """Shapes on one slide, placed by layout boxes in CSS pixels."""

    def __init__(self, slide, lang: str):
        self.slide = slide
        self.lang = LANGUAGE[lang]

    def frame(self, model, footer: str, page: str) -> None:
        """What every content slide has: area strip, kicker, title, footer, page number."""
        self.rect(L.STRIP, AREA_COLORS[model.area])
        kicker = getattr(model, "kicker", "")
        if kicker:
            self.text(L.KICKER, kicker, L.KICKER_PX, AREA_COLORS[model.area], bold=True)
        self.title(L.TITLE, model.title, L.title_px(model.title), INK)
        self.text(L.FOOTER, footer, L.FOOTER_PX, MUTED)
        self.text(L.PAGE, page, L.FOOTER_PX, MUTED, align=PP_ALIGN.RIGHT)

    def title(self, box: L.Box, text: str, size: int, color: str) -> None:
        shape = self.slide.shapes.title
        shape.left, shape.top, shape.width, shape.height = px(box.x), px(box.y), px(box.w), px(box.h)
        self._fill(shape.text_frame, [(text, size, color, True)], PP_ALIGN.LEFT, MSO_ANCHOR.TOP)

    def rect(self, box: L.Box, color: str):
        """A filled box: an empty text box, which (unlike an autoshape) carries no theme
        style, so no renderer adds a shadow or an outline."""
        shape = self.slide.shapes.add_textbox(px(box.x), px(box.y), px(box.w), px(box.h))
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(color)
        return shape

    def text(self, box: L.Box, text: str, size: int, color: str = INK, bold: bool = False, **kw):
        return self.paragraphs(box, [(text, size, color, bold)], **kw)

    def paragraphs(self, box: L.Box, lines, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP, space_px: int = 0):
        """A text box of paragraphs, each (text, size px, colour, bold[, tight])."""
        shape = self.slide.shapes.add_textbox(px(box.x), px(box.y), px(box.w), px(box.h))
        self._fill(shape.text_frame, lines, align, anchor, space_px)
        return shape

    def _fill(self, tf, lines, align, anchor, space_px: int = 0) -> None:
        tf.word_wrap = True
        tf.auto_size = MSO_AUTO_SIZE.NONE
        tf.vertical_anchor = anchor
        tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = 0
        for i, (text, size, color, bold, *tight) in enumerate(lines):
            para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            para.alignment = align
            if tight:  # a big number needs no leading above the next line
                para.line_spacing = L.NUMBER_LINE
            if i and space_px:
                para.space_before = pt(space_px)
            run = para.runs[0] if para.runs else para.add_run()
            run.text = text
            self.font(run.font, size, color, bold)

    def font(self, font, size: int, color: str, bold: bool = False) -> None:
        font.name = L.FONT
        font.size = pt(size)
        font.bold = bold
        font.color.rgb = rgb(color)
        font.language_id = self.lang


def _cover(p: _Painter, s: TitleSlide) -> None:
    background = p.slide.background.fill
    background.solid()
    background.fore_color.rgb = rgb(AREA_COLORS[s.area])
    p.title(L.COVER_TITLE, s.title, L.COVER_TITLE_PX, "#FFFFFF")
    p.slide.shapes.title.text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    body = next(ph for ph in p.slide.placeholders if ph.placeholder_format.idx == 1)
    box = L.COVER_LINES
    body.left, body.top, body.width, body.height = px(box.x), px(box.y), px(box.w), px(box.h)
    lines = [(line, L.COVER_LINE_PX, "#FFFFFF", i == 0) for i, line in enumerate(s.lines)]
    p._fill(body.text_frame, lines, PP_ALIGN.LEFT, MSO_ANCHOR.TOP, space_px=10)


def _scorecard(p: _Painter, s: ScorecardSlide) -> None:
    """A table per column whose first cell in a row holds the status word; the chip's colour
    is a rectangle behind that cell (the cells have no fill), so rows keep a gap between
    chips as in the PDF, with python-pptx's standard API only."""
    for box, groups in zip(L.SCORE_COLUMNS, s.columns, strict=True):
        n_rows = sum(1 + len(g.rows) for g in groups)
        r = 0
        for group in groups:
            r += 1
            for row in group.rows:
                fill, _ = chip_colors(row.status, row.progress)
                y = box.y + r * L.SCORE_ROW + L.SCORE_CHIP_INSET
                p.rect(L.Box(box.x, y, L.SCORE_CHIP, L.SCORE_ROW - 2 * L.SCORE_CHIP_INSET), fill)
                r += 1
        shape = p.slide.shapes.add_table(
            n_rows, len(L.SCORE_WIDTHS), px(box.x), px(box.y), px(box.w), px(L.SCORE_ROW * n_rows)
        )
        table = shape.table
        table.first_row = table.horz_banding = False
        for i, w in enumerate(L.SCORE_WIDTHS):
            table.columns[i].width = px(w)
        for row in table.rows:
            row.height = px(L.SCORE_ROW)
        r = 0
        for group in groups:
            head = table.cell(r, 0)
            head.merge(table.cell(r, len(L.SCORE_WIDTHS) - 1))
            _cell(p, head, group.label, AREA_COLORS[group.area], bold=True, pad=(0, 4))
            r += 1
            for row in group.rows:
                _, ink = chip_colors(row.status, row.progress)
                _cell(p, table.cell(r, 0), row.word, ink, bold=True, align=PP_ALIGN.CENTER, pad=(0, 8))
                _cell(p, table.cell(r, 1), row.label, INK, pad=(10, 4))
                _cell(p, table.cell(r, 2), row.value, INK, bold=True, align=PP_ALIGN.RIGHT, pad=(0, 6))
                r += 1
    p.paragraphs(L.SCORE_LEGEND, [(line, L.SMALL_PX, MUTED, False) for line in s.legend.split("\n")])


def _cell(
    p: _Painter, cell, text: str, color: str, bold: bool = False, align=PP_ALIGN.LEFT, pad=(6, 6)
) -> None:
    """A table cell without fill (what lies behind shows), its text one line; `pad` is
    (left, right) in px."""
    cell.fill.background()
    cell.margin_left, cell.margin_right = px(pad[0]), px(pad[1])
    cell.margin_top = cell.margin_bottom = 0
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    tf = cell.text_frame
    tf.word_wrap = False
    para = tf.paragraphs[0]
    para.alignment = align
    run = para.add_run()
    run.text = text
    p.font(run.font, L.SCORE_PX, color, bold)


def _area(p: _Painter, s: AreaSlide) -> None:
    for box, h in zip(L.cards(len(s.headlines)), s.headlines, strict=True):
        p.rect(box, "#F3F4F6")
        p.rect(L.Box(box.x, box.y, 8, box.h), STATUS_COLORS[h.status])
        inner = L.card_text(box)
        lines = [(h.label, L.LABEL_PX, MUTED, True), (h.value, L.NUMBER_PX, INK, True, True)]
        lines += [(x, L.SMALL_PX, INK, False) for x in (h.grade, h.detail) if x]
        lines.append((h.previous, L.SMALL_PX, MUTED, False))
        p.paragraphs(inner, lines)
    for box, chart in zip(L.charts(len(s.charts), bool(s.also)), s.charts, strict=True):
        _chart(p, box, chart)
    if s.also:
        p.text(L.also_box(), s.also, L.SMALL_PX, MUTED)


def _ranking(p: _Painter, s: RankingSlide) -> None:
    p.text(L.SUBTITLE, s.subtitle, L.SMALL_PX, MUTED)
    if s.chart is not None:
        _chart(p, L.WIDE_CHART, s.chart)
        p.text(L.WIDE_LEGEND, s.chart.legend, L.LEGEND_PX, MUTED)


def _list(p: _Painter, s: ListSlide) -> None:
    p.text(L.SUBTITLE, s.subtitle, L.SMALL_PX, MUTED)
    size, columns = L.list_columns(s.items)
    width = L.LIST.w // max(1, len(columns))
    for c, names in enumerate(columns):
        box = L.Box(L.LIST.x + c * width, L.LIST.y, width - 24, L.LIST.h)
        p.paragraphs(box, [(f"• {n}", size, INK, False) for n in names], space_px=size // 2)
    if s.more:
        p.text(L.LIST_MORE, s.more, L.SMALL_PX, MUTED)


def _summary(p: _Painter, s: SummarySlide) -> None:
    p.text(L.SUBTITLE, s.subtitle, L.SMALL_PX, MUTED)
    p.paragraphs(
        L.SUMMARY_SENTENCES, [(f"• {x}", L.SUMMARY_PX, INK, False) for x in s.sentences], space_px=14
    )
    lines = [(s.follow_up_title, L.SMALL_PX, INK, True)]
    lines += [(f"• {x}", L.SUMMARY_FOLLOW_PX, INK, False) for x in s.follow_up]
    p.paragraphs(L.SUMMARY_FOLLOW, lines, space_px=8)
    if s.more:
        p.text(L.SUMMARY_MORE, s.more, L.SUMMARY_FOLLOW_PX, MUTED)


def _chart(p: _Painter, box: L.Box, chart: Chart) -> None:
    cap, plot = L.caption_and_plot(box, 0 if chart.kind == "line" else len(chart.categories))
    p.text(cap, chart.caption, L.CAPTION_PX, INK, bold=True)
    data = CategoryChartData()
    data.categories = list(chart.categories)
    data.add_series(chart.caption, list(chart.values))
    line = chart.kind == "line"
    if line and chart.reference is not None:
        data.add_series(chart.reference_label, [chart.reference] * len(chart.values))
    kind = XL_CHART_TYPE.LINE_MARKERS if line else XL_CHART_TYPE.BAR_CLUSTERED
    graphic = p.slide.shapes.add_chart(kind, px(plot.x), px(plot.y), px(plot.w), px(plot.h), data)
    ch = graphic.chart
    ch.has_legend = False
    ch.has_title = False  # the caption above is the chart's title, as real slide text
    ch.font.name = L.FONT
    ch.font.size = pt(L.CHART_LABEL_PX)
    ch.font.color.rgb = rgb(INK)
    lo, hi = L.value_range(chart.values, chart.reference, chart.kind)
    axis = ch.value_axis
    axis.minimum_scale, axis.maximum_scale = lo, hi
    axis.visible = False
    axis.has_major_gridlines = False
    cats = ch.category_axis
    cats.format.line.color.rgb = rgb(RULE)
    cats.tick_labels.font.size = pt(L.CHART_LABEL_PX)
    if line:
        _line_series(p, ch, chart)
    else:
        cats.reverse_order = True  # the first category on top, as read
        ch.plots[0].gap_width = 45
        _bar_series(p, ch.plots[0].series[0], chart)
        if chart.reference is not None and hi > lo:
            _reference_across_bars(p, ch, cap, plot, chart, lo, hi)


def _bar_series(p: _Painter, series, chart: Chart) -> None:
    for i, (value, label, color) in enumerate(zip(chart.values, chart.labels, chart.colors, strict=True)):
        point = series.points[i]
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = rgb(color)
        if value is not None:
            _label(p, point.data_label, label, XL_LABEL_POSITION.OUTSIDE_END, INK)


def _line_series(p: _Painter, ch, chart: Chart) -> None:
    series = ch.plots[0].series[0]
    color = chart.colors[0]
    series.smooth = False
    series.format.line.color.rgb = rgb(color)
    series.format.line.width = pt(5)
    series.marker.style = XL_MARKER_STYLE.CIRCLE
    series.marker.size = 11
    series.marker.format.fill.solid()
    series.marker.format.fill.fore_color.rgb = rgb(color)
    series.marker.format.line.color.rgb = rgb(color)
    for i, (value, label) in enumerate(zip(chart.values, chart.labels, strict=True)):
        if value is not None:
            _label(p, series.points[i].data_label, label, XL_LABEL_POSITION.ABOVE, INK)
    if chart.reference is None:
        return
    target = ch.plots[0].series[1]
    target.smooth = False
    target.format.line.color.rgb = rgb(TARGET_COLOR)
    target.format.line.width = pt(2.5)
    target.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
    target.marker.style = XL_MARKER_STYLE.NONE
    below = chart.values[-1] is not None and chart.values[-1] > chart.reference
    position = XL_LABEL_POSITION.BELOW if below else XL_LABEL_POSITION.ABOVE
    _label(p, target.points[0].data_label, chart.reference_label, position, TARGET_COLOR, bold=False)


# The region's target across horizontal bars: the chart's inner plot area (where the bars
# are) is fixed by a manual layout and its value axis by lo and hi, so the target's place is
# known and a dashed line (a connector) is drawn over the chart there, named by a small text
# box above it. Not a combined chart (a scatter series on hidden axes inside the bar chart):
# LibreOffice, which many offices open decks with, squeezes the bars into a strip then.


def _reference_across_bars(
    p: _Painter, ch, cap: L.Box, plot: L.Box, chart: Chart, lo: float, hi: float
) -> None:
    area = L.bars_area(plot, chart.categories)
    _inner_layout(ch, plot, area)
    share = (chart.reference - lo) / (hi - lo)
    x = px(area.x) + round(px(area.w) * share)
    line = p.slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, x, px(area.y), x, px(area.y + area.h))
    line.name = chart.reference_label
    line.line.color.rgb = rgb(TARGET_COLOR)
    line.line.width = pt(3)
    line.line.dash_style = MSO_LINE_DASH_STYLE.DASH
    # the label in the caption's line, centred over the line, right of the caption's words
    w = round(len(chart.reference_label) * L.CHART_LABEL_PX * 0.56) + 16
    caption_end = cap.x + round(len(chart.caption) * L.CAPTION_PX * 0.6) + 24
    at = round(area.x + area.w * share)  # the line's place in px
    left = min(max(at - w // 2, caption_end), plot.x + plot.w - w)
    drop = L.CAPTION_PX - L.CHART_LABEL_PX  # its baseline about the caption's
    box = L.Box(left, cap.y + drop, w, cap.h - drop)
    label = p.text(box, chart.reference_label, L.CHART_LABEL_PX, TARGET_COLOR, align=PP_ALIGN.CENTER)
    label.name = chart.reference_label


def _inner_layout(ch, plot: L.Box, area: L.Box) -> None:
    """Fix the chart's inner plot area (without its axis labels) to `area`, as fractions of
    the chart (c:plotArea/c:layout/c:manualLayout, which comes first in c:plotArea)."""
    fractions = {
        "x": (area.x - plot.x) / plot.w,
        "y": (area.y - plot.y) / plot.h,
        "w": area.w / plot.w,
        "h": area.h / plot.h,
    }
    plot_area = ch._chartSpace.plotArea
    for old in plot_area.xpath("c:layout"):
        plot_area.remove(old)
    plot_area.insert(
        0,
        parse_xml(
            f"<c:layout {nsdecls('c')}><c:manualLayout>"
            '<c:layoutTarget val="inner"/><c:xMode val="edge"/><c:yMode val="edge"/>'
            + "".join(f'<c:{k} val="{v!r}"/>' for k, v in fractions.items())
            + "</c:manualLayout></c:layout>"
        ),
    )


def _label(p: _Painter, data_label, text: str, position, color: str, bold: bool = True) -> None:
    data_label.has_text_frame = True
    data_label.text_frame.text = text
    data_label.position = position
    for para in data_label.text_frame.paragraphs:
        for run in para.runs:
            p.font(run.font, L.CHART_VALUE_PX, color, bold)
