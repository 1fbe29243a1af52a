"""Inovasi & Penghargaan: how many innovations, how far they got, which OPD has none yet
(PP 38/2017, one agency one innovation), and the awards won."""

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.ui import app, say, widgets
from kinerja.ui import charts as base_charts
from kinerja.ui.charts import inovasi as charts
from kinerja.views import inovasi as ino
from kinerja.views.profil_opd import jenis_label

st.set_page_config(page_title="Kinerja — Inovasi", page_icon="📊", layout="wide")
view = app.sidebar("pages/inovasi.py")
lang, tahun, sel = view.lang, view.tahun, view.selection
v = app.version()
opds = app.opd_table(v)
years = sorted(set(app.years(v)) | {tahun})
as_of = app.freshness(v, tahun)
partial_month = app.running_month(v, tahun)
partial = partial_month is not None
COUNT, SHARE_OPD, AWARDS, DIGITAL, _ = rules.area_codes("innovation")

say.title("inovasi_title", lang, wilayah=app.subject(view), tahun=tahun)
st.caption(
    t("inovasi_lead", lang, n=len(sel.opd))
    + (" · " + t("data_per", lang, tanggal=fmt.date(as_of, lang)) if as_of else "")
)
if partial:
    st.info(t("inovasi_partial", lang, tahun=tahun, tanggal=fmt.date(as_of, lang)))

# --- headline numbers --------------------------------------------------------------------
card = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun, None)
before = app.scorecard(v, tuple(sel.opd), sel.target_scope, tahun - 1, None)
# Jan–Oct innovations are no match for a whole previous year (rules.comparison)
before_values = rules.comparable(dict(zip(before["kode"], before["nilai"], strict=True)), partial_month)
rows = {r["kode"]: r for r in card.iter_rows(named=True)}
with st.container(horizontal=True):
    for code in rules.headlines("innovation"):
        with st.container():
            widgets.kpi_card(rows[code], before_values.get(code), tahun - 1, lang, progress=partial)

series = app.values(
    opd=tuple(sel.opd),
    tahun_dari=years[0],
    tahun_sampai=years[-1],
    codes=(COUNT, DIGITAL, *ino.AWARD_CODES),
)
targets = pl.concat(
    [
        app.scorecard(v, tuple(sel.opd), sel.target_scope, y, None)
        .filter(pl.col("kode").is_in([COUNT, DIGITAL]))
        .select("kode", "target", pl.lit(y).alias("tahun"))
        for y in years
    ]
)


def by_year(frame: pl.DataFrame, code: str, column: str = "nilai") -> dict:
    part = frame.filter(pl.col("kode") == code)
    return dict(zip(part["tahun"], part[column], strict=True))


counts, shares = by_year(series, COUNT), by_year(series, DIGITAL)
if not any(counts.values()):
    st.info(t("inovasi_none_at_all", lang))

# --- over the years ------------------------------------------------------------------------
st.subheader(t("inovasi_years_head", lang))
left, right = st.columns(2)
with left:
    widgets.chart(
        charts.per_year(
            years,
            [int(counts[y]) for y in years],
            [by_year(targets, COUNT, "target").get(y) for y in years],
            title=ino.count_title(counts, tahun, lang),
            lang=lang,
            name=t("inovasi_series_count", lang),
            y_title=t("inovasi_axis_count", lang),
            highlight=tahun,
        ),
        f"inovasi-per-tahun-{tahun}",
    )
with right:
    widgets.chart(
        charts.share_line(
            years,
            [shares[y] for y in years],
            [by_year(targets, DIGITAL, "target").get(y) for y in years],
            title=ino.digital_title(shares, tahun, lang),
            lang=lang,
            name=t("inovasi_series_digital", lang),
            y_title=t("inovasi_axis_pct", lang),
        ),
        f"inovasi-digital-{tahun}",
    )
st.caption(
    t(
        "inovasi_years_caption",
        lang,
        a=widgets.name(COUNT, lang),
        b=widgets.name(DIGITAL, lang),
    ),
    help=widgets.explain(COUNT, lang) + "\n\n" + widgets.explain(DIGITAL, lang),
)

# --- one agency, one innovation (I2) -------------------------------------------------------
per_year = ino.per_opd_year(
    app.values(opd=tuple(sel.opd), tahun_dari=years[0], tahun_sampai=tahun, per_opd=True, codes=(COUNT,)),
    opds,
)
missing = ino.without_innovation(per_year, tahun, lang, lambda j: jenis_label(j, lang))
n_active = ino.active_count(per_year, tahun)
i2_caption = t(
    "inovasi_i2_caption",
    lang,
    tahun=tahun,
    name=widgets.name(SHARE_OPD, lang),
    pct=fmt.percent(rows[SHARE_OPD]["nilai"], 1, lang),
)
if not n_active:
    st.subheader(t("inovasi_i2_head", lang, k=0, n=0, tahun=tahun))
    st.info(t("inovasi_i2_none_active", lang))
