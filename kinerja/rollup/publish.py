"""`terbitkan`: this region's summary tables as Hive-partitioned Parquet (contract section 7).

What leaves the regency is exactly the summaries its own indicator queries read
(queries/ringkas_*.sql): counts and sums per service, month, channel, status and days
taken; survey sums per element; workforce counts and JP totals per OPD; the catalogues
and targets. `FORBIDDEN` columns never appear; a test reads every published file.
"""

from __future__ import annotations

import fcntl
import json
import os
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from kinerja.rollup import layout
from kinerja.rollup.layout import FORMAT, PARTITION, RollupError
from kinerja.sql import SUMMARIES

FORBIDDEN = ("id_pegawai", "id_permohonan", "id_responden")


@dataclass(frozen=True)
class Published:
    code: str
    name: str | None
    rows: dict[str, int]  # dataset -> rows
    bytes: int


def publish(con, root: Path) -> Published:
    """Write this region's summaries from the database `con` (read-only, summaries ensured,
    see kinerja.storage.db) into `root`, replacing only this region's publication."""
    code, name = _region(con)
    root = Path(root)
    (root / layout.MANIFESTS).mkdir(parents=True, exist_ok=True)
    generation = uuid.uuid4().hex
    with _locked(root, code):
        old = layout.read_manifest(layout.manifest_path(root, code)) or {}
        tables, size = {}, 0
        for summary in SUMMARIES:
            rel_path, rows, nbytes = _write(con, root, summary, code, generation)
            tables[layout.dataset(summary)] = {"berkas": rel_path, "baris": rows}
            size += nbytes
        manifest = {
            "format": FORMAT,
            PARTITION: code,
            "nama_wilayah": name,
            "generasi": generation,
            "diterbitkan": datetime.now(UTC).isoformat(timespec="seconds"),
            "tabel": tables,
        }
        layout.write_atomically(
            layout.manifest_path(root, code), json.dumps(manifest, ensure_ascii=False, indent=1)
        )
        _prune(root, code, keep=_files(manifest) | _files(old))
    return Published(code, name, {t: v["baris"] for t, v in tables.items()}, size)


def _region(con) -> tuple[str, str | None]:
    rows = con.sql("SELECT kode_wilayah, nama_wilayah FROM wilayah").fetchall()
    code = rows[0][0].strip() if len(rows) == 1 and rows[0][0] else None
    if not code:
        raise RollupError(
            "Tabel wilayah belum memuat kode_wilayah (kode Kemendagri, mis. 35.10): impor wilayah.csv "
            "dengan kolom nama_wilayah dan kode_wilayah dulu (the region needs wilayah.kode_wilayah "
            "before it can publish)"
        )
    if not layout.valid_code(code):
        raise RollupError(
            f"kode_wilayah '{code}' tidak dapat dipakai sebagai nama partisi: hanya huruf, angka, "
            "titik, '-' dan '_' (kode_wilayah must be letters, digits, dots, '-' or '_')"
        )
    return code, rows[0][1]


def _write(con, root: Path, summary: str, code: str, generation: str) -> tuple[str, int, int]:
    """One summary, without its kode_wilayah column (the partition folder carries it)."""
    folder = layout.partition_dir(root, summary, code)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{generation}.parquet"
    tmp = folder / f".{generation}.parquet.tmp"
    reader = con.sql(f"SELECT * EXCLUDE ({PARTITION}) FROM {summary}").arrow()
    schema = reader.schema.with_metadata(
        {b"kinerja.format": str(FORMAT).encode(), b"kinerja.tabel": summary.encode()}
    )
    clash = [c for c in schema.names if c in FORBIDDEN]
    if clash:  # the summaries are written never to hold them; this guards the guard
        raise RollupError(
            f"{summary} memuat kolom identitas {clash} (identity columns must not be published)"
        )
    rows = 0
    with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
        for batch in reader:
            writer.write_batch(pa.RecordBatch.from_arrays(batch.columns, schema=schema))
            rows += batch.num_rows
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    return final.relative_to(root).as_posix(), rows, final.stat().st_size


def _files(manifest: dict) -> set[str]:
    return {entry["berkas"] for entry in manifest.get("tabel", {}).values()}


def _prune(root: Path, code: str, keep: set[str]) -> None:
    """Remove this region's files that neither the new nor the previous manifest names
    (older generations, and leftovers of a publish that was interrupted)."""
    for summary in SUMMARIES:
        folder = layout.partition_dir(root, summary, code)
        for path in folder.iterdir():
            if path.relative_to(root).as_posix() not in keep:
                path.unlink(missing_ok=True)


@contextmanager
def _locked(root: Path, code: str):
    """One publisher per region at a time (another region's publisher never waits)."""
    with open(root / layout.MANIFESTS / f".{code}.lock", "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
