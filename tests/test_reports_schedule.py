"""When a subscription is due (contract section 6), with a fixed clock in Asia/Jakarta time,
and when `jadwal` runs next."""

from __future__ import annotations

import datetime as dt

import pytest

from kinerja.reports import schedule
from kinerja.reports.schedule import Change, changes, is_due, next_run
from kinerja.reports.subscriptions import Subscription

WIB = dt.timezone(dt.timedelta(hours=7))
UTC = dt.UTC
# Wednesday 3 December 2025, 09:00 WIB
NOW = dt.datetime(2025, 12, 3, 9, 0, tzinfo=WIB)


def sub(jadwal: str, sent: dt.datetime | None, reported: dict | None = None) -> Subscription:
    return Subscription(
        id=1,
        email=["a@contoh.go.id"],
        jadwal=jadwal,
        terakhir_dikirim=sent.isoformat() if sent else None,
        status_terakhir=reported,
    )


@pytest.mark.parametrize("jadwal", ["harian", "mingguan", "bulanan", "saat-berubah"])
def test_a_subscription_never_sent_is_due(jadwal):
    assert is_due(sub(jadwal, None), NOW, {"tahun": 2025, "S": {}, "per_opd": {}})


@pytest.mark.parametrize(
    "jadwal, sent, due",
    [
        ("harian", dt.datetime(2025, 12, 3, 0, 5, tzinfo=WIB), False),  # earlier today
        ("harian", dt.datetime(2025, 12, 2, 23, 59, tzinfo=WIB), True),  # yesterday
        # 17:30 UTC on the 2nd is 00:30 WIB on the 3rd: today in Jakarta, not due
        ("harian", dt.datetime(2025, 12, 2, 17, 30, tzinfo=UTC), False),
        ("harian", dt.datetime(2025, 12, 2, 16, 59, tzinfo=UTC), True),  # 23:59 WIB on the 2nd
        ("mingguan", dt.datetime(2025, 12, 1, 0, 0, tzinfo=WIB), False),  # Monday of this week
        ("mingguan", dt.datetime(2025, 11, 30, 23, 59, tzinfo=WIB), True),  # the Sunday before
        ("bulanan", dt.datetime(2025, 12, 1, 0, 0, tzinfo=WIB), False),
        ("bulanan", dt.datetime(2025, 11, 30, 23, 59, tzinfo=WIB), True),
    ],
)
def test_periods_follow_the_jakarta_calendar(jadwal, sent, due):
    assert is_due(sub(jadwal, sent), NOW) is due


def test_the_hour_of_day_does_not_matter():
    sent = dt.datetime(2025, 12, 2, 23, 0, tzinfo=WIB)
    for hour in (0, 6, 23):
        assert is_due(sub("harian", sent), NOW.replace(hour=hour))


def test_mingguan_on_a_monday_counts_that_monday():
    monday = dt.datetime(2025, 12, 8, 0, 1, tzinfo=WIB)
    assert is_due(sub("mingguan", dt.datetime(2025, 12, 7, 22, 0, tzinfo=WIB)), monday)
    assert not is_due(sub("mingguan", dt.datetime(2025, 12, 8, 0, 0, tzinfo=WIB)), monday)


REPORTED = {
    "tahun": 2025,
    "opd": ["DINKES", "DISDUK"],
    "S": {"W5_ikm": "kuning", "W3_tepat_waktu_pct": "hijau"},
    "per_opd": {"DINKES": {"W5_ikm": "hijau"}, "DISDUK": {"W5_ikm": "merah"}},
}
SENT = dt.datetime(2025, 12, 3, 7, 0, tzinfo=WIB)


def test_saat_berubah_is_not_due_while_nothing_changed():
    same = {**REPORTED}
    assert not is_due(sub("saat-berubah", SENT, REPORTED), NOW, same)
    # days later, still nothing changed: still not due
    assert not is_due(sub("saat-berubah", SENT, REPORTED), NOW + dt.timedelta(days=40), same)


def test_saat_berubah_is_due_when_the_set_changes_status():
    now = {**REPORTED, "S": {"W5_ikm": "merah", "W3_tepat_waktu_pct": "hijau"}}
    assert is_due(sub("saat-berubah", SENT, REPORTED), NOW, now)
    assert changes(REPORTED, now) == [Change(None, "W5_ikm", "kuning", "merah")]


def test_saat_berubah_is_due_when_one_opd_alone_changes_status():
    now = {**REPORTED, "per_opd": {"DINKES": {"W5_ikm": "hijau"}, "DISDUK": {"W5_ikm": "kuning"}}}
    assert is_due(sub("saat-berubah", SENT, REPORTED), NOW, now)
    assert changes(REPORTED, now) == [Change("DISDUK", "W5_ikm", "merah", "kuning")]


def test_a_status_that_appears_or_goes_is_a_change():
    now = {**REPORTED, "per_opd": {"DINKES": {"W5_ikm": "hijau", "F2_jp20_pct": "merah"}}}
    assert changes(REPORTED, now) == [
        Change("DINKES", "F2_jp20_pct", None, "merah"),
        Change("DISDUK", "W5_ikm", "merah", None),
    ]


def test_a_new_year_is_a_change():
    assert changes(REPORTED, {**REPORTED, "tahun": 2026})
    assert changes(REPORTED, {"tahun": 2026, "opd": [], "S": {}, "per_opd": {}})


@pytest.mark.parametrize(
    "now, expected",
    [
        (dt.datetime(2025, 12, 3, 6, 59, tzinfo=WIB), dt.datetime(2025, 12, 3, 7, 0, tzinfo=WIB)),
        (dt.datetime(2025, 12, 3, 7, 0, tzinfo=WIB), dt.datetime(2025, 12, 4, 7, 0, tzinfo=WIB)),
        (dt.datetime(2025, 12, 31, 23, 0, tzinfo=UTC), dt.datetime(2026, 1, 1, 7, 0, tzinfo=WIB)),
    ],
)
def test_jadwal_runs_next_at_the_set_hour_in_wib(now, expected):
    assert next_run(now, 7) == expected


def test_jadwal_in_wita():
    wita = schedule.zone("WITA")
    run = next_run(dt.datetime(2025, 12, 3, 0, 0, tzinfo=UTC), 7, 30, wita)  # 08:00 WITA
    assert run == dt.datetime(2025, 12, 3, 23, 30, tzinfo=UTC)


def test_jadwal_retries_a_failed_run_and_otherwise_waits_a_day(tmp_path, monkeypatch):
    from kinerja.reports import send

    clock = [dt.datetime(2025, 12, 3, 6, 0, tzinfo=WIB)]
    runs, codes = [], iter([1, 0, 0])

    def fake_send(db_path, **kw):
        runs.append(clock[0])
        return next(codes)

    def sleep(seconds):
        clock[0] += dt.timedelta(seconds=seconds)

    monkeypatch.setattr(send, "send_due", fake_send)
    send.run_schedule(tmp_path / "k.duckdb", 7, 0, "WIB", 1800, out=lambda *_: None, err=lambda *_: None,
                      clock=lambda: clock[0], sleep=sleep, rounds=3)  # fmt: skip
    assert runs == [
        dt.datetime(2025, 12, 3, 7, 0, tzinfo=WIB),
        dt.datetime(2025, 12, 3, 7, 30, tzinfo=WIB),  # the failed run, tried again
        dt.datetime(2025, 12, 4, 7, 0, tzinfo=WIB),
    ]
