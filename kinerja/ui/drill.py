"""Drill-through: from a number to the page that explains it, the filters kept.

A ranking's bar opens that OPD's Profil OPD (its own URL parameter `profil`, not the `opd`
filter), a KPI card's title opens its area's page. Streamlit's chart selection event
carries the click; st.switch_page and st.page_link carry the filters in the URL.
"""

from __future__ import annotations

import streamlit as st

from kinerja.i18n import t
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


def url_filters() -> dict[str, str]:
    """The filters as the URL holds them now (the shared sidebar has written them there
    before any chart is drawn), for a click that has no View at hand."""
    from kinerja.ui.app import FILTER_PARAMS

    return {k: ",".join(st.query_params.get_all(k)) for k in FILTER_PARAMS if k in st.query_params}


def clicked_key(fig, points: list[dict]) -> str | None:
    """The kode_opd of the clicked bar: the figure's meta holds one key per bar label, in
    the order of the y axis (charts.ranking)."""
    keys = (fig.layout.meta or {}).get("keys") if isinstance(fig.layout.meta, dict) else None
    labels = list(fig.layout.yaxis.categoryarray or [])
    if not keys or not points or len(keys) != len(labels):
        return None
    label = points[0].get("y")
    return keys[labels.index(label)] if label in labels else None


def ranking_chart(fig, filename: str, lang: str) -> None:
    """The one ranking chart; when it carries its bars' kode_opd (charts.ranking `keys`), a
    click on a bar opens that OPD's profile with the filters kept. The camera button
    downloads a PNG."""
    keys = fig.layout.meta.get("keys") if isinstance(fig.layout.meta, dict) else None
    if not keys:
        st.plotly_chart(fig, config=charts.config(filename), theme=None)
        return
    event = st.plotly_chart(
        fig,
        config=charts.config(filename),
        theme=None,
        key=f"drill_{filename}",
        on_select="rerun",
        selection_mode="points",
    )
    st.caption(t("ringkasan_ui_open_profile", lang))
    kode = clicked_key(fig, list(event.selection.points) if event else [])
    if kode is not None:
        st.switch_page(PROFILE_PAGE, query_params={**url_filters(), "profil": kode})
