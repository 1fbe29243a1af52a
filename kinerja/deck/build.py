"""Compute the deck once from the core: every number through kinerja.indicators.metrics and queries/.

`build(con, selection, tahun, lang)` returns a kinerja.deck.model.Deck that both
renderers (and a presenter mode) draw without touching the database again.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from kinerja.deck import slides
from kinerja.deck.model import Deck, ListSlide, RankingSlide
from kinerja.deck.words import Period, counted
from kinerja.i18n import t
from kinerja.indicators import metrics
from kinerja.indicators.filters import Selection

RANKED = "W3_tepat_waktu_pct"
MIN_PERMOHONAN = 30  # fewer applications make an on-time share too noisy to rank (as the dashboard)
TREND_YEARS = 5
JENIS_LABELS = {"rsud": "RSUD", "satpol_pp": "Satpol PP"}


def build(
    con,
    selection: Selection,
    tahun: int,
    lang: str = "id",
    named_opd: list[str] | tuple[str, ...] = (),
    jenis: list[str] | tuple[str, ...] = (),
) -> Deck:
    """The deck for one year and one OPD set; `named_opd` and `jenis` are the filters as
    given (for the title slide), `selection` what they resolved to (kinerja.filters)."""
    opds = metrics.run(con, "opd")
    names = dict(zip(opds["kode_opd"], opds["nama_opd"], strict=True))
    wilayah = _wilayah(con)
    as_of = freshness(con, tahun)
    latest = metrics.run(con, "tahun_terakhir")["tahun"][0]
    period = Period(tahun, lang, partial_month(as_of, latest))

    rows = {r["kode"]: r for r in metrics.scorecard(con, selection, tahun).iter_rows(named=True)}
    before = metrics.scorecard(con, selection, tahun - 1, period.partial_month)
    prev = dict(zip(before["kode"], before["nilai"], strict=True))
    trend = _trend(con, selection, tahun)

    deck_slides = [
        slides.title_slide(
            wilayah,
            period,
            _filter_lines(selection, named_opd, jenis, names, lang),
            as_of,
            [names[c] for c in selection.opd] if selection.filtered else [],
        ),
        slides.scorecard_slide(rows, prev, period),
        *(slides.area_slide(a, rows, prev, trend[a], period) for a in ("work", "workforce", "workplace")),
        slides.innovation_slide(
            rows, prev, metrics.run(con, "inovasi_tahapan", opd=selection.opd, tahun=tahun), period
        ),
        _ranking(con, selection, tahun, rows, names, period),
        _without_innovation(con, selection, tahun, opds, rows, prev, period),
    ]
    return Deck(
        lang=lang,
        tahun=tahun,
        wilayah=wilayah,
        footer=f"{wilayah} · {tahun}",
        slides=tuple(deck_slides),
    )


def _wilayah(con) -> str:
    info = metrics.run(con, "wilayah")
    return info["nama_wilayah"][0] if info.height else "Kinerja"


def freshness(con, tahun: int) -> dt.date | None:
    """The latest date loaded in the year ("data per …")."""
    dates = [d for d in metrics.run(con, "kesegaran", tahun=tahun)["tanggal_terakhir"] if d is not None]
    return max(dates) if dates else None


def partial_month(as_of: dt.date | None, latest: int | None) -> int | None:
    """The last month of a year still running: its data stop before 31 December and no
    later year has data (a year whose last application came on 30 December is complete
    once the next year has begun)."""
    if as_of is None or (as_of.month, as_of.day) == (12, 31) or (latest is not None and as_of.year < latest):
        return None
    return as_of.month


def _trend(con, selection: Selection, tahun: int) -> dict[str, dict[int, float | None]]:
    """Each W's key indicator over the last years that have data, up to `tahun`."""
    years = [y for y in metrics.run(con, "tahun_data")["tahun"] if y <= tahun]
    first = max(min(years, default=tahun), tahun - TREND_YEARS + 1)
    keys = {area: slides.HEADLINES[area][0] for area in ("work", "workforce", "workplace")}
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
        kinds = ", ".join(JENIS_LABELS.get(j, j.replace("_", " ").title()) for j in dict.fromkeys(jenis))
        lines.append(t("deck_filter_jenis", lang, jenis=kinds))
    if named_opd and n <= 3:  # the names say how many
        lines.append(counted("deck_filter_opd", n, lang, names=", ".join(names[c] for c in selection.opd)))
    else:
        lines.append(counted("deck_filter_count", n, lang, n=n))
    return tuple(lines)


def _ranking(con, selection, tahun, rows, names, period) -> RankingSlide:
    rank = metrics.ranking(con, RANKED, selection.opd, tahun)
    sizes = metrics.run(con, "ukuran_kelompok", opd=selection.opd, tahun=tahun, sampai_bulan=None)
    valued = rank.filter(pl.col("nilai").is_not_null())
    ranked = (
        valued.join(sizes.select("kode_opd", pl.col("permohonan").alias("n")), on="kode_opd")
        .filter(pl.col("n") >= MIN_PERMOHONAN)
        .with_columns(nama_opd=pl.col("kode_opd").replace_strict(names))
        .sort(["nilai", "nama_opd"], descending=[True, False])
    )
    return slides.ranking_slide(
        RANKED, ranked, valued.height - ranked.height, MIN_PERMOHONAN, rows[RANKED], period
    )


def _without_innovation(con, selection, tahun, opds, rows, prev, period) -> ListSlide:
    counts = metrics.values(con, opd=selection.opd, tahun_dari=tahun, per_opd=True, codes=["I1_inovasi"])
    active = counts.join(opds, on="kode_opd").filter(pl.col("aktif"))
    missing = active.filter(pl.col("nilai") == 0).sort("nama_opd")["nama_opd"].to_list()
    code = "I2_opd_berinovasi_pct"
    return slides.list_slide(missing, active.height, rows[code], prev.get(code), period)
