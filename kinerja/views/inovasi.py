"""The Inovasi & Penghargaan page's numbers and findings, computed once from frames the app
layer fetched (build, as kinerja.deck.build does for the deck); pages/inovasi.py only lays
them out. No Streamlit, no SQL, no formula: every number comes from queries/ through
kinerja.ui.app, every verdict (running year, ranking, comparisons) from kinerja.indicators.rules."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.ingest.schema import TINGKAT
from kinerja.views.profil_opd import jenis_label

LEVELS = TINGKAT  # kabupaten, provinsi, nasional, internasional
AWARDS = rules.headlines("innovation")[2]  # awards, whose levels the page breaks down
AWARD_CODES = tuple(f"{AWARDS}_{level}" for level in LEVELS)
CODES = rules.area_codes("innovation")  # what the page's scorecards need to hold
COUNT, SHARE_OPD, _, DIGITAL, _ = CODES
HEADLINES = rules.headlines("innovation")


def per_opd_year(values: pl.DataFrame, opds: pl.DataFrame) -> pl.DataFrame:
    """Per-OPD innovation counts over the years (app.values per_opd=True for that one code)
    with the OPD's name, kind and whether it is active: kode_opd, tahun, n, nama_opd,
    jenis_opd, aktif."""
    return values.select("kode_opd", "tahun", pl.col("nilai").cast(pl.Int64).alias("n")).join(
        opds, on="kode_opd", how="left"
    )


def innovators(per_year: pl.DataFrame, tahun: int) -> pl.DataFrame:
    """OPD with at least one innovation in the year, most first (ties by name)."""
    return (
        per_year.filter((pl.col("tahun") == tahun) & (pl.col("n") > 0))
        .sort(["n", "nama_opd"], descending=[True, False])
        .select("kode_opd", "nama_opd", "n")
    )


def without_innovation(per_year: pl.DataFrame, tahun: int, lang: str, jenis_label) -> pl.DataFrame:
    """The active OPD with no innovation in the year, by name: what "one agency, one
    innovation" (I2) asks the regent to follow up. With the year of the OPD's latest
    innovation before it and its count so far, so the list says who never innovated."""
    upto = per_year.filter(pl.col("tahun") <= tahun)
    history = upto.group_by("kode_opd").agg(
        pl.col("tahun").filter(pl.col("n") > 0).max().alias("last"),
        pl.col("n").sum().alias("total"),
    )
    missing = (
        upto.filter((pl.col("tahun") == tahun) & (pl.col("n") == 0) & pl.col("aktif"))
        .join(history, on="kode_opd", how="left")
        .sort("nama_opd")
    )
    return missing.select(
        pl.col("nama_opd").alias(t("inovasi_col_opd", lang)),
        pl.col("kode_opd").alias(t("inovasi_col_code", lang)),
        pl.col("jenis_opd")
        .map_elements(jenis_label, return_dtype=pl.String)
        .alias(t("inovasi_col_kind", lang)),
        pl.col("last").cast(pl.String).fill_null(t("inovasi_never", lang)).alias(t("inovasi_col_last", lang)),
        pl.col("total").alias(t("inovasi_col_total", lang, tahun=tahun)),
    )


def active_count(per_year: pl.DataFrame, tahun: int) -> int:
    return per_year.filter((pl.col("tahun") == tahun) & pl.col("aktif")).height


def short(name: str, width: int = 26) -> str:
    """An OPD name short enough for a bar label on a phone; the hover shows it whole."""
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"


def leaders_title(leaders: pl.DataFrame, lang: str) -> str:
    """The finding of the per-OPD chart: who registered most (all of them, if tied)."""
    most = leaders["n"].max()
    tied = leaders.filter(pl.col("n") == most)
    if tied.height == 1:
        return t("inovasi_opd_title", lang, opd=tied["nama_opd"][0], n=most, k=leaders.height)
    return t("inovasi_opd_title_tied", lang, m=tied.height, n=most, k=leaders.height)


def count_title(series: dict[int, float], tahun: int, lang: str, partial_month: int | None = None) -> str:
    """The finding of the innovations-per-year chart; a running year's count is compared with
    nothing (rules.comparison: January–October is no match for a whole year)."""
    n = int(series.get(tahun) or 0)
    prev = series.get(tahun - 1) if rules.comparison(COUNT, partial_month) else None
    if prev is None:
        return t("inovasi_count_first", lang, n=fmt.number(n, 0, lang), tahun=tahun)
    d = n - int(prev)
    key = "inovasi_count_up" if d > 0 else "inovasi_count_down" if d < 0 else "inovasi_count_same"
    return t(key, lang, n=fmt.number(n, 0, lang), tahun=tahun, d=fmt.number(abs(d), 0, lang), prev=tahun - 1)


def digital_title(
    series: dict[int, float | None], tahun: int, lang: str, partial_month: int | None = None
) -> str:
    now = series.get(tahun)
    prev = series.get(tahun - 1) if rules.comparison(DIGITAL, partial_month) else None
    if now is None:
        return t("inovasi_digital_none", lang, tahun=tahun)
    pct = fmt.percent(now, 0, lang)
    if prev is None:
        return t("inovasi_digital_title_first", lang, pct=pct, tahun=tahun)
    d = round(now - prev, 1)
    sign = "+" if d > 0 else "−" if d < 0 else "±"
    delta = t("inovasi_points", lang, sign=sign, d=fmt.number(abs(d), 1, lang))
    return t("inovasi_digital_title", lang, pct=pct, tahun=tahun, delta=delta, prev=tahun - 1)


def stage_now(frame: pl.DataFrame, column: str, lang: str) -> str:
    """`Inisiatif 8 · Uji coba 16 · Penerapan 40`: innovations now at each stage."""
    return " · ".join(
        f"{t(f'inovasi_stage_{s}', lang)} {fmt.number(n, 0, lang)}"
        for s, n in zip(frame["tahapan"], frame[column], strict=True)
    )


def award_text(awards: list[dict] | None, lang: str) -> str:
    """An innovation's awards in one cell: `Tingkat nasional · Top 45 … · 2025; …`."""
    if not awards:
        return ""
    return "; ".join(
        " · ".join((t("inovasi_tingkat_" + a["tingkat"], lang), a["nama"], str(a["tahun"]))) for a in awards
    )


