"""The phone card (`python -m kinerja kartu`): 1080×1350 pixels, its numbers as text in the
HTML before it becomes pixels, each area's status in words."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from kinerja import fmt
from kinerja.cli import main
from kinerja.deck import words
from kinerja.indicators import filters, metrics, rules
from kinerja.reports import card, content
from kinerja.storage import db as storage
from tests.appkit import build_demo_db

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
TAHUN = 2025


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return build_demo_db(tmp_path_factory.mktemp("kartu"), skala=0.02)


def report_for(db, tahun=TAHUN, opd=(), jenis=(), lang="id"):
    con = storage.open_readonly(db)
    try:
        selection = filters.resolve(metrics.run(con, "opd"), list(opd), list(jenis))
        return content.build(con, db, selection, tahun, lang, named_opd=opd, jenis=jenis)
    finally:
        con.close()


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@needs_chromium
def test_kartu_writes_a_1080_by_1350_png(demo_db, tmp_path, capsys):
    out = tmp_path / "kartu.png"
    assert (
        main(["kartu", "--tahun", str(TAHUN), "--opd", "DINKES", "--db", str(demo_db), "--out", str(out)])
        == 0
    )
    assert png_size(out) == (1080, 1350)


def test_the_html_holds_each_areas_number_and_status_word(demo_db, monkeypatch):
    monkeypatch.setenv("KINERJA_URL", "https://kinerja.contoh.go.id")
    report = report_for(demo_db, opd=("DINKES",))
    html = card.render(card.model(report))
    for area in ("work", "workforce", "workplace", "innovation"):
        code = rules.headlines(area)[0]
        row = report.rows[code]
        assert f">{words.value(code, row['nilai'], 'id')}<" in html
        assert f">{rules.verdict(row, report.running).word('id')}<" in html
    assert "Kabupaten Nusa Harapan" in html and "Dinas Kesehatan" in html
    assert f"data per {fmt.date(report.as_of)}" in html
    assert report.sentences[0] in html
    assert "https://kinerja.contoh.go.id" in html


def test_the_card_names_a_kind_of_opd_and_speaks_english(demo_db):
    report = report_for(demo_db, jenis=("kecamatan",), lang="en")
    html = card.render(card.model(report))
    assert "Kecamatan" in html and "Year 2025" in html and "data as of" in html
    ikm = report.rows["W5_ikm"]["nilai"]
    assert fmt.number(ikm, 2, "en") in html


def test_no_source_line_without_kinerja_url(demo_db, monkeypatch):
    monkeypatch.delenv("KINERJA_URL", raising=False)
    assert "Sumber:" not in card.render(card.model(report_for(demo_db)))


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--opd", "TIDAK_ADA"], "TIDAK_ADA"),
        (["--out-name", "kartu.jpg"], ".png"),
    ],
)
def test_bad_requests_exit_2(demo_db, tmp_path, capsys, argv, message):
    out = tmp_path / "kartu.png"
    if argv[0] == "--out-name":
        out, argv = tmp_path / argv[1], []
    code = main(["kartu", "--tahun", str(TAHUN), *argv, "--db", str(demo_db), "--out", str(out)])
    assert code == 2 and message in capsys.readouterr().err
    assert not out.exists()


@needs_chromium
def test_long_names_and_sentences_still_leave_the_footer_on_the_card(demo_db, monkeypatch):
    import dataclasses

    from kinerja.deck.to_pdf import html_page

    monkeypatch.setenv("KINERJA_URL", "https://kinerja.contoh.go.id")
    model = card.model(report_for(demo_db, opd=("DINKES",)))
    crowded = dataclasses.replace(
        model,
        lines=("OPD: " + "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu " * 2,),
        met="Kartu skor 3W: " + "target yang berlaku untuk seluruh wilayah " * 4,
        sentence="Dengan laju ini target 165.000 permohonan tidak akan tercapai (proyeksi 3.320). " * 4,
    )
    with html_page(card.render(crowded), card.WIDTH, card.HEIGHT) as page:
        assert page.evaluate(card.FIT_JS)
        foot = page.locator(".foot").bounding_box()
        assert foot["y"] + foot["height"] <= card.HEIGHT
        assert "kinerja.contoh.go.id" in page.locator(".foot").inner_text()


def test_a_selection_without_targets_shows_no_scorecard_line(demo_db):
    model = card.model(report_for(demo_db, jenis=("kecamatan",)))
    assert model.met == ""
    assert all(tile.word == "Tanpa target" for tile in model.tiles)
