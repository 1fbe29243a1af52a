"""Finding the tables in an import source and reading each as text columns.

A source is one or more files or folders. Each file (or workbook sheet) is matched to a
table by its name; its header is matched to the contract's columns. What comes out is a
`SourceFile` per table that can hand DuckDB a relation of raw text columns named by the
contract — the user's own header text and paths never reach SQL text, only bound
parameters do.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import io
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kinerja.ingest.messages import Problem
from kinerja.ingest.schema import TABLES

SUFFIXES = {".csv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".parquet": "parquet"}

# How every CSV is read: the dialect Excel writes (RFC 4180: `"` quotes, `""` inside a
# quoted field is one `"`), nothing sniffed — DuckDB's sniffer once took `""` for the end
# of a field and `#` for a comment. Short rows are padded and long ones cut here;
# `scan_csv` reports both, so the careful path can still report every other error.
CSV_DIALECT = (
    "auto_detect = false, header = true, delim = $delim, quote = '\"', escape = '\"', "
    "comment = '', null_padding = true, strict_mode = false"
)
# The fast path reads the same dialect strictly: a row of another width raises.
CSV_STRICT = CSV_DIALECT.replace(
    "null_padding = true, strict_mode = false", "null_padding = false, strict_mode = true"
)
MAX_CELL = 32_767  # characters: Excel's own limit for one cell


def normalise_name(text: str) -> str:
    """`Tempat Kerja` -> `tempat_kerja`, `Kode OPD` -> `kode_opd`."""
    return re.sub(r"[\s_\-]+", "_", text.strip().lower()).strip("_")


@dataclass
class SourceFile:
    table: str
    label: str  # the file as the user named it: `opd.csv`, `buku.xlsx[opd]`
    path: Path
    kind: str  # csv | xlsx | parquet
    sheet: str | None = None
    # filled by read_header():
    columns: dict[int, str] = field(default_factory=dict)  # position -> contract column
    width: int = 0
    delimiter: str = ","
    encoding: str = "utf-8"
    utf8_path: Path | None = None  # transcoded copy of a Windows-1252 CSV
    parallel: bool = True  # False once DuckDB's parallel CSV scanner refused the file
    # records (the header is 0) that are empty lines, which DuckDB's reader skips; filled
    # by scan_csv, so that a staged row can be named as a spreadsheet counts it
    blank: list[int] = field(default_factory=list)
    ragged: set[int] = field(default_factory=set)  # spreadsheet rows of another width

    @property
    def decimal_comma(self) -> bool:
        return self.kind == "csv" and self.delimiter == ";"

    def sheet_row(self, n: int) -> int:
        """The spreadsheet row of the staged row numbered `n` (rowid + 2): each empty line
        at or before it pushes it one row down."""
        record = n - 1
        for b in self.blank[bisect.bisect_left(self.blank, 1) :]:
            if b > record:
                break
            record += 1
        return record + 1


@dataclass
class Discovery:
    files: list[SourceFile]
    problems: list[Problem]


def discover(paths: list[str | Path]) -> Discovery:
    """Match every file (and workbook sheet) of the source to a table."""
    problems: list[Problem] = []
    candidates: list[SourceFile] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            entries = sorted(p for p in path.iterdir() if p.is_file())
        elif path.is_file():
            entries = [path]
        else:
            problems.append(Problem(str(raw), msg="tidak_ditemukan"))
            continue
        for entry in entries:
            candidates.extend(_match_file(entry, problems))

    by_table: dict[str, list[SourceFile]] = {}
    for sf in candidates:
        by_table.setdefault(sf.table, []).append(sf)
    files = []
    for table, group in by_table.items():
        if len(group) > 1:
            names = ", ".join(sf.label for sf in group)
            for sf in group:
                problems.append(Problem(sf.label, msg="tabel_ganda", value=names, table=table))
        else:
            files.append(group[0])
    return Discovery(files=files, problems=problems)


def _match_file(path: Path, problems: list[Problem]) -> list[SourceFile]:
    name = path.name
    if name.startswith("~$") or name.startswith(".~lock"):
        problems.append(Problem(name, msg="berkas_kunci", warning=True))
        return []
    table = normalise_name(path.stem)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind == "xlsx" and table not in TABLES:
        return _match_sheets(path, problems)
    if table not in TABLES:
        problems.append(Problem(name, msg="bukan_tabel", warning=True))
        return []
    if kind is None:
        problems.append(Problem(name, msg="format_tak_dikenal", value=path.suffix))
        return []
    sheet = None
    if kind == "xlsx":
        sheets = _sheet_names(path, problems)
        if sheets is None:
            return []
        named = [s for s in sheets if normalise_name(s) == table]
        sheet = named[0] if named else sheets[0]
    return [SourceFile(table=table, label=name, path=path, kind=kind, sheet=sheet)]


def _sheet_names(path: Path, problems: list[Problem]) -> list[str] | None:
    import fastexcel

    try:
        return list(fastexcel.read_excel(str(path)).sheet_names)
    except Exception:  # fastexcel raises its own error family per failure kind
        problems.append(unreadable(SourceFile(table="", label=path.name, path=path, kind="xlsx")))
        return None


def _match_sheets(path: Path, problems: list[Problem]) -> list[SourceFile]:
    sheets = _sheet_names(path, problems)
    if sheets is None:
        return []
    found = []
    for sheet in sheets:
        table = normalise_name(sheet)
        label = f"{path.name}[{sheet}]"
        if table in TABLES:
            found.append(SourceFile(table=table, label=label, path=path, kind="xlsx", sheet=sheet))
        else:
            problems.append(Problem(label, msg="bukan_tabel", warning=True))
    if not found:
        problems.append(Problem(path.name, msg="bukan_tabel", warning=True))
    return found


def unreadable(sf: SourceFile, exc: Exception | None = None) -> Problem:
    """Why a file cannot be read, in words a clerk can act on: what the file seems to
    be and how to save it. Never the reader's own message (paths, codecs, internals)."""
    what = sniff_content(sf.path)
    if sf.kind == "csv" and what in ("utf16", "xlsx", "xls", "pdf", "parquet", "biner"):
        return Problem(sf.label, msg=f"csv_{what}")
    return Problem(sf.label, msg=f"tak_terbaca_{sf.kind}", kind=sf.kind)


