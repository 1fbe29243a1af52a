"""Import modes, the versioned database file, history and rollback (contract sections 1
and 4)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import duckdb
import pytest
from importkit import (
    CLEAN,
    ROOT,
    clean_files,
    cli,
    csv_text,
    dump,
    import_ok,
    run_import,
    snapshot,
    write,
)

from kinerja.ingest.schema import LOAD_ORDER
from kinerja.storage.db import Reader, VersionChanged
from kinerja.storage.store import KEEP_VERSIONS, Store

PERMOHONAN_HEADER = CLEAN["permohonan"][0]


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "data" / "kinerja.duckdb"
    import_ok(write(tmp_path / "awal", clean_files()), path)
    return path


def permohonan(*rows: list[str]) -> dict[str, str]:
    return {"permohonan.csv": csv_text([PERMOHONAN_HEADER, *rows])}


def ids(db: Path, table: str = "permohonan") -> list[str]:
    return [r[0] for r in dump(db)[table]]


# --- modes ---------------------------------------------------------------------------------


def test_perbarui_updates_rows_whose_key_exists_and_adds_the_others(tmp_path, db):
    before = dump(db)
    # DISDUK re-sends its applications: P2 is now finished, P4 is new; P1 and P3 not sent
    resend = permohonan(
        ["P2", "L02", "10/02/2025", "14/02/2025", "Luring", "Selesai"],
        ["P4", "L02", "01/04/2025", "", "Daring", "proses"],
    )
    result = import_ok(write(tmp_path / "kirim", resend), db, mode="perbarui")
    after = dump(db)
    assert after["permohonan"] == [
        ("P1", "1020100", dt.date(2025, 1, 5), dt.date(2025, 1, 7), "online", "selesai"),
        ("P2", "L02", dt.date(2025, 2, 10), dt.date(2025, 2, 14), "offline", "selesai"),
        ("P3", "L02", dt.date(2025, 3, 1), dt.date(2025, 3, 12), "offline", "ditolak"),
        ("P4", "L02", dt.date(2025, 4, 1), None, "online", "proses"),
    ]
    assert {t: rows for t, rows in after.items() if t != "permohonan"} == {
        t: rows for t, rows in before.items() if t != "permohonan"
    }
    assert result.rows == {"permohonan": 2}


def test_perbarui_with_a_composite_key(tmp_path, db):
    pegawai = csv_text(
        [
            CLEAN["pegawai"][0],
            ["2025", "A2", "DISDUK", "PPPK", "pelaksana", "P", "24", "ya"],  # updated
            ["2026", "A2", "DISDUK", "PPPK", "pelaksana", "P", "0", "tidak"],  # a new year
        ]
    )
    import_ok(write(tmp_path / "p", {"pegawai.csv": pegawai}), db, mode="perbarui")
    assert [(r[0], r[1], r[6], r[7]) for r in dump(db)["pegawai"]] == [
        (2024, "A1", 12.0, False),
        (2025, "A1", 1234.5, True),
        (2025, "A2", 24.0, True),
        (2026, "A2", 0.0, False),
    ]


def test_perbarui_matches_a_region_wide_target_by_its_empty_opd(tmp_path, db):
    target = csv_text([CLEAN["target"][0], ["W5_ikm", "2025", "", "88"], ["W5_ikm", "2025", "007", "80"]])
    import_ok(write(tmp_path / "t", {"target.csv": target}), db, mode="perbarui")
    assert dump(db)["target"] == [
        ("W1_permohonan", 2025, "007", 1000.0),
        ("W5_ikm", 2025, "007", 80.0),
        ("W5_ikm", 2025, None, 88.0),
    ]


def test_perbarui_can_refer_to_rows_already_in_the_database(tmp_path, db):
    layanan = csv_text([CLEAN["layanan"][0], ["L03", "KEC-01", "Domisili", "1", "ya"]])
    files = {"layanan.csv": layanan, **permohonan(["P5", "L03", "2025-05-01", "", "online", "proses"])}
    import_ok(write(tmp_path / "u", files), db, mode="perbarui")
    assert ids(db, "layanan") == ["1020100", "L02", "L03"]
    assert ids(db) == ["P1", "P2", "P3", "P5"]


def test_perbarui_refuses_bad_input_and_leaves_the_database(tmp_path, db):
    before = snapshot(db)
    bad = permohonan(["P2", "L02", "2025-02-10", "", "online", "selesai"])
    result = run_import(write(tmp_path / "bad", bad), db, mode="perbarui")
    assert [p.line().split(" — ")[0] for p in result.errors] == ["permohonan.csv:2: tanggal_selesai: ''"]
    assert snapshot(db) == before


def test_default_mode_replaces_tables_in_the_source_and_keeps_the_rest(tmp_path, db):
    before = dump(db)
    import_ok(write(tmp_path / "p", permohonan(["P9", "L02", "2025-06-01", "", "online", "proses"])), db)
    after = dump(db)
    assert ids(db) == ["P9"]
    for table in LOAD_ORDER:
        if table != "permohonan":
            assert after[table] == before[table], table


def test_cli_mode_perbarui(tmp_path, db):
    src = write(tmp_path / "p", permohonan(["P4", "L02", "2025-04-01", "", "online", "proses"]))
    done = cli("import", src, "--mode", "perbarui", "--db", db)
    assert done.returncode == 0, done.stderr
    assert ids(db) == ["P1", "P2", "P3", "P4"]
    done = cli("import", src, "--db", db)
    assert done.returncode == 0, done.stderr
    assert ids(db) == ["P4"]


# --- history -------------------------------------------------------------------------------


def test_history_lists_imports_newest_first_with_files_and_rows(tmp_path, db):
    import_ok(
        write(tmp_path / "p", permohonan(["P4", "L02", "2025-04-01", "", "online", "proses"])),
        db,
        mode="perbarui",
    )
    import_ok(write(tmp_path / "o", clean_files("opd", "wilayah")), db)
    history = Store(db).history()
    assert [e["id"] for e in history] == [3, 2, 1]
    assert [e["mode"] for e in history] == ["ganti", "perbarui", "ganti"]
    assert sorted(history[0]["berkas"]) == ["opd.csv", "wilayah.csv"]
    assert history[0]["baris"] == {"wilayah": 1, "opd": 3}
    assert history[1]["berkas"] == ["permohonan.csv"] and history[1]["baris"] == {"permohonan": 1}
    assert history[2]["baris"]["skm"] == 2 and len(history[2]["berkas"]) == 10
    assert all(e["oleh"] and e["waktu"] for e in history)

    done = cli("history", "--db", db)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.index("#3") < out.index("#2") < out.index("#1")
    block2 = out[out.index("#2") : out.index("#1")]
    assert "permohonan.csv" in block2 and "permohonan 1" in block2 and "perbarui" in block2


def test_a_refused_import_is_not_in_the_history_and_leaves_no_files(tmp_path, db):
    store = Store(db)
    files_before = sorted(p.name for p in store.dir.iterdir())
    run_import(write(tmp_path / "bad", {"opd.csv": "kode_opd\n"}), db)
    assert len(store.history()) == 1
    assert sorted(p.name for p in store.dir.iterdir()) == files_before


def test_history_of_a_database_without_imports(tmp_path):
    done = cli("history", "--db", tmp_path / "kosong.duckdb")
    assert done.returncode == 0
    assert "#" not in done.stdout


# --- rollback ------------------------------------------------------------------------------


def test_rollback_restores_the_data_before_the_latest_import(tmp_path, db):
    first = dump(db)
    import_ok(write(tmp_path / "p", permohonan(["P9", "L02", "2025-06-01", "", "online", "proses"])), db)
    second = dump(db)
    import_ok(
        write(tmp_path / "o", {"opd.csv": csv_text(CLEAN["opd"] + [["BAPPEDA", "Bappeda", "badan", "ya"]])}),
        db,
    )
    assert dump(db) != second

    done = cli("rollback", "--db", db)
    assert done.returncode == 0, done.stderr
    assert dump(db) == second
    history = Store(db).history()
    assert history[0]["dibatalkan"] and not history[1]["dibatalkan"]
    assert "dibatalkan" in cli("history", "--db", db).stdout

    done = cli("rollback", "--db", db)  # twice in a row: two imports back
    assert done.returncode == 0, done.stderr
    assert dump(db) == first


def test_rolling_back_the_first_import_leaves_empty_tables(tmp_path, db):
    done = cli("rollback", "--db", db)
    assert done.returncode == 0, done.stderr
    assert dump(db) == {t: [] for t in LOAD_ORDER}
    done = cli("rollback", "--db", db)
    assert done.returncode == 1
    assert "Tidak ada impor yang dapat dibatalkan" in done.stderr
    assert "Traceback" not in done.stderr


def test_rollback_with_nothing_to_roll_back(tmp_path):
    done = cli("rollback", "--db", tmp_path / "belum.duckdb")
    assert done.returncode == 1
    assert "Tidak ada impor yang dapat dibatalkan" in done.stderr
    assert "Traceback" not in done.stderr


def test_import_after_a_rollback_rolls_back_to_the_restored_state(tmp_path, db):
    first = dump(db)
    import_ok(write(tmp_path / "a", permohonan(["PA", "L02", "2025-06-01", "", "online", "proses"])), db)
    assert cli("rollback", "--db", db).returncode == 0
    import_ok(write(tmp_path / "b", permohonan(["PB", "L02", "2025-06-01", "", "online", "proses"])), db)
    assert ids(db) == ["PB"]
    assert cli("rollback", "--db", db).returncode == 0
    assert dump(db) == first
    # the import rolled back earlier is not rolled back a second time
    assert cli("rollback", "--db", db).returncode == 0
    assert dump(db) == {t: [] for t in LOAD_ORDER}


def test_rollback_past_the_kept_versions_is_a_clear_error(tmp_path, db):
    extra = KEEP_VERSIONS + 2  # more imports than versions are kept
    for i in range(extra):
        import_ok(
            write(tmp_path / f"i{i}", permohonan([f"P{i}", "L02", "2025-06-01", "", "online", "proses"])), db
        )
    outcomes = [cli("rollback", "--db", db) for _ in range(extra + 1)]
    codes = [o.returncode for o in outcomes]
    assert 0 in codes and 1 in codes
    assert codes == sorted(codes)  # only successes, then only refusals
    assert ids(db) == [f"P{extra - 1 - codes.count(0)}"]
    for o in outcomes:
        assert "Traceback" not in o.stderr
        if o.returncode:
            assert o.stderr.strip()
    dump(db)  # the live database is still readable


# --- the live file -------------------------------------------------------------------------


def test_live_database_is_readable_by_a_plain_read_only_client(tmp_path, db):
    import_ok(write(tmp_path / "p", permohonan(["P9", "L02", "2025-06-01", "", "online", "proses"])), db)
    assert not Path(str(db) + ".wal").exists()
    assert not [p for p in db.parent.iterdir() if p.name.endswith(".wal")]
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {r[0] for r in con.sql("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert set(LOAD_ORDER) <= tables
        assert con.sql("SELECT id_permohonan FROM permohonan").fetchall() == [("P9",)]
    finally:
        con.close()
    assert not Path(str(db) + ".wal").exists()
    assert cli("rollback", "--db", db).returncode == 0
    assert not Path(str(db) + ".wal").exists()
    con = duckdb.connect(str(db), read_only=True)
    assert con.sql("SELECT count(*) FROM permohonan").fetchall() == [(3,)]
    con.close()


def test_a_cursor_asked_for_a_version_refuses_once_the_data_moved_on(tmp_path, db):
    # The app caches results under the version it read; a query must not run on newer data
    # and be stored under the older name (a rollback would bring that name back).
    reader = Reader(db)
    first = reader.current_version()
    assert reader.cursor_at(first).sql("SELECT count(*) FROM permohonan").fetchall() == [(3,)]
    import_ok(write(tmp_path / "baru", permohonan(["N1", "L02", "2025-06-01", "", "online", "proses"])), db)
    with pytest.raises(VersionChanged):
        reader.cursor_at(first)
    second = reader.current_version()
    assert second != first
    assert reader.cursor_at(second).sql("SELECT count(*) FROM permohonan").fetchall() == [(1,)]
    assert cli("rollback", "--db", db).returncode == 0
    with pytest.raises(VersionChanged):
        reader.cursor_at(second)
    assert reader.cursor_at(first).sql("SELECT count(*) FROM permohonan").fetchall() == [(3,)]


def test_reader_keeps_working_during_an_import_and_sees_the_new_data_after(tmp_path, db):
    reader = Reader(db)
    old_cursor = reader.cursor()
    assert old_cursor.sql("SELECT count(*) FROM permohonan").fetchall() == [(3,)]
    version = reader.current_version()

    rows = [[f"N{i}", "L02", "2025-06-01", "", "online", "proses"] for i in range(20000)]
    src = write(tmp_path / "besar", permohonan(*rows))
    seen, errors = set(), []

    def do_import():
        try:
            import_ok(src, db)
        except BaseException as exc:  # reported below
            errors.append(exc)

    worker = threading.Thread(target=do_import)
    worker.start()
    while worker.is_alive():
        seen.add(reader.cursor().sql("SELECT count(*) FROM permohonan").fetchall()[0][0])
    worker.join()
    assert not errors, errors
    assert seen <= {3, 20000}
    # the next query after the swap sees the new data; an older cursor still answers
    assert reader.cursor().sql("SELECT count(*) FROM permohonan").fetchall() == [(20000,)]
    assert reader.current_version() != version
    assert old_cursor.sql("SELECT count(*) FROM permohonan").fetchall() == [(3,)]


def test_readers_in_another_process_never_see_an_error_or_a_mix(tmp_path, db):
    script = textwrap.dedent("""
        import json, sys, time
        from kinerja.storage.db import Reader, VersionChanged
        reader = Reader(sys.argv[1])
        seen, errors = set(), []
        end = time.time() + float(sys.argv[2])
        while time.time() < end:
            try:
                cur = reader.cursor()
                n = cur.sql("SELECT count(*) FROM permohonan").fetchall()[0][0]
                m = cur.sql("SELECT count(*) FROM skm").fetchall()[0][0]
                seen.add((n, m))
            except Exception as exc:
                errors.append(repr(exc))
        print(json.dumps({"seen": sorted(seen), "errors": errors[:5]}))
    """)
    reader = subprocess.Popen(
        [sys.executable, "-c", script, str(db), "6"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    big = {
        **permohonan(*[[f"N{i}", "L02", "2025-06-01", "", "online", "proses"] for i in range(5000)]),
        "skm.csv": csv_text(
            [CLEAN["skm"][0]] + [[f"S{i}", "L02", "2025-06-01", *"333333333"] for i in range(5000)]
        ),
    }
    small = clean_files("permohonan", "skm")
    for i in range(4):  # replacing 5,000 rows by 3 is meant here: --yakin
        import_ok(write(tmp_path / f"src{i}", big if i % 2 == 0 else small), db, yakin=True)
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    report = json.loads(out)
    assert report["errors"] == []
    # each table pair comes from one import: (3, 2) or (5000, 5000), never a mix
    assert {tuple(s) for s in report["seen"]} <= {(3, 2), (5000, 5000)}


def test_rollback_waits_for_a_running_writer_and_records_who(tmp_path, db):
    from kinerja.ingest.importer import create_empty

    import_ok(write(tmp_path / "p", permohonan(["P9", "L02", "2025-06-01", "", "online", "proses"])), db)
    store, done = Store(db), []
    with store.writing():  # an import building meanwhile holds the writer lock
        worker = threading.Thread(
            target=lambda: done.append(Store(db).rollback(create_empty, user="bappeda"))
        )
        worker.start()
        worker.join(timeout=1.0)
        assert worker.is_alive() and not done
        assert ids(db) == ["P9"]
    worker.join(timeout=30)
    assert done and done[0]["id"] == 2 and done[0]["dibatalkan_oleh"] == "bappeda"
    assert ids(db) == ["P1", "P2", "P3"]
    assert (
        "dibatalkan" in cli("history", "--db", db).stdout
        and "oleh bappeda]" in cli("history", "--db", db).stdout
    )


def test_rollback_without_history_writes_nothing(tmp_path):
    assert cli("rollback", "--db", tmp_path / "belum.duckdb").returncode == 1
    assert list(tmp_path.iterdir()) == []


def test_rolling_back_the_first_import_leaves_no_build_behind(tmp_path, db):
    assert cli("rollback", "--db", db).returncode == 0
    assert not list(Store(db).dir.glob("baru-*"))
    assert len(list(Store(db).dir.glob("v*.duckdb"))) == 2
