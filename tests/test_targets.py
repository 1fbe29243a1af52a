"""Targets, achievement (capaian_pct, status) and the grades shown beside a value: contract
section 2, "Grades" and "Achievement against target", worked out by hand on tiny sources.

Fixtures `kinerja_db` and `kartu` are in tests/conftest.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kinerja.indicators import filters, metrics
from kinerja.indicators.registry import CODES, achievement, ikm_mutu, spbe_predikat
from kinerja.storage import db

ROOT = Path(__file__).resolve().parents[1]

OPD = """
    kode_opd,nama_opd,jenis_opd,aktif
    A,Dinas A,dinas,ya
    B,Badan B,badan,ya
    C,Dinas C,dinas,ya
"""
LAYANAN = """
    kode_layanan,kode_opd,nama_layanan,sla_hari,terintegrasi
    LA,A,Izin A,2,ya
    LB,B,Izin B,5,tidak
    LC,C,Izin C,1,tidak
"""
# 2025: A has 4 applications taking 1, 3, 5, 7 days (2 online); B one of 5 days (online);
# C one of 10 days. 2026: one same-day application of A.
PERMOHONAN = """
    id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status
    a1,LA,2025-04-01,2025-04-02,online,selesai
    a2,LA,2025-04-01,2025-04-04,online,selesai
    a3,LA,2025-04-01,2025-04-06,offline,selesai
    a4,LA,2025-04-01,2025-04-08,offline,selesai
    b1,LB,2025-04-01,2025-04-06,online,selesai
    c1,LC,2025-04-01,2025-04-11,offline,selesai
    a5,LA,2026-01-05,2026-01-05,online,selesai
"""
PEGAWAI = """
    tahun,id_pegawai,kode_opd,status_asn,jenis_jabatan,jenis_kelamin,jp_pengembangan,mutasi
    2025,e1,A,PNS,struktural,L,24,tidak
"""
# By hand, 2025, the whole region (A, B, C):
#   W1 = 6; W2 = 3 online of 6 = 50; W3 = on time a1 (1 <= 2), b1 (5 <= 5) of 6 = 33.33…;
#   W4 = median of 1, 3, 5, 5, 7, 10 = (5 + 5) / 2 = 5; F1 = 1; I3 = 0; W5 = None (no skm).
# Per OPD: W1 A 4, B 1, C 1; W4 A (3 + 5) / 2 = 4, B 5, C 10.
# 2026, the region: W1 = 1, W4 = 0 (a5 finished the day it came in).
TARGET = """
    kode_indikator,tahun,kode_opd,nilai_target
    W1_permohonan,2025,,6
    W1_permohonan,2025,A,5
    W1_permohonan,2025,B,2
    W2_online_pct,2025,,62.503
    W3_tepat_waktu_pct,2025,,30
    W4_median_hari,2025,,4
    W4_median_hari,2025,A,5
    W4_median_hari,2025,B,5
    W4_median_hari,2025,C,4
    W5_ikm,2025,,80
    F1_asn,2025,,10
    F1_asn,2025,A,1
    I3_penghargaan,2025,,0
    W1_permohonan,2026,,0
    W4_median_hari,2026,,2