elif missing.height:
    st.subheader(t("inovasi_i2_head", lang, k=missing.height, n=n_active, tahun=tahun))
    st.caption(i2_caption, help=widgets.explain(SHARE_OPD, lang))
    st.dataframe(missing, hide_index=True, width="stretch", height=35 * (min(missing.height, 15) + 1) + 3)
    widgets.download_table(missing, f"opd-tanpa-inovasi-{tahun}", lang, key="inovasi_missing")
else:
    st.subheader(t("inovasi_i2_all", lang, n=n_active, tahun=tahun))
    st.caption(i2_caption, help=widgets.explain(SHARE_OPD, lang))

# --- per OPD ---------------------------------------------------------------------------------
st.subheader(t("inovasi_opd_head", lang, tahun=tahun))
leaders = ino.innovators(per_year, tahun)
if leaders.height:
    # the one ranking chart: each OPD's count against its own target (progress while the year runs)
    judged = app.ranking(v, COUNT, tuple(sel.opd), tahun, None).select("kode_opd", "target", "status")
    frame = leaders.join(judged, on="kode_opd", how="left").with_columns(nilai=pl.col("n").cast(pl.Float64))
    ranked = rules.rankable(frame, None, COUNT, partial)
    shown = ranked.frame
    widgets.ranking(
        ranked,
        lambda: base_charts.ranking(
            [ino.short(n) for n in shown["nama_opd"]],
            shown["nilai"].to_list(),
            shown["status"].to_list(),
            title=ino.leaders_title(leaders, lang),
            lang=lang,
            text=[fmt.number(x, 0, lang) for x in shown["nilai"]],
            hover=[f"{n}: {int(x)}" for n, x in zip(shown["nama_opd"], shown["nilai"], strict=True)],
            own_targets=shown["target"].to_list(),
            keys=shown["kode_opd"].to_list(),
        ),
        f"inovasi-per-opd-{tahun}",
        lang,
    )
else:
    st.info(t("inovasi_opd_empty", lang, tahun=tahun))

# --- stages ----------------------------------------------------------------------------------
st.subheader(t("inovasi_stage_head", lang))
stages = app.query("inovasi_tahapan", opd=tuple(sel.opd), tahun=tahun)
lab = app.query("inovasi_tahap_lab", opd=tuple(sel.opd), tahun=tahun)
names = (t("inovasi_series_year", lang, tahun=tahun), t("inovasi_series_all", lang, tahun=tahun))
reached = dict(zip(stages["tahapan"], stages["mencapai_tahun"], strict=True))
reached_all = dict(zip(stages["tahapan"], stages["mencapai_kumulatif"], strict=True))
if reached_all["inisiatif"]:
    left, right = st.columns(2)
    with left:
        title = (
            t("inovasi_stage_title", lang, p=reached["penerapan"], n=reached["inisiatif"], tahun=tahun)
            if reached["inisiatif"]
            else t(
                "inovasi_stage_title_all",
                lang,
                p=reached_all["penerapan"],
                n=reached_all["inisiatif"],
                tahun=tahun,
            )
        )
        widgets.chart(
            charts.funnel(
                [t(f"inovasi_stage_{s}", lang) for s in stages["tahapan"]],
                stages["mencapai_tahun"].to_list(),
                stages["mencapai_kumulatif"].to_list(),
                title=title,
                lang=lang,
                names=names,
            ),
            f"inovasi-tahapan-{tahun}",
        )
    with right:
        staged = lab.filter(pl.col("tahap_lab").is_not_null())
        recorded = int(staged["n_kumulatif"].sum())
        if recorded:
            most = staged.sort("n_kumulatif", descending=True, maintain_order=True).row(0, named=True)
            title = t(
                "inovasi_lab_title",
                lang,
                k=recorded,
                n=reached_all["inisiatif"],
                tahun=tahun,
                stage=t(f"inovasi_lab_{most['tahap_lab']}", lang),
            )
        else:
            title = t("inovasi_lab_none", lang, tahun=tahun)
        widgets.chart(
            charts.lab_stages(
                [t(f"inovasi_lab_{s}", lang) for s in staged["tahap_lab"]],
                staged["n_tahun"].to_list(),
                staged["n_kumulatif"].to_list(),
                title=title,
                lang=lang,
                names=names,
            ),
            f"inovasi-tahap-lab-{tahun}",
        )
    st.caption(
        t(
            "inovasi_stage_caption",
            lang,
            tahun=tahun,
            now=ino.stage_now(stages, "n_tahun", lang),
            now_all=ino.stage_now(stages, "n_kumulatif", lang),
        )
        + " "
        + t(
            "inovasi_lab_caption",
            lang,
            tahun=tahun,
            none=fmt.number(lab.filter(pl.col("tahap_lab").is_null())["n_kumulatif"][0], 0, lang),
        )
    )
