"""The app's import in two steps: prepare() validates, builds and says what would change
per table; Pending.commit() publishes the very file it built (issue 5).

Every count and example key below is worked out by hand from importkit.CLEAN."""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path

import duckdb
import pytest
from importkit import CLEAN, clean_files, cli, csv_text, dump, import_ok, snapshot, write

from kinerja.ingest.importer import Pending, StaleImport, TableChange, import_source, prepare
from kinerja.sql import SUMMARIES
from kinerja.storage.store import BUILD_PREFIX, PENDING_TTL, Store


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "data" / "kinerja.duckdb"
    import_ok(write(tmp_path / "awal", clean_files()), path)
    return path


def source(tmp_path: Path, name: str = "kirim") -> Path:
    """Against CLEAN: permohonan P2 finished (changed), P3 as it was, P4 new, P1 not sent;
    pegawai 2025/A1 as it was, 2025/A2 with 24 JP (changed), 2026/A2 new, 2024/A1 not sent;
    target W5_ikm/2025/region 88 (changed), W1_permohonan/2025/007 as it was, W5_ikm/2026/region new."""
    files = {
        "permohonan.csv": csv_text(
            [
                CLEAN["permohonan"][0],
                ["P2", "L02", "2025-02-10", "2025-02-14", "offline", "selesai"],
                ["P3", "L02", "2025-03-01", "2025-03-12", "offline", "ditolak"],
                ["P4", "L02", "2025-04-01", "", "online", "proses"],
            ]
        ),
        "pegawai.csv": csv_text(
            [
                CLEAN["pegawai"][0],
                ["2025", "A1", "007", "PNS", "fungsional", "L", "1234.5", "true"],
                ["2025", "A2", "DISDUK", "PPPK", "pelaksana", "P", "24", "false"],
                ["2026", "A2", "DISDUK", "PPPK", "pelaksana", "P", "0", "false"],
            ]
        ),
        "target.csv": csv_text(
            [
                CLEAN["target"][0],
                ["W5_ikm", "2025", "", "88"],
                ["W1_permohonan", "2025", "007", "1000"],
                ["W5_ikm", "2026", "", "90"],
            ]
        ),
    }
    return write(tmp_path / name, files)


def counts(change: TableChange) -> tuple:
    return change.before, change.after, change.added, change.changed, change.removed


def built_files(db: Path) -> list[str]:
    return sorted(p.name for p in Store(db).dir.glob(f"{BUILD_PREFIX}*"))


# --- what would change -----------------------------------------------------------------------


def test_preview_in_mode_ganti(tmp_path, db):
    before = snapshot(db)
    pending = prepare([source(tmp_path)], db, mode="ganti")
    ch = pending.result.changes
    assert pending.result.ok and pending.mode == "ganti"
    assert list(ch) == ["permohonan", "pegawai", "target"]  # the source's tables, load order
    assert counts(ch["permohonan"]) == (3, 3, 1, 1, 1)
    assert ch["permohonan"].examples == {"added": ["P4"], "changed": ["P2"], "removed": ["P1"]}
    assert counts(ch["pegawai"]) == (3, 3, 1, 1, 1)
    assert ch["pegawai"].examples == {
        "added": ["2026 / A2"],
        "changed": ["2025 / A2"],
        "removed": ["2024 / A1"],
    }
    assert counts(ch["target"]) == (2, 3, 1, 1, 0)
    assert ch["target"].examples == {
        "added": ["W5_ikm / 2026 / –"],
        "changed": ["W5_ikm / 2025 / –"],
        "removed": [],
    }
    assert ch["permohonan"].unchanged == 1  # P3
    assert snapshot(db) == before  # nothing published
    pending.discard()


def test_preview_in_mode_perbarui_never_removes(tmp_path, db):
    pending = prepare([source(tmp_path)], db, mode="perbarui")
    ch = pending.result.changes
    assert counts(ch["permohonan"]) == (3, 4, 1, 1, 0)
    assert ch["permohonan"].examples == {"added": ["P4"], "changed": ["P2"], "removed": []}
    assert counts(ch["pegawai"]) == (3, 4, 1, 1, 0)
    assert ch["pegawai"].examples == {"added": ["2026 / A2"], "changed": ["2025 / A2"], "removed": []}
    assert counts(ch["target"]) == (2, 3, 1, 1, 0)
    pending.discard()


