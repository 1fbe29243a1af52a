"""Inovasi & Penghargaan: how many innovations, how far they got, which OPD has none yet
(PP 38/2017, one agency one innovation), and the awards won. Numbers and findings come from
kinerja.views.inovasi.build; this file lays them out."""

import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.ui import app, say, widgets
from kinerja.ui.charts import inovasi as charts
from kinerja.views import inovasi as ino

st.set_page_config(page_title="Kinerja — Inovasi", page_icon="📊", layout="wide")
view = app.sidebar("pages/inovasi.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v, opd = app.version(), tuple(sel.opd)
years = sorted(set(app.years(v)) | {tahun})
as_of = app.freshness(v, tahun)
partial_month = app.running_month(v, tahun)
COUNT, DIGITAL, AWARDS = ino.COUNT, ino.DIGITAL, ino.AWARDS
page = ino.build(
    years=years,
    cards={y: app.scorecard(v, opd, sel.target_scope, y, None, ino.CODES) for y in {*years, tahun - 1}},
    series=app.values(
        opd=opd, tahun_dari=years[0], tahun_sampai=years[-1], codes=(COUNT, DIGITAL, *ino.AWARD_CODES)
    ),
    per_opd=app.values(opd=opd, tahun_dari=years[0], tahun_sampai=tahun, per_opd=True, codes=(COUNT,)),
    judged=app.ranking(v, COUNT, opd, tahun, None),
    opds=app.opd_table(v),
    stages=app.query("inovasi_tahapan", opd=opd, tahun=tahun),
    lab=app.query("inovasi_tahap_lab", opd=opd, tahun=tahun),
    forms=app.query("inovasi_bentuk", opd=opd, tahun=tahun),
    awards=app.query("inovasi_penghargaan", opd=opd, tahun=tahun),
    tahun=tahun,
    partial_month=partial_month,
    lang=lang,
)

say.title("inovasi_title", lang, wilayah=app.subject(view), tahun=tahun)
say.lead("inovasi_lead", lang, as_of, n=len(sel.opd))
if partial_month is not None:
    st.info(t("inovasi_partial", lang, tahun=tahun, tanggal=fmt.date(as_of, lang)))
widgets.kpi_row(page.rows, page.before, ino.HEADLINES, tahun - 1, lang, progress=page.running)
if not page.any_innovation:
    st.info(t("inovasi_none_at_all", lang))

# --- over the years ------------------------------------------------------------------------
st.subheader(t("inovasi_years_head", lang))
widgets.side_by_side(
    (charts.per_year(years, page.counts, lang=lang, highlight=tahun), f"inovasi-per-tahun-{tahun}"),
    (charts.share_line(years, page.digital, lang=lang), f"inovasi-digital-{tahun}"),
)
st.caption(
    t("inovasi_years_caption", lang, a=widgets.name(COUNT, lang), b=widgets.name(DIGITAL, lang)),
    help=widgets.explain(COUNT, lang) + "\n\n" + widgets.explain(DIGITAL, lang),
)

# --- one agency, one innovation (I2) -------------------------------------------------------
one = page.one_each
st.subheader(one.heading)
if not one.caption:
    st.info(t("inovasi_i2_none_active", lang))
else:
    st.caption(one.caption, help=widgets.explain(ino.SHARE_OPD, lang))
    if one.missing.height:
        widgets.listing(one.missing, f"opd-tanpa-inovasi-{tahun}", lang, key="inovasi_missing")

# --- per OPD: each OPD's count against its own target (progress while the year runs) --------
st.subheader(t("inovasi_opd_head", lang, tahun=tahun))
if page.leaders:
    widgets.opd_bars(page.leaders, lang)
else:
    st.info(t("inovasi_opd_empty", lang, tahun=tahun))

# --- stages ----------------------------------------------------------------------------------
st.subheader(t("inovasi_stage_head", lang))
if stages := page.stages:
    names = page.series_names
    widgets.side_by_side(
        (charts.funnel(stages, lang=lang, names=names), f"inovasi-tahapan-{tahun}"),
        (charts.lab_stages(stages, lang=lang, names=names), f"inovasi-tahap-lab-{tahun}"),
    )
    st.caption(stages.caption)
else:
    st.info(t("inovasi_stage_empty", lang, tahun=tahun))

# --- forms and digital -----------------------------------------------------------------------
st.subheader(t("inovasi_form_head", lang))
card_column, chart_column = st.columns([1, 2])
with card_column:
    widgets.kpi_card(page.rows[DIGITAL], page.before.get(DIGITAL), tahun - 1, lang, progress=False)
with chart_column:
    if page.forms:
        widgets.chart(charts.forms(page.forms, lang=lang), f"inovasi-bentuk-{tahun}")
        st.caption(t("inovasi_form_caption", lang), help=widgets.explain(DIGITAL, lang))
    else:
        st.info(t("inovasi_form_empty", lang, tahun=tahun))

# --- awards ----------------------------------------------------------------------------------
st.subheader(t("inovasi_award_head", lang))
awards = page.awards
widgets.chart(charts.awards(years, awards, lang=lang), f"penghargaan-per-tahun-{tahun}")
st.caption(
    t("inovasi_award_caption", lang, name=widgets.name(AWARDS, lang)), help=widgets.explain(AWARDS, lang)
)
st.markdown(f"**{t('inovasi_award_table_head', lang, tahun=tahun)}**")
if awards.table.height:
    widgets.listing(awards.table, f"penghargaan-{tahun}", lang, key="inovasi_awards")
else:
    st.info(t("inovasi_award_empty", lang, tahun=tahun))

# --- the register ----------------------------------------------------------------------------
st.subheader(t("inovasi_list_head", lang))
cari = st.text_input(
    t("inovasi_search", lang), placeholder=t("inovasi_search_hint", lang), key="inovasi_cari"
)
only_year = st.checkbox(t("inovasi_only_year", lang, tahun=tahun), key="inovasi_hanya_tahun")
found = app.query("inovasi_daftar", opd=opd, cari=cari.strip() or None, tahun=tahun if only_year else None)
register = ino.register(found, cari, lang)
if register.table.height:
    st.caption(register.caption)
    st.dataframe(register.table, hide_index=True, width="stretch")
    widgets.download_table(register.table, f"daftar-inovasi-{tahun}", lang, key="inovasi_register")
else:
    st.info(say.plain(register.caption))  # it echoes the search words