def sniff_content(path: Path) -> str:
    """What the head of a file looks like: utf16, xlsx (any ZIP), xls (OLE), pdf, biner,
    teks, or kosong."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return "kosong"
    if not head:
        return "kosong"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf16"
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PAR1"):
        return "parquet"
    nul = head.count(0)
    # UTF-16 without a BOM: ASCII text with every other byte NUL
    if (
        len(head) >= 8
        and nul >= len(head) // 3
        and (head[1::2].count(0) > len(head) // 3 or head[0::2].count(0) > len(head) // 3)
    ):
        return "utf16"
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    if control > max(2, len(head) // 50):
        return "biner"
    return "teks"


# --- headers --------------------------------------------------------------------------


def read_header(sf: SourceFile, scratch: Path) -> list[Problem]:
    """Read the header of one file and map its columns to the contract's names."""
    if sf.kind == "csv" and sniff_content(sf.path) not in ("teks", "kosong"):
        return [unreadable(sf)]
    try:
        if sf.kind == "csv":
            header = _csv_header(sf, scratch)
        elif sf.kind == "xlsx":
            header = _xlsx_frame(sf).columns
        else:
            header = _parquet_header(sf)
    except Exception as exc:  # any reader failure means: not a readable file of its kind
        return [unreadable(sf, exc)]
    if header is None or not [h for h in header if h and h.strip()]:
        return [Problem(sf.label, msg="tanpa_header")]
    return _map_header(sf, header)


def _map_header(sf: SourceFile, header: list[str]) -> list[Problem]:
    table = TABLES[sf.table]
    problems = []
    known = set(table.column_names)
    seen: dict[str, int] = {}
    sf.width = len(header)
    for pos, text in enumerate(header):
        name = normalise_name(text or "")
        if name in known:
            if name in seen:
                problems.append(Problem(sf.label, column=name, msg="kolom_ganda"))
            seen[name] = pos
        elif name and not name.startswith("__unnamed"):
            problems.append(Problem(sf.label, column=text, msg="kolom_diabaikan", warning=True))
    sf.columns = {pos: name for name, pos in seen.items()}
    for col in table.columns:
        if col.required and col.name not in seen:
            problems.append(Problem(sf.label, column=col.name, msg="kolom_hilang"))
    return problems


