"""The overview's opening (Streamlit): the summary's sentences, which import they compare
with, and the follow-up list whose entries open each OPD's profile. The words and numbers
come from kinerja.views.ringkasan; this module only lays them out."""

from __future__ import annotations

import re

import polars as pl
import streamlit as st

from kinerja.i18n import t
from kinerja.indicators.registry import BY_CODE
from kinerja.ui import app, drill
from kinerja.views import ringkasan as vr

# characters Streamlit's Markdown would read as formatting (and `$` as LaTeX)
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+!|$~])")


def plain(text: str) -> str:
    """Text from the data (OPD names) shown literally inside Markdown."""
    return _MARKDOWN.sub(r"\\\1", text)


# Our own constant CSS (never data), for the overview only: at 1280×720 the sentences and
# the first row of KPI cards share the first screen, so the list, the area headings and
# the cards' title links are drawn tighter than Streamlit's defaults.
OVERVIEW_CSS = """
.st-key-ringkasan_opening ul { margin: 0 0 0 1.1rem; padding: 0; }
.st-key-ringkasan_opening li { margin: 0; padding: 0; line-height: 1.4; }
.st-key-ringkasan_opening [data-testid="stExpander"] details summary { padding: 0.3rem 0.75rem; }
[data-testid="stMainBlockContainer"] h3 { font-size: 1.3rem; padding: 0.4rem 0 0 0; }
[data-testid="stMainBlockContainer"] [data-testid="stPageLink-NavLink"] { padding: 0; }
.st-key-ringkasan_opening [data-testid="stPageLink-NavLink"] * {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
  line-height: 1.4; }
.st-key-ringkasan_opening [data-testid="stPageLink-NavLink"] { height: auto; align-items: flex-start; }
"""


def opening(view, names: dict[str, str]) -> vr.Opening:
    """Draw the sentences, the import they compare with and, folded, whom to follow up
    (each entry opens that OPD's profile with the filters kept)."""
    st.html(f"<style>{OVERVIEW_CSS}</style>")
    data = app.summary(app.version(), view.tahun, tuple(view.opd), tuple(view.jenis), view.lang)
    found = vr.opening(data, names, view.lang)
    with st.container(key="ringkasan_opening", gap="small"):
        st.markdown("\n".join(f"- {plain(s)}" for s in found.sentences))
        # side by side on a wide screen, one under the other on a phone
        left, right = st.columns([2, 3], vertical_alignment="top")
        with left:
            follow_up_list(view, found)
        right.caption(found.compared)
    return found


def follow_up_list(view, found: vr.Opening) -> None:
    """ "Perlu ditindaklanjuti" folded: one link per OPD to its profile, the filters kept."""
    if not found.follow_up:
        return
    with st.expander(found.heading, icon=":material/assignment_late:"):
        st.caption(t("ringkasan_ui_kejar_help", view.lang))
        for item in found.follow_up:
            page, query = drill.profile(view, item.kode_opd)
            st.page_link(
                page,
                label=f"**{plain(item.nama)}** — {plain(' · '.join(item.reasons))}",
                query_params=query,
                icon=":material/arrow_forward:",
                width="stretch",
            )


def names(frame: pl.DataFrame) -> dict[str, str]:
    return dict(zip(frame["kode_opd"], frame["nama_opd"], strict=True))


def card_trends(view, codes, running_month: int | None) -> dict[str, list[float] | None]:
    """Each KPI card's small line: the last 12 months (up to `running_month` of a year
    still running, else December) for an indicator with a value per month (the registry's
    `monthly`), the last years for a yearly one; None: too little to draw."""
    opd, tahun = tuple(view.selection.opd), view.tahun
    last_month, running = running_month or 12, running_month is not None
    monthly = tuple(c for c in codes if BY_CODE[c].monthly)
    yearly = tuple(c for c in codes if not BY_CODE[c].monthly)
    out: dict[str, list[float] | None] = {}
    if monthly:
        first = tahun - 1 if last_month < vr.TREND_MONTHS else tahun
        frame = app.values(opd=opd, tahun_dari=first, tahun_sampai=tahun, per_bulan=True, codes=monthly)
        out |= {c: vr.drawable(vr.monthly_trend(frame, c, tahun, last_month)) for c in monthly}
    if yearly:
        years = app.years(app.version())
        frame = app.values(opd=opd, tahun_dari=tahun - vr.TREND_YEARS + 1, tahun_sampai=tahun, codes=yearly)
        out |= {c: vr.drawable(vr.yearly_trend(frame, c, tahun, years, running)) for c in yearly}
    return out
