"""The Layanan page's numbers, findings and tables, one builder per section (as
kinerja.deck.build does for the deck); pages/layanan.py only lays them out. Plain functions
of Polars frames (no Streamlit, no SQL): the numbers come from queries/ through kinerja.ui.app,
every verdict (targets, who may be ranked, the floors, a running year) from
kinerja.indicators.rules; here they are only compared and worded.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import metrics, rules
from kinerja.indicators.registry import BY_CODE
from kinerja.text.layanan import ELEMENTS
from kinerja.views import compare

ELEMENT_KEYS = tuple(ELEMENTS)  # u1 … u9


def short(name: str | None, limit: int = 30) -> str:
    """A long OPD or service name cut for a chart label (the full name is in the hover)."""
    if name is None:
        return fmt.DASH
    return name if len(name) <= limit else name[: limit - 1].rstrip(" ,") + "…"


def element_name(key: str, lang: str) -> str:
    return t(f"layanan_{key}", lang)


def period(tahun: int, partial_month: int | None, lang: str) -> str:
    """`2025`, or `Jan–Okt 2026` for a year still running."""
    if partial_month is None or partial_month == 12:
        return str(tahun)
    return t("layanan_period_part", lang, bulan=fmt.month_name(partial_month, lang), tahun=tahun)


def volume_title(
    now: float, before: float, peak_month: int | None, tahun: int, partial_month: int | None, lang: str
) -> str:
    """`7.206 permohonan pada Jan–Okt 2026, turun 3,2% dari Jan–Okt 2025; terbanyak pada Mar`."""
    text = t(
        "layanan_vol_title", lang, n=fmt.number(now, 0, lang), periode=period(tahun, partial_month, lang)
    )
    if before:
        prev = period(tahun - 1, partial_month, lang)
        change = 100 * (now - before) / before
        pct = fmt.percent(abs(change), 1, lang)
        if round(change, 1) == 0:
            text += t("layanan_vol_same", lang, periode=prev)
        else:
            text += t("layanan_vol_up" if change > 0 else "layanan_vol_down", lang, pct=pct, periode=prev)
    if peak_month is not None and now:
        text += t("layanan_vol_peak", lang, bulan=fmt.month_name(peak_month, lang))
    return text


def points(diff: float, lang: str) -> str:
    return fmt.number(abs(diff), 1, lang)


def online_title(
    tahun: int, value: float | None, before: float | None, target: float | None, lang: str
) -> str:
    """`Permohonan daring naik menjadi 68,0% pada 2026, 2,0 poin di bawah target`."""
    nilai = fmt.percent(value, 1, lang)
    if before is None or value is None or round(value - before, 1) == 0:
        text = t("layanan_on_level", lang, nilai=nilai, tahun=tahun)
    else:
        key = "layanan_on_change_up" if value > before else "layanan_on_change_down"
        text = t(key, lang, nilai=nilai, tahun=tahun)
    if value is not None and target is not None:
        diff = value - target  # compared unrounded, as the status is: 69,98% is not 70%
        if round(diff, 1) == 0:
            text += t("layanan_on_target" if diff >= 0 else "layanan_just_below", lang)
        else:
            key = "layanan_above_target" if diff > 0 else "layanan_below_target"
            text += t(key, lang, d=points(diff, lang))
    return text


def online_monthly_title(months: pl.DataFrame, tahun: int, lang: str) -> str:
    """From the first to the last month with a value. `months`: bulan, nilai."""
    known = months.filter(pl.col("nilai").is_not_null()).sort("bulan")
    first, last = known.row(0, named=True), known.row(-1, named=True)
    return t(
        "layanan_on_monthly",
        lang,
        tahun=tahun,
        a=fmt.percent(first["nilai"], 1, lang),
        bulan_a=fmt.month_name(first["bulan"], lang),
        b=fmt.percent(last["nilai"], 1, lang),
        bulan_b=fmt.month_name(last["bulan"], lang),
    )


def tepat_title(ranked: pl.DataFrame, lang: str) -> str:
    """`ranked`: nama_opd, nilai, status, target — sorted best first."""
    best, worst = ranked.row(0, named=True), ranked.row(-1, named=True)
    low, high = fmt.percent(worst["nilai"], 1, lang), fmt.percent(best["nilai"], 1, lang)
    if ranked.height == 1:
        text = t("layanan_tepat_one", lang, opd=short(best["nama_opd"], 60), nilai=high)
        if best["target"] is not None:
            text += t("layanan_target_gap", lang, target=fmt.percent(best["target"], 1, lang))
        return text
    with_target = ranked.filter(pl.col("status").is_not_null())
    if with_target.height:
        met = with_target.filter(pl.col("status") == "hijau").height
        return t(
            "layanan_tepat_targets",
            lang,
            hijau=met,
            n=with_target.height,
            opd_min=short(worst["nama_opd"], 48),
            min=low,
        )
    return t("layanan_tepat_range", lang, min=low, max=high, opd_min=short(worst["nama_opd"], 48))


def sla_title(services: pl.DataFrame, slowest: bool, lang: str) -> str:
    """`services`: the ranked services, sorted slowest (highest median ÷ SLA, then least
    often on time) first."""
    row = services.row(0 if slowest else -1, named=True)
    above = services.filter(pl.col("median_per_sla") > 1).height
    if slowest and not above:
        return t(
            "layanan_sla_within",
            lang,
            n=services.height,
            layanan=short(row["nama_layanan"], 60),
            pct=fmt.percent(row["tepat_waktu_pct"], 1, lang),
        )
    return t(
        "layanan_sla_slow" if slowest else "layanan_sla_fast",
        lang,
        k=above if slowest else services.height - above,
        n=services.height,
        layanan=short(row["nama_layanan"], 48),
        m=fmt.number(row["median_hari"], 1, lang),
        s=row["sla_hari"],
    )


def ikm_title(ranked: pl.DataFrame, lang: str) -> str:
    """`ranked`: nama_opd, nilai, grade — sorted best first."""
    best, worst = ranked.row(0, named=True), ranked.row(-1, named=True)
    if ranked.height == 1:
        nilai = fmt.number(best["nilai"], 2, lang)
        return t("layanan_ikm_one", lang, opd=short(best["nama_opd"], 60), nilai=nilai, mutu=best["grade"])
    return t(
        "layanan_ikm_range",
        lang,
        min=fmt.number(worst["nilai"], 2, lang),
        max=fmt.number(best["nilai"], 2, lang),
        a=ranked.filter(pl.col("grade") == "A").height,
        opd_min=short(worst["nama_opd"], 48),
        mutu=worst["grade"],
    )


def elements(skm: pl.DataFrame) -> pl.DataFrame:
    """The one-row result of queries/skm.sql as element, nrr (u1 … u9, in order)."""
    row = skm.row(0, named=True)
    return pl.DataFrame({"unsur": ELEMENT_KEYS, "nrr": [row[f"nrr_{k}"] for k in ELEMENT_KEYS]})


def element_title(frame: pl.DataFrame, lang: str) -> str:
    low = frame.sort("nrr").row(0, named=True)
    return t(
        "layanan_elem_title",
        lang,
        unsur=element_name(low["unsur"], lang),
        kode=low["unsur"].upper(),
        nrr=fmt.number(low["nrr"], 2, lang),
    )


def mpp_title(per_opd: pl.DataFrame, integrated: float, total: float, lang: str) -> str:
    """`per_opd`: nama_opd, terintegrasi — sorted most first."""
    if not integrated:
        return t("layanan_mpp_none", lang, n=fmt.number(total, 0, lang))
    top = per_opd.row(0, named=True)
    return t(
        "layanan_mpp_title",
        lang,
        k=fmt.number(integrated, 0, lang),
        n=fmt.number(total, 0, lang),
        opd=short(top["nama_opd"], 60),
        m=top["terintegrasi"],
    )


# --- tables: numbers stay numbers in the download; the screen shows them id-ID ------------


def status_column(lang: str) -> pl.Expr:
    """The status in words (Met / Close / Behind / No target)."""
    return (
        pl.col("status")
        .map_elements(lambda s: rules.status_word(s, lang), return_dtype=pl.String, skip_nulls=False)
        .alias(t("status", lang))
    )


def ranking_table(ranked: pl.DataFrame, code: str, basis: str, lang: str) -> pl.DataFrame:
    """Per-OPD ranking of one indicator with its own OPD target, for download. `basis`:
    what the data behind each value counts (permohonan or responden)."""
    decimals = 1 if BY_CODE[code].unit == "pct" else 2
    return ranked.select(
        pl.col("nama_opd").alias(t("opd_name", lang)),
        pl.col("kode_opd").alias(t("layanan_col_kode_opd", lang)),
        pl.col("nilai").round(decimals).alias(rules.name(code, lang) + (" (%)" if decimals == 1 else "")),
        pl.col("target").alias(t("target", lang)),
        pl.col("capaian_pct").round(1).alias(t("capaian", lang) + " (%)"),
        status_column(lang),
        pl.col("n").alias(t(f"layanan_col_{basis}", lang)),
    )


def service_table(services: pl.DataFrame, lang: str) -> pl.DataFrame:
    return services.select(
        pl.col("nama_layanan").alias(t("layanan_col_layanan", lang)),
        pl.col("nama_opd").alias(t("opd_name", lang)),
        pl.col("kode_layanan").alias(t("layanan_col_kode_layanan", lang)),
        pl.col("sla_hari").alias(t("layanan_col_sla", lang)),
        pl.col("median_hari").alias(t("layanan_col_median", lang)),
        pl.col("median_per_sla").round(2).alias(t("layanan_col_ratio", lang)),
        pl.col("tepat_waktu_pct").round(1).alias(t("layanan_col_tepat", lang)),
        pl.col("selesai").alias(t("layanan_col_selesai", lang)),
        pl.col("permohonan").alias(t("layanan_col_permohonan", lang)),
    )


def ikm_table(rank: pl.DataFrame, skm_opd: pl.DataFrame, names: pl.DataFrame, lang: str) -> pl.DataFrame:
    """IKM, mutu, own target and the nine element scores of every OPD with respondents,
    the most respondents first. An OPD below the respondents' floor (rules.floors) is listed
    with its count, its scores left blank: a handful of answers is neither ranked nor exported."""
    small = pl.col("responden") < rules.floors()["responden"]
    scores = ["nilai", "grade", "status", *[f"nrr_{k}" for k in ELEMENT_KEYS]]
    frame = (
        skm_opd.select("kode_opd", "responden", *[f"nrr_{k}" for k in ELEMENT_KEYS])
        .join(rank.select("kode_opd", "nilai", "grade", "target", "status"), on="kode_opd", how="left")
        .join(names, on="kode_opd", how="left")
        .sort(["responden", "kode_opd"], descending=[True, False])
        .with_columns(pl.when(~small).then(pl.col(c)).alias(c) for c in scores)
    )
    return frame.select(
        pl.col("nama_opd").alias(t("opd_name", lang)),
        pl.col("kode_opd").alias(t("layanan_col_kode_opd", lang)),
        pl.col("nilai").round(2).alias(t("layanan_col_ikm", lang)),
        pl.col("grade").alias(t("layanan_col_mutu", lang)),
        pl.col("target").alias(t("target", lang)),
        status_column(lang),
        pl.col("responden").alias(t("layanan_col_responden", lang)),
        *[pl.col(f"nrr_{k}").round(3).alias(f"{k.upper()} {element_name(k, lang)}") for k in ELEMENT_KEYS],
    )


def mpp_table(services: pl.DataFrame, lang: str) -> pl.DataFrame:
    return services.select(
        pl.col("nama_opd").alias(t("opd_name", lang)),
        pl.col("nama_layanan").alias(t("layanan_col_layanan", lang)),
        pl.col("kode_layanan").alias(t("layanan_col_kode_layanan", lang)),
        pl.col("sla_hari").alias(t("layanan_col_sla", lang)),
    )


# --- chart labels: hovers and bar texts in the page's language ---------------------------


def opd_hovers(ranked: pl.DataFrame, code: str, lang: str) -> list[str]:
    """`Dinas X · 87,0% · Target 90,0%` (with the IKM grade where there is one)."""
    unit = BY_CODE[code].unit
    out = []
    for row in ranked.iter_rows(named=True):
        parts = [row["nama_opd"], fmt.indicator_value(row["nilai"], unit, lang)]
        parts += [rules.grade_word(code, row.get("grade"), lang)]
        if row["target"] is not None:
            parts.append(f"{t('target', lang)} {fmt.indicator_value(row['target'], unit, lang)}")
        out.append(" · ".join(p for p in parts if p))
    return out


def service_labels(shown: pl.DataFrame, lang: str) -> tuple[list[str], list[str]]:
    """Hovers (two lines) and bar texts for the services chart."""
    hovers, texts = [], []
    for row in shown.iter_rows(named=True):
        median = fmt.number(row["median_hari"], 1, lang)
        hovers.append(
            f"{row['nama_layanan']} · {row['nama_opd']}\n"
            + t("layanan_hover_sla", lang, m=median, s=row["sla_hari"], n=fmt.number(row["selesai"], 0, lang))
        )
        texts.append(
            t(
                "layanan_bar_sla",
                lang,
                m=median,
                s=row["sla_hari"],
                pct=fmt.percent(row["tepat_waktu_pct"], 0, lang),
            )
        )
    return hovers, texts


# --- the page's model: one builder per section, each from the frames the app layer fetched ---

WORK = rules.area_codes("work")
VOLUME, ONLINE, ON_TIME, _, IKM, INTEGRATED = WORK
CARD_ROWS = (WORK[:3], WORK[3:])  # two rows of three cards: whole labels at 1280 px
MONTHLY = (VOLUME, ONLINE)  # the series app.values fetches per month and per year


def code_caption(key: str, code: str, lang: str) -> str:
    """A caption naming the indicator's code and the regulation it rests on."""
    return t(key, lang, kode=code, dasar=BY_CODE[code].source)


