"""SDM aparatur (Our Workforce): how many civil servants (ASN), who they are, whether each got
the 20 JP of development owed a year, and how many were rotated — aggregates only."""

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE
from kinerja.ui import app, widgets
from kinerja.ui.charts import compare as compare_charts
from kinerja.ui.charts import sdm as sdm_charts
from kinerja.views import compare

st.set_page_config(page_title="Kinerja — SDM aparatur", page_icon="📊", layout="wide")
view = app.sidebar("pages/sdm.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v = app.version()

AREA = "workforce"
CODES = rules.area_codes(AREA)
COUNT = rules.headcount(AREA)  # ASN: the base of every share on this page
MIN_ASN = rules.floors()["asn"]
DIMENSIONS = {
    "status_asn": ("PNS", "PPPK"),
    "jenis_jabatan": ("struktural", "fungsional", "pelaksana"),
    "jenis_kelamin": ("L", "P"),
}

st.title(t("sdm_title", lang, wilayah=app.subject(view), tahun=tahun))
st.caption(t("sdm_lead", lang, n=len(sel.opd)))

card = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun, None)
before = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun - 1, None)
rows = {r["kode"]: r for r in card.iter_rows(named=True)}
had_before = dict(zip(before["kode"], before["nilai"], strict=True))
# a year without any ASN is no base for "change on last year"
previous = had_before if had_before[COUNT] else {}
with st.container(horizontal=True):
    for code in CODES:
        with st.container():
            widgets.kpi_card(rows[code], previous.get(code), tahun - 1, lang, progress=False)

if not rows[COUNT]["nilai"]:
    st.warning(t("sdm_empty", lang, tahun=tahun))
    st.stop()
if rows[COUNT]["nilai"] < MIN_ASN:
    # shares and bands of a handful of people would describe the people themselves
    st.info(t("sdm_too_few", lang, n=int(rows[COUNT]["nilai"]), min=MIN_ASN))
    st.stop()

first_year = min(app.years(v), default=tahun)
targets = app.query("target", tahun_dari=first_year, tahun_sampai=tahun)
yearly = app.values(opd=sel.opd, tahun_dari=first_year, tahun_sampai=tahun, codes=CODES)


def trend_chart(code: str, filename: str) -> None:
    frame = compare.series(yearly, code, targets, sel)
    label = widgets.name(code, lang)
    unit = BY_CODE[code].unit
    title = compare.trend_finding(label, unit, frame, tahun, lang)
    fig = compare_charts.year_trend(frame, title=title, lang=lang, unit=unit, name=label, area=AREA)
    widgets.chart(fig, filename)
    st.caption(widgets.explain(code, lang))


# --- who they are -----------------------------------------------------------------
st.subheader(t("sdm_composition", lang))
order = pl.DataFrame(
    [(d, c, i) for d, cats in DIMENSIONS.items() for i, c in enumerate(cats)],
    schema=["dimensi", "kategori", "urut"],
    orient="row",
)
comp = (
    app.query("sdm_komposisi", opd=sel.opd, tahun_dari=first_year, tahun_sampai=tahun)
    .join(order, on=["dimensi", "kategori"], how="left")
    .with_columns(
        porsi=100 * pl.col("n") / pl.col("n").sum().over("tahun", "dimensi"),
        dimensi_label=pl.col("dimensi").map_elements(
            lambda d: t(f"sdm_dim_{d}", lang), return_dtype=pl.String
        ),
        kategori_label=pl.col("kategori").map_elements(
            lambda c: t(f"sdm_cat_{c}", lang), return_dtype=pl.String
        ),
    )
    .sort("tahun", pl.col("dimensi").replace_strict(list(DIMENSIONS), range(3)), "urut")
)
now = comp.filter(pl.col("tahun") == tahun)
share = {c: p for c, p in zip(now["kategori"], now["porsi"], strict=True)}
left, right = st.columns(2)
with left:
    title = t(
        "sdm_composition_title",
        lang,
        n=fmt.number(rows[COUNT]["nilai"], 0, lang),
        tahun=tahun,
        pppk=fmt.percent(share.get("PPPK", 0), 0, lang),
        women=fmt.percent(share.get("P", 0), 0, lang),
        fungsional=fmt.percent(share.get("fungsional", 0), 0, lang),
    )
    widgets.chart(sdm_charts.composition(now, title=title, lang=lang), f"komposisi-asn-{tahun}")
with right:
    pppk = (
        pl.DataFrame({"tahun": range(first_year, tahun + 1)})
        .join(
            comp.filter(pl.col("kategori") == "PPPK").select(pl.col("tahun").cast(pl.Int64), "porsi"),
            on="tahun",
            how="left",
        )
        .with_columns(
            nilai=pl.when(pl.col("tahun").is_in(comp["tahun"].unique().to_list())).then(
                pl.col("porsi").fill_null(0)
            )
        )
    )
    label = t("sdm_pppk_share", lang)
    title = compare.trend_finding(label, "pct", pppk, tahun, lang)
    fig = compare_charts.year_trend(pppk, title=title, lang=lang, unit="pct", name=label, area=AREA)
    widgets.chart(fig, f"porsi-pppk-{tahun}")
