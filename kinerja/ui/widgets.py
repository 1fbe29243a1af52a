"""Shared page components: KPI cards, the scorecard table, leaders and laggards.

Pages call these with frames from kinerja.app; the components only render. Text from
the data (OPD names) goes through Streamlit's own escaping, never into raw HTML.
"""

from __future__ import annotations

import os

import polars as pl
import streamlit as st

from kinerja import fmt
from kinerja.i18n import PREDIKAT_EN, t
from kinerja.indicators.registry import BY_CODE, MUTU_LABELS, SCORECARD_CODES
from kinerja.ui import charts
from kinerja.views import export

STATUS_BADGE = {"hijau": "green", "kuning": "orange", "merah": "red", None: "gray"}
AREA_KEYS = {
    "work": "area_work",
    "workforce": "area_workforce",
    "workplace": "area_workplace",
    "innovation": "area_innovation",
}
# Too few rows make a percentage meaningless; such OPD are not ranked.
MIN_GROUP = {
    "permohonan": int(os.environ.get("KINERJA_MIN_PERMOHONAN", 30)),
    "responden": int(os.environ.get("KINERJA_MIN_RESPONDEN", 10)),
}


def name(code: str, lang: str) -> str:
    ind = BY_CODE[code]
    return ind.name_id if lang == "id" else ind.name_en


# Labels for KPI cards, where four sit side by side: at 1280 px beside the sidebar a card's
# label holds about 18 characters before it is cut. The full name opens the card's help.
CARD_NAMES = {
    "W4_median_hari": ("Median lama (hari)", "Median days"),
    "W5_ikm": ("Kepuasan (IKM)", "Satisfaction (IKM)"),
    "F2_jp20_pct": ("ASN memenuhi 20 JP", "ASN with 20 JP"),
    "F3_jp_rata": ("Rata-rata JP", "Mean JP per ASN"),
    "F4_mutasi_pct": ("ASN dirotasi", "ASN rotated"),
    "P3_kerja_fleksibel_pct": ("Hari kerja fleksibel", "Flexible days"),
    "I2_opd_berinovasi_pct": ("OPD berinovasi", "OPD innovating"),
    "I5_penerapan_pct": ("Tahap penerapan", "Implemented"),
    "I4_inovasi_digital_pct": ("Inovasi digital", "Digital share"),
}


def card_name(code: str, lang: str) -> str:
    short = CARD_NAMES.get(code)
    return name(code, lang) if short is None else short[0 if lang == "id" else 1]


def explain(code: str, lang: str) -> str:
    """The name, definition and regulation, for a hover or a click."""
    ind = BY_CODE[code]
    formula = ind.formula_id if lang == "id" else ind.formula_en
    return (
        f"**{name(code, lang)}**  \n**{t('definition', lang)}:** {formula}  \n"
        f"**{t('source', lang)}:** {ind.source} · `{code}`"
    )


def grade_text(code: str, grade: str | None, lang: str) -> str:
    if grade is None:
        return ""
    if code == "W5_ikm":
        label = MUTU_LABELS[grade][0 if lang == "id" else 1]
        return t("mutu", lang, grade=grade, label=label)
    return t("predikat", lang, label=grade if lang == "id" else PREDIKAT_EN[grade])


def status_badge(status: str | None, lang: str) -> str:
    label = t(f"status_{status}" if status else "status_none", lang)
    return f":{STATUS_BADGE[status]}-badge[{label}]"


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
    """One headline indicator: value, grade, status against target, change on last year;
    `trend` draws a small line without axes under the value; with `link` (page, URL
    parameters) the card's title opens that page."""
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
        delta_description=t("vs_prev", lang, tahun=prev_year),
        help=None if link else explain(code, lang),
        border=link is None,
        label_visibility="collapsed" if link else "visible",
        chart_data=trend,
        chart_type="line",
    )
    extra = grade_text(code, row.get("grade"), lang)
    if progress and ind.accumulates and row["target"]:
        pct = fmt.percent(100 * (row["nilai"] or 0) / row["target"], 0, lang)
        line = t("progress", lang, pct=pct, target=fmt.indicator_value(row["target"], ind.unit, lang))
    elif row["target"] is not None:
        line = (
            f"{status_badge(row['status'], lang)} {t('target', lang)} "
            f"{fmt.indicator_value(row['target'], ind.unit, lang)} · {t('capaian', lang)} "
            f"{fmt.percent(row['capaian_pct'], 1, lang)}"
        )
    else:
        line = status_badge(None, lang)
    st.caption(" · ".join(p for p in (extra, line) if p))


def status_text(row: dict, lang: str, partial: bool) -> str:
    """Status in words; in a year not yet complete a count shows its progress instead,
    since 70% of an annual target by October is no failure."""
    ind = BY_CODE[row["kode"]]
    if partial and ind.accumulates and row["target"]:
        pct = fmt.percent(100 * (row["nilai"] or 0) / row["target"], 0, lang)
        return t("progress_short", lang, pct=pct)
    return t(f"status_{row['status']}" if row["status"] else "status_none", lang)


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
                progress = partial and ind.accumulates and row["target"]
                color = "blue" if progress else STATUS_BADGE[row["status"]]
                value = fmt.indicator_value(row["nilai"], ind.unit, lang)
                st.markdown(
                    f":{color}-badge[{status_text(row, lang, partial)}] {name(row['kode'], lang)}: **{value}**",
                    help=explain(row["kode"], lang),
                )


def scorecard_table(card: pl.DataFrame, lang: str, partial: bool = False) -> pl.DataFrame:
    """The scorecard as a readable table (also what a planner downloads)."""
    rows = []
    for row in card.iter_rows(named=True):
        ind = BY_CODE[row["kode"]]
        rows.append(
            {
                t("area", lang): t(AREA_KEYS[ind.area], lang).split(" — ")[0],
                t("indicator", lang): name(row["kode"], lang),
                t("value", lang): fmt.indicator_value(row["nilai"], ind.unit, lang),
                t("target", lang): fmt.indicator_value(row["target"], ind.unit, lang)
                if row["target"] is not None
                else fmt.DASH,
                t("capaian", lang): fmt.percent(row["capaian_pct"], 1, lang),
                t("status", lang): status_text(row, lang, partial),
            }
        )
    return pl.DataFrame(rows)


def rankable(rank: pl.DataFrame, sizes: pl.DataFrame, code: str) -> tuple[pl.DataFrame, int, str | None]:
    """Rows with enough data behind them to rank; also how many were left out and why."""
    query = BY_CODE[code].query
    basis = "permohonan" if query == "permohonan" else "responden" if query == "skm" else None
    frame = rank.filter(pl.col("nilai").is_not_null())
    if basis is None:
        return frame, 0, None
    enough = sizes.filter(pl.col(basis) >= MIN_GROUP[basis]).select("kode_opd", pl.col(basis).alias("n"))
    kept = frame.join(enough, on="kode_opd", how="inner")
    return kept, frame.height - kept.height, basis


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
