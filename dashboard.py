"""Ringkasan: the overview page and the app's entry point (`streamlit run dashboard.py`)."""

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators.registry import BY_CODE, SCORECARD_CODES
from kinerja.ui import app, charts, drill, widgets
from kinerja.ui import ringkasan as opening

st.set_page_config(page_title="Kinerja", page_icon="📊", layout="wide")

HEADLINES = {
    "work": ("W1_permohonan", "W2_online_pct", "W3_tepat_waktu_pct", "W5_ikm"),
    "workforce": ("F1_asn", "F2_jp20_pct", "F3_jp_rata"),
    "workplace": ("P1_spbe", "P2_surat_elektronik_pct", "P3_kerja_fleksibel_pct"),
    "innovation": ("I1_inovasi", "I2_opd_berinovasi_pct", "I3_penghargaan"),
}
RANKABLE = (
    "W3_tepat_waktu_pct",
    "W2_online_pct",
    "W5_ikm",
    "W4_median_hari",
    "F2_jp20_pct",
    "P1_spbe",
    "P2_surat_elektronik_pct",
    "I1_inovasi",
)

view = app.sidebar("dashboard.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v = app.version()
region = app.region(v)
as_of = app.freshness(v, tahun)
# A year is still running only if it is the latest with data and stops before 31 December
# (an earlier year whose last application came on 30 December is complete).
running = tahun == region["tahun_terakhir"] and as_of is not None and (as_of.month, as_of.day) != (12, 31)
partial_month = as_of.month if running else None

st.title(t("overview_title", lang, wilayah=region["nama"], tahun=tahun))
# one caption, not a box: the summary and the first KPI row share the first screen
partial_note = (
    t(
        "partial_year",
        lang,
        tahun=tahun,
        tanggal=fmt.date(as_of, lang),
        bulan=fmt.month_name(partial_month, lang),
    )
    if partial_month
    else ""
)
st.caption(
    t("overview_lead", lang, n=len(sel.opd))
    + (" · " + t("data_per", lang, tanggal=fmt.date(as_of, lang)) if as_of else "")
    + ("  \n:material/info: " + partial_note if partial_note else "")
)

names = opening.names(app.opd_table(v))
opening.opening(view, names)  # what changed since the latest import, whom to follow up

card = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun, None)
before = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun - 1, partial_month)
before_values = dict(zip(before["kode"], before["nilai"], strict=True))
if partial_month:  # year-based counts cannot be cut to the same months: no comparison
    before_values = {
        c: v for c, v in before_values.items() if BY_CODE[c].query not in ("inovasi", "penghargaan")
    }
rows = {r["kode"]: r for r in card.iter_rows(named=True)}

if all(rows[c]["nilai"] in (None, 0) for c in ("W1_permohonan", "F1_asn", "I1_inovasi")):
    st.warning(t("no_data_year", lang, tahun=tahun))

trends = opening.card_trends(
    view, [c for codes in HEADLINES.values() for c in codes], partial_month or 12, partial_month is not None
)
for area, codes in HEADLINES.items():
    st.subheader(t(widgets.AREA_KEYS[area], lang))
    with st.container(horizontal=True):
        for code in codes:
            with st.container():
                widgets.kpi_card(
                    rows[code],
                    before_values.get(code),
                    tahun - 1,
                    lang,
                    progress=partial_month is not None,
                    trend=trends.get(code),
                    link=drill.area(view, area),
                )

partial = partial_month is not None
judged = card.filter(pl.col("status").is_not_null() & pl.col("kode").is_in(SCORECARD_CODES))
if partial:  # counts still growing through the year are progress, not yet a verdict
    judged = judged.filter(~pl.col("kode").is_in([c for c in judged["kode"] if BY_CODE[c].accumulates]))
st.subheader(
    t("scorecard_title", lang, hijau=judged.filter(pl.col("status") == "hijau").height, n=judged.height)
)
widgets.scorecard_grid(card, lang, partial)
table = widgets.scorecard_table(card, lang, partial)
with st.expander(t("scorecard_table", lang)):
    st.dataframe(table, hide_index=True, width="stretch")
widgets.download_table(table, f"kartu-skor-{tahun}", lang, key="scorecard")

st.subheader(t("leaders_heading", lang))
code = st.selectbox(t("choose_indicator", lang), RANKABLE, format_func=lambda c: widgets.name(c, lang))
unit = BY_CODE[code].unit
rank = app.ranking(v, code, tuple(sel.opd), tahun, None)
sizes = app.group_sizes(v, tuple(sel.opd), tahun, None)
ranked, left_out, basis = widgets.rankable(rank, sizes, code)
ranked = ranked.sort("nilai", descending=BY_CODE[code].polarity != "lower")
ranked = ranked.join(app.opd_table(v).select("kode_opd", "nama_opd"), on="kode_opd", maintain_order="left")
if ranked.is_empty():
    st.info(t("no_ranking", lang, tahun=tahun))
else:
    shown = pl.concat([ranked.head(5), ranked.tail(5)]).unique(
        subset="kode_opd", keep="first", maintain_order=True
    )
    best, worst = ranked.row(0, named=True), ranked.row(-1, named=True)
    title = t(
        "leaders_finding",
        lang,
        indikator=widgets.name(code, lang),
        best=best["nama_opd"],
        best_value=fmt.indicator_value(best["nilai"], unit, lang),
        worst=worst["nama_opd"],
        worst_value=fmt.indicator_value(worst["nilai"], unit, lang),
    )
    labels = [
        f"{r['nama_opd']} (n={fmt.number(r['n'], 0, lang)})" if basis else r["nama_opd"]
        for r in shown.iter_rows(named=True)
    ]
    fig = charts.ranking_bars(
        labels,
        shown["nilai"].to_list(),
        title=title,
        lang=lang,
        statuses=shown["status"].to_list(),
        text=[fmt.indicator_value(x, unit, lang) for x in shown["nilai"]],
    )
    drill.ranking_chart(
        fig, f"terdepan-tertinggal-{code}-{tahun}", shown["kode_opd"].to_list(), view, key="ranking_chart"
    )
    st.caption(t("ringkasan_ui_open_profile", lang))
    table = ranked.select(
        pl.col("nama_opd").alias(t("opd_name", lang)),
        pl.col("nilai").alias(t("value", lang)),
        pl.col("target").alias(t("target", lang)),
        *([pl.col("n").alias(t("group_size", lang))] if basis else []),
    )
    widgets.download_table(table, f"peringkat-{code}-{tahun}", lang, key="ranking")
if left_out:
    st.caption(t("too_small", lang, n=left_out, min=widgets.MIN_GROUP[basis], unit=t(f"unit_{basis}", lang)))
