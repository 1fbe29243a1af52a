"""Reading the published database, safely beside an import running in another process.

A reader attaches the live file read-only into its own in-memory DuckDB (so a reopened
file is never the cached old instance) and notices a swap by the file's identity: an
import or rollback replaces the live name atomically (kinerja.store), after which the
next query reattaches and sees the new data. Threads each take their own cursor.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import duckdb


class NoDatabase(FileNotFoundError):
    pass


def open_readonly(path: str | Path) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if not path.exists():
        raise NoDatabase(str(path))
    con = duckdb.connect()
    con.execute("ATTACH ? AS data (READ_ONLY)", [str(path)])
    con.execute("USE data")
    ensure_summaries(con)
    return con


def ensure_summaries(con) -> bool:
    """A database written by another tool (or by an older Kinerja) lacks the summaries the
    importer builds, or holds them in an older shape; the same definitions then serve as
    temporary views (slower, equally exact). Temporary views belong to one connection:
    each cursor needs its own. True if any was made."""
    from kinerja.sql import SUMMARIES, load_sql, summary_shape

    rows = con.sql(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() "
        "WHERE database_name = 'data' ORDER BY table_name, column_index"
    ).fetchall()
    stored: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in rows:
        stored.setdefault(table, []).append((column, kind))
    made = False
    for table in SUMMARIES:  # in order: a later one reads _ringkas_wilayah
        if made or stored.get(table) != summary_shape(con, table):
            con.sql(f"CREATE OR REPLACE TEMP VIEW {table} AS {load_sql(SUMMARIES[table])[0]}")
            made = True
    return made


def _identity(path: Path) -> tuple[int, int, int]:
    st = os.stat(path)
    return st.st_ino, st.st_dev, st.st_mtime_ns


class VersionChanged(Exception):
    """The database was replaced (an import or a rollback) after a version was read."""


class Reader:
    """A process-wide reader of one database path; thread-safe."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._identity: tuple[int, int, int] | None = None
        self.version: str | None = None
        self._views_per_cursor = False

    def _refresh(self) -> duckdb.DuckDBPyConnection:
        return self._refresh_pair()[0]

    def _refresh_pair(self) -> tuple[duckdb.DuckDBPyConnection, str]:
        """The current connection and its version, read together under the lock."""
        identity = _identity(self.path)
        with self._lock:
            if identity != self._identity or self._con is None:
                con = open_readonly(self.path)
                self.version = (
                    con.sql("SELECT versi FROM _kinerja_info").fetchall()[0][0]
                    if _has_info(con)
                    else str(identity)
                )
                self._views_per_cursor = ensure_summaries(con)
                # the old connection is left to the garbage collector: threads still
                # holding its cursors finish their queries on the old snapshot
                self._con, self._identity = con, identity
            return self._con, self.version

    def cursor(self) -> duckdb.DuckDBPyConnection:
        cur = self._refresh().cursor()
        cur.execute("USE data")
        if self._views_per_cursor:
            ensure_summaries(cur)
        return cur

    def cursor_at(self, version: str) -> duckdb.DuckDBPyConnection:
        """A cursor on exactly `version` of the data; VersionChanged when the file has moved
        on since, so a result is never stored under another version's name."""
        con, current = self._refresh_pair()
        if current != version:
            raise VersionChanged(current)
        cur = con.cursor()
        cur.execute("USE data")
        if self._views_per_cursor:
            ensure_summaries(cur)
        return cur

    def current_version(self) -> str:
        self._refresh()
        return self.version


def _has_info(con) -> bool:
    return bool(
        con.sql(
            "SELECT 1 FROM duckdb_tables() WHERE database_name = 'data' AND table_name = '_kinerja_info'"
        ).fetchall()
    )
