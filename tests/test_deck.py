"""The meeting deck (`python -m kinerja presentasi`): one model, drawn as PPTX and as PDF."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.dml import MSO_FILL
from pptx.util import Pt

from kinerja import fmt
from kinerja.deck import model, words
from kinerja.deck.build import build
from kinerja.deck.slides import SCORECARD_CODES, scorecard_slide
from kinerja.deck.words import Period, finding
from kinerja.i18n import t
from kinerja.indicators import filters, metrics
from kinerja.indicators.registry import BY_CODE, CODES
from kinerja.palette import STATUS_COLORS
from kinerja.storage import db
from tests.appkit import ROOT, build_demo_db

TAHUN = 2025
CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
SLIDE_KINDS = [
    model.TitleSlide,
    model.ScorecardSlide,
    model.AreaSlide,
    model.AreaSlide,
    model.AreaSlide,
    model.AreaSlide,
    model.RankingSlide,
    model.ListSlide,
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return build_demo_db(tmp_path_factory.mktemp("deck"), skala=0.02)


@pytest.fixture(scope="module")
def card(demo_db) -> dict[str, dict]:
    """The region's scorecard the way the CLI computes it: the numbers the deck must show."""
    con = db.open_readonly(demo_db)
    selection = filters.resolve(metrics.run(con, "opd"))
    rows = {r["kode"]: r for r in metrics.scorecard(con, selection, TAHUN).iter_rows(named=True)}
    con.close()
    return rows


@pytest.fixture(scope="module")
def previous(demo_db) -> dict[str, float | None]:
    """The values of the year before, which the notes and headlines compare with."""
    con = db.open_readonly(demo_db)
    before = metrics.scorecard(con, filters.resolve(metrics.run(con, "opd")), TAHUN - 1)
    con.close()
    return dict(zip(before["kode"], before["nilai"], strict=True))


@pytest.fixture(scope="module")
def deck(demo_db) -> model.Deck:
    con = db.open_readonly(demo_db)
    out = build(con, filters.resolve(metrics.run(con, "opd")), TAHUN)
    con.close()
    return out


def run_cli(*args: str, env: dict | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kinerja", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def shown(code: str, value) -> str:
    return fmt.indicator_value(value, BY_CODE[code].unit, "id")


def all_text(slide) -> str:
    """Every text of a slide: text boxes, placeholders, table cells, chart labels."""
    parts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if shape.has_table:
            parts += [cell.text for row in shape.table.rows for cell in row.cells]
        if shape.has_chart:
            for series in shape.chart.plots[0].series:
                for i in range(len(list(series.values))):
                    label = series.points[i].data_label
                    if label.has_text_frame:
                        parts.append(label.text_frame.text)
    return "\n".join(parts)


@pytest.fixture(scope="module")
def pptx_file(deck, tmp_path_factory) -> Path:
    from kinerja.deck import write

    return write(deck, tmp_path_factory.mktemp("pptx") / "rapat.pptx")


# --- the model ----------------------------------------------------------------------------


def test_model_has_one_slide_per_message_each_with_notes(deck):
    assert [type(s) for s in deck.slides] == SLIDE_KINDS
    assert [s.area for s in deck.slides[2:6]] == ["work", "workforce", "workplace", "innovation"]
    for s in deck.slides:
        assert s.title and s.notes.strip(), s


def test_title_states_the_ikm_finding_in_words(card):
    row = {"kode": "W5_ikm", "nilai": 82.41, "target": None, "status": None, "grade": "B"}
    assert finding(row, 80.1, Period(TAHUN, "id", None)) == "Kepuasan (IKM) naik ke 82,41 — mutu B"
    assert finding(row, 83.0, Period(TAHUN, "en", None)) == "Satisfaction (IKM) fell to 82.41 — quality B"
    missed = row | {"target": 85.0, "status": "kuning"}
    assert finding(missed, 82.41, Period(TAHUN, "id", None)) == (
        "Kepuasan (IKM) tetap 82,41 — mutu B, target 85,00 belum tercapai"
    )


def test_pptx_is_16_to_9_with_the_slides_and_notes(pptx_file, deck):
    prs = Presentation(pptx_file)
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)  # 13.333 × 7.5 in
    assert len(prs.slides) == len(deck.slides)
    for slide, s in zip(prs.slides, deck.slides, strict=True):
        assert slide.shapes.title.text_frame.text == s.title
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text == s.notes


