"""The Profil OPD page's numbers and findings (build, as kinerja.deck.build does for the
deck; pages/profil_opd.py only lays them out), and the kind-of-OPD labels both innovation and
profile pages use: which OPD the URL asks for, its peers and ranks among them, trend
findings. Every value comes from queries/ through kinerja.ui.app; every verdict from
kinerja.indicators.rules; ranking only orders those values."""

from __future__ import annotations

from dataclasses import dataclass

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


def choose(
    asked: str | None, known: list[str], state: dict, selection: list[str], first: str | None = None
) -> tuple[str, str | None]:
    """The OPD to profile and, when the URL named an unknown code, that code (for a notice).

    The URL wins when it names an OPD this session has not shown yet (a shared link, the
    back button); otherwise the selectbox's own choice stays, unless the sidebar's
    selection changed and no longer holds it. With nothing chosen: `first` (the OPD most in
    need of follow-up) when it is in the selection, else the selection's first OPD.
    """
    default = first if first in selection else selection[0]
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


def peers(opds: pl.DataFrame, code: str) -> tuple[str, ...]:
    """The OPD an agency is ranked among: the active ones of its kind, and itself."""
    kind = opds.filter(pl.col("kode_opd") == code)["jenis_opd"][0]
    same = opds.filter(pl.col("aktif") & (pl.col("jenis_opd") == kind))["kode_opd"]
    return tuple(sorted(set(same) | {code}))


@dataclass(frozen=True)
class Trend:
    """One indicator of the OPD beside the whole region's, a value a year."""

    code: str
    ours: list
    region: list
    targets: list  # the OPD's own target each year
    title: str


@dataclass(frozen=True)
class Profile:
    lead: str  # "Dinas · 2025 · ranked among 12 OPD of its kind"
    inactive: str | None  # a warning when the OPD is no longer active
    card: pl.DataFrame  # its scorecard against its own targets
    rows: dict[str, dict]  # the same by code
    before: dict[str, float | None]  # last year's values a fair comparison allows
    running: bool
    no_data: str | None  # a warning when the year has no data for it
    heading: str  # "5 of 9 indicators with a target met", or that none applies
    rank_column: list[str]  # per scorecard row: "2 of 12" or a dash
    region_column: list[str]  # per scorecard row: the whole region's value
    table_caption: str
    trends: tuple[Trend, ...]  # only indicators with some value over the years
    trends_missing: str  # which trends have no value at all ("" when none)
    # why it needs follow-up, in the overview's words ("10 bulan tanpa permohonan · tanpa
    # inovasi 2026"); None when it does not
    follow_up: str | None = None


def build(
    *,
    me: dict,
    peer_codes: tuple[str, ...],
    card: pl.DataFrame,
    before: pl.DataFrame,
    region_card: pl.DataFrame,
    peer_values: pl.DataFrame,
    sizes: pl.DataFrame,
    years: list[int],
    mine: pl.DataFrame,
    whole: pl.DataFrame,
    target_cards: dict[int, pl.DataFrame],
    tahun: int,
    partial_month: int | None,
    lang: str,
    kejar: list[dict] | tuple = (),
) -> Profile:
    """`me`: the OPD's row of queries/opd.sql; `card`, `before`: its own scorecard of the year
    and the year before (over the same months when the year runs); `region_card`: the whole
    region's; `peer_values`, `sizes`: app.values(per_opd=True) and queries/ukuran_kelompok.sql
    of its peers; `mine`, `whole`: TRENDS over `years` for it and the region; `target_cards`:
    its scorecard of each of `years` (the target that applied); `kejar`: the overview's
    follow-up list of the selection (kinerja.indicators.ringkasan.follow_up)."""
    running = partial_month is not None
    code = me["kode_opd"]
    rows = {r["kode"]: r for r in card.iter_rows(named=True)}
    met, judged = rules.scorecard_count(rows.values(), running)
    region = dict(zip(region_card["kode"], region_card["nilai"], strict=True))
    ranks = peer_ranks(peer_values, sizes, code)
    left_out = max((r[2] for r in ranks.values()), default=0)
    floors = rules.floors()
    unranked = _unranked(len(peer_codes), lang)
    caption = (unranked[1] + " " if unranked else "") + t(
        "profil_table_caption",
        lang,
        min_p=floors["permohonan"],
        min_r=floors["responden"],
        min_a=floors["asn"],
        left_out=t("profil_left_out", lang, n=left_out, tahun=tahun) if left_out else "",
    )
    trends = []
    for c in TRENDS:
        ours, theirs = _series(mine, c), _series(whole, c)
        if all(x is None for x in ours.values()):
            continue
        goal = {y: dict(zip(f["kode"], f["target"], strict=True)).get(c) for y, f in target_cards.items()}
        trends.append(
            Trend(
                code=c,
                ours=[ours.get(y) for y in years],
                region=[theirs.get(y) for y in years],
                targets=[goal.get(y) for y in years],
                title=trend_title(c, ours.get(tahun), theirs.get(tahun), tahun, lang),
            )
        )
    shown = {tr.code for tr in trends}
    missing = [rules.name(c, lang) for c in TRENDS if c not in shown]
    return Profile(
        lead=t(
            "profil_lead_alone" if unranked else "profil_lead",
            lang,
            jenis=jenis_label(me["jenis_opd"], lang),
            tahun=tahun,
            n=len(peer_codes),
            sejenis=unranked[0] if unranked else "",
        ),
        inactive=None if me["aktif"] else t("profil_inactive", lang),
        card=card,
        rows=rows,
        before=rules.comparable(dict(zip(before["kode"], before["nilai"], strict=True)), partial_month),
        running=running,
        no_data=None if rules.year_has_data(rows) else t("profil_no_data", lang, tahun=tahun),
        heading=t("profil_table_head", lang, hijau=met, n=judged)
        if judged
        else t("profil_table_head_none", lang, tahun=tahun),
        rank_column=[rank_text(ranks.get(c), lang) for c in card["kode"]],
        region_column=[fmt.indicator_value(region[c], BY_CODE[c].unit, lang) for c in card["kode"]],
        table_caption=caption,
        trends=tuple(trends),
        trends_missing=t("profil_trends_missing", lang, daftar=", ".join(missing)) if missing else "",
        follow_up=_follow_up_line(kejar, me, tahun, lang),
    )


def _unranked(peers: int, lang: str) -> tuple[str, str] | None:
    """Why an OPD with `peers` active OPD of its kind (itself included) has no rank, for the
    lead and for the table's caption; None when it is ranked (rules.MIN_RANKED or more)."""
    if peers >= rules.MIN_RANKED:
        return None
    if peers < 2:
        return t("profil_alone_short", lang), t("profil_only_one", lang)
    few = dict(n=peers, min=rules.MIN_RANKED)
    return t("profil_too_few", lang, **few), t("profil_too_few_caption", lang, **few)


def _follow_up_line(kejar, me: dict, tahun: int, lang: str) -> str | None:
    item = next((k for k in kejar if k["kode_opd"] == me["kode_opd"]), None)
    if item is None:
        return None
    from kinerja.views import ringkasan

    return " · ".join(ringkasan.follow_up(item, {me["kode_opd"]: me["nama_opd"]}, tahun, lang).reasons)


def _series(frame: pl.DataFrame, code: str) -> dict:
    part = frame.filter(pl.col("kode") == code)
    return dict(zip(part["tahun"], part["nilai"], strict=True))
