"""When a subscription is due (contract section 6), in Asia/Jakarta time, and when the
scheduler (`python -m kinerja jadwal`) runs next. Every function takes the clock as an
argument, so tests fix it.

Due: a subscription never sent; otherwise `harian` when last sent before today,
`mingguan` before the latest Monday, `bulanan` before the 1st of this month; `saat-berubah`
when the statuses for its set S, and for each OPD of S alone, differ from those its previous
message reported. The hour of day plays no part: the scheduler chooses it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kinerja.reports.subscriptions import JAKARTA, Subscription

ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}  # the three Indonesian zones, hours ahead of UTC


def now() -> dt.datetime:
    return dt.datetime.now(JAKARTA)


def period_start(jadwal: str, at: dt.datetime) -> dt.date | None:
    """The first day (Jakarta) of the period `at` falls in: today, the latest Monday, the 1st
    of the month; None for `saat-berubah`, which has no period."""
    today = at.astimezone(JAKARTA).date()
    if jadwal == "harian":
        return today
    if jadwal == "mingguan":
        return today - dt.timedelta(days=today.weekday())
    if jadwal == "bulanan":
        return today.replace(day=1)
    return None


def is_due(sub: Subscription, at: dt.datetime, current: dict | None = None) -> bool:
    """Whether `sub` is due at `at`; `current` is what a message would report now
    (statuses()), needed for `saat-berubah` only."""
    sent = sub.sent_at()
    if sent is None:
        return True
    if sub.jadwal == "saat-berubah":
        if current is None:
            raise ValueError("saat-berubah needs the current statuses")
        return bool(changes(sub.status_terakhir, current))
    return sent.astimezone(JAKARTA).date() < period_start(sub.jadwal, at)


# --- statuses, for saat-berubah ------------------------------------------------------------


def statuses(con, selection, tahun: int) -> dict:
    """What a message reports, to compare the next time: the status of every indicator for S
    (as `indicators --tahun Y` prints it) and for each OPD of S alone (as `indicators --opd
    KODE` prints it, the OPD's own target). Only statuses that are set are kept."""
    import polars as pl

    from kinerja.indicators import metrics
    from kinerja.indicators.registry import CODES

    card = metrics.scorecard(con, selection, tahun)
    per_opd = metrics.with_achievement(
        metrics.values(con, opd=selection.opd, tahun_dari=tahun, per_opd=True, codes=CODES),
        metrics.targets(con, tahun),
        "opd",
    ).filter(pl.col("status").is_not_null())
    by_opd: dict[str, dict[str, str]] = {}
    for kode_opd, kode, status in per_opd.select("kode_opd", "kode", "status").iter_rows():
        by_opd.setdefault(kode_opd, {})[kode] = status
    return {
        "tahun": tahun,
        "opd": list(selection.opd),
        "S": {k: s for k, s in zip(card["kode"], card["status"], strict=True) if s is not None},
        "per_opd": {k: by_opd[k] for k in sorted(by_opd)},
    }


@dataclass(frozen=True)
class Change:
    kode_opd: str | None  # None: the whole set S
    kode: str
    before: str | None
    after: str | None


def changes(previous: dict | None, current: dict) -> list[Change]:
    """Every status that differs between two reports (statuses()). Another year, or
    nothing reported before, counts as every status changed."""
    if not previous or previous.get("tahun") != current.get("tahun"):
        prev_s, prev_opd = {}, {}
    else:
        prev_s, prev_opd = previous.get("S", {}), previous.get("per_opd", {})
    out = _diff(None, prev_s, current.get("S", {}))
    if not out and (not previous or previous.get("tahun") != current.get("tahun")):
        # a new year with no status at all still differs from what was reported
        out = [Change(None, "tahun", str((previous or {}).get("tahun")), str(current.get("tahun")))]
    cur_opd = current.get("per_opd", {})
    for kode_opd in sorted(set(prev_opd) | set(cur_opd)):
        out += _diff(kode_opd, prev_opd.get(kode_opd, {}), cur_opd.get(kode_opd, {}))
    return out


def _diff(kode_opd, before: dict, after: dict) -> list[Change]:
    from kinerja.indicators.registry import CODES

    order = {c: i for i, c in enumerate(CODES)}
    codes = sorted(set(before) | set(after), key=lambda c: order.get(c, len(order)))
    return [Change(kode_opd, c, before.get(c), after.get(c)) for c in codes if before.get(c) != after.get(c)]


# --- the scheduler -------------------------------------------------------------------------


def zone(name: str) -> dt.tzinfo:
    if name == "WIB":
        return JAKARTA
    return dt.timezone(dt.timedelta(hours=ZONES[name]), name)


def next_run(at: dt.datetime, hour: int, minute: int = 0, tz: dt.tzinfo = JAKARTA) -> dt.datetime:
    """The next time, strictly after `at`, that the clock in `tz` shows hour:minute."""
    local = at.astimezone(tz)
    run = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if run <= local:
        run = (run + dt.timedelta(days=1)).replace(hour=hour, minute=minute)
    return run
