"""Shared page components: KPI cards, the scorecard grid, rankings, tables and charts.

Pages call these with frames from kinerja.app; the components only render. Text from
the data (OPD names) goes through Streamlit's own escaping, never into raw HTML.
"""

from __future__ import annotations

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE, SCORECARD_CODES
from kinerja.ui import charts, drill
from kinerja.ui.charts import compare as compare_charts
from kinerja.ui.charts import layanan as layanan_charts
from kinerja.views import export
from kinerja.views.ringkasan import AREA_KEYS

# Names, short names, status words and colours, grades and who may be ranked are decided in
# kinerja.indicators.rules; these components only draw what it says.
name = rules.name
card_name = rules.short_name


def explain(code: str, lang: str) -> str:
    """The name, definition and regulation, for a hover or a click."""
    ind = BY_CODE[code]
    formula = ind.formula_id if lang == "id" else ind.formula_en
    return (
        f"**{name(code, lang)}**  \n**{t('definition', lang)}:** {formula}  \n"
        f"**{t('source', lang)}:** {ind.source} · `{code}`"
    )


def status_badge(verdict: rules.Verdict, lang: str) -> str:
    """The verdict as a coloured badge with its word (never colour alone)."""
    return f":{rules.status_badge(verdict.status)}-badge[{verdict.word(lang)}]"


def delta_text(code: str, now: float | None, before: float | None, lang: str) -> str | None:
    if now is None or before is None:
        return None
    diff = now - before
    unit = BY_CODE[code].unit
    # Streamlit reads the direction of the arrow from a leading ASCII "-"
    sign = "+" if diff > 0 else "-" if diff < 0 else ""
    value = fmt.indicator_value(abs(diff), unit, lang).rstrip("%")
    suffix = " poin" if unit == "pct" and lang == "id" else " pts" if unit == "pct" else ""
    return f"{sign}{value}{suffix}"


def kpi_card(
    row: dict,
    before: float | None,
    prev_year: int,
    lang: str,
    progress: bool,
    *,
    trend: list[float] | None = None,
    link: tuple[str, dict] | None = None,
) -> None:
    """One headline indicator: value, grade, status against target, change on last year.
    `progress`: the year is still running (rules.verdict then reads a growing count as
    progress); `before` is None where rules.comparable finds no fair comparison; `trend`
    draws a small line without axes under the value; with `link` (page, URL parameters)
    the card's title opens that page."""
    if link is None:
        _kpi_card(row, before, prev_year, lang, progress, trend, None)
        return
    with st.container(border=True, gap=None):
        _kpi_card(row, before, prev_year, lang, progress, trend, link)


def _kpi_card(row, before, prev_year, lang, progress, trend, link) -> None:
    code = row["kode"]
    ind = BY_CODE[code]
    polarity = ind.polarity
    unchanged = before is not None and row["nilai"] == before
    if link is not None:
        st.page_link(link[0], label=card_name(code, lang), query_params=link[1], help=explain(code, lang))
    st.metric(
        card_name(code, lang),
        fmt.indicator_value(row["nilai"], ind.unit, lang),
        delta=delta_text(code, row["nilai"], before, lang),
        delta_color="off"
        if polarity is None or unchanged
        else "inverse"
        if polarity == "lower"
        else "normal",
        delta_arrow="off" if unchanged else "auto",
        delta_description=t("vs_prev", lang, tahun=prev_year) if before is not None else None,
        help=None if link else explain(code, lang),
        border=link is None,
        label_visibility="collapsed" if link else "visible",
        chart_data=trend,
        chart_type="line",
    )
    extra = rules.grade_word(code, row.get("grade"), lang)
    verdict = rules.verdict(row, progress)
    if verdict.progress and row["target"]:  # the badge says how far; the target beside it
        target = fmt.indicator_value(row["target"], ind.unit, lang)
        line = f"{status_badge(verdict, lang)} {t('target', lang)} {target}"
    elif row["target"] is not None:
        line = (
            f"{status_badge(verdict, lang)} {t('target', lang)} "
            f"{fmt.indicator_value(row['target'], ind.unit, lang)} · {t('capaian', lang)} "
            f"{fmt.percent(row['capaian_pct'], 1, lang)}"
        )
    else:
        line = status_badge(verdict, lang)
    st.caption(" · ".join(p for p in (extra, line) if p))


