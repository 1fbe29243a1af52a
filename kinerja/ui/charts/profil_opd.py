"""Figures of the Profil OPD page: one indicator of one OPD over the years, with the
region's value as a reference and the OPD's own target."""

from __future__ import annotations

import plotly.graph_objects as go

from kinerja.ui.charts import AREA_COLORS, TARGET_COLOR, titled
from kinerja.ui.charts import safe_all as safe

REGION_COLOR = "#80868B"


def trend_vs_region(years, mine, region, target, *, title, area, lang, names, unit_suffix=""):
    """The OPD's line in its area's colour, the region dotted grey, the target dashed."""
    x = [str(y) for y in years]
    names = safe(names)
    hover = "%{x}: %{y:,.1f}" + unit_suffix + "<extra>%{fullData.name}</extra>"
    fig = go.Figure(
        go.Scatter(
            x=x,
            y=region,
            mode="lines",
            name=names[1],
            line={"color": REGION_COLOR, "dash": "dot", "width": 2},
            hovertemplate=hover,
        )
    )
    if any(v is not None for v in target):
        fig.add_trace(
            go.Scatter(
                x=x,
                y=target,
                mode="lines",
                name="Target",
                line={"color": TARGET_COLOR, "dash": "dash", "width": 1.5},
                hovertemplate=hover,
            )
        )
    fig.add_trace(
        go.Scatter(
            x=x,
            y=mine,
            mode="lines+markers",
            name=names[0],
            line={"color": AREA_COLORS[area], "width": 3},
            marker={"size": 8},
            hovertemplate=hover,
        )
    )
    fig.update_xaxes(type="category")
    if unit_suffix:
        fig.update_yaxes(ticksuffix=unit_suffix)
    fig = titled(fig, title, lang, height=300)
    # drawn last to lie on top, listed first
    fig.update_layout(legend={"y": -0.18, "traceorder": "reversed"})
    return fig
