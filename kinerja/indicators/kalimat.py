"""The summary's sentences (`kalimat`, contract section 5): fixed templates over the numbers
of a kinerja.indicators.ringkasan.Summary, no language model, so the same data always
says the same thing.

At most five, the most important first: status changes since the latest import (worst
first), the pace of a running year's counts, the largest moves, then one sentence on
whom to follow up. Words live in kinerja/text/ringkasan.py; numbers go through kinerja.fmt.
"""

from __future__ import annotations

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.pace import rounded
from kinerja.indicators.registry import BY_CODE, SCORECARD_CODES

MAX_SENTENCES = 5
MAX_STATUS = 3
PACE_UNIT = {"W1_permohonan": "unit_permohonan"}

# (before, now) -> (template, rank): a status lost comes before one gained
_TRANSITIONS = {
    ("hijau", "merah"): ("below", 0),
    ("kuning", "merah"): ("ringkasan_now_far", 0),
    ("hijau", "kuning"): ("below", 1),
    ("merah", "kuning"): ("ringkasan_now_close", 2),
    ("merah", "hijau"): ("ringkasan_now_met", 3),
    ("kuning", "hijau"): ("ringkasan_now_met", 3),
}


def sentences(summary, lang: str = "id") -> list[str]:
    perubahan = summary.perubahan()
    card = {row["kode"]: row for row in summary.sekarang.iter_rows(named=True)}
    progress = {c for c in SCORECARD_CODES if rules.in_progress(c, summary.year.running)}
    changed = status_changes(perubahan, card, progress, lang)
    if summary.sebelumnya is None:
        opening = [t("ringkasan_no_before", lang)]
    else:
        opening = changed[:MAX_STATUS] or [t("ringkasan_status_same", lang)]
    pace = [pace_sentence(p, card[p.kode]["target"], lang) for p in summary.pace]
    out = opening + [s for s in pace if s]
    room = MAX_SENTENCES - 1 - len(out)
    if room > 0:
        out += largest_moves(perubahan, progress, lang)[:room]
    out = out[: MAX_SENTENCES - 1] + [follow_up_sentence(summary.kejar, summary.tahun, lang)]
    return [s + "." for s in out]


def status_changes(perubahan: dict, card: dict, skipped: set[str], lang: str) -> list[str]:
    """One sentence per indicator whose status changed, worst change first."""
    found = []
    for order, code in enumerate(SCORECARD_CODES):
        item = perubahan[code]
        key = (item["status_sebelumnya"], item["status_sekarang"])
        if code in skipped or key not in _TRANSITIONS:
            continue
        template, rank = _TRANSITIONS[key]
        if template == "below":
            lower = BY_CODE[code].polarity == "lower"
            template = "ringkasan_now_above" if lower else "ringkasan_now_below"
        unit = BY_CODE[code].unit
        text = t(
            template,
            lang,
            name=rules.name(code, lang),
            value=fmt.indicator_value(item["sekarang"], unit, lang),
            target=fmt.indicator_value(card[code]["target"], unit, lang),
        )
        found.append((rank, order, text))
    return [text for _, _, text in sorted(found)]


def pace_sentence(p, target: float | None, lang: str) -> str | None:
    """ "Dengan laju ini target 165.000 permohonan tercapai (proyeksi 168.300)"."""
    if target is None:
        return None
    return t(
        "ringkasan_pace_met" if p.proyeksi >= target else "ringkasan_pace_missed",
        lang,
        target=fmt.number(target, 0, lang),
        unit=t(PACE_UNIT[p.kode], lang),
        projection=fmt.number(rounded(p.proyeksi), 0, lang),
    )


def largest_moves(perubahan: dict, skipped: set[str], lang: str) -> list[str]:
    """Indicators that moved without changing status, the largest relative move first
    (a change no one can see once the values are formatted is no move)."""
    moves = []
    for order, code in enumerate(SCORECARD_CODES):
        item = perubahan[code]
        old, new = item["sebelumnya"], item["sekarang"]
        if code in skipped or old is None or new is None:
            continue
        if item["status_sebelumnya"] != item["status_sekarang"]:
            continue  # said already among the status changes
        ind = BY_CODE[code]
        old_text = fmt.indicator_value(old, ind.unit, lang)
        new_text = fmt.indicator_value(new, ind.unit, lang)
        if old_text == new_text:
            continue
        size = abs(new - old) / max(abs(old), abs(new))
        if ind.polarity is None:
            template = "ringkasan_up" if new > old else "ringkasan_down"
        else:
            better = new > old if ind.polarity == "higher" else new < old
            template = "ringkasan_better" if better else "ringkasan_worse"
        moves.append(
            (-size, order, t(template, lang, name=rules.name(code, lang), old=old_text, value=new_text))
        )
    return [text for _, _, text in sorted(moves)]


def follow_up_sentence(kejar: list[dict], tahun: int, lang: str) -> str:
    if not kejar:
        return t("ringkasan_kejar_none", lang)
    counts = (
        ("ringkasan_kejar_merah", sum(1 for k in kejar if k["merah"])),
        ("ringkasan_kejar_kosong", sum(1 for k in kejar if k["bulan_kosong"] > 0)),
        ("ringkasan_kejar_inovasi", sum(1 for k in kejar if k["tanpa_inovasi"])),
    )
    behind = rules.status_word("merah", lang).lower()
    parts = ", ".join(
        t(key, lang, n=fmt.number(n, 0, lang), tahun=tahun, status=behind) for key, n in counts if n
    )
    if len(kejar) == 1:
        return t("ringkasan_kejar_one", lang, parts=parts)
    return t("ringkasan_kejar", lang, n=fmt.number(len(kejar), 0, lang), parts=parts)
