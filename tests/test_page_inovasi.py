"""AppTest of the Inovasi & Penghargaan page: renders, its numbers are the command line's,
filters change them, the agencies without an innovation are listed by name, the register
search is a bound parameter, and a year or agency without innovations renders."""

from __future__ import annotations

import textwrap

import pytest
from streamlit.testing.v1 import AppTest

from kinerja import fmt
from kinerja.ingest.importer import import_source
from tests import pagekit
from tests.appkit import build_demo_db
from tests.pagekit import cli, database, metric, sql

PAGE = "pages/inovasi.py"


def run_page(**params) -> AppTest:
    return pagekit.run_page(PAGE, **params)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("inovasi"))) as db:
        yield db


def texts(at: AppTest, kind: str) -> str:
    return "\n".join(str(e.value) for e in getattr(at, kind))


def test_headline_numbers_equal_the_command_line(demo_db):
    at = run_page(tahun="2025")
    assert at.title[0].value == "Inovasi & penghargaan Kabupaten Nusa Harapan 2025"
    ind = cli(demo_db, "--tahun", "2025")
    assert metric(at, "Inovasi baru") == fmt.number(ind["I1_inovasi"]["nilai"])
    assert metric(at, "OPD berinovasi") == fmt.percent(ind["I2_opd_berinovasi_pct"]["nilai"])
    assert metric(at, "Inovasi diterapkan") == fmt.percent(ind["I5_penerapan_pct"]["nilai"])
    assert metric(at, "Inovasi digital") == fmt.percent(ind["I4_inovasi_digital_pct"]["nilai"])
    assert metric(at, "Penghargaan") == fmt.number(ind["I3_penghargaan"]["nilai"])


def test_a_kind_of_opd_in_the_url_changes_the_numbers(demo_db):
    region = run_page(tahun="2025")
    kecamatan = run_page(tahun="2025", jenis_opd="kecamatan")
    ind = cli(demo_db, "--tahun", "2025", "--jenis-opd", "kecamatan")
    assert metric(kecamatan, "Inovasi baru") == fmt.number(ind["I1_inovasi"]["nilai"])
    assert metric(kecamatan, "Penghargaan") == fmt.number(ind["I3_penghargaan"]["nilai"])
    assert metric(kecamatan, "Inovasi baru") != metric(region, "Inovasi baru")


def test_active_agencies_without_an_innovation_are_listed_by_name(demo_db):
    at = run_page(tahun="2025")
    # straight from the tables: active OPD with no row of inovasi registered in 2025
    expected = [
        r[0]
        for r in sql(
            demo_db,
            "SELECT nama_opd FROM opd WHERE aktif AND kode_opd NOT IN "
            "(SELECT kode_opd FROM inovasi WHERE tahun = 2025) ORDER BY nama_opd",
        )
    ]
    active = sql(demo_db, "SELECT count(*) FROM opd WHERE aktif")[0][0]
    assert expected, "the demo regency has agencies without an innovation in 2025"
    listed = at.dataframe[0].value
    assert listed["OPD"].tolist() == expected
    assert f"{len(expected)} dari {active} OPD aktif belum berinovasi pada 2025" in texts(at, "subheader")
    # the same set is what I2 counts: the share with an innovation is the rest
    i2 = cli(demo_db, "--tahun", "2025")["I2_opd_berinovasi_pct"]["nilai"]
    assert i2 == pytest.approx(100 * (active - len(expected)) / active)


def test_the_register_search_finds_by_name_case_insensitively(demo_db):
    at = run_page(tahun="2025")
    at.text_input(key="inovasi_cari").input("DIGITAL").run()
    assert not at.exception
    register = at.dataframe[-1].value
    n = sql(
        demo_db,
        "SELECT count(*) FROM inovasi i JOIN opd o USING (kode_opd) WHERE o.aktif AND "
        "(lower(i.nama_inovasi) LIKE '%digital%' OR lower(o.nama_opd) LIKE '%digital%')",
    )[0][0]
    assert len(register) == n > 0
    assert all("digital" in name.lower() for name in register["Nama inovasi"])
    assert f"{n} inovasi ditemukan" in texts(at, "caption")


def test_search_text_is_bound_not_spliced(demo_db):
    at = run_page(tahun="2025")
    at.text_input(key="inovasi_cari").input("50%' OR '1'='1").run()
    assert not at.exception
    assert "Tidak ada inovasi yang cocok" in texts(at, "info")
    # a wildcard typed by a user is a literal character, not "anything"
    at.text_input(key="inovasi_cari").input("%").run()
    assert "Tidak ada inovasi yang cocok" in texts(at, "info")


