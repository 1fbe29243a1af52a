"""Figures of the Inovasi & Penghargaan page: each draws a model of kinerja.views.inovasi,
whose finding is the title and whose labels are already translated."""

from __future__ import annotations

import plotly.graph_objects as go

from kinerja import fmt
from kinerja.ui.charts import AREA_COLORS, TARGET_COLOR, titled
from kinerja.ui.charts import safe_all as safe

INNOVATION = AREA_COLORS["innovation"]
LIGHT = "#F5C9A0"  # the innovation orange, lightened: "all so far" beside "this year"
# award levels, light to dark: the higher the level, the stronger the colour
LEVEL_COLORS = ("#F8D9BC", "#EFA463", "#D9730D", "#7A3E00")


def per_year(years, yearly, *, lang, highlight):
    """Innovations per year as bars (the chosen year strongest), the target as a tick.
    `yearly`: views.inovasi.Yearly."""
    counts, targets, name = yearly.values, yearly.targets, yearly.name
    colors = [INNOVATION if y == highlight else LIGHT for y in years]
    fig = go.Figure(
        go.Bar(
            x=[str(y) for y in years],
            y=counts,
            name=name,
            marker={"color": colors},
            text=counts,
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{x}: %{y}<extra></extra>",
        )
    )
    if any(v is not None for v in targets):
        fig.add_trace(
            go.Scatter(
                x=[str(y) for y in years],
                y=targets,
                mode="markers",
                name="Target",
                marker={
                    "symbol": "line-ew-open",
                    "size": 34,
                    "color": TARGET_COLOR,
                    "line": {"width": 3, "color": TARGET_COLOR},
                },
                hovertemplate="Target %{y}<extra></extra>",
            )
        )
    fig.update_yaxes(title=yearly.y_title, rangemode="tozero")
    fig.update_xaxes(type="category")
    return titled(fig, yearly.title, lang, height=340)


def share_line(years, yearly, *, lang):
    """A percentage over the years, with its target dashed where one is set.
    `yearly`: views.inovasi.Yearly."""
    shares, targets, name = yearly.values, yearly.targets, yearly.name
    fig = go.Figure(
        go.Scatter(
            x=[str(y) for y in years],
            y=shares,
            mode="lines+markers+text",
            name=name,
            line={"color": INNOVATION, "width": 3},
            text=[None if s is None else f"{s:.0f}%" for s in shares],
            textposition="top center",
            hovertemplate="%{x}: %{y:.1f}%<extra></extra>",
        )
    )
    if any(v is not None for v in targets):
        fig.add_trace(
            go.Scatter(
                x=[str(y) for y in years],
                y=targets,
                mode="lines",
                name="Target",
                line={"color": TARGET_COLOR, "dash": "dash"},
                hovertemplate="Target %{y:.1f}%<extra></extra>",
            )
        )
    fig.update_yaxes(title=yearly.y_title, range=[0, 105], ticksuffix="%")
    fig.update_xaxes(type="category")
    return titled(fig, yearly.title, lang, height=340)


def pair_bars(labels, first, second, *, names, text, hover_names, **bar) -> go.Figure:
    """Two series as horizontal bars per label, `first` in the innovation orange and `second`
    lighter: this year beside all so far, or digital beside not. `text(counts)` writes a
    series' bar texts; `bar` are further go.Bar settings shared by both."""
    fig = go.Figure()
    for counts, name, hover_name, color in zip(
        (first, second), names, hover_names, (INNOVATION, LIGHT), strict=True
    ):
        fig.add_trace(
            go.Bar(
                y=labels,
                x=counts,
                name=name,
                orientation="h",
                marker={"color": color},
                text=text(counts),
                hovertemplate="%{y}: %{x}<extra>" + hover_name + "</extra>",
                **bar,
            )
        )
    return fig


def funnel(stages, *, lang, names):
    """How many innovations reached each stage, the year's and all registered so far, each
    with its share of those initiated: a funnel drawn as grouped bars, readable on a phone.
    `stages`: views.inovasi.Stages."""

    def text(counts):
        first = counts[0] or None
        return [f"{c} ({percent(c, first, lang)})" for c in counts]

    fig = pair_bars(
        stages.labels,
        stages.this_year,
        stages.all_years,
        names=names,
        text=text,
        hover_names=safe(names),
        textposition="outside",
        cliponaxis=False,
    )
    fig.update_layout(barmode="group")
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(visible=False, range=[0, max([*stages.all_years, 1]) * 1.35])
    return titled(fig, stages.title, lang, height=340)


def percent(part, whole, lang) -> str:
    return fmt.percent(None if not whole else 100 * part / whole, 0, lang)


def lab_stages(stages, *, lang, names):
    """Innovations at each Laboratorium Inovasi stage, in the lab's order.
    `stages`: views.inovasi.Stages."""
    fig = pair_bars(
        stages.lab_labels,
        stages.lab_year,
        stages.lab_all,
        names=names,
        text=lambda counts: counts,
        hover_names=names,
        textposition="outside",
        cliponaxis=False,
    )
    fig.update_layout(barmode="group")
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(visible=False)
    return titled(fig, stages.lab_title, lang, height=360)


def forms(model, *, lang):
    """Innovations of the year per form, split into digital and not digital.
    `model`: views.inovasi.Forms."""
    fig = pair_bars(
        model.labels,
        model.digital,
        model.other,
        names=model.names,
        text=lambda counts: [c if c else None for c in counts],
        hover_names=model.names,
        textposition="inside",
    )
    fig.update_layout(barmode="stack", legend={"traceorder": "normal"})
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(visible=False)
    return titled(fig, model.title, lang, height=260)


def awards(years, model, *, lang):
    """Awards per year, stacked by level (regency at the bottom, international on top).
    `model`: views.inovasi.Awards."""
    by_level, names = model.levels, model.names
    fig = go.Figure()
    for counts, name, color in zip(by_level, names, LEVEL_COLORS, strict=True):
        fig.add_trace(
            go.Bar(
                x=[str(y) for y in years],
                y=counts,
                name=name,
                marker={"color": color},
                hovertemplate="%{x}: %{y}<extra>" + name + "</extra>",
            )
        )
    totals = [sum(level[i] for level in by_level) for i in range(len(years))]
    fig.add_trace(
        go.Scatter(
            x=[str(y) for y in years],
            y=totals,
            mode="text",
            text=[f"{v:.0f}" for v in totals],
            textposition="top center",
            showlegend=False,
            hoverinfo="skip",
        )
    )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title=model.y_title, range=[0, max([*totals, 1]) * 1.18])
    fig.update_xaxes(type="category")
    fig = titled(fig, model.title, lang, height=380)
    fig.update_layout(legend={"y": -0.2})
    return fig
