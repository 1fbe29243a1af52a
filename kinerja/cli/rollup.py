"""Verbs of the roll-up across regions (contract section 7): terbitkan, gabungan."""

from __future__ import annotations

import json
from pathlib import Path

from kinerja.cli.common import add_db, db_path, err


def register(sub) -> None:
    pub = sub.add_parser("terbitkan", help="terbitkan ringkasan wilayah / publish this region for a roll-up")
    pub.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder terbitan bersama")
    add_db(pub)
    pub.set_defaults(func=cmd_terbitkan)

    gab = sub.add_parser("gabungan", help="indikator tiap wilayah dari terbitan / indicators per region")
    gab.add_argument("dir", type=Path, metavar="DIR")
    gab.add_argument("--tahun", type=int, required=True)
    gab.add_argument("--mesin", choices=("duckdb", "spark"), default="duckdb")
    gab.add_argument("--json", action="store_true")
    gab.set_defaults(func=cmd_gabungan)


def cmd_terbitkan(args) -> int:
    from kinerja import fmt
    from kinerja.rollup.layout import RollupError
    from kinerja.rollup.publish import publish
    from kinerja.storage import db

    try:
        con = db.open_readonly(db_path(args))
    except db.NoDatabase:
        err(f"Basis data tidak ditemukan: {db_path(args)} (database not found)")
        return 2
    try:
        done = publish(con, args.out)
    except RollupError as exc:
        err(str(exc))
        return 2
    finally:
        con.close()
    size = fmt.number(done.bytes)
    print(f"Diterbitkan: {done.name or done.code} ({done.code}) ke {args.out}, {size} byte")
    for dataset, rows in done.rows.items():
        print(f"  {dataset}: {rows}")
    return 0


def cmd_gabungan(args) -> int:
    from kinerja.rollup.compute import gabungan
    from kinerja.rollup.layout import RollupError

    try:
        out = gabungan(args.dir, args.tahun, args.mesin)
    except RollupError as exc:
        err(str(exc))
        return 2
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        _print(out)
    return 0


def _print(out: dict) -> None:
    from kinerja.cli.indicators import _fmt

    print(f"Tahun {out['tahun']} — {len(out['wilayah'])} wilayah")
    for code, region in out["wilayah"].items():
        print(f"\n{region['nama_wilayah'] or code} ({code})")
        for kode, item in region["indikator"].items():
            print(f"  {kode:32} {_fmt(item['nilai']):>14} {item['status'] or ''}")
