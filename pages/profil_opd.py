"""Profil OPD: one agency — every indicator against its own target, its rank among the
active agencies of its kind, and its trends beside the whole region's."""

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import filters, rules
from kinerja.indicators.registry import BY_CODE
from kinerja.ui import app, widgets
from kinerja.ui.charts.profil_opd import trend_vs_region
from kinerja.views import profil_opd as pr

st.set_page_config(page_title="Kinerja — Profil OPD", page_icon="📊", layout="wide")
# The shared sidebar rewrites the URL to its own filters, so the page's own parameter is read first.
asked = st.query_params.get("profil")
view = app.sidebar("pages/profil_opd.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v = app.version()
opds = app.opd_table(v)
info = {r["kode_opd"]: r for r in opds.iter_rows(named=True)}
state = st.session_state

code, unknown = pr.choose(asked, list(info), state, sel.opd)
if unknown is not None:
    st.toast(t("bad_param", lang, name="profil", value=unknown, fallback=code))
state["profil_pilih"] = code
state["_profil_sel"] = tuple(sel.opd)
me = info[code]

st.title(t("profil_title", lang, nama=me["nama_opd"]))
code = st.selectbox(
    t("profil_choose", lang),
    list(info),
    key="profil_pilih",
    format_func=lambda c: f"{info[c]['nama_opd']} ({c})",
)
state["_profil_url"] = code
st.query_params["profil"] = code
me = info[code]

peers = tuple(
    sorted(set(opds.filter(pl.col("aktif") & (pl.col("jenis_opd") == me["jenis_opd"]))["kode_opd"]) | {code})
)
as_of = app.freshness(v, tahun)
partial_month = app.running_month(v, tahun)
st.caption(
    t("profil_lead", lang, jenis=pr.jenis_label(me["jenis_opd"], lang), tahun=tahun, n=len(peers))
    + (" · " + t("data_per", lang, tanggal=fmt.date(as_of, lang)) if as_of else "")
)
if not me["aktif"]:
    st.warning(t("profil_inactive", lang))
widgets.partial_year_notice(tahun, as_of, partial_month, lang)

# --- headline cards: the OPD's own target, and last year over the same months ------------
card = app.scorecard(v, (code,), "opd", tahun, None)
before = app.scorecard(v, (code,), "opd", tahun - 1, partial_month)
before_values = rules.comparable(dict(zip(before["kode"], before["nilai"], strict=True)), partial_month)
rows = {r["kode"]: r for r in card.iter_rows(named=True)}
if not rules.year_has_data(rows):
    st.warning(t("profil_no_data", lang, tahun=tahun))
for line in pr.HEADLINES:
    with st.container(horizontal=True):
        for c in line:
            with st.container():
                widgets.kpi_card(
                    rows[c], before_values.get(c), tahun - 1, lang, progress=partial_month is not None
                )

# --- every indicator, with its rank among the OPD of the same kind -------------------------
region = filters.resolve(opds)
region_card = app.scorecard(v, tuple(region.opd), region.target_scope, tahun, None)
region_values = dict(zip(region_card["kode"], region_card["nilai"], strict=True))
ranks = pr.peer_ranks(
    app.values(opd=peers, tahun_dari=tahun, per_opd=True), app.group_sizes(v, peers, tahun, None), code
)
met, judged = rules.scorecard_count(card.iter_rows(named=True), partial_month is not None)
st.subheader(
    t("profil_table_head", lang, hijau=met, n=judged)
    if judged
    else t("profil_table_head_none", lang, tahun=tahun)
)
table = widgets.scorecard_table(card, lang, partial_month is not None).with_columns(
    pl.Series(t("profil_col_rank", lang), [pr.rank_text(ranks.get(c), lang) for c in card["kode"]]),
    pl.Series(
        t("profil_col_region", lang),
        [fmt.indicator_value(region_values[c], BY_CODE[c].unit, lang) for c in card["kode"]],
    ),
)
table = table.select(
    *[t(k, lang) for k in ("indicator", "value", "profil_col_region", "profil_col_rank")],
    *[t(k, lang) for k in ("target", "capaian", "status", "area")],
)
# every row in view: the table is the heart of the page, not a box to scroll in
st.dataframe(table, hide_index=True, width="stretch", height=35 * (table.height + 1) + 3)
widgets.download_table(table, f"profil-{code}-{tahun}", lang, key="profil_table")
left_out = max((r[2] for r in ranks.values()), default=0)
st.caption(
    (t("profil_only_one", lang) + " " if len(peers) < 2 else "")
    + t(
        "profil_table_caption",
        lang,
        min_p=rules.floors()["permohonan"],
        min_r=rules.floors()["responden"],
        min_a=rules.floors()["asn"],
        left_out=t("profil_left_out", lang, n=left_out, tahun=tahun) if left_out else "",
    )
)

# --- trends beside the region ------------------------------------------------------------
years = sorted(set(app.years(v)) | {tahun})
mine = app.values(opd=(code,), tahun_dari=years[0], tahun_sampai=years[-1], codes=pr.TRENDS)
whole = app.values(opd=tuple(region.opd), tahun_dari=years[0], tahun_sampai=years[-1], codes=pr.TRENDS)
targets = pl.concat(
    [
        app.scorecard(v, (code,), "opd", y, None).select("kode", "target", pl.lit(y).alias("tahun"))
        for y in years
    ]
)


def series(frame: pl.DataFrame, c: str, column: str = "nilai") -> dict:
    part = frame.filter(pl.col("kode") == c)
    return dict(zip(part["tahun"], part[column], strict=True))


st.subheader(t("profil_trends_head", lang, dari=years[0], sampai=years[-1]))
st.caption(t("profil_trends_caption", lang))
shown = [c for c in pr.TRENDS if any(x is not None for x in series(mine, c).values())]
missing = [widgets.name(c, lang) for c in pr.TRENDS if c not in shown]
for i, c in enumerate(shown):
    if i % 2 == 0:  # a row of two: on a phone the charts then stack in reading order
        columns = st.columns(2)
    ours, theirs, goal = series(mine, c), series(whole, c), series(targets, c, "target")
    with columns[i % 2]:
        widgets.chart(
            trend_vs_region(
                years,
                [ours.get(y) for y in years],
                [theirs.get(y) for y in years],
                [goal.get(y) for y in years],
                title=pr.trend_title(c, ours.get(tahun), theirs.get(tahun), tahun, lang),
                area=BY_CODE[c].area,
                lang=lang,
                names=(code, t("profil_series_region", lang)),
                unit_suffix="%" if BY_CODE[c].unit == "pct" else "",
            ),
            f"profil-{code}-{c}",
        )
if missing:
    st.caption(t("profil_trends_missing", lang, daftar=", ".join(missing)))
