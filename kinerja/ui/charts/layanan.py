"""Figures of the Layanan page (Our Work). Plotly figures of the models of
kinerja.views.layanan (or of plain lists, for a line drawn twice), whose finding is the
title and whose words are already translated.

Data text (OPD and service names) reaches Plotly escaped (titles by charts.style, labels
and hovers here), so a name can never become markup.
"""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from kinerja.indicators.registry import MUTU_BOUNDS as IKM_BOUNDS
from kinerja.ui import charts
from kinerja.ui.charts import AREA_COLORS, STATUS_COLORS, TARGET_COLOR, safe, vline

WORK = AREA_COLORS["work"]
PREVIOUS = "#B0BEC5"  # the comparison year: present, quieter than this year
MUTED = "#9FB8D8"  # the work colour, faded, for bars that are not the finding
# IKM quality bounds of PermenPANRB 14/2017 on the 25–100 scale (kinerja.indicators.registry.ikm_mutu);
# an element's mean score (NRR, 1–4) has the same bounds divided by 25.
MUTU_BOUNDS = {grade: IKM_BOUNDS[grade] for grade in ("B", "A")}
TITLE_WIDTH = 36  # characters a title line holds on a phone (42 were cut off at the right)


def titled(fig: go.Figure, title: str, lang: str, plot_height: int, bottom: int = 60) -> go.Figure:
    """charts.titled with the figure as tall as its plot needs and the legend at the bottom."""
    return charts.titled(fig, title, lang, plot_height + bottom + 46, width=TITLE_WIDTH, legend_bottom=bottom)


def labels_above(fig: go.Figure, labels: Sequence[str], bar_px: int) -> None:
    """Write each row's label above its bar instead of beside it, so on a phone the bars
    keep the whole width. Rows are the categories "0", "1", …; labels are markup-safe."""
    fig.update_yaxes(showticklabels=False, autorange="reversed", type="category")
    above = {
        "x": 0,
        "xref": "paper",
        "yref": "y",
        "yshift": bar_px / 2 + 1,
        "showarrow": False,
        "xanchor": "left",
        "yanchor": "bottom",
        "align": "left",
        "font": {"size": 12},
    }
    # one update: adding annotations one by one re-validates all earlier ones each time
    fig.update_layout(
        annotations=[
            *fig.layout.annotations,
            *({**above, "y": str(i), "text": t} for i, t in enumerate(labels)),
        ]
    )


ROW_ABOVE = 48  # px per row when the label sits above the bar
ROW_TWO_LINES = 64  # … and when that label has two lines
BAR_ABOVE = 22  # px of bar in such a row
ROW_BESIDE = 26  # px per row when the label is beside the bar


def monthly_volume(volume, *, lang: str) -> go.Figure:
    """This year's applications per month as bars, last year's as a quieter line.
    `volume`: views.layanan.Volume."""
    months, now, before, names = volume.months, volume.now, volume.last, volume.names
    fig = go.Figure(
        go.Bar(
            x=list(months),
            y=list(now),
            name=names[0],
            marker_color=WORK,
            hovertemplate="%{x}: %{y:,.0f}<extra>" + names[0] + "</extra>",
        )
    )
    if before is not None:
        fig.add_trace(
            go.Scatter(
                x=list(months),
                y=list(before),
                name=names[1],
                mode="lines+markers",
                line={"color": PREVIOUS, "width": 3},
                hovertemplate="%{x}: %{y:,.0f}<extra>" + names[1] + "</extra>",
            )
        )
    fig.update_yaxes(title_text=volume.y_title, tickformat=",.0f", rangemode="tozero")
    fig.update_xaxes(tickangle=0, tickfont_size=11)
    return titled(fig, volume.title, lang, plot_height=300, bottom=70)


def share_line(
    x: Sequence[str],
    values: Sequence[float | None],
    targets: Sequence[float | None] | None,
    *,
    name: str,
    target_name: str,
    title: str,
    lang: str,
    highlight: str | None = None,
) -> go.Figure:
    """A percentage over time (years or months) with its target as a dashed line."""
    sizes = [14 if xi == highlight else 8 for xi in x]
    fig = go.Figure(
        go.Scatter(
            x=list(x),
            y=list(values),
            name=name,
            mode="lines+markers",
            line={"color": WORK, "width": 3},
            marker={"size": sizes},
            connectgaps=False,
            hovertemplate="%{x}: %{y:.1f}%<extra></extra>",
        )
    )
    if targets is not None and any(v is not None for v in targets):
        fig.add_trace(
            go.Scatter(
                x=list(x),
                y=list(targets),
                name=target_name,
                mode="lines+markers",
                line={"color": TARGET_COLOR, "dash": "dash", "width": 2},
                marker={"symbol": "line-ew-open", "size": 10},
                hovertemplate="%{x}: " + target_name + " %{y:.1f}%<extra></extra>",
            )
        )
    fig.update_xaxes(type="category", tickangle=0, tickfont_size=11)
    fig.update_yaxes(ticksuffix="%", range=[0, 100])
    return titled(fig, title, lang, plot_height=260, bottom=70)