@dataclass(frozen=True)
class Table:
    """A table in an expander: the numbers downloaded, written the language's way on screen."""

    label_key: str
    frame: pl.DataFrame
    filename: str


@dataclass(frozen=True)
class Cards:
    rows: dict[str, dict]  # the Work scorecard rows by code
    before: dict[str, float | None]  # last year's values a fair comparison allows
    running: bool  # the year is still running: counts are progress
    applications: bool  # any application this year: the four sections that count them apply


def cards(card: pl.DataFrame, before: pl.DataFrame, partial_month: int | None) -> Cards:
    """`card`: the selection's Work scorecard of the year; `before`: the year before over the
    same months when the year runs."""
    rows = {r["kode"]: r for r in card.iter_rows(named=True)}
    return Cards(
        rows=rows,
        before=rules.comparable(dict(zip(before["kode"], before["nilai"], strict=True)), partial_month),
        running=partial_month is not None,
        applications=bool(rows[VOLUME]["nilai"]),
    )


@dataclass(frozen=True)
class Volume:
    months: list[str]
    now: list  # applications per month this year, None after the last month with data
    last: list | None  # last year's, None when it had none
    names: tuple[str, str]
    title: str
    y_title: str


def volume(
    monthly: pl.DataFrame, ytd: pl.DataFrame, tahun: int, partial_month: int | None, lang: str
) -> Volume:
    """`monthly`: app.values per month of VOLUME and ONLINE over the year and the one before;
    `ytd`: VOLUME of both years over the same months."""
    total = dict(zip(ytd["tahun"], ytd["nilai"], strict=True))
    w1 = monthly.filter(pl.col("kode") == VOLUME)
    now = w1.filter((pl.col("tahun") == tahun) & (pl.col("bulan") <= (partial_month or 12)))
    last = w1.filter(pl.col("tahun") == tahun - 1)
    peak = now.sort("nilai", descending=True)["bulan"][0]
    return Volume(
        months=[fmt.month_name(m, lang) for m in range(1, 13)],
        now=now["nilai"].to_list() + [None] * (12 - now.height),
        last=last["nilai"].to_list() if last["nilai"].sum() else None,
        names=(str(tahun), str(tahun - 1)),
        title=volume_title(total[tahun], total[tahun - 1], peak, tahun, partial_month, lang),
        y_title=t("layanan_axis_permohonan", lang),
    )


