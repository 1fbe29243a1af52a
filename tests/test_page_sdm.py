"""AppTest of pages/sdm.py (SDM aparatur, Our Workforce): renders, its numbers equal the
command line and the pegawai table, filters change them, small OPD are left out of the
ranking and counted, and a selection without ASN says why instead of failing."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from kinerja import fmt
from tests.appkit import build_demo_db
from tests.pagekit import bars, captions, cli, database, figure, figures, metric, sql
from tests.pagekit import run_page as run_any_page

PAGE = "pages/sdm.py"
BANDS = ["0", "1–9", "10–19", "20–29", "30–39", "40+"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("sdm"))) as db:
        yield db


def run_page(**params) -> AppTest:
    return run_any_page(PAGE, **params)


def ranking(at: AppTest, title_start: str) -> dict:
    """The per-OPD bars (horizontal), not the trend whose title starts alike."""
    return next(
        f
        for f in figures(at)
        if f["layout"]["title"]["text"].startswith(title_start) and f["data"][0].get("orientation") == "h"
    )


def histogram(at: AppTest) -> dict:
    return next(f for f in figures(at) if f["data"][0].get("x") == BANDS)


def test_headline_cards_equal_the_command_line(demo_db):
    at = run_page(tahun="2025")
    want = cli(demo_db, "--tahun", "2025")
    assert at.title[0].value.startswith("SDM aparatur")
    assert metric(at, "Jumlah ASN") == fmt.number(want["F1_asn"]["nilai"])
    assert metric(at, "ASN memenuhi 20 JP") == fmt.percent(want["F2_jp20_pct"]["nilai"], 1)
    assert metric(at, "Rata-rata JP") == fmt.number(want["F3_jp_rata"]["nilai"], 1)
    assert metric(at, "ASN dirotasi") == fmt.percent(want["F4_mutasi_pct"]["nilai"], 1)


def test_opd_filter_in_the_url_changes_the_numbers(demo_db):
    region = run_page(tahun="2025")
    one = run_page(tahun="2025", opd="DISDIK")
    want = cli(demo_db, "--tahun", "2025", "--opd", "DISDIK")
    assert metric(one, "Jumlah ASN") == fmt.number(want["F1_asn"]["nilai"])
    assert metric(one, "ASN memenuhi 20 JP") == fmt.percent(want["F2_jp20_pct"]["nilai"], 1)
    assert metric(one, "Jumlah ASN") != metric(region, "Jumlah ASN")


def test_jenis_opd_filter_selects_the_same_asn_as_the_command_line(demo_db):
    at = run_page(tahun="2024", jenis_opd="kecamatan")
    want = cli(demo_db, "--tahun", "2024", "--jenis-opd", "kecamatan")
    assert metric(at, "Jumlah ASN") == fmt.number(want["F1_asn"]["nilai"])
    assert metric(at, "ASN dirotasi") == fmt.percent(want["F4_mutasi_pct"]["nilai"], 1)


def test_jp_histogram_counts_every_asn_once_and_marks_20_jp(demo_db):
    at = run_page(tahun="2025", opd="DISDIK")
    hist = histogram(at)
    counts = hist["data"][0]["y"]
    bands = sql(
        demo_db,
        "SELECT count(*) FILTER (WHERE jp_pengembangan = 0),"
        " count(*) FILTER (WHERE jp_pengembangan > 0 AND jp_pengembangan < 10),"
        " count(*) FILTER (WHERE jp_pengembangan >= 10 AND jp_pengembangan < 20),"
        " count(*) FILTER (WHERE jp_pengembangan >= 20 AND jp_pengembangan < 30),"
        " count(*) FILTER (WHERE jp_pengembangan >= 30 AND jp_pengembangan < 40),"
        " count(*) FILTER (WHERE jp_pengembangan >= 40)"
        " FROM pegawai WHERE tahun = 2025 AND kode_opd = 'DISDIK'",
    )[0]
    assert counts == list(bands)
    assert sum(counts) == cli(demo_db, "--tahun", "2025", "--opd", "DISDIK")["F1_asn"]["nilai"]
    # the 20 JP line sits between the 10–19 and 20–29 bands
    assert [s["x0"] for s in hist["layout"]["shapes"]] == [2.5]


def test_composition_shares_match_the_pegawai_table(demo_db):
    at = run_page(tahun="2025")
    active = "SELECT kode_opd FROM opd WHERE aktif"
    pppk, total = sql(
        demo_db,
        f"SELECT count(*) FILTER (WHERE status_asn = 'PPPK'), count(*) FROM pegawai "
        f"WHERE tahun = 2025 AND kode_opd IN ({active})",
    )[0]
    comp = figure(at, f"{fmt.number(total)} ASN pada 2025")
    shares = {t["name"]: t["x"][0] for t in comp["data"]}
    assert shares["PPPK"] == pytest.approx(100 * pppk / total)
    assert shares["PNS"] + shares["PPPK"] == pytest.approx(100)
    assert shares["Laki-laki"] + shares["Perempuan"] == pytest.approx(100)
    assert fmt.percent(100 * pppk / total, 0) + " PPPK" in comp["layout"]["title"]["text"]


def test_opd_with_fewer_than_ten_asn_are_left_out_and_counted(demo_db):
    at = run_page(tahun="2025")
    small = sql(
        demo_db,
        "SELECT count(*) FROM opd o WHERE o.aktif AND "
        "(SELECT count(*) FROM pegawai p WHERE p.kode_opd = o.kode_opd AND p.tahun = 2025) < 10",
    )[0][0]
    active = sql(demo_db, "SELECT count(*) FROM opd WHERE aktif")[0][0]
    assert small > 0, "the demo has small OPD, or this test proves nothing"
    assert f"{small} OPD tidak diperingkat" in captions(at)
    assert len(bars(ranking(at, "ASN memenuhi 20 JP:"))) == active - small


def test_table_leaves_percentages_of_small_opd_blank(demo_db):
    at = run_page(tahun="2025")
    table = at.dataframe[-1].value
    asn = table["Jumlah ASN"].str.replace(".", "").astype(int)  # shown as 1.234
    small = table[asn < 10]
    assert len(small) and (small["ASN memenuhi 20 JP"] == fmt.DASH).all()
    big = table[asn >= 10]
    assert (big["ASN memenuhi 20 JP"] != fmt.DASH).all()
    assert "id_pegawai" not in " ".join(table.columns)


def test_choosing_rotation_redraws_the_agency_ranking(demo_db):
    at = run_page(tahun="2025")
    at.segmented_control(key="pilih_banding").set_value("F4_mutasi_pct").run()
    assert not at.exception
    assert ranking(at, "ASN dirotasi:")["data"][0]["type"] == "bar"


def test_a_selection_without_asn_says_why(demo_db):
    # DISBUDPAR was dissolved before 2025: the year exists, its ASN do not
    at = run_page(tahun="2025", opd="DISBUDPAR")
    assert "Belum ada data pegawai (ASN) untuk 2025" in at.warning[0].value
    assert not at.get("plotly_chart")


def test_a_handful_of_asn_is_not_broken_down(demo_db):
    # privacy: the shares and JP bands of an OPD with one or two ASN would describe them
    small = sql(
        demo_db,
        "SELECT kode_opd, count(*) FROM pegawai WHERE tahun = 2025 GROUP BY ALL HAVING count(*) < 10 LIMIT 1",
    )
    kode, n = small[0]
    at = run_page(tahun="2025", opd=kode)
    assert f"hanya memiliki {n} ASN" in at.info[0].value
    assert not at.get("plotly_chart") and not at.dataframe


def test_english_title_and_headings(demo_db):
    at = run_page(tahun="2024", bahasa="en")
    assert at.title[0].value.startswith("Our Workforce")
    assert "Who the civil servants are" in [s.value for s in at.subheader]


# Two OPD in 2025: A with 12 ASN (P00–P02 PPPK, the odd ones women, every third from P01
# fungsional) whose JP are listed here, B with one ASN of 40 JP.
TINY_JPS = [0, 5, 19.5, 20, 25, 40, 12, 12, 30, 8, 0, 22]
TINY = {
    "opd": "kode_opd,nama_opd,jenis_opd\nA,Dinas Alfa,dinas\nB,Badan Beta,badan",
    "pegawai": "tahun,id_pegawai,kode_opd,status_asn,jenis_jabatan,jenis_kelamin,jp_pengembangan,mutasi\n"
    + "\n".join(
        f"2025,P{i:02d},A,{'PPPK' if i < 3 else 'PNS'},{('struktural', 'fungsional', 'pelaksana')[i % 3]},"
        f"{'P' if i % 2 else 'L'},{jp},{'ya' if i < 2 else 'tidak'}"
        for i, jp in enumerate(TINY_JPS)
    )
    + "\n2025,Q01,B,PNS,pelaksana,L,40,tidak",
}


@pytest.fixture
def tiny_db(kinerja_db):
    """TINY: A with 12 ASN whose JP are listed above, B with one ASN of 40 JP."""
    db = kinerja_db(TINY)
    with database(db):
        yield db


def test_hand_worked_jp_bands_and_ranking(tiny_db):
    at = run_page()
    # 13 ASN; 20 JP or more: 20, 25, 40, 30, 22 in A and 40 in B -> 6 of 13 = 46,2%
    assert metric(at, "Jumlah ASN") == "13"
    assert metric(at, "ASN memenuhi 20 JP") == "46,2%"
    hist = histogram(at)
    # 0: two zeros · 1–9: 5, 8 · 10–19: 19,5 (a fraction stays below 20), 12, 12 · 20–29: 20, 25, 22 ·
    # 30–39: 30 · 40+: 40 in A and 40 in B
    assert hist["data"][0]["y"] == [2, 2, 3, 3, 1, 2]
    assert hist["layout"]["title"]["text"].startswith("7 ASN (53,8%) belum mencapai 20 JP")
    # B has one ASN: not ranked, and said so; A alone is no ranking (at least three OPD)
    with pytest.raises(StopIteration):
        ranking(at, "ASN memenuhi 20 JP:")
    assert "memerlukan sedikitnya 3 OPD" in " ".join(i.value for i in at.info)
    assert "1 OPD tidak diperingkat" in captions(at)