def mutu_lines(fig: go.Figure, scale: float = 1.0) -> go.Figure:
    """Dotted lines at the IKM quality bounds (B, A), labelled with the grade."""
    for grade, bound in MUTU_BOUNDS.items():
        vline(fig, bound / scale, line={"color": TARGET_COLOR, "dash": "dot", "width": 1}, text=grade)
    return fig


def sla_bars(chart, *, lang: str) -> go.Figure:
    """Services by median days ÷ SLA; past the line at 1 the typical case is late. Each
    label names the OPD too, on a grey second line, since services of many OPD share
    names; a hover's lines are separated by newlines. `chart`: views.layanan.SlaChart."""
    labels, sublabels, ratios = chart.services, chart.opds, chart.ratios
    hover, text = chart.hover, chart.text
    over = [r is not None and r > 1 for r in ratios]
    fig = go.Figure(
        go.Bar(
            y=[str(i) for i in range(len(ratios))],
            x=list(ratios),
            orientation="h",
            marker_color=[STATUS_COLORS["merah"] if o else WORK for o in over],
            text=list(text),
            textposition="inside",
            insidetextanchor="end",
            textfont_size=12,
            constraintext="none",
            customdata=[safe(h).replace("\n", "<br>") for h in hover],
            hovertemplate="%{customdata}<extra></extra>",
            showlegend=False,
        )
    )
    labels_above(
        fig,
        [
            f"{safe(a)}<br><span style='color:{TARGET_COLOR}'>{safe(b)}</span>"
            for a, b in zip(labels, sublabels, strict=True)
        ],
        BAR_ABOVE,
    )
    vline(
        fig,
        1,
        line={"color": "#202124", "dash": "dash", "width": 2},
        text=chart.line_name,
        color="#202124",
        position="top right",
    )
    top = max([r for r in ratios if r is not None] + [1.0])
    fig.update_xaxes(title_text=chart.x_title, range=[0, top * 1.1], tickformat=".1f")
    fig.update_layout(bargap=1 - BAR_ABOVE / ROW_TWO_LINES)
    return titled(fig, chart.title, lang, plot_height=ROW_TWO_LINES * len(ratios), bottom=60)


def element_bars(satisfaction, *, lang: str) -> go.Figure:
    """The nine survey elements in questionnaire order; the lowest in full colour.
    `satisfaction`: views.layanan.Satisfaction."""
    labels, nrr, text = satisfaction.elements, satisfaction.scores, satisfaction.text
    low = min(range(len(nrr)), key=lambda i: nrr[i])
    fig = go.Figure(
        go.Bar(
            y=[str(i) for i in range(len(nrr))],
            x=list(nrr),
            orientation="h",
            marker_color=[WORK if i == low else MUTED for i in range(len(nrr))],
            text=list(text),
            textposition="inside",
            insidetextanchor="end",
            textfont_size=12,
            constraintext="none",
            customdata=[safe(s) for s in labels],
            hovertemplate="%{customdata}: %{x:.3f}<extra></extra>",
            showlegend=False,
        )
    )
    labels_above(fig, [safe(s) for s in labels], BAR_ABOVE)
    mutu_lines(fig, scale=25)
    fig.update_xaxes(title_text=satisfaction.x_title, range=[0, 4], dtick=0.5)  # bars start at zero
    fig.update_layout(bargap=1 - BAR_ABOVE / ROW_ABOVE)
    return titled(fig, satisfaction.title, lang, plot_height=ROW_ABOVE * len(nrr), bottom=60)


def integrated_bars(model, *, lang: str) -> go.Figure:
    """Services per OPD, the integrated ones first in the work colour.
    `model`: views.layanan.Integrated."""
    labels, integrated, others, names = model.opds, model.integrated, model.other, model.names
    rows = [str(i) for i in range(len(labels))]
    hover = [safe(s) for s in labels]
    fig = go.Figure(
        [
            go.Bar(
                y=rows,
                x=list(integrated),
                orientation="h",
                name=names[0],
                marker_color=WORK,
                text=list(integrated),
                textposition="inside",
                textangle=0,
                textfont_size=12,
                constraintext="none",
                customdata=hover,
                hovertemplate="%{customdata}: %{x}<extra>" + names[0] + "</extra>",
            ),
            go.Bar(
                y=rows,
                x=list(others),
                orientation="h",
                name=names[1],
                marker_color="#DADCE0",
                customdata=hover,
                hovertemplate="%{customdata}: %{x}<extra>" + names[1] + "</extra>",
            ),
        ]
    )
    labels_above(fig, hover, BAR_ABOVE)
    fig.update_layout(barmode="stack", bargap=1 - BAR_ABOVE / ROW_ABOVE)
    fig.update_xaxes(title_text=model.x_title)
    return titled(fig, model.title, lang, plot_height=ROW_ABOVE * len(labels), bottom=95)
