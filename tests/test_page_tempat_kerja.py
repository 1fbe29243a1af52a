"""AppTest of pages/tempat_kerja.py (Tempat kerja, Our Workplace): renders, its numbers equal
the command line, filters change them, the SPBE ranking carries each OPD's predicate
(PermenPANRB 59/2020), OPD without an index are left out and counted, and a selection
without workplace data says why instead of failing."""

from __future__ import annotations

import pytest

from kinerja import fmt
from kinerja.i18n import PREDIKAT_EN
from kinerja.indicators.registry import spbe_predikat
from kinerja.ui import charts
from tests.appkit import build_demo_db
from tests.pagekit import captions, cli, database, figures, metric, sql
from tests.pagekit import run_page as run_any_page

PAGE = "pages/tempat_kerja.py"


def run_page(**params):
    return run_any_page(PAGE, **params)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("tempat_kerja"))) as db:
        yield db


def ranking(at) -> dict:
    """The per-OPD bars: the one chart with horizontal bars."""
    return next(f for f in figures(at) if f["data"][0].get("orientation") == "h")


def bars_by_label(fig: dict) -> dict[str, tuple[float, str]]:
    """label -> (value, the predicate written beside it) over every trace (one per status)."""
    return {
        y: (x, text.split(" · ")[-1])
        for trace in fig["data"]
        if trace["type"] == "bar"
        for y, x, text in zip(trace["y"], trace["x"], trace["text"], strict=True)
    }


def test_headline_cards_equal_the_command_line(demo_db):
    at = run_page(tahun="2025")
    want = cli(demo_db, "--tahun", "2025")
    assert at.title[0].value.startswith("Tempat kerja")
    assert metric(at, "Indeks SPBE") == fmt.number(want["P1_spbe"]["nilai"], 2)
    assert metric(at, "Surat elektronik") == fmt.percent(want["P2_surat_elektronik_pct"]["nilai"], 1)
    assert metric(at, "Hari kerja fleksibel") == fmt.percent(want["P3_kerja_fleksibel_pct"]["nilai"], 1)
    assert metric(at, "Titik layanan") == fmt.number(want["P4_titik_layanan"]["nilai"])
    assert f"Predikat {want['P1_spbe']['predikat']}" in captions(at)


def test_jenis_opd_filter_in_the_url_changes_the_numbers(demo_db):
    region = run_page(tahun="2025")
    kec = run_page(tahun="2025", jenis_opd="kecamatan")
    want = cli(demo_db, "--tahun", "2025", "--jenis-opd", "kecamatan")
    assert metric(kec, "Titik layanan") == fmt.number(want["P4_titik_layanan"]["nilai"])
    assert metric(kec, "Indeks SPBE") == fmt.number(want["P1_spbe"]["nilai"], 2)
    assert metric(kec, "Titik layanan") != metric(region, "Titik layanan")


def test_spbe_ranking_shows_each_opd_value_with_its_predicate(demo_db):
    at = run_page(tahun="2025")
    bars = bars_by_label(ranking(at))
    for kode in ("DISDUKCAPIL", "DPMPTSP", "KEC_SUKAMAJU"):
        want = cli(demo_db, "--tahun", "2025", "--opd", kode)["P1_spbe"]
        label = next(lab for lab in bars if lab in (kode, _short_name(demo_db, kode)))
        value, trace = bars[label]
        assert value == pytest.approx(want["nilai"])
        assert trace == want["predikat"] == spbe_predikat(value)


def test_spbe_predicates_are_in_english_with_bahasa_en(demo_db):
    at = run_page(tahun="2025", bahasa="en")
    assert at.title[0].value.startswith("Our Workplace")
    predicates = {p for _, p in bars_by_label(ranking(at)).values()}
    assert predicates and predicates <= set(PREDIKAT_EN.values())
    # the colours are statuses against each OPD's own target, named in the legend
    assert {trace["name"] for trace in ranking(at)["data"]} <= {"Met", "Close", "Behind", "No target"}


def test_opd_without_an_spbe_index_are_left_out_and_counted(demo_db):
    at = run_page(tahun="2025")
    missing = sql(
        demo_db,
        "SELECT count(*) FROM opd o WHERE o.aktif AND NOT EXISTS (SELECT 1 FROM tempat_kerja w "
        "WHERE w.kode_opd = o.kode_opd AND w.tahun = 2025 AND w.indeks_spbe IS NOT NULL)",
    )[0][0]
    active = sql(demo_db, "SELECT count(*) FROM opd WHERE aktif")[0][0]
    assert missing > 0, "the demo has OPD without an index, or this test proves nothing"
    assert f"{missing} OPD tanpa nilai Indeks SPBE tidak diperingkat" in captions(at)
    assert len(bars_by_label(ranking(at))) == active - missing


def test_choosing_electronic_letters_colours_opd_by_their_own_target(demo_db):
    at = run_page(tahun="2025")
    at.segmented_control(key="pilih_banding").set_value("P2_surat_elektronik_pct").run()
    assert not at.exception
    fig = ranking(at)
    assert fig["layout"]["title"]["text"].startswith("Surat elektronik:")
    # no OPD has its own target in the demo: every bar is "no target" grey, never held to the
    # region's target, which is drawn as the reference line (70% in 2025)
    assert [(t["name"], t["marker"]["color"]) for t in fig["data"]] == [
        ("Tanpa target", charts.STATUS_COLORS[None])
    ]
    assert [s["x0"] for s in fig["layout"]["shapes"]] == [70]
    assert "Target wilayah 70,0%" in [a["text"] for a in fig["layout"]["annotations"]]


def test_a_selection_without_workplace_data_says_why(demo_db):
    # DISBUDPAR was dissolved after 2023: the year 2025 exists, its workplace rows do not
    at = run_page(tahun="2025", opd="DISBUDPAR")
    assert "Belum ada data tempat kerja" in at.warning[0].value
    assert not at.get("plotly_chart")


def _short_name(db, kode: str) -> str:
    from kinerja.views.compare import opd_label

    return opd_label(kode, sql(db, "SELECT nama_opd FROM opd WHERE kode_opd = ?", [kode])[0][0])


@pytest.fixture
def tiny_db(kinerja_db):
    """Two OPD: A on the Memuaskan boundary (4,2), B just under Cukup (1,79)."""
    db = kinerja_db(
        {
            "opd": "kode_opd,nama_opd,jenis_opd\nA,Dinas Alfa,dinas\nB,Badan Beta,badan",
            "tempat_kerja": "tahun,kode_opd,indeks_spbe,surat_total,surat_elektronik,"
            "hari_kerja_total,hari_kerja_fleksibel,titik_layanan\n"
            "2025,A,4.2,100,80,200,20,3\n2025,B,1.79,50,10,,,",
        }
    )
    with database(db):
        yield db


def test_hand_worked_predicates_and_workplace_values(tiny_db):
    at = run_page()
    # P1 = (4,2 + 1,79) / 2 = 2,995: Baik · P2 = 90 / 150 · P3 = 20 / 200 (B gave no days)
    assert metric(at, "Indeks SPBE") == "3,00"
    assert "Predikat Baik" in captions(at)
    assert metric(at, "Surat elektronik") == "60,0%"
    assert metric(at, "Hari kerja fleksibel") == "10,0%"
    assert metric(at, "Titik layanan") == "3"
    # two OPD make no ranking (at least three); the table keeps each predicate
    assert "memerlukan sedikitnya 3 OPD" in " ".join(i.value for i in at.info)
    table = at.dataframe[-1].value
    assert table["Predikat SPBE"].tolist() == ["Memuaskan", "Kurang"]
