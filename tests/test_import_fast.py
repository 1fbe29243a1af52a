"""Issue 12, item 19: the import's cheaper checks find exactly what the slower ones found.

The duplicate check first tries a bitmap of the numbers the keys end in; whatever it
cannot prove falls back to the sorted hashes and the exact listing. Bad cells of the big
tables still leave the fast path and get the careful path's own message."""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pytest
from importkit import CLEAN, clean_files, csv_text, import_ok, write
from test_import_errors import with_cell, with_row
from test_import_hardening import refused

from kinerja.ingest import duplicates
from kinerja.ingest.schema import TABLES


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "db" / "kinerja.duckdb"
    import_ok(write(tmp_path / "good", clean_files()), path)
    return path


# --- duplicates in a clean big table: the exact line, both rows ------------------------------


def test_a_duplicate_in_a_clean_fast_path_file_is_named_with_both_rows(tmp_path, db):
    # P1, P2, P3 are prefix + number: the bitmap route, which sees two keys on one number
    permohonan = with_row("permohonan", "P2", "L02", "2025-04-01", "", "online", "proses")
    lines = refused(tmp_path, db, {"permohonan.csv": permohonan})
    assert lines == [
        "permohonan.csv:5: id_permohonan: 'P2' — kunci ganda dalam sumber (sama dengan baris 3) "
        "(duplicate key within the source (same as row 3))"
    ]


def test_duplicates_among_many_numbered_keys_are_all_listed(tmp_path, db):
    rows = [CLEAN["skm"][0]]
    for i in range(1, 301):
        rows.append([f"R{i:06d}", "L02", "2025-03-01", *["3"] * 9])
    rows += [[f"R{i:06d}", "L02", "2025-03-02", *["4"] * 9] for i in (7, 150, 300)]
    lines = refused(tmp_path, db, {"skm.csv": csv_text(rows)})
    assert lines == [
        f"skm.csv:{301 + n}: id_responden: 'R{i:06d}' — kunci ganda dalam sumber (sama dengan baris {i + 1}) "
        f"(duplicate key within the source (same as row {i + 1}))"
        for n, i in enumerate((7, 150, 300), start=1)
    ]


def test_keys_on_one_number_that_differ_are_no_duplicates(tmp_path, db):
    # `P1` and `P01` end in one number: the bitmap proves nothing and the usual check,
    # which compares the keys themselves, lets them pass
    permohonan = with_row("permohonan", "P01", "L02", "2025-04-01", "", "online", "proses")
    import_ok(write(tmp_path / "ok", {"permohonan.csv": permohonan}), db)


# --- the bitmap itself: never wrong, used where it helps ------------------------------------


def _staged(keys: list[str]):
    con = duckdb.connect()
    con.sql("CREATE TABLE s (id_permohonan VARCHAR)")
    con.executemany("INSERT INTO s VALUES (?)", [[k] for k in keys])
    return con


def _expected(keys: list[str]) -> list[tuple[int, int, str]]:
    """(row, first row, key) of every duplicate, as a spreadsheet numbers them."""
    first: dict[str, int] = {}
    found = []
    for i, k in enumerate(keys):
        if k in first:
            found.append((i + 2, first[k], k))
        else:
            first[k] = i + 2
    return found


KEY_SETS = {
    "fixed width": [f"P{i:09d}" for i in range(1000)],
    "fixed width, shuffled": random.Random(1).sample([f"P{i:05d}" for i in range(2000)], 2000),
    "varying width": [f"P{i}" for i in range(1, 1500)],
    "a prefix with a dash": [f"2025-{i:05d}" for i in range(500)],
    "numbers only": [str(i) for i in range(10, 900)],
    "zero-padded beside unpadded": ["P1", "P01", "P001", "P2"],
    "signs and spaces": ["P1", "P+1", "P 1", "P-1", "P2"],
    "letters": ["ABC", "ABD", "XYZ"],
    "letters after the number": ["1A", "1B", "2A"],
    "non-ASCII": ["Pé1", "Pé2", "Pé3"],
    "too many digits": ["P1234567890123456789", "P1234567890123456790"],
    "too wide a range": ["P0", "P999999999999"],
    "one key": ["P7"],
}