def test_pptx_title_slide_names_region_year_filter_and_date(pptx_file):
    text = all_text(Presentation(pptx_file).slides[0])
    assert "Capaian Kinerja Kabupaten Nusa Harapan 2025" in text
    assert "Semua OPD aktif · 48 OPD" in text
    assert "Data per 31 Des 2025" in text


def scorecard_rows(slide) -> list[list[str]]:
    return [[c.text for c in r.cells] for s in slide.shapes if s.has_table for r in s.table.rows]


def word(row: dict, lang: str = "id") -> str:
    """The dashboard's word for a row's status (a complete year: no progress)."""
    return t(f"status_{row['status']}" if row["status"] else "status_none", lang)


def test_pptx_scorecard_words_every_status_as_the_cli_computes_it(pptx_file, card):
    slide = Presentation(pptx_file).slides[1]
    rows = {r[1]: (r[0], r[2]) for r in scorecard_rows(slide) if r[1]}  # not the merged area labels
    # every indicator but the four award levels: (status word, value) beside its name
    assert len(rows) == len(SCORECARD_CODES) == len(card) - 4
    for code in SCORECARD_CODES:
        row = card[code]
        assert rows[words.name(code, "id", short=True)] == (word(row), shown(code, row["nilai"])), code
    assert "Penghargaan kabupaten" not in all_text(slide)  # the innovation slide charts the levels
    assert rows["Permohonan layanan"][1] == "3.183"  # W1 at skala 0.02, grouped the Indonesian way
    assert rows["Jumlah ASN"][0] == "Tanpa target"  # F1 has no target by design
    # each chip's colour is its word's: one rectangle of the status colour per word
    fills = Counter(
        str(s.fill.fore_color.rgb)
        for s in slide.shapes
        if s.has_text_frame and not s.text_frame.text and s.fill.type == MSO_FILL.SOLID
    )
    for status in ("hijau", "kuning", "merah", None):
        n = sum(card[c]["status"] == status for c in SCORECARD_CODES)
        assert fills[STATUS_COLORS[status].lstrip("#")] == n, status
    # the title counts the indicators the table shows, as the table words them
    judged = [c for c in SCORECARD_CODES if card[c]["status"]]
    met = sum(card[c]["status"] == "hijau" for c in judged)
    assert (
        slide.shapes.title.text_frame.text
        == f"Kartu skor 3W: {met} dari {len(judged)} indikator bertarget tercapai"
    )
    assert met == sum(v[0] == "Tercapai" for v in rows.values())
    # read from the back of the room: 25 px (18.75 pt) in every cell, drawn at ≥ 22 px
    sizes = {
        run.font.size
        for s in slide.shapes
        if s.has_table
        for r in s.table.rows
        for c in r.cells
        for p in c.text_frame.paragraphs
        for run in p.runs
    }
    assert sizes == {Pt(18.75)}


