"""The overview (dashboard.py) and the deck's summary slide, computed once from frames and
objects the app layer fetched (as kinerja.deck.build does for the deck); the page only lays
them out. No Streamlit, no SQL: every verdict comes from kinerja.indicators.rules.

- `build`, `leaders`: the scorecard model (fair comparisons, running year, headlines,
  heading) and the leaders ranking with its reference and download table.
- `opening`: the summary of kinerja.indicators.ringkasan in words — its sentences, which
  import they compare with, the follow-up list (names and reasons, not codes).
- `monthly_trend`, `yearly_trend`: the KPI cards' small lines.
- `scorecard_table`: the scorecard as a readable table (the overview, the OPD profile and the
  province page show it; planners download it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.kalimat import MAX_SENTENCES
from kinerja.indicators.registry import BY_CODE
from kinerja.views import compare

AREAS = ("work", "workforce", "workplace", "innovation")
TREND_MONTHS = 12
TREND_YEARS = 5

AREA_KEYS = {  # the 3W areas' names in kinerja.i18n
    "work": "area_work",
    "workforce": "area_workforce",
    "workplace": "area_workplace",
    "innovation": "area_innovation",
}


def scorecard_table(card: pl.DataFrame, lang: str, partial: bool = False) -> pl.DataFrame:
    """The scorecard as a readable table (also what a planner downloads); `partial`: the year
    is still running (rules.verdict then reads a growing count as progress)."""
    rows = []
    for row in card.iter_rows(named=True):
        ind = BY_CODE[row["kode"]]
        rows.append(
            {
                t("area", lang): t(AREA_KEYS[ind.area], lang).split(" — ")[0],
                t("indicator", lang): rules.name(row["kode"], lang),
                t("value", lang): fmt.indicator_value(row["nilai"], ind.unit, lang),
                t("target", lang): fmt.indicator_value(row["target"], ind.unit, lang)
                if row["target"] is not None
                else fmt.DASH,
                t("capaian", lang): fmt.percent(row["capaian_pct"], 1, lang),
                t("status", lang): rules.verdict(row, partial).word(lang),
            }
        )
    return pl.DataFrame(rows)


@dataclass(frozen=True)
class Overview:
    rows: dict[str, dict]  # scorecard rows by code
    before: dict[str, float | None]  # the previous values a fair comparison allows
    running: bool  # the year is still running: growing counts are progress
    has_data: bool
    headlines: dict[str, tuple[str, ...]]  # area -> its headline codes, key first
    heading: str  # "Kartu skor 3W: 5 dari 9 …", or that no target applies
    heading_note: str  # why no target applies ("" when some do)


@dataclass(frozen=True)
class Leaders:
    """The ranking on the indicator the reader chose (below the scorecard, so built apart)."""

    ranked: rules.Ranked  # best first, with names
    reference: float | None  # the region's target across the ranking, where it compares

    def table(self, lang: str) -> pl.DataFrame:
        """The ranked OPD as downloaded: name, value, own target, status in words, data behind."""
        frame = self.ranked.frame
        return frame.select(
            pl.col("nama_opd").alias(t("opd_name", lang)),
            pl.col("nilai").alias(t("value", lang)),
            pl.col("target").alias(t("target", lang)),
            pl.col("status")
            .map_elements(lambda s: rules.status_word(s, lang), return_dtype=pl.String, skip_nulls=False)
            .alias(t("status", lang)),
            *([pl.col("n").alias(t("group_size", lang))] if self.ranked.basis else []),
        )


def build(card: pl.DataFrame, before: pl.DataFrame, partial_month: int | None, lang: str) -> Overview:
    """`card` and `before`: the selection's scorecards of the year and the year before (over
    the same months when the year runs)."""
    running = partial_month is not None
    rows = {r["kode"]: r for r in card.iter_rows(named=True)}
    met, judged = rules.scorecard_count(rows.values(), running)
    return Overview(
        rows=rows,
        before=rules.comparable(dict(zip(before["kode"], before["nilai"], strict=True)), partial_month),
        running=running,
        has_data=rules.year_has_data(rows),
        headlines={area: rules.headlines(area) for area in AREAS},
        heading=rules.scorecard_heading(met, judged, lang),
        heading_note=rules.scorecard_note(judged, lang),
    )


def leaders(
    code: str,
    ranking: pl.DataFrame,
    sizes: pl.DataFrame,
    names: pl.DataFrame,
    targets: pl.DataFrame,
    tahun: int,
    running: bool = False,
) -> Leaders:
    """`ranking`: metrics.ranking of `code`; `sizes`: queries/ukuran_kelompok.sql; `targets`:
    queries/target.sql over the year; `running`: a growing count is then progress, no verdict."""
    with_names = ranking.join(names, on="kode_opd", how="left", maintain_order="left")
    ranked = rules.rankable(with_names, sizes, code, running)
    return Leaders(ranked=ranked, reference=compare.region_target(code, targets, tahun))


# --- the opening: what changed since the latest import, whom to follow up ---------------


@dataclass(frozen=True)
class FollowUp:
    """One OPD of `kejar` in words: its name, its red indicators by name, and why."""

    kode_opd: str
    nama: str
    reasons: tuple[str, ...]  # "Tertinggal: Kepuasan (IKM)", "2 bulan tanpa permohonan", ...

    def text(self) -> str:
        return f"{self.nama} — {' · '.join(self.reasons)}"


@dataclass(frozen=True)
class Opening:
    sentences: tuple[str, ...]  # at most five, most important first
    compared: str  # which import the sentences compare with, and when it came
    follow_up: tuple[FollowUp, ...]
    heading: str  # "Perlu ditindaklanjuti (23 OPD)"


def opening(summary: dict, names: dict[str, str], lang: str) -> Opening:
    """`summary`: the object of kinerja.indicators.ringkasan.summarize (contract section 5)
    in `lang`; `names`: kode_opd -> nama_opd."""
    items = tuple(follow_up(item, names, summary["tahun"], lang) for item in summary["kejar"])
    return Opening(
        sentences=tuple(summary["kalimat"][:MAX_SENTENCES]),
        compared=compared_line(summary["impor"], lang),
        follow_up=items,
        heading=t("ringkasan_ui_kejar_heading", lang, n=fmt.number(len(items), 0, lang)),
    )


def follow_up(item: dict, names: dict[str, str], tahun: int, lang: str) -> FollowUp:
    reasons = []
    if item["merah"]:
        shown = ", ".join(rules.short_name(c, lang) for c in item["merah"])
        reasons.append(f"{rules.status_word('merah', lang)}: {shown}")
    if item["bulan_kosong"]:
        key = "ringkasan_ui_months_one" if item["bulan_kosong"] == 1 else "ringkasan_ui_months"
        reasons.append(t(key, lang, n=fmt.number(item["bulan_kosong"], 0, lang)))
    if item["tanpa_inovasi"]:
        reasons.append(t("ringkasan_ui_no_innovation", lang, tahun=tahun))
    return FollowUp(item["kode_opd"], names.get(item["kode_opd"], item["kode_opd"]), tuple(reasons))


def import_time(stamp: str | None, lang: str) -> str:
    """`2026-11-30T10:02:11+07:00` -> `30 Nov 2026 10.02` (en: `10:02`), in the stamp's own zone."""
    if not stamp:
        return fmt.DASH
    moment = dt.datetime.fromisoformat(stamp)
    clock = moment.strftime("%H.%M" if lang == "id" else "%H:%M")
    return f"{fmt.date(moment.date(), lang)} {clock}"


