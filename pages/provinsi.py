"""Perbandingan wilayah: the regions that published into KINERJA_GABUNGAN ranked on one
indicator, by the same definitions and the same judgement; a row opens that region's numbers."""

import polars as pl
import streamlit as st

from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE
from kinerja.rollup.layout import RollupError
from kinerja.ui import app, say, widgets
from kinerja.ui.charts import compare as charts
from kinerja.views import provinsi, ringkasan

st.set_page_config(page_title="Kinerja — Provinsi", page_icon="📊", layout="wide")
view = app.sidebar("pages/provinsi.py")
lang, tahun = view.lang, view.tahun

st.title(t("provinsi_title", lang, tahun=tahun))
if app.gabungan_dir() is None:
    st.info(t("provinsi_not_set", lang))
    st.stop()
try:
    rollup = app.rollup(tahun)
except RollupError as exc:
    st.warning(str(exc))
    st.stop()
st.caption(t("provinsi_lead", lang, n=len(rollup.regions)))

code = widgets.url_choice("indikator", rules.rankable_codes(), t("provinsi_indicator", lang), lang)
unit = BY_CODE[code].unit
ranked = provinsi.ranked(rollup, code)
title = t("provinsi_chart_title", lang, indikator=widgets.name(code, lang), tahun=tahun)
widgets.ranking(
    ranked,
    lambda: charts.opd_bars(
        ranked.frame.with_columns(label=pl.col("nama_opd")),
        title=title,
        lang=lang,
        unit=unit,
        own_label=t("provinsi_target_own", lang),
    ),
    f"wilayah-{code}-{tahun}",
    lang,
)

st.subheader(t("provinsi_table_head", lang))
table = provinsi.ranking_table(rollup, code, lang)
picked = st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    on_select="rerun",
    selection_mode="single-row",
    key="tabel_wilayah",
)
widgets.download_table(table, f"wilayah-{code}-{tahun}", lang, "wilayah")
st.caption(t("provinsi_pick", lang))

rows = picked.selection.rows if picked else []
if rows:
    kode = table[t("provinsi_code", lang)][rows[0]]
    region = next(r for r in rollup.regions if r.code == kode)
    say.subheader("provinsi_region_head", lang, wilayah=region.name or kode, tahun=tahun)
    st.caption(t("provinsi_published", lang, waktu=provinsi.published(region, lang)))
    card = rollup.cards[kode]
    st.dataframe(
        ringkasan.scorecard_table(card, lang, provinsi.running(rollup, kode)),
        hide_index=True,
        width="stretch",
    )
