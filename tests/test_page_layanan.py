"""The Layanan page (pages/layanan.py) in AppTest, and its two breakdown queries.

On the demo regency: the page renders, every chart title states a finding, a filter in the
URL changes the numbers to what the command line computes, English leaves no Indonesian.
On a tiny hand-made regency: the per-service figures, the chart findings and the empty
states, each against a value worked out by hand.
"""

from __future__ import annotations

import html
import json

import pytest
from streamlit.testing.v1 import AppTest

from kinerja import fmt
from kinerja.indicators import metrics
from kinerja.storage import db
from kinerja.text.layanan import TEXT as PAGE_TEXT
from tests import pagekit
from tests.appkit import build_demo_db
from tests.pagekit import cli, database, metric

PAGE = "pages/layanan.py"


def run_page(**params) -> AppTest:
    return pagekit.run_page(PAGE, **params)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("layanan"))) as path:
        yield path


def chart_titles(at: AppTest) -> list[str]:
    """Each Plotly chart's title as plain text (lines joined, markup undone)."""
    titles = []
    for chart in at.get("plotly_chart"):
        text = json.loads(chart.proto.spec)["layout"]["title"]["text"]
        titles.append(html.unescape(text.replace("<br>", " ")))
    return titles


# --- the demo regency -----------------------------------------------------------------------


def test_page_renders_with_a_finding_as_every_chart_title(demo_db):
    at = run_page(tahun="2025")
    assert at.title[0].value == "Layanan publik Kabupaten Nusa Harapan 2025"
    titles = chart_titles(at)
    # monthly volume, online by year and by month, on time, SLA, IKM by OPD, elements, MPP
    assert len(titles) == 8
    w1 = cli(demo_db, "--tahun", "2025")["W1_permohonan"]["nilai"]
    assert titles[0].startswith(f"{fmt.number(w1)} permohonan pada 2025")
    assert "paling menurunkan IKM" in titles[6]
    assert len(at.get("download_button")) == 8  # XLSX and CSV of each of the four tables


def test_opd_filter_in_the_url_changes_the_numbers_to_the_cli_values(demo_db):
    region = run_page(tahun="2025")
    one = run_page(tahun="2025", opd="DISDUKCAPIL")
    want = cli(demo_db, "--tahun", "2025", "--opd", "DISDUKCAPIL")
    assert metric(one, "Permohonan layanan") == fmt.number(want["W1_permohonan"]["nilai"])
    assert metric(one, "Permohonan daring") == fmt.percent(want["W2_online_pct"]["nilai"], 1)
    assert metric(one, "Selesai tepat waktu") == fmt.percent(want["W3_tepat_waktu_pct"]["nilai"], 1)
    assert metric(one, "Kepuasan (IKM)") == fmt.number(want["W5_ikm"]["nilai"], 2)
    assert metric(one, "Permohonan layanan") != metric(region, "Permohonan layanan")
    assert chart_titles(one)[0].startswith(fmt.number(want["W1_permohonan"]["nilai"]) + " permohonan")
    # the element chart counts the respondents of that OPD alone, as skm.sql does
    con = db.open_readonly(demo_db)
    try:
        one_opd = dict(opd=["DISDUKCAPIL"], tahun_dari=2025, tahun_sampai=2025, sampai_bulan=None)
        skm = metrics.run(con, "skm", per_opd=False, per_bulan=False, **one_opd)
    finally:
        con.close()
    respondents = fmt.number(skm["responden"][0])
    assert any(f"{respondents} responden" in c.value for c in one.caption)


def test_jenis_opd_filter_counts_only_that_kind(demo_db):
    at = run_page(tahun="2025", jenis_opd="kecamatan")
    want = cli(demo_db, "--tahun", "2025", "--jenis-opd", "kecamatan")
    assert metric(at, "Permohonan layanan") == fmt.number(want["W1_permohonan"]["nilai"])
    assert metric(at, "Layanan terintegrasi") == fmt.number(want["W6_layanan_terintegrasi"]["nilai"])


