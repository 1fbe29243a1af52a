"""What every report says, computed once: the region, the selection, the year, the date the
data run to, the scorecard and the summary's sentences. The card and the e-mail draw it.

The sentences come from one place, `sentences()`: the summary of contract section 5
(kinerja.indicators.ringkasan), for the report's own filters.
"""

from __future__ import annotations

import datetime as dt
import os
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from kinerja import fmt
from kinerja.deck import build as deck_build
from kinerja.deck.words import Period
from kinerja.i18n import t
from kinerja.indicators import metrics, rules
from kinerja.indicators.filters import Selection

AREAS = ("work", "workforce", "workplace", "innovation")


@dataclass(frozen=True)
class Report:
    lang: str
    wilayah: str
    tahun: int
    as_of: dt.date | None
    selection: Selection
    named_opd: tuple[str, ...]
    jenis: tuple[str, ...]
    filter_lines: tuple[str, ...]  # "Semua OPD aktif · 30 OPD", "Jenis OPD: Dinas", …
    period: Period
    rows: dict[str, dict]  # the scorecard by code (metrics.scorecard rows)
    sentences: tuple[str, ...]

    @property
    def data_per(self) -> str:
        """`31 Okt 2026`, or words saying there is no dated data."""
        return fmt.date(self.as_of, self.lang) if self.as_of else t("laporan_no_date", self.lang)

    @property
    def running(self) -> bool:
        return self.period.partial_month is not None

    def headline_codes(self) -> tuple[str, ...]:
        """The key indicator of each area (the registry's first headline)."""
        return tuple(rules.headlines(a)[0] for a in AREAS)

    def verdict(self, code: str) -> rules.Verdict:
        return rules.verdict(self.rows[code], self.running)

    def met(self) -> tuple[int, int]:
        """(met, judged) over the scorecard the overview and the deck count."""
        return rules.scorecard_count(self.rows.values(), self.running)

    def link(self) -> str | None:
        """The dashboard's address with this report's filters (KINERJA_URL), or None."""
        base = os.environ.get("KINERJA_URL", "").strip()
        if not base:
            return None
        query = [("tahun", str(self.tahun))]
        if self.named_opd:
            query.append(("opd", ",".join(self.named_opd)))
        if self.jenis:
            query.append(("jenis_opd", ",".join(self.jenis)))
        query.append(("bahasa", self.lang))
        return base.rstrip("/") + "/?" + urllib.parse.urlencode(query, safe=",")


def latest_year(con) -> int | None:
    """The latest year with data (contract section 4's default year)."""
    frame = metrics.run(con, "tahun_terakhir")
    return frame["tahun"][0] if frame.height else None


def build(
    con,
    db_path: str | Path,
    selection: Selection,
    tahun: int,
    lang: str = "id",
    named_opd=(),
    jenis=(),
) -> Report:
    opds = metrics.run(con, "opd")
    names = dict(zip(opds["kode_opd"], opds["nama_opd"], strict=True))
    as_of = metrics.freshness(con, tahun)
    period = Period(tahun, lang, rules.running_month(tahun, latest_year(con), as_of))
    rows = {r["kode"]: r for r in metrics.scorecard(con, selection, tahun).iter_rows(named=True)}
    named_opd, jenis = tuple(named_opd), tuple(jenis)
    report = Report(
        lang=lang,
        wilayah=deck_build._wilayah(con),
        tahun=tahun,
        as_of=as_of,
        selection=selection,
        named_opd=named_opd,
        jenis=jenis,
        filter_lines=deck_build._filter_lines(selection, named_opd, jenis, names, lang),
        period=period,
        rows=rows,
        sentences=(),
    )
    said = sentences(db_path, report)
    return Report(**{**report.__dict__, "sentences": tuple(said)})


def sentences(db_path: str | Path, report: Report) -> list[str]:
    """The summary's sentences, most important first (contract section 5's `kalimat`), for
    the report's own filters; the scorecard's count if the summary has none."""
    from kinerja.indicators.ringkasan import summarize

    out = summarize(db_path, report.tahun, opd=report.named_opd, jenis=report.jenis, bahasa=report.lang)
    return list(out["kalimat"]) or [rules.scorecard_heading(*report.met(), report.lang) + "."]
