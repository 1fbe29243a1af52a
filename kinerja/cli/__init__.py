"""The command line of the contract (sections 4–7): `python -m kinerja VERB ...`.

Each module here registers its verbs; none imports Streamlit or Plotly, and each verb
imports what it needs when it runs, so a cold `indicators` starts fast.
"""

from __future__ import annotations

import argparse
import os
import sys

from kinerja.cli import data, indicators, reports, ringkasan, rollup

VERBS = (data, indicators, ringkasan, reports, rollup)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.verb is None:
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except BrokenPipeError:
        # the reader stopped early (`… --json | head`): not an error of this command;
        # standard output is pointed at /dev/null so that exit does not fail flushing it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m kinerja",
        description="Kinerja: impor data kinerja daerah dan hitung indikator 3W.",
    )
    sub = p.add_subparsers(dest="verb")
    for module in VERBS:
        module.register(sub)
    return p
