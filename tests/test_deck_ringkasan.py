"""The deck's summary slide (issue 10 item 6): after the title, the summary's sentences and
the follow-up list as text; the same sentences open the scorecard slide's speaker notes.
Model, PowerPoint and HTML on the demo built in two imports; the cut of a long list on a
hand-made opening."""

from __future__ import annotations

from html import escape

import pytest
from pptx import Presentation

from kinerja.deck import model
from kinerja.deck.build import build
from kinerja.deck.layout import SUMMARY_FOLLOW_MAX
from kinerja.deck.slides import summary_slide
from kinerja.deck.to_html import render
from kinerja.deck.to_pptx import write_pptx
from kinerja.indicators import filters, metrics
from kinerja.indicators.ringkasan import summarize
from kinerja.storage import db as kdb
from kinerja.views import ringkasan as vr
from tests.appkit import build_demo_db

TAHUN = 2025


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return build_demo_db(tmp_path_factory.mktemp("deck_ringkasan"))


def deck_for(db, lang: str, jenis=()) -> tuple[model.Deck, dict]:
    summary = summarize(db, TAHUN, jenis=jenis, bahasa=lang)
    con = kdb.open_readonly(db)
    try:
        selection = filters.resolve(metrics.run(con, "opd"), None, list(jenis) or None)
        return build(con, selection, TAHUN, lang, jenis=jenis, summary=summary), summary
    finally:
        con.close()


def names(db) -> dict[str, str]:
    con = kdb.open_readonly(db)
    try:
        frame = metrics.run(con, "opd")
    finally:
        con.close()
    return dict(zip(frame["kode_opd"], frame["nama_opd"], strict=True))


def slide_text(slide) -> str:
    return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_summary_slide_follows_the_title_with_the_sentences_and_whom_to_follow_up(demo_db, lang):
    deck, summary = deck_for(demo_db, lang)
    assert isinstance(deck.slides[0], model.TitleSlide)
    slide = deck.slides[1]
    assert isinstance(slide, model.SummarySlide)
    assert list(slide.sentences) == summary["kalimat"][:5]
    assert slide.subtitle == vr.compared_line(summary["impor"], lang)
    kejar, by_code = summary["kejar"], names(demo_db)
    assert kejar, "the demo has OPD to follow up"
    shown = len(kejar) if len(kejar) <= SUMMARY_FOLLOW_MAX else SUMMARY_FOLLOW_MAX - 1
    assert [x.split(" — ")[0] for x in slide.follow_up] == [by_code[k["kode_opd"]] for k in kejar[:shown]]
    # every entry, also those cut from the slide, is in the speaker notes
    assert all(by_code[k["kode_opd"]] in slide.notes for k in kejar)
    # the scorecard follows; its notes open with the same sentences
    scorecard = deck.slides[2]
    assert isinstance(scorecard, model.ScorecardSlide)
    assert scorecard.notes.split("\n")[: len(slide.sentences)] == list(slide.sentences)


def test_pptx_summary_slide_holds_the_sentences_and_list_as_text_and_the_scorecard_notes(demo_db, tmp_path):
    deck, summary = deck_for(demo_db, "id", jenis=("kecamatan",))
    out = tmp_path / "ringkasan.pptx"
    write_pptx(deck, out)
    prs = Presentation(str(out))
    assert len(prs.slides) == len(deck.slides)
    second = prs.slides[1]
    assert second.shapes.title.text_frame.text == "Yang berubah, dan siapa perlu ditindaklanjuti"
    text = slide_text(second)
    for sentence in summary["kalimat"]:
        assert f"• {sentence}" in text, sentence
    assert f"Perlu ditindaklanjuti ({len(summary['kejar'])} OPD)" in text
    assert deck.slides[1].follow_up[0] in text
    notes = prs.slides[2].notes_slide.notes_text_frame.text
    assert notes.startswith("\n".join(summary["kalimat"]))


def test_html_summary_slide_escapes_and_holds_the_same_text(demo_db):
    deck, summary = deck_for(demo_db, "en")
    html = render(deck)
    for sentence in summary["kalimat"]:
        assert escape(f"• {sentence}") in html
    assert escape(deck.slides[1].follow_up_title) in html


def test_a_long_follow_up_list_is_cut_with_the_rest_named_in_the_notes():
    items = tuple(vr.FollowUp(f"K{i}", f"Kec <{i}>", ("tanpa inovasi 2025",)) for i in range(12))
    found = vr.Opening(("Satu.", "Dua."), "Dibandingkan …", items, "Perlu ditindaklanjuti (12 OPD)")
    slide = summary_slide(found, "id")
    assert len(slide.follow_up) == SUMMARY_FOLLOW_MAX - 1
    assert (
        slide.more == f"… dan {12 - SUMMARY_FOLLOW_MAX + 1} OPD lainnya (daftar lengkap di catatan pembicara)"
    )
    assert "Kec <11> — tanpa inovasi 2025" in slide.notes
    html = render(model.Deck("id", 2025, "Kota <Uji>", "Kota Uji", (slide,)))
    assert "Kec &lt;0&gt;" in html and "Kec <0>" not in html
    none = summary_slide(vr.Opening(("Satu.",), "x", (), "Perlu ditindaklanjuti (0 OPD)"), "id")
    assert none.follow_up_title == "Tidak ada OPD yang perlu ditindaklanjuti." and not none.follow_up


def test_a_deck_built_without_a_summary_has_no_summary_slide(demo_db):
    con = kdb.open_readonly(demo_db)
    try:
        deck = build(con, filters.resolve(metrics.run(con, "opd")), TAHUN)
    finally:
        con.close()
    assert not any(isinstance(s, model.SummarySlide) for s in deck.slides)
