"""SDM aparatur (Our Workforce): how many civil servants (ASN), who they are, whether each got
the 20 JP of development owed a year, and how many were rotated — aggregates only. Numbers
and findings come from kinerja.views.sdm; this file lays them out."""

import streamlit as st

from kinerja.i18n import t
from kinerja.ui import app, say, widgets
from kinerja.ui.charts import sdm as sdm_charts
from kinerja.views import compare, sdm

st.set_page_config(page_title="Kinerja — SDM aparatur", page_icon="📊", layout="wide")
view = app.sidebar("pages/sdm.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v = app.version()
opd = tuple(sel.opd)

say.title("sdm_title", lang, wilayah=app.subject(view), tahun=tahun)
say.lead("sdm_lead", lang, app.freshness(v, tahun), n=len(sel.opd))

cards = sdm.cards(
    app.scorecard(v, opd, sel.target_scope, tahun, None, sdm.CODES),
    app.scorecard(v, opd, sel.target_scope, tahun - 1, None, sdm.CODES),
    tahun,
    lang,
)
widgets.kpi_row(cards.rows, cards.before, sdm.CODES, tahun - 1, lang, progress=False)
if cards.notice:
    (st.warning if cards.empty else st.info)(cards.notice)
    st.stop()

first_year = min(app.years(v), default=tahun)
targets = app.query("target", tahun_dari=first_year, tahun_sampai=tahun)
per_opd = app.values(opd=sel.opd, tahun_dari=tahun, per_opd=True, codes=sdm.CODES)
names = app.opd_table(v)
page = sdm.build(
    cards.rows,
    yearly=app.values(opd=sel.opd, tahun_dari=first_year, tahun_sampai=tahun, codes=sdm.CODES),
    targets=targets,
    komposisi=app.query("sdm_komposisi", opd=sel.opd, tahun_dari=first_year, tahun_sampai=tahun),
    bands=app.query("sdm_jp_sebaran", opd=sel.opd, tahun=tahun),
    per_opd=per_opd,
    names=names,
    selection=sel,
    first_year=first_year,
    tahun=tahun,
    lang=lang,
)

st.subheader(t("sdm_composition", lang))
left, right = st.columns(2)
with left:
    fig = sdm_charts.composition(page.composition, title=page.composition_title, lang=lang)
    widgets.chart(fig, f"komposisi-asn-{tahun}")
with right:
    widgets.trend(page.pppk, sdm.AREA, lang)
st.caption(t("sdm_composition_note", lang))
with st.expander(t("sdm_composition_table", lang)):
    widgets.table(page.composition_table, lang, key="sdm_komposisi")

st.subheader(t("sdm_jp", lang))
left, right = st.columns(2)
with left:
    fig = sdm_charts.jp_histogram(page.bands, title=page.jp_title, lang=lang, axis=t("sdm_jp_axis", lang))
    widgets.chart(fig, f"sebaran-jp-{tahun}")
    st.caption(t("sdm_jp_note", lang))
with right:
    widgets.trend(page.trends[sdm.JP], sdm.AREA, lang)
with st.expander(t("sdm_jp_table", lang)):
    widgets.table(page.jp_table, lang, key="sdm_jp")

st.subheader(t("sdm_trends", lang))
for column, code in zip(st.columns(2), (sdm.CODES[3], sdm.CODES[2]), strict=True):
    with column:
        widgets.trend(page.trends[code], sdm.AREA, lang)

st.subheader(t("sdm_compare", lang))
code = widgets.compare_by(sdm.AREA, t("sdm_compare_by", lang), lang)
sizes = app.group_sizes(v, opd, tahun, None)
widgets.opd_ranking(compare.opd_ranking(per_opd, code, names, targets, sizes, tahun, lang), lang)
st.caption(widgets.explain(code, lang))

st.subheader(t("sdm_table", lang))
widgets.table(page.table, lang, key="sdm_per_opd")
st.caption(t("sdm_table_note", lang, min=page.min_asn))
