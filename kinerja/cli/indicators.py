"""Verbs that read indicators: indicators, presentasi."""

from __future__ import annotations

import json
from pathlib import Path

from kinerja.cli.common import add_db, add_filters, db_path, err, open_selection


def register(sub) -> None:
    ind = sub.add_parser("indicators", help="hitung indikator / compute indicators")
    ind.add_argument("--tahun", type=int, required=True)
    ind.add_argument("--sampai-bulan", type=int, choices=range(1, 13), metavar="M")
    add_filters(ind)
    ind.add_argument("--json", action="store_true")
    add_db(ind)
    ind.set_defaults(func=cmd_indicators)

    pres = sub.add_parser(
        "presentasi",
        help="tulis presentasi rapat / write the meeting deck",
        description="Menulis presentasi rapat pimpinan (9 slide: judul, ringkasan (yang berubah "
        "dan siapa ditindaklanjuti), kartu skor, Our Work, Our Workforce, Our Workplace, inovasi, "
        "peringkat OPD, OPD tanpa inovasi) untuk satu tahun dan satu pilihan OPD. / Writes the "
        "leadership meeting deck (9 slides) for one year and one selection of agencies.",
    )
    pres.add_argument(
        "--tahun",
        type=int,
        required=True,
        metavar="TAHUN",
        help="tahun yang disajikan, mis. 2025 / the year shown",
    )
    add_filters(pres)
    pres.add_argument(
        "--bahasa",
        choices=("id", "en"),
        default="id",
        help="bahasa slide: id (bawaan) atau en / the slides' language: id (default) or en",
    )
    pres.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="berkas hasil; jenisnya dari akhiran: .pptx (PowerPoint) atau .pdf / "
        "the file written, its kind by extension: .pptx or .pdf",
    )
    add_db(pres)
    pres.set_defaults(func=cmd_presentasi)


def cmd_indicators(args) -> int:
    from kinerja.indicators import metrics

    opened = open_selection(args)
    if opened is None:
        return 2
    con, selection = opened
    card = metrics.scorecard(con, selection, args.tahun, args.sampai_bulan)
    indikator = metrics.as_json(card)
    out = {"tahun": args.tahun, "opd": selection.opd, "indikator": indikator}
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        _print_table(out)
    return 0


def _print_table(out: dict) -> None:
    print(f"Tahun {out['tahun']} — {len(out['opd'])} OPD")
    for code, item in out["indikator"].items():
        grade = item.get("mutu") or item.get("predikat") or ""
        print(
            f"  {code:32} {_fmt(item['nilai']):>14} {grade:12} target {_fmt(item['target']):>10} "
            f"capaian {_fmt(item['capaian_pct']):>8} {item['status'] or ''}"
        )


def _fmt(v) -> str:
    return "–" if v is None else f"{v:,.2f}" if isinstance(v, float) else str(v)


def cmd_presentasi(args) -> int:
    from kinerja.deck import FORMATS, DeckError, write

    out = args.out
    if out.suffix.lower() not in FORMATS:
        err(
            f"Ekstensi berkas tidak dikenal: '{out.suffix}'; pakai .pptx atau .pdf "
            "(unknown file extension; use .pptx or .pdf)"
        )
        return 2
    if not out.parent.is_dir():
        err(f"Folder tujuan tidak ada: {out.parent} (the output folder does not exist)")
        return 2
    opened = open_selection(args)
    if opened is None:
        return 2
    con, selection = opened
    from kinerja.deck.build import build
    from kinerja.indicators.ringkasan import summarize

    named, jenis = args.opd or [], args.jenis_opd or []
    summary = summarize(db_path(args), args.tahun, named, jenis, args.bahasa)
    deck = build(
        con, selection, args.tahun, args.bahasa, named_opd=args.opd, jenis=args.jenis_opd, summary=summary
    )
    try:
        write(deck, out)
    except DeckError as exc:
        err(str(exc))
        return 2
    print(f"Presentasi ditulis: {out} ({len(deck.slides)} slide)")
    return 0