def kpi_row(rows: dict, before: dict, codes, prev_year: int, lang: str, progress: bool) -> None:
    """Headline cards side by side: `rows` the scorecard rows by code, `before` last year's
    comparable values (kinerja.views: the page's cards)."""
    with st.container(horizontal=True):
        for code in codes:
            with st.container():
                kpi_card(rows[code], before.get(code), prev_year, lang, progress=progress)


def scorecard_grid(card: pl.DataFrame, lang: str, partial: bool) -> None:
    """Every indicator of the scorecard with its status colour, one column per 3W area
    (award levels are in the table and on the innovation page)."""
    rows = [r for r in card.iter_rows(named=True) if r["kode"] in SCORECARD_CODES]
    columns = st.columns(len(AREA_KEYS))
    for column, (area, key) in zip(columns, AREA_KEYS.items(), strict=True):
        with column:
            st.markdown(f"**{t(key, lang).split(' — ')[0]}**")
            for row in rows:
                ind = BY_CODE[row["kode"]]
                if ind.area != area:
                    continue
                value = fmt.indicator_value(row["nilai"], ind.unit, lang)
                badge = status_badge(rules.verdict(row, partial), lang)
                st.markdown(
                    f"{badge} {name(row['kode'], lang)}: **{value}**",
                    help=explain(row["kode"], lang),
                )


def download_table(frame: pl.DataFrame, name: str, lang: str, key: str) -> None:
    """XLSX and Excel-ready CSV of a table, built only when a button is pressed."""
    with st.container(horizontal=True):
        st.download_button(
            "XLSX",
            data=lambda: export.to_xlsx(frame, name[:31]),
            file_name=f"{name}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key=f"xlsx_{key}",
            icon=":material/download:",
            on_click="ignore",
        )
        st.download_button(
            "CSV",
            data=lambda: export.to_csv(frame),
            file_name=f"{name}.csv",
            mime="text/csv",
            key=f"csv_{key}",
            icon=":material/download:",
            on_click="ignore",
        )


def chart(fig, filename: str) -> None:
    """A Plotly figure; its camera button downloads it as PNG."""
    st.plotly_chart(fig, config=charts.config(filename), theme=None)


def side_by_side(*figures: tuple) -> None:
    """Charts in equal columns, each given as (figure, PNG filename)."""
    for column, (fig, filename) in zip(st.columns(len(figures)), figures, strict=True):
        with column:
            chart(fig, filename)


def listing(frame: pl.DataFrame, filename: str, lang: str, key: str) -> None:
    """A list to act on, at most 15 rows high (it scrolls beyond), with its downloads."""
    height = 35 * (min(frame.height, 15) + 1) + 3
    st.dataframe(frame, hide_index=True, width="stretch", height=height)
    download_table(frame, filename, lang, key=key)


def expander_table(model, lang: str) -> None:
    """A views table (label_key, frame, filename) in an expander: numbers written the
    language's way on screen, real numbers in the download."""
    if model is None:
        return
    with st.expander(t(model.label_key, lang)):
        st.dataframe(export.for_screen(model.frame, lang), hide_index=True, width="stretch")
        download_table(model.frame, model.filename, lang, key=model.label_key)


def opd_bars(model, lang: str) -> bool:
    """A page's ranking model (ranked, labels, title, text, hover; the region's target as
    `reference` where one compares) as the one ranking chart, or why there is none."""
    kept = model.ranked.frame

    def draw():
        fig = charts.ranking(
            model.labels,
            kept["nilai"].to_list(),
            kept["status"].to_list(),
            title=model.title,
            lang=lang,
            hover=model.hover,
            own_targets=kept["target"].to_list(),
            reference=model.reference,
            reference_label=model.reference_label,
            text=model.text,
            x_range=model.x_range,
            keys=kept["kode_opd"].to_list(),
            suffix=model.suffix,
        )
        return layanan_charts.mutu_lines(fig) if model.mutu_lines else fig

    drawn = ranking(model.ranked, draw, model.filename, lang)
    if drawn and model.caption:
        st.caption(model.caption)
    return drawn


