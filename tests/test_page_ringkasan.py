"""The overview's opening (issue 10): the summary's sentences, the import they compare
with, the follow-up list opening each OPD's profile, the KPI cards' trend lines and title
links. AppTest against the demo built in two imports; the builders on hand-made input."""

from __future__ import annotations

from urllib.parse import parse_qs

import polars as pl
import pytest

from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE
from kinerja.indicators.ringkasan import summarize
from kinerja.ui import drill
from kinerja.views import ringkasan as vr
from tests.appkit import build_demo_db
from tests.pagekit import database, run_page


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("ringkasan_ui"))) as db:
        yield db


def sentences_shown(at) -> list[str]:
    """The bullet list that opens the overview, Markdown escapes undone."""
    block = next(m.value for m in at.markdown if m.value.startswith("- "))
    return [line[2:].replace("\\", "") for line in block.split("\n")]


def links(at) -> list:
    """The page links of the page itself (the sidebar's are left out)."""
    return [e.proto for e in at.main.get("page_link")]


def test_overview_opens_with_the_summary_sentences_and_the_import_they_compare_with(demo_db):
    at = run_page("dashboard.py", tahun="2025")
    expected = summarize(demo_db, 2025)
    assert sentences_shown(at) == expected["kalimat"][:5]
    compared = vr.compared_line(expected["impor"], "id")
    assert compared.startswith("Dibandingkan dengan data impor ")
    assert compared in [c.value for c in at.caption]


def test_overview_sentences_in_english_with_english_numbers(demo_db):
    at = run_page("dashboard.py", tahun="2025", bahasa="en")
    expected = summarize(demo_db, 2025, bahasa="en")
    assert sentences_shown(at) == expected["kalimat"][:5]
    assert any(c.value.startswith("Compared with the data of the import of ") for c in at.caption)


def test_follow_up_list_names_each_opd_and_opens_its_profile_with_the_filters_kept(demo_db):
    at = run_page("dashboard.py", tahun="2025", jenis_opd="kecamatan,dinas")
    kejar = summarize(demo_db, 2025, jenis=["kecamatan", "dinas"])["kejar"]
    assert kejar, "the demo has OPD to follow up"
    assert at.expander[0].label == f"Perlu ditindaklanjuti ({len(kejar)} OPD)"
    follow = [p for p in links(at) if p.page == "profil_opd"]
    assert len(follow) == len(kejar)
    for link, item in zip(follow, kejar, strict=True):
        query = parse_qs(link.query_string)
        assert query["profil"] == [item["kode_opd"]]
        assert query["tahun"] == ["2025"] and query["jenis_opd"] == ["kecamatan,dinas"]
        assert item["kode_opd"] not in link.label  # names, not codes
        if item["tanpa_inovasi"]:
            assert "tanpa inovasi 2025" in link.label
        if item["bulan_kosong"]:
            assert f"{item['bulan_kosong']} bulan tanpa permohonan" in link.label


def test_every_kpi_card_has_a_trend_line_and_a_title_that_opens_its_area_page(demo_db):
    at = run_page("dashboard.py", tahun="2025", bahasa="en")
    cards = [m.proto for m in at.metric]
    headlines = {area: rules.headlines(area) for area in drill.AREA_PAGES}
    assert len(cards) == sum(len(codes) for codes in headlines.values())
    assert all(len(c.chart_data) >= 2 for c in cards), [c.label for c in cards if len(c.chart_data) < 2]
    # the first card is the work area's key indicator, dated: the twelve months of 2025
    assert BY_CODE[headlines["work"][0]].monthly and len(cards[0].chart_data) == 12
    areas = [p for p in links(at) if p.page != "profil_opd"]
    expected = [drill.AREA_PAGES[a][len("pages/") : -3] for a, codes in headlines.items() for _ in codes]
    assert [p.page for p in areas] == expected
    assert all(parse_qs(p.query_string) == {"tahun": ["2025"], "bahasa": ["en"]} for p in areas)
    assert areas[0].label == rules.short_name(headlines["work"][0], "en")


# --- the builders on hand-made input ---------------------------------------------------------


