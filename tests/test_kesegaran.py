"""Freshness of the data (kinerja.views.data + queries/kesegaran_*.sql) on a tiny database
whose gaps are worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from kinerja.indicators import metrics
from kinerja.storage import db
from kinerja.views import data

# A: services LA1, LA2; B: service LB1; C: no service. Applications in 2025 reach April,
# survey answers February; LB1's only application is in 2024.
TABLES = {
    "opd": """
        kode_opd,nama_opd,jenis_opd,aktif
        A,Dinas A,dinas,true
        B,Dinas B,dinas,true
        C,Kecamatan C,kecamatan,true
    """,
    "layanan": """
        kode_layanan,kode_opd,nama_layanan,sla_hari
        LA1,A,Izin satu,5
        LA2,A,Izin dua,5
        LB1,B,Izin tiga,5
    """,
    "permohonan": """
        id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status
        P1,LA1,2025-01-03,,online,proses
        P2,LA1,2025-02-03,,online,proses
        P3,LA2,2025-02-20,,offline,proses
        P4,LA1,2025-04-30,,online,proses
        P5,LA1,2025-04-01,,online,proses
        P6,LB1,2024-03-01,,online,proses
    """,
    "skm": """
        id_responden,kode_layanan,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9
        R1,LA1,2025-02-10,4,4,4,4,4,4,4,4,4
    """,
    "pegawai": """
        tahun,id_pegawai,kode_opd,status_asn,jenis_jabatan,jenis_kelamin,jp_pengembangan,mutasi
        2024,X1,C,PNS,pelaksana,L,10,false
    """,
    "tempat_kerja": """
        tahun,kode_opd,titik_layanan
        2025,B,1
    """,
}


@pytest.fixture
def con(kinerja_db):
    c = db.open_readonly(kinerja_db(TABLES))
    yield c
    c.close()


def frames(con, tahun: int, opd=("A", "B", "C")):
    latest = metrics.run(con, "kesegaran", tahun=tahun)
    months = metrics.run(con, "kesegaran_bulan", opd=list(opd), tahun=tahun)
    return data.last_months(latest, tahun), months


def test_last_month_is_the_latest_date_of_each_monthly_table_in_the_year(con):
    assert data.last_months(metrics.run(con, "kesegaran", tahun=2025), 2025) == {
        "permohonan": 4,  # P4 on 30 April
        "skm": 2,  # R1 on 10 February
    }
    assert data.last_months(metrics.run(con, "kesegaran", tahun=2023), 2023) == {
        "permohonan": None,
        "skm": None,
    }


def test_months_missing_per_service_stop_at_the_last_month_with_data(con):
    last, months = frames(con, 2025)
    missing = data.missing_by_service(months, last)
    got = {r["kode_layanan"]: (r["permohonan"], r["skm"]) for r in missing.iter_rows(named=True)}
    assert got == {
        "LA1": ([3], [1]),  # January, February and April have applications; the answer is in February
        "LA2": ([1, 3, 4], [1, 2]),  # one application, in February; no answer
        "LB1": ([1, 2, 3, 4], [1, 2]),  # its application is in 2024, not 2025
    }


def test_months_missing_per_opd_count_any_of_its_services(con):
    last, months = frames(con, 2025)
    missing = data.missing_by_opd(months, last)
    got = {r["kode_opd"]: r for r in missing.iter_rows(named=True)}
    # A: only March has no application from either service; both services miss a month
    assert (got["A"]["permohonan"], got["A"]["skm"]) == ([3], [1])
    assert (got["A"]["layanan_kurang"], got["A"]["layanan"]) == (2, 2)
    assert (got["B"]["permohonan"], got["B"]["skm"]) == ([1, 2, 3, 4], [1, 2])
    assert (got["B"]["layanan_kurang"], got["B"]["layanan"]) == (1, 1)
    assert "C" not in got  # no service catalogue: no month to owe


def test_the_opd_filter_keeps_only_its_services(con):
    last, months = frames(con, 2025, opd=("B",))
    assert data.missing_by_service(months, last)["kode_layanan"].to_list() == ["LB1"]


def test_a_year_without_monthly_data_owes_no_month(con):
    last, months = frames(con, 2023)
    assert data.missing_by_service(months, last).height == 0
    assert data.missing_by_opd(months, last).height == 0


def test_opd_that_sent_nothing_in_the_year(con):
    per_opd = metrics.run(con, "kesegaran_opd", opd=["A", "B", "C"], tahun=2025)
    # A has applications, B a workplace row; C only a 2024 civil servant
    assert data.silent_opd(per_opd)["nama_opd"].to_list() == ["Kecamatan C"]
    per_opd = metrics.run(con, "kesegaran_opd", opd=["A", "B", "C"], tahun=2024)
    # 2024: B has LB1's application, C its civil servant; A nothing
    assert data.silent_opd(per_opd)["kode_opd"].to_list() == ["A"]
    row = per_opd.filter(per_opd["kode_opd"] == "B").row(0, named=True)
    assert (row["permohonan"], row["skm"], row["tempat_kerja"]) == (1, 0, 0)


def test_tables_overview_gives_the_latest_date_or_year_and_rows(con):
    frame = metrics.run(con, "kesegaran_tabel")
    got = {
        r["tabel"]: (r["baris"], r["tanggal_terakhir"], r["tahun_terakhir"])
        for r in frame.iter_rows(named=True)
    }
    assert got["permohonan"] == (6, dt.date(2025, 4, 30), 2025)
    assert got["skm"] == (1, dt.date(2025, 2, 10), 2025)
    assert got["pegawai"] == (1, None, 2024)
    assert got["tempat_kerja"] == (1, None, 2025)
    assert got["inovasi"] == (0, None, None)
    assert got["opd"] == (3, None, None)
    shown = data.tables_overview(frame, "id")
    rows = {r["Tabel"]: (r["Data terakhir"], r["Baris"]) for r in shown.iter_rows(named=True)}
    assert rows["Permohonan layanan (permohonan)"] == ("30 Apr 2025", "6")
    assert rows["Pegawai ASN (pegawai)"] == ("tahun 2024", "1")
    assert rows["Inovasi daerah (inovasi)"] == ("–", "0")
    assert rows["Perangkat daerah (OPD) (opd)"] == ("(tanpa tanggal)", "3")
    assert shown.height == 10


@pytest.mark.parametrize(
    ("months", "lang", "text"),
    [
        ([1, 2, 3, 5], "id", "Jan–Mar, Mei"),
        ([1, 2, 3, 5], "en", "Jan–Mar, May"),
        ([1, 2, 8], "id", "Jan, Feb, Agu"),
        ([], "id", ""),
        ([10, 11, 12], "en", "Oct–Dec"),
    ],
)
def test_month_list_spans_runs_of_three_or_more(months, lang, text):
    assert data.month_list(months, lang) == text


def test_opd_table_for_screen_and_download(con):
    last, months = frames(con, 2025)
    shown = data.opd_table(data.missing_by_opd(months, last), "en")
    assert shown.columns == [
        "Agency",
        "Agency code",
        "Months without applications",
        "Months without survey answers",
        "Services with empty months",
    ]
    # B misses four months, A one: B comes first
    assert shown.rows() == [
        ("Dinas B", "B", "Jan–Apr", "Jan, Feb", "1 / 1"),
        ("Dinas A", "A", "Mar", "Jan", "2 / 2"),
    ]