def ranking(ranked: rules.Ranked, draw, filename: str, lang: str) -> bool:
    """A ranking as rules.rankable decided it: the chart `draw()` builds when at least
    rules.MIN_RANKED OPD may be ranked and their values differ, else a sentence saying why
    (or that they are all equal); below it, how many OPD were left out for too little data.
    Returns whether the chart was drawn."""
    values = ranked.frame["nilai"] if "nilai" in ranked.frame.columns else None
    equal = ranked.enough and values is not None and values.n_unique() == 1
    drawn = ranked.enough and not equal
    if drawn:
        drill.ranking_chart(draw(), filename, lang)
    elif equal:  # bars all of one length compare nothing: the sentence says it
        value = fmt.indicator_value(values[0], BY_CODE[ranked.code].unit, lang)
        st.info(t("ranking_all_equal", lang, indikator=name(ranked.code, lang), n=values.len(), nilai=value))
    else:
        st.info(ranked.why_not(lang))
    if note := ranked.left_out_note(lang):
        st.caption(note)
    return drawn


def url_choice(param: str, options, label: str, lang: str, segmented: bool = False) -> str:
    """A page's own choice kept in the URL as `param` (contract section 4), so a copied link
    reopens it: the URL wins when it names an option this session has not shown yet (a shared
    link, the back button); otherwise the widget's own choice stays. The first option, the
    default, leaves the URL clean."""
    options = list(options)
    key, seen = f"pilih_{param}", f"_pilih_{param}_url"
    state = st.session_state
    asked = st.query_params.get(param)
    if asked in options and asked != state.get(seen):
        state[key] = asked
    elif state.get(key) not in options:
        state[key] = options[0]
    fmt_name = lambda c: name(c, lang)  # noqa: E731
    if segmented:
        value = st.segmented_control(label, options, key=key, required=True, format_func=fmt_name)
    else:
        value = st.selectbox(label, options, key=key, format_func=fmt_name)
    state[seen] = value
    if value == options[0]:
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get(param) != value:
        st.query_params[param] = value
    return value


def compare_by(area: str, label: str, lang: str) -> str:
    """The indicator OPD are compared on (the area's rankable ones), in the URL as `banding`."""
    return url_choice("banding", rules.rankable_codes(area), label, lang, segmented=True)


def partial_year_notice(tahun: int, as_of, month: int | None, lang: str, compact: bool = False) -> None:
    """What a running year is compared with, said once at the top of a page; `compact`: a
    caption instead of a box (the overview's first screen holds its summary too)."""
    if not month:
        return
    text = t(
        "partial_year", lang, tahun=tahun, tanggal=fmt.date(as_of, lang), bulan=fmt.month_name(month, lang)
    )
    if compact:
        st.caption(f":material/info: {text}")
    else:
        st.info(text)


def trend(model, area: str, lang: str) -> None:
    """A kinerja.views.compare.Trend as its chart, with the indicator's definition below."""
    fig = compare_charts.year_trend(
        model.frame, title=model.title, lang=lang, unit=model.unit, name=model.label, area=area
    )
    chart(fig, model.filename)
    if model.code:
        st.caption(explain(model.code, lang))


def opd_ranking(model, lang: str) -> bool:
    """A kinerja.views.compare.Ranking as the one ranking chart (or why there is none)."""
    return ranking(
        model.ranked,
        lambda: compare_charts.opd_bars(
            model.ranked.frame,
            title=model.title,
            lang=lang,
            unit=model.unit,
            reference=model.reference,
            reference_label=model.reference_label,
            text=model.text,
        ),
        model.filename,
        lang,
    )


def table(model, lang: str, key: str) -> None:
    """A kinerja.views.compare.Table formatted in its units, with its downloads."""
    st.dataframe(model.shown(lang), hide_index=True, width="stretch")
    download_table(model.frame, model.filename, lang, key=key)
