"""Helpers of the Profil OPD page (and the kind-of-OPD labels both innovation and profile
pages use): which OPD the URL asks for, ranks among peers, trend findings. Every value
comes from queries/ through kinerja.app; ranking only orders those values."""

from __future__ import annotations

import polars as pl

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE

# Shown as KPI cards: the Work headlines, then the key number of each other area.
HEADLINES = (
    rules.headlines("work"),
    tuple(rules.headlines(area)[0] for area in ("workforce", "workplace", "innovation")),
)
# Trends beside the region's value for the ratios and means among those (a count of one OPD
# has no comparable region value, so it gets no trend).
TRENDS = tuple(c for line in HEADLINES for c in line if BY_CODE[c].rankable and not BY_CODE[c].is_count)


def jenis_label(jenis: str | None, lang: str) -> str:
    return t(f"profil_jenis_{jenis}", lang) if jenis else fmt.DASH


def choose(asked: str | None, known: list[str], state: dict, selection: list[str]) -> tuple[str, str | None]:
    """The OPD to profile and, when the URL named an unknown code, that code (for a notice).

    The URL wins when it names an OPD this session has not shown yet (a shared link, the
    back button); otherwise the selectbox's own choice stays, unless the sidebar's
    selection changed and no longer holds it. With nothing chosen: the selection's first OPD.
    """
    default = selection[0]
    current = state.get("profil_pilih")
    if asked is not None and (asked != state.get("_profil_url") or current is None):
        return (asked, None) if asked in known else (default, asked)
    if current in known and (state.get("_profil_sel") == tuple(selection) or current in selection):
        return current, None
    return default, None


def peer_ranks(values: pl.DataFrame, sizes: pl.DataFrame, code_opd: str) -> dict[str, tuple]:
    """For each indicator with a polarity: (rank or None, OPD ranked, OPD left out for too
    little data). Rank 1 is the best; ties share the better rank (1, 1, 3); no rank where
    the OPD has no value, too little data, or every peer has the same value."""
    ranks = {}
    for code in values["kode"].unique(maintain_order=True):
        polarity = BY_CODE[code].polarity
        if polarity is None:
            continue
        frame = values.filter(pl.col("kode") == code).select("kode_opd", "nilai")
        ranked = rules.rankable(frame, sizes, code)
        kept, left_out = ranked.frame, ranked.left_out
        mine = kept.filter(pl.col("kode_opd") == code_opd)["nilai"]
        # where every peer has the same value (often 0 awards) a rank says nothing
        if mine.is_empty() or kept["nilai"].n_unique() < 2:
            ranks[code] = (None, kept.height, left_out)
            continue
        better = kept["nilai"] < mine[0] if polarity == "lower" else kept["nilai"] > mine[0]
        ranks[code] = (int(better.sum()) + 1, kept.height, left_out)
    return ranks


def rank_text(rank: tuple | None, lang: str) -> str:
    if rank is None:
        return fmt.DASH
    position, ranked, _ = rank
    if position is None or ranked < rules.MIN_RANKED:
        return fmt.DASH
    return t("profil_rank_of", lang, rank=position, n=ranked)


def trend_title(code: str, mine: float | None, region: float | None, tahun: int, lang: str) -> str:
    """The finding of one trend chart: the year's value and how far from the region."""
    ind = BY_CODE[code]
    label = rules.name(code, lang)
    if mine is None:
        return t("profil_trend_none", lang, indikator=label, tahun=tahun)
    value = fmt.indicator_value(mine, ind.unit, lang)
    if region is None:
        return t("profil_trend_plain", lang, indikator=label, tahun=tahun, nilai=value)
    diff = mine - region
    amount = fmt.indicator_value(abs(diff), ind.unit, lang).rstrip("%")
    if ind.unit == "pct":
        amount = t("profil_points", lang, d=amount)
    if abs(diff) < 0.05:
        key = "profil_trend_same"
    else:
        key = "profil_trend_above" if diff > 0 else "profil_trend_below"
    return t(key, lang, indikator=label, tahun=tahun, nilai=value, selisih=amount)
