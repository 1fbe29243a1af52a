"""Importing a source: all of it or nothing (contract sections 1 and 3).

The new state of the database is built in a new file: each file of the source is
staged and checked, references are checked against what the database will hold after
the import, and only a source without errors is published (see kinerja.store).

Two steps for the app: `prepare()` validates and builds the new file and says what it
would change per table (`TableChange`), without publishing; `Pending.commit()` then
publishes that very file, unless the live data changed in between (`StaleImport`).
`import_source()` does both under one writer lock, without the comparison.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import tempfile
import threading
import weakref
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from kinerja.ingest import duplicates, sources, validate
from kinerja.ingest.messages import Problem
from kinerja.ingest.schema import LOAD_ORDER, TABLES, ddl
from kinerja.ingest.staging import Staged, restage_in_order, stage
from kinerja.sql import SUMMARIES, load_sql, summary_shape, summary_sources
from kinerja.storage.store import StaleImport, Store, StoreUnwritable

__all__ = [
    "ImportResult",
    "Pending",
    "StaleImport",
    "StoreUnwritable",
    "TableChange",
    "import_source",
    "prepare",
]

MODES = ("ganti", "perbarui")
# The wrong-mode guard (contract section 4): `ganti` may not silently remove more than
# half of a table this big; the usual cause is a monthly export loaded in the wrong mode.
GUARD_MIN_ROWS = 1000
BUILD_MEMORY = "1GB"  # DuckDB spills to disk beyond this while building


EXAMPLES = 5  # example keys per kind of change
KEY_JOIN = " / "  # parts of a composite key, as text
NULL_KEY_PART = "–"  # an empty part of a key (a region-wide target has no kode_opd)


@dataclass
class TableChange:
    """What an import does to one table, by key (a table without a key, wilayah, is
    compared as one unit: replaced by different values is one `changed`)."""

    table: str
    before: int  # rows now
    after: int  # rows after the import
    added: int  # keys new
    changed: int  # keys present before and after with any differing value
    removed: int  # keys gone (always 0 in perbarui mode)
    examples: dict[str, list[str]] = field(default_factory=dict)  # "added"/"changed"/"removed" -> keys

    @property
    def unchanged(self) -> int:
        return self.after - self.added - self.changed


@dataclass
class Removal:
    """A table a `ganti` import would empty by more than half: rows now, rows removed."""

    table: str
    before: int
    removed: int

    def problem(self) -> Problem:
        return Problem(
            self.table,
            msg="hapus_banyak",
            table=self.table,
            detail=str(self.removed),
            expected=str(self.before),
        )


def risky(table: str, before: int, removed: int) -> Removal | None:
    """The guard's rule: more than half of a table of at least GUARD_MIN_ROWS rows."""
    if before >= GUARD_MIN_ROWS and 2 * removed > before:
        return Removal(table, before, removed)
    return None


@dataclass
class ImportResult:
    problems: list[Problem] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # rows per table in the source
    entry: dict | None = None  # the history record, when published
    changes: dict[str, TableChange] = field(default_factory=dict)  # per source table, by prepare()
    removals: list[Removal] = field(default_factory=list)  # what the wrong-mode guard stops

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]

    @property
    def ok(self) -> bool:
        return not self.errors


