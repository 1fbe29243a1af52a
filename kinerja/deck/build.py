"""Compute the deck once from the core: every number through kinerja.indicators.metrics and queries/.

`build(con, selection, tahun, lang)` returns a kinerja.deck.model.Deck that both
renderers (and a presenter mode) draw without touching the database again.
"""

from __future__ import annotations

from dataclasses import replace

import polars as pl

from kinerja.deck import slides
from kinerja.deck.model import Deck, ListSlide, RankingSlide
from kinerja.deck.words import Period, counted
from kinerja.i18n import t
from kinerja.indicators import metrics, rules
from kinerja.indicators.filters import Selection
from kinerja.indicators.registry import BY_CODE
from kinerja.views.ringkasan import opening

# The ranking slide compares OPD on the Work headline that stands on applications (on-time
# completion): every OPD with services has it, unlike the survey or a yearly record.
RANKED = next(c for c in rules.headlines("work") if BY_CODE[c].basis == "permohonan" and BY_CODE[c].rankable)
TREND_YEARS = 5


def build(
    con,
    selection: Selection,
    tahun: int,
    lang: str = "id",
    named_opd: list[str] | tuple[str, ...] = (),
    jenis: list[str] | tuple[str, ...] = (),
    summary: dict | None = None,
) -> Deck:
    """The deck for one year and one OPD set; `named_opd` and `jenis` are the filters as
    given (for the title slide), `selection` what they resolved to (kinerja.filters).
    `summary`: kinerja.indicators.ringkasan.summarize for the same filters and language;
    with it, a summary slide follows the title and its sentences open the scorecard's notes."""
    opds = metrics.run(con, "opd")
    names = dict(zip(opds["kode_opd"], opds["nama_opd"], strict=True))
    wilayah = _wilayah(con)
    as_of = metrics.freshness(con, tahun)
    period = Period(tahun, lang, metrics.running_month(con, tahun))

    rows = {r["kode"]: r for r in metrics.scorecard(con, selection, tahun).iter_rows(named=True)}
    before = metrics.scorecard(con, selection, tahun - 1, period.partial_month)
    prev = rules.comparable(dict(zip(before["kode"], before["nilai"], strict=True)), period.partial_month)
    trend = _trend(con, selection, tahun)
    found = opening(summary, names, lang) if summary else None

    deck_slides = [
        slides.title_slide(
            rules.selection_title(
                wilayah,
                selection.opd,
                names,
                filtered=selection.filtered,
                jenis=jenis,
                named_opd=named_opd,
                lang=lang,
            ),
            period,
            _filter_lines(selection, named_opd, jenis, names, lang),
            as_of,
            [names[c] for c in selection.opd] if selection.filtered else [],
        ),
        *([slides.summary_slide(found, lang)] if found else []),
        _noted(slides.scorecard_slide(rows, prev, period), found.sentences if found else ()),
        *(slides.area_slide(a, rows, prev, trend[a], period) for a in ("work", "workforce", "workplace")),
        slides.innovation_slide(
            rows, prev, metrics.run(con, "inovasi_tahapan", opd=selection.opd, tahun=tahun), period
        ),
        _ranking(con, selection, tahun, rows, names, period, region_target(con, tahun)),
        _without_innovation(con, selection, tahun, opds, rows, prev, period),
    ]
    return Deck(
        lang=lang,
        tahun=tahun,
        wilayah=wilayah,
        footer=f"{wilayah} · {tahun}",
        slides=tuple(deck_slides),
    )


def _noted(slide, sentences) -> object:
    """The scorecard with the summary's sentences first in its speaker notes: the presenter
    says what changed while the room reads the table."""
    return replace(slide, notes="\n".join([*sentences, slide.notes])) if sentences else slide


def _wilayah(con) -> str:
    info = metrics.run(con, "wilayah")
    return info["nama_wilayah"][0] if info.height else "Kinerja"


def region_target(con, tahun: int) -> float | None:
    """The region-wide target of the ranked indicator, drawn across the ranking."""
    rows = metrics.targets(con, tahun).filter(
        (pl.col("kode_indikator") == RANKED) & pl.col("kode_opd").is_null()
    )["nilai_target"]
    return rules.reference_target(RANKED, float(rows[0]) if rows.len() else None)


def _trend(con, selection: Selection, tahun: int) -> dict[str, dict[int, float | None]]:
    """Each W's key indicator over the last years that have data, up to `tahun`."""
    years = [y for y in metrics.run(con, "tahun_data")["tahun"] if y <= tahun]
    first = max(min(years, default=tahun), tahun - TREND_YEARS + 1)
    keys = {area: rules.headlines(area)[0] for area in ("work", "workforce", "workplace")}
    frame = metrics.values(
        con, opd=selection.opd, tahun_dari=first, tahun_sampai=tahun, codes=list(keys.values())
    )
    return {
        area: {
            y: v
            for _, y, v in frame.filter(pl.col("kode") == code).select("kode", "tahun", "nilai").iter_rows()
        }
        for area, code in keys.items()
    }


def _filter_lines(selection, named_opd, jenis, names, lang) -> tuple[str, ...]:
    if not selection.filtered:
        return (t("deck_filter_all", lang, n=len(selection.opd)),)
    lines = []
    n = len(selection.opd)
    if jenis:
        kinds = ", ".join(rules.kind_label(j, lang) for j in dict.fromkeys(jenis))
        lines.append(t("deck_filter_jenis", lang, jenis=kinds))
    if named_opd and n <= 3:  # the names say how many
        lines.append(counted("deck_filter_opd", n, lang, names=", ".join(names[c] for c in selection.opd)))
    else:
        lines.append(counted("deck_filter_count", n, lang, n=n))
    return tuple(lines)


def _ranking(con, selection, tahun, rows, names, period, reference) -> RankingSlide:
    rank = metrics.ranking(con, RANKED, selection.opd, tahun).with_columns(
        nama_opd=pl.col("kode_opd").replace_strict(names)
    )
    sizes = metrics.run(con, "ukuran_kelompok", opd=selection.opd, tahun=tahun, sampai_bulan=None)
    return slides.ranking_slide(rules.rankable(rank, sizes, RANKED), rows[RANKED], period, reference)


def _without_innovation(con, selection, tahun, opds, rows, prev, period) -> ListSlide:
    count, code = rules.headlines("innovation")[:2]  # innovations; share of OPD with one
    counts = metrics.values(con, opd=selection.opd, tahun_dari=tahun, per_opd=True, codes=[count])
    active = counts.join(opds, on="kode_opd").filter(pl.col("aktif"))
    missing = active.filter(pl.col("nilai") == 0).sort("nama_opd")["nama_opd"].to_list()
    return slides.list_slide(missing, active.height, code, rows[code], prev.get(code), period)