@dataclass(frozen=True)
class Online:
    years: list[str]
    shares: list
    targets: list
    title: str
    months: list[str]
    month_shares: list
    month_targets: list
    month_title: str
    name: str  # the series
    target_name: str
    caption: str


def online(
    monthly: pl.DataFrame,
    yearly: pl.DataFrame,
    targets: pl.DataFrame,
    selection,
    tahun: int,
    partial_month: int | None,
    lang: str,
) -> Online:
    """The online share in every year with applications against the target the scorecard
    applies to the selection, and month by month. `yearly`: app.values of VOLUME and ONLINE
    over the years up to `tahun`; `targets`: queries/target.sql over them."""
    counted = yearly.filter((pl.col("kode") == VOLUME) & (pl.col("nilai") > 0))["tahun"]
    share_rows = yearly.filter((pl.col("kode") == ONLINE) & pl.col("tahun").is_in(counted.implode()))
    share = dict(zip(share_rows["tahun"], share_rows["nilai"], strict=True))
    judged = metrics.judge(share_rows, targets, selection)
    target = dict(zip(judged["tahun"], judged["target"], strict=True))
    per_month = monthly.filter(
        (pl.col("kode") == ONLINE) & (pl.col("tahun") == tahun) & (pl.col("bulan") <= (partial_month or 12))
    )
    return Online(
        years=[str(y) for y in share],
        shares=list(share.values()),
        targets=[target[y] for y in share],
        title=online_title(tahun, share[tahun], share.get(tahun - 1), target[tahun], lang),
        months=[fmt.month_name(m, lang) for m in per_month["bulan"]],
        month_shares=per_month["nilai"].to_list(),
        month_targets=[target[tahun]] * per_month.height,
        month_title=online_monthly_title(per_month, tahun, lang),
        name=t("layanan_online", lang),
        target_name=t("target", lang),
        caption=code_caption("layanan_caption_online", ONLINE, lang),
    )


