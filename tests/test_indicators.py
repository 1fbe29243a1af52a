"""Every indicator of contract section 2 against values worked out by hand.

Each test writes a tiny source (CSV with the contract's column names) into tmp_path, imports
it with the real importer and reads the indicators the way the CLI does (filters.resolve +
metrics.scorecard), or through metrics.values / metrics.ranking. Targets, capaian, status
and the grades are in tests/test_targets.py. Fixtures `kinerja_db` and `kartu` are in
tests/conftest.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kinerja.indicators import filters, metrics
from kinerja.indicators.registry import BY_CODE, CODES
from kinerja.storage import db

ROOT = Path(__file__).resolve().parents[1]

# A, B, C active; X inactive. Kinds: A, C and X are dinas, B is a badan.
OPD = """
    kode_opd,nama_opd,jenis_opd,aktif
    A,Dinas A,dinas,ya
    B,Badan B,badan,ya
    C,Dinas C,dinas,ya
    X,Dinas Lama,dinas,tidak
"""
# One service per OPD; SLA 2, 5, 1 and 3 days; LA and LX integrated, LB by default not.
LAYANAN = """
    kode_layanan,kode_opd,nama_layanan,sla_hari,terintegrasi
    LA,A,Izin A,2,ya
    LB,B,Izin B,5,
    LC,C,Izin C,1,tidak
    LX,X,Izin X,3,ya
