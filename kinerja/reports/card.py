"""The phone card (`python -m kinerja kartu`): one 1080×1350 PNG, a phone's portrait as
WhatsApp shows it, made to be read at a third of its size.

A model of final texts (from kinerja.reports.content), drawn as HTML with every number as
text, then photographed by the same Chromium that prints the deck (kinerja.deck.to_pdf).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from html import escape
from pathlib import Path

from kinerja.deck import words
from kinerja.deck.layout import CSS_FONT
from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.palette import AREA_COLORS, INK, MUTED, RULE
from kinerja.reports.content import AREAS, Report

WIDTH, HEIGHT = 1080, 1350
LONG_SENTENCE = 110  # characters; a longer first sentence is set smaller to fit its box


@dataclass(frozen=True)
class Tile:
    area: str
    area_label: str  # "Our Work"
    name: str  # the indicator, short
    value: str  # formatted, "82,41"
    word: str  # the status in words: "Tercapai", "Tertinggal", "Tanpa target", "45% target"
    status: str | None
    progress: bool


@dataclass(frozen=True)
class Card:
    lang: str
    wilayah: str
    lines: tuple[str, ...]  # the selection
    when: str  # "Tahun 2026 · data per 31 Okt 2026"
    met: str  # "5 dari 12 indikator bertarget tercapai"
    tiles: tuple[Tile, ...]
    sentence: str
    source: str  # "Sumber: https://…" or ""


def model(report: Report) -> Card:
    lang = report.lang
    tiles = []
    for area, code in zip(AREAS, report.headline_codes(), strict=True):
        row = report.rows[code]
        verdict = report.verdict(code)
        tiles.append(
            Tile(
                area=area,
                area_label=t(f"laporan_card_{area}", lang),
                name=rules.short_name(code, lang),
                value=words.value(code, row["nilai"], lang),
                word=verdict.word(lang),
                status=verdict.status,
                progress=verdict.progress,
            )
        )
    met, judged = report.met()
    data_per = t("data_per", lang, tanggal=report.data_per) if report.as_of else report.data_per
    url = os.environ.get("KINERJA_URL", "").strip()
    return Card(
        lang=lang,
        wilayah=report.wilayah,
        lines=report.filter_lines,
        when=f"{t('laporan_card_year', lang, tahun=report.tahun)} · {data_per}",
        # with nothing judged each chip already says so; the long reason is the dashboard's
        met=rules.scorecard_heading(met, judged, lang) if judged else "",
        tiles=tuple(tiles),
        sentence=report.sentences[0] if report.sentences else "",
        source=t("laporan_card_source", lang, url=url) if url else "",
    )


# Sizes in CSS pixels on the 1080-wide card; at a third (WhatsApp's preview) the smallest,
# 32 px, is still ~11 px, the sentence 12–14 px and the numbers 32 px.
CSS = f"""
* {{ box-sizing: border-box; }}
html, body {{ margin: 0; padding: 0; background: #fff; }}
.card {{ width: {WIDTH}px; height: {HEIGHT}px; overflow: hidden; display: flex; flex-direction: column;
         font-family: {CSS_FONT}; color: {INK}; background: #fff;
         -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
.head {{ background: {AREA_COLORS["work"]}; color: #fff; padding: 44px 56px 36px; }}
.head h1 {{ margin: 0 0 14px; font-size: 66px; line-height: 1.08; font-weight: bold; }}
.head p {{ margin: 6px 0 0; font-size: 36px; line-height: 1.2; }}
.head p.when {{ font-weight: bold; margin-top: 14px; }}
.met {{ margin: 28px 56px 0; font-size: 38px; line-height: 1.2; font-weight: bold; }}
.tiles {{ display: grid; grid-template-columns: 1fr 1fr; gap: 20px; margin: 22px 56px 0; }}
.tile {{ border: 2px solid {RULE}; border-left-width: 14px; padding: 18px 22px 20px; height: 298px;
         display: flex; flex-direction: column; overflow: hidden; }}
.tile .area {{ font-size: 32px; font-weight: bold; text-transform: uppercase; letter-spacing: 1px; }}
.tile .name {{ font-size: 36px; margin-top: 6px; line-height: 1.15; white-space: nowrap; overflow: hidden;
               text-overflow: ellipsis; }}
.tile .value {{ font-size: 96px; font-weight: bold; line-height: 1.05; margin: 4px 0 10px; white-space: nowrap; }}
.tile .chip {{ align-self: flex-start; margin-top: auto; font-size: 36px; font-weight: bold;
               padding: 6px 18px; border-radius: 8px; white-space: nowrap; }}
.sentence {{ margin: 28px 56px 24px; font-size: 42px; line-height: 1.25; overflow: hidden;
             display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; }}
.sentence.long {{ font-size: 36px; -webkit-line-clamp: 5; }}
.spacer {{ flex: 1; }}
.foot {{ margin: 0 56px 30px; padding-top: 18px; border-top: 2px solid {RULE}; font-size: 34px;
         color: {MUTED}; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }}
"""


def render(card: Card) -> str:
    """The card as one HTML document; every text from the data is escaped."""
    head = (
        f"<h1>{escape(card.wilayah)}</h1>"
        + "".join(f"<p>{escape(line)}</p>" for line in card.lines)
        + f'<p class="when">{escape(card.when)}</p>'
    )
    tiles = "".join(_tile(tile) for tile in card.tiles)
    foot = escape(card.source) if card.source else "Kinerja"
    sentence_class = "sentence long" if len(card.sentence) > LONG_SENTENCE else "sentence"
    return (
        f'<!doctype html><html lang="{card.lang}"><head><meta charset="utf-8">'
        f"<title>{escape(card.wilayah)}</title><style>{CSS}</style></head><body>"
        f'<main class="card"><header class="head">{head}</header>'
        + (f'<p class="met">{escape(card.met)}</p>' if card.met else "")
        + f'<section class="tiles">{tiles}</section>'
        f'<p class="{sentence_class}">{escape(card.sentence)}</p><div class="spacer"></div>'
        f'<footer class="foot">{foot}</footer>'
        "</main></body></html>"
    )


def _tile(tile: Tile) -> str:
    color = AREA_COLORS[tile.area]
    fill, ink = rules.chip_colours(tile.status, tile.progress)
    return (
        f'<div class="tile" style="border-left-color:{color}">'
        f'<div class="area" style="color:{color}">{escape(tile.area_label)}</div>'
        f'<div class="name">{escape(tile.name)}</div>'
        f'<div class="value">{escape(tile.value)}</div>'
        f'<div class="chip" style="background:{fill};color:{ink}">{escape(tile.word)}</div>'
        "</div>"
    )


# Run in the page before the picture: while the card's content is taller than the card (a long
# OPD name, a long sentence), set the sentence smaller, down to 30 px, then on fewer lines, so
# the footer always shows. Returns whether everything fits.
FIT_JS = """() => {
  const card = document.querySelector('.card'), s = document.querySelector('.sentence');
  const over = () => card.scrollHeight > card.clientHeight;
  let size = parseFloat(getComputedStyle(s).fontSize);
  while (over() && size > 30) { size -= 2; s.style.fontSize = size + 'px'; }
  let lines = 5;
  while (over() && lines > 1) { lines -= 1; s.style.webkitLineClamp = String(lines); }
  return !over();
}"""


def write_png(card: Card, out: str | Path) -> Path:
    """Photograph the card's HTML at exactly WIDTH×HEIGHT pixels."""
    from kinerja.deck.to_pdf import html_page

    out = Path(out)
    with html_page(render(card), WIDTH, HEIGHT) as page:
        page.evaluate(FIT_JS)
        page.screenshot(path=str(out), clip={"x": 0, "y": 0, "width": WIDTH, "height": HEIGHT})
    return out


def png_bytes(card: Card) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kinerja-kartu-") as folder:
        return write_png(card, os.path.join(folder, "kartu.png")).read_bytes()
