"""The demo database is built as a regency's grows (kinerja.demo.impor): one import up to the
month before the last, then the last month as a `perbarui`, ending where one import would."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from kinerja.demo import write_demo
from kinerja.demo.impor import import_demo
from kinerja.indicators.ringkasan import summarize
from kinerja.ingest.importer import import_source
from kinerja.storage.store import Store

TABLES = (
    "permohonan",
    "skm",
    "pegawai",
    "tempat_kerja",
    "inovasi",
    "penghargaan",
    "target",
    "opd",
    "layanan",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo2")
    write_demo(folder / "sumber", skala=0.02, seed=2026)
    results = import_demo(folder / "sumber", folder / "dua.duckdb")
    assert all(r.ok for r in results), [p.line() for r in results for p in r.errors]
    one = import_source([folder / "sumber"], folder / "satu.duckdb")
    assert one.ok
    return folder, results


def rows(path, table) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.sql(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
    finally:
        con.close()


def test_two_imports_the_month_as_perbarui(built):
    folder, results = built
    assert [e["mode"] for e in Store(folder / "dua.duckdb").history()] == ["perbarui", "ganti"]
    # the month's export: only applications and survey answers
    assert set(results[1].rows) == {"permohonan", "skm"} and all(results[1].rows.values())


def test_they_end_where_one_import_of_the_source_ends(built):
    folder, _ = built
    for table in TABLES:
        assert rows(folder / "dua.duckdb", table) == rows(folder / "satu.duckdb", table), table


def test_the_state_before_stops_at_the_month_and_has_no_later_finish(built):
    folder, _ = built
    store = Store(folder / "dua.duckdb")
    before = store.dir / store.history()[0]["sebelum"]
    con = duckdb.connect(str(before), read_only=True)
    try:
        latest, done_late, in_process = con.sql(
            "SELECT max(tanggal_masuk), count(*) FILTER (WHERE tanggal_selesai >= DATE '2026-10-01'), "
            "count(*) FILTER (WHERE status = 'proses') FROM permohonan"
        ).fetchall()[0]
        latest_skm = con.sql("SELECT max(tanggal) FROM skm").fetchall()[0][0]
    finally:
        con.close()
    # the demo runs to 31 October 2026: the first import ends with September
    assert latest < dt.date(2026, 10, 1) and latest_skm < dt.date(2026, 10, 1)
    assert done_late == 0 and in_process > 0


def test_the_first_screen_has_something_to_compare(built):
    folder, _ = built
    out = summarize(folder / "dua.duckdb", 2026)
    assert out["impor"]["sebelumnya"] is not None
    w1 = out["perubahan"]["W1_permohonan"]
    assert w1["selisih"] == w1["sekarang"] - w1["sebelumnya"] > 0  # October's applications


def test_the_first_import_is_recorded_as_the_export_a_month_before(built):
    from kinerja.demo.impor import month_before
    from kinerja.views.ringkasan import compared_line, import_time

    folder, _ = built
    latest, first = Store(folder / "dua.duckdb").history()
    made, before = dt.datetime.fromisoformat(latest["waktu"]), dt.datetime.fromisoformat(first["waktu"])
    # both ran within seconds; the first stands for the month before's export
    assert dt.timedelta(0) <= month_before(made) - before < dt.timedelta(minutes=5)
    impor = summarize(folder / "dua.duckdb", 2026)["impor"]
    assert (impor["sebelumnya"], impor["sekarang"]) == (first["waktu"], latest["waktu"])
    shown = import_time(first["waktu"], "id"), import_time(latest["waktu"], "id")
    assert shown[0] != shown[1]  # the overview's line names two different times
    assert compared_line(impor, "id") == (
        f"Dibandingkan dengan data impor {shown[0]}, sebelum impor terakhir ({shown[1]})"
    )