"""
PERMOHONAN = "id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status"
PEGAWAI = "tahun,id_pegawai,kode_opd,status_asn,jenis_jabatan,jenis_kelamin,jp_pengembangan,mutasi"
TEMPAT_KERJA = (
    "tahun,kode_opd,indeks_spbe,surat_total,surat_elektronik,"
    "hari_kerja_total,hari_kerja_fleksibel,titik_layanan"
)
INOVASI = "id_inovasi,kode_opd,nama_inovasi,tahun,bentuk,digital,tahapan"
PENGHARGAAN = "id_penghargaan,kode_opd,id_inovasi,nama_penghargaan,tingkat,tahun"


def csv(header: str, body: str) -> str:
    """A CSV text: the header, then the (indented) rows of body."""
    return header + "\n" + textwrap.dedent(body).strip() + "\n"


def source(**tables: str) -> dict[str, str]:
    """The OPD and service catalogue above plus the given tables."""
    return {"opd": OPD, "layanan": LAYANAN, **tables}


def skm(*rows) -> str:
    """skm CSV from (id, kode_layanan, tanggal, u) rows; u is one score for all nine elements
    or a list of nine scores."""
    lines = ["id_responden,kode_layanan,tanggal," + ",".join(f"u{i}" for i in range(1, 10))]
    for ident, layanan, tanggal, u in rows:
        scores = [u] * 9 if isinstance(u, int) else list(u)
        lines.append(",".join([ident, layanan, tanggal, *map(str, scores)]))
    return "\n".join(lines)


def nilai_of(kartu, db_path, tahun, **kw) -> dict[str, float | None]:
    return {code: row["nilai"] for code, row in kartu(db_path, tahun, **kw).items()}


# --- Our Work: W1–W4 ------------------------------------------------------------------------


def test_w1_to_w4_take_applications_by_tanggal_masuk_31_dec_old_year_1_jan_new(kinerja_db, kartu):
    path = kinerja_db(
        source(
            permohonan=csv(
                PERMOHONAN,
                """
            p1,LA,2024-12-31,2025-01-02,online,selesai
            p2,LA,2025-01-01,2025-01-01,offline,selesai
            p3,LA,2025-12-31,,online,proses
            p4,LA,2026-01-01,,online,proses
            """,
            )
        )
    )
    y2024 = nilai_of(kartu, path, 2024)
    assert y2024["W1_permohonan"] == 1  # only p1 (31 Dec 2024)
    assert y2024["W2_online_pct"] == pytest.approx(100.0)  # p1 is online
    assert y2024["W3_tepat_waktu_pct"] == pytest.approx(100.0)  # p1: 2 days <= sla 2
    assert y2024["W4_median_hari"] == pytest.approx(2.0)  # p1 took 2 days, though it finished in 2025

    y2025 = nilai_of(kartu, path, 2025)
    assert y2025["W1_permohonan"] == 2  # p2 (1 Jan) and p3 (31 Dec); not p1, not p4 (1 Jan 2026)
    assert y2025["W2_online_pct"] == pytest.approx(50.0)  # p3 online, p2 offline
    assert y2025["W3_tepat_waktu_pct"] == pytest.approx(100.0)  # only p2 is selesai: 0 days
    assert y2025["W4_median_hari"] == pytest.approx(0.0)  # p2 only (p1 belongs to 2024)

    assert nilai_of(kartu, path, 2026)["W1_permohonan"] == 1  # p4 (1 Jan 2026)


def test_w2_counts_online_among_applications_of_every_status(kinerja_db, kartu):
    path = kinerja_db(
        source(
            permohonan=csv(
                PERMOHONAN,
                """
            q1,LA,2025-06-01,2025-06-02,online,selesai
            q2,LA,2025-06-01,2025-06-02,offline,selesai
            q3,LA,2025-06-01,,online,proses
            q4,LA,2025-06-01,,online,ditolak
            """,
            )
        )
    )
    # 3 of 4 applications are online, whatever their status: 75.0
    assert nilai_of(kartu, path, 2025)["W2_online_pct"] == pytest.approx(75.0)


def test_completion_exactly_at_sla_counts_as_on_time(kinerja_db, kartu):
    path = kinerja_db(
        source(
            permohonan=csv(
                PERMOHONAN,
                """
            r0,LA,2025-03-01,2025-03-01,online,selesai
            r1,LA,2025-03-01,2025-03-02,online,selesai
            r2,LA,2025-03-01,2025-03-03,online,selesai
            r3,LA,2025-03-01,2025-03-04,online,selesai
            """,
            )
        )
    )
    # LA has sla 2; days 0, 1, 2 (exactly the SLA) are on time, 3 is late: 3 of 4 = 75.0
    assert nilai_of(kartu, path, 2025)["W3_tepat_waktu_pct"] == pytest.approx(75.0)


def test_w3_compares_each_application_with_its_own_services_sla(kinerja_db, kartu):
    path = kinerja_db(
        source(
            permohonan=csv(
                PERMOHONAN,
                """
            a1,LA,2025-05-01,2025-05-05,online,selesai
            b1,LB,2025-05-01,2025-05-05,online,selesai
            """,
            )
        )
    )
    # both took 4 days: late against LA's sla 2, on time against LB's sla 5: 1 of 2 = 50.0
    assert nilai_of(kartu, path, 2025)["W3_tepat_waktu_pct"] == pytest.approx(50.0)
    assert nilai_of(kartu, path, 2025, opd=["A"])["W3_tepat_waktu_pct"] == pytest.approx(0.0)  # 0 of 1
    assert nilai_of(kartu, path, 2025, opd=["B"])["W3_tepat_waktu_pct"] == pytest.approx(100.0)  # 1 of 1


def test_w3_and_w4_count_only_status_selesai(kinerja_db, kartu):
    path = kinerja_db(
        source(
            permohonan=csv(
                PERMOHONAN,
                """
            q1,LA,2025-06-01,2025-06-02,online,selesai
            q2,LA,2025-06-01,2025-06-04,online,selesai
            q3,LA,2025-06-01,2025-06-21,online,ditolak
            q4,LA,2025-06-01,,online,proses
            """,
            )
        )
    )
    got = nilai_of(kartu, path, 2025)
    assert got["W1_permohonan"] == 4  # every status counts in W1
    # selesai: q1 (1 day <= 2) and q2 (3 days > 2); the rejected q3 (20 days) is left out: 1 of 2
    assert got["W3_tepat_waktu_pct"] == pytest.approx(50.0)
    assert got["W4_median_hari"] == pytest.approx(2.0)  # median of 1 and 3 (not of 1, 3, 20)


def test_w4_median_of_even_count_is_mean_of_middle_two(kinerja_db, kartu):
    path = kinerja_db(
        source(
            permohonan=csv(
                PERMOHONAN,
                """
            a1,LA,2025-02-01,2025-02-02,online,selesai
            a2,LA,2025-02-01,2025-02-03,online,selesai
            a3,LA,2025-02-01,2025-02-06,online,selesai
            a4,LA,2025-02-01,2025-02-11,online,selesai
            b1,LB,2025-02-01,2025-02-02,online,selesai
            b2,LB,2025-02-01,2025-02-03,online,selesai
            b3,LB,2025-02-01,2025-02-11,online,selesai
            """,
            )
        )
    )
    # A: days 1, 2, 5, 10 -> (2 + 5) / 2 = 3.5
    assert nilai_of(kartu, path, 2025, opd=["A"])["W4_median_hari"] == pytest.approx(3.5)
    # B: days 1, 2, 10 -> the middle one, 2
    assert nilai_of(kartu, path, 2025, opd=["B"])["W4_median_hari"] == pytest.approx(2.0)
    # both: 1, 1, 2, 2, 5, 10, 10 -> the 4th of 7, 2
    assert nilai_of(kartu, path, 2025)["W4_median_hari"] == pytest.approx(2.0)


def test_day_differences_are_calendar_days_over_leap_day_and_new_year(kinerja_db, kartu):
    path = kinerja_db(
        source(
            permohonan=csv(
                PERMOHONAN,
                """
            c1,LC,2024-02-28,2024-03-01,online,selesai
            c2,LC,2025-02-28,2025-03-01,online,selesai
            c3,LC,2025-12-31,2026-01-02,online,selesai
            """,
            )
        )
    )
    y2024 = nilai_of(kartu, path, 2024)
    assert y2024["W4_median_hari"] == pytest.approx(2.0)  # 28 Feb -> 1 Mar 2024 passes 29 Feb: 2 days
    assert y2024["W3_tepat_waktu_pct"] == pytest.approx(0.0)  # 2 days > LC's sla 1
    y2025 = nilai_of(kartu, path, 2025)
    # c2: 28 Feb -> 1 Mar 2025 is 1 day (on time); c3: 31 Dec -> 2 Jan is 2 days (late)
    assert y2025["W4_median_hari"] == pytest.approx(1.5)  # (1 + 2) / 2
    assert y2025["W3_tepat_waktu_pct"] == pytest.approx(50.0)  # 1 of 2


# --- Our Work: W5 (IKM) and W6 --------------------------------------------------------------


def test_ikm_pools_respondents_across_services_not_mean_of_service_ikm(kinerja_db, kartu):
    path = kinerja_db(
        source(
            skm=skm(
                ("s1", "LA", "2025-04-01", 4),
                ("s2", "LB", "2025-04-01", 1),
                ("s3", "LB", "2025-04-02", 1),
                ("s4", "LB", "2025-04-03", 1),
            )
        )
    )
    # pooled: every NRR_i = (4 + 1 + 1 + 1) / 4 = 1.75, IKM = 25 × 9 × 1.75 / 9 = 43.75
    # (the mean of the per-service IKM, (100 + 25) / 2 = 62.5, would be wrong)
    assert nilai_of(kartu, path, 2025)["W5_ikm"] == pytest.approx(43.75)
    assert nilai_of(kartu, path, 2025, opd=["A"])["W5_ikm"] == pytest.approx(100.0)  # s1 all 4s
    assert nilai_of(kartu, path, 2025, opd=["B"])["W5_ikm"] == pytest.approx(25.0)  # all 1s


def test_ikm_is_25_times_the_mean_of_the_nine_element_means(kinerja_db, kartu):
    path = kinerja_db(
        source(
            skm=skm(
                ("s1", "LA", "2025-04-01", 4),
                ("s2", "LA", "2025-04-01", [1, 2, 3, 4, 1, 2, 3, 4, 1]),
            )
        )
    )
    # NRR = 2.5, 3, 3.5, 4, 2.5, 3, 3.5, 4, 2.5; Σ = 28.5; IKM = 25 × 28.5 / 9 = 79.1666…
    assert nilai_of(kartu, path, 2025)["W5_ikm"] == pytest.approx(25 * 28.5 / 9)


def test_w5_takes_skm_rows_by_tanggal_31_dec_old_year_1_jan_new(kinerja_db, kartu):
    path = kinerja_db(
        source(
            skm=skm(
                ("s1", "LA", "2024-12-31", 1),
                ("s2", "LA", "2025-01-01", 4),
                ("s3", "LA", "2025-12-31", 4),
                ("s4", "LA", "2026-01-01", 1),
            )
        )
    )
    assert nilai_of(kartu, path, 2024)["W5_ikm"] == pytest.approx(25.0)  # s1 only, all 1s
    assert nilai_of(kartu, path, 2025)["W5_ikm"] == pytest.approx(100.0)  # s2 and s3, all 4s
    assert nilai_of(kartu, path, 2026)["W5_ikm"] == pytest.approx(25.0)  # s4 only


def test_w6_counts_integrated_services_of_the_set_in_any_year(kinerja_db, kartu):
    path = kinerja_db(source())
    # default S = A, B, C: LA is integrated, LB empty (default false), LC tidak: 1
    assert nilai_of(kartu, path, 2025)["W6_layanan_terintegrasi"] == 1
    assert nilai_of(kartu, path, 1999)["W6_layanan_terintegrasi"] == 1  # the catalogue has no year
    assert nilai_of(kartu, path, 2025, opd=["A", "X"])["W6_layanan_terintegrasi"] == 2  # LA and LX
    assert nilai_of(kartu, path, 2025, opd=["B"])["W6_layanan_terintegrasi"] == 0  # LB is not


# --- Our Workforce: F1–F4 -------------------------------------------------------------------


def test_workforce_counts_share_with_20_jp_mean_jp_and_share_moved(kinerja_db, kartu):
    path = kinerja_db(
        source(
            pegawai=csv(
                PEGAWAI,
                """
            2025,e1,A,PNS,struktural,L,20,ya
            2025,e2,A,PNS,fungsional,P,19.5,tidak
            2025,e3,B,PPPK,pelaksana,L,40,tidak
            2025,e4,C,PNS,pelaksana,P,0,tidak
            2025,e5,X,PNS,pelaksana,P,100,ya
            2024,e1,A,PNS,struktural,L,50,ya
            """,
            )
        )
    )
    y2025 = nilai_of(kartu, path, 2025)
    assert y2025["F1_asn"] == 4  # e1–e4; e5 is in the inactive X, e1 of 2024 is another year
    assert y2025["F2_jp20_pct"] == pytest.approx(50.0)  # e1 (exactly 20) and e3 (40) of 4
    assert y2025["F3_jp_rata"] == pytest.approx(19.875)  # (20 + 19.5 + 40 + 0) / 4
    assert y2025["F4_mutasi_pct"] == pytest.approx(25.0)  # e1 of 4
    y2024 = nilai_of(kartu, path, 2024)
    assert (y2024["F1_asn"], y2024["F3_jp_rata"]) == (1, pytest.approx(50.0))  # e1 of 2024 only
    only_x = nilai_of(kartu, path, 2025, opd=["X"])
    assert (only_x["F1_asn"], only_x["F2_jp20_pct"]) == (1, pytest.approx(100.0))  # e5, 100 JP


# --- Our Workplace: P1–P4 -------------------------------------------------------------------


def test_workplace_p1_mean_of_given_spbe_p2_p3_rows_with_both_p4_sum(kinerja_db, kartu):
    path = kinerja_db(
        source(
            tempat_kerja=csv(
                TEMPAT_KERJA,
                """
            2025,A,3.0,100,40,200,50,3
            2025,B,,50,,100,,
            2025,C,4.0,,30,,20,2
            2025,X,1.0,10,10,10,10,7
            """,
            )
        )
    )
    got = nilai_of(kartu, path, 2025)
    assert got["P1_spbe"] == pytest.approx(3.5)  # (3.0 + 4.0) / 2; B's empty index is not a 0
    # only A gives both surat columns (B lacks elektronik, C lacks total): 100 × 40 / 100
    assert got["P2_surat_elektronik_pct"] == pytest.approx(40.0)
    # only A gives both hari columns: 100 × 50 / 200
    assert got["P3_kerja_fleksibel_pct"] == pytest.approx(25.0)
    assert got["P4_titik_layanan"] == 5  # 3 + 2 (B empty); the inactive X's 7 is not in S


def test_workplace_zero_denominators_give_none_and_empty_sums_zero(kinerja_db, kartu):
    path = kinerja_db(
        source(
            tempat_kerja=csv(
                TEMPAT_KERJA,
                """
            2025,A,,0,0,0,0,
            """,
            )
        )
    )
    got = nilai_of(kartu, path, 2025)
    assert got["P1_spbe"] is None  # no index given
    assert got["P2_surat_elektronik_pct"] is None  # Σ surat_total = 0
    assert got["P3_kerja_fleksibel_pct"] is None  # Σ hari_kerja_total = 0
    assert got["P4_titik_layanan"] == 0  # Σ over no given titik_layanan
    assert nilai_of(kartu, path, 2026)["P4_titik_layanan"] == 0  # no rows in 2026 at all


# --- Innovation: I1–I5 ----------------------------------------------------------------------


def test_innovation_count_opd_share_digital_and_penerapan(kinerja_db, kartu):
    path = kinerja_db(
        source(
            inovasi=csv(
                INOVASI,
                """
            i1,A,Ino 1,2025,pelayanan_publik,ya,penerapan
            i2,A,Ino 2,2025,tata_kelola,tidak,uji_coba
            i3,C,Ino 3,2025,lainnya,ya,inisiatif
            i4,B,Ino 4,2024,pelayanan_publik,ya,penerapan
            i5,X,Ino 5,2025,pelayanan_publik,ya,penerapan
            """,
            )
        )
    )
    got = nilai_of(kartu, path, 2025)
    assert got["I1_inovasi"] == 3  # i1, i2, i3 (i4 is 2024, i5 belongs to the inactive X)
    assert got["I2_opd_berinovasi_pct"] == pytest.approx(200 / 3)  # A and C of 3 active OPD
    assert got["I4_inovasi_digital_pct"] == pytest.approx(200 / 3)  # i1, i3 of 3
    assert got["I5_penerapan_pct"] == pytest.approx(100 / 3)  # i1 of 3


def test_i2_leaves_inactive_opd_out_of_numerator_and_denominator(kinerja_db, kartu):
    path = kinerja_db(
        source(
            inovasi=csv(
                INOVASI,
                """
            i5,X,Ino 5,2025,pelayanan_publik,ya,penerapan
            """,
            )
        )
    )
    named = nilai_of(kartu, path, 2025, opd=["B", "X"])
    assert named["I1_inovasi"] == 1  # X's i5 counts in I1: X was named
    # active OPD in S: B only, without innovation: 0 of 1 (X counted would give 50 or 100)
    assert named["I2_opd_berinovasi_pct"] == pytest.approx(0.0)
    assert nilai_of(kartu, path, 2025, opd=["X"])["I2_opd_berinovasi_pct"] is None  # 0 active OPD


def test_i2_denominator_does_not_depend_on_the_year(kinerja_db, kartu):
    path = kinerja_db(
        source(
            inovasi=csv(
                INOVASI,
                """
            i1,A,Ino 1,2025,pelayanan_publik,ya,penerapan
            """,
            )
        )
    )
    got = nilai_of(kartu, path, 2030)
    assert got["I1_inovasi"] == 0  # nothing registered in 2030
    assert got["I2_opd_berinovasi_pct"] == pytest.approx(0.0)  # 0 of 3 active OPD, not None
    assert got["I4_inovasi_digital_pct"] is None  # 0 / 0
    assert got["I5_penerapan_pct"] is None  # 0 / 0


def test_i3_counts_awards_of_the_year_by_tingkat(kinerja_db, kartu):
    path = kinerja_db(
        source(
            inovasi=csv(INOVASI, "i1,A,Ino 1,2025,pelayanan_publik,ya,penerapan"),
            penghargaan=csv(
                PENGHARGAAN,
                """
            h1,A,i1,Award 1,kabupaten,2025
            h2,A,,Award 2,nasional,2025
            h3,B,,Award 3,nasional,2025
            h4,C,,Award 4,internasional,2024
            h5,X,,Award 5,provinsi,2025
            """,
            ),
        )
    )
    got = nilai_of(kartu, path, 2025)
    assert got["I3_penghargaan"] == 3  # h1, h2, h3 (h4 is 2024, h5 belongs to the inactive X)
    assert got["I3_penghargaan_kabupaten"] == 1  # h1
    assert got["I3_penghargaan_provinsi"] == 0  # only X's h5
    assert got["I3_penghargaan_nasional"] == 2  # h2, h3
    assert got["I3_penghargaan_internasional"] == 0  # h4 is 2024
    assert nilai_of(kartu, path, 2024)["I3_penghargaan_internasional"] == 1  # h4
    assert nilai_of(kartu, path, 2025, opd=["X"])["I3_penghargaan_provinsi"] == 1  # h5


# --- one small source with every table, for the checks across indicators ---------------------

FULL = source(
    permohonan=csv(
        PERMOHONAN,
        """
    p1,LA,2025-01-10,2025-01-11,online,selesai
    p2,LA,2025-01-20,2025-01-25,offline,selesai
    p3,LB,2025-03-05,,online,proses
    p4,LC,2025-12-31,2026-01-01,offline,selesai
    p5,LX,2025-02-01,2025-02-02,online,selesai
    p6,LA,2024-06-01,2024-06-02,online,selesai
    """,
    ),
    skm=skm(
        ("s1", "LA", "2025-01-15", 4),
        ("s2", "LB", "2025-03-01", 3),
        ("s3", "LC", "2025-12-31", 2),
        ("s4", "LX", "2025-02-01", 1),
    ),
    pegawai=csv(
        PEGAWAI,
        """
    2025,e1,A,PNS,struktural,L,20,ya
    2025,e2,B,PPPK,fungsional,P,10,tidak
    2025,e3,X,PNS,pelaksana,L,30,tidak
    """,
    ),
    tempat_kerja=csv(
        TEMPAT_KERJA,
        """
    2025,A,3.0,100,80,200,20,2
    2025,B,4.0,,,,,1
    2025,X,1.0,10,0,100,0,5
    """,
    ),
    inovasi=csv(
        INOVASI,
        """
    i1,A,Ino A,2025,pelayanan_publik,ya,penerapan
    i2,X,Ino X,2025,tata_kelola,tidak,inisiatif
    """,
    ),
    penghargaan=csv(
        PENGHARGAAN,
        """
    h1,A,i1,Award A,nasional,2025
    h2,B,,Award B,provinsi,2025
    """,
    ),
)

# FULL in 2025 for the default S = A, B, C, by hand
FULL_2025 = {
    "W1_permohonan": 4,  # p1, p2, p3, p4 (p5 is X's, p6 is 2024)
    "W2_online_pct": 50.0,  # p1, p3 of 4
    "W3_tepat_waktu_pct": 200 / 3,  # selesai p1 (1 <= 2), p2 (5 > 2), p4 (1 <= 1): 2 of 3
    "W4_median_hari": 1.0,  # days 1, 5, 1
    "W5_ikm": 75.0,  # s1, s2, s3 pooled: mean score (4 + 3 + 2) / 3 = 3, × 25
    "W6_layanan_terintegrasi": 1,  # LA
    "F1_asn": 2,  # e1, e2
    "F2_jp20_pct": 50.0,  # e1 (20 JP) of 2
    "F3_jp_rata": 15.0,  # (20 + 10) / 2
    "F4_mutasi_pct": 50.0,  # e1 of 2
    "P1_spbe": 3.5,  # (3.0 + 4.0) / 2
    "P2_surat_elektronik_pct": 80.0,  # A only: 80 / 100
    "P3_kerja_fleksibel_pct": 10.0,  # A only: 20 / 200
    "P4_titik_layanan": 3,  # 2 + 1
    "I1_inovasi": 1,  # i1
    "I2_opd_berinovasi_pct": 100 / 3,  # A of A, B, C
    "I3_penghargaan": 2,  # h1, h2
    "I3_penghargaan_kabupaten": 0,
    "I3_penghargaan_provinsi": 1,  # h2
    "I3_penghargaan_nasional": 1,  # h1
    "I3_penghargaan_internasional": 0,
    "I4_inovasi_digital_pct": 100.0,  # i1 of 1
    "I5_penerapan_pct": 100.0,  # i1 of 1
}


def test_full_source_gives_every_indicator_as_worked_out_by_hand(kinerja_db, kartu):
    got = nilai_of(kartu, kinerja_db(FULL), 2025)
    assert set(got) == set(CODES) == set(FULL_2025)
    for code, want in FULL_2025.items():
        assert got[code] == pytest.approx(want), code


def test_year_without_data_gives_zero_counts_and_none_ratios(kinerja_db, kartu):
    got = nilai_of(kartu, kinerja_db(FULL), 2030)
    zero = {"W1_permohonan", "F1_asn", "P4_titik_layanan", "I1_inovasi", "I3_penghargaan"}
    zero |= {f"I3_penghargaan_{t}" for t in ("kabupaten", "provinsi", "nasional", "internasional")}
    for code in zero:
        assert got[code] == 0, code  # counts and sums over no row are 0
    assert got["W6_layanan_terintegrasi"] == 1  # the catalogue has no year: LA as in any year
    assert got["I2_opd_berinovasi_pct"] == pytest.approx(0.0)  # 0 of the 3 active OPD
    for code in set(CODES) - zero - {"W6_layanan_terintegrasi", "I2_opd_berinovasi_pct"}:
        assert got[code] is None, code  # mean, median or ratio over no row: None, never 0


# --- the OPD set S --------------------------------------------------------------------------


def resolve(db_path, opd=None, jenis=None) -> filters.Selection:
    con = db.open_readonly(db_path)
    try:
        return filters.resolve(metrics.run(con, "opd"), opd, jenis)
    finally:
        con.close()


def test_default_set_is_every_active_opd(kinerja_db, kartu):
    path = kinerja_db(FULL)
    assert resolve(path).opd == ["A", "B", "C"]  # X is inactive
    assert nilai_of(kartu, path, 2025)["W1_permohonan"] == 4  # X's p5 is not counted


def test_inactive_opd_can_be_named_with_opd(kinerja_db, kartu):
    path = kinerja_db(FULL)
    assert resolve(path, opd=["X"]).opd == ["X"]
    got = nilai_of(kartu, path, 2025, opd=["X"])
    assert got["W1_permohonan"] == 1  # p5
    assert got["W5_ikm"] == pytest.approx(25.0)  # s4, all 1s
    assert got["F1_asn"] == 1  # e3
    assert got["P4_titik_layanan"] == 5  # X's row
    assert got["I1_inovasi"] == 1  # i2
    assert got["I2_opd_berinovasi_pct"] is None  # no active OPD in S: zero denominator


def test_jenis_opd_selects_the_active_opd_of_that_kind(kinerja_db, kartu):
    path = kinerja_db(FULL)
    assert resolve(path, jenis=["dinas"]).opd == ["A", "C"]  # X is a dinas too, but inactive
    assert resolve(path, jenis=["badan", "dinas"]).opd == ["A", "B", "C"]
    assert nilai_of(kartu, path, 2025, jenis=["dinas"])["W1_permohonan"] == 3  # p1, p2, p4


def test_opd_and_jenis_opd_together_select_their_intersection(kinerja_db, kartu):
    path = kinerja_db(FULL)
    assert resolve(path, opd=["A", "B"], jenis=["dinas"]).opd == ["A"]  # B is a badan
    assert nilai_of(kartu, path, 2025, opd=["A", "B"], jenis=["dinas"])["W1_permohonan"] == 2  # p1, p2


@pytest.mark.parametrize(
    ("opd", "jenis"),
    [
        (["Z"], None),  # no such OPD
        (["a"], None),  # codes match case-sensitively
        (None, ["dinsa"]),  # no such kind
        (None, ["rsud"]),  # a known kind without any OPD
        (["X"], ["dinas"]),  # X is a dinas, but --jenis-opd selects active OPD only
        (["B"], ["dinas"]),  # empty intersection
    ],
)
def test_unknown_or_empty_filter_is_a_filter_error(kinerja_db, opd, jenis):
    path = kinerja_db(FULL)
    with pytest.raises(filters.FilterError):
        resolve(path, opd=opd, jenis=jenis)


# --- year to date, per OPD, per month -------------------------------------------------------


def test_sampai_bulan_counts_dated_rows_from_january_to_that_month_only(kinerja_db, kartu):
    path = kinerja_db(FULL)
    jan = nilai_of(kartu, path, 2025, sampai_bulan=1)
    assert jan["W1_permohonan"] == 2  # p1, p2 (10 and 20 Jan)
    assert jan["W4_median_hari"] == pytest.approx(3.0)  # days 1 and 5
    assert jan["W5_ikm"] == pytest.approx(100.0)  # s1 only, all 4s
    mar = nilai_of(kartu, path, 2025, sampai_bulan=3)
    assert mar["W1_permohonan"] == 3  # p1, p2, p3 (5 Mar)
    assert mar["W5_ikm"] == pytest.approx(87.5)  # s1 and s2 (1 Mar): mean 3.5 × 25
    # year-based tables are unaffected: as for the whole year
    for code in ("W6_layanan_terintegrasi", "F1_asn", "F3_jp_rata", "P1_spbe", "P4_titik_layanan"):
        assert jan[code] == pytest.approx(FULL_2025[code]), code
    for code in ("I1_inovasi", "I2_opd_berinovasi_pct", "I3_penghargaan"):
        assert jan[code] == pytest.approx(FULL_2025[code]), code


def test_ranking_values_equal_the_single_opd_scorecard(kinerja_db, kartu):
    path = kinerja_db(FULL)
    everyone = ["A", "B", "C", "X"]
    con = db.open_readonly(path)
    try:
        ranked = {code: metrics.ranking(con, code, everyone, 2025) for code in CODES}
    finally:
        con.close()
    single = {o: nilai_of(kartu, path, 2025, opd=[o]) for o in everyone}
    for code, frame in ranked.items():
        per_opd = dict(zip(frame["kode_opd"], frame["nilai"], strict=True))
        assert set(per_opd) == set(everyone), code
        for o in everyone:
            assert per_opd[o] == pytest.approx(single[o][code]), (code, o)
    w1 = dict(zip(ranked["W1_permohonan"]["kode_opd"], ranked["W1_permohonan"]["nilai"], strict=True))
    assert w1 == {"A": 2, "B": 1, "C": 1, "X": 1}  # p1+p2, p3, p4, p5


def test_monthly_w1_sums_to_the_yearly_w1(kinerja_db, kartu):
    path = kinerja_db(FULL)
    con = db.open_readonly(path)
    try:
        monthly = metrics.values(
            con, opd=["A", "B", "C"], tahun_dari=2025, per_bulan=True, codes=["W1_permohonan"]
        )
    finally:
        con.close()
    by_month = dict(zip(monthly["bulan"], monthly["nilai"], strict=True))
    assert sorted(by_month) == list(range(1, 13))  # every month, also those without rows
    # p1, p2 in January, p3 in March, p4 in December; 0 elsewhere
    assert by_month == {m: {1: 2, 3: 1, 12: 1}.get(m, 0) for m in range(1, 13)}
    assert sum(by_month.values()) == nilai_of(kartu, path, 2025)["W1_permohonan"]


def test_monthly_series_holds_only_date_based_indicators(kinerja_db):
    path = kinerja_db(FULL)
    con = db.open_readonly(path)
    try:
        monthly = metrics.values(con, opd=["A", "B", "C"], tahun_dari=2025, per_bulan=True)
    finally:
        con.close()
    assert set(monthly["kode"]) == {c for c in CODES if BY_CODE[c].monthly}
    ikm = dict(
        zip(monthly.filter(kode="W5_ikm")["bulan"], monthly.filter(kode="W5_ikm")["nilai"], strict=True)
    )
    assert ikm[1] == pytest.approx(100.0)  # s1 in January, all 4s
    assert ikm[2] is None  # no respondent of A, B, C in February (s4 is X's)


# --- the command line -----------------------------------------------------------------------


def write_source(folder: Path, tables: dict[str, str]) -> Path:
    folder.mkdir()
    for table, text in tables.items():
        (folder / f"{table}.csv").write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    return folder


def kinerja(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kinerja", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def cli_db(tmp_path) -> Path:
    """FULL plus one region-wide target, imported through `python -m kinerja import`."""
    target = """
        kode_indikator,tahun,kode_opd,nilai_target
        W5_ikm,2025,,80
    """
    src = write_source(tmp_path / "sumber", {**FULL, "target": target})
    db_path = tmp_path / "kinerja.duckdb"
    done = kinerja("import", str(src), "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()  # a summary
    assert "Traceback" not in done.stderr
    return db_path


def test_cli_import_exits_0_and_indicators_json_has_the_contract_shape(cli_db):
    done = kinerja("indicators", "--tahun", "2025", "--db", str(cli_db), "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out) == {"tahun", "opd", "indikator"}
    assert out["tahun"] == 2025
    assert out["opd"] == ["A", "B", "C"]  # the active OPD, sorted
    assert list(out["indikator"]) == list(CODES)  # every code of the registry
    for code, item in out["indikator"].items():
        extra = {"mutu"} if code == "W5_ikm" else {"predikat"} if code == "P1_spbe" else set()
        assert set(item) == {"nilai", "target", "capaian_pct", "status"} | extra, code
        if BY_CODE[code].is_count:
            assert type(item["nilai"]) is int, code  # counts are JSON integers
        assert item["nilai"] == pytest.approx(FULL_2025[code]), code
    ikm = out["indikator"]["W5_ikm"]
    assert ikm["mutu"] == "C"  # 75.00 is in 65.00–76.60
    assert ikm["target"] == 80  # the region-wide target
    assert ikm["capaian_pct"] == pytest.approx(93.75)  # 100 × 75 / 80
    assert ikm["status"] == "kuning"  # not met, capaian >= 80
    assert out["indikator"]["P1_spbe"]["predikat"] == "Sangat Baik"  # 3.5 is the lower bound of Sangat Baik
    w1 = out["indikator"]["W1_permohonan"]
    assert (w1["target"], w1["capaian_pct"], w1["status"]) == (None, None, None)  # no target row


def test_cli_opd_list_is_sorted_and_counts_stay_integers_in_a_year_without_data(tmp_path):
    opd = """
        kode_opd,nama_opd,jenis_opd,aktif
        C,Dinas C,dinas,ya
        A,Dinas A,dinas,ya
        B,Badan B,badan,ya
    """
    src = write_source(tmp_path / "sumber", {"opd": opd})
    db_path = tmp_path / "kinerja.duckdb"
    assert kinerja("import", str(src), "--db", str(db_path)).returncode == 0
    done = kinerja("indicators", "--tahun", "2030", "--db", str(db_path), "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["opd"] == ["A", "B", "C"]  # sorted, although written C, A, B
    assert out["indikator"]["W1_permohonan"]["nilai"] == 0  # a count over no row
    assert type(out["indikator"]["W1_permohonan"]["nilai"]) is int
    assert out["indikator"]["W2_online_pct"]["nilai"] is None  # a ratio over no row
    assert out["indikator"]["W5_ikm"]["mutu"] is None  # no IKM, no grade
    assert out["indikator"]["P1_spbe"]["predikat"] is None


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--opd", "ZZ9"], "ZZ9"),  # an unknown OPD code
        (["--jenis-opd", "kementerian"], "kementerian"),  # an unknown jenis_opd
        (["--jenis-opd", "rsud"], "OPD"),  # a known kind that selects no OPD
        (["--opd", "B", "--jenis-opd", "dinas"], "OPD"),  # an empty intersection
    ],
)
def test_cli_bad_filter_exits_2_with_a_clear_message(cli_db, args, named):
    done = kinerja("indicators", "--tahun", "2025", "--db", str(cli_db), "--json", *args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert named in done.stderr
    assert done.stdout == ""  # no JSON for a refused filter


def test_query_files_run_side_by_side_give_the_same_frames(tmp_path):
    """The app runs a call's query files side by side on cursors of one version (`spawn`):
    per year, per OPD and per month, the frames equal those of one cursor, and every
    spawned cursor is closed."""
    from tests.appkit import build_demo_db

    reader = db.Reader(build_demo_db(tmp_path, skala=0.02))
    version = reader.current_version()
    con = reader.cursor_at(version)
    opened = []

    def spawn():
        cur = reader.cursor_at(version)
        opened.append(cur)
        return cur

    sel = filters.resolve(metrics.run(con, "opd"))
    for kwargs in ({}, {"per_opd": True}, {"per_bulan": True}, {"sampai_bulan": 6}):
        one = metrics.values(con, opd=sel.opd, tahun_dari=2024, tahun_sampai=2025, **kwargs)
        two = metrics.values(con, opd=sel.opd, tahun_dari=2024, tahun_sampai=2025, spawn=spawn, **kwargs)
        assert one.equals(two), kwargs
        assert one.height > 0
    assert metrics.scorecard(con, sel, 2025).equals(metrics.scorecard(con, sel, 2025, spawn=spawn))
    assert len(opened) > 4  # the files really ran on their own cursors
    for cur in opened:
        with pytest.raises(Exception, match="(?i)closed"):
            cur.sql("SELECT 1")
