"""AppTest of the Profil OPD page: a link `?profil=KODE` opens that OPD with the numbers of
the command line, the choice is kept in the URL, an unknown code falls back with a notice,
ranks among the OPD of the same kind respect polarity, and an OPD without data renders."""

from __future__ import annotations

import textwrap

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from kinerja import fmt
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE, CODES
from kinerja.ingest.importer import import_source
from kinerja.ui import widgets
from tests import pagekit
from tests.appkit import build_demo_db
from tests.pagekit import cli, database, metric

PAGE = "pages/profil_opd.py"


def run_page(**params) -> AppTest:
    return pagekit.run_page(PAGE, **params)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("profil"))) as db:
        yield db


def table(at: AppTest):
    """The scorecard table, indexed by indicator name."""
    frame = next(d.value for d in at.dataframe if "Peringkat di jenisnya" in d.value.columns)
    return frame.set_index("Indikator")


def test_a_link_opens_that_opd_with_the_numbers_of_the_command_line(demo_db):
    at = run_page(tahun="2025", profil="DISDUKCAPIL")
    assert at.title[0].value == "Profil OPD: Dinas Kependudukan dan Pencatatan Sipil"
    assert at.query_params["profil"] == "DISDUKCAPIL"
    ind = cli(demo_db, "--tahun", "2025", "--opd", "DISDUKCAPIL")
    for label, code in (
        ("Permohonan layanan", "W1_permohonan"),
        ("Permohonan daring", "W2_online_pct"),
        ("Selesai tepat waktu", "W3_tepat_waktu_pct"),
        ("Kepuasan (IKM)", "W5_ikm"),
        ("Indeks SPBE", "P1_spbe"),
        ("Inovasi baru", "I1_inovasi"),
    ):
        assert metric(at, label) == fmt.indicator_value(ind[code]["nilai"], BY_CODE[code].unit), label
    # every indicator of the registry, each with the OPD's own target and status
    rows = table(at)
    assert len(rows) == len(CODES)
    for code in CODES:
        row, want = rows.loc[widgets.name(code, "id")], ind[code]
        unit = BY_CODE[code].unit
        assert row["Nilai"] == fmt.indicator_value(want["nilai"], unit), code
        target = fmt.DASH if want["target"] is None else fmt.indicator_value(want["target"], unit)
        assert row["Target"] == target, code
        assert row["Status"] == t(f"status_{want['status']}" if want["status"] else "status_none"), code
    # the demo sets DISDUKCAPIL its own targets for online share, on-time completion and IKM
    assert ind["W5_ikm"]["target"] is not None


def first_to_follow_up(db, tahun: int, jenis: list[str] = ()) -> str:
    """The overview's `kejar` list, worked on its own: its first OPD."""
    from kinerja.indicators import ringkasan

    kejar = ringkasan.summarize(db, tahun, jenis=jenis)["kejar"]
    return kejar[0]["kode_opd"]


def test_no_profil_opens_the_opd_most_in_need_of_follow_up(demo_db):
    first = first_to_follow_up(demo_db, 2025, ["kecamatan"])
    at = run_page(tahun="2025", jenis_opd="kecamatan")
    assert at.query_params["profil"] == first
    name = pagekit.sql(demo_db, "select nama_opd from opd where kode_opd = ?", [first])[0][0]
    assert at.title[0].value == f"Profil OPD: {name}"


def test_an_unknown_code_falls_back_with_a_notice_naming_what_it_shows(demo_db):
    first = first_to_follow_up(demo_db, 2025)
    at = run_page(tahun="2025", profil="TIDAK-ADA")
    notice = " ".join(n.value for n in at.toast)
    assert "profil=TIDAK-ADA" in notice and f"memakai {first.replace('_', chr(92) + '_')}" in notice
    assert at.query_params["profil"] == first


def test_the_trend_legend_names_the_opd_not_its_code(demo_db):
    at = run_page(tahun="2025", profil="DISDUKCAPIL")
    legends = {tr.get("name") for f in pagekit.figures(at) for tr in f["data"]}
    assert "DISDUKCAPIL" not in legends
    assert any(n and n.startswith("Dinas Kependudukan") for n in legends), legends


def test_choosing_another_opd_changes_the_numbers_and_the_url(demo_db):
    at = run_page(tahun="2025", profil="DISDUKCAPIL")
    before = metric(at, "Permohonan layanan")
    at.selectbox(key="profil_pilih").set_value("DINKES").run()
    assert not at.exception
    assert at.title[0].value == "Profil OPD: Dinas Kesehatan"
    assert at.query_params["profil"] == "DINKES"
    ind = cli(demo_db, "--tahun", "2025", "--opd", "DINKES")
    assert metric(at, "Permohonan layanan") == fmt.number(ind["W1_permohonan"]["nilai"]) != before
    # and the choice holds when the page reruns
    at.run()
    assert at.title[0].value == "Profil OPD: Dinas Kesehatan"


