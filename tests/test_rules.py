"""One test per rule of kinerja.indicators.rules, on hand-built values."""

from __future__ import annotations

import datetime as dt
import tomllib

import polars as pl
import pytest

from kinerja import palette
from kinerja.indicators import rules
from kinerja.indicators.registry import BY_CODE, CODES
from tests.appkit import ROOT

# --- words ---------------------------------------------------------------------------------


def test_short_name_falls_back_to_the_name_and_has_one_table():
    assert rules.short_name("W5_ikm", "id") == "Kepuasan (IKM)"
    assert rules.short_name("W5_ikm", "en") == "Satisfaction (IKM)"
    assert (
        rules.short_name("W1_permohonan", "id") == rules.name("W1_permohonan", "id") == "Permohonan layanan"
    )
    # a card holds about 18 characters beside three others at 1280 px
    long = [c for c in CODES if BY_CODE[c].headline and len(rules.short_name(c, "id")) > 20]
    assert long == []


def test_selection_title_names_whom_the_numbers_are_about():
    names = {"DINKES": "Dinas Kesehatan", "KEC_A": "Kecamatan A", "KEC_B": "Kecamatan B"}
    title = rules.selection_title
    assert title("Kabupaten Contoh", ["DINKES", "KEC_A"], names, filtered=False) == "Kabupaten Contoh"
    assert title("K", ["DINKES"], names, filtered=True, named_opd=["DINKES"]) == "Dinas Kesehatan"
    # a kind that selects exactly one OPD: that OPD's name
    assert title("K", ["KEC_A"], names, filtered=True, jenis=["kecamatan"]) == "Kecamatan A"
    assert title("K", ["KEC_A", "KEC_B"], names, filtered=True, jenis=["kecamatan"]) == "Kecamatan"
    assert title("K", ["KEC_A", "KEC_B"], names, filtered=True, jenis=["kecamatan"], lang="en") == (
        "Kecamatan (sub-district)"
    )
    three = ["DINKES", "KEC_A", "KEC_B"]
    assert title("K", three, names, filtered=True, named_opd=three) == "3 OPD terpilih"
    assert title("K", three, names, filtered=True, named_opd=three, lang="en") == "3 selected OPD"


# --- status ----------------------------------------------------------------------------------


def test_one_legend_with_no_target_in_neutral_grey():
    assert [w for _, w, _ in rules.legend("id")] == ["Tercapai", "Hampir", "Tertinggal", "Tanpa target"]
    assert rules.status_colour(None) == "#9AA0A6"
    assert rules.status_colour(None) not in palette.AREA_COLORS.values()
    assert rules.status_colour("kuning") == palette.STATUS_COLORS["kuning"]


def test_streamlit_badges_are_drawn_in_the_palette_colours():
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["theme"]
    for status in rules.STATUSES:
        assert theme[f"{rules.status_badge(status)}Color"] == rules.status_colour(status)
        assert theme[f"{rules.status_badge(status)}TextColor"] == palette.STATUS_INK[status]


def test_a_growing_count_in_a_running_year_is_progress_not_a_verdict():
    row = {"kode": "W1_permohonan", "nilai": 700.0, "target": 1000.0, "status": "merah"}
    running = rules.verdict(row, running=True)
    assert running.status is None and running.progress_pct == pytest.approx(70.0)  # 700 / 1000
    assert running.word("id") == "70% target tahunan"
    assert rules.verdict(row, running=False).status == "merah"
    # a share is judged even while the year runs
    share = {"kode": "W2_online_pct", "nilai": 50.0, "target": 60.0, "status": "kuning"}
    assert rules.verdict(share, running=True).status == "kuning"


