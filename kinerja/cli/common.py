"""What the verbs share: the database option, messages to standard error, the selection."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kinerja.storage.store import default_db_path


def add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, default=None, help="default: $KINERJA_DB atau data/kinerja.duckdb")


def db_path(args) -> Path:
    return args.db or default_db_path()


def err(text: str) -> None:
    print(text, file=sys.stderr)


def add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--opd", action="append", default=[], metavar="KODE", help="kode OPD (boleh diulang)")
    p.add_argument(
        "--jenis-opd", action="append", default=[], metavar="JENIS", help="jenis OPD (boleh diulang)"
    )


def open_selection(args):
    """The database read-only and the OPD set of --opd/--jenis-opd, or None after saying
    why not (a missing database, an unknown code, a filter selecting no OPD)."""
    from kinerja.indicators import filters, metrics
    from kinerja.storage import db

    try:
        con = db.open_readonly(db_path(args))
    except db.NoDatabase:
        no_database(args)
        return None
    try:
        return con, filters.resolve(metrics.run(con, "opd"), args.opd, args.jenis_opd)
    except filters.FilterError as exc:
        err(str(exc))
        return None


def no_database(args) -> None:
    err(
        f"Basis data tidak ditemukan: {db_path(args)} (database not found); "
        "impor dulu dengan: python -m kinerja import SUMBER"
    )
