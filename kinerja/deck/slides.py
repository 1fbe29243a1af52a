"""One function per slide: frames from the core in, a slide of kinerja.deck.model out.

No queries here (kinerja.deck.build fetches) and no drawing (the renderers draw).
`rows` is the scorecard by code (kinerja.indicators.metrics.scorecard rows), `prev` the previous
year's values by code, over the same months when the year is not complete.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from kinerja import fmt
from kinerja.deck import words
from kinerja.deck.layout import LIST_MAX, fit
from kinerja.deck.model import (
    AreaSlide,
    Chart,
    ListSlide,
    RankingSlide,
    ScorecardSlide,
    ScoreGroup,
    ScoreRow,
    TitleSlide,
)
from kinerja.deck.words import Period
from kinerja.i18n import t
from kinerja.indicators.registry import BY_CODE, CODES, SCORECARD_CODES
from kinerja.ingest.schema import TINGKAT
from kinerja.palette import AREA_COLORS, STATUS_COLORS

AREA_KEYS = {
    "work": "area_work",
    "workforce": "area_workforce",
    "workplace": "area_workplace",
    "innovation": "area_innovation",
}
# The indicator each W slide's title and chart are about, then its other big numbers.
HEADLINES = {
    "work": ("W5_ikm", "W3_tepat_waktu_pct", "W2_online_pct", "W1_permohonan"),
    "workforce": ("F2_jp20_pct", "F3_jp_rata", "F1_asn", "F4_mutasi_pct"),
    "workplace": ("P1_spbe", "P2_surat_elektronik_pct", "P3_kerja_fleksibel_pct", "P4_titik_layanan"),
    "innovation": ("I1_inovasi", "I2_opd_berinovasi_pct", "I3_penghargaan", "I5_penerapan_pct"),
}
SCORECARD_COLUMNS = (("work", "workforce"), ("workplace", "innovation"))
# the award levels collapse into their total on the scorecard


def _lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def title_slide(
    wilayah: str, period: Period, filters: tuple[str, ...], as_of: dt.date | None, opd_names
) -> TitleSlide:
    lang = period.lang
    date_line = (
        t("data_per", lang, tanggal=fmt.date(as_of, lang))
        if as_of
        else t("deck_no_date", lang, tahun=period.tahun)
    )
    partial = (
        t("deck_partial", lang, bulan=period.month, prev=period.tahun - 1) if period.partial_month else ""
    )
    lines = (t("deck_subtitle", lang), *filters, date_line[:1].upper() + date_line[1:])
    return TitleSlide(
        title=t("deck_title", lang, wilayah=wilayah, tahun=period.tahun),
        lines=lines + ((partial,) if partial else ()),
        notes=_lines(
            *lines, partial, t("deck_note_opd", lang, names=", ".join(opd_names)) if opd_names else ""
        ),
    )


def scorecard_slide(rows: dict[str, dict], prev: dict, period: Period) -> ScorecardSlide:
    """Every indicator but the award levels (the innovation slide charts them; the notes
    keep their numbers), its status in words; the title counts what the table shows."""
    lang = period.lang
    judged = [rows[c] for c in SCORECARD_CODES if words.status(rows[c], period)]
    met = sum(1 for r in judged if r["status"] == "hijau")
    columns = tuple(tuple(_score_group(area, rows, period) for area in areas) for areas in SCORECARD_COLUMNS)
    legend = t("deck_legend", lang)
    if period.partial_month:
        legend += "\n" + t("deck_legend_partial", lang)
    title = (
        t("scorecard_title", lang, hijau=met, n=len(judged))
        if judged
        else t("deck_scorecard_untargeted", lang)
    )
    return ScorecardSlide(
        title=title,
        columns=columns,
        legend=legend,
        notes=_lines(*(words.note_line(rows[c], prev.get(c), period) for c in CODES)),
    )


def _score_group(area: str, rows: dict[str, dict], period: Period) -> ScoreGroup:
    lang = period.lang
    out = []
    for code in SCORECARD_CODES:
        if BY_CODE[code].area != area:
            continue
        row = rows[code]
        word, progress = words.status_word(row, period)
        out.append(
            ScoreRow(
                code=code,
                label=words.name(code, lang, short=True),
                value=words.value(code, row["nilai"], lang),
                word=word,
                status=words.status(row, period),
                progress=progress,
            )
        )
    return ScoreGroup(area=area, label=t(AREA_KEYS[area], lang).split(" — ")[0], rows=tuple(out))


def area_slide(
    area: str, rows: dict, prev: dict, trend: dict[int, float | None], period: Period
) -> AreaSlide:
    """A W slide: its key indicator's finding as title, four big numbers, the key over years."""
    lang = period.lang
    codes = HEADLINES[area]
    key = rows[codes[0]]
    chart = trend_chart(codes[0], key, trend, area, period)
    series = " · ".join(f"{y} {lbl}" for y, lbl in zip(chart.categories, chart.labels, strict=True))
    return AreaSlide(
        title=words.finding(key, prev.get(codes[0]), period),
        area=area,
        kicker=t(AREA_KEYS[area], lang),
        headlines=tuple(words.headline(rows[c], prev.get(c), period) for c in codes),
        charts=(chart,),
        notes=_lines(
            *(words.note_line(rows[c], prev.get(c), period) for c in codes),
            t("deck_note_series", lang, series=f"{words.name(codes[0], lang)} — {series}"),
        ),
    )


