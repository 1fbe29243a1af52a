"""Bagikan: the text and the links a leader sends on (issue 11), without Streamlit.

The link is the address of the view on screen with its filters; the text is a heading,
the summary's sentences (contract section 5's `kalimat`) and that link; WhatsApp gets the
same text through `https://wa.me/?text=` (FIELD_NOTES: no account or key involved).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterable, Mapping

WHATSAPP = "https://wa.me/?text="
# names under which browsers treat plain http as a secure context (the clipboard works there)
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


def view_link(base: str, page: str, params: Mapping[str, str | Iterable[str]]) -> str:
    """`base` (KINERJA_URL, e.g. `https://kinerja.kab.go.id`, or the browser's own address
    of the app) + the page's path + the query. `page` is the path after the app's root
    (`""` for the overview, `presentasi`); an address that already ends with it is kept.
    A list (OPD codes) is joined with commas, which the app reads back (kinerja.ui.app)."""
    root = base.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    if not page:
        path = root + "/"
    elif root.endswith("/" + page):
        path = root
    else:
        path = f"{root}/{page}"
    query = [(k, v if isinstance(v, str) else ",".join(v)) for k, v in params.items()]
    query = [(k, v) for k, v in query if v]
    return path + ("?" + urllib.parse.urlencode(query, safe=",") if query else "")


def share_text(heading: str, sentences: Iterable[str], link: str | None) -> str:
    """What is copied and sent: the heading, one sentence a line, then the link."""
    lines = [heading, *(f"• {s}" for s in sentences)]
    if link:
        lines += ["", link]
    return "\n".join(lines)


def whatsapp_url(text: str) -> str:
    """WhatsApp (app or web) with `text` ready to send to a chat the user picks."""
    return WHATSAPP + urllib.parse.quote(text, safe="")


def clipboard_allowed(address: str | None) -> bool:
    """Whether a browser at `address` lets a page write to the clipboard: only in a secure
    context, i.e. over HTTPS or on this computer itself. Unknown: assume not."""
    if not address:
        return False
    parts = urllib.parse.urlsplit(address)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" or host in LOCAL_HOSTS or host.endswith(".localhost")
