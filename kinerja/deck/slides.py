"""One function per slide: frames from the core in, a slide of kinerja.deck.model out.

No queries here (kinerja.deck.build fetches) and no drawing (the renderers draw).
`rows` is the scorecard by code (kinerja.indicators.metrics.scorecard rows), `prev` the previous
year's values by code, over the same months when the year is not complete.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from kinerja import fmt
from kinerja.deck import layout as L
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
    SummarySlide,
    TitleSlide,
)
from kinerja.deck.words import Period
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE, CODES, SCORECARD_CODES
from kinerja.ingest.schema import TINGKAT
from kinerja.palette import AREA_COLORS
from kinerja.views import compare

AREA_KEYS = {
    "work": "area_work",
    "workforce": "area_workforce",
    "workplace": "area_workplace",
    "innovation": "area_innovation",
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
    met, judged = rules.scorecard_count(rows.values(), period.partial_month is not None)
    columns = tuple(tuple(_score_group(area, rows, period) for area in areas) for areas in SCORECARD_COLUMNS)
    legend = t("deck_legend", lang)
    if period.partial_month:
        legend += "\n" + t("deck_legend_partial", lang)
    return ScorecardSlide(
        title=rules.scorecard_heading(met, judged, lang),
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
    codes = rules.headlines(area)
    key = rows[codes[0]]
    chart = trend_chart(codes[0], key, trend, area, period)
    series = " · ".join(f"{y} {lbl}" for y, lbl in zip(chart.categories, chart.labels, strict=True))
    return AreaSlide(
        title=words.finding(key, prev.get(codes[0]), period),
        area=area,
        kicker=t(AREA_KEYS[area], lang),
        headlines=tuple(words.headline(rows[c], prev.get(c), period) for c in codes),
        charts=(chart,),
        also=_also(area, codes, rows, lang),
        notes=_lines(
            *(words.note_line(rows[c], prev.get(c), period) for c in codes),
            *(words.note_line(rows[c], prev.get(c), period) for c in _others(area, codes)),
            t("deck_note_series", lang, series=f"{words.name(codes[0], lang)} — {series}"),
        ),
    )


def _others(area: str, shown: tuple[str, ...]) -> list[str]:
    """The area's scorecard indicators that have no card on its slide."""
    return [c for c in rules.area_codes(area) if c in SCORECARD_CODES and c not in shown]


def _also(area: str, shown: tuple[str, ...], rows: dict, lang: str) -> str:
    """Those indicators named with their values, so the slide leaves none out unsaid."""
    others = _others(area, shown)
    if not others:
        return ""
    items = [f"{words.name(c, lang, short=True)} {words.value(c, rows[c]['nilai'], lang)}" for c in others]
    return t("deck_also", lang, daftar=" · ".join(items))


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
    codes = rules.headlines("innovation")
    count, share, awards_code = codes[:3]  # innovations, OPD with one, awards
    color = AREA_COLORS["innovation"]
    levels = [rows[f"{awards_code}_{lv}"]["nilai"] or 0 for lv in TINGKAT]
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
            pct=words.value(share, rows[share]["nilai"], lang),
            inovasi=_count("deck_n_inovasi", count, rows, lang),
            penghargaan=_count("deck_n_penghargaan", awards_code, rows, lang),
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
    ranked: rules.Ranked, region: dict, period: Period, reference: float | None
) -> RankingSlide:
    """Leaders and laggards by rules.rankable (`ranked.frame`: nama_opd, nilai, status, target,
    n; best first), or why there are none; the region's target as the reference line."""
    lang = period.lang
    code, frame = ranked.code, ranked.frame
    minimum = ranked.minimum
    kicker = t("leaders_heading", lang) + " — " + words.name(code, lang)
    too_small = ranked.left_out_note(lang)
    if not ranked.enough:
        why = ranked.why_not(lang)
        return RankingSlide(
            title=why, kicker=kicker, subtitle=too_small, chart=None, notes=_lines(why, too_small)
        )
    title = compare.leaders_finding(code, frame, lang)
    shown = frame if frame.height <= 10 else pl.concat([frame.head(5), frame.tail(5)])
    gap = frame.height > 10
    rows = list(shown.iter_rows(named=True))
    if gap:  # a row without a bar between the top and the bottom five, for those between
        rows = rows[:5] + [None] + rows[5:]
    present = [s for s in rules.STATUSES if any(r and r["status"] == s for r in rows)]
    legend = " · ".join(rules.status_word(s, lang) for s in present)
    reference = reference or None  # a target of zero draws no line
    reference_label = (
        t("deck_region_target", lang, value=words.value(code, reference, lang)) if reference else ""
    )
    chart = Chart(
        kind="bar",
        caption=t("deck_leaders_caption" if gap else "deck_leaders_all", lang),
        categories=tuple(fit(r["nama_opd"], 44) if r else "…" for r in rows),
        values=tuple(r["nilai"] if r else None for r in rows),
        labels=tuple(words.value(code, r["nilai"], lang) if r else "" for r in rows),
        colors=tuple(rules.status_colour(r["status"]) if r else rules.status_colour(None) for r in rows),
        # the region's target: a dashed line across the bars, named beside the colours
        reference=reference,
        reference_label=reference_label,
        legend=_lines(
            t("deck_bar_legend", lang, statuses=legend) + (f" · {reference_label}" if reference else ""),
            too_small,
        ),
    )
    subtitle = words.counted(
        "deck_leaders_sub",
        frame.height,
        lang,
        value=words.value(code, region["nilai"], lang),
        k=frame.height,
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
        for i, r in enumerate(frame.iter_rows(named=True), start=1)
    ]
    return RankingSlide(
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        chart=chart,
        notes=_lines(subtitle, too_small, *notes),
    )


def list_slide(
    missing: list[str], active: int, code: str, i2: dict, prev_i2: float | None, period: Period
) -> ListSlide:
    """The active OPD of the set without an innovation this year, by name (`code`: the share
    of OPD with one, `i2` its scorecard row)."""
    lang, tahun = period.lang, period.tahun
    kicker = t("area_innovation", lang) + " — " + words.name(code, lang)
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


def summary_slide(opening, lang: str) -> SummarySlide:
    """The overview's opening as a slide (`opening`: a kinerja.views.ringkasan.Opening):
    the sentences, the import they compare with, and whom to follow up, cut to what fits
    with the whole list in the speaker notes."""
    items = [item.text() for item in opening.follow_up]
    limit = L.SUMMARY_FOLLOW_MAX
    shown = items if len(items) <= limit else items[: limit - 1]
    more = t("deck_more", lang, n=len(items) - len(shown)) if len(shown) < len(items) else ""
    heading = opening.heading if items else t("ringkasan_ui_slide_none", lang)
    return SummarySlide(
        title=t("ringkasan_ui_slide_title", lang),
        kicker=t("ringkasan_ui_slide_kicker", lang),
        subtitle=opening.compared,
        sentences=opening.sentences,
        follow_up_title=heading,
        follow_up=tuple(shown),
        more=more,
        notes=_lines(opening.compared, *opening.sentences, heading if items else "", *items),
    )
