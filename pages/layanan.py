"""Layanan: Our Work — how many applications, through which channel, how fast against the
service standard, how satisfied the public is, and which services are integrated."""

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import metrics, rules
from kinerja.indicators.registry import BY_CODE
from kinerja.ui import app, say, widgets
from kinerja.ui import charts as base_charts
from kinerja.ui.charts import layanan as charts
from kinerja.views import compare
from kinerja.views import layanan as words

st.set_page_config(page_title="Kinerja — Layanan", page_icon="📊", layout="wide")
view = app.sidebar("pages/layanan.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v, opd = app.version(), tuple(sel.opd)
as_of = app.freshness(v, tahun)
partial = app.running_month(v, tahun)
names = app.opd_table(v).select("kode_opd", "nama_opd")
WORK = rules.area_codes("work")
VOLUME, ONLINE, ON_TIME, _, IKM, INTEGRATED = WORK


def caption_code(key: str, code: str) -> None:
    st.caption(t(key, lang, kode=code, dasar=BY_CODE[code].source))


def table(label_key: str, frame: pl.DataFrame, filename: str) -> None:
    """A table in an expander: id-ID numbers on screen, real numbers in the download."""
    with st.expander(t(label_key, lang)):
        st.dataframe(words.for_screen(frame, lang), hide_index=True, width="stretch")
        widgets.download_table(frame, filename, lang, key=label_key)


def ranked_opd(code: str) -> rules.Ranked:
    """One indicator per OPD against each OPD's own target; OPD with too little data left out."""
    rank = app.ranking(v, code, opd, tahun, None).join(names, on="kode_opd", how="left")
    return rules.rankable(rank, app.group_sizes(v, opd, tahun, None), code)


def ranking_chart(ranked: rules.Ranked, title, filename: str, **kwargs) -> bool:
    """The one ranking chart (charts.ranking) with the region's target as a line, or why not."""
    code, kept = ranked.code, ranked.frame
    reference = compare.region_target(code, app.query("target", tahun_dari=tahun, tahun_sampai=tahun), tahun)

    def draw():
        fig = base_charts.ranking(
            [words.short(n, 28) for n in kept["nama_opd"]],
            kept["nilai"].to_list(),
            kept["status"].to_list(),
            title=title(kept, lang),
            lang=lang,
            hover=words.opd_hovers(kept, code, lang),
            own_targets=kept["target"].to_list(),
            reference=reference,
            reference_label=compare.reference_label(code, reference, lang),
            keys=kept["kode_opd"].to_list(),
            **kwargs,
        )
        return charts.mutu_lines(fig) if code == IKM else fig

    return widgets.ranking(ranked, draw, filename, lang)


say.title("layanan_title", lang, wilayah=app.subject(view), tahun=tahun)
lead = t("layanan_lead", lang, n=len(opd))
st.caption(lead + (" · " + t("data_per", lang, tanggal=fmt.date(as_of, lang)) if as_of else ""))
widgets.partial_year_notice(tahun, as_of, partial, lang)

# --- headline: the six Work indicators against target and last year --------------------
card = {
    r["kode"]: r for r in app.scorecard(v, opd, sel.target_scope, tahun, None, WORK).iter_rows(named=True)
}
before = app.scorecard(v, opd, sel.target_scope, tahun - 1, partial, WORK)
before = rules.comparable(dict(zip(before["kode"], before["nilai"], strict=True)), partial)
for codes in (WORK[:3], WORK[3:]):
    with st.container(horizontal=True):  # two rows of three: whole labels at 1280 px
        for code in codes:
            with st.container():
                widgets.kpi_card(card[code], before.get(code), tahun - 1, lang, progress=partial is not None)


def volume_section(monthly: pl.DataFrame) -> None:
    """Applications per month, this year against last (seasonality shows in the shape)."""
    ytd = app.values(
        opd=opd, tahun_dari=tahun - 1, tahun_sampai=tahun, sampai_bulan=partial, codes=(WORK[0],)
    )
    total = dict(zip(ytd["tahun"], ytd["nilai"], strict=True))
    w1 = monthly.filter(pl.col("kode") == VOLUME)
    now = w1.filter((pl.col("tahun") == tahun) & (pl.col("bulan") <= (partial or 12)))
    last = w1.filter(pl.col("tahun") == tahun - 1)
    peak = now.sort("nilai", descending=True)["bulan"][0]
    fig = charts.monthly_volume(
        [fmt.month_name(m, lang) for m in range(1, 13)],
        now["nilai"].to_list() + [None] * (12 - now.height),
        last["nilai"].to_list() if last["nilai"].sum() else None,
        names=(str(tahun), str(tahun - 1)),
        title=words.volume_title(total[tahun], total[tahun - 1], peak, tahun, partial, lang),
        y_title=t("layanan_axis_permohonan", lang),
        lang=lang,
    )
    widgets.chart(fig, f"permohonan-bulanan-{tahun}")


def online_section(monthly: pl.DataFrame) -> None:
    """The online share in every year with data against its target, and month by month."""
    years = [y for y in sorted(app.years(v)) if y <= tahun]
    yearly = app.values(opd=opd, tahun_dari=years[0], tahun_sampai=tahun, codes=WORK[:2])
    counted = yearly.filter((pl.col("kode") == VOLUME) & (pl.col("nilai") > 0))["tahun"]
    online = yearly.filter((pl.col("kode") == ONLINE) & pl.col("tahun").is_in(counted.implode()))
    share = dict(zip(online["tahun"], online["nilai"], strict=True))
    # each year's target as the scorecard applies it to this OPD set
    judged = metrics.judge(online, app.query("target", tahun_dari=years[0], tahun_sampai=tahun), sel)
    target = dict(zip(judged["tahun"], judged["target"], strict=True))
    per_month = monthly.filter(
        (pl.col("kode") == ONLINE) & (pl.col("tahun") == tahun) & (pl.col("bulan") <= (partial or 12))
    )
    left, right = st.columns(2)
    with left:
        fig = charts.share_line(
            [str(y) for y in share],
            list(share.values()),
            [target[y] for y in share],
            name=t("layanan_online", lang),
            target_name=t("target", lang),
            title=words.online_title(tahun, share[tahun], share.get(tahun - 1), target[tahun], lang),
            lang=lang,
            highlight=str(tahun),
        )
        widgets.chart(fig, f"daring-tahunan-{tahun}")
    with right:
        fig = charts.share_line(
            [fmt.month_name(m, lang) for m in per_month["bulan"]],
            per_month["nilai"].to_list(),
            [target[tahun]] * per_month.height,
            name=t("layanan_online", lang),
            target_name=t("target", lang),
            title=words.online_monthly_title(per_month, tahun, lang),
            lang=lang,
        )
        widgets.chart(fig, f"daring-bulanan-{tahun}")
    caption_code("layanan_caption_online", ONLINE)


def on_time_section() -> None:
    """On-time completion by OPD, each against its own target."""
    ranked = ranked_opd(ON_TIME)
    kept = ranked.frame
    if ranking_chart(
        ranked,
        words.tepat_title,
        f"tepat-waktu-opd-{tahun}",
        text=[fmt.percent(x, 1, lang) for x in kept["nilai"]],
        x_range=(0, 102),
        suffix="%",
    ):
        caption_code("layanan_caption_status", ON_TIME)
    if kept.height:
        rows = words.ranking_table(kept, ON_TIME, ranked.basis, lang)
        table("layanan_table_tepat", rows, f"tepat-waktu-opd-{tahun}")


def sla_section() -> None:
    """The services slowest (or fastest) against their own SLA, at the median."""
    services = app.query("layanan_per_layanan", opd=list(opd), tahun=tahun, sampai_bulan=None)
    enough = services.filter(pl.col("selesai") >= rules.floors()["permohonan"])
    small = services.height - enough.height
    if not enough.height:
        st.info(t("layanan_sla_none", lang, min=rules.floors()["permohonan"]))
        return
    mode = st.segmented_control(
        t("layanan_sla_mode", lang),
        ("slow", "fast"),
        default="slow",
        format_func=lambda m: t("layanan_sla_slowest" if m == "slow" else "layanan_sla_fastest", lang),
        key="layanan_sla_mode",
    )
    slowest = mode != "fast"
    shown = enough.head(10) if slowest else enough.tail(10).reverse()
    hovers, texts = words.service_labels(shown, lang)
    fig = charts.sla_bars(
        [words.short(n, 44) for n in shown["nama_layanan"]],
        [words.short(n, 44) for n in shown["nama_opd"]],
        shown["median_per_sla"].to_list(),
        hover=hovers,
        text=texts,
        line_name=t("layanan_sla_line", lang),
        x_title=t("layanan_axis_x_sla", lang),
        title=words.sla_title(enough, slowest, lang),
        lang=lang,
    )
    widgets.chart(fig, f"layanan-sla-{tahun}")
    st.caption(t("layanan_caption_sla", lang, tahun=tahun))
    if small:
        st.caption(t("layanan_sla_too_small", lang, n=small, min=rules.floors()["permohonan"]))
    table("layanan_table_sla", words.service_table(enough, lang), f"layanan-sla-{tahun}")


def ikm_section() -> None:
    """IKM by OPD with its grade, and which survey element pulls the score down."""
    survey = dict(opd=list(opd), tahun_dari=tahun, tahun_sampai=tahun, sampai_bulan=None, per_bulan=False)
    skm = app.query("skm", per_opd=False, **survey)
    if not skm.height:
        st.info(t("layanan_no_skm", lang, tahun=tahun))
        return
    ranked = ranked_opd(IKM)
    kept = ranked.frame
    if ranking_chart(
        ranked,
        words.ikm_title,
        f"ikm-opd-{tahun}",
        text=[f"{fmt.number(x, 2, lang)} · {g}" for x, g in zip(kept["nilai"], kept["grade"], strict=True)],
        x_range=(0, 100),
    ):
        caption_code("layanan_caption_ikm", IKM)
    elements = words.elements(skm)
    fig = charts.element_bars(
        [f"{k.upper()} {words.element_name(k, lang)}" for k in elements["unsur"]],
        elements["nrr"].to_list(),
        text=[fmt.number(x, 2, lang) for x in elements["nrr"]],
        x_title=t("layanan_axis_nrr", lang),
        title=words.element_title(elements, lang),
        lang=lang,
    )
    widgets.chart(fig, f"ikm-unsur-{tahun}")
    st.caption(t("layanan_caption_elem", lang, n=fmt.number(skm["responden"][0], 0, lang)))
    rank = app.ranking(v, IKM, opd, tahun, None)
    rows = words.ikm_table(rank, app.query("skm", per_opd=True, **survey), names, lang)
    table("layanan_table_ikm", rows, f"ikm-opd-{tahun}")


def integrated_section() -> None:
    """Integrated services (MPP) per OPD, and the list of them."""
    catalogue = dict(opd=list(opd), tahun_dari=tahun, tahun_sampai=tahun)
    total = app.query("layanan", per_opd=False, **catalogue)
    if not total.height:
        st.info(t("layanan_no_services", lang))
        return
    per_opd = (
        app.query("layanan", per_opd=True, **catalogue)
        .join(names, on="kode_opd", how="left")
        .rename({INTEGRATED: "terintegrasi"})
        .filter(pl.col("terintegrasi") > 0)
        .sort(["terintegrasi", "layanan", "nama_opd"], descending=[True, True, False])
    )
    title = words.mpp_title(per_opd, total[INTEGRATED][0], total["layanan"][0], lang)
    if not per_opd.height:
        st.info(say.plain(title))
        return
    fig = charts.integrated_bars(
        [words.short(n, 48) for n in per_opd["nama_opd"]],
        per_opd["terintegrasi"].to_list(),
        (per_opd["layanan"] - per_opd["terintegrasi"]).to_list(),
        names=(t("layanan_integrated", lang), t("layanan_not_integrated", lang)),
        x_title=t("layanan_axis_layanan", lang),
        title=title,
        lang=lang,
    )
    widgets.chart(fig, f"layanan-terintegrasi-{tahun}")
    caption_code("layanan_caption_mpp", INTEGRATED)
    rows = words.mpp_table(app.query("layanan_terintegrasi", opd=list(opd)), lang)
    table("layanan_table_mpp", rows, "layanan-terintegrasi")


# --- the page: applications (W1–W4) while there are any, then satisfaction and MPP -------
st.subheader(t("layanan_sec_volume", lang))
if card[VOLUME]["nilai"]:
    monthly = app.values(opd=opd, tahun_dari=tahun - 1, tahun_sampai=tahun, per_bulan=True, codes=WORK[:2])
    volume_section(monthly)
    st.subheader(t("layanan_sec_online", lang))
    online_section(monthly)
    st.subheader(t("layanan_sec_tepat", lang))
    on_time_section()
    st.subheader(t("layanan_sec_sla", lang))
    sla_section()
else:  # one notice for the four sections that count applications
    st.info(t("layanan_no_permohonan", lang, tahun=tahun))
st.subheader(t("layanan_sec_ikm", lang))
ikm_section()
st.subheader(t("layanan_sec_mpp", lang))
integrated_section()