def test_scorecard_counts_the_award_total_not_its_levels_and_says_when_nothing_is_judged():
    rows = [
        {"kode": "W2_online_pct", "nilai": 60.0, "target": 50.0, "status": "hijau"},
        {"kode": "W1_permohonan", "nilai": 10.0, "target": 20.0, "status": "merah"},
        {"kode": "I3_penghargaan", "nilai": 2.0, "target": 1.0, "status": "hijau"},
        {"kode": "I3_penghargaan_nasional", "nilai": 1.0, "target": 1.0, "status": "hijau"},
    ]
    assert rules.scorecard_count(rows, running=False) == (2, 3)
    # running: W1 and the awards are progress; only W2 is judged
    assert rules.scorecard_count(rows, running=True) == (1, 1)
    heading = rules.scorecard_heading(0, 0, "id")
    assert "0 dari 0" not in heading and "tidak memiliki target" in heading
    assert "satu OPD" in rules.scorecard_note(0, "id") and rules.scorecard_note(3, "id") == ""


# --- grades ----------------------------------------------------------------------------------


def test_grade_is_decided_by_the_code_kind():
    assert rules.grade("W5_ikm", 88.305) == "A"  # rounded half up to 88.31
    assert rules.grade("P1_spbe", (4.1 + 4.3) / 2) == "Memuaskan"  # 4.2 despite float noise
    assert rules.grade("W2_online_pct", 99.0) is None
    assert rules.grade_word("W5_ikm", "B", "id") == "Mutu B (Baik)"
    assert rules.grade_word("P1_spbe", "Sangat Baik", "en") == "Rating Very good"
    assert rules.grade_word("W2_online_pct", None, "id") == ""


# --- targets ---------------------------------------------------------------------------------


def test_target_scope_follows_the_contract():
    assert rules.target_scope([], [], {"A", "B"}) == "wilayah"
    assert rules.target_scope(["A"], [], {"A"}) == "opd"
    assert rules.target_scope(["A", "A"], [], {"A"}) == "opd"  # one OPD named twice
    assert rules.target_scope([], ["rsud"], {"A"}) is None  # a kind holding one OPD: no target
    assert rules.target_scope(["A"], ["dinas"], {"A"}) == "opd"  # named, and of that kind
    assert rules.target_scope(["A", "B"], [], {"A", "B"}) is None
    assert rules.target_scope([], [], {"A"}, sampai_bulan=10) is None


def test_region_target_is_a_reference_for_shares_not_counts():
    assert rules.reference_target("W3_tepat_waktu_pct", 90.0) == 90.0
    assert rules.reference_target("W4_median_hari", 5.0) == 5.0
    assert rules.reference_target("I1_inovasi", 20.0) is None
    assert rules.reference_target("P4_titik_layanan", 50.0) is None
    assert rules.reference_target("W3_tepat_waktu_pct", None) is None


# --- rankings ----------------------------------------------------------------------------------


def _frame(values: dict[str, float | None]) -> pl.DataFrame:
    return pl.DataFrame({"kode_opd": list(values), "nilai": list(values.values())})


def _sizes(**columns) -> pl.DataFrame:
    return pl.DataFrame({"kode_opd": ["A", "B", "C", "D"], **columns})


def test_asn_floor_keeps_small_opd_out_of_a_workforce_ranking(monkeypatch):
    monkeypatch.delenv("KINERJA_MIN_ASN", raising=False)
    frame = _frame({"A": 80.0, "B": 95.0, "C": 60.0, "D": None})
    sizes = _sizes(permohonan=[0] * 4, responden=[0] * 4, asn=[12, 9, 10, 40])
    ranked = rules.rankable(frame, sizes, "F2_jp20_pct")
    # B has 9 ASN (< 10) and D no value: A (80) then C (60)
    assert ranked.frame["kode_opd"].to_list() == ["A", "C"]
    assert ranked.frame["n"].to_list() == [12, 10]
    assert ranked.left_out == 2 and ranked.minimum == 10 and ranked.basis == "asn"  # B and D
    assert not ranked.enough  # two OPD are no ranking
    assert "sedikitnya 3 OPD" in ranked.why_not("id")
    assert ranked.left_out_note("en") == (
        "2 agencies are not ranked because they have too little data (fewer than 10 civil servants)."
    )