def register_table(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """queries/inovasi_daftar.sql as the readable, downloadable register."""
    yes, no = t("inovasi_yes", lang), t("inovasi_no", lang)
    rows = [
        {
            t("inovasi_col_name", lang): r["nama_inovasi"],
            t("inovasi_col_opd", lang): r["nama_opd"],
            t("inovasi_col_year", lang): r["tahun"],
            t("inovasi_col_form", lang): t(f"inovasi_bentuk_{r['bentuk']}", lang),
            t("inovasi_col_stage", lang): t(f"inovasi_stage_{r['tahapan']}", lang),
            t("inovasi_col_digital", lang): yes if r["digital"] else no,
            t("inovasi_col_lab", lang): t(f"inovasi_lab_{r['tahap_lab']}", lang)
            if r["tahap_lab"]
            else fmt.DASH,
            t("inovasi_col_awards", lang): award_text(r["penghargaan"], lang),
        }
        for r in frame.iter_rows(named=True)
    ]
    columns = [
        "inovasi_col_name",
        "inovasi_col_opd",
        "inovasi_col_year",
        "inovasi_col_form",
        "inovasi_col_stage",
        "inovasi_col_digital",
        "inovasi_col_lab",
        "inovasi_col_awards",
    ]
    schema = {t(c, lang): (pl.Int64 if c == "inovasi_col_year" else pl.String) for c in columns}
    return pl.DataFrame(rows, schema=schema)


@dataclass(frozen=True)
class Register:
    table: pl.DataFrame  # the innovations found, readable and downloadable
    caption: str  # how many were found, or why none


def register(found: pl.DataFrame, cari: str, lang: str) -> Register:
    """queries/inovasi_daftar.sql for the search `cari` as the page shows it."""
    if found.height:
        awarded = found.filter(pl.col("n_penghargaan") > 0).height
        return Register(register_table(found, lang), t("inovasi_list_count", lang, n=found.height, k=awarded))
    caption = (
        t("inovasi_list_empty", lang, cari=cari.strip())
        if cari.strip()
        else t("inovasi_list_empty_all", lang)
    )
    return Register(register_table(found, lang), caption)


def awards_table(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """queries/inovasi_penghargaan.sql as a readable, downloadable table."""
    return frame.select(
        pl.col("nama_penghargaan").alias(t("inovasi_col_award", lang)),
        pl.col("tingkat")
        .map_elements(lambda v: t(f"inovasi_tingkat_{v}", lang), return_dtype=pl.String)
        .alias(t("inovasi_col_level", lang)),
        pl.col("nama_opd").alias(t("inovasi_col_opd", lang)),
        pl.col("nama_inovasi").fill_null(fmt.DASH).alias(t("inovasi_col_innovation", lang)),
        pl.col("pemberi").fill_null(fmt.DASH).alias(t("inovasi_col_giver", lang)),
    )


# --- the page's model ------------------------------------------------------------------------


@dataclass(frozen=True)
class Yearly:
    """One value a year with the target that applies to the selection, and its finding."""

    values: list
    targets: list
    title: str
    name: str  # the series
    y_title: str


@dataclass(frozen=True)
class OneEach:
    """ "One agency, one innovation" (I2): the heading, and the active OPD still without one."""

    heading: str
    caption: str  # empty when no OPD is active
    missing: pl.DataFrame  # the follow-up list, empty when every active OPD innovated


@dataclass(frozen=True)
class Leaders:
    """Each OPD's innovations of the year against its own target (progress while it runs),
    as the one ranking chart draws it: no region-wide line, a count's target is each OPD's."""

    ranked: rules.Ranked
    title: str
    labels: list[str]
    text: list[str]
    hover: list[str]
    filename: str
    reference: float | None = None
    reference_label: str = ""
    x_range: tuple[float, float] | None = None
    suffix: str = ""
    mutu_lines: bool = False
    caption: str = ""


@dataclass(frozen=True)
class Stages:
    labels: list[str]
    this_year: list[int]
    all_years: list[int]
    title: str
    lab_labels: list[str]
    lab_year: list[int]
    lab_all: list[int]
    lab_title: str
    caption: str


@dataclass(frozen=True)
class Forms:
    labels: list[str]
    digital: list[int]
    other: list[int]
    title: str
    names: tuple[str, str]  # digital, not digital


@dataclass(frozen=True)
class Awards:
    levels: list[list]  # per level, a count a year
    names: list[str]
    title: str
    table: pl.DataFrame
    y_title: str


@dataclass(frozen=True)
class Innovation:
    rows: dict[str, dict]  # scorecard rows by code
    before: dict[str, float | None]  # last year's values a fair comparison allows
    running: bool  # the year is still running: counts are progress
    years: list[int]
    any_innovation: bool  # some year of the selection has an innovation
    counts: Yearly
    digital: Yearly
    one_each: OneEach
    leaders: Leaders | None  # None: no OPD innovated this year
    stages: Stages | None  # None: no innovation registered up to this year
    forms: Forms | None  # None: no innovation this year
    awards: Awards
    series_names: tuple[str, str]  # "this year", "all so far" in the stage charts


def build(
    *,
    years: list[int],
    cards: dict[int, pl.DataFrame],
    series: pl.DataFrame,
    per_opd: pl.DataFrame,
    judged: pl.DataFrame,
    opds: pl.DataFrame,
    stages: pl.DataFrame,
    lab: pl.DataFrame,
    forms: pl.DataFrame,
    awards: pl.DataFrame,
    tahun: int,
    partial_month: int | None,
    lang: str,
) -> Innovation:
    """`years`: the years shown, up to `tahun`; `cards`: the selection's scorecard of each of
    them and of the year before `tahun`;
    `series`: app.values of COUNT, DIGITAL and AWARD_CODES over those years; `per_opd`:
    app.values(per_opd=True) of COUNT up to `tahun`; `judged`: metrics.ranking of COUNT in
    `tahun`; `opds`: queries/opd.sql; the rest: queries/inovasi_tahapan, inovasi_tahap_lab,
    inovasi_bentuk and inovasi_penghargaan.sql of `tahun`."""
    running = partial_month is not None
    rows = {r["kode"]: r for r in cards[tahun].iter_rows(named=True)}
    before = cards.get(tahun - 1, pl.DataFrame({"kode": [], "nilai": []}))
    targets = {y: dict(zip(cards[y]["kode"], cards[y]["target"], strict=True)) for y in years}
    counts, shares = _by_year(series, COUNT), _by_year(series, DIGITAL)
    per_year = per_opd_year(per_opd, opds)
    active = innovators(per_year, tahun)
    return Innovation(
        rows=rows,
        # Jan–Oct innovations are no match for a whole previous year (rules.comparison)
        before=rules.comparable(dict(zip(before["kode"], before["nilai"], strict=True)), partial_month),
        running=running,
        years=years,
        any_innovation=any(counts.values()),
        counts=Yearly(
            [int(counts[y]) for y in years],
            [targets[y].get(COUNT) for y in years],
            count_title(counts, tahun, lang, partial_month),
            t("inovasi_series_count", lang),
            t("inovasi_axis_count", lang),
        ),
        digital=Yearly(
            [shares[y] for y in years],
            [targets[y].get(DIGITAL) for y in years],
            digital_title(shares, tahun, lang, partial_month),
            t("inovasi_series_digital", lang),
            t("inovasi_axis_pct", lang),
        ),
        one_each=one_each(per_year, rows[SHARE_OPD]["nilai"], tahun, lang),
        leaders=leaders(active, judged, running, tahun, lang) if active.height else None,
        stages=stage_model(stages, lab, tahun, lang),
        forms=form_model(forms, tahun, lang),
        awards=award_model(series, awards, years, tahun, lang),
        series_names=(
            t("inovasi_series_year", lang, tahun=tahun),
            t("inovasi_series_all", lang, tahun=tahun),
        ),
    )


def _by_year(frame: pl.DataFrame, code: str) -> dict:
    part = frame.filter(pl.col("kode") == code)
    return dict(zip(part["tahun"], part["nilai"], strict=True))


def one_each(per_year: pl.DataFrame, share: float | None, tahun: int, lang: str) -> OneEach:
    missing = without_innovation(per_year, tahun, lang, lambda j: jenis_label(j, lang))
    n_active = active_count(per_year, tahun)
    if not n_active:
        return OneEach(t("inovasi_i2_head", lang, k=0, n=0, tahun=tahun), "", missing)
    caption = t(
        "inovasi_i2_caption",
        lang,
        tahun=tahun,
        name=rules.name(SHARE_OPD, lang),
        pct=fmt.percent(share, 1, lang),
    )
    heading = (
        t("inovasi_i2_head", lang, k=missing.height, n=n_active, tahun=tahun)
        if missing.height
        else t("inovasi_i2_all", lang, n=n_active, tahun=tahun)
    )
    return OneEach(heading, caption, missing)


def leaders(active: pl.DataFrame, judged: pl.DataFrame, running: bool, tahun: int, lang: str) -> Leaders:
    """`active`: innovators(); `judged`: metrics.ranking of COUNT (its target and status)."""
    frame = active.join(
        judged.select("kode_opd", "target", "status"), on="kode_opd", how="left"
    ).with_columns(nilai=pl.col("n").cast(pl.Float64))
    ranked = rules.rankable(frame, None, COUNT, running)
    shown = ranked.frame
    return Leaders(
        ranked=ranked,
        title=leaders_title(active, lang),
        labels=[short(n) for n in shown["nama_opd"]],
        text=[fmt.number(x, 0, lang) for x in shown["nilai"]],
        hover=[f"{n}: {int(x)}" for n, x in zip(shown["nama_opd"], shown["nilai"], strict=True)],
        filename=f"inovasi-per-opd-{tahun}",
    )


def stage_model(stages: pl.DataFrame, lab: pl.DataFrame, tahun: int, lang: str) -> Stages | None:
    reached = dict(zip(stages["tahapan"], stages["mencapai_tahun"], strict=True))
    reached_all = dict(zip(stages["tahapan"], stages["mencapai_kumulatif"], strict=True))
    if not reached_all["inisiatif"]:
        return None
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
    staged = lab.filter(pl.col("tahap_lab").is_not_null())
    recorded = int(staged["n_kumulatif"].sum())
    if recorded:
        most = staged.sort("n_kumulatif", descending=True, maintain_order=True).row(0, named=True)
        lab_title = t(
            "inovasi_lab_title",
            lang,
            k=recorded,
            n=reached_all["inisiatif"],
            tahun=tahun,
            stage=t(f"inovasi_lab_{most['tahap_lab']}", lang),
        )
    else:
        lab_title = t("inovasi_lab_none", lang, tahun=tahun)
    caption = (
        t(
            "inovasi_stage_caption",
            lang,
            tahun=tahun,
            now=stage_now(stages, "n_tahun", lang),
            now_all=stage_now(stages, "n_kumulatif", lang),
        )
        + " "
        + t(
            "inovasi_lab_caption",
            lang,
            tahun=tahun,
            none=fmt.number(lab.filter(pl.col("tahap_lab").is_null())["n_kumulatif"][0], 0, lang),
        )
    )
    return Stages(
        labels=[t(f"inovasi_stage_{s}", lang) for s in stages["tahapan"]],
        this_year=stages["mencapai_tahun"].to_list(),
        all_years=stages["mencapai_kumulatif"].to_list(),
        title=title,
        lab_labels=[t(f"inovasi_lab_{s}", lang) for s in staged["tahap_lab"]],
        lab_year=staged["n_tahun"].to_list(),
        lab_all=staged["n_kumulatif"].to_list(),
        lab_title=lab_title,
        caption=caption,
    )


def form_model(forms: pl.DataFrame, tahun: int, lang: str) -> Forms | None:
    total = int(forms["n"].sum())
    if not total:
        return None
    big = forms.sort("n", descending=True, maintain_order=True).row(0, named=True)
    return Forms(
        labels=[t(f"inovasi_bentuk_{b}", lang) for b in forms["bentuk"]],
        digital=forms["n_digital"].to_list(),
        other=(forms["n"] - forms["n_digital"]).to_list(),
        title=t(
            "inovasi_form_title",
            lang,
            bentuk=t(f"inovasi_bentuk_{big['bentuk']}", lang),
            n=big["n"],
            total=total,
            tahun=tahun,
            d=big["n_digital"],
        ),
        names=(t("inovasi_digital", lang), t("inovasi_not_digital", lang)),
    )


def award_model(
    series: pl.DataFrame, awards: pl.DataFrame, years: list[int], tahun: int, lang: str
) -> Awards:
    levels = [_by_year(series, code) for code in AWARD_CODES]
    n_awards = int(sum(level.get(tahun) or 0 for level in levels))
    high = int(sum(levels[i].get(tahun) or 0 for i in (2, 3)))  # national and international
    return Awards(
        levels=[[level[y] for y in years] for level in levels],
        names=[t(f"inovasi_tingkat_{level}", lang) for level in LEVELS],
        title=t("inovasi_award_title", lang, n=n_awards, k=high, tahun=tahun)
        if n_awards
        else t("inovasi_award_title_none", lang, tahun=tahun),
        table=awards_table(awards, lang),
        y_title=t("inovasi_axis_awards", lang),
    )
