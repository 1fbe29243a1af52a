"""Text from outside is never markup (issue 12, item 10): names from the data (region, OPD,
service, innovation) and URL parameter values reach every title, caption and notice with
their Markdown escaped (kinerja.ui.say), so a link, an image, KaTeX, HTML or a colour
directive shows as the characters it is made of."""

from __future__ import annotations

import re

import polars as pl
import pytest
from streamlit.testing.v1 import AppTest

from kinerja.demo import write_demo
from kinerja.demo.impor import import_demo
from kinerja.ui import say
from tests import pagekit
from tests.pagekit import database

EVIL = (
    "[Sesi habis](https://evil.example/x) ![i](https://evil.example/i.png) $x^2$ "
    "<img src=https://evil.example/h.png> :red[merah] **tebal** www.evil.example a@evil.example"
)
# what must never reach Streamlit's Markdown unescaped
RAW = ("](http", "![", "<img", "$x", ":red[", "**tebal", "www.evil", "a@evil")
PAGES = (
    "dashboard.py",
    "pages/layanan.py",
    "pages/sdm.py",
    "pages/tempat_kerja.py",
    "pages/inovasi.py",
    "pages/profil_opd.py",
    "pages/definisi.py",
    "pages/data.py",
    "pages/presentasi.py",
)


def poison(source, table: str, column: str) -> None:
    path = source / f"{table}.csv"
    frame = pl.read_csv(path, infer_schema=False)
    frame.with_columns(pl.col(column) + " " + EVIL).write_csv(path)


def evil_demo(folder):
    """The demo regency with EVIL after every name (region, OPD, service, innovation),
    imported as the app builds it; returns the database path."""
    source = folder / "sumber"
    write_demo(source, skala=0.05, seed=2026)
    for table, column in (
        ("wilayah", "nama_wilayah"),
        ("opd", "nama_opd"),
        ("layanan", "nama_layanan"),
        ("inovasi", "nama_inovasi"),
    ):
        poison(source, table, column)
    db = folder / "kinerja.duckdb"
    assert all(r.ok for r in import_demo(source, db))
    return db


@pytest.fixture(scope="module")
def evil_db(tmp_path_factory):
    db = evil_demo(tmp_path_factory.mktemp("markup"))
    with database(db):
        yield db


def shown(at: AppTest) -> list[str]:
    """Every Markdown text on the page, as Streamlit receives it."""
    kinds = ("title", "header", "subheader", "caption", "markdown", "info", "warning", "error", "toast")
    texts = [str(e.value) for kind in kinds for e in getattr(at, kind)]
    # labels are Markdown too: links (the follow-up list, the sidebar) and folded sections
    return texts + [p.proto.label for p in at.get("page_link")] + [e.label for e in at.expander]


def assert_plain(texts: list[str]) -> None:
    """No markup left once every backslash-escaped character is taken out."""
    for text in texts:
        bare = re.sub(r"\\.", "", text)
        for raw in RAW:
            assert raw not in bare, (raw, text)


def test_plain_escapes_every_markup():
    out = say.plain(EVIL + "\n# kop")
    assert_plain([out])
    assert "\\[Sesi habis\\]" in out and "\\!\\[i\\]" in out and "\\$x^2\\$".replace("^", "\\^") in out
    assert "\\<img" in out and "\\:red\\[" in out
    # GFM's bare links: a word joiner (invisible) breaks each
    assert "https\u2060\\://" in out and "www\u2060.evil" in out and "a\u2060\\@evil" in out
    assert "\n" not in out  # one line: a name cannot start a heading or a list


@pytest.mark.parametrize("page", PAGES)
def test_names_from_the_data_render_as_text(evil_db, page):
    at = pagekit.run_page(page)
    texts = shown(at)
    assert_plain(texts)
    if page not in ("pages/definisi.py", "pages/data.py", "pages/presentasi.py"):
        # the names are there, escaped: the title names the region or the OPD
        assert any("\\[Sesi habis\\]" in x for x in texts), texts[:3]


@pytest.mark.parametrize("name", ["tahun", "opd", "jenis_opd", "bahasa"])
def test_url_values_in_notices_are_text(evil_db, name):
    at = pagekit.run_page("dashboard.py", **{name: "[Sesi habis](https://evil.example/x)"})
    toasts = [str(x.value) for x in at.toast]
    assert any("\\[Sesi habis\\]" in x for x in toasts), toasts
    assert_plain(shown(at))
    at = pagekit.run_page("pages/layanan.py", **{name: "![i](https://evil.example/i.png)"})
    assert any("\\!\\[i\\]" in str(x.value) for x in at.toast)
    assert_plain(shown(at))


def test_profil_and_slide_values_are_text(evil_db):
    at = pagekit.run_page("pages/profil_opd.py", profil="$x^2$ <img src=https://evil.example/h.png>")
    assert any("\\$x" in str(x.value) for x in at.toast)
    assert_plain(shown(at))
    at = pagekit.run_page("pages/presentasi.py", slide=":red[merah]")
    assert any("\\:red\\[" in str(x.value) for x in at.toast)
    assert_plain(shown(at))


def test_a_dropped_value_says_what_the_page_uses(evil_db):
    at = pagekit.run_page("dashboard.py", opd="NOPE")
    assert any("memakai Semua OPD aktif" in str(x.value) for x in at.toast)
    at = pagekit.run_page("dashboard.py", jenis_opd="planet", bahasa="en")
    assert any("using All kinds" in str(x.value) for x in at.toast)
