"""Presenter mode (pages/presentasi.py) in AppTest: every slide renders, the slide number
and the filters come from the URL, English leaves no Indonesian, text from the data is
escaped, and the deck is built once per data version and filters."""

from __future__ import annotations

import html
import re

import pytest

from kinerja import fmt
from kinerja.deck import present, words
from kinerja.deck.slides import SCORECARD_CODES
from kinerja.i18n import t
from tests.appkit import build_demo_db
from tests.pagekit import cli, database, run_page, sql
from tests.test_app import _indonesian_only_strings

PAGE = "pages/presentasi.py"
SLIDES = 9  # title, summary, scorecard, three W, innovation, leaders and laggards, OPD without innovation


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("presentasi"))) as db:
        yield db


def slide(at) -> str:
    """The slide's HTML (the other st.html element is the page's style sheet)."""
    return next(h.proto.body for h in at.get("html") if 'class="deck-stage"' in h.proto.body)


def param(at, name: str) -> str:
    """One URL parameter of an AppTest run (a value, or a list of one)."""
    value = at.query_params[name]
    return ",".join(value) if isinstance(value, list) else value


def visible_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "\n", markup))


def test_slide_number_from_the_url():
    assert present.slide_number(None, 8) == (1, False)
    assert present.slide_number("3", 8) == (3, False)
    assert present.slide_number(" 8 ", 8) == (8, False)
    for bad in ("0", "9", "-1", "abc", "2.5", ""):
        assert present.slide_number(bad, 8) == (1, True), bad


@pytest.mark.parametrize("n", range(1, SLIDES + 1))
def test_every_slide_renders_with_its_number(demo_db, n):
    at = run_page(PAGE, tahun="2025", slide=str(n))
    assert at.title[0].value == f"Slide {n} dari {SLIDES}"
    body = slide(at)
    assert body.count('<section class="slide"') == 1
    assert f">{n}/{SLIDES}<" in body or n == 1  # the title slide has no footer
    assert at.button(key="deck_prev").disabled == (n == 1)
    assert at.button(key="deck_next").disabled == (n == SLIDES)
    assert param(at, "slide") == str(n)
    assert not at.get("stSidebar") and not at.sidebar.children


@pytest.mark.parametrize("bad", ["99", "0", "dua"])
def test_a_bad_slide_number_falls_back_to_the_first_with_a_notice(demo_db, bad):
    at = run_page(PAGE, tahun="2025", slide=bad)
    assert at.title[0].value == f"Slide 1 dari {SLIDES}"
    assert "Capaian Kinerja" in visible_text(slide(at))  # the title slide
    assert any(f"slide={bad}" in toast.value for toast in at.toast)
    assert param(at, "slide") == "1"  # the URL now names what is shown


def test_bad_filters_fall_back_as_in_the_sidebar_with_notices(demo_db):
    at = run_page(PAGE, tahun="1999", opd="TIDAK-ADA", slide="1")
    assert "Capaian Kinerja Kabupaten Nusa Harapan 2026" in visible_text(slide(at))  # the latest year
    notices = " ".join(toast.value for toast in at.toast)
    assert "tahun=1999" in notices and "opd=TIDAK-ADA" in notices
    assert param(at, "tahun") == "2026" and "opd" not in at.query_params
    # a filter that selects no OPD (DISDUKCAPIL is no kecamatan): every active OPD, and why
    at = run_page(PAGE, tahun="2025", opd="DISDUKCAPIL", jenis_opd="kecamatan", slide="1")
    assert "Semua OPD aktif" in visible_text(slide(at))
    assert any("tidak memilih satu OPD pun" in toast.value for toast in at.toast)


def test_next_and_previous_buttons_move_the_slide_in_the_url(demo_db):
    at = run_page(PAGE, tahun="2025", opd="DISDUKCAPIL", slide="2")
    at.button(key="deck_next").click().run()
    assert param(at, "slide") == "3" and at.title[0].value == f"Slide 3 dari {SLIDES}"
    assert param(at, "opd") == "DISDUKCAPIL"  # the filters stay
    at.button(key="deck_prev").click().run()
    at.button(key="deck_prev").click().run()
    assert param(at, "slide") == "1" and at.button(key="deck_prev").disabled


def test_filters_from_the_url_change_the_numbers(demo_db):
    """The Work slide's application count is the command line's for the same filters."""
    work = 4  # after the title, summary and scorecard slides
    region = visible_text(slide(run_page(PAGE, tahun="2025", slide=str(work))))
    one = visible_text(slide(run_page(PAGE, tahun="2025", opd="DISDUKCAPIL", slide=str(work))))
    earlier = visible_text(slide(run_page(PAGE, tahun="2024", slide=str(work))))
    for text, args in (
        (region, ["--tahun", "2025"]),
        (one, ["--tahun", "2025", "--opd", "DISDUKCAPIL"]),
        (earlier, ["--tahun", "2024"]),
    ):
        count = fmt.number(cli(demo_db, *args)["W1_permohonan"]["nilai"])
        assert f"\nPermohonan layanan\n\n{count}\n" in text, (args, count)
    counts = {re.search(r"Permohonan layanan\n\n([\d.]+)\n", x).group(1) for x in (region, one, earlier)}
    assert len(counts) == 3