else:
    st.info(t("inovasi_stage_empty", lang, tahun=tahun))

# --- forms and digital -----------------------------------------------------------------------
st.subheader(t("inovasi_form_head", lang))
forms = app.query("inovasi_bentuk", opd=tuple(sel.opd), tahun=tahun)
total = int(forms["n"].sum())
card_column, chart_column = st.columns([1, 2])
with card_column:
    widgets.kpi_card(
        rows[DIGITAL],
        before_values.get(DIGITAL),
        tahun - 1,
        lang,
        progress=False,
    )
with chart_column:
    if total:
        big = forms.sort("n", descending=True, maintain_order=True).row(0, named=True)
        widgets.chart(
            charts.forms(
                [t(f"inovasi_bentuk_{b}", lang) for b in forms["bentuk"]],
                forms["n_digital"].to_list(),
                (forms["n"] - forms["n_digital"]).to_list(),
                title=t(
                    "inovasi_form_title",
                    lang,
                    bentuk=t(f"inovasi_bentuk_{big['bentuk']}", lang),
                    n=big["n"],
                    total=total,
                    tahun=tahun,
                    d=big["n_digital"],
                ),
                lang=lang,
                names=(t("inovasi_digital", lang), t("inovasi_not_digital", lang)),
            ),
            f"inovasi-bentuk-{tahun}",
        )
        st.caption(t("inovasi_form_caption", lang), help=widgets.explain(DIGITAL, lang))
    else:
        st.info(t("inovasi_form_empty", lang, tahun=tahun))

# --- awards ----------------------------------------------------------------------------------
st.subheader(t("inovasi_award_head", lang))
levels = [by_year(series, code) for code in ino.AWARD_CODES]
n_awards = int(sum(level.get(tahun) or 0 for level in levels))
high = int(sum(levels[i].get(tahun) or 0 for i in (2, 3)))
widgets.chart(
    charts.awards(
        years,
        [[level[y] for y in years] for level in levels],
        title=t("inovasi_award_title", lang, n=n_awards, k=high, tahun=tahun)
        if n_awards
        else t("inovasi_award_title_none", lang, tahun=tahun),
        lang=lang,
        names=[t(f"inovasi_tingkat_{level}", lang) for level in ino.LEVELS],
        y_title=t("inovasi_axis_awards", lang),
    ),
    f"penghargaan-per-tahun-{tahun}",
)
st.caption(
    t("inovasi_award_caption", lang, name=widgets.name(AWARDS, lang)),
    help=widgets.explain(AWARDS, lang),
)
st.markdown(f"**{t('inovasi_award_table_head', lang, tahun=tahun)}**")
awards = ino.awards_table(app.query("inovasi_penghargaan", opd=tuple(sel.opd), tahun=tahun), lang)
if awards.height:
    st.dataframe(awards, hide_index=True, width="stretch", height=35 * (min(awards.height, 15) + 1) + 3)
    widgets.download_table(awards, f"penghargaan-{tahun}", lang, key="inovasi_awards")
else:
    st.info(t("inovasi_award_empty", lang, tahun=tahun))

# --- the register ----------------------------------------------------------------------------
st.subheader(t("inovasi_list_head", lang))
cari = st.text_input(
    t("inovasi_search", lang), placeholder=t("inovasi_search_hint", lang), key="inovasi_cari"
)
only_year = st.checkbox(t("inovasi_only_year", lang, tahun=tahun), key="inovasi_hanya_tahun")
found = app.query(
    "inovasi_daftar", opd=tuple(sel.opd), cari=cari.strip() or None, tahun=tahun if only_year else None
)
if found.height:
    st.caption(
        t("inovasi_list_count", lang, n=found.height, k=found.filter(pl.col("n_penghargaan") > 0).height)
    )
    register = ino.register_table(found, lang)
    st.dataframe(register, hide_index=True, width="stretch")
    widgets.download_table(register, f"daftar-inovasi-{tahun}", lang, key="inovasi_register")
elif cari.strip():
    say.info("inovasi_list_empty", lang, cari=cari.strip())
else:
    st.info(t("inovasi_list_empty_all", lang))