def test_scorecard_words_progress_in_a_running_year_and_counts_what_it_shows():
    """Hand-made rows: W2 met, W3 at 90% of target, F2 at 50%, W1 at 85 of 100 applications,
    an award level met; every other indicator without a target."""
    rows = {
        c: {"kode": c, "nilai": 1.0, "target": None, "capaian_pct": None, "status": None, "grade": None}
        for c in CODES
    }
    for code, nilai, target, status in (
        ("W2_online_pct", 60.0, 50.0, "hijau"),
        ("W3_tepat_waktu_pct", 72.0, 80.0, "kuning"),
        ("F2_jp20_pct", 30.0, 60.0, "merah"),
        ("W1_permohonan", 85.0, 100.0, "kuning"),
        ("I3_penghargaan_nasional", 2.0, 1.0, "hijau"),
    ):
        rows[code] |= {
            "nilai": nilai,
            "target": target,
            "status": status,
            "capaian_pct": 100 * nilai / target,
        }

    def chips(period):
        s = scorecard_slide(rows, {}, period)
        return s, {r.code: (r.word, r.progress) for col in s.columns for g in col for r in g.rows}

    running, got = chips(Period(2026, "id", 10))
    assert got["W2_online_pct"] == ("Tercapai", False)
    assert got["W3_tepat_waktu_pct"] == ("Hampir", False)
    assert got["F2_jp20_pct"] == ("Tertinggal", False)
    assert got["F1_asn"] == ("Tanpa target", False)
    assert got["W1_permohonan"] == ("85% target", True)  # 85 of 100 by October: progress
    assert "I3_penghargaan_nasional" not in got and len(got) == 19
    # judged: W2, W3, F2; W1 is progress, the award level is not on the slide
    assert running.title == "Kartu skor 3W: 1 dari 3 indikator bertarget tercapai"
    assert "Penghargaan tingkat nasional: nilai 2" in running.notes  # the notes keep the levels
    assert "persen target tahunan" in running.legend

    complete, got = chips(Period(2025, "en", None))
    assert got["W1_permohonan"] == ("Close", False) and got["F2_jp20_pct"] == ("Behind", False)
    assert complete.title == "3W scorecard: 1 of 4 indicators with a target are met"
    assert "\n" not in complete.legend  # the running-year line only in a running year


def test_pptx_work_slide_has_big_editable_numbers_and_notes_behind_them(pptx_file, card, previous):
    slide = Presentation(pptx_file).slides[2]
    ikm = card["W5_ikm"]
    assert slide.shapes.title.text_frame.text.startswith(
        f"Kepuasan (IKM) naik ke {shown('W5_ikm', ikm['nilai'])}"
    )
    big = [
        run.text
        for shape in slide.shapes
        if shape.has_text_frame
        for para in shape.text_frame.paragraphs
        for run in para.runs
        if run.font.size and run.font.size >= Pt(48)
    ]
    for code in ("W5_ikm", "W3_tepat_waktu_pct", "W2_online_pct", "W1_permohonan"):
        assert shown(code, card[code]["nilai"]) in big, code
    charts = [s.chart for s in slide.shapes if s.has_chart]
    assert charts and list(charts[0].plots[0].categories)[-1] == str(TAHUN)
    notes = slide.notes_slide.notes_text_frame.text
    prev = previous["W5_ikm"]
    assert (
        f"nilai {shown('W5_ikm', ikm['nilai'])}; target {shown('W5_ikm', ikm['target'])}; "
        f"capaian {fmt.percent(ikm['capaian_pct'], 1, 'id')}; 2024 {shown('W5_ikm', prev)}"
    ) in notes


def test_pptx_leaders_leave_out_opd_with_fewer_than_30_applications(pptx_file, demo_db):
    slide = Presentation(pptx_file).slides[6]
    chart = next(s.chart for s in slide.shapes if s.has_chart)
    shown_names = [c for c in chart.plots[0].categories if c != "…"]  # "…": the OPD between
    con = db.open_readonly(demo_db)
    small = con.sql(
        """SELECT o.nama_opd FROM opd o LEFT JOIN layanan l USING (kode_opd)
           LEFT JOIN permohonan p ON p.kode_layanan = l.kode_layanan AND year(p.tanggal_masuk) = 2025
           GROUP BY o.nama_opd HAVING count(p.id_permohonan) < 30"""
    ).fetchall()
    con.close()
    assert len(shown_names) == 10
    assert not {n for (n,) in small} & set(shown_names)


