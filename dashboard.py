"""Ringkasan: the overview page and the app's entry point (`streamlit run dashboard.py`)."""

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE
from kinerja.ui import app, charts, drill, say, widgets
from kinerja.ui import ringkasan as opening
from kinerja.ui.share import share
from kinerja.views import compare, ringkasan

st.set_page_config(page_title="Kinerja", page_icon="📊", layout="wide")

view = app.sidebar("dashboard.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
share(view, float_right=True)  # Bagikan: the card, the text, WhatsApp
v = app.version()
as_of = app.freshness(v, tahun)
partial_month = app.running_month(v, tahun)

say.title("overview_title", lang, wilayah=app.subject(view), tahun=tahun)
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
model = ringkasan.build(card, before, partial_month, lang)
trends = opening.card_trends(view, [c for codes in model.headlines.values() for c in codes], partial_month)
if not model.has_data:
    st.warning(t("no_data_year", lang, tahun=tahun))

for area, codes in model.headlines.items():
    st.subheader(t(widgets.AREA_KEYS[area], lang))
    with st.container(horizontal=True):
        for code in codes:
            with st.container():
                widgets.kpi_card(
                    model.rows[code],
                    model.before.get(code),
                    tahun - 1,
                    lang,
                    progress=model.running,
                    trend=trends.get(code),
                    link=drill.area(view, area),
                )

st.subheader(model.heading)
if model.heading_note:
    st.caption(model.heading_note)
widgets.scorecard_grid(card, lang, model.running)
table = ringkasan.scorecard_table(card, lang, model.running)
with st.expander(t("scorecard_table", lang)):
    st.dataframe(table, hide_index=True, width="stretch")
widgets.download_table(table, f"kartu-skor-{tahun}", lang, key="scorecard")

st.subheader(t("leaders_heading", lang))
code = widgets.url_choice("indikator", rules.rankable_codes(), t("choose_indicator", lang), lang)
unit = BY_CODE[code].unit
top = ringkasan.leaders(
    code,
    app.ranking(v, code, tuple(sel.opd), tahun, None),
    app.group_sizes(v, tuple(sel.opd), tahun, None),
    app.opd_table(v).select("kode_opd", "nama_opd"),
    app.query("target", tahun_dari=tahun, tahun_sampai=tahun),
    tahun,
    model.running,
)


def leaders_chart():
    frame = top.ranked.frame
    shown = pl.concat([frame.head(5), frame.tail(5)]).unique(
        subset="kode_opd", keep="first", maintain_order=True
    )
    values = [fmt.indicator_value(x, unit, lang) for x in shown["nilai"]]
    sized = "n" in shown.columns
    return charts.ranking(
        [
            f"{r['nama_opd']} (n={fmt.number(r['n'], 0, lang)})" if sized else r["nama_opd"]
            for r in shown.iter_rows(named=True)
        ],
        shown["nilai"].to_list(),
        shown["status"].to_list(),
        title=compare.leaders_finding(code, frame, lang),
        lang=lang,
        text=values,
        hover=[f"{n}: {x}" for n, x in zip(shown["nama_opd"], values, strict=True)],
        own_targets=shown["target"].to_list(),
        reference=top.reference,
        reference_label=compare.reference_label(code, top.reference, lang),
        suffix="%" if unit == "pct" else "",
        keys=shown["kode_opd"].to_list(),
    )


if widgets.ranking(top.ranked, leaders_chart, f"terdepan-tertinggal-{code}-{tahun}", lang):
    widgets.download_table(top.table(lang), f"peringkat-{code}-{tahun}", lang, key="ranking")