@pytest.mark.parametrize("lang", ["id", "en"])
def test_scorecard_slide_says_each_status_in_words_beside_name_and_value(demo_db, lang):
    """Not by colour alone: the command line's status of every indicator on the slide, as
    the dashboard words it, right before the indicator's name and its value."""
    card = cli(demo_db, "--tahun", "2025")
    at = run_page(PAGE, tahun="2025", bahasa=lang, slide="3")
    cells = [x for x in visible_text(slide(at)).split("\n") if x.strip()]
    for code in SCORECARD_CODES:
        row = card[code]
        name = words.name(code, lang, short=True)
        status = t(f"status_{row['status']}" if row["status"] else "status_none", lang)
        i = cells.index(name)
        assert cells[i - 1 : i + 2] == [status, name, words.value(code, row["nilai"], lang)], code
    assert cells.count(t("status_none", lang)) == sum(card[c]["status"] is None for c in SCORECARD_CODES)


def test_title_slide_names_the_filters_of_the_view(demo_db):
    at = run_page(PAGE, tahun="2025", opd="DISDUKCAPIL", slide="1")
    text = visible_text(slide(at))
    assert "OPD: Dinas Kependudukan dan Pencatatan Sipil" in text
    assert "2025" in text
    back = at.get("page_link")[0].proto
    assert back.page.endswith("dashboard.py") or back.page == ""
    assert "opd=DISDUKCAPIL" in back.query_string and "tahun=2025" in back.query_string


@pytest.mark.parametrize("n", range(1, SLIDES + 1))
def test_english_slides_keep_no_indonesian_ui_string(demo_db, n):
    at = run_page(PAGE, tahun="2025", bahasa="en", slide=str(n))
    texts = [visible_text(slide(at)), *(e.value for e in at.title), *(e.value for e in at.text)]
    texts += [b.label for b in at.button] + [d.proto.label for d in at.get("download_button")]
    texts += [p.proto.popover.label for p in at.get("popover")] + [p.proto.label for p in at.get("page_link")]
    texts += [e.value for kind in ("toast", "warning", "markdown", "caption") for e in getattr(at, kind)]
    page_text = re.sub(r"`[^`]*`", "", "\n".join(texts))
    # names from the data (OPD, region) are Indonesian in any language
    for (name,) in sql(demo_db, "SELECT nama_opd FROM opd UNION ALL SELECT nama_wilayah FROM wilayah"):
        page_text = page_text.replace(name, "")
    assert f"Slide {n} of {SLIDES}" in page_text and "Next" in page_text
    leftovers = [s for s in _indonesian_only_strings() if s in page_text]
    assert not leftovers, leftovers


def test_download_buttons_for_both_formats(demo_db):
    at = run_page(PAGE, tahun="2025", opd="DISDUKCAPIL")
    names = {d.proto.label: d.proto for d in at.get("download_button")}
    assert set(names) == {t("presentasi_pptx"), t("presentasi_pdf")}


def test_pdf_download_says_what_to_install_when_chromium_is_missing(demo_db, monkeypatch):
    monkeypatch.setenv("KINERJA_CHROMIUM", "/nonexistent/chromium")
    at = run_page(PAGE, tahun="2025")
    labels = [d.proto.label for d in at.get("download_button")]
    assert labels == [t("presentasi_pptx")]  # PowerPoint needs no browser
    warning = " ".join(w.value for w in at.warning)
    assert "Chromium tidak ditemukan" in warning and "Chromium not found" in warning
    assert "apt-get install -y chromium" in warning


def test_deck_is_built_once_per_data_version_and_filters(demo_db, monkeypatch):
    import kinerja.deck.build as deck_build

    calls = []
    real = deck_build.build

    def counting(*args, **kwargs):
        calls.append(args[2:])
        return real(*args, **kwargs)

    monkeypatch.setattr(deck_build, "build", counting)
    # a year no other test opens, so the cache starts empty for these filters
    for n in (1, 2, 5):
        run_page(PAGE, tahun="2023", slide=str(n))
    assert len(calls) == 1
    run_page(PAGE, tahun="2023", opd="DISDUKCAPIL")
    run_page(PAGE, tahun="2023", bahasa="en")
    assert len(calls) == 3


HOSTILE = {
    "wilayah": "Kota <img src=x onerror=alert(1)>",
    "A": "Dinas <b>Alpha</b> & 'Co'",
    "B": "<script>alert(1)</script>",
}


def test_text_from_the_data_is_escaped_on_every_slide(kinerja_db):
    """Region and OPD names carry markup; every slide shows it as text, never as HTML."""
    permohonan = ["id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status"]
    permohonan += [f"a{i},LA,2025-03-01,2025-03-02,online,selesai" for i in range(30)]
    path = kinerja_db(
        {
            "opd": f"""
                kode_opd,nama_opd,jenis_opd,aktif
                A,{HOSTILE["A"]},dinas,ya
                B,{HOSTILE["B"]},dinas,ya
            """,
            "layanan": """
                kode_layanan,kode_opd,nama_layanan,sla_hari
                LA,A,Layanan A,2
            """,
            "permohonan": "\n".join(permohonan),
            "wilayah": f"""
                nama_wilayah
                {HOSTILE["wilayah"]}
            """,
        }
    )
    seen = ""
    with database(path):
        for n in range(1, SLIDES + 1):
            body = slide(run_page(PAGE, tahun="2025", slide=str(n)))
            assert "<script" not in body and "<img src=x" not in body and "<b>" not in body
            seen += visible_text(body)
    for text in HOSTILE.values():
        assert text in seen, text  # shown, as text