def test_pptx_ranking_draws_the_regional_target_as_a_dashed_line_at_its_place_on_the_bars(
    pptx_file, deck, demo_db
):
    """The bars' area is fixed by a manual layout and their scale by the value axis, so a
    dashed line drawn over the chart stands exactly at the target; the chart itself stays a
    plain bar chart (a combined chart is what LibreOffice squeezes into a strip)."""
    from pptx.enum.dml import MSO_LINE_DASH_STYLE
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    from kinerja.deck.layout import CHART_LABEL_PX, WIDE_CHART, bar_label_w, caption_and_plot
    from kinerja.palette import TARGET_COLOR

    ranking = deck.slides[6]
    con = db.open_readonly(demo_db)
    [(target,)] = con.sql(
        """SELECT nilai_target FROM target WHERE kode_indikator = 'W3_tepat_waktu_pct'
           AND tahun = 2025 AND kode_opd IS NULL"""
    ).fetchall()
    con.close()
    assert ranking.chart.reference == target  # the demo plans a region-wide on-time target
    label = f"Target wilayah {shown('W3_tepat_waktu_pct', target)}"
    assert ranking.chart.reference_label == label
    slide = Presentation(pptx_file).slides[6]
    frame = next(s for s in slide.shapes if s.has_chart)
    chart = frame.chart
    # one plot of bars on two axes: no second (scatter) plot, no hidden axes
    plot_area = chart._chartSpace.chart.plotArea
    assert len(chart.plots) == 1 and len(chart.plots[0].categories) == 11
    assert [c.tag.split("}")[1] for c in plot_area] == ["layout", "barChart", "catAx", "valAx"]
    # the inner plot area (the bars, without their labels) is fixed, in the schema's order
    (manual,) = plot_area.xpath("c:layout/c:manualLayout")
    assert [c.tag.split("}")[1] for c in manual] == ["layoutTarget", "xMode", "yMode", "x", "y", "w", "h"]
    assert [manual.xpath(f"c:{k}/@val")[0] for k in ("layoutTarget", "xMode", "yMode")] == [
        "inner",
        "edge",
        "edge",
    ]
    x, y, w, h = (float(manual.xpath(f"c:{k}/@val")[0]) for k in "xywh")
    assert x > 0 and x + w <= 1 + 1e-9 and y >= 0 and y + h <= 1 + 1e-9
    left, top = frame.left + x * frame.width, frame.top + y * frame.height
    width, height = w * frame.width, h * frame.height
    # the OPD names left of the bars keep their room: the longest at 0.56 em a character,
    # the same column as the PDF's
    longest = max(len(c) for c in ranking.chart.categories)
    assert left - frame.left >= longest * CHART_LABEL_PX * 0.56 * 9525
    _, plot = caption_and_plot(WIDE_CHART, len(ranking.chart.categories))
    assert abs(left - frame.left - bar_label_w(plot, ranking.chart.categories) * 9525) <= 1
    # the line: dashed, vertical, at the target on the bars' scale, across the bars, in the frame
    lo, hi = chart.value_axis.minimum_scale, chart.value_axis.maximum_scale
    assert lo <= target <= hi
    (line,) = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.LINE]
    assert line.line.dash_style == MSO_LINE_DASH_STYLE.DASH
    assert str(line.line.color.rgb) == TARGET_COLOR.lstrip("#").upper()
    assert line.begin_x == line.end_x
    assert abs(line.begin_x - (left + (target - lo) / (hi - lo) * width)) <= 1
    assert abs(min(line.begin_y, line.end_y) - top) <= 1
    assert abs(max(line.begin_y, line.end_y) - (top + height)) <= 1
    assert frame.left <= line.begin_x <= frame.left + frame.width
    assert (
        frame.top <= min(line.begin_y, line.end_y)
        and max(line.begin_y, line.end_y) <= frame.top + frame.height
    )
    # named by a text box above the chart, over the line
    (name,) = [s for s in slide.shapes if s.has_text_frame and s.text_frame.text == label]
    assert name.top + name.height <= frame.top
    assert name.left <= line.begin_x <= name.left + name.width


def test_html_ranking_draws_the_regional_target_where_the_pptx_does(deck):
    from kinerja.deck.layout import value_range
    from kinerja.deck.to_html import slide_html

    chart = deck.slides[6].chart
    html = slide_html(deck.slides[6], deck.footer, "7/8")
    _, hi = value_range(chart.values, chart.reference, "bar")
    assert f"* {chart.reference / hi:.4f})" in html  # the dashed line's place on the bars' scale
    assert f'title="{chart.reference_label}"' in html