def trend_chart(code: str, row: dict, trend: dict[int, float | None], area: str, period: Period) -> Chart:
    lang = period.lang
    years = sorted(trend)
    caption = t("deck_trend_caption", lang, name=words.name(code, lang, short=True))
    if period.partial_month and BY_CODE[code].monthly:
        caption += " (" + t("deck_trend_partial", lang, tahun=period.tahun, bulan=period.month) + ")"
    target = None if period.progress(code) else row["target"]
    return Chart(
        kind="line",
        caption=caption,
        categories=tuple(str(y) for y in years),
        values=tuple(trend[y] for y in years),
        labels=tuple(words.value(code, trend[y], lang) for y in years),
        colors=(AREA_COLORS[area],),
        reference=target,
        reference_label=t("deck_target_line", lang, value=words.value(code, target, lang)) if target else "",
    )


def innovation_slide(rows: dict, prev: dict, funnel: pl.DataFrame, period: Period) -> AreaSlide:
    """Innovations and awards: I1–I3 and I5, awards by level, how far this year's got
    (`funnel` is queries/inovasi_tahapan.sql, the same stages the Inovasi page shows)."""
    lang = period.lang
    codes = HEADLINES["innovation"]
    color = AREA_COLORS["innovation"]
    levels = [rows[f"I3_penghargaan_{lv}"]["nilai"] or 0 for lv in TINGKAT]
    awards = Chart(
        kind="bar",
        caption=t("deck_awards_caption", lang, tahun=period.tahun),
        categories=tuple(t(f"deck_level_{lv}", lang) for lv in TINGKAT),
        values=tuple(float(v) for v in levels),
        labels=tuple(fmt.number(v, 0, lang) for v in levels),
        colors=(color,) * len(TINGKAT),
    )
    total = funnel["mencapai_tahun"][0] if funnel.height else 0
    stages = Chart(
        kind="bar",
        caption=t("deck_funnel_caption", lang, tahun=period.tahun),
        # the share of the year's innovations sits with the stage's name: a bar's own label
        # stays one short number, which no renderer wraps
        categories=tuple(
            t(f"deck_stage_{s}", lang)
            + (f" ({fmt.percent(100 * v / total, 0, lang)})" if total and i else "")
            for i, (s, v) in enumerate(zip(funnel["tahapan"], funnel["mencapai_tahun"], strict=True))
        ),
        values=tuple(float(v) for v in funnel["mencapai_tahun"]),
        labels=tuple(fmt.number(v, 0, lang) for v in funnel["mencapai_tahun"]),
        colors=(color,) * funnel.height,
    )
    now = " · ".join(
        f"{t(f'deck_stage_{s}', lang)} {fmt.number(n, 0, lang)}"
        for s, n in zip(funnel["tahapan"], funnel["n_tahun"], strict=True)
    )
    return AreaSlide(
        title=t(
            "deck_innovation_title",
            lang,
            pct=words.value("I2_opd_berinovasi_pct", rows["I2_opd_berinovasi_pct"]["nilai"], lang),
            inovasi=_count("deck_n_inovasi", "I1_inovasi", rows, lang),
            penghargaan=_count("deck_n_penghargaan", "I3_penghargaan", rows, lang),
        ),
        area="innovation",
        kicker=t("area_innovation", lang),
        headlines=tuple(words.headline(rows[c], prev.get(c), period) for c in codes),
        charts=(awards, stages),
        notes=_lines(
            *(
                words.note_line(rows[c], prev.get(c), period)
                for c in CODES
                if BY_CODE[c].area == "innovation"
            ),
            t("deck_note_funnel", lang, stages=now),
        ),
    )