def test_the_same_values_in_another_spelling_are_no_change(tmp_path, db):
    # P1..P3 exactly as in the database, but dates as DD/MM/YYYY and channels in Indonesian
    same = csv_text(
        [
            CLEAN["permohonan"][0],
            ["P1", "1020100", "05/01/2025", "07/01/2025", "Daring", "selesai"],
            ["P2", "L02", "10/02/2025", "", "Luring", "proses"],
            ["P3", "L02", "01/03/2025", "12/03/2025", "luring", "ditolak"],
        ]
    )
    for mode in ("ganti", "perbarui"):
        with prepare([write(tmp_path / "s", {"permohonan.csv": same})], db, mode=mode) as pending:
            assert counts(pending.result.changes["permohonan"]) == (3, 3, 0, 0, 0), mode
            assert pending.result.changes["permohonan"].examples == {
                "added": [],
                "changed": [],
                "removed": [],
            }


def test_examples_are_the_five_smallest_keys_as_text(tmp_path, db):
    rows = [[f"P{i}", "L02", "2025-06-01", "", "online", "proses"] for i in range(10, 17)]
    src = write(tmp_path / "s", {"permohonan.csv": csv_text([CLEAN["permohonan"][0], *rows])})
    with prepare([src], db) as pending:
        change = pending.result.changes["permohonan"]
        assert counts(change) == (3, 7, 7, 0, 3)
        assert change.examples["added"] == ["P10", "P11", "P12", "P13", "P14"]
        assert change.examples["removed"] == ["P1", "P2", "P3"]


def test_a_first_import_adds_everything_and_wilayah_compares_as_one_unit(tmp_path):
    db = tmp_path / "baru.duckdb"
    with prepare([write(tmp_path / "a", clean_files())], db) as pending:
        ch = pending.result.changes
        assert list(ch) == list(clean_files_tables())
        assert counts(ch["permohonan"]) == (0, 3, 3, 0, 0)
        assert ch["permohonan"].examples["added"] == ["P1", "P2", "P3"]
        assert counts(ch["wilayah"]) == (0, 1, 1, 0, 0)
        assert ch["wilayah"].examples["added"] == ["Kabupaten Contoh"]
    assert not db.exists()
    import_ok(write(tmp_path / "a", clean_files()), db)
    renamed = {"wilayah.csv": "nama_wilayah,kode_wilayah\nKabupaten Lain,35.10\n"}
    with prepare([write(tmp_path / "w", renamed)], db, mode="perbarui") as pending:
        assert counts(pending.result.changes["wilayah"]) == (1, 1, 0, 1, 0)
        assert pending.result.changes["wilayah"].examples["changed"] == ["Kabupaten Lain"]
    with prepare([write(tmp_path / "v", clean_files("wilayah"))], db) as pending:
        assert counts(pending.result.changes["wilayah"]) == (1, 1, 0, 0, 0)


def clean_files_tables():
    from kinerja.ingest.schema import LOAD_ORDER

    return LOAD_ORDER


# --- commit ------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["ganti", "perbarui"])
def test_commit_equals_a_cli_import(tmp_path, mode):
    app_db, cli_db = tmp_path / "app" / "k.duckdb", tmp_path / "cli" / "k.duckdb"
    for path in (app_db, cli_db):
        import_ok(write(tmp_path / "awal", clean_files()), path)
    src = source(tmp_path)
    pending = prepare([src], app_db, mode=mode, user="admin@contoh.go.id")
    entry = pending.commit()
    done = cli("import", src, "--mode", mode, "--db", cli_db)
    assert done.returncode == 0, done.stderr
    assert dump(app_db) == dump(cli_db)
    assert summaries(app_db) == summaries(cli_db)
    cli_entry = Store(cli_db).history()[0]
    for field in ("mode", "berkas", "baris", "checksum"):
        assert entry[field] == cli_entry[field], field
    assert entry["oleh"] == "admin@contoh.go.id"
    assert pending.result.entry == entry and pending.committed
    assert Store(app_db).history()[0] == entry
    assert not built_files(app_db)
    assert not [p for p in app_db.parent.rglob("*.wal")]