class Pending:
    """A validated, built, unpublished import: `commit()` publishes it, `discard()` drops it.

    The built file lives in `<db>.riwayat/` as `baru-*.duckdb`, which is never a version;
    one left uncommitted is removed by the next prepare or publish once it is older than
    `kinerja.storage.store.PENDING_TTL`, and when this object is garbage-collected.
    """

    def __init__(
        self,
        store: Store,
        result: ImportResult,
        mode: str,
        user: str | None = None,
        built: Path | None = None,
        base: tuple | None = None,
        checksum: str | None = None,
        labels: list[str] | None = None,
    ):
        self.store = store
        self.result = result
        self.mode = mode
        self.user = user
        self.labels = labels or []  # the source's files as named, for the history
        self._built: Path | None = built
        self._base = base  # the live state the file was built from
        self._checksum = checksum
        self._lock = threading.Lock()
        self._finalizer = weakref.finalize(self, Store.discard_built, built) if built else None

    @property
    def committed(self) -> bool:
        return self.result.entry is not None

    def commit(self, user: str | None = None, yakin: bool = False) -> dict:
        """Publish the built file and return the history entry.

        Raises ValueError when the source has errors (or this import was discarded or
        already committed, or it would remove more than half of a big table and `yakin`,
        the user's explicit confirmation, is not given), StaleImport when the live data
        changed since prepare()."""
        with self._lock:
            self._check_committable()
            if self.result.removals and not yakin:
                raise ValueError("the import removes most of a table; commit(yakin=True) to confirm")
            with self.store.writing():
                return self._commit_locked(user)

    def _check_committable(self) -> None:
        if not self.result.ok:
            raise ValueError("the source has errors; nothing to commit")
        if self.committed:
            raise ValueError("this import is already committed")
        if self._built is None:
            raise ValueError("this import was discarded")

    def _commit_locked(self, user: str | None = None, waktu: datetime | None = None) -> dict:
        """Publish, the writer lock being held by the caller; `waktu`: the time to record
        instead of now (import_source)."""
        self._check_committable()
        if self.store.state() != self._base:
            raise StaleImport("the live data changed since the import was prepared")
        if not self._built.exists():
            raise StaleImport("the prepared import expired; prepare it again")
        who = user or self.user
        self.result.entry = self.store.publish(
            self._built,
            {
                "mode": self.mode,
                "berkas": self.labels,
                "baris": self.result.rows,
                "checksum": self._checksum,
                **({"oleh": who} if who else {}),
                **({"waktu": waktu.isoformat(timespec="seconds")} if waktu else {}),
            },
        )
        self._built = None
        if self._finalizer is not None:
            self._finalizer.detach()
        return self.result.entry

    def discard(self) -> None:
        """Remove the built file; the database and its history are untouched. Idempotent."""
        with self._lock:
            if self._built is not None:
                Store.discard_built(self._built)
                self._built = None
            if self._finalizer is not None:
                self._finalizer.detach()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.discard()


def prepare(
    paths: list[str | Path], db_path: str | Path, mode: str = "ganti", user: str | None = None
) -> Pending:
    """Validate the source, build the new database state and compare it with the live
    one, table by table; publish nothing. `result.changes` says what a commit would do."""
    store = Store(Path(db_path))
    with store.writing():
        return _prepare_locked(store, paths, mode, user, compare=True)


def import_source(
    paths: list[str | Path],
    db_path: str | Path,
    mode: str = "ganti",
    user: str | None = None,
    dry_run: bool = False,
    yakin: bool = False,
    waktu: datetime | None = None,
) -> ImportResult:
    """Validate the source and, when it has no error, publish the new database state.
    `waktu`: the time the history records for it, when that is not now (only the demo's
    first import, which stands for an earlier month's export: kinerja.demo.impor).

    A `ganti` that would remove more than half of a table of GUARD_MIN_ROWS rows or more
    is refused like bad input unless `yakin`. Build and publish happen under one writer
    lock, so nothing can come in between."""
    store = Store(Path(db_path))
    with store.writing():
        pending = _prepare_locked(store, paths, mode, user, compare=False)
        if not yakin:
            pending.result.problems += [r.problem() for r in pending.result.removals]
        try:
            if pending.result.ok and not dry_run:
                pending._commit_locked(waktu=waktu)
        finally:
            pending.discard()
    return pending.result


def _prepare_locked(store: Store, paths, mode: str, user, compare: bool) -> Pending:
    if mode not in MODES:
        raise ValueError(mode)
    store.prune_pending()
    found = sources.discover(paths)
    result = ImportResult(problems=list(found.problems))
    labels = [sf.label for sf in found.files]
    if not found.files and result.ok:
        # a source that names no table would only record an empty import
        result.problems.append(Problem(", ".join(str(p) for p in paths), msg="sumber_kosong"))
    if not result.ok and not found.files:
        return Pending(store, result, mode, user, labels=labels)
    base = store.state()
    built = store.build_path()
    kept = False
    with tempfile.TemporaryDirectory(dir=store.dir, prefix=store.scratch_prefix()) as scratch:
        for sf in found.files:
            result.problems += sources.read_header(sf, Path(scratch))
        files = [sf for sf in found.files if sf.columns or not _has_error(result, sf)]
        # hashing a big export takes a second; it runs while DuckDB stages (hashlib
        # releases the GIL on large buffers)
        checksum = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        digest = checksum.submit(_checksum, found.files)
        try:
            old = store.path if store.path.exists() else None
            try:
                _build(built, old, files, mode, result, Path(scratch), compare)
            except duckdb.IOException as exc:  # the build's own file: a full disk, say
                raise StoreUnwritable(store.dir, exc) from exc
            _cap(result)
            kept = result.ok
            return Pending(store, result, mode, user, built if kept else None, base, digest.result(), labels)
        finally:
            checksum.shutdown(wait=True)
            if not kept:
                store.discard(built)


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


