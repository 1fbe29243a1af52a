"""Layanan: Our Work — how many applications, through which channel, how fast against the
service standard, how satisfied the public is, and which services are integrated."""

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import metrics
from kinerja.indicators.registry import BY_CODE
from kinerja.ui import app, widgets
from kinerja.ui.charts import layanan as charts
from kinerja.views import layanan as words

st.set_page_config(page_title="Kinerja — Layanan", page_icon="📊", layout="wide")
view = app.sidebar("pages/layanan.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v, opd = app.version(), tuple(sel.opd)
as_of = app.freshness(v, tahun)
partial = as_of.month if as_of and (as_of.month, as_of.day) != (12, 31) else None
names = app.opd_table(v).select("kode_opd", "nama_opd")
WORK = (
    "W1_permohonan",
    "W2_online_pct",
    "W3_tepat_waktu_pct",
    "W4_median_hari",
    "W5_ikm",
    "W6_layanan_terintegrasi",
)


def caption_code(key: str, code: str) -> None:
    st.caption(t(key, lang, kode=code, dasar=BY_CODE[code].source))


def too_small(left_out: int, basis: str | None) -> None:
    if left_out:
        unit = t(f"unit_{basis}", lang)
        st.caption(t("too_small", lang, n=left_out, min=widgets.MIN_GROUP[basis], unit=unit))


def table(label_key: str, frame: pl.DataFrame, filename: str) -> None:
    """A table in an expander: id-ID numbers on screen, real numbers in the download."""
    with st.expander(t(label_key, lang)):
        st.dataframe(words.for_screen(frame, lang), hide_index=True, width="stretch")
        widgets.download_table(frame, filename, lang, key=label_key)


def ranked_opd(code: str) -> tuple[pl.DataFrame, int, str | None]:
    """One indicator per OPD against each OPD's own target; OPD with too little data left out."""
    rank = app.ranking(v, code, opd, tahun, None)
    kept, left_out, basis = widgets.rankable(rank, app.group_sizes(v, opd, tahun, None), code)
    return kept.join(names, on="kode_opd", how="left").sort("nilai", descending=True), left_out, basis


def ranking_chart(kept: pl.DataFrame, code: str, title: str, filename: str, **kwargs) -> None:
    fig = charts.status_ranking(
        [words.short(n, 28) for n in kept["nama_opd"]],
        kept["nilai"].to_list(),
        kept["status"].to_list(),
        kept["target"].to_list(),
        status_names={
            s: t(f"status_{s}" if s else "status_none", lang) for s in ("hijau", "kuning", "merah", None)
        },
        target_name=t("layanan_target_opd", lang),
        hover=words.opd_hovers(kept, code, lang),
        title=title,
        lang=lang,
        **kwargs,
    )
    widgets.chart(charts.mutu_lines(fig) if code == "W5_ikm" else fig, filename)


st.title(t("layanan_title", lang, wilayah=app.region(app.version())["nama"], tahun=tahun))
lead = t("layanan_lead", lang, n=len(opd))
st.caption(lead + (" · " + t("data_per", lang, tanggal=fmt.date(as_of, lang)) if as_of else ""))
if partial:
    bulan = fmt.month_name(partial, lang)
    st.info(t("partial_year", lang, tahun=tahun, tanggal=fmt.date(as_of, lang), bulan=bulan))

# --- headline: the six Work indicators against target and last year --------------------
card = {
    r["kode"]: r for r in app.scorecard(v, opd, sel.target_scope, tahun, None, WORK).iter_rows(named=True)
}
before = app.scorecard(v, opd, sel.target_scope, tahun - 1, partial, WORK)
before = dict(zip(before["kode"], before["nilai"], strict=True))
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
    w1 = monthly.filter(pl.col("kode") == "W1_permohonan")
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
    counted = yearly.filter((pl.col("kode") == "W1_permohonan") & (pl.col("nilai") > 0))["tahun"]
    online = yearly.filter((pl.col("kode") == "W2_online_pct") & pl.col("tahun").is_in(counted.implode()))
    share = dict(zip(online["tahun"], online["nilai"], strict=True))
    # each year's target as the scorecard applies it to this OPD set
    judged = metrics.judge(online, app.query("target", tahun_dari=years[0], tahun_sampai=tahun), sel)
    target = dict(zip(judged["tahun"], judged["target"], strict=True))
    per_month = monthly.filter(
        (pl.col("kode") == "W2_online_pct")
        & (pl.col("tahun") == tahun)
        & (pl.col("bulan") <= (partial or 12))
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
    caption_code("layanan_caption_online", "W2_online_pct")


def on_time_section() -> None:
    """On-time completion by OPD, each against its own target."""
    kept, left_out, basis = ranked_opd("W3_tepat_waktu_pct")
    if kept.height:
        ranking_chart(
            kept,
            "W3_tepat_waktu_pct",
            words.tepat_title(kept, lang),
            f"tepat-waktu-opd-{tahun}",
            text=[fmt.percent(x, 1, lang) for x in kept["nilai"]],
            x_range=(0, 102),
            suffix="%",
        )
        caption_code("layanan_caption_status", "W3_tepat_waktu_pct")
    else:
        st.info(t("layanan_none_rankable", lang))
    too_small(left_out, basis)
    if kept.height:
        rows = words.ranking_table(kept, "W3_tepat_waktu_pct", basis, lang)
        table("layanan_table_tepat", rows, f"tepat-waktu-opd-{tahun}")


def sla_section() -> None:
    """The services slowest (or fastest) against their own SLA, at the median."""
    services = app.query("layanan_per_layanan", opd=list(opd), tahun=tahun, sampai_bulan=None)
    enough = services.filter(pl.col("selesai") >= widgets.MIN_GROUP["permohonan"])
    small = services.height - enough.height
    if not enough.height:
        st.info(t("layanan_sla_none", lang, min=widgets.MIN_GROUP["permohonan"]))
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
        st.caption(t("layanan_sla_too_small", lang, n=small, min=widgets.MIN_GROUP["permohonan"]))
    table("layanan_table_sla", words.service_table(enough, lang), f"layanan-sla-{tahun}")


def ikm_section() -> None:
    """IKM by OPD with its grade, and which survey element pulls the score down."""
    survey = dict(opd=list(opd), tahun_dari=tahun, tahun_sampai=tahun, sampai_bulan=None, per_bulan=False)
    skm = app.query("skm", per_opd=False, **survey)
    if not skm.height:
        st.info(t("layanan_no_skm", lang, tahun=tahun))
        return
    kept, left_out, basis = ranked_opd("W5_ikm")
    if kept.height:
        low = min([*kept["nilai"], *[x for x in kept["target"] if x is not None]])
        ranking_chart(
            kept,
            "W5_ikm",
            words.ikm_title(kept, lang),
            f"ikm-opd-{tahun}",
            text=[
                f"{fmt.number(x, 2, lang)} · {g}" for x, g in zip(kept["nilai"], kept["grade"], strict=True)
            ],
            x_range=(max(25.0, low - 10), 100),
        )
        caption_code("layanan_caption_ikm", "W5_ikm")
    else:
        st.info(t("layanan_none_rankable", lang))
    too_small(left_out, basis)
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
    rank = app.ranking(v, "W5_ikm", opd, tahun, None)
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
        .rename({"W6_layanan_terintegrasi": "terintegrasi"})
        .filter(pl.col("terintegrasi") > 0)
        .sort(["terintegrasi", "layanan", "nama_opd"], descending=[True, True, False])
    )
    title = words.mpp_title(per_opd, total["W6_layanan_terintegrasi"][0], total["layanan"][0], lang)
    if not per_opd.height:
        st.info(title)
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
    caption_code("layanan_caption_mpp", "W6_layanan_terintegrasi")
    rows = words.mpp_table(app.query("layanan_terintegrasi", opd=list(opd)), lang)
    table("layanan_table_mpp", rows, "layanan-terintegrasi")


# --- the page: applications (W1–W4) while there are any, then satisfaction and MPP -------
st.subheader(t("layanan_sec_volume", lang))
if card["W1_permohonan"]["nilai"]:
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