def test_choosing_fastest_turns_the_sla_chart_around(demo_db):
    at = run_page(tahun="2025")
    slow = chart_titles(at)[4]
    at.segmented_control(key="layanan_sla_mode").set_value("fast").run()
    fast = chart_titles(at)[4]
    assert "tercepat" in fast and fast != slow


def _indonesian_fragments() -> set[str]:
    """This page's Indonesian strings that differ from their English, cut at placeholders."""
    found = set()
    for ident, eng in PAGE_TEXT.values():
        for part in ident.replace("{", "\0{").split("\0"):
            part = part.split("}")[-1].strip(" :·.,;()–—")
            if len(part) >= 6 and part not in eng:
                found.add(part)
    return found


def test_english_page_keeps_no_indonesian_in_titles_captions_or_charts(demo_db):
    at = run_page(tahun="2026", bahasa="en")
    assert at.title[0].value == "Public services: Kabupaten Nusa Harapan 2026"
    texts = chart_titles(at)
    texts += [e.value for kind in ("subheader", "caption", "info") for e in getattr(at, kind)]
    texts += [e.label for e in at.expander]
    control = at.segmented_control(key="layanan_sla_mode")
    texts += [control.label, *control.options]
    page_text = "\n".join(texts)
    leftovers = [s for s in _indonesian_fragments() if s in page_text]
    assert not leftovers, leftovers
    assert "pulls the IKM down" in page_text and "Completion time (U3)" in page_text


# --- a regency small enough to work out by hand -----------------------------------------------

OPD = """
    kode_opd,nama_opd,jenis_opd,aktif
    A,Dinas A,dinas,ya
    B,Kecamatan B,kecamatan,ya
"""
# A1 (SLA 2) and B1 (SLA 1) are integrated, A2 (SLA 5) is not.
LAYANAN = """
    kode_layanan,kode_opd,nama_layanan,sla_hari,terintegrasi
    A1,A,Izin Satu,2,ya
    A2,A,Izin Dua,5,tidak
    B1,B,Surat B,1,ya
"""
# 2025: A1 four completed in March after 1, 2, 3 and 4 days; A2 one after 3 days and one in
# progress, in May. 2024: one in February (A1), one in June (B1). B has nothing in 2025.
PERMOHONAN = """
    id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status
    p1,A1,2024-02-01,2024-02-02,online,selesai
    p2,A1,2025-03-03,2025-03-04,online,selesai
    p3,A1,2025-03-03,2025-03-05,offline,selesai
    p4,A1,2025-03-03,2025-03-06,online,selesai
    p5,A1,2025-03-03,2025-03-07,offline,selesai
    p6,A2,2025-05-02,2025-05-05,online,selesai
    p7,A2,2025-05-10,,offline,proses
    p8,B1,2024-06-01,2024-06-01,offline,selesai
"""
# Two respondents: every element 4 and 3, except U3 (waktu penyelesaian), 2 for both.
SKM = """
    id_responden,kode_layanan,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9
    r1,A1,2025-03-10,4,4,2,4,4,4,4,4,4
    r2,A2,2025-05-10,3,3,2,3,3,3,3,3,3
"""


@pytest.fixture
def small_db(kinerja_db):
    return kinerja_db({"opd": OPD, "layanan": LAYANAN, "permohonan": PERMOHONAN, "skm": SKM})


def run_query(path, name, **params):
    con = db.open_readonly(path)
    try:
        return metrics.run(con, name, **params)
    finally:
        con.close()