def test_pptx_lists_active_opd_without_an_innovation_by_name(pptx_file, demo_db):
    slide = Presentation(pptx_file).slides[7]
    con = db.open_readonly(demo_db)
    expected = [
        n
        for (n,) in con.sql(
            """SELECT nama_opd FROM opd WHERE aktif
               AND kode_opd NOT IN (SELECT kode_opd FROM inovasi WHERE tahun = 2025) ORDER BY nama_opd"""
        ).fetchall()
    ]
    active = con.sql("SELECT count(*) FROM opd WHERE aktif").fetchall()[0][0]
    con.close()
    assert (
        slide.shapes.title.text_frame.text
        == f"{len(expected)} dari {active} OPD aktif belum berinovasi pada 2025"
    )
    text = all_text(slide)
    for name in expected:
        assert name in text


def test_pptx_in_english(deck, demo_db, tmp_path, card):
    from kinerja.deck import write

    con = db.open_readonly(demo_db)
    english = build(con, filters.resolve(metrics.run(con, "opd")), TAHUN, "en")
    con.close()
    prs = Presentation(write(english, tmp_path / "meeting.pptx"))
    assert prs.slides[0].shapes.title.text_frame.text == "Performance of Kabupaten Nusa Harapan, 2025"
    assert prs.slides[2].shapes.title.text_frame.text.startswith("Satisfaction (IKM) rose to ")
    assert fmt.indicator_value(card["W1_permohonan"]["nilai"], "count", "en") in all_text(prs.slides[2])
    assert "Semua" not in all_text(prs.slides[0])
    table = {r[1]: r[0] for r in scorecard_rows(prs.slides[1]) if r[1]}
    assert table["Satisfaction (IKM)"] == word(card["W5_ikm"], "en")
    assert set(table.values()) <= {"Met", "Close", "Behind", "No target"}
    assert table["Civil servants (ASN)"] == "No target"


# --- PDF and the command line ------------------------------------------------------------


@needs_chromium
def test_cli_writes_pdf_one_page_per_slide_with_the_numbers_as_text(demo_db, tmp_path, card, deck):
    from pypdf import PdfReader

    out = tmp_path / "rapat.pdf"
    result = run_cli("presentasi", "--tahun", "2025", "--db", str(demo_db), "--out", str(out))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    # the command line's deck opens with the summary slide after the title (the fixture's
    # deck is built without one; tests/test_deck_ringkasan.py covers that slide)
    assert len(reader.pages) == len(deck.slides) + 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (960, 540)  # 13.333 × 7.5 in
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]  # lines wrap
    del pages[1]
    scorecard = pages[1]
    for code in ("W1_permohonan", "W3_tepat_waktu_pct", "W5_ikm", "F2_jp20_pct", "P1_spbe", "I1_inovasi"):
        assert shown(code, card[code]["nilai"]) in scorecard, code
    # the status in words, not by colour alone: each indicator's word right before its name
    for code in SCORECARD_CODES:
        assert f"{word(card[code])} {words.name(code, 'id', short=True)}" in scorecard, code
    assert "Penghargaan kabupaten" not in scorecard
    work = pages[2]
    assert f"Kepuasan (IKM) naik ke {shown('W5_ikm', card['W5_ikm']['nilai'])}" in work
    assert shown("W1_permohonan", card["W1_permohonan"]["nilai"]) in work
    assert "Capaian Kinerja Kabupaten Nusa Harapan 2025" in pages[0]
    assert "Data per 31 Des 2025" in pages[0]


