"""Definisi: every indicator's formula in words with its unit, the table it is computed from
and how often that table is refreshed, its polarity and regulation, so any number can be traced.
One block per indicator (no table columns to cut a long formula or regulation off)."""

import re

import streamlit as st

from kinerja.i18n import t
from kinerja.indicators.registry import INDICATORS
from kinerja.ui import app, say, widgets

# a column of a source table (`tanggal_selesai`, `sla_hari`) shows as code, the rest as text
COLUMN = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")


def formula(text: str) -> str:
    parts, last = [], 0
    for m in COLUMN.finditer(text):
        parts += [say.plain(text[last : m.start()]), f"`{m.group()}`"]
        last = m.end()
    return "".join([*parts, say.plain(text[last:])])


st.set_page_config(page_title="Kinerja — Definisi", page_icon="📊", layout="wide")
view = app.sidebar("pages/definisi.py")
lang = view.lang

say.title("definitions_title", lang)
say.lead("definitions_lead", lang, app.freshness(app.version(), view.tahun))
for area, key in widgets.AREA_KEYS.items():
    st.subheader(t(key, lang), anchor=False)
    for i in (i for i in INDICATORS if i.area == area):
        with st.container(border=True):
            st.markdown(f"**{say.plain(widgets.name(i.code, lang))}** · `{i.code}`")
            st.markdown(formula(i.formula_id if lang == "id" else i.formula_en))
            facts = (
                ("definitions_unit", t(f"unit_{i.unit}", lang)),
                ("polarity", t(f"polarity_{i.polarity}", lang)),
                ("definitions_table", t(f"table_{i.query}", lang)),
                ("definitions_updated", t(f"updated_{i.dated}", lang)),
                ("definitions_regulation", i.source),
            )
            st.caption("  \n".join(f"**{t(k, lang)}:** {v}" for k, v in facts))

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
