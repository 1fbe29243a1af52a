"""The command line never imports Streamlit or Plotly, so a cold `indicators` starts fast."""

import subprocess
import sys

import pytest

from tests.appkit import ROOT, build_demo_db


@pytest.mark.parametrize("verb", ["indicators", "ringkasan"])
def test_verbs_run_without_streamlit_or_plotly(tmp_path, verb):
    db = build_demo_db(tmp_path, skala=0.01)
    code = (
        "import sys; from kinerja.cli import main; "
        f"rc = main([{verb!r}, '--tahun', '2025', '--db', {str(db)!r}, '--json']); "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('streamlit', 'plotly')); "
        "print('HEAVY', heavy, file=sys.stderr); sys.exit(rc)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "HEAVY []" in out.stderr
    assert '"W1_permohonan"' in out.stdout


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """`python -m kinerja ringkasan --json | head -c 50`: the pipe closes before the JSON is
    written; the command ends quietly instead of printing a BrokenPipeError traceback."""
    db = build_demo_db(tmp_path, skala=0.01)
    proc = subprocess.Popen(
        [sys.executable, "-m", "kinerja", "indicators", "--tahun", "2025", "--db", str(db), "--json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()  # the reader is gone before the first byte
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err
