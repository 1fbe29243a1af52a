"""Bagikan in AppTest (kinerja.ui.share): the WhatsApp link holds the encoded sentences and the
filters of the view, the text to copy, the text box on a plain-http address, presenter mode's
link to its slide, and a card button that says so when Chromium is missing."""

from __future__ import annotations

import json
import urllib.parse

import pytest
from streamlit.testing.v1 import AppTest

from kinerja.i18n import t
from kinerja.indicators.ringkasan import summarize
from kinerja.views import share as vs
from tests.appkit import ROOT, build_demo_db
from tests.pagekit import database

OFFICE = "http://10.20.30.40:8501/"  # a plain-http office address: no clipboard
SECURE = "https://kinerja.kab.go.id/"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("share"))) as db:
        yield db


@pytest.fixture(autouse=True)
def no_public_url(monkeypatch):
    monkeypatch.delenv("KINERJA_URL", raising=False)


def opened(page: str = "dashboard.py", url: str = OFFICE, **params) -> AppTest:
    """`page` with the Bagikan popover open, as seen from the browser address `url`."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    for key, value in params.items():
        at.query_params[key] = value
    at.context["url"] = url.rstrip("/") + ("/presentasi" if page == "pages/presentasi.py" else "/")
    if page != "dashboard.py":
        at.switch_page(page)
    at.session_state["share_open"] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def whatsapp(at: AppTest) -> str:
    (url,) = [b.proto.url for b in at.get("link_button") if b.proto.url.startswith(vs.WHATSAPP)]
    return urllib.parse.unquote(url.removeprefix(vs.WHATSAPP))


def test_whatsapp_link_holds_the_sentences_and_the_filters_of_the_view(demo_db):
    at = opened(tahun="2026", jenis_opd="kecamatan", bahasa="en")
    text = whatsapp(at)
    # the summary of exactly this selection, in the view's language
    for sentence in summarize(demo_db, 2026, jenis=("kecamatan",), bahasa="en")["kalimat"]:
        assert f"• {sentence}" in text
    assert text.endswith("\nhttp://10.20.30.40:8501/?tahun=2026&jenis_opd=kecamatan&bahasa=en")
    # every character travels encoded: no raw space, newline or & in the query of wa.me
    (raw,) = [b.proto.url for b in at.get("link_button")]
    assert " " not in raw and "\n" not in raw and raw.count("&") == 0


def test_kinerja_url_is_the_base_of_the_link(demo_db, monkeypatch):
    monkeypatch.setenv("KINERJA_URL", "https://kinerja.nusaharapan.go.id/")
    at = opened(tahun="2025", opd="BAPPEDA,BPBD")
    assert whatsapp(at).endswith("\nhttps://kinerja.nusaharapan.go.id/?tahun=2025&opd=BAPPEDA,BPBD")


def copy_button(at: AppTest) -> list[dict]:
    """The data of the copy button (kinerja.ui.share's component), one dict per button."""
    return [json.loads(c.proto.json) for c in at.get("bidi_component")]


def test_on_plain_http_the_text_is_in_a_box_to_select(demo_db):
    at = opened(tahun="2026", url=OFFICE)
    assert not at.code and not copy_button(at)  # no button the browser would refuse
    (box,) = at.text_area
    assert box.value == whatsapp(at)
    captions = "\n".join(c.value for c in at.caption)
    assert t("bagikan_copy_fallback", "id") in captions


@pytest.mark.parametrize("url", [SECURE, "http://localhost:8501/", "http://127.0.0.1:8501/"])
def test_where_the_clipboard_works_the_text_has_a_copy_button(demo_db, url):
    at = opened(tahun="2026", url=url)
    assert not at.text_area
    (button,) = copy_button(at)
    assert button["text"] == whatsapp(at) and button["label"] == "Salin teks"
    (code,) = at.code  # and shown, to read before sending
    assert code.value == whatsapp(at)
    assert code.value.startswith("Ringkasan kinerja ")
    assert code.value.endswith(url.rstrip("/") + "/?tahun=2026")


def test_presenter_mode_links_to_its_slide(demo_db):
    at = opened("pages/presentasi.py", tahun="2026", slide="3")
    assert whatsapp(at).endswith("\nhttp://10.20.30.40:8501/presentasi?tahun=2026&slide=3")
    assert [b.label for b in at.get("download_button") if b.key == "share_card"] == ["Unduh kartu (PNG)"]


def test_closed_popover_builds_nothing(demo_db):
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["tahun"] = "2026"
    at.run()
    assert not at.exception
    assert not at.get("link_button") and not at.code and not at.text_area


def test_without_chromium_the_card_button_says_so_in_english(demo_db, monkeypatch):
    monkeypatch.setenv("KINERJA_CHROMIUM", "/nonexistent/chromium")
    at = opened(tahun="2026", bahasa="en")
    assert t("bagikan_no_chromium", "en") in [w.value for w in at.warning]
    assert not [b for b in at.get("download_button") if b.key == "share_card"]
    assert whatsapp(at)  # the text and WhatsApp still work


def test_view_link_keeps_what_the_app_reads_back():
    params = {"tahun": "2026", "opd": ["A1", "B 2"], "jenis_opd": [], "bahasa": "en"}
    assert vs.view_link("https://x.go.id/kinerja/", "", params) == (
        "https://x.go.id/kinerja/?tahun=2026&opd=A1,B+2&bahasa=en"
    )
    # the browser's address of a page already ends with the page's path
    assert vs.view_link("http://h:8501/presentasi", "presentasi", {"slide": "2"}) == (
        "http://h:8501/presentasi?slide=2"
    )
    assert vs.view_link("http://h:8501", "presentasi", {}) == "http://h:8501/presentasi"


def test_clipboard_needs_https_or_this_computer():
    assert vs.clipboard_allowed("https://10.0.0.1/")
    assert vs.clipboard_allowed("http://localhost:8501/")
    assert vs.clipboard_allowed("http://app.localhost/")
    assert not vs.clipboard_allowed("http://10.0.0.1:8501/")
    assert not vs.clipboard_allowed("http://kinerja.kab.go.id/")
    assert not vs.clipboard_allowed(None)


def test_the_card_is_made_only_when_asked_and_then_kept_per_version_and_filters(demo_db, monkeypatch):
    from kinerja.reports import card
    from kinerja.ui import app, share

    made = []
    monkeypatch.setattr(card, "png_bytes", lambda model: made.append(model) or b"\x89PNG")
    opened(tahun="2026", jenis_opd="kecamatan")
    assert made == []  # the open popover offers the card without making it
    share.card_png.clear()
    try:
        v = app.version()
        for _ in range(2):
            assert share.card_png(v, 2026, (), ("kecamatan",), "id") == b"\x89PNG"
        assert len(made) == 1 and made[0].lines[0].endswith("Kecamatan")
        share.card_png(v, 2026, (), ("kecamatan",), "en")  # another language: another card
        assert len(made) == 2
    finally:
        share.card_png.clear()
