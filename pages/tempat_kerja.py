"""Tempat kerja (Our Workplace): digital government (SPBE index and its predicate), electronic
letters, flexible work and service points, for one year and OPD set, per OPD and over years.
Numbers and findings come from kinerja.views.tempat_kerja; this file lays them out."""

import streamlit as st

from kinerja.i18n import t
from kinerja.ui import app, say, widgets
from kinerja.views import tempat_kerja as tk

st.set_page_config(page_title="Kinerja — Tempat kerja", page_icon="📊", layout="wide")
view = app.sidebar("pages/tempat_kerja.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v = app.version()
opd = tuple(sel.opd)

say.title("tk_title", lang, wilayah=app.subject(view), tahun=tahun)
say.lead("tk_lead", lang, app.freshness(v, tahun), n=len(sel.opd))

cards = tk.cards(
    app.scorecard(v, opd, sel.target_scope, tahun, None, tk.CODES),
    app.scorecard(v, opd, sel.target_scope, tahun - 1, None, tk.CODES),
    tahun,
    lang,
)
widgets.kpi_row(cards.rows, cards.before, tk.CODES, tahun - 1, lang, progress=False)
if cards.notice:
    st.warning(cards.notice)
    st.stop()

first_year = min(app.years(v), default=tahun)
targets = app.query("target", tahun_dari=first_year, tahun_sampai=tahun)
per_opd = app.values(opd=sel.opd, tahun_dari=tahun, per_opd=True, codes=tk.CODES)
names = app.opd_table(v)
yearly = app.values(opd=sel.opd, tahun_dari=first_year, tahun_sampai=tahun, codes=tk.CODES)
page = tk.build(yearly, targets, per_opd, names, sel, first_year, tahun, lang)

st.subheader(t("tk_trends", lang))
for pair in (page.trends[:2], page.trends[2:]):
    for column, trend in zip(st.columns(2), pair, strict=True):
        with column:
            widgets.trend(trend, tk.AREA, lang)

st.subheader(t("tk_compare", lang))
code = widgets.compare_by(tk.AREA, t("tk_compare_by", lang), lang)
sizes = app.group_sizes(v, opd, tahun, None)
widgets.opd_ranking(tk.ranking(per_opd, code, names, targets, sizes, tahun, lang), lang)
notes = [widgets.explain(code, lang)]
if code == tk.SPBE:
    notes.append(t("tk_predikat_note", lang))
st.caption("  \n".join(notes))

st.subheader(t("tk_table", lang))
widgets.table(page.table, lang, key="tk_per_opd")
