"""Verb `ringkasan`: what changed since the latest import and whom to follow up (contract section 5)."""

from __future__ import annotations

import json

from kinerja.cli.common import add_db, add_filters, db_path, err, no_database


def register(sub) -> None:
    p = sub.add_parser(
        "ringkasan", help="apa yang berubah, siapa ditindaklanjuti / what changed, whom to follow up"
    )
    p.add_argument("--tahun", type=int, required=True)
    add_filters(p)
    p.add_argument("--bahasa", choices=("id", "en"), default="id")
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(func=cmd_ringkasan)


def cmd_ringkasan(args) -> int:
    from kinerja.indicators.filters import FilterError
    from kinerja.indicators.ringkasan import summarize
    from kinerja.storage.db import NoDatabase

    try:
        out = summarize(db_path(args), args.tahun, args.opd, args.jenis_opd, args.bahasa)
    except NoDatabase:
        no_database(args)
        return 2
    except FilterError as exc:
        err(str(exc))
        return 2
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print("\n".join(out["kalimat"]))
    return 0
