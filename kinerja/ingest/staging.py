"""Staging one file of a source into the database under construction.

Two paths lead to the same rows:
- the fast path, for the big tables in the clean form (a `,` CSV, Parquet or XLSX with
  canonical values): the text is converted straight into a table with the contract's DDL,
  whose NOT NULL and CHECK constraints hold every row rule. Anything unexpected raises,
  and the file takes the other path. A clean 10-million-row export is written once.
- the careful path, for everything else: every value converted where it can be, with a
  mask of what could not (kinerja.validate), so every error is reported with its row.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from kinerja.ingest import sources, validate
from kinerja.ingest.messages import Problem
from kinerja.ingest.schema import BOOL_DEFAULTS, TABLES, ddl

# Tables big enough for the fast path to matter; the others always take the careful one.
FAST_TABLES = frozenset({"permohonan", "skm", "pegawai"})


@dataclass
class Staged:
    table: str
    name: str  # the staged table in the new database
    label: str  # the file as named in the source
    clean: bool  # True: fast path, the staged table already has the final form
    source: sources.SourceFile

    @property
    def alive(self) -> str:
        """SQL condition for a data row (the careful path keeps blank rows, flagged)."""
        return "true" if self.clean else "NOT _kosong"


def stage(con, sf: sources.SourceFile, scratch: Path) -> tuple[Staged | None, list[Problem]]:
    """Stage one file; return the staged table, or None and why the file is unreadable."""
    name = f"_stg_{sf.table}"
    if sf.table in FAST_TABLES and not sf.decimal_comma and _stage_fast(con, sf, name):
        return Staged(sf.table, name, sf.label, clean=True, source=sf), []
    return _stage_careful(con, sf, name, scratch)


def _fast_select(table, raw: str, typed: bool) -> str:
    """The columns converted exactly as the careful path would, raising where it would flag
    — or merely where it might: any doubt sends the file down the careful path.

    From a CSV (`typed`) the reader itself types dates (`%Y-%m-%d` only, refusing any
    other text, a time after the date too), and text is taken as read, untrimmed:
    - a key must be plain: empty, surrounding spaces, a leading `#` (an Excel error?) or
      an invisible character raise;
    - a reference needs no look here: anything but an exact key of its table fails the
      reference check, which sends the file down the careful path (which trims);
    - a choice in any other spelling, spaces included, fails its CHECK constraint.
    Other sources are trimmed first, and only `YYYY-MM-DD` exactly is cast to a date.
    Whole numbers are taken in their own spelling only; numbers as the careful path reads
    them.
    """
    inner, outer = [], []
    for col in table.columns:
        t = col.name if typed and col.kind in ("text", "choice", "int") else f"nullif(trim({col.name}), '')"
        if col.kind == "choice" or (col.kind == "text" and col.ref):
            inner.append(f"{t} AS {col.name}")
            value = col.name
        elif col.kind == "text":
            inner.append(f"{t} AS {col.name}")
            plain = validate.plain_key(col.name) if typed else validate.bad_text(col, col.name)
            value = f"CASE WHEN {plain} THEN error('fast path') ELSE {col.name} END"
        elif col.kind == "date" and typed:
            inner.append(col.name)  # empty is NULL, which NOT NULL refuses where required
            value = col.name
        elif col.kind == "int" and typed:
            # only an integer's own spelling (`5`; not `5.0`, `05`, `+5` or ` 5`, which go
            # the careful way); DuckDB's cast alone would also take `1_000` or `0x10`,
            # which the careful path refuses. A single byte that the cast reads is a digit,
            # its own spelling: no need to spell it again (most cells of skm's u1–u9)
            inner += [f"{col.name} AS r_{col.name}", f"try_cast({col.name} AS INTEGER) AS {col.name}"]
            value = (
                f"CASE WHEN strlen(r_{col.name}) = 1 AND {col.name} IS NOT NULL THEN {col.name} "
                f"WHEN CAST({col.name} AS VARCHAR) IS DISTINCT FROM r_{col.name} "
                f"THEN error('fast path') ELSE {col.name} END"
            )
        else:
            if col.kind == "date":
                conv = f"CASE WHEN length({t}) = 10 AND {t}[5] = '-' AND {t}[8] = '-' THEN try_cast({t} AS DATE) END"
            else:
                conv = validate.convert_expr(col, t, decimal_comma=False)
            inner += [f"{t} IS NOT NULL AS g_{col.name}", f"{conv} AS {col.name}"]
            value = (
                f"CASE WHEN g_{col.name} AND {col.name} IS NULL THEN error('fast path') ELSE {col.name} END"
            )
        default = BOOL_DEFAULTS.get((table.name, col.name))
        if default is not None:
            value = f"coalesce({value}, {str(default).lower()})"
        outer.append(f"{value} AS {col.name}")
    return f"SELECT {', '.join(outer)} FROM (SELECT {', '.join(inner)} FROM ({raw}))"


def _stage_fast(con, sf: sources.SourceFile, name: str) -> bool:
    table = TABLES[sf.table]
    try:
        typed = sf.kind == "csv"
        raw, params = sources.raw_select(con, sf, f"_raw_{sf.table}", strict=True, typed_dates=typed)
        con.sql(ddl(table, name))
        # Row order only matters for naming a bad row; a source found to have one is
        # staged again in order (restage_in_order), so the common case runs unordered.
        con.sql("SET preserve_insertion_order = false")
        con.sql(f"INSERT INTO {name} {_fast_select(table, raw, typed)}", params=params)
        return True
    except (duckdb.Error, OSError, ValueError):
        con.sql(f"DROP TABLE IF EXISTS {name}")
        return False
    finally:
        con.sql("SET preserve_insertion_order = true")


def restage_in_order(con, stg: Staged, scratch: Path) -> Staged:
    """Stage a fast-staged file again the careful way, in file order, to name its rows."""
    con.sql(f"DROP TABLE {stg.name}")
    again, _ = _stage_careful(con, stg.source, stg.name, scratch)
    return again


def _stage_careful(
    con, sf: sources.SourceFile, name: str, scratch: Path
) -> tuple[Staged | None, list[Problem]]:
    table = TABLES[sf.table]
    shape: list[Problem] = []
    if sf.kind == "csv":
        shape, readable = sources.scan_csv(sf, scratch)
        if not readable:
            return None, shape
    try:
        raw, params = sources.raw_select(con, sf, f"_raw_{sf.table}")
        sql = validate.staging_sql(table, raw, sf.decimal_comma)
        con.sql(f"CREATE TABLE {name} AS {sql}", params=params)
    except duckdb.InvalidInputException as exc:
        if "unicode" in str(exc).lower() and sf.kind == "csv" and sf.utf8_path is None:
            # the head looked like UTF-8 but a later byte is Windows-1252
            sf.utf8_path = sources.transcode_to_utf8(sf.path, scratch)
            return _stage_careful(con, sf, name, scratch)
        if "parallel=false" in str(exc) and sf.kind == "csv" and sf.parallel:
            sf.parallel = False
            return _stage_careful(con, sf, name, scratch)
        return None, [*shape, sources.unreadable(sf, exc)]
    except (duckdb.Error, OSError, ValueError) as exc:
        if "parallel=false" in str(exc) and sf.kind == "csv" and sf.parallel:
            # a line break inside a quoted cell (Alt+Enter in Excel): only the serial
            # CSV scanner reads it; the parallel one stays the fast path for the rest
            sf.parallel = False
            return _stage_careful(con, sf, name, scratch)
        return None, [*shape, sources.unreadable(sf, exc)]
    return Staged(sf.table, name, sf.label, clean=False, source=sf), shape