def _decode_probe(path: Path) -> tuple[str, str]:
    """Return (encoding, first line) of a CSV file, trying UTF-8 before Windows-1252.

    Only the head of the file is decoded here; a UTF-8 file with a stray Windows-1252
    byte further down is caught when DuckDB reads it (see reader_sql).
    """
    with open(path, "rb") as fh:
        head = fh.read(1 << 16)
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        try:
            head.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError as exc:
            # a multi-byte character cut at the end of the probe is still UTF-8
            encoding = "utf-8" if exc.start >= len(head) - 3 else "cp1252"
    text = head.decode(encoding, errors="ignore")
    first = text.splitlines()[0] if text else ""
    return encoding, first


def _csv_header(sf: SourceFile, scratch: Path) -> list[str] | None:
    encoding, first = _decode_probe(sf.path)
    if not first.strip():
        return None
    sf.delimiter = ";" if first.count(";") > first.count(",") else ","
    if ";" not in first and "," not in first:
        # one column (a `wilayah` with its name only): a `,` or `;` in a value is text,
        # so split on a character no export writes
        sf.delimiter = "\x1f"
    sf.encoding = encoding
    if encoding == "cp1252":
        sf.utf8_path = transcode_to_utf8(sf.path, scratch)
    return next(csv.reader(io.StringIO(first), delimiter=sf.delimiter))


def scan_csv(sf: SourceFile, scratch: Path) -> tuple[list[Problem], bool]:
    """One pass of Python's csv reader (the dialect Excel writes) over a CSV: rows with
    fewer or more fields than the header, cells longer than Excel allows, and the empty
    lines that DuckDB skips (kept in `sf.blank` to number rows as a spreadsheet does).

    Returns the problems and whether the file can be staged at all (False for a cell
    too long to read, or a file that is not text in any encoding we accept)."""
    from kinerja.ingest.validate import EXAMPLES_PER_RULE

    path = sf.utf8_path or sf.path
    encoding = "utf-8" if sf.utf8_path else sf.encoding
    csv.field_size_limit(sys.maxsize)  # long cells are reported below, not raised
    names = {pos: name for pos, name in sf.columns.items()}
    sf.ragged = set()
    ragged: list[Problem] = []
    n_ragged = 0
    too_long: list[Problem] = []
    blank: list[int] = []
    try:
        with open(path, encoding=encoding, newline="") as fh:
            reader = csv.reader(fh, delimiter=sf.delimiter, quotechar='"', doublequote=True, strict=False)
            for record, fields in enumerate(reader):
                if not fields:
                    blank.append(record)
                    continue
                if len(fields) != sf.width and record and any(f.strip() for f in fields):
                    n_ragged += 1
                    sf.ragged.add(record + 1)
                    if len(ragged) < EXAMPLES_PER_RULE:
                        ragged.append(
                            Problem(
                                sf.label,
                                row=record + 1,
                                msg="kolom_tak_sesuai",
                                detail=str(len(fields)),
                                expected=str(sf.width),
                            )
                        )
                for pos, text in enumerate(fields):
                    if len(text) > MAX_CELL and len(too_long) < EXAMPLES_PER_RULE:
                        too_long.append(
                            Problem(
                                sf.label,
                                row=record + 1,
                                column=names.get(pos, f"kolom {pos + 1}"),
                                msg="sel_terlalu_panjang",
                                detail=f"{MAX_CELL:,}".replace(",", "."),
                                expected=f"{MAX_CELL:,}",
                            )
                        )
    except UnicodeDecodeError:
        if sf.utf8_path is not None:
            return [unreadable(sf)], False
        # the head looked like UTF-8 but a later byte is Windows-1252
        try:
            sf.utf8_path = transcode_to_utf8(sf.path, scratch)
        except UnicodeDecodeError:
            return [unreadable(sf)], False
        return scan_csv(sf, scratch)
    sf.blank = blank
    if n_ragged > len(ragged):
        ragged.append(Problem(sf.label, msg="terlalu_banyak", detail=str(n_ragged - len(ragged))))
    return ragged + too_long, not too_long