@dataclass(frozen=True)
class Ranking:
    """One indicator per OPD against each OPD's own target, as the one ranking chart draws it."""

    ranked: rules.Ranked
    labels: list[str]
    title: str  # empty when too few OPD are ranked (the page then says why)
    hover: list[str]
    text: list[str]
    x_range: tuple[float, float]
    reference: float | None
    reference_label: str
    mutu_lines: bool  # IKM: the grade boundaries drawn across
    table: Table | None
    filename: str
    suffix: str  # after each value on the axis
    caption: str  # below the chart when it is drawn


def ranking(
    rank: pl.DataFrame,
    names: pl.DataFrame,
    sizes: pl.DataFrame,
    targets: pl.DataFrame,
    code: str,
    tahun: int,
    lang: str,
) -> Ranking:
    """`rank`: metrics.ranking of `code` (ON_TIME or IKM); `sizes`: queries/ukuran_kelompok.sql;
    `targets`: queries/target.sql of the year."""
    ranked = rules.rankable(rank.join(names, on="kode_opd", how="left"), sizes, code)
    kept = ranked.frame
    reference = compare.region_target(code, targets, tahun)
    if code == IKM:
        filename, suffix, caption_key = f"ikm-opd-{tahun}", "", "layanan_caption_ikm"
        title = ikm_title(kept, lang) if ranked.enough else ""
        text = [f"{fmt.number(x, 2, lang)} · {g}" for x, g in zip(kept["nilai"], kept["grade"], strict=True)]
        x_range, table = (0, 100), None  # bars start at zero; IKM's table has the survey's elements
    else:
        filename, suffix, caption_key = f"tepat-waktu-opd-{tahun}", "%", "layanan_caption_status"
        title = tepat_title(kept, lang) if ranked.enough else ""
        text = [fmt.percent(x, 1, lang) for x in kept["nilai"]]
        x_range = (0, 102)
        table = (
            Table(
                "layanan_table_tepat",
                ranking_table(kept, code, ranked.basis, lang),
                f"tepat-waktu-opd-{tahun}",
            )
            if kept.height
            else None
        )
    return Ranking(
        ranked=ranked,
        labels=[short(n, 28) for n in kept["nama_opd"]],
        title=title,
        hover=opd_hovers(kept, code, lang),
        text=text,
        x_range=x_range,
        reference=reference,
        reference_label=compare.reference_label(code, reference, lang),
        mutu_lines=code == IKM,
        table=table,
        filename=filename,
        suffix=suffix,
        caption=code_caption(caption_key, code, lang),
    )


