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

from kinerja.i18n import t
from kinerja.indicators import rules
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


TITLE_WIDTH = 40  # characters: a phone (390 px) and a half-width column both show 40 at 18 px


def safe(text) -> str:
    """Text from the data (OPD and service names) as plain text inside Plotly's markup."""
    return html.escape(str(text), quote=False)


def safe_all(texts) -> list[str]:
    return [safe(x) for x in texts]


def titled(
    fig: go.Figure,
    title: str,
    lang: str,
    height: int,
    *,
    width: int = TITLE_WIDTH,
    legend_bottom: int | None = None,
) -> go.Figure:
    """The house style with the finding wrapped at `width` characters (half-width columns
    and phones), its first line pinned near the top and room below it for the others; the
    figure grows by a line's height per extra line. `legend_bottom`: the legend sits at the
    bottom edge in a margin of that many pixels (Plotly places a legend relative to the plot,
    so a fraction of a tall plot would float it far below)."""
    markup = title_markup(title, width)
    lines = markup.count("<br>") + 1
    total = height + 24 * (lines - 1)
    layout: dict = {
        "title": {"text": markup, "yref": "container", "y": 1 - 22 / total, "yanchor": "top"},
        "margin": {"t": 46 + 24 * lines},
    }
    if legend_bottom is not None:
        layout["margin"]["b"] = legend_bottom
        layout["legend"] = {
            "orientation": "h",
            "yref": "container",
            "y": 0,
            "yanchor": "bottom",
            "x": 0,
            "traceorder": "normal",
        }
    return style(fig, title, lang, total, layout=layout)


def unique(labels) -> list[str]:
    """Category labels made distinct (cut names can coincide: "Kecamatan Sukamaju…" twice)
    by invisible zero-width spaces, so Plotly never merges two bars into one."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, -1) + 1
        out.append(label + "\u200b" * seen[label])
    return out


ROW = 26  # px per OPD row of a ranking


def ranking(
    labels,
    values,
    statuses,
    *,
    title: str,
    lang: str,
    text,
    hover,
    own_targets=None,
    reference: float | None = None,
    reference_label: str = "",
    suffix: str = "",
    x_range: tuple[float, float] | None = None,
    own_label: str | None = None,
    keys=None,
) -> go.Figure:
    """`keys`: each bar's kode_opd, kept in the figure's meta so a click can open that
    OPD's profile (kinerja.ui.drill). The one ranking chart: OPD as horizontal bars, best at the top, each coloured by its
    status against its own target (kinerja.indicators.rules; grey without one), one trace per
    status so the legend names every colour shown; each OPD's own target as a tick on its bar;
    the region's target as a dashed line where it compares (rules.reference_target)."""
    labels = unique([safe(x) for x in labels])
    fig = go.Figure()
    for status, word, colour in rules.legend(lang):
        idx = [i for i, s in enumerate(statuses) if s == status]
        if not idx:
            continue
        fig.add_trace(
            go.Bar(
                y=[labels[i] for i in idx],
                x=[values[i] for i in idx],
                orientation="h",
                name=word,
                marker_color=colour,
                text=[text[i] for i in idx],
                textposition="auto",
                insidetextanchor="end",
                textfont_size=11,
                constraintext="none",
                cliponaxis=False,
                customdata=[safe(hover[i]) for i in idx],
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    marked = [i for i, v in enumerate(own_targets or []) if v is not None]
    if marked:
        name = own_label or t("rules_target_own", lang)
        fig.add_trace(
            go.Scatter(
                y=[labels[i] for i in marked],
                x=[own_targets[i] for i in marked],
                mode="markers",
                name=name,
                marker={"symbol": "line-ns", "size": 22, "line": {"width": 3, "color": "#202124"}},
                hovertemplate=name + " %{x}" + suffix + "<extra></extra>",
            )
        )
    top = max([v for v in values if v is not None] + [reference or 0, 0])
    fig.update_yaxes(categoryorder="array", categoryarray=labels, autorange="reversed", tickfont_size=12)
    fig.update_xaxes(ticksuffix=suffix, range=list(x_range) if x_range else [0, (top or 1) * 1.15])
    fig.update_layout(barmode="overlay", bargap=0.2, showlegend=True)
    if keys is not None:
        fig.update_layout(meta={"keys": list(keys)})
    if reference is not None:
        vline(
            fig,
            reference,
            layer="below",  # behind bars and their values, visible between them
            line={"color": TARGET_COLOR, "dash": "dash", "width": 2},
            text=reference_label,
        )
    return titled(fig, title, lang, ROW * len(labels) + 150, legend_bottom=70)
