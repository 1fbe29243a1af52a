"""`ringkasan` (contract section 5) against values worked out by hand: what changed since the
latest import, whom to follow up, the pace of a running year, the sentences.

The fixture is one regency of four active OPD and one inactive, imported once (`ganti`) and
then sent one correction and a new month (`perbarui`), as a monthly export arrives:

- A (service LA, SLA 2 days): 2025 eight applications (Jan 1, Feb 1, Jul 2, Dec 4);
  2026 p1 Jan (online, done in 1 day), p2 Feb (offline, done in 5 days: late), and in the
  second import p4 Mar (offline, in process). One innovation in 2026 (uji_coba).
- B (service LB, SLA 5): p3 Feb 2026 (online), in process, then done in 2 days (second import).
- C: no service. D (service LD): no application at all. X: inactive, nothing.

Region-wide targets 2026: W1 15 applications, W3 60 %. Single-OPD targets: A 2026 W1 100,
W2 100, W3 100, I5 50; A 2025 W1 100; C 2026 I2 100.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from importkit import cli, import_ok, write

from kinerja.indicators import pace
from kinerja.indicators.filters import FilterError
from kinerja.indicators.registry import BY_CODE, CODES
from kinerja.indicators.ringkasan import follow_up_order, summarize
from kinerja.storage.store import Store

OPD = """kode_opd,nama_opd,jenis_opd,aktif
A,Dinas A,dinas,ya
B,Badan B,badan,ya
C,Dinas C,dinas,ya
D,Dinas D,dinas,ya
X,Dinas Lama,dinas,tidak
"""
LAYANAN = """kode_layanan,kode_opd,nama_layanan,sla_hari
LA,A,Izin A,2
LB,B,Izin B,5
LD,D,Izin D,3
"""
PERMOHONAN = "id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status\n"
LAST_YEAR = [
    ("q1", "2025-01-15"),
    ("q2", "2025-02-15"),
    ("q3", "2025-07-01"),
    ("q4", "2025-07-02"),
    ("q5", "2025-12-01"),
    ("q6", "2025-12-02"),
    ("q7", "2025-12-03"),
    ("q8", "2025-12-04"),
]
FIRST = (
    PERMOHONAN
    + "".join(f"{i},LA,{d},,offline,proses\n" for i, d in LAST_YEAR)
    + (
        "p1,LA,2026-01-10,2026-01-11,online,selesai\n"
        "p2,LA,2026-02-03,2026-02-08,offline,selesai\n"
        "p3,LB,2026-02-10,,online,proses\n"
    )
)
SECOND = PERMOHONAN + ("p3,LB,2026-02-10,2026-02-12,online,selesai\np4,LA,2026-03-05,,offline,proses\n")
INOVASI = """id_inovasi,kode_opd,nama_inovasi,tahun,bentuk,digital,tahapan
I1,A,Inovasi A,2026,pelayanan_publik,ya,uji_coba
"""
TARGET = """kode_indikator,tahun,kode_opd,nilai_target
W1_permohonan,2026,,15
W3_tepat_waktu_pct,2026,,60
W1_permohonan,2026,A,100
W2_online_pct,2026,A,100
W3_tepat_waktu_pct,2026,A,100
I5_penerapan_pct,2026,A,50
W1_permohonan,2025,A,100
I2_opd_berinovasi_pct,2026,C,100
"""


def first_import(folder: Path) -> Path:
    db = folder / "data" / "kinerja.duckdb"
    files = {"opd.csv": OPD, "layanan.csv": LAYANAN, "permohonan.csv": FIRST}
    import_ok(write(folder / "awal", {**files, "inovasi.csv": INOVASI, "target.csv": TARGET}), db)
    return db


def second_import(folder: Path, db: Path) -> None:
    import_ok(write(folder / "maret", {"permohonan.csv": SECOND}), db, mode="perbarui")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """Both imports; tests here only read it."""
    folder = tmp_path_factory.mktemp("ringkasan")
    path = first_import(folder)
    second_import(folder, path)
    return path


@pytest.fixture(scope="module")
def now(db) -> dict:
    return summarize(db, 2026)


def test_summary_has_exactly_the_contract_keys(now):
    assert set(now) == {"tahun", "opd", "impor", "perubahan", "kejar", "kalimat"}
    assert set(now["impor"]) == {"sekarang", "sebelumnya"}
    assert list(now["perubahan"]) == list(CODES)
    for item in now["perubahan"].values():
        assert set(item) == {"sebelumnya", "sekarang", "selisih", "status_sebelumnya", "status_sekarang"}
    for item in now["kejar"]:
        assert set(item) == {"kode_opd", "merah", "tanpa_inovasi", "bulan_kosong"}
    assert now["tahun"] == 2026
    assert now["opd"] == ["A", "B", "C", "D"]  # the active OPD, sorted; X is inactive
    json.dumps(now)  # plain JSON values only


def test_impor_names_the_latest_import_and_the_one_that_made_the_state_before(db, now):
    history = Store(db).history()  # newest first
    assert now["impor"] == {"sekarang": history[0]["waktu"], "sebelumnya": history[1]["waktu"]}


def test_perubahan_compares_the_state_rollback_would_restore(now):
    w1 = now["perubahan"]["W1_permohonan"]
    # p1, p2, p3 before; p4 added: 4 — counts are integers
    assert w1 == {
        "sebelumnya": 3,
        "sekarang": 4,
        "selisih": 1,
        "status_sebelumnya": "merah",  # 3 of 15: capaian 20
        "status_sekarang": "merah",  # 4 of 15: 26.7
    }
    assert all(isinstance(w1[k], int) for k in ("sebelumnya", "sekarang", "selisih"))
    w3 = now["perubahan"]["W3_tepat_waktu_pct"]
    # before p1 on time, p2 late: 50 % of target 60 is 83 % → kuning; p3 now done in 2 ≤ 5 days
    assert w3["sebelumnya"] == pytest.approx(50.0)
    assert w3["sekarang"] == pytest.approx(200 / 3)
    assert w3["selisih"] == pytest.approx(200 / 3 - 50)
    assert (w3["status_sebelumnya"], w3["status_sekarang"]) == ("kuning", "hijau")
    # median days: {1, 5} → 3.0, then {1, 2, 5} → 2
    w4 = now["perubahan"]["W4_median_hari"]
    assert (w4["sebelumnya"], w4["sekarang"], w4["selisih"]) == (3.0, 2.0, -1.0)
    # no survey: null both times, so the difference too; no pegawai: a count of 0
    assert now["perubahan"]["W5_ikm"]["selisih"] is None
    assert now["perubahan"]["F1_asn"] == {
        "sebelumnya": 0,
        "sekarang": 0,
        "selisih": 0,
        "status_sebelumnya": None,
        "status_sekarang": None,
    }


def test_kejar_lists_whom_to_follow_up_in_order(now):
    assert now["kejar"] == [
        # A: its own targets missed by far; W1 (3 of 100) left out: 2026 is still running
        {
            "kode_opd": "A",
            "merah": ["I5_penerapan_pct", "W2_online_pct", "W3_tepat_waktu_pct"],  # code point order
            "tanpa_inovasi": False,
            "bulan_kosong": 0,  # January, February, March each have one
        },
        # C: no innovation, so I2 is 0 against 100; no service, so no month is missing
        {"kode_opd": "C", "merah": ["I2_opd_berinovasi_pct"], "tanpa_inovasi": True, "bulan_kosong": 0},
        # D: a service and no application from January to March (the latest month of all)
        {"kode_opd": "D", "merah": [], "tanpa_inovasi": True, "bulan_kosong": 3},
        # B: only February
        {"kode_opd": "B", "merah": [], "tanpa_inovasi": True, "bulan_kosong": 2},
    ]


def test_a_complete_year_judges_counts_too(db):
    # 2025 is complete (2026 has data): A's 8 applications against 100 are red; months
    # January to December, A had applications in four of them
    assert summarize(db, 2025)["kejar"] == [
        {"kode_opd": "A", "merah": ["W1_permohonan"], "tanpa_inovasi": True, "bulan_kosong": 8},
        {"kode_opd": "B", "merah": [], "tanpa_inovasi": True, "bulan_kosong": 12},
        {"kode_opd": "D", "merah": [], "tanpa_inovasi": True, "bulan_kosong": 12},
        {"kode_opd": "C", "merah": [], "tanpa_inovasi": True, "bulan_kosong": 0},
    ]


def test_bulan_kosong_counts_to_the_latest_month_of_all_applications_whatever_the_selection(db):
    # B's own latest application is in February, but the data run to March
    out = summarize(db, 2026, opd=["B"])
    assert out["kejar"] == [{"kode_opd": "B", "merah": [], "tanpa_inovasi": True, "bulan_kosong": 2}]


def test_an_inactive_opd_is_never_without_innovation(db):
    assert summarize(db, 2026, opd=["X"])["kejar"] == []


def test_a_year_without_applications_has_no_month_to_miss(db):
    # 2024 has no data: every active OPD lacks an innovation, none misses a month
    kejar = summarize(db, 2024)["kejar"]
    assert [(k["kode_opd"], k["bulan_kosong"]) for k in kejar] == [("A", 0), ("B", 0), ("C", 0), ("D", 0)]


def test_follow_up_order_ties():
    items = [
        {"kode_opd": "b", "merah": [], "tanpa_inovasi": False, "bulan_kosong": 1},
        {"kode_opd": "a", "merah": [], "tanpa_inovasi": False, "bulan_kosong": 1},
        {"kode_opd": "Z", "merah": [], "tanpa_inovasi": True, "bulan_kosong": 1},
        {"kode_opd": "Y", "merah": [], "tanpa_inovasi": True, "bulan_kosong": 2},
        {"kode_opd": "X", "merah": ["W2_online_pct"], "tanpa_inovasi": False, "bulan_kosong": 0},
    ]
    # red first, then more empty months, then no innovation, then code point ("Z" < "a")
    assert [i["kode_opd"] for i in sorted(items, key=follow_up_order)] == ["X", "Y", "Z", "a", "b"]


def test_sentences_in_indonesian(now):
    assert now["kalimat"] == [
        "Selesai tepat waktu kini mencapai target (66,7%; target 60,0%).",
        # Jan–Mar 2026: 4; 2025 had 2 of its 8 in Jan–Mar: 4 × 8 / 2 = 16
        "Dengan laju ini target 15 permohonan tercapai (proyeksi 16).",
        "Median lama penyelesaian membaik dari 3,0 menjadi 2,0.",  # a third: the largest move
        "Permohonan daring memburuk dari 66,7% menjadi 50,0%.",  # a quarter
        "4 OPD perlu ditindaklanjuti: 2 dengan indikator tertinggal, "
        "2 dengan bulan tanpa permohonan, 3 tanpa inovasi pada 2026.",
    ]


def test_sentences_in_english(db):
    assert summarize(db, 2026, bahasa="en")["kalimat"] == [
        "Completed on time now meets its target (66.7%; target 60.0%).",
        "At this pace the target of 15 applications will be met (projection 16).",
        "Median days to complete improved from 3.0 to 2.0.",
        "Online applications worsened from 66.7% to 50.0%.",
        "4 agencies need follow-up: 2 with indicators behind, "
        "2 with months without applications, 3 without an innovation in 2026.",
    ]


def test_through_one_import_a_perbarui_and_a_rollback(tmp_path):
    path = first_import(tmp_path)
    once = summarize(path, 2026)
    history = Store(path).history()
    # the first import made the state; before it there was no recorded state
    assert once["impor"] == {"sekarang": history[0]["waktu"], "sebelumnya": None}
    assert once["perubahan"]["W1_permohonan"] == {
        "sebelumnya": None,
        "sekarang": 3,
        "selisih": None,
        "status_sebelumnya": None,
        "status_sekarang": "merah",
    }
    assert once["kalimat"][:2] == [
        "Belum ada data impor sebelumnya untuk dibandingkan.",
        # Jan–Feb 2026: 3; 2025 had 2 of its 8 in Jan–Feb: 3 × 8 / 2 = 12
        "Dengan laju ini target 15 permohonan tidak tercapai (proyeksi 12).",
    ]
    # February is the latest month: D misses both, B January
    assert {k["kode_opd"]: k["bulan_kosong"] for k in once["kejar"]} == {"A": 0, "C": 0, "D": 2, "B": 1}

    second_import(tmp_path, path)
    assert summarize(path, 2026)["perubahan"]["W1_permohonan"]["sebelumnya"] == 3

    store = Store(path)
    state, files = store.state(), sorted(p.name for p in store.dir.iterdir())
    summarize(path, 2026)
    assert (store.state(), sorted(p.name for p in store.dir.iterdir())) == (state, files)  # read only

    done = cli("rollback", "--db", path)
    assert done.returncode == 0, done.stderr
    assert summarize(path, 2026) == once  # back to one import, nothing before it


def test_a_pruned_version_leaves_before_null(tmp_path):
    path = first_import(tmp_path)
    second_import(tmp_path, path)
    store = Store(path)
    (store.dir / store.history()[0]["sebelum"]).unlink()
    out = summarize(path, 2026)
    assert out["impor"]["sebelumnya"] is None
    assert all(item["sebelumnya"] is None for item in out["perubahan"].values())


def test_filters_resolve_as_indicators_does(db):
    with pytest.raises(FilterError):
        summarize(db, 2026, opd=["NOPE"])
    with pytest.raises(FilterError):
        summarize(db, 2026, jenis=["kantor"])
    with pytest.raises(FilterError):
        summarize(db, 2026, opd=["A"], jenis=["badan"])  # the intersection is empty
    # jenis dinas: A, C, D; no region-wide target applies to a part of the region
    out = summarize(db, 2026, jenis=["dinas"])
    assert out["opd"] == ["A", "C", "D"]
    assert out["perubahan"]["W3_tepat_waktu_pct"]["status_sekarang"] is None


# --- the projection ----------------------------------------------------------------------


def test_projection_scales_by_last_years_share_of_the_same_months():
    last = [1, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 4]  # 8 in all, 2 in Jan–Mar
    assert pace.project(4, 3, last) == (16.0, "pola_tahun_lalu")  # 4 × 8 / 2


def test_projection_is_a_straight_line_without_last_year():
    assert pace.project(1, 3, None) == (4.0, "garis_lurus")  # 1 × 12 / 3
    # last year had rows, but none in the same months: nothing to scale by
    assert pace.project(5, 2, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9]) == (30.0, "garis_lurus")


def test_projection_of_one_opd_without_last_year(db):
    from kinerja.storage import db as storage

    con = storage.open_readonly(db)
    try:
        p = pace.projection(con, ["B"], 2026, 3)
    finally:
        con.close()
    assert (p.sejauh_ini, p.proyeksi, p.metode) == (1.0, 4.0, "garis_lurus")  # p3 only: 1 × 12 / 3


def test_projection_is_shown_rounded():
    assert pace.rounded(168_347.2) == 168_300
    assert pace.rounded(8_467.6) == 8_470
    assert pace.rounded(16.5) == 17  # half up
    assert pace.projectable("W1_permohonan") and not pace.projectable("I1_inovasi")
    assert BY_CODE["I1_inovasi"].accumulates  # a count, but with a year, not a month


# --- the command line ----------------------------------------------------------------------


def test_cli_json_is_the_summary(db, now):
    done = cli("ringkasan", "--tahun", "2026", "--db", db, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == now


def test_cli_prints_one_sentence_a_line(db):
    done = cli("ringkasan", "--tahun", "2026", "--db", db, "--bahasa", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == summarize(db, 2026, bahasa="en")["kalimat"]


@pytest.mark.parametrize(
    "args",
    [("--opd", "NOPE"), ("--jenis-opd", "kantor"), ("--opd", "A", "--jenis-opd", "badan")],
    ids=["unknown-opd", "unknown-kind", "selects-nothing"],
)
def test_cli_refuses_bad_filters_with_exit_2(db, args):
    done = cli("ringkasan", "--tahun", "2026", "--db", db, "--json", *args)
    assert done.returncode == 2
    assert done.stdout == "" and "Traceback" not in done.stderr and done.stderr.strip()


def test_cli_without_a_database_exits_2(tmp_path):
    done = cli("ringkasan", "--tahun", "2026", "--db", tmp_path / "tidak-ada.duckdb")
    assert done.returncode == 2
    assert "tidak ditemukan" in done.stderr and "Traceback" not in done.stderr


def test_the_definitions_state_the_projection_method_with_a_worked_example():
    from kinerja.i18n import t

    # January–October held 80 of last year's 100: 132,000 by October projects to 165,000
    assert pace.project(132_000, 10, [8] * 10 + [10, 10]) == (165_000.0, "pola_tahun_lalu")
    assert "132.000" in t("definitions_pace", "id") and "165.000" in t("definitions_pace", "id")
    assert "132,000" in t("definitions_pace", "en") and "165,000" in t("definitions_pace", "en")


def test_kejar_red_is_what_indicators_prints_for_each_opd_alone(db, now, kartu):
    listed = {k["kode_opd"]: k["merah"] for k in now["kejar"]}
    for code in now["opd"]:
        alone = kartu(db, 2026, opd=[code])
        # 2026 runs: the growing counts are progress, not red
        red = sorted(c for c, row in alone.items() if row["status"] == "merah" and not BY_CODE[c].accumulates)
        assert listed.get(code, []) == red, code


def test_status_changes_worst_first_with_the_polarity_word():
    from kinerja.indicators.kalimat import status_changes

    def item(before, now, value):
        return {"status_sebelumnya": before, "status_sekarang": now, "sekarang": value}

    perubahan = {code: item(None, None, None) for code in CODES}
    perubahan |= {
        "W2_online_pct": item("kuning", "hijau", 71.0),
        "W3_tepat_waktu_pct": item("hijau", "merah", 40.0),
        "W4_median_hari": item("hijau", "kuning", 4.0),
        "W5_ikm": item("merah", "kuning", 79.0),
        "I1_inovasi": item("hijau", "merah", 1),  # a count in a running year: no verdict yet
    }
    card = {code: {"target": None} for code in CODES}
    card |= {
        "W2_online_pct": {"target": 70},
        "W3_tepat_waktu_pct": {"target": 80},
        "W4_median_hari": {"target": 3.5},
        "W5_ikm": {"target": 85},
    }
    assert status_changes(perubahan, card, {"I1_inovasi"}, "id") == [
        "Selesai tepat waktu kini di bawah target (40,0%; target 80,0%)",  # lost, now red
        "Median lama penyelesaian kini di atas target (4,0; target 3,5)",  # lost, lower is better
        "Indeks Kepuasan Masyarakat (IKM) kini mendekati target (79,00; target 85,00)",
        "Permohonan daring kini mencapai target (71,0%; target 70,0%)",
    ]