st.caption(t("sdm_composition_note", lang))
with st.expander(t("sdm_composition_table", lang)):
    table = comp.select(
        pl.col("tahun").alias(t("year", lang)),
        pl.col("dimensi_label").alias(t("sdm_col_dimension", lang)),
        pl.col("kategori_label").alias(t("sdm_col_category", lang)),
        pl.col("n").alias(t("sdm_col_count", lang)),
        pl.col("porsi").round(1).alias(t("sdm_col_share", lang)),
    ).sort(t("year", lang), descending=True, maintain_order=True)
    units = {t("sdm_col_count", lang): "count", t("sdm_col_share", lang): "pct"}
    st.dataframe(compare.shown(table, units, lang), hide_index=True, width="stretch")
    widgets.download_table(table, f"komposisi-asn-{tahun}", lang, key="sdm_komposisi")

# --- 20 JP --------------------------------------------------------------------------
st.subheader(t("sdm_jp", lang))
bands = app.query("sdm_jp_sebaran", opd=sel.opd, tahun=tahun)
below = bands.filter(~pl.col("memenuhi_20jp"))["n"].sum()
left, right = st.columns(2)
with left:
    f2 = rows[rules.headlines(AREA)[0]]["nilai"]
    title = (
        t(
            "sdm_jp_title",
            lang,
            below=fmt.number(below, 0, lang),
            pct=fmt.percent(100 - f2, 1, lang),
            tahun=tahun,
        )
        if below
        else t("sdm_jp_all_met", lang, n=fmt.number(rows[COUNT]["nilai"], 0, lang), tahun=tahun)
    )
    fig = sdm_charts.jp_histogram(bands, title=title, lang=lang, axis=t("sdm_jp_axis", lang))
    widgets.chart(fig, f"sebaran-jp-{tahun}")
    st.caption(t("sdm_jp_note", lang))
with right:
    trend_chart(rules.headlines(AREA)[0], f"asn-20-jp-{tahun}")
with st.expander(t("sdm_jp_table", lang)):
    table = bands.select(
        pl.col("pita").alias(t("sdm_col_band", lang)),
        pl.col("memenuhi_20jp")
        .map_elements(lambda ok: t("sdm_yes" if ok else "sdm_no", lang), return_dtype=pl.String)
        .alias(t("sdm_col_meets", lang)),
        pl.col("n").alias(t("sdm_col_count", lang)),
    )
    units = {t("sdm_col_count", lang): "count"}
    st.dataframe(compare.shown(table, units, lang), hide_index=True, width="stretch")
    widgets.download_table(table, f"sebaran-jp-{tahun}", lang, key="sdm_jp")

# --- over the years -------------------------------------------------------------------
st.subheader(t("sdm_trends", lang))
left, right = st.columns(2)
with left:
    trend_chart(CODES[3], f"rotasi-asn-{tahun}")
with right:
    trend_chart(CODES[2], f"rata-rata-jp-{tahun}")

# --- agencies side by side ------------------------------------------------------------
st.subheader(t("sdm_compare", lang))
code = widgets.compare_by(AREA, t("sdm_compare_by", lang), lang)
names = app.opd_table(v)
per_opd = app.values(opd=sel.opd, tahun_dari=tahun, per_opd=True, codes=CODES)
sizes = app.group_sizes(v, tuple(sel.opd), tahun, None)
ranked, reference = compare.ranking(per_opd, code, names, targets, sizes, tahun)
unit = BY_CODE[code].unit
widgets.ranking(
    ranked,
    lambda: compare_charts.opd_bars(
        ranked.frame,
        title=f"{widgets.name(code, lang)}: {compare.ranking_finding(ranked.frame, unit, lang)}",
        lang=lang,
        unit=unit,
        reference=reference,
        reference_label=compare.reference_label(code, reference, lang),
    ),
    f"{code}-per-opd-{tahun}",
    lang,
)
st.caption(widgets.explain(code, lang))

st.subheader(t("sdm_table", lang))
wide = (
    per_opd.pivot(on="kode", index="kode_opd", values="nilai")
    .join(names.select("kode_opd", "nama_opd"), on="kode_opd", how="left")
    .sort(COUNT, descending=True)
)
# a percentage over a handful of people could point at one of them: left blank
small = pl.col(COUNT) < MIN_ASN
table = wide.select(
    pl.col("nama_opd").alias(t("opd_name", lang)),
    pl.col("kode_opd").alias(t("sdm_col_code", lang)),
    pl.col(COUNT).cast(pl.Int64).alias(widgets.name(COUNT, lang)),
    *[pl.when(~small).then(pl.col(c).round(1)).alias(widgets.name(c, lang)) for c in CODES if c != COUNT],
)
units = {widgets.name(c, lang): BY_CODE[c].unit for c in CODES}
st.dataframe(compare.shown(table, units, lang), hide_index=True, width="stretch")
widgets.download_table(table, f"sdm-per-opd-{tahun}", lang, key="sdm_per_opd")
st.caption(t("sdm_table_note", lang, min=MIN_ASN))