def test_per_service_figures_follow_w1_w3_w4_service_by_service(small_db):
    rows = run_query(small_db, "layanan_per_layanan", opd=["A", "B"], tahun=2025, sampai_bulan=None)
    # B1 had no application in 2025, so it is not listed; A1 is slower against its SLA
    assert rows["kode_layanan"].to_list() == ["A1", "A2"]
    a1, a2 = rows.row(0, named=True), rows.row(1, named=True)
    # A1: days 1, 2, 3, 4 -> median (2 + 3) / 2 = 2.5; within SLA 2: two of four; 2.5 / 2
    assert (a1["permohonan"], a1["selesai"], a1["median_hari"]) == (4, 4, 2.5)
    assert a1["tepat_waktu_pct"] == 50.0 and a1["median_per_sla"] == 1.25
    assert a1["nama_opd"] == "Dinas A" and a1["sla_hari"] == 2
    # A2: one completed after 3 days (SLA 5), one in progress -> median 3, 100% on time, 3 / 5
    assert (a2["permohonan"], a2["selesai"], a2["median_hari"]) == (2, 1, 3.0)
    assert a2["tepat_waktu_pct"] == 100.0 and a2["median_per_sla"] == pytest.approx(0.6)
    con = db.open_readonly(small_db)
    try:
        w1 = metrics.values(con, opd=["A", "B"], tahun_dari=2025, codes=["W1_permohonan"])["nilai"][0]
    finally:
        con.close()
    assert rows["permohonan"].sum() == w1 == 6


def test_integrated_list_holds_the_services_counted_by_w6(small_db):
    rows = run_query(small_db, "layanan_terintegrasi", opd=["A", "B"])
    assert rows["kode_layanan"].to_list() == ["A1", "B1"]
    assert rows["nama_opd"].to_list() == ["Dinas A", "Kecamatan B"]
    only_b = run_query(small_db, "layanan_terintegrasi", opd=["B"])
    assert only_b["nama_layanan"].to_list() == ["Surat B"]


def test_findings_worked_out_by_hand(small_db):
    with database(small_db):
        at = run_page(tahun="2025")
    titles = chart_titles(at)
    # data end on 10 May 2025: Jan–May 2025 (6) against Jan–May 2024 (1, the June one left out)
    assert titles[0] == "6 permohonan pada Jan–Mei 2025, naik 500,0% dari Jan–Mei 2024; terbanyak pada Mar"
    assert "Waktu penyelesaian (U3) paling menurunkan IKM: nilai rata-rata 2,00 dari 4" in titles
    assert "2 dari 3 layanan terintegrasi di MPP; terbanyak di Dinas A (1)" in titles
    infos = " ".join(i.value for i in at.info)
    # A's 6 applications and 2 respondents are too few to rank (B has none); so are its services
    assert "memerlukan sedikitnya 3 OPD dengan data yang cukup; pilihan ini memiliki 0" in infos
    assert "Belum ada layanan dengan sedikitnya 30 permohonan selesai" in infos
    captions = " ".join(c.value for c in at.caption)
    assert "2 OPD tidak diperingkat" in captions and "2 responden" in captions


def test_an_opd_without_applications_or_survey_that_year_says_so(small_db):
    with database(small_db):
        at = run_page(tahun="2025", opd="B")
    infos = [i.value for i in at.info]
    assert "Belum ada data permohonan untuk 2025 pada OPD terpilih." in infos
    assert "Belum ada data SKM untuk 2025." in infos
    assert metric(at, "Permohonan layanan") == "0"
    # the catalogue has no year: B's one integrated service still shows
    assert chart_titles(at) == ["1 dari 1 layanan terintegrasi di MPP; terbanyak di Kecamatan B (1)"]


def test_online_finding_reads_the_target_unrounded():
    from kinerja.views.layanan import online_title

    # 69,98% against 70% shows as 70,0% yet misses the target (status kuning): say so
    assert online_title(2025, 69.98, 60.0, 70.0, "id").endswith("sedikit di bawah target")
    assert (
        online_title(2025, 70.0, 60.0, 70.0, "en") == "Online share rose to 70.0% in 2025, exactly on target"
    )
    assert online_title(2025, 55.0, 60.0, None, "en") == "Online share fell to 55.0% in 2025"
