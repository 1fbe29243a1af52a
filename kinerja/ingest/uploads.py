"""Uploaded files into a source folder for the importer, safely.

An uploaded name is only ever a label: it is reduced to a safe base name (letters,
digits, space, `_ . -`; no leading dot; capped in length) and each upload is written
into its own numbered folder under the caller's empty temporary folder, so two uploads
of one name cannot overwrite each other, and nothing is written outside that folder.
A ZIP is read in Python member by member: folders are flattened, hidden files and
`__MACOSX` skipped, absolute or `..` names refused, and the size and count limits are
enforced while decompressing, so a ZIP bomb stops at the limit.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from kinerja.ingest.messages import Problem


def _env_limit() -> int:
    try:
        value = int(os.environ.get("KINERJA_MAX_UPLOAD_MB", "200"))
    except ValueError:
        return 200
    return value if value > 0 else 200


MAX_UPLOAD_MB: int = _env_limit()  # per upload, and per ZIP once decompressed
MAX_ZIP_FILES = 50  # files taken from one ZIP
# An XLSX is itself a ZIP, read whole into memory: its parts may expand to this many times
# the upload limit (real exports compress about 5–10 times; a crafted one far more).
XLSX_EXPANSION = 5
MAX_NAME = 80  # characters of a safe name, extension included
DATA_SUFFIXES = (".csv", ".xlsx", ".xlsm", ".parquet")
UPLOAD_SUFFIXES = (*DATA_SUFFIXES, ".zip")
CHUNK = 1 << 20

_UNSAFE = re.compile(r"[^\w .\-]+")  # \w: letters, digits and _ (Unicode letters too)


def safe_name(name: str) -> str:
    """The last component of `name` reduced to safe characters, e.g.
    `../../Data Januari/opd (1).CSV` -> `opd _1_.CSV`. Never empty, never a dot file."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFKC", str(name)))[-1]
    base = "".join(ch for ch in base if ch.isprintable())
    base = _UNSAFE.sub("_", base).strip(" .")
    base = re.sub(r"\s+", " ", base)
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = stem.strip(" .") or "berkas"
    ext = ext[:10]
    room = MAX_NAME - (len(ext) + 1 if ext else 0)
    stem = stem[:room].rstrip(" .") or "berkas"
    return f"{stem}.{ext}" if ext else stem


def prepare_uploads(
    uploads: Iterable[tuple[str, bytes | BinaryIO]],
    dest: Path,
    max_mb: int | None = None,
    max_files: int = MAX_ZIP_FILES,
) -> tuple[list[Path], list[Problem]]:
    """Write the uploads (name, content) under `dest` (an empty folder the caller owns
    and removes) and return the files to import, in upload order, and the problems.

    Problems name the upload by its safe name (`arsip.zip/opd.csv` for a ZIP member)."""
    dest = Path(dest)
    limit = (max_mb if max_mb is not None else MAX_UPLOAD_MB) * 1024 * 1024
    mb = str(max_mb if max_mb is not None else MAX_UPLOAD_MB)
    files: list[Path] = []
    problems: list[Problem] = []
    slots = _Slots(dest)
    for name, content in uploads:
        label = safe_name(name)
        suffix = Path(label).suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            problems.append(Problem(label, msg="unggah_jenis", value=_shown(name)))
            continue
        target = slots.next() / label
        if not _write_capped(_chunks(content), target, limit):
            problems.append(Problem(label, msg="unggah_terlalu_besar", detail=mb))
            continue
        if suffix == ".zip":
            got, found = _extract(target, label, slots, limit, mb, max_files)
            target.unlink(missing_ok=True)
            target.parent.rmdir()
            files += got
            problems += found
        else:
            files.append(target)
    for path in [f for f in files if f.suffix.lower() in (".xlsx", ".xlsm")]:
        if _expands_beyond(path, XLSX_EXPANSION * limit):
            files.remove(path)
            path.unlink(missing_ok=True)
            problems.append(
                Problem(path.name, msg="xlsx_terlalu_besar", detail=str(XLSX_EXPANSION * int(mb)))
            )
    return files, problems


