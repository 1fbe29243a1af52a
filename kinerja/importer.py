"""Importing a source: all of it or nothing (contract sections 1 and 3).

The new state of the database is built in a new file: each file of the source is
staged and checked, references are checked against what the database will hold after
the import, and only a source without errors is published (see kinerja.store).
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from kinerja import sources, validate
from kinerja.messages import Problem
from kinerja.metrics import SUMMARIES, load_sql
from kinerja.schema import LOAD_ORDER, TABLES, ddl
from kinerja.staging import Staged, restage_in_order, stage
from kinerja.store import Store

MODES = ("ganti", "perbarui")
BUILD_MEMORY = "1GB"  # DuckDB spills to disk beyond this while building


@dataclass
class ImportResult:
    problems: list[Problem] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # rows per table in the source
    entry: dict | None = None  # the history record, when published

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]

    @property
    def ok(self) -> bool:
        return not self.errors


def import_source(
    paths: list[str | Path],
    db_path: str | Path,
    mode: str = "ganti",
    user: str | None = None,
    dry_run: bool = False,
) -> ImportResult:
    """Validate the source and, when it has no error, publish the new database state."""
    if mode not in MODES:
        raise ValueError(mode)
    store = Store(Path(db_path))
    found = sources.discover(paths)
    result = ImportResult(problems=list(found.problems))
    if not found.files and result.ok:
        # a source that names no table would only record an empty import
        result.problems.append(Problem(", ".join(str(p) for p in paths), msg="sumber_kosong"))
        return result
    with store.writing(), tempfile.TemporaryDirectory(dir=store.dir) as scratch:
        for sf in found.files:
            result.problems += sources.read_header(sf, Path(scratch))
        files = [sf for sf in found.files if sf.columns or not _has_error(result, sf)]
        built = store.build_path()
        # hashing a big export takes a second; it runs while DuckDB stages (hashlib
        # releases the GIL on large buffers)
        checksum = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        digest = checksum.submit(_checksum, found.files)
        try:
            old = store.path if store.path.exists() else None
            _build(built, old, files, mode, result, Path(scratch))
            _cap(result)
            if result.ok and not dry_run:
                result.entry = store.publish(
                    built,
                    {
                        "mode": mode,
                        "berkas": [sf.label for sf in found.files],
                        "baris": result.rows,
                        "checksum": digest.result(),
                        **({"oleh": user} if user else {}),
                    },
                )
        finally:
            checksum.shutdown(wait=True)
            store.discard(built)
    return result


def _cap(result: ImportResult) -> None:
    """Errors are reported together up to a limit; the rest are counted, not listed."""
    errors = result.errors
    if len(errors) > validate.MAX_PROBLEMS:
        dropped = {id(p) for p in errors[validate.MAX_PROBLEMS :]}
        result.problems = [p for p in result.problems if id(p) not in dropped]
        result.problems.append(
            Problem(errors[-1].file, msg="terlalu_banyak", detail=str(len(errors) - validate.MAX_PROBLEMS))
        )


def _has_error(result: ImportResult, sf: sources.SourceFile) -> bool:
    return any(p.file == sf.label and not p.warning for p in result.problems)


def _build(built: Path, old: Path | None, files, mode: str, result: ImportResult, scratch: Path) -> None:
    con = duckdb.connect(str(built))
    try:
        con.sql(f"SET memory_limit = '{BUILD_MEMORY}'")
        con.sql("SET preserve_insertion_order = true")
        if old is not None:
            con.execute("ATTACH ? AS lama (READ_ONLY)", [str(old)])
        old_tables = _tables_in(con, "lama", TABLES) if old is not None else set()
        old_summaries = _tables_in(con, "lama", SUMMARIES) if old is not None else set()
        staged = _stage_all(con, files, result, scratch)
        if not result.ok:
            return
        keys_of = _key_sets(con, staged, old_tables, mode)
        for table, stg in list(staged.items()):
            problems = validate.check_references(con, TABLES[table], stg.name, stg.label, keys_of, stg.alive)
            if problems and stg.clean:
                stg = staged[table] = restage_in_order(con, stg, scratch)
                problems = validate.check_references(
                    con, TABLES[table], stg.name, stg.label, keys_of, stg.alive
                )
            result.problems += problems
        if mode == "ganti":
            for name in old_tables - set(staged):
                kept = TABLES[name]
                if any(c.ref in staged for c in validate.ref_columns(kept)):
                    result.problems += validate.check_kept_references(con, kept, f"lama.{name}", keys_of)
        if not result.ok:
            return
        _write_tables(con, staged, old_tables, old_summaries, mode)
        con.sql("CHECKPOINT")
    finally:
        con.close()


def _tables_in(con, catalog: str, wanted) -> set[str]:
    rows = con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = ?", [catalog]).fetchall()
    return {r[0] for r in rows} & set(wanted)


def _stage_all(con, files, result: ImportResult, scratch: Path) -> dict[str, Staged]:
    """Stage and check every file. Transcoded copies go to `scratch`, which the import
    removes, never beside the kept versions."""
    staged = {}
    for sf in sorted(files, key=lambda f: LOAD_ORDER.index(f.table)):
        table = TABLES[sf.table]
        stg, problems = stage(con, sf, scratch)
        result.problems += problems
        if stg is None:
            continue
        staged[sf.table] = stg
        n = con.sql(f"SELECT count(*) FROM {stg.name} WHERE {stg.alive}").fetchall()[0][0]
        result.rows[sf.table] = n
        if n == 0:
            result.problems.append(Problem(sf.label, msg="tabel_kosong", warning=True))
        if not stg.clean:
            absent = frozenset(table.column_names) - set(sf.columns.values())
            result.problems += validate.check_rows(con, table, stg.name, sf.label, absent)
        duplicates = validate.check_duplicates(con, table, stg.name, sf.label, stg.alive)
        if duplicates and stg.clean:
            stg = staged[sf.table] = restage_in_order(con, stg, scratch)
            duplicates = validate.check_duplicates(con, table, stg.name, sf.label, stg.alive)
        result.problems += duplicates
    return staged


def _key_sets(con, staged: dict[str, Staged], old_tables: set[str], mode: str) -> dict[str, str]:
    """For each referenced table, a relation of the keys it will hold after the import."""
    keys_of = {}
    for name in ("opd", "layanan", "inovasi"):
        key = TABLES[name].key[0]
        parts = []
        if name in staged:
            parts.append(f"SELECT {key} FROM {staged[name].name} WHERE {staged[name].alive}")
        if name in old_tables and (name not in staged or mode == "perbarui"):
            parts.append(f"SELECT {key} FROM lama.{name}")
        if not parts:
            parts.append(f"SELECT NULL::VARCHAR AS {key} WHERE false")
        view = f"_kunci_{name}"
        con.sql(f"CREATE TEMP VIEW {view} AS {' UNION ALL '.join(parts)}")
        keys_of[name] = view
    return keys_of


def _write_tables(
    con, staged: dict[str, Staged], old_tables: set[str], old_summaries: set[str], mode: str
) -> None:
    for name in LOAD_ORDER:
        table = TABLES[name]
        stg = staged.get(name)
        keep_old = mode == "perbarui" and name in old_tables and table.key
        if stg is not None and stg.clean and not keep_old:
            con.sql(f"ALTER TABLE {stg.name} RENAME TO {name}")  # already in its final form
            continue
        con.sql(ddl(table))
        if stg is not None:
            if keep_old:
                keep = validate.update_keep_clause(table, stg.name, stg.alive)
                con.sql(f"INSERT INTO {name} {validate.final_select(table, f'lama.{name} o', keep)}")
            con.sql(f"INSERT INTO {name} {validate.final_select(table, stg.name, f'WHERE {stg.alive}')}")
            con.sql(f"DROP TABLE {stg.name}")
        elif name in old_tables:
            con.sql(f"INSERT INTO {name} {validate.final_select(table, f'lama.{name}')}")
    for summary, query in SUMMARIES.items():
        source = query.removeprefix("ringkas_")
        if source not in staged and summary in old_summaries:
            con.sql(f"CREATE TABLE {summary} AS SELECT * FROM lama.{summary}")
        else:
            con.sql(f"CREATE TABLE {summary} AS {load_sql(query)[0]}")
    con.sql("CREATE TABLE _kinerja_info AS SELECT uuid()::VARCHAR AS versi, now() AS dibuat")


def create_empty(path: Path) -> None:
    """An empty database with every table: what rolling back the first import leaves."""
    con = duckdb.connect(str(path))
    try:
        for name in LOAD_ORDER:
            con.sql(ddl(TABLES[name]))
        for summary, query in SUMMARIES.items():
            con.sql(f"CREATE TABLE {summary} AS {load_sql(query)[0]}")
        con.sql("CREATE TABLE _kinerja_info AS SELECT uuid()::VARCHAR AS versi, now() AS dibuat")
        con.sql("CHECKPOINT")
    finally:
        con.close()


def _checksum(files) -> str:
    digest = hashlib.sha256()
    for sf in sorted(files, key=lambda f: f.label):
        digest.update(sf.label.encode())
        with open(sf.path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    return digest.hexdigest()
