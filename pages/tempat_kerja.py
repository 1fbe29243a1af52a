"""Tempat kerja (Our Workplace): digital government (SPBE index and its predicate), electronic
letters, flexible work and service points, for one year and OPD set, per OPD and over years."""

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import PREDIKAT_EN, t
from kinerja.indicators.registry import BY_CODE, spbe_predikat
from kinerja.ui import app, widgets
from kinerja.ui.charts import compare as compare_charts
from kinerja.ui.charts import tempat_kerja as tk_charts
from kinerja.views import compare

st.set_page_config(page_title="Kinerja — Tempat kerja", page_icon="📊", layout="wide")
view = app.sidebar("pages/tempat_kerja.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v = app.version()

AREA = "workplace"
CODES = ("P1_spbe", "P2_surat_elektronik_pct", "P3_kerja_fleksibel_pct", "P4_titik_layanan")


def predikat_label(predikat: str | None) -> str:
    return "–" if predikat is None else predikat if lang == "id" else PREDIKAT_EN[predikat]


st.title(t("tk_title", lang, wilayah=app.region(v)["nama"], tahun=tahun))
st.caption(t("tk_lead", lang, n=len(sel.opd)))

card = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun, None)
before = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun - 1, None)
rows = {r["kode"]: r for r in card.iter_rows(named=True)}
previous = dict(zip(before["kode"], before["nilai"], strict=True))
with st.container(horizontal=True):
    for code in CODES:
        with st.container():
            widgets.kpi_card(rows[code], previous.get(code), tahun - 1, lang, progress=False)

if all(rows[c]["nilai"] is None for c in CODES[:3]) and not rows["P4_titik_layanan"]["nilai"]:
    st.warning(t("tk_empty", lang, tahun=tahun))
    st.stop()

first_year = min(app.years(v), default=tahun)
targets = app.query("target", tahun_dari=first_year, tahun_sampai=tahun)
yearly = app.values(opd=sel.opd, tahun_dari=first_year, tahun_sampai=tahun, codes=CODES)

# --- over the years -------------------------------------------------------------------
st.subheader(t("tk_trends", lang))
for pair in (CODES[:2], CODES[2:]):
    for column, code in zip(st.columns(2), pair, strict=True):
        with column:
            frame = compare.series(yearly, code, targets, sel)
            label, unit = widgets.name(code, lang), BY_CODE[code].unit
            title = compare.trend_finding(label, unit, frame, tahun, lang)
            fig = compare_charts.year_trend(frame, title=title, lang=lang, unit=unit, name=label, area=AREA)
            widgets.chart(fig, f"{code}-{first_year}-{tahun}")
            st.caption(widgets.explain(code, lang))

# --- agencies side by side ------------------------------------------------------------
st.subheader(t("tk_compare", lang))
code = st.segmented_control(
    t("tk_compare_by", lang),
    CODES,
    default="P1_spbe",
    required=True,
    format_func=lambda c: widgets.name(c, lang),
    key="tk_compare_code",
)
names = app.opd_table(v)
per_opd = app.values(opd=sel.opd, tahun_dari=tahun, per_opd=True, codes=CODES)
frame = compare.per_opd(per_opd, code, names, targets.filter(pl.col("tahun") == tahun))
ranked, left_out = compare.rankable(frame)
unit, label = BY_CODE[code].unit, widgets.name(code, lang)
shared_target = ranked.filter(pl.col("target_wilayah"))["target"].first()
if code == "P1_spbe":
    # the most common predicate; in a tie, the better one
    common = (
        ranked.group_by("grade")
        .len()
        .with_columns(order=pl.col("grade").replace_strict(tk_charts.PREDIKAT_ORDER, range(5)))
        .sort(["len", "order"], descending=[True, False])
    )
    best = ranked.row(0, named=True) if ranked.height else None
    title = (
        t(
            "tk_spbe_title",
            lang,
            top=common["len"][0],
            n=ranked.height,
            predikat=predikat_label(common["grade"][0]),
            best=best["label"],
            value=f"{fmt.number(best['nilai'], 2, lang)}, {predikat_label(best['grade'])}",
        )
        if best
        else t("banding_rank_none", lang)
    )
    fig = tk_charts.spbe_bars(
        ranked,
        title=title,
        lang=lang,
        predikat_label=predikat_label,
        target=shared_target,
        target_label=t("target", lang),
    )
else:
    title = f"{label}: {compare.ranking_finding(ranked, unit, lang)}"
    fig = compare_charts.opd_bars(
        ranked,
        title=title,
        lang=lang,
        unit=unit,
        area=AREA,
        target=shared_target,
        target_label=t("target", lang),
    )
widgets.chart(fig, f"{code}-per-opd-{tahun}")
notes = [widgets.explain(code, lang)]
if code == "P1_spbe":
    notes.append(t("tk_predikat_note", lang))
if left_out:
    notes.append(t("tk_left_out", lang, n=left_out, indikator=label, tahun=tahun))
if code != "P1_spbe" and (note := compare.target_note(ranked, lang)):
    notes.append(note)
st.caption("  \n".join(notes))

st.subheader(t("tk_table", lang))
wide = (
    per_opd.pivot(on="kode", index="kode_opd", values="nilai")
    .join(names.select("kode_opd", "nama_opd"), on="kode_opd", how="left")
    .sort("P1_spbe", descending=True, nulls_last=True)
)
table = wide.select(
    pl.col("nama_opd").alias(t("opd_name", lang)),
    pl.col("kode_opd").alias(t("tk_col_code", lang)),
    pl.col("P1_spbe").round(2).alias(widgets.name("P1_spbe", lang)),
    pl.col("P1_spbe")
    .map_elements(lambda x: predikat_label(spbe_predikat(x)), return_dtype=pl.String, skip_nulls=False)
    .alias(t("tk_col_predikat", lang)),
    pl.col("P2_surat_elektronik_pct").round(1).alias(widgets.name("P2_surat_elektronik_pct", lang)),
    pl.col("P3_kerja_fleksibel_pct").round(1).alias(widgets.name("P3_kerja_fleksibel_pct", lang)),
    pl.col("P4_titik_layanan").cast(pl.Int64).alias(widgets.name("P4_titik_layanan", lang)),
)
units = {widgets.name(c, lang): BY_CODE[c].unit for c in CODES}
st.dataframe(compare.shown(table, units, lang), hide_index=True, width="stretch")
widgets.download_table(table, f"tempat-kerja-per-opd-{tahun}", lang, key="tk_per_opd")
