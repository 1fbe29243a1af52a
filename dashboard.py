"""Ringkasan: the overview page and the app's entry point (`streamlit run dashboard.py`)."""

import polars as pl
import streamlit as st

from kinerja import app, fmt, widgets
from kinerja.i18n import t
from kinerja.indicators import BY_CODE

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
partial_month = as_of.month if as_of and (as_of.month, as_of.day) != (12, 31) else None

st.title(t("overview_title", lang, wilayah=region["nama"], tahun=tahun))
st.caption(
    t("overview_lead", lang, n=len(sel.opd))
    + (" · " + t("data_per", lang, tanggal=fmt.date(as_of, lang)) if as_of else "")
)
if partial_month:
    st.info(
        t(
            "partial_year",
            lang,
            tahun=tahun,
            tanggal=fmt.date(as_of, lang),
            bulan=fmt.month_name(partial_month, lang),
        )
    )

card = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun, None)
before = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun - 1, partial_month)
before_values = dict(zip(before["kode"], before["nilai"], strict=True))
rows = {r["kode"]: r for r in card.iter_rows(named=True)}

if all(rows[c]["nilai"] in (None, 0) for c in ("W1_permohonan", "F1_asn", "I1_inovasi")):
    st.warning(t("no_data_year", lang, tahun=tahun))

for area, codes in HEADLINES.items():
    st.subheader(t(widgets.AREA_KEYS[area], lang))
    with st.container(horizontal=True):
        for code in codes:
            with st.container():
                widgets.kpi_card(
                    rows[code], before_values.get(code), tahun - 1, lang, progress=partial_month is not None
                )

targeted = card.filter(pl.col("status").is_not_null())
st.subheader(
    t("scorecard_title", lang, hijau=targeted.filter(pl.col("status") == "hijau").height, n=targeted.height)
)
table = widgets.scorecard_table(card, lang)
st.dataframe(table, hide_index=True, width="stretch")
widgets.download_table(table, f"kartu-skor-{tahun}", lang, key="scorecard")

code = st.selectbox(t("choose_indicator", lang), RANKABLE, format_func=lambda c: widgets.name(c, lang))
rank = app.ranking(v, code, tuple(sel.opd), tahun, None)
sizes = app.group_sizes(v, tuple(sel.opd), tahun, None)
ranked, left_out, basis = widgets.rankable(rank, sizes, code)
ranked = ranked.sort("nilai", descending=BY_CODE[code].polarity != "lower")
names = app.opd_table(v).select("kode_opd", "nama_opd")
st.subheader(t("leaders_title", lang, indikator=widgets.name(code, lang)))
left, right = st.columns(2)
for column, label, part in ((left, "leaders", ranked.head(5)), (right, "laggards", ranked.tail(5).reverse())):
    with column:
        st.markdown(f"**{t(label, lang)}**")
        shown = part.join(names, on="kode_opd", maintain_order="left").select(
            pl.col("nama_opd").alias(t("opd_name", lang)),
            pl.col("nilai")
            .map_elements(lambda x: fmt.indicator_value(x, BY_CODE[code].unit, lang), return_dtype=pl.String)
            .alias(t("value", lang)),
            *([pl.col("n").alias(t("group_size", lang))] if basis else []),
        )
        st.dataframe(shown, hide_index=True, width="stretch")
if left_out:
    st.caption(t("too_small", lang, n=left_out, min=widgets.MIN_GROUP[basis], unit=t(f"unit_{basis}", lang)))