@dataclass(frozen=True)
class SlaChart:
    services: list[str]
    opds: list[str]
    ratios: list[float]
    hover: list[str]
    text: list[str]
    title: str
    line_name: str  # the line at 1, where the median is the SLA
    x_title: str


@dataclass(frozen=True)
class Sla:
    """The services slowest and fastest against their own SLA, at the median."""

    slow: SlaChart | None  # None: no service has enough completed applications
    fast: SlaChart | None
    small_note: str  # how many services were left out for too few, or ""
    notice: str  # why there is no chart, or ""
    table: Table | None
    caption: str = ""
    choice: str = ""  # the label of the slowest/fastest switch
    choices: dict[str, str] | None = None  # "slow", "fast" in words

    def shown(self, mode: str | None) -> SlaChart | None:
        """The chart the switch chose: the slowest unless it says fastest."""
        return self.fast if mode == "fast" else self.slow


def sla(services: pl.DataFrame, tahun: int, lang: str) -> Sla:
    """`services`: queries/layanan_per_layanan.sql of the year, slowest first."""
    minimum = rules.floors()["permohonan"]
    enough = services.filter(pl.col("selesai") >= minimum)
    if not enough.height:
        return Sla(None, None, "", t("layanan_sla_none", lang, min=minimum), None)
    small = services.height - enough.height

    def chart(slowest: bool) -> SlaChart:
        shown = enough.head(10) if slowest else enough.tail(10).reverse()
        hovers, texts = service_labels(shown, lang)
        return SlaChart(
            services=[short(n, 44) for n in shown["nama_layanan"]],
            opds=[short(n, 44) for n in shown["nama_opd"]],
            ratios=shown["median_per_sla"].to_list(),
            hover=hovers,
            text=texts,
            title=sla_title(enough, slowest, lang),
            line_name=t("layanan_sla_line", lang),
            x_title=t("layanan_axis_x_sla", lang),
        )

    return Sla(
        slow=chart(True),
        fast=chart(False),
        small_note=t("layanan_sla_too_small", lang, n=small, min=minimum) if small else "",
        notice="",
        table=Table("layanan_table_sla", service_table(enough, lang), f"layanan-sla-{tahun}"),
        caption=t("layanan_caption_sla", lang, tahun=tahun),
        choice=t("layanan_sla_mode", lang),
        choices={"slow": t("layanan_sla_slowest", lang), "fast": t("layanan_sla_fastest", lang)},
    )


