"""The meeting deck (`python -m kinerja presentasi`): a model computed once from the core
(build -> model), drawn as PowerPoint (to_pptx) or as HTML printed to PDF by Chromium
(to_html -> to_pdf). Nothing here imports Streamlit or Plotly."""

from __future__ import annotations

import tempfile
from pathlib import Path

FORMATS = (".pptx", ".pdf")


class DeckError(RuntimeError):
    """A deck that cannot be written; the text is bilingual and says what to do."""


def write(deck, out: str | Path) -> Path:
    """Write the deck as .pptx or .pdf, by the extension of `out`."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".pptx":
        from kinerja.deck.to_pptx import write_pptx

        write_pptx(deck, out)
    elif suffix == ".pdf":
        from kinerja.deck.to_pdf import write_pdf

        write_pdf(deck, out)
    else:
        raise DeckError(
            f"Ekstensi berkas tidak dikenal: '{out.suffix}'; pakai .pptx atau .pdf "
            "(unknown file extension; use .pptx or .pdf)"
        )
    return out


def to_bytes(deck, suffix: str) -> bytes:
    """The deck as the bytes of a .pptx or .pdf file (for a download button)."""
    with tempfile.TemporaryDirectory(prefix="kinerja-deck-") as folder:
        return write(deck, Path(folder) / f"presentasi{suffix}").read_bytes()
