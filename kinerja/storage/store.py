"""The database file, its versions, the import history and rollback.

Every published database file is immutable. An import builds a new file, checkpoints
and closes it, then swaps it in atomically: the live path (`data/kinerja.duckdb`) is a
hard link to one version in `<db>.riwayat/`, and `os.replace` moves the live name to
the next version in one step. Readers in other processes hold the old inode until they
reopen, so they see the old data or the new, never a mix, and no process ever holds
the live file read-write (DuckDB's cross-process lock would block every reader).
Rolling back links an earlier version under the live name the same way.

A build not yet published (`baru-<pid>-*.duckdb`, the app's prepared import waiting for
its commit) is never a version: rollback and history only know `v*.duckdb`. One left
behind is removed by the next prepare or publish once older than PENDING_TTL, or at once
when the process that built it is gone (an import killed half-way); so are the scratch
folders and half-made links such an import leaves.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import getpass
import hashlib
import json
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

DEFAULT_DB = "data/kinerja.duckdb"
KEEP_VERSIONS = 6  # database states kept for rollback (the live one included)
PENDING_TTL = 3600  # seconds a built, uncommitted import is kept
BUILD_PREFIX = "baru-"
SCRATCH_PREFIX = "kerja-"


def default_db_path() -> Path:
    return Path(os.environ.get("KINERJA_DB") or DEFAULT_DB)


class NothingToRollBack(Exception):
    pass


class StoreUnwritable(Exception):
    """The database's folder cannot be written: no permission, a read-only or full disk,
    or a file where the folder should be."""

    REASONS = {
        errno.EACCES: ("tidak ada izin menulis", "no permission to write"),
        errno.EPERM: ("tidak ada izin menulis", "no permission to write"),
        errno.EROFS: ("disknya hanya-baca", "the disk is read-only"),
        errno.ENOSPC: ("disknya penuh", "the disk is full"),
        errno.EDQUOT: ("kuota disk habis", "the disk quota is used up"),
        errno.ENOTDIR: ("ada berkas di tempat foldernya", "a file is where the folder should be"),
        errno.EEXIST: ("ada berkas di tempat foldernya", "a file is where the folder should be"),
    }

    def __init__(self, folder: Path, exc: BaseException | None = None):
        self.folder = Path(folder)
        code = getattr(exc, "errno", None)
        self.reason = self.REASONS.get(
            code, ("folder itu tidak dapat ditulis", "that folder cannot be written")
        )
        super().__init__(f"{self.folder}: {self.reason[1]}")

    def line(self, with_folder: bool = True) -> str:
        """The refusal as one line, Indonesian first; the folder is named for the server's
        admin (the command line), never to a user of the app."""
        where_id = f" di {self.folder}" if with_folder else ""
        where_en = f" in {self.folder}" if with_folder else ""
        return (
            f"Basis data tidak dapat ditulis{where_id}: {self.reason[0]}; tidak ada yang diubah. "
            "Minta admin server memberi izin tulis pada folder itu, atau pilih folder lain dengan --db. "
            f"(The database cannot be written{where_en}: {self.reason[1]}; nothing was changed. Ask the "
            "server's admin for write access to that folder, or choose another one with --db.)"
        )


class StaleImport(Exception):
    """The live data changed (another import or a rollback) since the import was
    prepared, or the prepared file expired: prepare it again."""


@dataclass
class Store:
    path: Path

    def __post_init__(self):
        self.path = Path(self.path)

    @property
    def dir(self) -> Path:
        return self.path.with_name(self.path.name + ".riwayat")

    @property
    def history_file(self) -> Path:
        return self.dir / "riwayat.json"

    @contextlib.contextmanager
    def writing(self):
        """One writer at a time (imports and rollbacks), across processes.

        Raises StoreUnwritable, before anything is changed, when the folders of the
        database and its versions cannot be written."""
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fh = open(self.dir / ".kunci", "w")  # noqa: SIM115 (held for the whole block)
        except OSError as exc:
            raise StoreUnwritable(self.dir if self.dir.parent.is_dir() else self.path.parent, exc) from exc
        with fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                self._check_writable()
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _check_writable(self) -> None:
        """Both folders take a new file (a lock file opens where a new file cannot)."""
        for folder in (self.dir, self.path.parent):
            probe = folder / f".tulis-{os.getpid()}-{uuid.uuid4().hex}"
            try:
                probe.touch()
                probe.unlink()
            except OSError as exc:
                raise StoreUnwritable(folder, exc) from exc

    def build_path(self) -> Path:
        """A fresh file name for a database under construction, naming its process."""
        self.dir.mkdir(parents=True, exist_ok=True)
        return self.dir / f"{BUILD_PREFIX}{os.getpid()}-{uuid.uuid4().hex}.duckdb"

    def scratch_prefix(self) -> str:
        """Prefix of an import's scratch folder in `dir` (it lives only under the lock)."""
        return f"{SCRATCH_PREFIX}{os.getpid()}-"

    def discard(self, built: Path) -> None:
        self.discard_built(built)

    @staticmethod
    def discard_built(built: Path) -> None:
        for p in (built, Path(str(built) + ".wal")):
            p.unlink(missing_ok=True)

    def prune_pending(self, ttl: float = PENDING_TTL) -> list[Path]:
        """Remove what no running import needs. Call with the writer lock held.

        - builds never published (with their write-ahead log and spill folder): once
          older than `ttl` seconds, or at once when the process that built them is gone;
        - scratch folders and half-made links: they live only while a writer holds the
          lock, so any found now was left by an import that was killed."""
        if not self.dir.exists():
            return []
        limit = time.time() - ttl
        removed = []
        leftovers = [*self.dir.iterdir(), *self.path.parent.glob(f".{self.path.name}.*")]
        for p in leftovers:
            try:
                if p.name.startswith(BUILD_PREFIX):
                    if p.stat().st_mtime >= limit and _owner_alive(p.name):
                        continue
                elif not (p.name.startswith((SCRATCH_PREFIX, "tmp", ".tulis-")) or p.parent != self.dir):
                    continue
                if p.is_dir():
                    shutil.rmtree(p, ignore_errors=True)
                else:
                    p.unlink(missing_ok=True)
                removed.append(p)
            except FileNotFoundError:  # removed meanwhile by its owner
                continue
        return removed

    def state(self) -> tuple:
        """What identifies the live data: the live file and the history. An import or
        rollback changes it; a prepared import may only be committed on the same state."""
        try:
            st = self.path.stat()
            live = (st.st_ino, st.st_dev, st.st_size, st.st_mtime_ns)
        except FileNotFoundError:
            live = None
        try:
            history = self.history_file.read_bytes()
        except FileNotFoundError:
            history = b""
        return live, hashlib.sha256(history).hexdigest()

    # --- history ------------------------------------------------------------------

    def history(self) -> list[dict]:
        """Imports, newest first."""
        if not self.history_file.exists():
            return []
        return list(reversed(json.loads(self.history_file.read_text(encoding="utf-8"))))

    def _write_history(self, newest_first: list[dict]) -> None:
        tmp = self.history_file.with_suffix(".tmp")
        tmp.write_text(
            json.dumps(list(reversed(newest_first)), ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
        os.replace(tmp, self.history_file)

    # --- versions -----------------------------------------------------------------

    def _version_files(self) -> list[Path]:
        return sorted(self.dir.glob("v*.duckdb"))

    def _next_version(self) -> Path:
        numbers = [int(p.stem[1:]) for p in self._version_files() if p.stem[1:].isdigit()]
        return self.dir / f"v{max(numbers, default=0) + 1:05d}.duckdb"

    def _live_version(self) -> Path | None:
        """The version file the live path links to; the live file itself is adopted as a
        version if it came from elsewhere (so the first rollback can return to it)."""
        if not self.path.exists():
            return None
        live = self.path.stat()
        for p in self._version_files():
            st = p.stat()
            if (st.st_ino, st.st_dev) == (live.st_ino, live.st_dev):
                return p
        adopted = self._next_version()
        _link_or_copy(self.path, adopted)
        return adopted

    def _point_live_to(self, version: Path) -> None:
        tmp = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex}")
        _link_or_copy(version, tmp)
        os.replace(tmp, self.path)
        # a stale write-ahead log beside the live name would be replayed into the new file
        Path(str(self.path) + ".wal").unlink(missing_ok=True)

    def publish(self, built: Path, entry: dict) -> dict:
        """Swap the built database in as the live one and record the import."""
        if Path(str(built) + ".wal").exists():
            raise RuntimeError(f"{built} still has a write-ahead log; it was not checkpointed")
        before = self._live_version()
        version = self._next_version()
        os.replace(built, version)
        self._point_live_to(version)
        history = self.history()
        entry = {
            "id": max((e["id"] for e in history), default=0) + 1,
            "waktu": datetime.now().astimezone().isoformat(timespec="seconds"),
            "oleh": _user(),
            **entry,
            "versi": version.name,
            "sebelum": before.name if before else None,
            "dibatalkan": None,
        }
        self._write_history([entry, *history])
        self._prune()
        self.prune_pending()
        return entry

    def rollback(self, empty_builder, user: str | None = None) -> dict:
        """Restore the state before the latest import not yet rolled back.

        `empty_builder(path)` writes an empty database, for rolling back the first import.
        Takes the writer lock, so it never interleaves with an import; `user` is recorded
        as `dibatalkan_oleh`.
        """
        if not self.history_file.exists():
            raise NothingToRollBack
        with self.writing():
            history = self.history()
            entry = next((e for e in history if not e.get("dibatalkan")), None)
            if entry is None:
                raise NothingToRollBack
            before = entry.get("sebelum")
            if before is None:
                built = self.build_path()
                try:
                    empty_builder(built)
                    target = self._next_version()
                    os.replace(built, target)
                finally:
                    self.discard(built)
            else:
                target = self.dir / before
                if not target.exists():
                    raise FileNotFoundError(target.name)
            self._point_live_to(target)
            entry["dibatalkan"] = datetime.now().astimezone().isoformat(timespec="seconds")
            entry["dibatalkan_oleh"] = user or _user()
            self._write_history(history)
            return entry

    def _prune(self) -> None:
        """Keep the newest versions; a version still named as live is never removed."""
        live = self._live_version()
        for p in self._version_files()[:-KEEP_VERSIONS]:
            if p != live:
                p.unlink(missing_ok=True)


def _owner_alive(name: str) -> bool:
    """Whether the process named in a build's file name (`baru-<pid>-…`) still runs."""
    pid = name.removeprefix(BUILD_PREFIX).split("-", 1)[0]
    if not pid.isdigit():
        return True  # an older name without a process: only its age counts
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:  # a file system without hard links
        shutil.copy2(src, dst)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "?"
