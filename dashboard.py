"""Ringkasan: the overview page and the app's entry point (`streamlit run dashboard.py`)."""

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE
from kinerja.ui import app, charts, drill, widgets
from kinerja.ui import ringkasan as opening
from kinerja.views import compare

st.set_page_config(page_title="Kinerja", page_icon="📊", layout="wide")

view = app.sidebar("dashboard.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v = app.version()
as_of = app.freshness(v, tahun)
partial_month = app.running_month(v, tahun)

st.title(t("overview_title", lang, wilayah=app.subject(view), tahun=tahun))
st.caption(
    t("overview_lead", lang, n=len(sel.opd))
    + (" · " + t("data_per", lang, tanggal=fmt.date(as_of, lang)) if as_of else "")
)
# a caption, not a box: the summary and the first KPI row share the first screen
widgets.partial_year_notice(tahun, as_of, partial_month, lang, compact=True)
opening.opening(
    view, opening.names(app.opd_table(v))
)  # what changed since the latest import, whom to follow up

card = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun, None)
before = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun - 1, partial_month)
before_values = rules.comparable(dict(zip(before["kode"], before["nilai"], strict=True)), partial_month)
rows = {r["kode"]: r for r in card.iter_rows(named=True)}

if not rules.year_has_data(rows):
    st.warning(t("no_data_year", lang, tahun=tahun))

trends = opening.card_trends(view, [c for a in widgets.AREA_KEYS for c in rules.headlines(a)], partial_month)
for area in widgets.AREA_KEYS:
    st.subheader(t(widgets.AREA_KEYS[area], lang))
    with st.container(horizontal=True):
        for code in rules.headlines(area):
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
st.subheader(rules.scorecard_heading(*rules.scorecard_count(card.iter_rows(named=True), partial), lang))
widgets.scorecard_grid(card, lang, partial)
table = widgets.scorecard_table(card, lang, partial)
with st.expander(t("scorecard_table", lang)):
    st.dataframe(table, hide_index=True, width="stretch")
widgets.download_table(table, f"kartu-skor-{tahun}", lang, key="scorecard")

st.subheader(t("leaders_heading", lang))
code = widgets.url_choice("indikator", rules.rankable_codes(), t("choose_indicator", lang), lang)
unit = BY_CODE[code].unit
names = app.opd_table(v).select("kode_opd", "nama_opd")
rank = app.ranking(v, code, tuple(sel.opd), tahun, None).join(names, on="kode_opd", maintain_order="left")
ranked = rules.rankable(rank, app.group_sizes(v, tuple(sel.opd), tahun, None), code)


def leaders_chart():
    frame = ranked.frame
    shown = pl.concat([frame.head(5), frame.tail(5)]).unique(
        subset="kode_opd", keep="first", maintain_order=True
    )
    title = compare.leaders_finding(code, frame, lang)
    values = [fmt.indicator_value(x, unit, lang) for x in shown["nilai"]]
    sized = "n" in shown.columns
    reference = region_target
    return charts.ranking(
        [
            f"{r['nama_opd']} (n={fmt.number(r['n'], 0, lang)})" if sized else r["nama_opd"]
            for r in shown.iter_rows(named=True)
        ],
        shown["nilai"].to_list(),
        shown["status"].to_list(),
        title=title,
        lang=lang,
        text=values,
        hover=[f"{n}: {x}" for n, x in zip(shown["nama_opd"], values, strict=True)],
        own_targets=shown["target"].to_list(),
        reference=reference,
        reference_label=compare.reference_label(code, reference, lang),
        suffix="%" if unit == "pct" else "",
        keys=shown["kode_opd"].to_list(),
    )


region_target = compare.region_target(code, app.query("target", tahun_dari=tahun, tahun_sampai=tahun), tahun)
if widgets.ranking(ranked, leaders_chart, f"terdepan-tertinggal-{code}-{tahun}", lang):
    table = ranked.frame.select(
        pl.col("nama_opd").alias(t("opd_name", lang)),
        pl.col("nilai").alias(t("value", lang)),
        pl.col("target").alias(t("target", lang)),
        pl.col("status")
        .map_elements(lambda s: rules.status_word(s, lang), return_dtype=pl.String, skip_nulls=False)
        .alias(t("status", lang)),
        *([pl.col("n").alias(t("group_size", lang))] if ranked.basis else []),
    )
    widgets.download_table(table, f"peringkat-{code}-{tahun}", lang, key="ranking")