def expected_rank(kartu, db, code: str, opd: str, tahun: int) -> str:
    """Rank by each OPD's own value, computed the way the command line does for `--opd`
    (the `kartu` fixture), among the active OPD of the same kind, leaving out those with
    fewer applications than rules.floors() asks (counted here in SQL)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        kind = con.execute("SELECT jenis_opd FROM opd WHERE kode_opd = ?", [opd]).fetchone()[0]
        peers = [
            r[0]
            for r in con.execute("SELECT kode_opd FROM opd WHERE aktif AND jenis_opd = ?", [kind]).fetchall()
        ]
        enough = {
            r[0]
            for r in con.execute(
                "SELECT l.kode_opd FROM permohonan p JOIN layanan l USING (kode_layanan) "
                "WHERE year(p.tanggal_masuk) = ? GROUP BY 1 HAVING count(*) >= ?",
                [tahun, rules.floors()["permohonan"]],
            ).fetchall()
        }
    finally:
        con.close()
    values = {}
    for peer in peers:
        if peer in enough:
            value = kartu(db, tahun, opd=[peer])[code]["nilai"]
            if value is not None:
                values[peer] = value
    mine = values[opd]
    lower = BY_CODE[code].polarity == "lower"
    better = sum(1 for v in values.values() if (v < mine if lower else v > mine))
    return f"{better + 1} dari {len(values)}"


@pytest.mark.parametrize("code", ["W2_online_pct", "W4_median_hari"])  # higher and lower is better
def test_rank_among_the_opd_of_the_same_kind_respects_polarity(demo_db, kartu, code):
    at = run_page(tahun="2025", profil="DISDUKCAPIL")
    shown = table(at).loc[widgets.name(code, "id"), "Peringkat di jenisnya"]
    assert shown == expected_rank(kartu, demo_db, code, "DISDUKCAPIL", 2025)


SMALL = {
    "opd": """
        kode_opd,nama_opd,jenis_opd,aktif
        DINAS_A,Dinas Contoh A,dinas,ya
        DINAS_B,Dinas Contoh B,dinas,ya
        KEC_C,Kecamatan Contoh C,kecamatan,ya
    """,
    "pegawai": """
        tahun,id_pegawai,kode_opd,status_asn,jenis_jabatan,jenis_kelamin,jp_pengembangan,mutasi
        2025,P1,DINAS_B,PNS,pelaksana,L,25,tidak
        2025,P2,DINAS_A,PNS,pelaksana,P,10,tidak
    """,
}


@pytest.fixture
def small_db(tmp_path):
    """Three agencies, two civil servants in 2025, nothing else."""
    source = tmp_path / "sumber"
    source.mkdir()
    for table_name, text in SMALL.items():
        (source / f"{table_name}.csv").write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    result = import_source([source], tmp_path / "kecil.duckdb")
    assert result.ok, [p.line() for p in result.errors]
    with database(tmp_path / "kecil.duckdb") as db:
        yield db


def test_an_opd_without_data_renders_and_says_why(small_db):
    at = run_page(tahun="2025", profil="KEC_C")
    assert at.title[0].value == "Profil OPD: Kecamatan Contoh C"
    assert "Belum ada data 2025 untuk OPD ini." in " ".join(w.value for w in at.warning)
    assert metric(at, "Permohonan daring") == fmt.DASH
    captions = " ".join(c.value for c in at.caption)
    assert "satu-satunya OPD aktif jenisnya" in captions
    assert "Tanpa data untuk OPD ini pada tahun mana pun" in captions
    assert set(table(at)["Peringkat di jenisnya"]) == {fmt.DASH}


def test_two_opd_of_a_kind_are_not_ranked(small_db):
    at = run_page(tahun="2025", profil="DINAS_A")
    # one ASN each (below the floor of 10), and two OPD are no ranking anyway (at least three)
    rows = table(at)
    assert rows.loc["ASN memenuhi 20 JP", "Peringkat di jenisnya"] == fmt.DASH
    assert rows.loc["Rata-rata JP pengembangan", "Peringkat di jenisnya"] == fmt.DASH
    # nobody has an innovation: a rank of equals says nothing
    assert rows.loc["Inovasi baru", "Peringkat di jenisnya"] == fmt.DASH


def test_the_profile_says_why_its_opd_needs_follow_up_and_says_nothing_otherwise(demo_db):
    from kinerja.indicators import ringkasan

    kejar = ringkasan.summarize(demo_db, 2025)["kejar"]
    item = next(k for k in kejar if k["bulan_kosong"] > 1)
    at = run_page(tahun="2025", profil=item["kode_opd"])
    notices = [w.value for w in at.warning if w.value.startswith("Perlu ditindaklanjuti")]
    assert len(notices) == 1, [w.value for w in at.warning]
    assert f"{item['bulan_kosong']} bulan tanpa permohonan" in notices[0]
    assert ("tanpa inovasi 2025" in notices[0]) == item["tanpa_inovasi"]

    listed = {k["kode_opd"] for k in kejar}
    calm = next(c for (c,) in pagekit.sql(demo_db, "select kode_opd from opd where aktif") if c not in listed)
    at = run_page(tahun="2025", profil=calm)
    assert not [w.value for w in at.warning if w.value.startswith("Perlu ditindaklanjuti")]
