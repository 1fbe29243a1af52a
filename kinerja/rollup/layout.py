"""The published folder: one Hive-partitioned dataset per summary table, and one small
manifest per region naming its current files.

    DIR/ringkas_permohonan/kode_wilayah=35.10/<generasi>.parquet
    DIR/ringkas_skm/kode_wilayah=35.10/<generasi>.parquet
    ...
    DIR/_manifest/35.10.json

A republish writes a new generation of files beside the old ones, then replaces the
region's manifest atomically (`os.replace`): a reader that goes through the manifests sees
each region whole, old or new, and no region ever touches another's files or manifest, so
regions may publish at the same time. The previous generation is kept until the next
publish, for readers still holding the old manifest; one that finds a file gone reads the
manifests again (`Snapshot.changed`). Folders starting with `_` are skipped by Hive readers.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

FORMAT = 1  # of the files and manifests; a reader refuses any other
MANIFESTS = "_manifest"
PARTITION = "kode_wilayah"
# a Kemendagri code (35, 35.10, 35.10.01) or another plain code: it names folders and files
CODE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,31}")


class RollupError(Exception):
    """A publication that cannot be written or read; the text is bilingual."""


def valid_code(code: str | None) -> bool:
    return bool(code) and CODE.fullmatch(code) is not None and ".." not in code


def dataset(summary: str) -> str:
    """The folder of a summary table: `_ringkas_skm` -> `ringkas_skm`."""
    return summary.lstrip("_")


def partition_dir(root: Path, summary: str, code: str) -> Path:
    return root / dataset(summary) / f"{PARTITION}={code}"


def manifest_path(root: Path, code: str) -> Path:
    return root / MANIFESTS / f"{code}.json"


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` with `text` so that a reader sees the old content or the new, whole."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_manifest(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


@dataclass(frozen=True)
class Region:
    code: str
    name: str | None
    files: dict[str, str]  # summary table -> file path relative to the folder
    published: str  # when, ISO 8601


@dataclass(frozen=True)
class Snapshot:
    """Every region's manifest as read at one moment."""

    root: Path
    regions: tuple[Region, ...]
    seen: tuple  # (manifest name, (inode, mtime)) of each: to notice a republish

    def files(self, summary: str) -> list[str]:
        """Absolute paths of one summary table's current files, region by region."""
        return [str(self.root / r.files[summary]) for r in self.regions]

    def changed(self) -> bool:
        return stamps(self.root) != self.seen


def stamps(root: Path) -> tuple:
    folder = root / MANIFESTS
    if not folder.is_dir():
        return ()
    return tuple(sorted((p.name, _stat(p)) for p in folder.glob("*.json")))


def snapshot(root: Path, tables) -> Snapshot:
    """The current publication of every region in `root`; RollupError when there is none, or
    a region's format is not this Kinerja's or lacks one of `tables`."""
    root = Path(root)
    if not (root / MANIFESTS).is_dir():
        raise RollupError(
            f"Tidak ada terbitan di {root}: folder {MANIFESTS}/ tidak ditemukan; terbitkan dulu dengan "
            f"python -m kinerja terbitkan --out {root} (no published region in this folder)"
        )
    while True:
        seen = stamps(root)
        regions = []
        for path in sorted((root / MANIFESTS).glob("*.json")):
            manifest = read_manifest(path)
            if manifest is not None:
                regions.append(_region(path, manifest, tables))
        if stamps(root) == seen:  # no manifest replaced while they were read
            break
    if not regions:
        raise RollupError(f"Tidak ada terbitan di {root} (no published region in this folder)")
    return Snapshot(root, tuple(regions), seen)


def _region(path: Path, manifest: dict, tables) -> Region:
    version = manifest.get("format")
    if version != FORMAT:
        raise RollupError(
            f"{path.name}: terbitan berformat {version!r}, Kinerja ini membaca format {FORMAT}; "
            "terbitkan ulang wilayah itu dengan Kinerja versi ini "
            f"(published in format {version!r}, this Kinerja reads format {FORMAT}; republish it)"
        )
    files = manifest.get("tabel", {})
    missing = [t for t in tables if dataset(t) not in files]
    if missing:
        raise RollupError(
            f"{path.name}: terbitan tidak memuat {', '.join(map(dataset, missing))} "
            "(the publication lacks these tables; republish it)"
        )
    code = manifest.get(PARTITION)
    names = [files[dataset(t)]["berkas"] for t in tables]
    if not valid_code(code) or path.stem != code or any(not _inside(n, code) for n in names):
        raise RollupError(
            f"{path.name}: manifest tidak sah (kode atau nama berkas di luar partisinya); terbitkan ulang "
            "wilayah itu (an invalid manifest: its code or file names lie outside its partition)"
        )
    return Region(
        code=code,
        name=manifest.get("nama_wilayah"),
        files={t: files[dataset(t)]["berkas"] for t in tables},
        published=manifest.get("diterbitkan", ""),
    )


def _stat(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except FileNotFoundError:  # replaced between listing and looking
        return (0, 0)
    return st.st_ino, st.st_mtime_ns


def _inside(name: str, code: str) -> bool:
    """A manifest names only files of its own region's partitions, relative to the folder."""
    parts = Path(name).parts
    return (
        not Path(name).is_absolute()
        and len(parts) == 3
        and parts[1] == f"{PARTITION}={code}"
        and ".." not in parts
    )
