"""The one way text reaches the screen as Markdown: titles, headings, captions, notices.

Streamlit reads every title, caption, notice and toast as Markdown (links, images, KaTeX
`$…$`, `:colour[…]` directives, emphasis, bare URLs). Our own words (kinerja.i18n) may use
that; anything from outside — a URL parameter, a region, OPD, service or innovation name
from the data, an exception's text — may not. So pages never write
`st.title(t(key, ..., nama=x))`: they call `say.title(key, lang, nama=x)`, which escapes
every parameter before the text key's Markdown is built. `plain(text)` escapes a whole
string that comes from outside (a FilterError, a name on its own).
"""

from __future__ import annotations

import re

import streamlit as st

from kinerja import fmt
from kinerja.i18n import t

# Every character that can open Markdown, a directive, KaTeX, HTML or an entity, plus the
# letters that make GFM link a bare URL or address (`https:`, `www.`, `a@b`). A backslash
# before ASCII punctuation is CommonMark's own escape: the character is shown as itself.
_MARKUP = re.compile(r"([\\`*_{}\[\]<>#|!$~:@&^=])")
# GFM also links bare addresses found in the text after parsing (`https://…`, `www.…`,
# `a@b.c`), escapes or not: an invisible word joiner (U+2060) breaks what it looks for.
_BARE_LINK = re.compile(r"(?i)(?<=https)(?=\\:)|(?<=http)(?=\\:)|(?<=\bwww)(?=\.)|(?=\\@)")
JOINER = "\u2060"


def plain(value) -> str:
    """`value` as text that Markdown shows literally, on one line."""
    text = re.sub(r"\s+", " ", str(value))  # one line: a name cannot open a heading or a list
    return _BARE_LINK.sub(JOINER, _MARKUP.sub(r"\\\1", text))


def text(key: str, lang: str, **params) -> str:
    """t(key) with every parameter escaped: our Markdown, their text."""
    return t(key, lang, **{k: plain(v) for k, v in params.items()})


def title(key: str, lang: str, **params) -> None:
    st.title(text(key, lang, **params), anchor=False)


def subheader(key: str, lang: str, **params) -> None:
    st.subheader(text(key, lang, **params), anchor=False)


def caption(key: str, lang: str, **params) -> None:
    st.caption(text(key, lang, **params))


def lead(key: str, lang: str, as_of, **params) -> None:
    """A page's lead sentence with the date its data is as of (every page shows it)."""
    line = text(key, lang, **params)
    if as_of is not None:
        line += " · " + t("data_per", lang, tanggal=fmt.date(as_of, lang))
    st.caption(line)


def info(key: str, lang: str, **params) -> None:
    st.info(text(key, lang, **params))


def warning(key: str, lang: str, **params) -> None:
    st.warning(text(key, lang, **params))


def toast(key: str, lang: str, **params) -> None:
    st.toast(text(key, lang, **params))
