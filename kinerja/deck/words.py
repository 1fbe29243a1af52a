"""The deck's sentences: an indicator's value, grade, target and change, put into words.

Pure functions of scorecard rows (kinerja.indicators.metrics.scorecard) and the deck's language;
every number goes through kinerja.fmt, so the deck reads like the dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass

from kinerja import fmt
from kinerja.deck.model import Headline
from kinerja.i18n import TEXT, t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE


@dataclass(frozen=True)
class Period:
    """The year shown and what it is compared with."""

    tahun: int
    lang: str
    partial_month: int | None  # the year runs January to this month; None: complete

    def prev_label(self, code: str) -> str:
        """What a value is compared with (rules.comparison): the previous year, or its same
        months when the year is not complete and the indicator is dated."""
        if rules.comparison(code, self.partial_month) != "months":
            return str(self.tahun - 1)
        return t("deck_prev_partial", self.lang, bulan=self.month, tahun=self.tahun - 1)

    @property
    def month(self) -> str:
        return fmt.month_name(self.partial_month or 12, self.lang)

    def progress(self, code: str) -> bool:
        """A count still growing through an incomplete year: progress, not a verdict."""
        return rules.in_progress(code, self.partial_month is not None)


def counted(key: str, count: float | None, lang: str, **fields) -> str:
    """t(key) with its `_one` form for a count of one, where English says "1 award" and
    Indonesian needs no other word."""
    one = f"{key}_one"
    return t(one if count == 1 and one in TEXT else key, lang, **fields)


def name(code: str, lang: str, short: bool = False) -> str:
    return rules.short_name(code, lang) if short else rules.name(code, lang)


def value(code: str, v: float | None, lang: str) -> str:
    return fmt.indicator_value(v, BY_CODE[code].unit, lang)


def grade(code: str, g: str | None, lang: str) -> str:
    """`Mutu B (Baik)` for IKM, `Predikat Baik` for SPBE, else empty (rules.grade_word)."""
    return rules.grade_word(code, g, lang)


def status(row: dict, period: Period) -> str | None:
    return None if period.progress(row["kode"]) else row["status"]


def _progress_pct(row: dict, lang: str) -> str:
    return fmt.percent(100 * (row["nilai"] or 0) / row["target"], 0, lang)


def status_word(row: dict, period: Period) -> tuple[str, bool]:
    """The status as the dashboard words it (Tercapai, Hampir, Tertinggal, Tanpa target),
    or for a count still growing through the year its share of the annual target; and
    whether it is such progress."""
    verdict = rules.verdict(row, period.partial_month is not None)
    if verdict.progress and row["target"]:
        return t("deck_status_progress", period.lang, pct=_progress_pct(row, period.lang)), True
    return rules.status_word(verdict.status, period.lang), False


def detail(row: dict, period: Period) -> str:
    code, lang = row["kode"], period.lang
    if row["target"] is None:
        return t("status_none", lang)
    target = value(code, row["target"], lang)
    if period.progress(code) and row["target"]:
        return t("progress", lang, pct=_progress_pct(row, lang), target=target)
    return t("deck_detail", lang, target=target, capaian=fmt.percent(row["capaian_pct"], 1, lang))


def headline(row: dict, before: float | None, period: Period) -> Headline:
    code, lang = row["kode"], period.lang
    return Headline(
        code=code,
        label=name(code, lang),
        value=value(code, row["nilai"], lang),
        grade=grade(code, row["grade"], lang),
        detail=detail(row, period),
        previous=f"{period.prev_label(code)}: {value(code, before, lang)}",
        status=status(row, period),
    )


def finding(row: dict, before: float | None, period: Period) -> str:
    """`IKM naik ke 82,41 — mutu B, target 85,00 belum tercapai`."""
    code, lang, now = row["kode"], period.lang, row["nilai"]
    fields = {"name": name(code, lang, short=True), "value": value(code, now, lang)}
    if now is None:
        return t("deck_no_value", lang, name=fields["name"], tahun=period.tahun)
    if before is None:
        key = "deck_level"
    else:
        # compared as shown: a change hidden by rounding is no change to the audience
        shown_now, shown_before = value(code, now, lang), value(code, before, lang)
        key = "deck_same" if shown_now == shown_before else "deck_up" if now > before else "deck_down"
    head = t(key, lang, **fields)
    tail = []
    kind = BY_CODE[code].grade
    if row["grade"] and kind == "mutu":
        tail.append(t("deck_grade_mutu", lang, grade=row["grade"]))
    elif row["grade"] and kind == "predikat":
        tail.append(t("deck_grade_predikat", lang, label=rules.predikat_word(row["grade"], lang)))
    if row["status"] and not period.progress(code):
        met = "deck_target_met" if row["status"] == "hijau" else "deck_target_missed"
        tail.append(t(met, lang, target=value(code, row["target"], lang)))
    return head + (" — " + ", ".join(tail) if tail else "")


def note_line(row: dict, before: float | None, period: Period) -> str:
    code, lang = row["kode"], period.lang
    text = t(
        "deck_note_line",
        lang,
        name=name(code, lang),
        value=value(code, row["nilai"], lang),
        target=value(code, row["target"], lang),
        capaian=fmt.percent(row["capaian_pct"], 1, lang),
        prev=period.prev_label(code),
        before=value(code, before, lang),
    )
    extra = grade(code, row["grade"], lang)
    return text + (f" · {extra}" if extra else "")
