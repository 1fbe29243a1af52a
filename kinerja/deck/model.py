"""The deck as data: every slide's finding, numbers, chart data and speaker notes.

Computed once from the core (kinerja.deck.build) and drawn by each renderer
(kinerja.deck.to_pptx, kinerja.deck.to_html); a presenter mode can draw it too. Every
text here is final: numbers already formatted for the deck's language, titles already
stating their finding. Renderers only place and colour.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kinerja.indicators.rules import Status  # the one legend's statuses


@dataclass(frozen=True)
class Headline:
    """One big number: an indicator's value with what stands behind it."""

    code: str
    label: str  # the indicator's name
    value: str  # formatted, e.g. "82,41"
    grade: str  # "Mutu B (Baik)", "Predikat Baik" or ""
    detail: str  # "Target 85,00 · capaian 96,9%", a year's progress, or "Tanpa target"
    previous: str  # "2024: 80,12" or ""
    status: Status


@dataclass(frozen=True)
class Chart:
    """Bars (horizontal, one colour per bar) or a line over categories (years).

    A value of None is a gap (no bar, no point); `labels` are the formatted values
    shown at each point; `reference` is a dashed line (a target) with its label: across
    the years of a line, across the bars (at that value) of a ranking.
    """

    kind: Literal["bar", "line"]
    caption: str
    categories: tuple[str, ...]
    values: tuple[float | None, ...]
    labels: tuple[str, ...]
    colors: tuple[str, ...]  # per bar; a line uses the first
    reference: float | None = None
    reference_label: str = ""
    legend: str = ""  # what the colours mean, if not obvious


@dataclass(frozen=True)
class ScoreRow:
    """One indicator of the scorecard: its status is a word on a coloured chip, so the
    slide does not rely on colour alone; target and capaian are in the speaker notes."""

    code: str
    label: str
    value: str
    word: str  # "Tercapai", "Hampir", "Tertinggal", "Tanpa target", or a year's progress
    status: Status
    progress: bool = False  # a count still growing through the year: progress, not a verdict


@dataclass(frozen=True)
class ScoreGroup:
    area: str  # work, workforce, workplace, innovation
    label: str
    rows: tuple[ScoreRow, ...]


@dataclass(frozen=True)
class TitleSlide:
    title: str
    notes: str
    lines: tuple[str, ...]  # subtitle, filters, data date
    area: str = "work"


@dataclass(frozen=True)
class ScorecardSlide:
    title: str
    notes: str
    columns: tuple[tuple[ScoreGroup, ...], ...]  # groups laid out side by side
    legend: str
    area: str = "work"


@dataclass(frozen=True)
class AreaSlide:
    """One W (or innovation): its headline numbers and one or two charts."""

    title: str
    notes: str
    area: str
    kicker: str  # the area's name, above the title
    headlines: tuple[Headline, ...]
    charts: tuple[Chart, ...]
    also: str = ""  # the area's indicators not among the cards, named with their values


@dataclass(frozen=True)
class RankingSlide:
    title: str
    notes: str
    kicker: str
    subtitle: str
    chart: Chart | None  # None: nothing to rank
    area: str = "work"


@dataclass(frozen=True)
class ListSlide:
    title: str
    notes: str
    kicker: str
    subtitle: str
    items: tuple[str, ...]
    more: str = ""  # "… and 12 more" when the list is cut
    area: str = "innovation"


@dataclass(frozen=True)
class SummarySlide:
    """What changed since the latest import and whom to follow up (kinerja.views.ringkasan):
    the summary's sentences beside the follow-up list, every number already text."""

    title: str
    notes: str
    kicker: str
    subtitle: str  # the import the sentences compare with, and when
    sentences: tuple[str, ...]
    follow_up_title: str  # "Perlu ditindaklanjuti (23 OPD)"
    follow_up: tuple[str, ...]  # "Dinas Kesehatan — Tertinggal: Kepuasan (IKM) · 2 bulan tanpa permohonan"
    more: str = ""  # "… and 12 more" when the list is cut
    area: str = "work"


Slide = TitleSlide | SummarySlide | ScorecardSlide | AreaSlide | RankingSlide | ListSlide


@dataclass(frozen=True)
class Deck:
    lang: str
    tahun: int
    wilayah: str
    footer: str
    slides: tuple[Slide, ...] = field(default_factory=tuple)
