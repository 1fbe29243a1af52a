"""Imports and rollbacks while others read (contract section 4, issue 5): readers in
threads of this process and in another process never fail and never see a mix.

How a mix would show: every database state carries its own id (`_kinerja_info.versi`,
made by the import that built it; a rollback brings back the very file, id included).
Each read takes one cursor, reads that id and computes the whole-region scorecard and
the row counts of every table from it. After each import or rollback the test records
the answer of the new state, read alone; at the end every answer seen by a reader must
equal the recorded answer of the state whose id it read. A read that mixed two states
(tables of one, targets or summaries of another) would match neither.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from importkit import ROOT

from kinerja.demo import write_demo
from kinerja.ingest.importer import create_empty, import_source, prepare
from kinerja.ingest.schema import LOAD_ORDER
from kinerja.storage import db as kdb
from kinerja.storage.store import Store

YEAR = 2025

# one read: the state's id, the scorecard of the whole region, the rows of every table
READ = textwrap.dedent(f"""
    from kinerja.indicators import filters, metrics

    COUNTS = "SELECT " + ", ".join(f"(SELECT count(*) FROM {{t}})" for t in {list(LOAD_ORDER)!r})

    def answer(cur):
        versi = cur.sql("SELECT versi FROM _kinerja_info").fetchall()[0][0]
        selection = filters.resolve(metrics.run(cur, "opd"))
        card = metrics.scorecard(cur, selection, {YEAR})
        values = [
            [r["kode"], None if r["nilai"] is None else round(r["nilai"], 6), r["target"], r["status"]]
            for r in card.iter_rows(named=True)
        ]
        counts = list(cur.sql(COUNTS).fetchall()[0])
        return versi, json.dumps([values, counts])

    def one_statement(cur):
        # one SQL statement: the id, the rows of every table and a sum over the biggest
        row = cur.sql(
            "SELECT (SELECT versi FROM _kinerja_info), "
            + COUNTS.removeprefix("SELECT ")
            + ", (SELECT count(*) FILTER (status = 'selesai') FROM permohonan)"
        ).fetchall()[0]
        return row[0], json.dumps(["statement", list(row[1:])])
""")

READER_PROCESS = (
    "import json, sys, time\nfrom kinerja.storage.db import Reader\n"
    + READ
    + textwrap.dedent("""
    reader = Reader(sys.argv[1])
    stop = sys.argv[2]
    seen, errors, reads = {}, [], 0
    import os
    while not os.path.exists(stop):
        try:
            versi, text = answer(reader.cursor())
            seen.setdefault(versi, set()).add(text)
            reads += 1
        except Exception as exc:
            errors.append(repr(exc))
    print(json.dumps({"seen": {k: sorted(v) for k, v in seen.items()}, "errors": errors[:5], "reads": reads}))
