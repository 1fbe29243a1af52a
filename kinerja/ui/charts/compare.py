"""Figures shared by the workforce and workplace pages: OPD ranked against a target, and a
yearly series against its targets. Plain functions returning Plotly figures, no Streamlit.
"""

from __future__ import annotations

import html

import plotly.graph_objects as go
import polars as pl

from kinerja import fmt
from kinerja.ui import charts

# A finding of ~40 characters fits one line of a phone (390 px) at the house title size;
# charts.style wraps at 80, too wide for a phone or a half-width chart.
TITLE_WIDTH = 40


def titled(fig: go.Figure, title: str, lang: str, height: int = 380) -> go.Figure:
    """charts.style, with the (escaped) finding wrapped narrower and room above for its lines."""
    markup = charts.title_markup(title, TITLE_WIDTH)
    lines = markup.count("<br>") + 1
    return charts.style(
        fig,
        title,
        lang,
        height=height + 22 * (lines - 1),
        layout={"title": {"text": markup}, "margin": {"t": 40 + 24 * lines}},
    )


def safe(texts) -> list[str]:
    """Names from the data as plain text inside Plotly's markup (labels, hover)."""
    return [html.escape(str(x)) for x in texts]


def axis_suffix(unit: str) -> str:
    return "%" if unit == "pct" else ""


def opd_bars(
    ranked: pl.DataFrame,
    *,
    title: str,
    lang: str,
    unit: str,
    area: str,
    target: float | None = None,
    target_label: str = "Target",
) -> go.Figure:
    """OPD ranked best first (`ranked`: label, nama_opd, nilai, status), coloured by status
    where any OPD has a target, else in the area's colour; the shared target as a line."""
    statuses = ranked["status"].to_list() if ranked["status"].is_not_null().any() else None
    fig = charts.ranking_bars(
        safe(ranked["label"]),
        ranked["nilai"].to_list(),
        title=title,
        lang=lang,
        statuses=statuses,
        area=area,
        text=[fmt.indicator_value(v, unit, lang) for v in ranked["nilai"]],
    )
    fig.update_traces(
        customdata=safe(ranked["nama_opd"]),
        hovertemplate="%{customdata}: %{text}<extra></extra>",
        # inside the bar's end where it fits, so the target line behind never crosses it
        textposition="auto",
        insidetextanchor="end",
        cliponaxis=False,
    )
    # room right of the longest bar for its value, and for the target line's label
    top = max([v for v in ranked["nilai"] if v is not None] + [target or 0, 0])
    fig.update_xaxes(ticksuffix=axis_suffix(unit), range=[0, (top or 1) * 1.15])
    if target is not None:
        charts.vline(
            fig,
            target,
            layer="below",  # behind bars and their values, visible between them
            line={"color": charts.TARGET_COLOR, "dash": "dash", "width": 2},
            text=f"{target_label} {fmt.indicator_value(target, unit, lang)}",
        )
    return titled(fig, title, lang, height=max(300, 26 * ranked.height + 90))


def year_ticks(fig: go.Figure, years: list[int]) -> go.Figure:
    """Whole years on the axis: never 2.023,5 between two points."""
    fig.update_xaxes(
        tickvals=years, ticktext=[str(y) for y in years], range=[years[0] - 0.3, years[-1] + 0.3]
    )
    return fig


def year_trend(
    frame: pl.DataFrame, *, title: str, lang: str, unit: str, name: str, area: str, height: int = 340
) -> go.Figure:
    """One value a year (`frame`: tahun, nilai, optional target) with its targets dashed."""
    years = frame["tahun"].to_list()
    target = frame["target"].to_list() if "target" in frame.columns else None
    decimals = ".1f" if unit == "pct" else ".2f" if unit == "spbe" else ",.0f" if unit == "count" else ".1f"
    fig = charts.trend(
        years,
        frame["nilai"].to_list(),
        title=title,
        lang=lang,
        area=area,
        name=name,
        target=target,
        hover=f"%{{x}}: %{{y:{decimals}}}{axis_suffix(unit)}",
    )
    fig.update_yaxes(ticksuffix=axis_suffix(unit), rangemode="tozero")
    if unit == "spbe":
        fig.update_yaxes(range=[0, 5.05], dtick=1)  # the index's whole 0–5 scale
    year_ticks(fig, years)
    return titled(fig, title, lang, height=height)
