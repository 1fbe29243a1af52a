"""Tiny import sources and ways to look at a database, shared by the import tests.

CLEAN holds one small, consistent source in the contract's clean form (`,`, UTF-8, ISO
dates, `true/false`, contract headers). The tests write it, or other forms of the same
rows, into tmp_path and compare the databases they import to.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import duckdb

from kinerja.ingest.importer import import_source
from kinerja.ingest.schema import LOAD_ORDER, TABLES
from kinerja.storage.store import Store

ROOT = Path(__file__).resolve().parents[1]

# table -> rows, the first row being the header; every value as the clean form writes it
CLEAN: dict[str, list[list[str]]] = {
    "wilayah": [["nama_wilayah", "kode_wilayah"], ["Kabupaten Contoh", "35.10"]],
    "opd": [
        ["kode_opd", "nama_opd", "jenis_opd", "aktif"],
        ["007", "Dinas Kesehatan – Kota", "dinas", "true"],
        ["DISDUK", "Dinas Kependudukan", "dinas", "true"],
        ["KEC-01", "Kecamatan Satu", "kecamatan", "false"],
    ],
    "layanan": [
        ["kode_layanan", "kode_opd", "nama_layanan", "sla_hari", "terintegrasi"],
        ["1020100", "007", "Izin Praktik", "5", "true"],
        ["L02", "DISDUK", "KTP Elektronik", "3", "false"],
    ],
    "permohonan": [
        ["id_permohonan", "kode_layanan", "tanggal_masuk", "tanggal_selesai", "kanal", "status"],
        ["P1", "1020100", "2025-01-05", "2025-01-07", "online", "selesai"],
        ["P2", "L02", "2025-02-10", "", "offline", "proses"],
        ["P3", "L02", "2025-03-01", "2025-03-12", "offline", "ditolak"],
    ],
    "skm": [
        ["id_responden", "kode_layanan", "tanggal", *(f"u{i}" for i in range(1, 10))],
        ["R1", "1020100", "2025-01-05", "4", "3", "3", "4", "2", "3", "4", "4", "1"],
        ["R2", "L02", "2025-11-30", "3", "3", "3", "3", "3", "3", "3", "3", "3"],
    ],
    "pegawai": [
        [
            "tahun",
            "id_pegawai",
            "kode_opd",
            "status_asn",
            "jenis_jabatan",
            "jenis_kelamin",
            "jp_pengembangan",
            "mutasi",
        ],
        ["2025", "A1", "007", "PNS", "fungsional", "L", "1234.5", "true"],
        ["2025", "A2", "DISDUK", "PPPK", "pelaksana", "P", "20", "false"],
        ["2024", "A1", "007", "PNS", "struktural", "L", "12", "false"],
    ],
    "tempat_kerja": [
        [
            "tahun",
            "kode_opd",
            "indeks_spbe",
            "surat_total",
            "surat_elektronik",
            "hari_kerja_total",
            "hari_kerja_fleksibel",
            "titik_layanan",
        ],
        ["2025", "007", "3.75", "1500", "1200", "240", "40", "5"],
        ["2025", "DISDUK", "", "", "", "", "", ""],
    ],
    "inovasi": [
        [
            "id_inovasi",
            "kode_opd",
            "nama_inovasi",
            "tahun",
            "bentuk",
            "digital",
            "tahapan",
            "tahap_lab",
            "inisiator",
        ],
        [
            "INO-1",
            "007",
            "Jemput Bola",
            "2025",
            "pelayanan_publik",
            "true",
            "penerapan",
            "design",
            "kepala_daerah",
        ],
        ["INO-2", "DISDUK", "Lapor", "2024", "tata_kelola", "false", "inisiatif", "", ""],
    ],
    "penghargaan": [
        ["id_penghargaan", "kode_opd", "id_inovasi", "nama_penghargaan", "tingkat", "tahun", "pemberi"],
        ["AW-1", "007", "INO-1", "Top 45", "nasional", "2025", "KemenPANRB"],
        ["AW-2", "DISDUK", "", "Juara", "provinsi", "2024", ""],
    ],
    "target": [
        ["kode_indikator", "tahun", "kode_opd", "nilai_target"],
        ["W5_ikm", "2025", "", "85"],
        ["W1_permohonan", "2025", "007", "1000"],
    ],
}


def csv_text(rows: list[list[str]], sep: str = ",", eol: str = "\n") -> str:
    return "".join(sep.join(r) + eol for r in rows)


def clean_files(*tables: str) -> dict[str, str]:
    """The clean CSV files of the given tables (all ten when none are named)."""
    return {f"{t}.csv": csv_text(CLEAN[t]) for t in (tables or LOAD_ORDER)}


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Write file name -> text (UTF-8) or bytes into folder; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every contract table, all rows in a fixed order, read through a read-only client."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.sql(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in LOAD_ORDER}
    finally:
        con.close()


def snapshot(db: Path) -> dict:
    """What must not change when an import is refused: the tables, history, the file."""
    st = db.stat()
    return {
        "tables": dump(db),
        "history": Store(db).history(),
        "file": (st.st_ino, st.st_size, st.st_mtime_ns, db.read_bytes()),
    }


def run_import(paths, db: Path, mode: str = "ganti", yakin: bool = False):
    paths = paths if isinstance(paths, list) else [paths]
    return import_source(paths, db, mode=mode, yakin=yakin)


def import_ok(paths, db: Path, mode: str = "ganti", yakin: bool = False):
    result = run_import(paths, db, mode, yakin)
    assert result.ok, "\n".join(p.line() for p in result.errors)
    return result


def error_lines(result) -> list[str]:
    return [p.line() for p in result.errors]


def warning_lines(result) -> list[str]:
    return [p.line() for p in result.warnings]


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kinerja", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def typed(table: str, column: str, text: str):
    """The clean text of one cell as the Python value a typed file (XLSX, Parquet) holds."""
    if text == "":
        return None
    kind = TABLES[table].column(column).kind
    if kind == "int":
        return int(text)
    if kind == "number":
        return float(text)
    if kind == "date":
        return dt.date.fromisoformat(text)
    if kind == "bool":
        return text == "true"
    return text
