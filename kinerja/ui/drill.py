"""Drill-through: from a number to the page that explains it, the filters kept.

A ranking's bar opens that OPD's Profil OPD (its own URL parameter `profil`, not the `opd`
filter), a KPI card's title opens its area's page. Streamlit's chart selection event
carries the click; st.switch_page and st.page_link carry the filters in the URL.
"""

from __future__ import annotations

import streamlit as st

from kinerja.ui import charts

PROFILE_PAGE = "pages/profil_opd.py"
AREA_PAGES = {
    "work": "pages/layanan.py",
    "workforce": "pages/sdm.py",
    "workplace": "pages/tempat_kerja.py",
    "innovation": "pages/inovasi.py",
}


def params(view, **extra: str) -> dict[str, str]:
    """The view's filters as URL parameters (lists comma-separated, as the sidebar's links
    write them), with a page's own parameters such as `profil`."""
    out = {k: ",".join(v) if isinstance(v, list | tuple) else v for k, v in view.query_params().items()}
    return {**out, **extra}


def profile(view, kode_opd: str) -> tuple[str, dict[str, str]]:
    """The page and URL parameters of one OPD's profile."""
    return PROFILE_PAGE, params(view, profil=kode_opd)


def area(view, area_name: str) -> tuple[str, dict[str, str]]:
    return AREA_PAGES[area_name], params(view)


def ranking_chart(fig, filename: str, codes: list[str], view, key: str) -> None:
    """A ranking's bars (kinerja.ui.charts.ranking_bars, one bar per code in `codes`, in
    order); a click on a bar opens that OPD's profile. The camera button downloads a PNG."""
    event = st.plotly_chart(
        fig,
        config=charts.config(filename),
        theme=None,
        key=key,
        on_select="rerun",
        selection_mode="points",
    )
    points = event.selection.points if event else []
    index = points[0].get("point_index") if points else None
    if index is not None and 0 <= index < len(codes):
        page, query = profile(view, codes[index])
        st.switch_page(page, query_params=query)
