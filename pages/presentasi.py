"""Mode presentasi: the meeting deck one slide at a time, for a projector or a shared screen.

No sidebar and no Streamlit chrome. The filters come from the URL by the sidebar's rules
(kinerja.ui.app.url_view), the slide too (`?slide=3`), so a copied link reopens the same
slide. The slides are the PowerPoint's and the PDF's (kinerja.deck), built once per data
version and filters; the files are written only when a download button is pressed.
"""

import re

import streamlit as st

from kinerja.deck import DeckError, present, to_bytes
from kinerja.deck.build import build
from kinerja.deck.model import Deck
from kinerja.deck.to_pdf import require_chromium
from kinerja.i18n import t
from kinerja.indicators import filters
from kinerja.ui import app
from kinerja.ui.share import share

PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"

st.set_page_config(page_title="Kinerja — Presentasi", page_icon="📊", layout="wide")
st.html(f"<style>{present.CSS}</style>")


@st.cache_data(ttl=3600, max_entries=64)
def deck(data_version: str, tahun: int, opd: tuple[str, ...], jenis: tuple[str, ...], lang: str) -> Deck:
    selection = filters.resolve(app.opd_table(data_version), list(opd), list(jenis))
    summary = app.summary(data_version, tahun, opd, jenis, lang)
    return build(
        app.cursor(data_version), selection, tahun, lang, named_opd=opd, jenis=jenis, summary=summary
    )


def go(to: int) -> None:
    st.query_params["slide"] = str(to)


view, notices = app.url_view()
lang = view.lang
d = deck(app.version(), view.tahun, view.opd, view.jenis, lang)
total = len(d.slides)
asked = st.query_params.get("slide")
n, bad = present.slide_number(asked, total)
if bad:
    notices.append(t("bad_param", lang, name="slide", value=asked, fallback="1"))
for notice in notices:
    st.toast(notice)
# the URL names exactly what is shown (dropped values and a bad slide number corrected)
wanted = {**view.query_params(), "slide": str(n)}
if {k: st.query_params.get_all(k) for k in st.query_params} != {
    k: [v] if isinstance(v, str) else list(v) for k, v in wanted.items()
}:
    st.query_params.from_dict(wanted)

st.html(present.stage(d, n))

with st.container(horizontal=True, key="deck_bar", vertical_alignment="center", gap="small"):
    st.page_link(
        "dashboard.py",
        label=t("presentasi_back", lang),
        icon=":material/arrow_back:",
        query_params=view.query_params(),
    )
    st.button(
        t("presentasi_prev", lang),
        key="deck_prev",
        on_click=go,
        args=(n - 1,),
        disabled=n == 1,
        shortcut="Left",
    )
    st.title(t("presentasi_heading", lang, n=n, m=total), anchor=False, width="content")
    st.button(
        t("presentasi_next", lang),
        key="deck_next",
        type="primary",
        on_click=go,
        args=(n + 1,),
        disabled=n == total,
        shortcut="Right",
    )
    with st.popover(t("presentasi_notes", lang), icon=":material/notes:"):
        st.text(d.slides[n - 1].notes)  # names from the data: plain text, never HTML
    with st.popover(t("presentasi_download", lang), icon=":material/download:"):
        codes = [re.sub(r"[^A-Za-z0-9_-]", "", c) for c in view.opd]
        name = "-".join(["presentasi", str(view.tahun), *(codes if len(codes) <= 3 else [])])
        st.download_button(
            t("presentasi_pptx", lang),
            data=lambda: to_bytes(d, ".pptx"),
            file_name=f"{name}.pptx",
            mime=PPTX_MIME,
            on_click="ignore",
            key="deck_pptx",
            icon=":material/slideshow:",
        )
        try:
            require_chromium()
        except DeckError as exc:
            st.warning(str(exc))
        else:
            st.download_button(
                t("presentasi_pdf", lang),
                data=lambda: to_bytes(d, ".pdf"),
                file_name=f"{name}.pdf",
                mime="application/pdf",
                on_click="ignore",
                key="deck_pdf",
                icon=":material/picture_as_pdf:",
            )
    share(view, "presentasi", {"slide": str(n)})

# the keys a presentation clicker sends, on buttons kept out of sight
with st.container(key="deck_keys"):
    st.button("PageUp", key="deck_pgup", on_click=go, args=(n - 1,), disabled=n == 1, shortcut="PageUp")
    st.button(
        "PageDown", key="deck_pgdn", on_click=go, args=(n + 1,), disabled=n == total, shortcut="PageDown"
    )
