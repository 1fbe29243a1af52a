"""Layanan: Our Work — how many applications, through which channel, how fast against the
service standard, how satisfied the public is, and which services are integrated. Numbers
and findings come from kinerja.views.layanan.build; this file lays them out."""

import streamlit as st

from kinerja.i18n import t
from kinerja.ui import app, say, widgets
from kinerja.ui.charts import layanan as charts
from kinerja.views import layanan as lay

st.set_page_config(page_title="Kinerja — Layanan", page_icon="📊", layout="wide")
view = app.sidebar("pages/layanan.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v, opd = app.version(), tuple(sel.opd)
as_of = app.freshness(v, tahun)
partial = app.running_month(v, tahun)
first = lay.first_year(app.years(v), tahun)
this_year = dict(opd=list(opd), tahun_dari=tahun, tahun_sampai=tahun)
both_years = dict(opd=opd, tahun_dari=tahun - 1, tahun_sampai=tahun)
page = lay.build(
    card=app.scorecard(v, opd, sel.target_scope, tahun, None, lay.WORK),
    card_before=app.scorecard(v, opd, sel.target_scope, tahun - 1, partial, lay.WORK),
    monthly=app.values(**both_years, per_bulan=True, codes=lay.MONTHLY),
    ytd=app.values(**both_years, sampai_bulan=partial, codes=lay.MONTHLY[:1]),
    yearly=app.values(opd=opd, tahun_dari=first, tahun_sampai=tahun, codes=lay.MONTHLY),
    targets=app.query("target", tahun_dari=first, tahun_sampai=tahun),
    ranks={code: app.ranking(v, code, opd, tahun, None) for code in (lay.ON_TIME, lay.IKM)},
    sizes=app.group_sizes(v, opd, tahun, None),
    services=app.query("layanan_per_layanan", opd=list(opd), tahun=tahun, sampai_bulan=None),
    skm=app.query("skm", per_opd=False, **this_year, sampai_bulan=None, per_bulan=False),
    skm_opd=app.query("skm", per_opd=True, **this_year, sampai_bulan=None, per_bulan=False),
    catalogue=app.query("layanan", per_opd=False, **this_year),
    catalogue_opd=app.query("layanan", per_opd=True, **this_year),
    integrated_services=app.query("layanan_terintegrasi", opd=list(opd)),
    names=app.opd_table(v).select("kode_opd", "nama_opd"),
    selection=sel,
    tahun=tahun,
    partial_month=partial,
    lang=lang,
)

say.title("layanan_title", lang, wilayah=app.subject(view), tahun=tahun)
say.lead("layanan_lead", lang, as_of, n=len(opd))
widgets.partial_year_notice(tahun, as_of, partial, lang)

cards = page.cards
for codes in lay.CARD_ROWS:
    widgets.kpi_row(cards.rows, cards.before, codes, tahun - 1, lang, progress=cards.running)

# --- applications (W1–W4) while there are any ------------------------------------------------
st.subheader(t("layanan_sec_volume", lang))
if vol := page.volume:
    widgets.chart(charts.monthly_volume(vol, lang=lang), f"permohonan-bulanan-{tahun}")

    st.subheader(t("layanan_sec_online", lang))
    on = page.online
    names = dict(name=on.name, target_name=on.target_name, lang=lang)
    widgets.side_by_side(
        (
            charts.share_line(on.years, on.shares, on.targets, title=on.title, highlight=str(tahun), **names),
            f"daring-tahunan-{tahun}",
        ),
        (
            charts.share_line(on.months, on.month_shares, on.month_targets, title=on.month_title, **names),
            f"daring-bulanan-{tahun}",
        ),
    )
    st.caption(on.caption)

    st.subheader(t("layanan_sec_tepat", lang))
    widgets.opd_bars(page.on_time, lang)
    widgets.expander_table(page.on_time.table, lang)

    st.subheader(t("layanan_sec_sla", lang))
    sla = page.sla
    if sla.notice:
        st.info(say.plain(sla.notice))
    else:
        mode = st.segmented_control(
            sla.choice,
            tuple(sla.choices),
            default="slow",
            format_func=sla.choices.get,
            key="layanan_sla_mode",
        )
        widgets.chart(charts.sla_bars(sla.shown(mode), lang=lang), f"layanan-sla-{tahun}")
        st.caption(sla.caption)
        if sla.small_note:
            st.caption(sla.small_note)
        widgets.expander_table(sla.table, lang)
else:  # one notice for the four sections that count applications
    st.info(t("layanan_no_permohonan", lang, tahun=tahun))

# --- satisfaction (IKM) ------------------------------------------------------------------
st.subheader(t("layanan_sec_ikm", lang))
if ikm := page.satisfaction:
    widgets.opd_bars(ikm.ranking, lang)
    widgets.chart(charts.element_bars(ikm, lang=lang), f"ikm-unsur-{tahun}")
    st.caption(ikm.caption)
    widgets.expander_table(ikm.table, lang)
else:
    st.info(t("layanan_no_skm", lang, tahun=tahun))

# --- integrated services (MPP) -----------------------------------------------------------
st.subheader(t("layanan_sec_mpp", lang))
if (mpp := page.integrated) is None:
    st.info(t("layanan_no_services", lang))
elif not mpp.opds:
    st.info(say.plain(mpp.title))  # it names an OPD
else:
    widgets.chart(charts.integrated_bars(mpp, lang=lang), f"layanan-terintegrasi-{tahun}")
    st.caption(mpp.caption)
    widgets.expander_table(mpp.table, lang)