def _build(
    built: Path,
    old: Path | None,
    files,
    mode: str,
    result: ImportResult,
    scratch: Path,
    compare: bool = False,
) -> None:
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
            result.problems += _renumber(problems, stg.source)
        if mode == "ganti":
            for name in old_tables - set(staged):
                kept = TABLES[name]
                if any(c.ref in staged for c in validate.ref_columns(kept)):
                    result.problems += validate.check_kept_references(con, kept, f"lama.{name}", keys_of)
        if not result.ok:
            return
        _write_tables(con, staged, old_tables, old_summaries, mode)
        if compare:
            for name in LOAD_ORDER:
                if name in result.rows:
                    result.changes[name] = compare_table(con, TABLES[name], name in old_tables)
            found = (risky(c.table, c.before, c.removed) for c in result.changes.values())
        else:
            found = (_guard(con, name) for name in staged if name in old_tables and mode == "ganti")
        result.removals = [r for r in found if r is not None]
        con.sql("CHECKPOINT")
    finally:
        con.close()


def _guard(con, name: str) -> Removal | None:
    """The wrong-mode guard without the full comparison: rows now, and old keys the new
    table no longer has — counted only for a table big enough to be guarded."""
    table = TABLES[name]
    before = con.sql(f"SELECT count(*) FROM lama.{name}").fetchall()[0][0]
    if before < GUARD_MIN_ROWS or not table.key:
        return None
    # by 64-bit hashes of the keys (NULL parts hash alike): a cheaper join than on the
    # keys themselves; a removed key sharing its hash with a kept one (odds 2^-64 a
    # pair) would go uncounted, which a rule about "more than half" can bear
    key = ", ".join(table.key)
    removed = con.sql(
        f"SELECT count(*) FROM (SELECT hash({key}) AS h FROM lama.{name}) o "
        f"ANTI JOIN (SELECT hash({key}) AS h FROM {name}) n USING (h)"
    ).fetchall()[0][0]
    return risky(name, before, removed)


def compare_table(con, table, had_table: bool, old: str = "lama") -> TableChange:
    """Compare the new table (in the main catalog) with the old one (in `old`), by key,
    in one set-based pass: a full join of (key, hash of the other columns) on the key.

    A value counts as changed when the 64-bit hash of the row differs; two different
    rows of one key hashing alike (odds 2^-64 per key) would be missed."""
    name = table.name
    after = con.sql(f"SELECT count(*) FROM {name}").fetchall()[0][0]
    if not had_table:
        before = 0
        old_rel = f"(SELECT * FROM {name} WHERE false)"
    else:
        old_rel = f"{old}.{name}"
        before = con.sql(f"SELECT count(*) FROM {old_rel}").fetchall()[0][0]
    if not table.key:
        return _compare_unit(con, table, old_rel, before, after)
    key = list(table.key)
    rest = [c for c in table.column_names if c not in key] or key
    text = f" || '{KEY_JOIN}' || ".join(
        f"coalesce(CAST({{a}}.{k} AS VARCHAR), '{NULL_KEY_PART}')" for k in key
    )
    on = " AND ".join(f"o.{k} IS NOT DISTINCT FROM n.{k}" for k in key)
    hashed = f"hash({', '.join(rest)}) AS _h"
    cols = ", ".join(key)
    kind = (
        "CASE WHEN o._ada IS NULL THEN 'added' WHEN n._ada IS NULL THEN 'removed' "
        "WHEN o._h <> n._h THEN 'changed' END"
    )
    # keys as text only for rows that differ; the 5 smallest per kind are the examples
    diff = f"""
        SELECT {kind} AS jenis,
               CASE WHEN o._ada IS NULL THEN {text.format(a="n")} ELSE {text.format(a="o")} END AS kunci
        FROM (SELECT {cols}, {hashed}, true AS _ada FROM {old_rel}) o
        FULL JOIN (SELECT {cols}, {hashed}, true AS _ada FROM {name}) n ON {on}
        WHERE o._ada IS NULL OR n._ada IS NULL OR o._h <> n._h
    """
    rows = con.sql(f"SELECT jenis, count(*), min(kunci, {EXAMPLES}) FROM ({diff}) GROUP BY jenis").fetchall()
    counts = {k: (n, sorted(ex)) for k, n, ex in rows}
    return TableChange(
        table=name,
        before=before,
        after=after,
        added=counts.get("added", (0, []))[0],
        changed=counts.get("changed", (0, []))[0],
        removed=counts.get("removed", (0, []))[0],
        examples={k: counts.get(k, (0, []))[1] for k in ("added", "changed", "removed")},
    )