def summaries(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {s: con.sql(f"SELECT * FROM {s} ORDER BY ALL").fetchall() for s in SUMMARIES}
    finally:
        con.close()


def test_commit_by_a_named_user_and_twice(tmp_path, db):
    pending = prepare([source(tmp_path)], db)
    entry = pending.commit(user="bappeda")
    assert entry["oleh"] == "bappeda" and entry["id"] == 2
    with pytest.raises(ValueError):
        pending.commit()
    pending.discard()  # after a commit: nothing to remove, the published version stays
    assert [r[0] for r in dump(db)["permohonan"]] == ["P2", "P3", "P4"]


def test_a_stale_commit_raises_and_changes_nothing(tmp_path, db):
    pending = prepare([source(tmp_path)], db)
    import_ok(write(tmp_path / "lain", clean_files("opd")), db)  # another import meanwhile
    state = snapshot(db)
    with pytest.raises(StaleImport):
        pending.commit()
    assert snapshot(db) == state
    pending.discard()
    assert not built_files(db)
    # prepared again on the new state, it commits
    prepare([source(tmp_path)], db).commit()
    assert [r[0] for r in dump(db)["permohonan"]] == ["P2", "P3", "P4"]


def test_a_rollback_makes_a_prepared_import_stale(tmp_path, db):
    import_ok(write(tmp_path / "lain", clean_files("opd")), db)
    pending = prepare([source(tmp_path)], db)
    assert cli("rollback", "--db", db).returncode == 0
    with pytest.raises(StaleImport):
        pending.commit()
    pending.discard()


def test_discard_leaves_database_and_history_unchanged(tmp_path, db):
    before = snapshot(db)
    files_before = sorted(p.name for p in Store(db).dir.iterdir())
    pending = prepare([source(tmp_path)], db)
    assert len(built_files(db)) == 1
    pending.discard()
    pending.discard()  # idempotent
    assert snapshot(db) == before
    assert sorted(p.name for p in Store(db).dir.iterdir()) == files_before
    with pytest.raises(ValueError):
        pending.commit()


def test_a_source_with_errors_builds_nothing_and_cannot_commit(tmp_path, db):
    before = snapshot(db)
    bad = {
        "permohonan.csv": csv_text(
            [CLEAN["permohonan"][0], ["P9", "L99", "2025-01-01", "", "online", "proses"]]
        )
    }
    pending = prepare([write(tmp_path / "bad", bad)], db)
    assert [p.line().split(" — ")[0] for p in pending.result.errors] == [
        "permohonan.csv:2: kode_layanan: 'L99'"
    ]
    assert pending.result.changes == {}
    assert not built_files(db)
    with pytest.raises(ValueError):
        pending.commit()
    pending.discard()
    assert snapshot(db) == before


# --- unpublished builds are not versions and do not pile up -------------------------------------


def test_a_prepared_build_is_never_a_version(tmp_path, db):
    import_ok(write(tmp_path / "o", clean_files("opd")), db)
    first = dump(db)
    pending = prepare([source(tmp_path)], db)
    versions = sorted(p.name for p in Store(db).dir.glob("v*.duckdb"))
    assert len(versions) == 2
    assert len(Store(db).history()) == 2
    assert cli("rollback", "--db", db).returncode == 0  # back to the first import, not to the build
    assert dump(db) == first
    assert cli("rollback", "--db", db).returncode == 0
    assert all(not rows for rows in dump(db).values())
    assert len(built_files(db)) == 1  # the build is still there, still unpublished
    pending.discard()


def test_builds_older_than_the_limit_are_pruned_by_the_next_prepare(tmp_path, db):
    old = prepare([source(tmp_path)], db)
    [name] = built_files(db)
    long_ago = time.time() - PENDING_TTL - 60
    os.utime(Store(db).dir / name, (long_ago, long_ago))
    fresh = prepare([source(tmp_path, "lagi")], db)
    assert name not in built_files(db) and len(built_files(db)) == 1
    with pytest.raises(StaleImport):  # expired: prepare again
        old.commit()
    fresh.commit()
    assert not built_files(db)


def test_a_forgotten_pending_import_removes_its_file(tmp_path, db):
    pending = prepare([source(tmp_path)], db)
    assert len(built_files(db)) == 1
    del pending
    gc.collect()
    assert not built_files(db)


def test_cli_style_import_source_still_publishes_without_a_preview(tmp_path, db):
    result = import_source([source(tmp_path)], db, mode="perbarui")
    assert result.ok and result.entry["id"] == 2
    assert result.changes == {}  # only prepare() compares
    assert [r[0] for r in dump(db)["permohonan"]] == ["P1", "P2", "P3", "P4"]
    assert isinstance(prepare([source(tmp_path)], db), Pending)
