"""`python -m kinerja presentasi --help` describes every option (issue 12, item 18)."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.appkit import ROOT


def test_presentasi_help_describes_every_option():
    out = subprocess.run(
        [sys.executable, "-m", "kinerja", "presentasi", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    options = out.split("options:", 1)[1]
    described = {}
    for line in options.splitlines():
        m = re.match(r"\s{2}(-[-\w, ]+?)(?:\s[A-Z{][^\s]*)?(?:\s{2,}(.*))?$", line)
        if m:
            described[m.group(1).split(",")[-1].strip()] = (m.group(2) or "").strip()
    for option in ("--tahun", "--opd", "--jenis-opd", "--bahasa", "--out", "--db"):
        assert described.get(option), (option, out)
    assert ".pptx" in options and ".pdf" in options and "8 slide" in out
