"""Finding the tables in an import source and reading each as text columns.

A source is one or more files or folders. Each file (or workbook sheet) is matched to a
table by its name; its header is matched to the contract's columns. What comes out is a
`SourceFile` per table that can hand DuckDB a relation of raw text columns named by the
contract — the user's own header text and paths never reach SQL text, only bound
parameters do.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kinerja.ingest.messages import Problem
from kinerja.ingest.schema import TABLES

SUFFIXES = {".csv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".parquet": "parquet"}


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

    @property
    def decimal_comma(self) -> bool:
        return self.kind == "csv" and self.delimiter == ";"


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
    except Exception as exc:  # fastexcel raises its own error family per failure kind
        problems.append(Problem(path.name, msg="tak_terbaca", kind="xlsx", detail=str(exc)[:200]))
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


def unreadable(sf: SourceFile, exc: Exception) -> Problem:
    detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
    return Problem(sf.label, msg="tak_terbaca", kind=sf.kind, detail=detail)


# --- headers --------------------------------------------------------------------------


def read_header(sf: SourceFile, scratch: Path) -> list[Problem]:
    """Read the header of one file and map its columns to the contract's names."""
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


def _xlsx_frame(sf: SourceFile):
    """The sheet as a Polars frame of strings (numbers as written, dates as ISO text)."""
    import fastexcel

    reader = fastexcel.read_excel(str(sf.path))
    return reader.load_sheet(sf.sheet, dtypes="string").to_polars()


def _parquet_header(sf: SourceFile) -> list[str]:
    import pyarrow.parquet as pq

    return list(pq.read_schema(sf.path).names)


# --- raw relations --------------------------------------------------------------------


def raw_select(con, sf: SourceFile, name: str) -> tuple[str, dict]:
    """SQL and parameters selecting the file's raw text, one VARCHAR column per contract
    column (NULL where the file lacks it), rows in file order — the importer relies on
    that order to name spreadsheet rows. An XLSX sheet is registered as `name`."""
    table = TABLES[sf.table]
    by_name = {col: pos for pos, col in sf.columns.items()}
    params: dict = {}
    if sf.kind == "xlsx":
        frame = _xlsx_frame(sf)
        frame.columns = [f"c{i}" for i in range(frame.width)]
        con.register(name, frame.to_arrow())
        source = name
    elif sf.kind == "csv":
        source = (
            "read_csv($path, all_varchar = true, header = true, delim = $delim, "
            "quote = '\"', names = $names, null_padding = true, strict_mode = false, "
            "parallel = $parallel)"
        )
        params = {
            "path": str(sf.utf8_path or sf.path),
            "delim": sf.delimiter,
            "names": [f"c{i}" for i in range(sf.width)],
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
