"""Profil OPD: one agency — every indicator against its own target, its rank among the
active agencies of its kind, and its trends beside the whole region's."""

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import filters
from kinerja.indicators.registry import BY_CODE
from kinerja.ui import app, say, widgets
from kinerja.ui.charts.profil_opd import trend_vs_region
from kinerja.views import profil_opd as pr
from kinerja.views import ringkasan
from kinerja.views.layanan import short

st.set_page_config(page_title="Kinerja — Profil OPD", page_icon="📊", layout="wide")
# The shared sidebar rewrites the URL to its own filters, so the page's own parameter is read first.
asked = st.query_params.get("profil")
view = app.sidebar("pages/profil_opd.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v = app.version()
opds = app.opd_table(v)
info = {r["kode_opd"]: r for r in opds.iter_rows(named=True)}
state = st.session_state

kejar = app.follow_up(v, tuple(sel.opd), tahun)
code, unknown = pr.choose(asked, list(info), state, sel.opd, kejar[0]["kode_opd"] if kejar else None)
if unknown is not None:
    say.toast("bad_param", lang, name="profil", value=unknown, fallback=code)
state["profil_pilih"] = code
state["_profil_sel"] = tuple(sel.opd)
me = info[code]

say.title("profil_title", lang, nama=me["nama_opd"])
code = st.selectbox(
    t("profil_choose", lang),
    list(info),
    key="profil_pilih",
    format_func=lambda c: f"{info[c]['nama_opd']} ({c})",
)
state["_profil_url"] = code
st.query_params["profil"] = code
me = info[code]

peers = pr.peers(opds, code)
as_of = app.freshness(v, tahun)
partial_month = app.running_month(v, tahun)
region = filters.resolve(opds)
years = sorted(set(app.years(v)) | {tahun})
page = pr.build(
    me=me,
    peer_codes=peers,
    card=app.scorecard(v, (code,), "opd", tahun, None),
    before=app.scorecard(v, (code,), "opd", tahun - 1, partial_month),
    region_card=app.scorecard(v, tuple(region.opd), region.target_scope, tahun, None),
    peer_values=app.values(opd=peers, tahun_dari=tahun, per_opd=True),
    sizes=app.group_sizes(v, peers, tahun, None),
    years=years,
    mine=app.values(opd=(code,), tahun_dari=years[0], tahun_sampai=years[-1], codes=pr.TRENDS),
    whole=app.values(opd=tuple(region.opd), tahun_dari=years[0], tahun_sampai=years[-1], codes=pr.TRENDS),
    target_cards={y: app.scorecard(v, (code,), "opd", y, None) for y in years},
    tahun=tahun,
    partial_month=partial_month,
    kejar=kejar,
    lang=lang,
)
st.caption(page.lead + (" · " + t("data_per", lang, tanggal=fmt.date(as_of, lang)) if as_of else ""))
if page.inactive:
    st.warning(page.inactive)
if page.follow_up:
    say.warning("profil_follow_up", lang, alasan=page.follow_up)
widgets.partial_year_notice(tahun, as_of, partial_month, lang)

# --- headline cards: the OPD's own target, and last year over the same months ------------
if page.no_data:
    st.warning(page.no_data)
for line in pr.HEADLINES:
    widgets.kpi_row(page.rows, page.before, line, tahun - 1, lang, progress=page.running)

# --- every indicator, with its rank among the OPD of the same kind -------------------------
st.subheader(page.heading)
table = ringkasan.scorecard_table(page.card, lang, page.running).with_columns(
    pl.Series(t("profil_col_rank", lang), page.rank_column),
    pl.Series(t("profil_col_region", lang), page.region_column),
)
table = table.select(
    *[t(k, lang) for k in ("indicator", "value", "profil_col_region", "profil_col_rank")],
    *[t(k, lang) for k in ("target", "capaian", "status", "area")],
)
# every row in view: the table is the heart of the page, not a box to scroll in
st.dataframe(table, hide_index=True, width="stretch", height=35 * (table.height + 1) + 3)
widgets.download_table(table, f"profil-{code}-{tahun}", lang, key="profil_table")
st.caption(page.table_caption)

# --- trends beside the region ------------------------------------------------------------
st.subheader(t("profil_trends_head", lang, dari=years[0], sampai=years[-1]))
st.caption(t("profil_trends_caption", lang))
for i, trend in enumerate(page.trends):
    if i % 2 == 0:  # a row of two: on a phone the charts then stack in reading order
        columns = st.columns(2)
    with columns[i % 2]:
        widgets.chart(
            trend_vs_region(
                years,
                trend.ours,
                trend.region,
                trend.targets,
                title=trend.title,
                area=BY_CODE[trend.code].area,
                lang=lang,
                names=(short(me["nama_opd"], 32), t("profil_series_region", lang)),
                unit_suffix="%" if BY_CODE[trend.code].unit == "pct" else "",
            ),
            f"profil-{code}-{trend.code}",
        )
if page.trends_missing:
    st.caption(page.trends_missing)