def _compare_unit(con, table, old_rel: str, before: int, after: int) -> TableChange:
    """A table without a key (wilayah: one row) compared as a whole."""
    cols = ", ".join(table.column_names)
    label = table.column_names[0]
    same = (
        con.sql(
            f"SELECT count(*) FROM ((SELECT {cols} FROM {old_rel} EXCEPT ALL SELECT {cols} FROM {table.name}) "
            f"UNION ALL (SELECT {cols} FROM {table.name} EXCEPT ALL SELECT {cols} FROM {old_rel}))"
        ).fetchall()[0][0]
        == 0
    )
    names = con.sql(
        f"SELECT coalesce(CAST({label} AS VARCHAR), '{NULL_KEY_PART}') FROM {table.name} ORDER BY 1 LIMIT {EXAMPLES}"
    ).fetchall()
    old_names = con.sql(
        f"SELECT coalesce(CAST({label} AS VARCHAR), '{NULL_KEY_PART}') FROM {old_rel} ORDER BY 1 LIMIT {EXAMPLES}"
    ).fetchall()
    added = changed = removed = 0
    examples: dict[str, list[str]] = {"added": [], "changed": [], "removed": []}
    if before and after and not same:
        changed, examples["changed"] = 1, [r[0] for r in names]
    elif after and not before:
        added, examples["added"] = 1, [r[0] for r in names]
    elif before and not after:
        removed, examples["removed"] = 1, [r[0] for r in old_names]
    return TableChange(table.name, before, after, added, changed, removed, examples)


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
            rows = validate.check_rows(con, table, stg.name, sf.label, absent, sf.decimal_comma)
            result.problems += _renumber(rows, sf)
        twice = duplicates.check_duplicates(con, table, stg.name, sf.label, stg.alive)
        if twice and stg.clean:
            stg = staged[sf.table] = restage_in_order(con, stg, scratch)
            twice = duplicates.check_duplicates(con, table, stg.name, sf.label, stg.alive)
        result.problems += _renumber(twice, sf)
    return staged


def _renumber(problems: list[Problem], sf: sources.SourceFile) -> list[Problem]:
    """Staged rows are numbered without the empty lines DuckDB skips; name them as the
    spreadsheet does (a duplicate's first row too). A row of another width than the
    header is reported as such once; its values, shifted, say nothing more."""
    if sf.blank:
        for p in problems:
            if isinstance(p.row, int):
                p.row = sf.sheet_row(p.row)
            if p.msg == "kunci_ganda":
                p.detail = str(sf.sheet_row(int(p.detail)))
    return [p for p in problems if p.row not in sf.ragged]


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
    for summary, query in SUMMARIES.items():  # in order: a later one reads _ringkas_wilayah
        if not summary_sources(summary) & staged.keys() and _same_shape(con, summary, old_summaries):
            con.sql(f"CREATE TABLE {summary} AS SELECT * FROM lama.{summary}")
        else:
            con.sql(f"CREATE TABLE {summary} AS {load_sql(query)[0]}")
    con.sql("CREATE TABLE _kinerja_info AS SELECT uuid()::VARCHAR AS versi, now() AS dibuat")


def _same_shape(con, summary: str, old_summaries: set[str]) -> bool:
    """The old database holds this summary as the query now makes it (not a shape written
    by an older Kinerja), so it can be copied instead of recomputed."""
    if summary not in old_summaries:
        return False
    old = con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() "
        "WHERE database_name = 'lama' AND table_name = ? ORDER BY column_index",
        [summary],
    ).fetchall()
    return old == summary_shape(con, summary)


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