def compared_line(impor: dict, lang: str) -> str:
    """Which import the changes are measured against (the one that made the state a
    rollback would restore) and when the latest came."""
    now, before = impor.get("sekarang"), impor.get("sebelumnya")
    if now is None:
        return t("ringkasan_ui_no_import", lang)
    if before is None:
        return t("ringkasan_ui_first_import", lang, sekarang=import_time(now, lang))
    return t(
        "ringkasan_ui_compared", lang, sebelumnya=import_time(before, lang), sekarang=import_time(now, lang)
    )


# --- the KPI cards' trend lines ------------------------------------------------------------


def monthly_trend(frame: pl.DataFrame, code: str, tahun: int, last_month: int) -> list[float | None]:
    """`frame`: metrics.values(per_bulan=True) long (tahun, bulan, kode, nilai) over `tahun`
    and the year before; the 12 months ending with `last_month` of `tahun`."""
    end = tahun * 12 + last_month - 1
    wanted = [(m // 12, m % 12 + 1) for m in range(end - TREND_MONTHS + 1, end + 1)]
    part = frame.filter(pl.col("kode") == code)
    found = {(y, b): v for y, b, v in part.select("tahun", "bulan", "nilai").iter_rows()}
    return [found.get(key) for key in wanted]


def yearly_trend(
    frame: pl.DataFrame, code: str, tahun: int, years_with_data: list[int], running: bool
) -> list[float | None]:
    """`frame`: metrics.values long (tahun, kode, nilai); the years with data up to `tahun`,
    at most five. A count still growing through a running year leaves that year out: its
    line would fall at the end for no other reason than the months still to come."""
    last = tahun - 1 if rules.in_progress(code, running) else tahun
    years = sorted(y for y in years_with_data if last - TREND_YEARS < y <= last)
    part = frame.filter(pl.col("kode") == code)
    found = dict(zip(part["tahun"], part["nilai"], strict=True))
    return [found.get(y) for y in years]


def drawable(points: list[float | None]) -> list[float] | None:
    """The points a sparkline can draw (gaps left out); None when fewer than two remain."""
    kept = [float(p) for p in points if p is not None]
    return kept if len(kept) >= 2 else None
