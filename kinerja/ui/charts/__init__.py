"""Plotly figures for pages and the deck: one palette, one style, id-ID numbers.

Colours come from kinerja.palette and mean the same everywhere: each 3W area keeps its own,
and a status against target (kinerja.indicators.rules) keeps its own, grey where there is no
target. A chart's title states its finding; the caller writes it, since only the caller
knows the finding.
"""

from __future__ import annotations

import html
import textwrap

import plotly.graph_objects as go
import plotly.io as pio

from kinerja.palette import AREA_COLORS, STATUS_COLORS, TARGET_COLOR  # noqa: F401  (for chart modules)

FONT = "Source Sans Pro, Segoe UI, Roboto, sans-serif"


def separators(lang: str) -> str:
    """Plotly's decimal and thousands marks: `1.234,5` in Indonesian."""
    return ",." if lang == "id" else ".,"


def title_markup(title: str, width: int = 80) -> str:
    """Plain text (names from the data included) made safe for Plotly's title markup,
    wrapped so a long finding stays readable on a narrow screen."""
    return "<br>".join(html.escape(line) for line in textwrap.wrap(title, width)) or ""


# The house style as Plotly's default template: set once here, it costs nothing per figure,
# whereas the same settings applied with update_layout cost ~12 ms a figure (Plotly
# validates every nested property again), and a page draws up to two dozen figures.
HOUSE = go.layout.Template(
    layout={
        "font": {"family": FONT, "size": 14, "color": "#202124"},
        "title": {"x": 0, "xanchor": "left", "font": {"size": 18}},
        "plot_bgcolor": "white",
        "paper_bgcolor": "white",
        "legend": {"orientation": "h", "y": -0.15, "x": 0},
        "hoverlabel": {"font": {"family": FONT}},
        "xaxis": {"showgrid": False, "linecolor": "#DADCE0", "automargin": True},
        "yaxis": {"gridcolor": "#F1F3F4", "zeroline": False, "automargin": True},
    }
)
pio.templates["kinerja"] = HOUSE
pio.templates.default = "kinerja"


def style(
    fig: go.Figure, title: str, lang: str, height: int = 380, width: int = 80, layout: dict | None = None
) -> go.Figure:
    """The house style (the default template, HOUSE): finding as title (wrapped at `width`
    characters), Indonesian number marks, height and room for the title. `layout` adds to
    or overrides these (dicts merged one level deep) in the same single update."""
    markup = title_markup(title, width)
    settings: dict = {
        "title": {"text": markup},
        "separators": separators(lang),
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 70 + 24 * markup.count("<br>"), "b": 10},
    }
    # A new layout built from a dict costs a few milliseconds; update_layout with the same
    # nested settings costs up to 20 (Plotly's update path walks and diffs every property).
    fig.layout = _merged(fig.layout.to_plotly_json(), _merged(settings, layout or {}))
    return fig


def _merged(base: dict, extra: dict) -> dict:
    """`base` with `extra` laid over it, dicts merged one level deep."""
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        out[key] = {**old, **value} if isinstance(old, dict) and isinstance(value, dict) else value
    return out


def vline(
    fig: go.Figure,
    x: float,
    *,
    line: dict,
    text: str | None = None,
    color: str = TARGET_COLOR,
    position: str = "top",
    layer: str = "above",
) -> go.Figure:
    """A vertical line across the plot at `x`, labelled above it (`position` "top": centred,
    "top right": starting at the line). Plotly's own add_vline validates the whole figure
    again for each line and costs tens of milliseconds; these are two plain items."""
    fig.add_shape(type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1, line=line, layer=layer)
    if text is not None:
        fig.add_annotation(
            x=x,
            xref="x",
            y=1,
            yref="paper",
            yanchor="bottom",
            xanchor="left" if position == "top right" else "center",
            text=text,
            showarrow=False,
            font={"color": color},
        )
    return fig


def config(filename: str) -> dict:
    """st.plotly_chart config: the camera button downloads a sharp PNG named for the chart."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2},
        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    }


def trend(
    x, y, *, title: str, area: str, lang: str, name: str, target=None, hover: str = "%{y}"
) -> go.Figure:
    """A line over time, with the target as a dashed step where one is set."""
    fig = go.Figure(
        go.Scatter(
            x=x,
            y=y,
            mode="lines+markers",
            name=name,
            line={"color": AREA_COLORS[area], "width": 3},
            hovertemplate=hover + "<extra></extra>",
        )
    )
    if target is not None and any(v is not None for v in target):
        fig.add_trace(
            go.Scatter(
                x=x,
                y=target,
                mode="lines",
                name="Target",
                line={"color": TARGET_COLOR, "dash": "dash"},
                hovertemplate="Target %{y}<extra></extra>",
            )
        )
    return style(fig, title, lang)


def ranking_bars(
    labels,
    values,
    *,
    title: str,
    lang: str,
    statuses=None,
    area: str = "work",
    text=None,
    height: int | None = None,
) -> go.Figure:
    """Horizontal bars, best at the top; coloured by status where an OPD has a target,
    in the area's colour where it has none."""
    colors = [STATUS_COLORS[s] if s else AREA_COLORS[area] for s in (statuses or [None] * len(labels))]
    fig = go.Figure(
        go.Bar(
            y=[html.escape(str(label)) for label in labels],  # names come from the data
            x=values,
            orientation="h",
            marker={"color": colors},
            text=text,
            textposition="auto",
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    return style(fig, title, lang, height=height or max(300, 28 * len(labels) + 90))
