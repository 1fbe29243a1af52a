"""Figures of pages/sdm.py: the make-up of the workforce and the spread of development
hours (JP). Plain functions returning Plotly figures; the page writes the titles."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from kinerja import fmt
from kinerja.ui import charts
from kinerja.ui.charts import titled

# Shades of the workforce colour, darkest first: categories of one dimension side by side.
SHADES = (charts.AREA_COLORS["workforce"], "#B48AD0", "#E6D9F0")
TEXT_ON = ("white", "#202124", "#202124")
BELOW_20_JP = "#BDBDBD"


def composition(frame: pl.DataFrame, *, title: str, lang: str) -> go.Figure:
    """One 100% bar per dimension (`frame`: dimensi_label, kategori_label, urut, n, porsi,
    in display order), each segment named and sized by its share."""
    fig = go.Figure()
    dims = list(dict.fromkeys(frame["dimensi_label"].to_list()))
    for row in frame.iter_rows(named=True):
        share = fmt.percent(row["porsi"], 0, lang)
        fig.add_trace(
            go.Bar(
                y=[row["dimensi_label"]],
                x=[row["porsi"]],
                orientation="h",
                name=row["kategori_label"],
                marker={"color": SHADES[row["urut"]], "line": {"color": "white", "width": 1}},
                text=[f"{row['kategori_label']} {share}"],
                textposition="inside",
                insidetextanchor="middle",
                textfont={"color": TEXT_ON[row["urut"]]},
                hovertemplate=f"{row['kategori_label']}: {fmt.number(row['n'], 0, lang)} ({share})<extra></extra>",
                showlegend=False,
            )
        )
    fig.update_layout(barmode="stack", bargap=0.35, uniformtext={"minsize": 11, "mode": "hide"})
    # every segment carries its share as text; an axis would only repeat it
    fig.update_xaxes(range=[0, 100], showticklabels=False, showgrid=False)
    fig.update_yaxes(categoryorder="array", categoryarray=dims, autorange="reversed")
    return titled(fig, title, lang, height=300)


def jp_histogram(frame: pl.DataFrame, *, title: str, lang: str, axis: str) -> go.Figure:
    """ASN per band of JP (`frame`: pita, memenuhi_20jp, n), the 20 JP line between the bands
    short of it and those that reach it."""
    bands = frame["pita"].to_list()
    fig = go.Figure(
        go.Bar(
            x=bands,
            y=frame["n"].to_list(),
            marker={
                "color": [
                    charts.AREA_COLORS["workforce"] if ok else BELOW_20_JP for ok in frame["memenuhi_20jp"]
                ]
            },
            text=[fmt.number(n, 0, lang) for n in frame["n"]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{x} JP: %{text}<extra></extra>",
        )
    )
    first_met = next((i for i, ok in enumerate(frame["memenuhi_20jp"]) if ok), len(bands))
    charts.vline(
        fig,
        first_met - 0.5,
        line={"color": charts.TARGET_COLOR, "dash": "dash", "width": 2},
        text="20 JP",
        position="top right",
    )
    fig.update_xaxes(type="category", title={"text": axis})
    # headroom above the tallest bar for its count and the line's label
    fig.update_yaxes(range=[0, max(frame["n"].max() or 1, 1) * 1.25], showticklabels=False)
    return titled(fig, title, lang, height=340)
