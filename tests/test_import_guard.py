"""Issue 12, items 8 and 9: a database folder that cannot be written, what a killed import
leaves behind, and the wrong-mode guard of contract section 4."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from importkit import CLEAN, ROOT, clean_files, cli, csv_text, dump, import_ok, snapshot, write

from kinerja.ingest.importer import import_source, prepare
from kinerja.storage.store import BUILD_PREFIX, SCRATCH_PREFIX, Store

HEADER = CLEAN["permohonan"][0]


def permohonan(first: int, last: int) -> str:
    """Applications P<first> … P<last - 1>, all valid against CLEAN's services."""
    rows = [[f"P{i}", "L02", "2025-02-10", "", "offline", "proses"] for i in range(first, last)]
    return csv_text([HEADER, *rows])


@pytest.fixture
def big(tmp_path) -> Path:
    """A database whose permohonan holds 1,200 rows."""
    db = tmp_path / "db" / "kinerja.duckdb"
    import_ok(write(tmp_path / "awal", {**clean_files(), "permohonan.csv": permohonan(0, 1200)}), db)
    return db


# --- 9. the wrong-mode guard ---------------------------------------------------------------

GUARD_LINE = (
    "permohonan: — mode ganti akan menghapus 700 dari 1200 baris tabel permohonan (lebih dari separuh; "
    "biasanya ekspor bulanan yang dimuat dengan mode yang salah — pakai --mode perbarui); bila memang "
    "disengaja, ulangi dengan --yakin (replace mode would remove 700 of the 1200 rows of table "
    "permohonan (more than half; usually a monthly export loaded in the wrong mode — use --mode "
    "perbarui); if that is intended, run again with --yakin)"
)


def test_cli_refuses_a_replace_removing_more_than_half_of_a_big_table(tmp_path, big):
    # a "monthly" export P500 … P999 would remove P0 … P499 and P1000 … P1199: 700 rows
    month = write(tmp_path / "bulan", {"permohonan.csv": permohonan(500, 1000)})
    before = snapshot(big)
    done = cli("import", month, "--db", big)
    assert done.returncode == 1
    assert GUARD_LINE in done.stderr.splitlines()
    assert "Traceback" not in done.stderr
    assert snapshot(big) == before


def test_yakin_lets_the_same_replace_through(tmp_path, big):
    month = write(tmp_path / "bulan", {"permohonan.csv": permohonan(500, 1000)})
    done = cli("import", month, "--mode", "ganti", "--yakin", "--db", big)
    assert done.returncode == 0, done.stderr
    assert len(dump(big)["permohonan"]) == 500


def test_perbarui_is_never_guarded(tmp_path, big):
    month = write(tmp_path / "bulan", {"permohonan.csv": permohonan(500, 1000)})
    import_ok(month, big, mode="perbarui")
    assert len(dump(big)["permohonan"]) == 1200


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (600, 1200),  # removes exactly half: 600 of 1200
        (0, 1200),  # the same keys again
        (0, 5000),  # grows
    ],
)
def test_half_or_less_is_not_guarded(tmp_path, big, first, last):
    import_ok(write(tmp_path / "src", {"permohonan.csv": permohonan(first, last)}), big)


def test_a_table_under_a_thousand_rows_is_not_guarded(tmp_path):
    db = tmp_path / "k.duckdb"
    import_ok(write(tmp_path / "a", {**clean_files(), "permohonan.csv": permohonan(0, 999)}), db)
    import_ok(write(tmp_path / "b", {"permohonan.csv": permohonan(5000, 5001)}), db)
    assert len(dump(db)["permohonan"]) == 1


def test_the_guard_counts_keys_not_rows(tmp_path, big):
    # 1,200 rows again, but 601 of them under new keys: 601 old keys go
    result = import_source([write(tmp_path / "src", {"permohonan.csv": permohonan(601, 1801)})], big)
    assert [p.line() for p in result.errors] == [
        GUARD_LINE.replace("700", "601").replace("--mode perbarui); bila", "--mode perbarui); bila")
    ]


def test_prepare_reports_the_removal_and_commit_needs_yakin(tmp_path, big):
    before = snapshot(big)
    pending = prepare([write(tmp_path / "src", {"permohonan.csv": permohonan(500, 1000)})], big)
    assert pending.result.ok  # not an error in the app: a question
    [removal] = pending.result.removals
    assert (removal.table, removal.before, removal.removed) == ("permohonan", 1200, 700)
    assert pending.result.changes["permohonan"].removed == 700
    with pytest.raises(ValueError, match="yakin"):
        pending.commit()
    assert snapshot(big) == before
    pending.commit(yakin=True)
    assert len(dump(big)["permohonan"]) == 500


