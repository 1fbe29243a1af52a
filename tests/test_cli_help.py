"""`python -m kinerja presentasi --help` describes every option (issue 12, item 18)."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.appkit import ROOT


def presentasi_help() -> str:
    return subprocess.run(
        [sys.executable, "-m", "kinerja", "presentasi", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_presentasi_help_describes_every_option():
    out = presentasi_help()
    options = out.split("options:", 1)[1]
    described = {}
    for line in options.splitlines():
        m = re.match(r"\s{2}(-[-\w, ]+?)(?:\s[A-Z{][^\s]*)?(?:\s{2,}(.*))?$", line)
        if m:
            described[m.group(1).split(",")[-1].strip()] = (m.group(2) or "").strip()
    for option in ("--tahun", "--opd", "--jenis-opd", "--bahasa", "--out", "--db"):
        assert described.get(option), (option, out)
    assert ".pptx" in options and ".pdf" in options


def test_presentasi_help_names_as_many_slides_as_it_writes(tmp_path):
    from tests.appkit import build_demo_db

    named = re.search(r"\((\d+) slide:", " ".join(presentasi_help().split()))
    db = build_demo_db(tmp_path, skala=0.01)
    written = subprocess.run(
        [
            sys.executable,
            "-m",
            "kinerja",
            "presentasi",
            "--tahun",
            "2025",
            "--db",
            str(db),
            "--out",
            str(tmp_path / "d.pptx"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert named and f"({named.group(1)} slide)" in written, (named, written)
