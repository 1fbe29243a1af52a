"""The command line of contract section 4: `python -m kinerja VERB ...`.

It never imports Streamlit or Plotly, so a cold `indicators` starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kinerja.store import default_db_path


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.verb is None:
        parser.print_help()
        return 2
    return args.func(args)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m kinerja",
        description="Kinerja: impor data kinerja daerah dan hitung indikator 3W.",
    )
    sub = p.add_subparsers(dest="verb")

    demo = sub.add_parser("demo", help="tulis sumber data demo (CSV) / write the demo source")
    demo.add_argument("out_dir")
    demo.add_argument("--skala", type=float, default=1.0)
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(func=cmd_demo)

    imp = sub.add_parser("import", help="validasi dan impor / validate and import")
    imp.add_argument("source", nargs="+")
    imp.add_argument("--mode", choices=("ganti", "perbarui"), default="ganti")
    _db(imp)
    imp.set_defaults(func=cmd_import)

    ind = sub.add_parser("indicators", help="hitung indikator / compute indicators")
    ind.add_argument("--tahun", type=int, required=True)
    ind.add_argument("--sampai-bulan", type=int, choices=range(1, 13), metavar="M")
    ind.add_argument("--opd", action="append", default=[])
    ind.add_argument("--jenis-opd", action="append", default=[])
    ind.add_argument("--json", action="store_true")
    _db(ind)
    ind.set_defaults(func=cmd_indicators)

    pres = sub.add_parser("presentasi", help="tulis presentasi rapat / write the meeting deck")
    pres.add_argument("--tahun", type=int, required=True)
    pres.add_argument("--opd", action="append", default=[])
    pres.add_argument("--jenis-opd", action="append", default=[])
    pres.add_argument("--bahasa", choices=("id", "en"), default="id")
    pres.add_argument("--out", type=Path, required=True, help="FILE.pptx atau FILE.pdf")
    _db(pres)
    pres.set_defaults(func=cmd_presentasi)

    hist = sub.add_parser("history", help="riwayat impor / import history")
    _db(hist)
    hist.set_defaults(func=cmd_history)

    rb = sub.add_parser("rollback", help="batalkan impor terakhir / undo the latest import")
    _db(rb)
    rb.set_defaults(func=cmd_rollback)

    adm = sub.add_parser(
        "admin-password",
        help="setel kata sandi admin aplikasi (disimpan sebagai hash) / set the app's admin password (stored as a hash)",
    )
    adm.add_argument(
        "--secrets", type=Path, default=None, help="default: .streamlit/secrets.toml di folder proyek"
    )
    adm.set_defaults(func=cmd_admin_password)
    return p


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, default=None, help="default: $KINERJA_DB atau data/kinerja.duckdb")


def _db_path(args) -> Path:
    return args.db or default_db_path()


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def cmd_demo(args) -> int:
    from kinerja.demo import write_demo

    if args.skala <= 0:
        _err("--skala harus lebih dari 0 (--skala must be greater than 0)")
        return 2
    rows = write_demo(args.out_dir, skala=args.skala, seed=args.seed)
    for table, n in rows.items():
        print(f"{table}: {n} baris")
    return 0


def cmd_import(args) -> int:
    from kinerja.importer import import_source

    result = import_source(args.source, _db_path(args), mode=args.mode)
    for p in result.warnings:
        _err("peringatan: " + p.line())
    if not result.ok:
        for p in result.errors:
            _err(p.line())
        _err(
            f"Impor dibatalkan: {len(result.errors)} kesalahan; basis data tidak diubah. "
            f"(Import refused: {len(result.errors)} errors; the database is unchanged.)"
        )
        return 1
    total = sum(result.rows.values())
    print(f"Impor berhasil ({args.mode}) ke {_db_path(args)}: {total} baris")
    for table, n in result.rows.items():
        print(f"  {table}: {n}")
    return 0


def _open_selection(args):
    """The database read-only and the OPD set of --opd/--jenis-opd, or None after saying
    why not (a missing database, an unknown code, a filter selecting no OPD)."""
    from kinerja import db, filters, metrics

    try:
        con = db.open_readonly(_db_path(args))
    except db.NoDatabase:
        _err(
            f"Basis data tidak ditemukan: {_db_path(args)} (database not found); "
            "impor dulu dengan: python -m kinerja import SUMBER"
        )
        return None
    try:
        return con, filters.resolve(metrics.run(con, "opd"), args.opd, args.jenis_opd)
    except filters.FilterError as exc:
        _err(str(exc))
        return None


def cmd_indicators(args) -> int:
    from kinerja import metrics
    from kinerja.indicators import BY_CODE

    opened = _open_selection(args)
    if opened is None:
        return 2
    con, selection = opened
    card = metrics.scorecard(con, selection, args.tahun, args.sampai_bulan)
    indikator = {}
    for row in card.iter_rows(named=True):
        ind = BY_CODE[row["kode"]]
        nilai = row["nilai"]
        if nilai is not None and ind.is_count:
            nilai = int(nilai)
        item = {"nilai": nilai}
        if row["kode"] == "W5_ikm":
            item["mutu"] = row["grade"]
        elif row["kode"] == "P1_spbe":
            item["predikat"] = row["grade"]
        item |= {"target": row["target"], "capaian_pct": row["capaian_pct"], "status": row["status"]}
        indikator[row["kode"]] = item
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
        _err(
            f"Ekstensi berkas tidak dikenal: '{out.suffix}'; pakai .pptx atau .pdf "
            "(unknown file extension; use .pptx or .pdf)"
        )
        return 2
    if not out.parent.is_dir():
        _err(f"Folder tujuan tidak ada: {out.parent} (the output folder does not exist)")
        return 2
    opened = _open_selection(args)
    if opened is None:
        return 2
    con, selection = opened
    from kinerja.deck.build import build

    deck = build(con, selection, args.tahun, args.bahasa, named_opd=args.opd, jenis=args.jenis_opd)
    try:
        write(deck, out)
    except DeckError as exc:
        _err(str(exc))
        return 2
    print(f"Presentasi ditulis: {out} ({len(deck.slides)} slide)")
    return 0


def cmd_history(args) -> int:
    from kinerja.store import Store

    entries = Store(_db_path(args)).history()
    if not entries:
        print("Belum ada impor tercatat (no imports recorded).")
        return 0
    for e in entries:
        state = ""
        if e.get("dibatalkan"):
            who = f" oleh {e['dibatalkan_oleh']}" if e.get("dibatalkan_oleh") else ""
            state = f"  [dibatalkan {e['dibatalkan']}{who}]"
        rows = ", ".join(f"{t} {n}" for t, n in e.get("baris", {}).items())
        print(f"#{e['id']} {e['waktu']} oleh {e['oleh']} ({e['mode']}){state}")
        print(f"    berkas: {', '.join(e['berkas'])}")
        print(f"    baris: {rows}")
    return 0


def cmd_rollback(args) -> int:
    from kinerja.importer import create_empty
    from kinerja.store import NothingToRollBack, Store

    try:
        entry = Store(_db_path(args)).rollback(create_empty)
    except NothingToRollBack:
        _err("Tidak ada impor yang dapat dibatalkan (no import to roll back).")
        return 1
    except FileNotFoundError as exc:
        _err(f"Versi sebelum impor sudah tidak disimpan: {exc} (the earlier version is no longer kept).")
        return 1
    print(f"Impor #{entry['id']} ({entry['waktu']}) dibatalkan; data kembali seperti sebelumnya.")
    return 0


def cmd_admin_password(args) -> int:
    """Read the new password (twice on a terminal, else one line of stdin) and store only
    its salted hash under [kinerja] in the secrets file."""
    import getpass

    from kinerja import akses

    path = args.secrets or akses.DEFAULT_SECRETS
    if sys.stdin.isatty():
        try:
            password = getpass.getpass("Kata sandi admin baru (new admin password): ")
            again = getpass.getpass("Ulangi (repeat): ")
        except (EOFError, KeyboardInterrupt):
            _err("Dibatalkan (cancelled).")
            return 1
        if password != again:
            _err(
                "Kedua kata sandi tidak sama; tidak ada yang diubah. (The passwords differ; nothing changed.)"
            )
            return 1
    else:
        password = sys.stdin.readline().removesuffix("\n").removesuffix("\r")
    if len(password) < akses.MIN_PASSWORD:
        _err(
            f"Kata sandi terlalu pendek: minimal {akses.MIN_PASSWORD} karakter; tidak ada yang diubah. "
            f"(Password too short: at least {akses.MIN_PASSWORD} characters; nothing changed.)"
        )
        return 1
    try:
        akses.write_admin_hash(path, akses.hash_password(password))
    except (ValueError, OSError) as exc:
        _err(f"Berkas secrets tidak dapat diubah: {path}: {exc} (the secrets file cannot be changed).")
        return 1
    print(
        f"Hash kata sandi admin disimpan di {path}; kata sandinya sendiri tidak disimpan. "
        f"(The admin password's hash was stored in {path}; the password itself is not stored.)"
    )
    return 0