# --- 8. a folder that cannot be written; a killed import -----------------------------------


def test_a_file_where_the_database_folder_should_be(tmp_path):
    (tmp_path / "data").write_text("bukan folder")
    done = cli("import", write(tmp_path / "src", clean_files()), "--db", tmp_path / "data" / "kinerja.duckdb")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"Basis data tidak dapat ditulis di {tmp_path / 'data'}: ")
    assert (
        "ada berkas di tempat foldernya" in done.stderr and "(The database cannot be written" in done.stderr
    )


def test_a_folder_without_write_permission(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o555)
    # root writes into any folder through its capabilities; the import runs without them, so
    # the folder's own permission bits decide, as they do for the regency's service account
    as_user = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    try:
        done = subprocess.run(
            [*as_user, sys.executable, "-m", "kinerja", "import", str(write(tmp_path / "src", clean_files()))]
            + ["--db", str(folder / "kinerja.duckdb")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        folder.chmod(0o755)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "tidak ada izin menulis" in done.stderr


def test_a_read_only_disk_is_named_as_such(tmp_path, big, monkeypatch):
    # as root no folder refuses a write, so the operating system's answer is simulated
    import errno

    real_touch = Path.touch

    def read_only(self, *args, **kwargs):
        if self.name.startswith(".tulis-"):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_touch(self, *args, **kwargs)

    monkeypatch.setattr(Path, "touch", read_only)
    before = snapshot(big)
    from kinerja.storage.store import StoreUnwritable

    with pytest.raises(StoreUnwritable) as caught:
        import_source([write(tmp_path / "src", clean_files("opd"))], big)
    assert caught.value.line(with_folder=False) == (
        "Basis data tidak dapat ditulis: disknya hanya-baca; tidak ada yang diubah. Minta admin "
        "server memberi izin tulis pada folder itu, atau pilih folder lain dengan --db. (The database "
        "cannot be written: the disk is read-only; nothing was changed. Ask the server's admin for "
        "write access to that folder, or choose another one with --db.)"
    )
    monkeypatch.undo()
    assert snapshot(big) == before


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_what_a_killed_import_left_is_cleaned_by_the_next(tmp_path, big):
    store = Store(big)
    pid = dead_pid()
    left = [
        store.dir / f"{BUILD_PREFIX}{pid}-abc.duckdb",
        store.dir / f"{BUILD_PREFIX}{pid}-abc.duckdb.wal",
        store.dir / f"{SCRATCH_PREFIX}{pid}-xyz",
        store.dir / f"{BUILD_PREFIX}{pid}-abc.duckdb.tmp",
        big.with_name(f".{big.name}.0123abcd"),
    ]
    for p in left:
        if p.suffix in (".tmp", "") and not p.name.startswith("."):
            p.mkdir()
            (p / "sisa.csv").write_text("x")
        else:
            p.write_bytes(b"sisa")
    waiting = prepare([write(tmp_path / "src", clean_files("opd"))], big)  # alive: kept
    [kept] = [p for p in store.dir.iterdir() if p.name.startswith(f"{BUILD_PREFIX}{os.getpid()}-")]
    import_ok(write(tmp_path / "src2", clean_files("opd")), big)
    assert not [p for p in left if p.exists()]
    assert kept.exists()
    waiting.discard()


def test_an_import_killed_half_way_leaves_nothing_after_the_next(tmp_path, big):
    store = Store(big)
    source = write(tmp_path / "besar", {"permohonan.csv": permohonan(0, 400_000)})
    proc = subprocess.Popen(
        [sys.executable, "-m", "kinerja", "import", str(source), "--yakin", "--db", str(big)], cwd=ROOT
    )
    deadline = time.time() + 60
    while time.time() < deadline and not any(p.name.startswith(BUILD_PREFIX) for p in store.dir.iterdir()):
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    import_ok(write(tmp_path / "src", clean_files("opd")), big)
    assert (
        sorted(p.name for p in store.dir.iterdir() if not p.name.startswith(("v", "riwayat", ".kunci"))) == []
    )
    assert not list(big.parent.glob(f".{big.name}.*"))