""")
)

namespace: dict = {"json": json}
exec(READ, namespace)  # the same read in this process's threads
answer, one_statement = namespace["answer"], namespace["one_statement"]


def expected_now(path: Path) -> dict[str, set[str]]:
    """The answers of the live state, read alone through a fresh connection."""
    con = kdb.open_readonly(path)
    try:
        out = {}
        for read in (answer, one_statement):
            cur = con.cursor()
            cur.execute("USE data")
            versi, text = read(cur)
            out.setdefault(versi, set()).add(text)
        return out
    finally:
        con.close()


def no_wal_files(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*.wal"))


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("sumber")
    out = {}
    for name, seed in (("a", 1), ("b", 2)):
        write_demo(base / name, skala=0.01, seed=seed)
        out[name] = base / name
    # an OPD re-sends applications and survey answers: keys overlap (updates) and new ones
    write_demo(base / "c_full", skala=0.012, seed=3)
    (base / "c").mkdir()
    for table in ("permohonan", "skm"):
        (base / "c" / f"{table}.csv").write_bytes((base / "c_full" / f"{table}.csv").read_bytes())
    out["c"] = base / "c"
    return out


def test_reads_during_imports_and_rollbacks_never_fail_or_mix(tmp_path, sources):
    path = tmp_path / "data" / "kinerja.duckdb"
    assert import_source([sources["a"]], path).ok
    expected: dict[str, set[str]] = {}

    def record():
        for versi, texts in expected_now(path).items():
            expected.setdefault(versi, set()).update(texts)
        assert no_wal_files(tmp_path) == [], "a write-ahead file survived a swap"

    record()

    stop = threading.Event()
    seen: dict[str, set[str]] = {}
    errors: list[str] = []
    reads = [0]
    guard = threading.Lock()

    def read_loop(read):
        reader = kdb.Reader(path)
        while not stop.is_set():
            try:
                versi, text = read(reader.cursor())  # a cursor per read
            except Exception as exc:  # reported below
                with guard:
                    errors.append(repr(exc))
                continue
            with guard:
                seen.setdefault(versi, set()).add(text)
                reads[0] += 1

    threads = [threading.Thread(target=read_loop, args=(r,), daemon=True) for r in (answer, one_statement)]
    stop_file = tmp_path / "stop"
    process = subprocess.Popen(
        [sys.executable, "-c", READER_PROCESS, str(path), str(stop_file)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for t in threads:
        t.start()
    started = time.time()
    try:
        time.sleep(1.0)
        steps = [
            ("prepare + commit b", lambda: prepare([sources["b"]], path).commit(user="admin")),
            ("import_source a", lambda: import_source([sources["a"]], path)),
            ("prepare + commit c perbarui", lambda: prepare([sources["c"]], path, mode="perbarui").commit()),
            ("rollback", lambda: Store(path).rollback(create_empty)),
            ("rollback", lambda: Store(path).rollback(create_empty)),
            ("cli import b", lambda: cli_import(sources["b"], path)),
            ("import_source c perbarui", lambda: import_source([sources["c"]], path, mode="perbarui")),
            ("rollback", lambda: Store(path).rollback(create_empty)),
            ("prepare + commit a", lambda: prepare([sources["a"]], path).commit()),
        ]
        for name, step in steps:
            outcome = step()
            assert getattr(outcome, "ok", True), name
            record()
            time.sleep(0.4)  # let the readers read this state
    finally:
        stop.set()
        stop_file.touch()
        for t in threads:
            t.join(timeout=30)
        out, err = process.communicate(timeout=60)
    assert time.time() - started < 60
    assert process.returncode == 0, err
    report = json.loads(out)

    assert errors == []
    assert report["errors"] == []
    assert len(expected) >= 6  # a, b, a again, a+c, the cli's b, b+c, a: distinct states
    for who, answers in (("threads", seen), ("process", {k: set(v) for k, v in report["seen"].items()})):
        assert set(answers) <= set(expected), f"{who} read a state that was never published"
        for versi, texts in answers.items():
            assert texts <= expected[versi], f"{who} read a mix in state {versi}"
        assert len(answers) >= 3, f"{who} saw too few states to mean anything: {len(answers)}"
    assert reads[0] > 20 and report["reads"] > 10
    assert no_wal_files(tmp_path) == []


def cli_import(src: Path, path: Path):
    done = subprocess.run(
        [sys.executable, "-m", "kinerja", "import", str(src), "--db", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


def test_a_stale_write_ahead_file_beside_the_live_name_does_not_survive_a_swap(tmp_path, sources):
    path = tmp_path / "kinerja.duckdb"
    assert import_source([sources["a"]], path).ok
    wal = Path(str(path) + ".wal")
    for swap in (
        lambda: import_source([sources["b"]], path),
        lambda: prepare([sources["a"]], path).commit(),
        lambda: Store(path).rollback(create_empty),
    ):
        wal.write_bytes(b"left by a process that opened the live file read-write")
        swap()
        assert not wal.exists()
        assert no_wal_files(tmp_path) == []
        con = kdb.open_readonly(path)
        assert con.sql("SELECT count(*) FROM permohonan").fetchall()[0][0] > 0
        con.close()