@dataclass(frozen=True)
class Satisfaction:
    """IKM by OPD with its grade, and which survey element pulls the score down."""

    ranking: Ranking
    elements: list[str]
    scores: list[float]
    text: list[str]
    title: str
    caption: str
    table: Table
    x_title: str


def satisfaction(
    skm: pl.DataFrame,
    skm_opd: pl.DataFrame,
    rank: pl.DataFrame,
    names: pl.DataFrame,
    sizes: pl.DataFrame,
    targets: pl.DataFrame,
    tahun: int,
    lang: str,
) -> Satisfaction | None:
    """`skm`, `skm_opd`: queries/skm.sql of the year for the selection and per OPD; `rank`:
    metrics.ranking of IKM. None when the year has no survey."""
    if not skm.height:
        return None
    frame = elements(skm)
    return Satisfaction(
        ranking=ranking(rank, names, sizes, targets, IKM, tahun, lang),
        elements=[f"{k.upper()} {element_name(k, lang)}" for k in frame["unsur"]],
        scores=frame["nrr"].to_list(),
        text=[fmt.number(x, 2, lang) for x in frame["nrr"]],
        title=element_title(frame, lang),
        caption=t("layanan_caption_elem", lang, n=fmt.number(skm["responden"][0], 0, lang)),
        table=Table("layanan_table_ikm", ikm_table(rank, skm_opd, names, lang), f"ikm-opd-{tahun}"),
        x_title=t("layanan_axis_nrr", lang),
    )


@dataclass(frozen=True)
class Integrated:
    """Integrated services (MPP) per OPD, and the list of them."""

    title: str
    opds: list[str]  # empty: no OPD has one (the title then says so alone)
    integrated: list[int]
    other: list[int]
    table: Table
    names: tuple[str, str]  # the two parts of each bar
    x_title: str
    caption: str


