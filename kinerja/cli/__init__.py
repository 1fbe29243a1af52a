"""The command line of the contract (sections 4–7): `python -m kinerja VERB ...`.

Each module here registers its verbs; none imports Streamlit or Plotly, and each verb
imports what it needs when it runs, so a cold `indicators` starts fast.
"""

from __future__ import annotations

import argparse

from kinerja.cli import data, indicators, reports, ringkasan, rollup

VERBS = (data, indicators, ringkasan, reports, rollup)


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
    for module in VERBS:
        module.register(sub)
    return p