def _expands_beyond(path: Path, limit: int) -> bool:
    """Whether the workbook's parts, by the sizes its ZIP directory declares, exceed
    `limit` bytes. A workbook that is no ZIP at all is left to the reader's own error."""
    try:
        with zipfile.ZipFile(path) as zf:
            return sum(info.file_size for info in zf.infolist()) > limit
    except (zipfile.BadZipFile, OSError):
        return False


class _Slots:
    """Numbered folders under dest: 001, 002, ..."""

    def __init__(self, dest: Path):
        self.dest = dest
        self.n = 0

    def next(self) -> Path:
        self.dest.mkdir(parents=True, exist_ok=True)
        while True:  # a folder already there (dest not empty after all) is never reused
            self.n += 1
            folder = self.dest / f"{self.n:03d}"
            try:
                folder.mkdir()
            except FileExistsError:
                continue
            return folder


def _shown(name: str) -> str:
    """An uploaded name as it may appear in a message (never as a path)."""
    text = "".join(ch if ch.isprintable() else "?" for ch in str(name))
    return text[:120] + ("…" if len(text) > 120 else "")


def _chunks(content: bytes | BinaryIO) -> Iterable[bytes]:
    if isinstance(content, bytes | bytearray | memoryview):
        view = memoryview(content)
        for i in range(0, len(view), CHUNK):
            yield bytes(view[i : i + CHUNK])
        return
    if hasattr(content, "seek"):
        with contextlib.suppress(OSError, io.UnsupportedOperation):
            content.seek(0)
    while chunk := content.read(CHUNK):
        yield chunk


def _write_capped(chunks: Iterable[bytes], target: Path, limit: int, budget: list[int] | None = None) -> bool:
    """Write chunks to target; False (and nothing left behind) once more than `limit`
    bytes came, or more than what is left in `budget[0]` when given."""
    written = 0
    cap = limit if budget is None else min(limit, budget[0])
    with open(target, "xb") as out:
        for chunk in chunks:
            written += len(chunk)
            if written > cap:
                break
            out.write(chunk)
    if written > cap:
        target.unlink(missing_ok=True)
        return False
    if budget is not None:
        budget[0] -= written
    return True


def _member_chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterable[bytes]:
    with zf.open(info) as fh:
        while chunk := fh.read(CHUNK):
            yield chunk


def _extract(
    archive: Path, label: str, slots: _Slots, limit: int, mb: str, max_files: int
) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    problems: list[Problem] = []
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError):
        return [], [Problem(label, msg="zip_rusak")]
    budget = [limit]  # decompressed bytes left for this ZIP
    with zf:
        for info in zf.infolist():
            raw = info.filename
            parts = [p for p in re.split(r"[\\/]", raw) if p]
            if info.is_dir() or not parts:
                continue
            if _unsafe_path(raw, parts):
                problems.append(Problem(f"{label}/{safe_name(raw)}", msg="zip_jalur", value=_shown(raw)))
                continue
            if any(p == "__MACOSX" or p.startswith(".") for p in parts):
                continue
            member = safe_name(parts[-1])
            where = f"{label}/{member}"
            if Path(member).suffix.lower() not in DATA_SUFFIXES:
                problems.append(Problem(where, msg="zip_diabaikan", warning=True))
                continue
            if len(files) >= max_files:
                problems.append(Problem(label, msg="zip_terlalu_banyak", detail=str(max_files)))
                break
            if info.flag_bits & 0x1:
                problems.append(Problem(where, msg="zip_terenkripsi"))
                continue
            if info.file_size > budget[0]:  # the header already says it is too big
                problems.append(Problem(label, msg="zip_terlalu_besar", detail=mb))
                break
            target = slots.next() / member
            try:
                ok = _write_capped(_member_chunks(zf, info), target, limit, budget)
            except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, RuntimeError):
                target.unlink(missing_ok=True)
                problems.append(Problem(where, msg="zip_rusak"))
                continue
            if not ok:  # the header lied: stopped at the limit
                problems.append(Problem(label, msg="zip_terlalu_besar", detail=mb))
                break
            files.append(target)
    return files, problems


def _unsafe_path(raw: str, parts: list[str]) -> bool:
    return (
        raw.startswith(("/", "\\"))
        or bool(re.match(r"^[A-Za-z]:", raw))
        or any(p == ".." for p in parts)
        or "\x00" in raw
    )