def test_cli_writes_pptx_without_streamlit_or_plotly(demo_db, tmp_path):
    out = tmp_path / "rapat.pptx"
    code = (
        "import sys; from kinerja.cli import main; "
        f"rc = main(['presentasi', '--tahun', '2025', '--opd', 'DISDUKCAPIL', '--db', {str(demo_db)!r}, "
        f"'--out', {str(out)!r}]); "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('streamlit', 'plotly')); "
        "print('HEAVY', heavy, file=sys.stderr); sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stderr
    prs = Presentation(out)
    assert "Dinas Kependudukan dan Pencatatan Sipil" in all_text(prs.slides[0])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--opd", "TIDAK_ADA"], "Kode OPD tidak dikenal: TIDAK_ADA"),
        (["--jenis-opd", "lainnya"], "Filter tidak memilih satu OPD pun"),
        (["--jenis-opd", "kementerian"], "Jenis OPD tidak dikenal"),
    ],
)
def test_cli_refuses_a_bad_filter(demo_db, tmp_path, args, message):
    out = tmp_path / "rapat.pptx"
    result = run_cli("presentasi", "--tahun", "2025", "--db", str(demo_db), "--out", str(out), *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_cli_refuses_a_missing_database_and_an_unknown_extension(demo_db, tmp_path):
    missing = run_cli(
        "presentasi", "--tahun", "2025", "--db", str(tmp_path / "nope.duckdb"), "--out", "x.pptx"
    )
    assert missing.returncode == 2 and "Basis data tidak ditemukan" in missing.stderr
    docx = run_cli("presentasi", "--tahun", "2025", "--db", str(demo_db), "--out", str(tmp_path / "x.docx"))
    assert docx.returncode == 2 and "Ekstensi berkas tidak dikenal: '.docx'" in docx.stderr
    folder = run_cli(
        "presentasi", "--tahun", "2025", "--db", str(demo_db), "--out", str(tmp_path / "no" / "x.pdf")
    )
    assert folder.returncode == 2 and "Folder tujuan tidak ada" in folder.stderr


def test_cli_says_so_when_chromium_is_missing(demo_db, tmp_path):
    out = tmp_path / "rapat.pdf"
    result = run_cli(
        "presentasi",
        "--tahun",
        "2025",
        "--db",
        str(demo_db),
        "--out",
        str(out),
        env={"KINERJA_CHROMIUM": str(tmp_path / "no-chromium")},
    )
    assert result.returncode == 2
    assert "Chromium tidak ditemukan" in result.stderr and "Chromium not found" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_deck_for_a_small_hand_made_region(kinerja_db, tmp_path):
    """Three OPD: A with 30 applications (ranked) and an innovation, B with 29 (too few to
    rank) and none, C inactive and none. Only B is listed as not innovating: C is inactive."""
    permohonan = ["id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status"]
    permohonan += [f"a{i},LA,2025-03-01,2025-03-0{1 + i % 4},online,selesai" for i in range(30)]
    permohonan += [f"b{i},LB,2025-03-01,2025-03-02,offline,selesai" for i in range(29)]
    path = kinerja_db(
        {
            "opd": """
                kode_opd,nama_opd,jenis_opd,aktif
                A,Dinas Alpha,dinas,ya
                B,Dinas Beta,dinas,ya
                C,Dinas Gamma,dinas,tidak
            """,
            "layanan": """
                kode_layanan,kode_opd,nama_layanan,sla_hari
                LA,A,Layanan A,2
                LB,B,Layanan B,2
            """,
            "permohonan": "\n".join(permohonan),
            "inovasi": """
                id_inovasi,kode_opd,nama_inovasi,tahun,bentuk,digital,tahapan
                i1,A,Inovasi Satu,2025,pelayanan_publik,ya,penerapan
            """,
            "wilayah": """
                nama_wilayah
                Kota Uji
            """,
        }
    )
    con = db.open_readonly(path)
    d = build(con, filters.resolve(metrics.run(con, "opd")), 2025)
    con.close()
    ranking, listing = d.slides[6], d.slides[7]
    # A alone has 30 applications (B 29, below the floor): one OPD is no ranking
    assert ranking.chart is None
    assert ranking.title == (
        "Peringkat Selesai tepat waktu memerlukan sedikitnya 3 OPD dengan data yang cukup; pilihan ini memiliki 1."
    )
    assert listing.items == ("Dinas Beta",)
    assert listing.title == "1 dari 2 OPD aktif belum berinovasi pada 2025"
    assert d.slides[0].title == "Capaian Kinerja Kota Uji 2025"
    funnel = d.slides[5].charts[1]
    assert funnel.values == (1.0, 1.0, 1.0)  # an applied innovation has passed every stage

    # English counts one as one: 1 innovation, 1 ranked agency, 1 agency without
    con = db.open_readonly(path)
    en = build(con, filters.resolve(metrics.run(con, "opd")), 2025, "en")
    one = build(con, filters.resolve(metrics.run(con, "opd"), ["A"]), 2025, "en", named_opd=["A"])
    con.close()
    assert en.slides[5].title == "50.0% of agencies innovated: 1 new innovation, 0 awards"
    # the region pools A's 23 of 30 on time with B's 29 of 29 (one day against two): 52 of 59
    assert en.slides[6].subtitle == (
        "1 agency is not ranked because it has too little data (fewer than 30 applications)."
    )
    assert en.slides[7].title == "1 of 2 active agencies has no innovation in 2025"
    # one OPD named: its name says how many, and in the singular
    assert one.slides[0].lines[1] == "Agency: Dinas Alpha"
    assert "selected" not in " ".join(one.slides[0].lines)


def test_every_slide_kind_escapes_text_from_the_data(kinerja_db):
    """A region and OPD whose names carry markup, drawn by slide_html as the PDF and the
    presenter (line charts as images) draw them: shown as text, never as tags."""
    from kinerja.deck.to_html import slide_html

    permohonan = ["id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status"]
    permohonan += [f"a{i},LA,2025-03-01,2025-03-02,online,selesai" for i in range(30)]
    path = kinerja_db(
        {
            "opd": """
                kode_opd,nama_opd,jenis_opd,aktif
                A,<b>Alpha</b> & 'Co',dinas,ya
                B,<script>alert(1)</script>,dinas,ya
            """,
            "layanan": "kode_layanan,kode_opd,nama_layanan,sla_hari\nLA,A,Layanan A,2",
            "permohonan": "\n".join(permohonan),
            "wilayah": "nama_wilayah\nKota <img src=x onerror=alert(1)>",
        }
    )
    con = db.open_readonly(path)
    d = build(con, filters.resolve(metrics.run(con, "opd"), ["A", "B"]), 2025, named_opd=["A", "B"])
    con.close()
    assert {type(s) for s in d.slides} == set(SLIDE_KINDS)
    for images in (False, True):
        html = "".join(slide_html(s, d.footer, "1/8", svg_images=images) for s in d.slides)
        assert "<script" not in html and "<img src=x" not in html and "<b>" not in html
        assert "&lt;b&gt;Alpha&lt;/b&gt; &amp; &#x27;Co&#x27;" in html  # ranking and title slide
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the list of OPD without innovation
        assert "Kota &lt;img src=x onerror=alert(1)&gt;" in html
        assert ("<svg" in html) != images and ('src="data:image/svg+xml;base64,' in html) == images


def test_line_charts_as_images_hold_the_same_drawing(deck):
    import base64
    import re

    from kinerja.deck.to_html import slide_html

    work = deck.slides[2]
    inline = slide_html(work, deck.footer, "3/8")
    image = slide_html(work, deck.footer, "3/8", svg_images=True)
    svg = re.search(r"<svg .*?</svg>", inline, re.DOTALL).group(0)
    data = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', image).group(1)
    assert base64.b64decode(data).decode("utf-8") == svg
    assert 'xmlns="http://www.w3.org/2000/svg"' in svg  # an image needs its namespace
    assert image.replace(re.search(r"<img [^>]*>", image).group(0), "") == inline.replace(svg, "")


def test_deck_as_bytes_for_a_download(deck):
    from kinerja.deck import DeckError, to_bytes

    data = to_bytes(deck, ".pptx")
    assert data[:2] == b"PK" and len(data) > 20_000  # a zip: the .pptx package
    with pytest.raises(DeckError):
        to_bytes(deck, ".key")


def test_html_escapes_text_from_the_data_and_draws_a_section_per_slide():
    from kinerja.deck.to_html import render

    name = "<script>alert(1)</script>"
    listing = model.ListSlide(title=f"1 OPD {name}", notes="", kicker="k", subtitle="", items=(name,))
    html = render(model.Deck(lang="id", tahun=2025, wilayah=name, footer=name, slides=(listing, listing)))
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count('<section class="slide"') == 2
