"""Layanan: Our Work — how many applications, through which channel, how fast against the
service standard, how satisfied the public is, and which services are integrated. Numbers
and findings come from kinerja.views.layanan, one builder per section; this file lays them out."""

import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators.registry import BY_CODE
from kinerja.ui import app, say, widgets
from kinerja.ui import charts as base_charts
from kinerja.ui.charts import layanan as charts
from kinerja.views import layanan as lay

st.set_page_config(page_title="Kinerja — Layanan", page_icon="📊", layout="wide")
view = app.sidebar("pages/layanan.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v, opd = app.version(), tuple(sel.opd)
as_of = app.freshness(v, tahun)
partial = app.running_month(v, tahun)
names = app.opd_table(v).select("kode_opd", "nama_opd")
WORK = lay.WORK


def caption_code(key: str, code: str) -> None:
    st.caption(t(key, lang, kode=code, dasar=BY_CODE[code].source))


def table(model: lay.Table | None) -> None:
    """A table in an expander: id-ID numbers on screen, real numbers in the download."""
    if model is None:
        return
    with st.expander(t(model.label_key, lang)):
        st.dataframe(lay.for_screen(model.frame, lang), hide_index=True, width="stretch")
        widgets.download_table(model.frame, model.filename, lang, key=model.label_key)


def ranking(model: lay.Ranking, filename: str, **kwargs) -> bool:
    """The one ranking chart with the region's target as a line, or why there is none."""
    kept = model.ranked.frame

    def draw():
        fig = base_charts.ranking(
            model.labels,
            kept["nilai"].to_list(),
            kept["status"].to_list(),
            title=model.title,
            lang=lang,
            hover=model.hover,
            own_targets=kept["target"].to_list(),
            reference=model.reference,
            reference_label=model.reference_label,
            text=model.text,
            x_range=model.x_range,
            keys=kept["kode_opd"].to_list(),
            **kwargs,
        )
        return charts.mutu_lines(fig) if model.mutu_lines else fig

    return widgets.ranking(model.ranked, draw, filename, lang)


def ranking_inputs(code: str) -> tuple:
    return (
        app.ranking(v, code, opd, tahun, None),
        names,
        app.group_sizes(v, opd, tahun, None),
        app.query("target", tahun_dari=tahun, tahun_sampai=tahun),
    )


say.title("layanan_title", lang, wilayah=app.subject(view), tahun=tahun)
lead = t("layanan_lead", lang, n=len(opd))
st.caption(lead + (" · " + t("data_per", lang, tanggal=fmt.date(as_of, lang)) if as_of else ""))
widgets.partial_year_notice(tahun, as_of, partial, lang)

# --- headline: the six Work indicators against target and last year --------------------
cards = lay.cards(
    app.scorecard(v, opd, sel.target_scope, tahun, None, WORK),
    app.scorecard(v, opd, sel.target_scope, tahun - 1, partial, WORK),
    partial,
)
for codes in (WORK[:3], WORK[3:]):
    with st.container(horizontal=True):  # two rows of three: whole labels at 1280 px
        for code in codes:
            with st.container():
                widgets.kpi_card(
                    cards.rows[code], cards.before.get(code), tahun - 1, lang, progress=cards.running
                )

# --- applications (W1–W4) while there are any ------------------------------------------------
st.subheader(t("layanan_sec_volume", lang))
if cards.applications:
    monthly = app.values(opd=opd, tahun_dari=tahun - 1, tahun_sampai=tahun, per_bulan=True, codes=WORK[:2])
    ytd = app.values(opd=opd, tahun_dari=tahun - 1, tahun_sampai=tahun, sampai_bulan=partial, codes=WORK[:1])
    vol = lay.volume(monthly, ytd, tahun, partial, lang)
    fig = charts.monthly_volume(
        vol.months,
        vol.now,
        vol.last,
        names=vol.names,
        title=vol.title,
        y_title=t("layanan_axis_permohonan", lang),
        lang=lang,
    )
    widgets.chart(fig, f"permohonan-bulanan-{tahun}")

    st.subheader(t("layanan_sec_online", lang))
    first = min(y for y in app.years(v) if y <= tahun)
    on = lay.online(
        monthly,
        app.values(opd=opd, tahun_dari=first, tahun_sampai=tahun, codes=WORK[:2]),
        app.query("target", tahun_dari=first, tahun_sampai=tahun),
        sel,
        tahun,
        partial,
        lang,
    )
    left, right = st.columns(2)
    online_name, target_name = t("layanan_online", lang), t("target", lang)
    with left:
        fig = charts.share_line(
            on.years,
            on.shares,
            on.targets,
            name=online_name,
            target_name=target_name,
            title=on.title,
            lang=lang,
            highlight=str(tahun),
        )
        widgets.chart(fig, f"daring-tahunan-{tahun}")
    with right:
        fig = charts.share_line(
            on.months,
            on.month_shares,
            on.month_targets,
            name=online_name,
            target_name=target_name,
            title=on.month_title,
            lang=lang,
        )
        widgets.chart(fig, f"daring-bulanan-{tahun}")
    caption_code("layanan_caption_online", lay.ONLINE)

    st.subheader(t("layanan_sec_tepat", lang))
    on_time = lay.ranking(*ranking_inputs(lay.ON_TIME), lay.ON_TIME, tahun, lang)
    if ranking(on_time, f"tepat-waktu-opd-{tahun}", suffix="%"):
        caption_code("layanan_caption_status", lay.ON_TIME)
    table(on_time.table)

    st.subheader(t("layanan_sec_sla", lang))
    sla = lay.sla(
        app.query("layanan_per_layanan", opd=list(opd), tahun=tahun, sampai_bulan=None), tahun, lang
    )
    if sla.notice:
        st.info(say.plain(sla.notice))
    else:
        mode = st.segmented_control(
            t("layanan_sla_mode", lang),
            ("slow", "fast"),
            default="slow",
            format_func=lambda m: t("layanan_sla_slowest" if m == "slow" else "layanan_sla_fastest", lang),
            key="layanan_sla_mode",
        )
        shown = sla.fast if mode == "fast" else sla.slow
        fig = charts.sla_bars(
            shown.services,
            shown.opds,
            shown.ratios,
            hover=shown.hover,
            text=shown.text,
            line_name=t("layanan_sla_line", lang),
            x_title=t("layanan_axis_x_sla", lang),
            title=shown.title,
            lang=lang,
        )
        widgets.chart(fig, f"layanan-sla-{tahun}")
        st.caption(t("layanan_caption_sla", lang, tahun=tahun))
        if sla.small_note:
            st.caption(sla.small_note)
        table(sla.table)
else:  # one notice for the four sections that count applications
    st.info(t("layanan_no_permohonan", lang, tahun=tahun))

# --- satisfaction (IKM) ------------------------------------------------------------------
st.subheader(t("layanan_sec_ikm", lang))
survey = dict(opd=list(opd), tahun_dari=tahun, tahun_sampai=tahun, sampai_bulan=None, per_bulan=False)
skm = app.query("skm", per_opd=False, **survey)
ikm = (
    lay.satisfaction(skm, app.query("skm", per_opd=True, **survey), *ranking_inputs(lay.IKM), tahun, lang)
    if skm.height
    else None
)
if ikm is None:
    st.info(t("layanan_no_skm", lang, tahun=tahun))
else:
    if ranking(ikm.ranking, f"ikm-opd-{tahun}"):
        caption_code("layanan_caption_ikm", lay.IKM)
    fig = charts.element_bars(
        ikm.elements,
        ikm.scores,
        text=ikm.text,
        x_title=t("layanan_axis_nrr", lang),
        title=ikm.title,
        lang=lang,
    )
    widgets.chart(fig, f"ikm-unsur-{tahun}")
    st.caption(ikm.caption)
    table(ikm.table)

# --- integrated services (MPP) -----------------------------------------------------------
st.subheader(t("layanan_sec_mpp", lang))
catalogue = dict(opd=list(opd), tahun_dari=tahun, tahun_sampai=tahun)
mpp = lay.integrated(
    app.query("layanan", per_opd=False, **catalogue),
    app.query("layanan", per_opd=True, **catalogue),
    app.query("layanan_terintegrasi", opd=list(opd)),
    names,
    lang,
)
if mpp is None:
    st.info(t("layanan_no_services", lang))
elif not mpp.opds:
    st.info(say.plain(mpp.title))  # it names an OPD
else:
    fig = charts.integrated_bars(
        mpp.opds,
        mpp.integrated,
        mpp.other,
        names=(t("layanan_integrated", lang), t("layanan_not_integrated", lang)),
        x_title=t("layanan_axis_layanan", lang),
        title=mpp.title,
        lang=lang,
    )
    widgets.chart(fig, f"layanan-terintegrasi-{tahun}")
    caption_code("layanan_caption_mpp", lay.INTEGRATED)
    table(mpp.table)