def test_follow_up_entry_says_why_in_words_red_indicators_by_name():
    item = {
        "kode_opd": "DINKES",
        "merah": ["W3_tepat_waktu_pct", "W5_ikm"],
        "tanpa_inovasi": True,
        "bulan_kosong": 1,
    }
    entry = vr.follow_up(item, {"DINKES": "Dinas Kesehatan"}, 2025, "id")
    assert entry.text() == (
        "Dinas Kesehatan — Tertinggal: Selesai tepat waktu, Kepuasan (IKM) · 1 bulan tanpa permohonan"
        " · tanpa inovasi 2025"
    )
    en = vr.follow_up({**item, "bulan_kosong": 3, "merah": []}, {}, 2025, "en")
    assert en.text() == "DINKES — 3 months without applications · no innovation in 2025"


def test_import_time_keeps_the_stamps_own_zone_and_the_languages_clock():
    assert vr.import_time("2026-11-30T10:02:11+07:00", "id") == "30 Nov 2026 10.02"
    assert vr.import_time("2026-11-30T10:02:11+07:00", "en") == "30 Nov 2026 10:02"
    assert vr.compared_line({"sekarang": None, "sebelumnya": None}, "en") == t("ringkasan_ui_no_import", "en")


def test_monthly_trend_is_the_twelve_months_up_to_the_last_month_across_the_year_boundary():
    # values 2024-11 .. 2025-10 are 1..12; 2024-10 (13 months back) must not appear
    months = [(2024, 10, 99.0)] + [(2024, m, float(m - 10)) for m in (11, 12)]
    months += [(2025, m, float(m + 2)) for m in range(1, 11)]
    frame = pl.DataFrame(months, schema=["tahun", "bulan", "nilai"], orient="row").with_columns(
        kode=pl.lit("W5_ikm")
    )
    assert vr.monthly_trend(frame, "W5_ikm", 2025, 10) == [float(i) for i in range(1, 13)]


def test_yearly_trend_leaves_out_a_running_years_growing_count():
    frame = pl.DataFrame(
        {"tahun": [2022, 2023, 2024, 2025], "kode": ["I1_inovasi"] * 4, "nilai": [5.0, 7, 9, 3]}
    )
    years = [2022, 2023, 2024, 2025]
    assert vr.yearly_trend(frame, "I1_inovasi", 2025, years, running=True) == [5.0, 7.0, 9.0]
    assert vr.yearly_trend(frame, "I1_inovasi", 2025, years, running=False) == [5.0, 7.0, 9.0, 3.0]
    assert vr.drawable([None, 1.0]) is None and vr.drawable([1.0, None, 2.0]) == [1.0, 2.0]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_definitions_page_states_the_summarys_methods(demo_db, lang):
    at = run_page("pages/definisi.py", bahasa=lang)
    assert t("definitions_summary_title", lang) in [s.value for s in at.subheader]
    shown = [m.value for m in at.markdown]
    for key in (
        "definitions_changes",
        "definitions_running_year",
        "definitions_pace",
        "definitions_kejar",
        "ringkasan_ui_definitions_trend",
    ):
        assert t(key, lang) in shown, key


def test_a_clicked_bar_or_its_target_tick_names_the_opd_it_stands_for():
    from kinerja.ui import charts

    fig = charts.ranking(
        ["Dinas <A>", "Dinas B", "Dinas B"],  # names from the data: escaped, duplicates made unique
        [90.0, 80.0, 70.0],
        ["hijau", None, "merah"],
        title="t",
        lang="id",
        text=["90", "80", "70"],
        hover=["a", "b", "c"],
        own_targets=[85.0, None, 75.0],
        keys=["A", "B1", "B2"],
    )
    labels = list(fig.layout.yaxis.categoryarray)
    assert [drill.clicked_key(fig, [{"y": label}]) for label in labels] == ["A", "B1", "B2"]
    assert drill.clicked_key(fig, []) is None and drill.clicked_key(fig, [{"y": "elsewhere"}]) is None
    without = charts.ranking(
        ["X", "Y"], [1.0, 2.0], [None, None], title="t", lang="id", text=["1", "2"], hover=["x", "y"]
    )
    assert drill.clicked_key(without, [{"y": "X"}]) is None  # a chart without keys opens nothing
