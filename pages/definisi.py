"""Definisi: every indicator's formula, polarity and regulation, so any number can be traced."""

import polars as pl
import streamlit as st

from kinerja.i18n import t
from kinerja.indicators.registry import INDICATORS
from kinerja.ui import app, widgets

st.set_page_config(page_title="Kinerja — Definisi", page_icon="📊", layout="wide")
view = app.sidebar("pages/definisi.py")
lang = view.lang

st.title(t("definitions_title", lang))
st.caption(t("definitions_lead", lang))
for area, key in widgets.AREA_KEYS.items():
    st.subheader(t(key, lang))
    rows = [
        {
            t("indicator", lang): widgets.name(i.code, lang),
            t("code", lang): i.code,
            t("definition", lang): i.formula_id if lang == "id" else i.formula_en,
            t("polarity", lang): t(f"polarity_{i.polarity}", lang),
            t("source", lang): i.source,
        }
        for i in INDICATORS
        if i.area == area
    ]
    st.dataframe(pl.DataFrame(rows), hide_index=True, width="stretch")

# how the summary that opens the overview is made (kinerja.indicators.ringkasan, pace, kalimat)
st.subheader(t("definitions_summary_title", lang))
for key in (
    "definitions_changes",
    "definitions_running_year",
    "definitions_pace",
    "definitions_kejar",
    "ringkasan_ui_definitions_trend",
):
    st.markdown(t(key, lang))