"""
SOURCE = {"opd": OPD, "layanan": LAYANAN, "permohonan": PERMOHONAN, "pegawai": PEGAWAI, "target": TARGET}


def achieved(row: dict) -> tuple:
    return row["target"], row["capaian_pct"], row["status"]


@pytest.fixture
def path(kinerja_db):
    return kinerja_db(SOURCE)


# --- which target applies ---------------------------------------------------------------------


def test_region_wide_target_applies_without_filter(path, kartu):
    card = kartu(path, 2025)
    # W1 6 of target 6: met exactly, 100 × 6 / 6
    assert achieved(card["W1_permohonan"]) == (6, pytest.approx(100.0), "hijau")
    # W3 33.33… over target 30: met, 100 × 33.33… / 30
    assert achieved(card["W3_tepat_waktu_pct"]) == (30, pytest.approx(1000 / 9), "hijau")
    # the OPD targets of A and B do not add up into a region target: only the empty kode_opd row
    assert card["W1_permohonan"]["target"] == 6


def test_single_opd_target_applies_when_that_one_opd_is_named_with_opd(path, kartu):
    card = kartu(path, 2025, opd=["A"])
    assert achieved(card["W1_permohonan"]) == (5, pytest.approx(80.0), "kuning")  # 4 of 5
    assert achieved(card["W4_median_hari"]) == (5, pytest.approx(125.0), "hijau")  # 4 <= 5, 100 × 5 / 4
    # A has no W2 target; the region's 62.503 is not A's
    assert achieved(card["W2_online_pct"]) == (None, None, None)


def test_opd_without_its_own_target_does_not_take_the_region_target(path, kartu):
    card = kartu(path, 2025, opd=["C"])
    assert achieved(card["W1_permohonan"]) == (None, None, None)  # no C row; region 6 not used
    assert achieved(card["W4_median_hari"]) == (4, pytest.approx(40.0), "merah")  # 10 > 4, 100 × 4 / 10


@pytest.mark.parametrize(
    ("opd", "jenis"),
    [
        (None, ["badan"]),  # selects exactly B, which has its own targets, but by kind
        (None, ["dinas"]),  # A and C
        (["A", "B"], None),  # several OPD named
    ],
)
def test_no_target_applies_to_a_jenis_filter_or_several_opd(path, kartu, opd, jenis):
    card = kartu(path, 2025, opd=opd, jenis=jenis)
    for code, row in card.items():
        assert achieved(row) == (None, None, None), code


def test_no_target_applies_with_sampai_bulan(path, kartu):
    whole, ytd = kartu(path, 2025), kartu(path, 2025, sampai_bulan=12)
    assert ytd["W1_permohonan"]["nilai"] == whole["W1_permohonan"]["nilai"] == 6  # same rows
    for code, row in ytd.items():
        assert achieved(row) == (None, None, None), code  # even through December
    for code, row in kartu(path, 2025, opd=["A"], sampai_bulan=6).items():
        assert achieved(row) == (None, None, None), code


def test_naming_the_same_opd_twice_is_still_that_one_opd(path, kartu):
    # S is the one OPD A, named with --opd: its own target applies
    assert achieved(kartu(path, 2025, opd=["A", "A"])["W1_permohonan"]) == (5, pytest.approx(80.0), "kuning")


def test_ranking_sets_each_opd_against_its_own_target(path):
    con = db.open_readonly(path)
    try:
        w4 = metrics.ranking(con, "W4_median_hari", ["A", "B", "C"], 2025)
        w1 = metrics.ranking(con, "W1_permohonan", ["A", "B", "C"], 2025)
        ytd = metrics.ranking(con, "W4_median_hari", ["A", "B", "C"], 2025, sampai_bulan=12)
    finally:
        con.close()
    by_opd = {r["kode_opd"]: achieved(r) for r in w4.iter_rows(named=True)}
    assert by_opd == {
        "A": (5, pytest.approx(125.0), "hijau"),  # 4 <= 5
        "B": (5, pytest.approx(100.0), "hijau"),  # 5 <= 5, met exactly
        "C": (4, pytest.approx(40.0), "merah"),  # 10 > 4
    }
    by_opd = {r["kode_opd"]: achieved(r) for r in w1.iter_rows(named=True)}
    assert by_opd == {
        "A": (5, pytest.approx(80.0), "kuning"),  # 4 of 5
        "B": (2, pytest.approx(50.0), "merah"),  # 1 of 2
        "C": (None, None, None),  # no target of C; the region's is not C's
    }
    assert all(achieved(r) == (None, None, None) for r in ytd.iter_rows(named=True))


# --- capaian and status ---------------------------------------------------------------------


def test_lower_polarity_capaian_is_target_over_nilai(path, kartu):
    # W4 5 days over target 4: not met; 100 × 4 / 5 = 80, the kuning bound
    assert achieved(kartu(path, 2025)["W4_median_hari"]) == (4, pytest.approx(80.0), "kuning")


def test_kuning_bound_is_compared_unrounded(path, kartu):
    # W2 50 of target 62.503: 100 × 50 / 62.503 = 79.996… (80.00 once rounded): merah
    target, capaian, status = achieved(kartu(path, 2025)["W2_online_pct"])
    assert capaian == pytest.approx(5000 / 62.503)
    assert capaian < 80
    assert (target, status) == (62.503, "merah")


def test_capaian_is_none_for_target_0_higher_and_nilai_0_lower(path, kartu):
    card_2025, card_2026 = kartu(path, 2025), kartu(path, 2026)
    assert achieved(card_2025["I3_penghargaan"]) == (0, None, "hijau")  # 0 >= 0 met; 100 × 0 / 0
    assert achieved(card_2026["W1_permohonan"]) == (0, None, "hijau")  # 1 >= 0 met; / target 0
    assert card_2026["W4_median_hari"]["nilai"] == 0  # a5 took 0 days
    assert achieved(card_2026["W4_median_hari"]) == (2, None, "hijau")  # 0 <= 2 met; 100 × 2 / 0


def test_indicator_without_polarity_never_has_capaian_or_status(path, kartu):
    assert achieved(kartu(path, 2025)["F1_asn"]) == (10, None, None)  # 1 ASN, target 10
    assert achieved(kartu(path, 2025, opd=["A"])["F1_asn"]) == (1, None, None)  # even when equal


def test_nilai_none_gives_no_capaian_or_status(path, kartu):
    assert achieved(kartu(path, 2025)["W5_ikm"]) == (80, None, None)  # no respondent: IKM None


@pytest.mark.parametrize(
    ("nilai", "target", "polarity", "want"),
    [
        (6.0, 6.0, "higher", (100.0, "hijau")),  # met exactly
        (4.0, 5.0, "higher", (80.0, "kuning")),  # 80 is kuning
        (3.9, 5.0, "higher", (78.0, "merah")),
        (4.0, 5.0, "lower", (125.0, "hijau")),
        (5.0, 4.0, "lower", (80.0, "kuning")),  # 100 × 4 / 5
        (10.0, 4.0, "lower", (40.0, "merah")),
        (None, 4.0, "higher", (None, None)),
        (4.0, None, "lower", (None, None)),
        (4.0, 4.0, None, (None, None)),
    ],
)
def test_achievement_by_the_sakip_convention(nilai, target, polarity, want):
    capaian, status = achievement(nilai, target, polarity)
    assert (capaian, status) == (pytest.approx(want[0]) if want[0] is not None else None, want[1])


# --- W5 mutu --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ikm", "mutu"),
    [
        (100.0, "A"),
        (88.31, "A"),  # the lower bound of A
        (88.305, "A"),  # rounds half up to 88.31
        (88.3049, "B"),  # rounds to 88.30
        (88.30, "B"),
        (76.61, "B"),  # the lower bound of B
        (76.605, "B"),  # rounds half up to 76.61
        (76.6049, "C"),
        (76.60, "C"),
        (65.00, "C"),  # the lower bound of C
        (64.995, "C"),  # rounds half up to 65.00
        (64.99499999999999, "C"),  # what the float sum gives for an IKM of exactly 64.995
        (64.9949, "D"),
        (64.99, "D"),
        (25.0, "D"),
        (None, None),
    ],
)
def test_ikm_mutu_compares_ikm_rounded_to_2_decimals(ikm, mutu):
    assert ikm_mutu(ikm) == mutu


def test_ikm_mutu_beside_w5(kinerja_db, kartu):
    skm = "id_responden,kode_layanan,tanggal," + ",".join(f"u{i}" for i in range(1, 10)) + "\n"
    skm += "s1,LA,2025-02-01,4,4,4,4,4,3,3,3,3\n"  # Σ 32: IKM 25 × 32 / 9 = 88.89: A
    skm += "s2,LA,2024-02-01,4,4,4,4,3,3,3,3,3\n"  # Σ 31: IKM 25 × 31 / 9 = 86.11: B
    path = kinerja_db({"opd": OPD, "layanan": LAYANAN, "skm": skm})
    assert kartu(path, 2025)["W5_ikm"]["nilai"] == pytest.approx(25 * 32 / 9)
    assert kartu(path, 2025)["W5_ikm"]["grade"] == "A"
    assert kartu(path, 2024)["W5_ikm"]["grade"] == "B"
    assert kartu(path, 2023)["W5_ikm"]["grade"] is None  # no IKM, no grade


def skm_of_5000(low: int, highs: list[int]) -> str:
    """5000 respondents of LA in 2025; element i scores low + 1 for the first highs[i] of them
    and low for the rest, so NRR_i = low + highs[i] / 5000. 5000 respondents are the fewest
    for an IKM of x.xx5 exactly: IKM × 9 / 25 = Σ NRR_i needs the denominator 5000."""
    lines = ["id_responden,kode_layanan,tanggal," + ",".join(f"u{i}" for i in range(1, 10))]
    for r in range(5000):
        scores = [low + 1 if r < h else low for h in highs]
        lines.append(f"s{r},LA,2025-06-01," + ",".join(map(str, scores)))
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("low", "highs", "ikm", "mutu"),
    [
        # NRR 4, 4, 4, 4, 3.7898, 3, 3, 3, 3: Σ 31.7898, × 25 / 9 = 88.305 -> 88.31: A
        (3, [5000] * 4 + [3949] + [0] * 4, 88.305, "A"),
        # NRR 3.5778, then 3 eight times: Σ 27.5778, × 25 / 9 = 76.605 -> 76.61: B
        (3, [2889] + [0] * 8, 76.605, "B"),
        # NRR 3 five times, 2.3982, 2 three times: Σ 23.3982, × 25 / 9 = 64.995 -> 65.00: C
        (2, [5000] * 5 + [1991] + [0] * 3, 64.995, "C"),
    ],
)
def test_ikm_exactly_on_a_half_cent_rounds_up_to_the_better_mutu(kinerja_db, kartu, low, highs, ikm, mutu):
    path = kinerja_db({"opd": OPD, "layanan": LAYANAN, "skm": skm_of_5000(low, highs)})
    row = kartu(path, 2025)["W5_ikm"]
    assert row["nilai"] == pytest.approx(ikm, abs=1e-9)
    assert row["grade"] == mutu


# --- P1 predikat ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("index", "predikat"),
    [
        (5.0, "Memuaskan"),
        (4.2, "Memuaskan"),
        (4.19, "Sangat Baik"),
        (3.5, "Sangat Baik"),
        (3.49, "Baik"),
        (2.6, "Baik"),
        (2.59, "Cukup"),
        (1.8, "Cukup"),
        (1.79, "Kurang"),
        (0.0, "Kurang"),
        (None, None),
    ],
)
def test_spbe_predikat_bounds(index, predikat):
    assert spbe_predikat(index) == predikat


def test_spbe_predikat_of_a_mean_exactly_on_a_bound(kinerja_db, kartu):
    tempat_kerja = textwrap.dedent(
        """
        tahun,kode_opd,indeks_spbe
        2021,A,4.1
        2021,B,4.3
        2022,A,3.4
        2022,B,3.6
        2023,A,2.4
        2023,B,2.8
        2024,A,1.7
        2024,B,1.9
        2025,A,1.7
        2025,B,1.8
        """
    )
    path = kinerja_db({"opd": OPD, "layanan": LAYANAN, "tempat_kerja": tempat_kerja})
    want = {
        2021: (4.2, "Memuaskan"),  # (4.1 + 4.3) / 2 is 4.2, though 4.1 + 4.3 is 8.3999… in floats
        2022: (3.5, "Sangat Baik"),  # (3.4 + 3.6) / 2
        2023: (2.6, "Baik"),  # (2.4 + 2.8) / 2
        2024: (1.8, "Cukup"),  # (1.7 + 1.9) / 2
        2025: (1.75, "Kurang"),  # (1.7 + 1.8) / 2, below 1.8
    }
    for tahun, (mean, predikat) in want.items():
        row = kartu(path, tahun)["P1_spbe"]
        assert row["nilai"] == pytest.approx(mean), tahun
        assert row["grade"] == predikat, tahun


# --- the command line -----------------------------------------------------------------------


def test_cli_single_opd_target_and_no_target_with_sampai_bulan(tmp_path):
    src = tmp_path / "sumber"
    src.mkdir()
    for table, text in SOURCE.items():
        (src / f"{table}.csv").write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    db_path = tmp_path / "kinerja.duckdb"

    def kinerja(*args):
        return subprocess.run(
            [sys.executable, "-m", "kinerja", *args, "--db", str(db_path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert kinerja("import", str(src)).returncode == 0
    done = kinerja("indicators", "--tahun", "2025", "--opd", "A", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["opd"] == ["A"]
    w1 = out["indikator"]["W1_permohonan"]
    assert (w1["nilai"], w1["target"], w1["status"]) == (4, 5, "kuning")  # 4 of A's target 5
    assert w1["capaian_pct"] == pytest.approx(80.0)
    done = kinerja("indicators", "--tahun", "2025", "--sampai-bulan", "12", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out["indikator"]) == set(CODES)
    for code, item in out["indikator"].items():
        assert (item["target"], item["capaian_pct"], item["status"]) == (None, None, None), code


def test_filters_give_the_target_scope(path):
    con = db.open_readonly(path)
    try:
        table = metrics.run(con, "opd")
    finally:
        con.close()
    assert filters.resolve(table).target_scope == "wilayah"
    assert filters.resolve(table, ["A"]).target_scope == "opd"
    assert filters.resolve(table, None, ["badan"]).target_scope is None  # S = {B}, but by kind
    assert filters.resolve(table, ["A", "C"]).target_scope is None