def transcode_to_utf8(path: Path, scratch: Path) -> Path:
    """DuckDB cannot read Windows-1252 here (no encodings extension): copy it as UTF-8."""
    out = Path(tempfile.mkstemp(suffix=".csv", dir=scratch)[1])
    with (
        open(path, encoding="cp1252", errors="strict", newline="") as src,
        open(out, "w", encoding="utf-8", newline="") as dst,
    ):
        while chunk := src.read(1 << 22):
            dst.write(chunk)
    return out


# calamine's names of Excel's error values -> the text a cell shows
EXCEL_ERROR_CELLS = {
    "Div0": "#DIV/0!",
    "NA": "#N/A",
    "Name": "#NAME?",
    "Null": "#NULL!",
    "Num": "#NUM!",
    "Ref": "#REF!",
    "Value": "#VALUE!",
    "GettingData": "#GETTING_DATA",
}


def _xlsx_frame(sf: SourceFile):
    """The sheet as a Polars frame of strings (numbers as written, dates as ISO text).

    An error cell (`#DIV/0!`, `#N/A`, …) holds its error's text, never an empty value, so
    the checks refuse it in any column."""
    import fastexcel
    import polars as pl

    reader = fastexcel.read_excel(str(sf.path))
    batch, errors = reader.load_sheet(sf.sheet, dtypes="string").to_arrow_with_errors()
    frame = pl.from_arrow(batch)
    if isinstance(frame, pl.Series):
        frame = frame.to_frame()
    by_column: dict[int, list[tuple[int, str]]] = {}
    for error in errors.errors if errors else []:
        found = re.search(r"Error\((\w+)\)", error.detail)
        if found:
            row, col = error.offset_position
            text = EXCEL_ERROR_CELLS.get(found.group(1), "#" + found.group(1).upper())
            by_column.setdefault(col, []).append((row, text))
    for col, cells in by_column.items():
        name = frame.columns[col]
        series = frame[name].cast(pl.String).clone()
        series.scatter([r for r, _ in cells], [t for _, t in cells])
        frame = frame.with_columns(series.alias(name))
    return frame


def _parquet_header(sf: SourceFile) -> list[str]:
    import pyarrow.parquet as pq

    return list(pq.read_schema(sf.path).names)


# --- raw relations --------------------------------------------------------------------


def raw_select(
    con, sf: SourceFile, name: str, strict: bool = False, typed_dates: bool = False
) -> tuple[str, dict]:
    """SQL and parameters selecting the file's raw text, one VARCHAR column per contract
    column (NULL where the file lacks it), rows in file order — the importer relies on
    that order to name spreadsheet rows. An XLSX sheet is registered as `name`.

    `strict` (CSV): a row of another width than the header raises. `typed_dates` (CSV):
    the reader itself types date columns as `YYYY-MM-DD` and raises on any other text —
    the fast path's cheaper road."""
    table = TABLES[sf.table]
    by_name = {col: pos for pos, col in sf.columns.items()}
    params: dict = {}
    if sf.kind == "xlsx":
        frame = _xlsx_frame(sf)
        frame.columns = [f"c{i}" for i in range(frame.width)]
        con.register(name, frame.to_arrow())
        source = name
    elif sf.kind == "csv":
        dialect = CSV_STRICT if strict else CSV_DIALECT
        dates = (
            {pos for pos, col in sf.columns.items() if table.column(col).kind == "date"}
            if typed_dates
            else set()
        )
        source = (
            f"read_csv($path, {dialect}, columns = $columns, parallel = $parallel, dateformat = '%Y-%m-%d')"
        )
        params = {
            "path": str(sf.utf8_path or sf.path),
            "delim": sf.delimiter,
            "columns": {f"c{i}": "DATE" if i in dates else "VARCHAR" for i in range(sf.width)},
            "parallel": sf.parallel,
        }
    else:
        source = "read_parquet($path)"
        params = {"path": str(sf.path)}

    def ref(pos: int) -> str:
        return f"CAST(#{pos + 1} AS VARCHAR)" if sf.kind == "parquet" else f"c{pos}"

    cols = [
        f"{ref(by_name[c.name]) if c.name in by_name else 'NULL::VARCHAR'} AS {c.name}" for c in table.columns
    ]
    return f"SELECT {', '.join(cols)} FROM {source}", params
