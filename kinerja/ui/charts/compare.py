"""Figures shared by the workforce and workplace pages: OPD ranked against a target, and a
yearly series against its targets. Plain functions returning Plotly figures, no Streamlit.
"""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from kinerja import fmt
from kinerja.ui import charts


def axis_suffix(unit: str) -> str:
    return "%" if unit == "pct" else ""


def opd_bars(
    ranked: pl.DataFrame,
    *,
    title: str,
    lang: str,
    unit: str,
    reference: float | None = None,
    reference_label: str = "",
    text: list[str] | None = None,
    own_label: str | None = None,
) -> go.Figure:
    """A ranking (`ranked`: label, nama_opd, nilai, target, status; best first, from
    kinerja.views.compare.per_opd) as the one ranking chart, charts.ranking."""
    values = [fmt.indicator_value(v, unit, lang) for v in ranked["nilai"]]
    return charts.ranking(
        ranked["label"].to_list(),
        ranked["nilai"].to_list(),
        ranked["status"].to_list(),
        title=title,
        lang=lang,
        text=text or values,
        hover=[f"{n}: {v}" for n, v in zip(ranked["nama_opd"], values, strict=True)],
        own_targets=ranked["target"].to_list(),
        reference=reference,
        reference_label=reference_label,
        suffix=axis_suffix(unit),
        x_range=(0, 5.3) if unit == "spbe" else None,
        own_label=own_label,
        keys=ranked["kode_opd"].to_list() if "kode_opd" in ranked.columns else None,
    )


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
    return charts.titled(fig, title, lang, height)