def _count(key: str, code: str, rows: dict, lang: str) -> str:
    n = rows[code]["nilai"]
    return words.counted(key, n, lang, n=words.value(code, n, lang))


def ranking_slide(
    code: str, ranked: pl.DataFrame, left_out: int, minimum: int, region: dict, period: Period
) -> RankingSlide:
    """Leaders and laggards: `ranked` holds nama_opd, nilai, status, n, best first."""
    lang = period.lang
    kicker = t("leaders_heading", lang) + " — " + words.name(code, lang)
    too_small = (
        t("too_small", lang, n=left_out, min=minimum, unit=t("unit_permohonan", lang)) if left_out else ""
    )
    if ranked.is_empty():
        return RankingSlide(
            title=t("no_ranking", lang, tahun=period.tahun),
            kicker=kicker,
            subtitle=too_small,
            chart=None,
            notes=_lines(t("no_ranking", lang, tahun=period.tahun), too_small),
        )
    best, worst = ranked.row(0, named=True), ranked.row(-1, named=True)
    if ranked.height == 1:
        title = t(
            "deck_rank_single",
            lang,
            indikator=words.name(code, lang),
            name=best["nama_opd"],
            value=words.value(code, best["nilai"], lang),
        )
    else:
        title = t(
            "leaders_finding",
            lang,
            indikator=words.name(code, lang),
            best=best["nama_opd"],
            best_value=words.value(code, best["nilai"], lang),
            worst=worst["nama_opd"],
            worst_value=words.value(code, worst["nilai"], lang),
        )
    shown = ranked if ranked.height <= 10 else pl.concat([ranked.head(5), ranked.tail(5)])
    gap = ranked.height > 10
    rows = list(shown.iter_rows(named=True))
    if gap:  # a row without a bar between the top and the bottom five, for those between
        rows = rows[:5] + [None] + rows[5:]
    area_color = AREA_COLORS["work"]
    chart = Chart(
        kind="bar",
        caption=t("deck_leaders_caption" if gap else "deck_leaders_all", lang),
        categories=tuple(fit(r["nama_opd"], 44) if r else "…" for r in rows),
        values=tuple(r["nilai"] if r else None for r in rows),
        labels=tuple(words.value(code, r["nilai"], lang) if r else "" for r in rows),
        colors=tuple(STATUS_COLORS[r["status"]] if r and r["status"] else area_color for r in rows),
        legend=_lines(t("deck_bar_legend", lang), too_small),
    )
    subtitle = words.counted(
        "deck_leaders_sub",
        ranked.height,
        lang,
        value=words.value(code, region["nilai"], lang),
        k=ranked.height,
        min=minimum,
    )
    notes = [
        t(
            "deck_note_rank",
            lang,
            rank=i,
            name=r["nama_opd"],
            value=words.value(code, r["nilai"], lang),
            n=fmt.number(r["n"], 0, lang),
        )
        for i, r in enumerate(ranked.iter_rows(named=True), start=1)
    ]
    return RankingSlide(
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        chart=chart,
        notes=_lines(subtitle, too_small, *notes),
    )


def list_slide(missing: list[str], active: int, i2: dict, prev_i2: float | None, period: Period) -> ListSlide:
    """The active OPD of the set without an innovation this year, by name."""
    lang, tahun = period.lang, period.tahun
    kicker = t("area_innovation", lang) + " — " + words.name("I2_opd_berinovasi_pct", lang)
    if active == 0:
        title, subtitle = t("deck_noinov_empty", lang), ""
    elif not missing:
        key = "deck_noinov_all" if active > 1 else "deck_noinov_one"
        title, subtitle = t(key, lang, m=active, tahun=tahun), t("deck_noinov_done", lang)
    else:
        title = words.counted("deck_noinov_title", len(missing), lang, n=len(missing), m=active, tahun=tahun)
        subtitle = t("deck_noinov_sub", lang)
    shown = missing if len(missing) <= LIST_MAX else missing[: LIST_MAX - 1]
    more = t("deck_more", lang, n=len(missing) - len(shown)) if len(shown) < len(missing) else ""
    return ListSlide(
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        items=tuple(shown),
        more=more,
        notes=_lines(
            words.note_line(i2, prev_i2, period),
            subtitle,
            *missing,
        ),
    )
