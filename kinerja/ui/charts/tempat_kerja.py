"""Figures of pages/tempat_kerja.py: the SPBE index per OPD by its predicate. Plain
functions returning Plotly figures; the page writes the titles."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from kinerja import fmt
from kinerja.ui import charts
from kinerja.ui.charts.compare import safe, titled

# PermenPANRB 59/2020 predicates, best first, in shades of the workplace colour: darker is
# better. Not the status colours, which say "target met or not" on every page.
PREDIKAT_ORDER = ("Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang")
PREDIKAT_COLORS = {
    "Memuaskan": "#004D40",
    "Sangat Baik": charts.AREA_COLORS["workplace"],
    "Baik": "#4DB6AC",
    "Cukup": "#A7D8D1",
    "Kurang": "#D5E8E5",
}


def spbe_bars(
    ranked: pl.DataFrame,
    *,
    title: str,
    lang: str,
    predikat_label,
    target: float | None = None,
    target_label: str = "Target",
) -> go.Figure:
    """OPD ranked by SPBE index, best at the top (`ranked`: label, nama_opd, nilai, grade),
    one colour per predicate named in the legend; the shared target as a dashed line."""
    labels = safe(ranked["label"])
    fig = go.Figure()
    for predikat in PREDIKAT_ORDER:
        part = ranked.filter(pl.col("grade") == predikat)
        if part.is_empty():
            continue
        text = [fmt.number(v, 2, lang) for v in part["nilai"]]
        fig.add_trace(
            go.Bar(
                y=safe(part["label"]),
                x=part["nilai"].to_list(),
                orientation="h",
                name=predikat_label(predikat),
                marker={"color": PREDIKAT_COLORS[predikat], "line": {"color": "#004D40", "width": 0.5}},
                text=text,
                # inside the bar's end where it fits, so the target line behind never crosses it
                textposition="auto",
                insidetextanchor="end",
                cliponaxis=False,
                customdata=safe(part["nama_opd"]),
                hovertemplate=f"%{{customdata}}: %{{text}} ({predikat_label(predikat)})<extra></extra>",
            )
        )
    fig.update_yaxes(categoryorder="array", categoryarray=labels, autorange="reversed")
    fig.update_xaxes(range=[0, 5.3], dtick=1)
    if target is not None:
        charts.vline(
            fig,
            target,
            layer="below",  # behind bars and their values, visible between them
            line={"color": charts.TARGET_COLOR, "dash": "dash", "width": 2},
            text=f"{target_label} {fmt.number(target, 2, lang)}",
        )
    titled(fig, title, lang, height=max(320, 26 * ranked.height + 190))
    # The predicates' key right under the axis (Plotly places a legend relative to the plot,
    # so a fraction of a tall plot would float it far below); room for it to wrap on a phone.
    bottom = 110
    plot_px = fig.layout.height - fig.layout.margin.t - bottom
    fig.update_layout(
        barmode="overlay",
        legend={"orientation": "h", "x": 0, "y": -36 / plot_px, "yanchor": "top", "font": {"size": 13}},
        margin={"b": bottom},
    )
    return fig
