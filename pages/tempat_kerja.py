"""Tempat kerja (Our Workplace): digital government (SPBE index and its predicate), electronic
letters, flexible work and service points, for one year and OPD set, per OPD and over years."""

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE
from kinerja.ui import app, widgets
from kinerja.ui.charts import compare as compare_charts
from kinerja.ui.charts import tempat_kerja as tk_charts
from kinerja.views import compare

st.set_page_config(page_title="Kinerja — Tempat kerja", page_icon="📊", layout="wide")
view = app.sidebar("pages/tempat_kerja.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v = app.version()

AREA = "workplace"
CODES = rules.area_codes(AREA)
SPBE = next(c for c in CODES if BY_CODE[c].grade == "predikat")


def predikat_label(predikat: str | None) -> str:
    return rules.predikat_word(predikat, lang)


st.title(t("tk_title", lang, wilayah=app.subject(view), tahun=tahun))
st.caption(t("tk_lead", lang, n=len(sel.opd)))

card = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun, None)
before = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun - 1, None)
rows = {r["kode"]: r for r in card.iter_rows(named=True)}
previous = dict(zip(before["kode"], before["nilai"], strict=True))
with st.container(horizontal=True):
    for code in CODES:
        with st.container():
            widgets.kpi_card(rows[code], previous.get(code), tahun - 1, lang, progress=False)

if all(not rows[c]["nilai"] for c in CODES):
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
code = widgets.compare_by(AREA, t("tk_compare_by", lang), lang)
names = app.opd_table(v)
per_opd = app.values(opd=sel.opd, tahun_dari=tahun, per_opd=True, codes=CODES)
sizes = app.group_sizes(v, tuple(sel.opd), tahun, None)
ranked, reference = compare.ranking(per_opd, code, names, targets, sizes, tahun)
kept = ranked.frame
unit, label = BY_CODE[code].unit, widgets.name(code, lang)
text = None
if code == SPBE and kept.height:
    # the most common predicate; in a tie, the better one
    common = (
        kept.group_by("grade")
        .len()
        .with_columns(order=pl.col("grade").replace_strict(tk_charts.PREDIKAT_ORDER, range(5)))
        .sort(["len", "order"], descending=[True, False])
    )
    best = kept.row(0, named=True)
    title = t(
        "tk_spbe_title",
        lang,
        top=common["len"][0],
        n=kept.height,
        predikat=predikat_label(common["grade"][0]),
        best=best["label"],
        value=f"{fmt.number(best['nilai'], 2, lang)}, {predikat_label(best['grade'])}",
    )
    # the predicate in words beside each value: the colour is the status against target
    text = [
        f"{fmt.number(x, 2, lang)} · {predikat_label(g)}"
        for x, g in zip(kept["nilai"], kept["grade"], strict=True)
    ]
else:
    title = f"{label}: {compare.ranking_finding(kept, unit, lang)}"
widgets.ranking(
    ranked,
    lambda: compare_charts.opd_bars(
        kept,
        title=title,
        lang=lang,
        unit=unit,
        reference=reference,
        reference_label=compare.reference_label(code, reference, lang),
        text=text,
    ),
    f"{code}-per-opd-{tahun}",
    lang,
)
notes = [widgets.explain(code, lang)]
if code == SPBE:
    notes.append(t("tk_predikat_note", lang))
st.caption("  \n".join(notes))

st.subheader(t("tk_table", lang))
wide = (
    per_opd.pivot(on="kode", index="kode_opd", values="nilai")
    .join(names.select("kode_opd", "nama_opd"), on="kode_opd", how="left")
    .sort(SPBE, descending=True, nulls_last=True)
)


def column(c: str) -> list[pl.Expr]:
    unit = BY_CODE[c].unit
    value = pl.col(c).cast(pl.Int64) if unit == "count" else pl.col(c).round(2 if unit == "spbe" else 1)
    out = [value.alias(widgets.name(c, lang))]
    if BY_CODE[c].grade:
        grade = pl.col(c).map_elements(
            lambda x: predikat_label(rules.grade(c, x)), return_dtype=pl.String, skip_nulls=False
        )
        out.append(grade.alias(t("tk_col_predikat", lang)))
    return out


table = wide.select(
    pl.col("nama_opd").alias(t("opd_name", lang)),
    pl.col("kode_opd").alias(t("tk_col_code", lang)),
    *[e for c in CODES for e in column(c)],
)
units = {widgets.name(c, lang): BY_CODE[c].unit for c in CODES}
st.dataframe(compare.shown(table, units, lang), hide_index=True, width="stretch")
widgets.download_table(table, f"tempat-kerja-per-opd-{tahun}", lang, key="tk_per_opd")