def test_only_this_year_keeps_the_years_innovations(demo_db):
    at = run_page(tahun="2024")
    at.checkbox(key="inovasi_hanya_tahun").check().run()
    register = at.dataframe[-1].value
    in_2024 = sql(
        demo_db,
        "SELECT count(*) FROM inovasi JOIN opd USING (kode_opd) WHERE aktif AND tahun = 2024",
    )[0][0]
    assert len(register) == in_2024
    assert set(register["Tahun"]) == {2024}


def test_awards_of_the_year_are_listed(demo_db):
    at = run_page(tahun="2025", bahasa="en")
    awards = next(d.value for d in at.dataframe if "Award" in d.value.columns)
    n = sql(
        demo_db, "SELECT count(*) FROM penghargaan p JOIN opd o USING (kode_opd) WHERE aktif AND tahun = 2025"
    )
    assert len(awards) == n[0][0]
    assert set(awards["Level"]) <= {
        "Regency level",
        "Province level",
        "National level",
        "International level",
    }


SMALL = {
    "opd": """
        kode_opd,nama_opd,jenis_opd,aktif
        DINAS_A,Dinas Contoh A,dinas,ya
        DINAS_B,Dinas Contoh B,dinas,ya
        KEC_C,Kecamatan Contoh C,kecamatan,ya
    """,
    "inovasi": """
        id_inovasi,kode_opd,nama_inovasi,tahun,bentuk,digital,tahapan,tahap_lab
        I1,DINAS_A,Antrean Daring,2024,pelayanan_publik,ya,penerapan,deliver
        I2,DINAS_A,Arsip Elektronik,2024,tata_kelola,tidak,uji_coba,
    """,
    "pegawai": """
        tahun,id_pegawai,kode_opd,status_asn,jenis_jabatan,jenis_kelamin,jp_pengembangan,mutasi
        2025,P1,DINAS_B,PNS,pelaksana,L,25,tidak
    """,
}


@pytest.fixture
def small_db(tmp_path):
    """Two innovations of one agency in 2024, none in 2025, no awards at all."""
    source = tmp_path / "sumber"
    source.mkdir()
    for table, text in SMALL.items():
        (source / f"{table}.csv").write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    result = import_source([source], tmp_path / "kecil.duckdb")
    assert result.ok, [p.line() for p in result.errors]
    with database(tmp_path / "kecil.duckdb") as db:
        yield db


def test_a_year_without_innovations_says_why(small_db):
    at = run_page(tahun="2025")
    assert metric(at, "Inovasi baru") == "0"
    assert metric(at, "Inovasi digital") == fmt.DASH  # a share of nothing is no number
    infos = texts(at, "info")
    assert "Belum ada inovasi terdaftar pada 2025 untuk OPD terpilih." in infos
    assert "Belum ada inovasi pada 2025, jadi belum ada sebaran bentuk." in infos
    assert "Belum ada penghargaan yang tercatat pada 2025" in infos
    # every active agency is on the list to act on; the one that innovated before says when
    listed = at.dataframe[0].value
    assert listed["OPD"].tolist() == ["Dinas Contoh A", "Dinas Contoh B", "Kecamatan Contoh C"]
    assert listed["Inovasi terakhir"].tolist() == ["2024", "belum pernah", "belum pernah"]


def test_an_agency_that_never_innovated_renders_empty_states(small_db):
    at = run_page(tahun="2024", opd="KEC_C")
    assert metric(at, "Inovasi baru") == "0"
    infos = texts(at, "info")
    assert "Belum ada inovasi terdaftar untuk OPD terpilih." in infos
    assert "Belum ada inovasi terdaftar s.d. 2024 untuk OPD terpilih" in infos
    assert "Belum ada inovasi terdaftar untuk pilihan ini." in infos


def test_stages_count_the_years_innovations_and_all_so_far(small_db):
    at = run_page(tahun="2024", opd="DINAS_A")
    caption = texts(at, "caption")
    # one innovation applied and one on trial in 2024; the lab saw one (deliver), not the other
    assert "inovasi 2024: Inisiatif 0 · Uji coba 1 · Penerapan 1" in caption
    assert "1 inovasi s.d. 2024 tidak melalui laboratorium" in caption
