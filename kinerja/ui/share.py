"""Bagikan (issue 11): one popover on the overview and in presenter mode that downloads the
phone card, shows the summary text to copy and opens WhatsApp with it.

The popover runs only when opened, inside a fragment (opening it reruns this block, not the
page); the card's PNG is made only when its button is pressed (kinerja.reports.card, the
command line's `kartu`), cached per data version and filters. The text and links come from
kinerja.views.share; this module only lays them out.
"""

from __future__ import annotations

import os
import re

import streamlit as st

from kinerja import fmt
from kinerja.deck import DeckError
from kinerja.deck.to_pdf import require_chromium
from kinerja.i18n import t
from kinerja.indicators import filters, rules
from kinerja.ui import app
from kinerja.views import share as vs

# Our own constant CSS (never data): the button sits in the empty band above the title, at the
# right edge of the content (beside the app menu on a phone), so it takes no row of its own
# and the first KPI row stays on the first screen at 1280×720.
CSS = """
[data-testid="stMainBlockContainer"] { position: relative; }
.st-key-share_float { position: absolute; top: 0.6rem; right: 3.4rem; width: auto; z-index: 999991; }
@media (min-width: 736px) { .st-key-share_float { right: 5rem; } }
"""

# A button that writes the text to the clipboard (only offered where the browser allows it).
# The text travels as the component's data and is only ever written as text, never as HTML.
_COPY_JS = """
export default function ({ parentElement, data }) {
  const button = parentElement.querySelector("button");
  button.textContent = data.label;
  button.onclick = async () => {
    try {
      await navigator.clipboard.writeText(data.text);
      button.textContent = data.done;
    } catch (e) {
      button.textContent = data.failed;
    }
  };
}
"""
_COPY_CSS = """
button { font-family: var(--st-font, "Source Sans", sans-serif); font-size: 0.875rem; line-height: 1.6;
         min-height: 2.5rem; padding: 0.25rem 0.75rem; cursor: pointer; border-radius: var(--st-button-radius, 0.5rem);
         color: var(--st-text-color, #31333f); background: var(--st-background-color, #fff);
         border: 1px solid var(--st-border-color, rgba(49, 51, 63, 0.2)); }
button:hover { border-color: var(--st-primary-color, #1f5fa8); color: var(--st-primary-color, #1f5fa8); }
"""
_copy_button = st.components.v2.component(
    "kinerja.copy_text", html='<button type="button"></button>', css=_COPY_CSS, js=_COPY_JS
)


def share(view: app.View, page: str = "", extra: dict | None = None, float_right: bool = False) -> None:
    """The "Bagikan" popover for `view` on `page` (its path: "" for the overview,
    "presentasi"); `extra` are the page's own URL parameters (the slide). `float_right`
    puts it in the band above the page title, at the right."""
    if float_right:
        st.html(f"<style>{CSS}</style>")
        with st.container(key="share_float"):
            _block(view, page, extra or {})
    else:
        _block(view, page, extra or {})


@st.fragment
def _block(view: app.View, page: str, extra: dict) -> None:
    lang = view.lang
    pop = st.popover(
        t("bagikan", lang),
        icon=":material/share:",
        help=t("bagikan_help", lang),
        key="share_open",
        on_change="rerun",
    )
    if not pop.open:
        return
    with pop:
        _card_button(view)
        text = share_text(view, page, extra)
        copyable = vs.clipboard_allowed(st.context.url)
        with st.container(horizontal=True, gap="small"):
            if copyable:
                _copy_button(
                    data={
                        "text": text,
                        "label": t("bagikan_copy", lang),
                        "done": t("bagikan_copied", lang),
                        "failed": t("bagikan_copy_failed", lang),
                    },
                    key="share_copy",
                    width="content",
                )
            st.link_button(
                t("bagikan_whatsapp", lang),
                vs.whatsapp_url(text),
                icon=":material/chat:",
                help=t("bagikan_whatsapp_help", lang),
                type="primary",
            )
        if copyable:
            st.code(text, language=None, wrap_lines=True)
        else:
            st.text_area(t("bagikan_text", lang), text, height=180, label_visibility="collapsed")
            st.caption(t("bagikan_copy_fallback", lang))


def link(view: app.View, page: str, extra: dict) -> str:
    """This view's address: KINERJA_URL when set (the address people outside reach), else the
    browser's own."""
    base = os.environ.get("KINERJA_URL", "").strip() or st.context.url or ""
    return vs.view_link(base, page, {**view.query_params(), **extra})


def share_text(view: app.View, page: str, extra: dict) -> str:
    v, lang = app.version(), view.lang
    heading = t("overview_title", lang, wilayah=app.subject(view), tahun=view.tahun)
    as_of = app.freshness(v, view.tahun)
    if as_of:
        heading += " · " + t("data_per", lang, tanggal=fmt.date(as_of, lang))
    said = sentences(v, view.tahun, view.opd, view.jenis, lang)
    if not said:  # the summary has nothing to say: the scorecard's count, as the reports do
        sel = view.selection
        card = app.scorecard(v, tuple(sel.opd), sel.target_scope, view.tahun, None)
        running = app.running_month(v, view.tahun) is not None
        said = [
            rules.scorecard_heading(*rules.scorecard_count(card.iter_rows(named=True), running), lang) + "."
        ]
    return vs.share_text(heading, said, link(view, page, extra))


@st.cache_data(ttl=3600, max_entries=128, show_spinner=False)
def sentences(
    data_version: str, tahun: int, opd: tuple[str, ...], jenis: tuple[str, ...], lang: str
) -> list[str]:
    """The summary's sentences (contract section 5) for the filters as the URL names them."""
    from kinerja.indicators.ringkasan import summarize

    app.cursor(data_version).close()  # the data moved on since this run began: start again
    return list(summarize(app.reader().path, tahun, opd, jenis, lang)["kalimat"])


def _card_button(view: app.View) -> None:
    lang = view.lang
    try:
        require_chromium()
    except DeckError:
        st.warning(t("bagikan_no_chromium", lang))
        return
    v = app.version()
    codes = [re.sub(r"[^A-Za-z0-9_-]", "", c) for c in view.opd]
    name = "-".join(["kartu", str(view.tahun), *(codes if len(codes) <= 3 else []), lang])
    st.download_button(
        t("bagikan_card", lang),
        data=lambda: card_png(v, view.tahun, view.opd, view.jenis, lang),
        file_name=f"{name}.png",
        mime="image/png",
        on_click="ignore",
        icon=":material/image:",
        help=t("bagikan_card_help", lang),
        key="share_card",
    )


@st.cache_data(ttl=3600, max_entries=32, show_spinner=False)
def card_png(data_version: str, tahun: int, opd: tuple[str, ...], jenis: tuple[str, ...], lang: str) -> bytes:
    """The phone card of these filters, as `python -m kinerja kartu` draws it."""
    from kinerja.reports import card, content

    selection = filters.resolve(app.opd_table(data_version), list(opd), list(jenis))
    report = content.build(
        app.cursor(data_version), app.reader().path, selection, tahun, lang, named_opd=opd, jenis=jenis
    )
    return card.png_bytes(card.model(report))