def integrated(
    total: pl.DataFrame, per_opd: pl.DataFrame, services: pl.DataFrame, names: pl.DataFrame, lang: str
) -> Integrated | None:
    """`total`, `per_opd`: queries/layanan.sql for the selection and per OPD; `services`:
    queries/layanan_terintegrasi.sql. None when the selection has no service."""
    if not total.height:
        return None
    frame = (
        per_opd.join(names, on="kode_opd", how="left")
        .rename({INTEGRATED: "terintegrasi"})
        .filter(pl.col("terintegrasi") > 0)
        .sort(["terintegrasi", "layanan", "nama_opd"], descending=[True, True, False])
    )
    return Integrated(
        title=mpp_title(frame, total[INTEGRATED][0], total["layanan"][0], lang),
        opds=[short(n, 48) for n in frame["nama_opd"]],
        integrated=frame["terintegrasi"].to_list(),
        other=(frame["layanan"] - frame["terintegrasi"]).to_list(),
        table=Table("layanan_table_mpp", mpp_table(services, lang), "layanan-terintegrasi"),
        names=(t("layanan_integrated", lang), t("layanan_not_integrated", lang)),
        x_title=t("layanan_axis_layanan", lang),
        caption=code_caption("layanan_caption_mpp", INTEGRATED, lang),
    )


def first_year(years, tahun: int) -> int:
    """The first year with data up to `tahun`: where the online share's years begin."""
    return min((y for y in years if y <= tahun), default=tahun)


@dataclass(frozen=True)
class Page:
    """Every section of the page; a section is None where its data is missing (the page
    then says why: one notice for the four sections that count applications)."""

    cards: Cards
    volume: Volume | None
    online: Online | None
    on_time: Ranking | None
    sla: Sla | None
    satisfaction: Satisfaction | None
    integrated: Integrated | None


def build(
    *,
    card: pl.DataFrame,
    card_before: pl.DataFrame,
    monthly: pl.DataFrame,
    ytd: pl.DataFrame,
    yearly: pl.DataFrame,
    targets: pl.DataFrame,
    ranks: dict[str, pl.DataFrame],
    sizes: pl.DataFrame,
    services: pl.DataFrame,
    skm: pl.DataFrame,
    skm_opd: pl.DataFrame,
    catalogue: pl.DataFrame,
    catalogue_opd: pl.DataFrame,
    integrated_services: pl.DataFrame,
    names: pl.DataFrame,
    selection,
    tahun: int,
    partial_month: int | None,
    lang: str,
) -> Page:
    """The page from the frames kinerja.ui.app fetched: `card`, `card_before`: the Work
    scorecard of the year and of the year before (over the same months when the year runs);
    `monthly`: app.values per month of MONTHLY over both years; `ytd`: VOLUME of both years up
    to the running month; `yearly`, `targets`: MONTHLY and queries/target.sql from
    first_year() to `tahun`; `ranks`: metrics.ranking of ON_TIME and IKM; `sizes`:
    queries/ukuran_kelompok.sql; `services`: queries/layanan_per_layanan.sql; `skm`,
    `skm_opd`: queries/skm.sql for the selection and per OPD; `catalogue`, `catalogue_opd`:
    queries/layanan.sql likewise; `integrated_services`: queries/layanan_terintegrasi.sql;
    `names`: kode_opd, nama_opd."""
    cards_ = cards(card, card_before, partial_month)
    counted = cards_.applications
    return Page(
        cards=cards_,
        volume=volume(monthly, ytd, tahun, partial_month, lang) if counted else None,
        online=online(monthly, yearly, targets, selection, tahun, partial_month, lang) if counted else None,
        on_time=ranking(ranks[ON_TIME], names, sizes, targets, ON_TIME, tahun, lang) if counted else None,
        sla=sla(services, tahun, lang) if counted else None,
        satisfaction=satisfaction(skm, skm_opd, ranks[IKM], names, sizes, targets, tahun, lang),
        integrated=integrated(catalogue, catalogue_opd, integrated_services, names, lang),
    )
