"""The demo regency reads like a real one, through the same indicators the app shows,
and the source shipped in data/demo/ is exactly what the generator writes."""

from __future__ import annotations

import duckdb
import pytest

from kinerja.demo import FIRST_YEAR, LAST_DATE, LAST_YEAR, write_demo
from kinerja.indicators import filters, metrics
from kinerja.ingest.importer import import_source
from kinerja.ingest.schema import LOAD_ORDER
from kinerja.storage import db
from tests.appkit import ROOT


@pytest.fixture(scope="module")
def demo_con(tmp_path_factory):
    folder = tmp_path_factory.mktemp("realism")
    write_demo(folder / "src", skala=1.0, seed=2026)
    result = import_source([folder / "src"], folder / "k.duckdb")
    assert result.ok
    con = db.open_readonly(folder / "k.duckdb")
    yield con
    con.close()


def region(con, code, **kw):
    sel = filters.resolve(metrics.run(con, "opd"))
    frame = metrics.values(
        con, opd=sel.opd, tahun_dari=FIRST_YEAR, tahun_sampai=LAST_YEAR, codes=[code], **kw
    )
    return dict(zip(frame["tahun"], frame["nilai"], strict=True))


def test_online_share_rises_every_year(demo_con):
    # the last year is partial: compare every year over the same months
    share = region(demo_con, "W2_online_pct", sampai_bulan=LAST_DATE.month)
    years = sorted(share)
    assert all(share[a] < share[b] for a, b in zip(years, years[1:], strict=False)), share


def test_ikm_rises_and_opd_show_at_least_two_quality_grades(demo_con):
    ikm = region(demo_con, "W5_ikm")
    assert ikm[LAST_YEAR] > ikm[FIRST_YEAR]
    sel = filters.resolve(metrics.run(demo_con, "opd"))
    per_opd = metrics.ranking(demo_con, "W5_ikm", sel.opd, LAST_YEAR - 1)
    grades = set(per_opd["grade"].drop_nulls())
    assert len(grades) >= 2, grades


def test_every_award_level_appears(demo_con):
    levels = ("kabupaten", "provinsi", "nasional", "internasional")
    totals = {lvl: sum(region(demo_con, f"I3_penghargaan_{lvl}").values()) for lvl in levels}
    assert all(n > 0 for n in totals.values()), totals


def test_an_active_opd_has_no_innovation_in_the_last_year(demo_con):
    sel = filters.resolve(metrics.run(demo_con, "opd"))
    per_opd = metrics.ranking(demo_con, "I1_inovasi", sel.opd, LAST_YEAR)
    assert per_opd.filter(per_opd["nilai"] == 0).height >= 1


def test_the_last_year_stops_at_the_last_date(demo_con):
    last = metrics.run(demo_con, "kesegaran", tahun=LAST_YEAR)["tanggal_terakhir"].to_list()
    assert max(d for d in last if d) == LAST_DATE


def test_shipped_demo_source_is_what_the_generator_writes(tmp_path):
    """data/demo/ (Parquet) and a fresh `demo --skala 1` (CSV) import to the same tables."""
    write_demo(tmp_path / "csv", skala=1.0, seed=2026)
    for name, src in (("fresh", tmp_path / "csv"), ("shipped", ROOT / "data" / "demo")):
        assert import_source([src], tmp_path / f"{name}.duckdb").ok
    fresh = duckdb.connect(str(tmp_path / "fresh.duckdb"), read_only=True)
    shipped = duckdb.connect(str(tmp_path / "shipped.duckdb"), read_only=True)
    for table in LOAD_ORDER:
        query = f"SELECT * FROM {table} ORDER BY ALL"
        assert fresh.sql(query).fetchall() == shipped.sql(query).fetchall(), table