def test_floors_are_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("KINERJA_MIN_ASN", "5")
    monkeypatch.setenv("KINERJA_MIN_PERMOHONAN", "100")
    assert rules.floors() == {"permohonan": 100, "responden": 10, "asn": 5}
    sizes = _sizes(permohonan=[100, 99, 500, 0], responden=[0] * 4, asn=[9, 9, 9, 9])
    on_time = rules.rankable(
        _frame({"A": 90.0, "B": 99.0, "C": 70.0, "D": None}), sizes, "W3_tepat_waktu_pct"
    )
    assert on_time.frame["kode_opd"].to_list() == ["A", "C"]
    jp = rules.rankable(_frame({"A": 1.0, "B": 2.0, "C": 3.0, "D": 4.0}), sizes, "F3_jp_rata")
    assert jp.frame["kode_opd"].to_list() == ["D", "C", "B", "A"] and jp.enough


def test_lower_is_better_ranks_the_shortest_median_first_and_no_basis_needs_no_sizes():
    sizes = _sizes(permohonan=[50] * 4, responden=[0] * 4, asn=[0] * 4)
    median = rules.rankable(_frame({"A": 5.0, "B": 2.0, "C": 9.0, "D": 2.0}), sizes, "W4_median_hari")
    assert median.frame["kode_opd"].to_list() == ["B", "D", "A", "C"]  # ties by code
    spbe = rules.rankable(_frame({"A": 3.0, "B": None, "C": 4.0}), None, "P1_spbe")
    assert spbe.frame["kode_opd"].to_list() == ["C", "A"] and spbe.left_out == 1
    assert spbe.left_out_note("id") == "1 OPD tanpa nilai Indeks SPBE tidak diperingkat."


def test_registry_lists_replace_page_lists():
    assert rules.headlines("work") == ("W5_ikm", "W3_tepat_waktu_pct", "W2_online_pct", "W1_permohonan")
    assert rules.rankable_codes("workforce") == ("F2_jp20_pct", "F3_jp_rata", "F4_mutasi_pct")
    assert "I3_penghargaan_nasional" not in rules.area_codes("innovation")
    # every code with a basis is either ranked with its floor or not rankable at all
    assert all(BY_CODE[c].polarity for c in rules.rankable_codes())


# --- years -----------------------------------------------------------------------------------


def test_running_year_is_the_latest_year_stopping_before_31_december():
    assert rules.running_month(2026, 2026, dt.date(2026, 10, 15)) == 10
    assert rules.running_month(2026, 2026, dt.date(2026, 12, 31)) is None
    assert rules.running_month(2025, 2026, dt.date(2025, 12, 30)) is None  # a later year began
    assert rules.running_month(2026, 2026, None) is None


def test_a_partial_year_never_compares_yearly_events_with_a_whole_year():
    assert rules.comparison("I1_inovasi", None) == "year"
    assert rules.comparison("I1_inovasi", 10) is None  # Jan–Oct innovations vs a whole year: no
    assert rules.comparison("I4_inovasi_digital_pct", 10) is None
    assert rules.comparison("W1_permohonan", 10) == "months"
    assert rules.comparison("F2_jp20_pct", 10) == "year"  # one record per ASN and year
    before = {"I1_inovasi": 12.0, "W1_permohonan": 900.0, "F1_asn": 40.0}
    assert rules.comparable(before, 10) == {"W1_permohonan": 900.0, "F1_asn": 40.0}
    assert rules.comparable(before, None) == before


def test_a_growing_count_ranked_in_a_running_year_carries_no_verdict():
    frame = _frame({"A": 3.0, "B": 1.0, "C": 2.0}).with_columns(status=pl.Series(["hijau", "merah", None]))
    assert rules.rankable(frame, None, "I1_inovasi").frame["status"].to_list() == ["hijau", None, "merah"]
    running = rules.rankable(frame, None, "I1_inovasi", running=True)
    assert running.frame["status"].to_list() == [None, None, None]  # progress: grey, no verdict
    assert running.frame["kode_opd"].to_list() == ["A", "C", "B"]