@pytest.mark.parametrize("name", KEY_SETS)
@pytest.mark.parametrize("duplicated", [None, 0, -1, "middle"])
def test_duplicate_check_is_exact(name, duplicated):
    keys = list(KEY_SETS[name])
    if duplicated is not None:
        pick = keys[len(keys) // 2] if duplicated == "middle" else keys[duplicated]
        keys.insert(len(keys) // 3, pick)
        keys.append(pick)
    con = _staged(keys)
    table = TABLES["permohonan"]
    found = duplicates.check_duplicates(con, table, "s", "permohonan.csv", "true")
    assert [(p.row, int(p.detail), p.value) for p in found] == _expected(keys)
    assert all(p.column == "id_permohonan" and p.msg == "kunci_ganda" for p in found)
    proven = duplicates._distinct_by_number(con, table, "s", "true AND id_permohonan IS NOT NULL")
    if duplicated is not None:
        assert not proven
    elif name in ("fixed width", "fixed width, shuffled", "varying width", "a prefix with a dash"):
        assert proven, "the bitmap should prove these keys distinct"


def test_the_bitmap_ignores_rows_that_are_not_alive():
    con = duckdb.connect()
    con.sql(
        "CREATE TABLE s AS SELECT * FROM (VALUES ('P1', false), ('P2', false), ('P2', true)) t(id_permohonan, _kosong)"
    )
    table = TABLES["permohonan"]
    assert duplicates._distinct_by_number(con, table, "s", "NOT _kosong AND id_permohonan IS NOT NULL")
    assert duplicates.check_duplicates(con, table, "s", "permohonan.csv") == []
    assert not duplicates._distinct_by_number(con, table, "s", "true AND id_permohonan IS NOT NULL")


def test_the_bitmap_guesses_from_statistics_of_every_row_yet_counts_only_the_alive():
    # the table's statistics span the blank row's key too: a wider guess, the same answer
    con = duckdb.connect()
    con.sql(
        "CREATE TABLE s AS SELECT * FROM (VALUES ('P1', false), ('P2', false), ('P900', true), ('P1', true)) "
        "t(id_permohonan, _kosong)"
    )
    table = TABLES["permohonan"]
    assert duplicates._text_bounds(con, "id_permohonan", "s", "NOT _kosong") == ("P1", "P900")
    assert duplicates._distinct_by_number(con, table, "s", "NOT _kosong AND id_permohonan IS NOT NULL")
    con.sql("INSERT INTO s VALUES ('P2', false)")
    assert not duplicates._distinct_by_number(con, table, "s", "NOT _kosong AND id_permohonan IS NOT NULL")
    assert [(p.row, p.detail) for p in duplicates.check_duplicates(con, table, "s", "permohonan.csv")] == [
        (6, "3")
    ]


def test_long_keys_are_bounded_by_a_scan():
    keys = [f"PERMOHONAN-2025-{i:09d}" for i in range(300)]
    con = _staged(keys)
    assert duplicates._text_bounds(con, "id_permohonan", "s", "true") == (keys[0], keys[-1])
    assert duplicates._distinct_by_number(con, TABLES["permohonan"], "s", "true")


def test_long_keys_that_are_no_numbers_are_given_up_without_a_scan():
    keys = [f"{i:08x}-4c1e-9a7e-{i * 7919:012x}" for i in range(300)]  # like UUIDs
    con = _staged(keys)
    lo, hi = duplicates._text_bounds(con, "id_permohonan", "s", "true")
    assert len(lo.encode()) <= duplicates.STATS_TEXT_BYTES  # from the statistics, cut
    assert not duplicates._distinct_by_number(con, TABLES["permohonan"], "s", "true")
    keys.append(keys[5])
    con = _staged(keys)
    found = duplicates.check_duplicates(con, TABLES["permohonan"], "s", "permohonan.csv", "true")
    assert [(p.row, p.detail, p.value) for p in found] == [(302, "7", keys[5])]


def test_composite_keys_take_the_usual_check():
    con = duckdb.connect()
    con.sql(
        "CREATE TABLE s AS SELECT * FROM (VALUES (2025, 'A1'), (2025, 'A2'), (2024, 'A1')) t(tahun, id_pegawai)"
    )
    assert not duplicates._distinct_by_number(con, TABLES["pegawai"], "s", "true")
    assert duplicates.check_duplicates(con, TABLES["pegawai"], "s", "pegawai.csv", "true") == []


# --- integers of the big tables: what the fast path does not read leaves it -----------------


@pytest.mark.parametrize(
    ("cell", "line"),
    [
        ("+5", "skm.csv:2: u3: '+5' — harus ≤ 4 (must be ≤ 4)"),
        ("5.0", "skm.csv:2: u3: '5.0' — harus ≤ 4 (must be ≤ 4)"),
        ("05", "skm.csv:2: u3: '05' — harus ≤ 4 (must be ≤ 4)"),
        (" 5", "skm.csv:2: u3: '5' — harus ≤ 4 (must be ≤ 4)"),
        ("0", "skm.csv:2: u3: '0' — harus ≥ 1 (must be ≥ 1)"),
        ("-1", "skm.csv:2: u3: '-1' — harus ≥ 1 (must be ≥ 1)"),
        ("1_000", "skm.csv:2: u3: '1_000' — harus bilangan bulat (must be a whole number)"),
        ("0x10", "skm.csv:2: u3: '0x10' — harus bilangan bulat (must be a whole number)"),
        ("2.5", "skm.csv:2: u3: '2.5' — harus bilangan bulat (must be a whole number)"),
        ("\t3", "skm.csv:2: u3: '\\t3' — harus bilangan bulat (must be a whole number)"),
        ("", "skm.csv:2: u3: '' — wajib diisi (a value is required)"),
        (" ", "skm.csv:2: u3: '' — wajib diisi (a value is required)"),
        ("x", "skm.csv:2: u3: 'x' — harus bilangan bulat (must be a whole number)"),
        ("5", "skm.csv:2: u3: '5' — harus ≤ 4 (must be ≤ 4)"),
        ("٣", "skm.csv:2: u3: '٣' — harus bilangan bulat (must be a whole number)"),
    ],
)
def test_an_integer_cell_of_a_big_table_gets_the_careful_message(tmp_path, db, cell, line):
    lines = refused(tmp_path, db, {"skm.csv": with_cell("skm", 2, "u3", cell)})
    assert lines == [line]
