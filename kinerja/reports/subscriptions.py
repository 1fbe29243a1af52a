"""Subscriptions: who gets which report, how often, and what their last message reported.

They live in `<db>.langganan.json`, beside the database file and outside the versions an
import or a rollback swaps (kinerja.storage.store), so neither ever loses one. Every change
rewrites the file atomically (a temporary file, then `os.replace`) under an exclusive lock
held across read, change and write, so two processes never lose each other's changes. No
password or server setting is ever stored here.

Times are stored as ISO text with their offset, in Jakarta time (WIB, `+07:00`): when a
subscription was made (`dibuat`) and when its last message was accepted
(`terakhir_dikirim`); wherever a time is shown it is shown in WIB (`wib`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import re
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

try:
    from zoneinfo import ZoneInfo

    JAKARTA: dt.tzinfo = ZoneInfo("Asia/Jakarta")
except Exception:  # no time zone data on the machine: WIB has had no daylight saving since 1964
    JAKARTA = dt.timezone(dt.timedelta(hours=7), "WIB")

JADWAL = ("harian", "mingguan", "bulanan", "saat-berubah")
LAMPIRAN = ("pdf", "pptx", "kartu")
DEFAULT_LAMPIRAN = ("pdf",)
BAHASA = ("id", "en")

# one @, a non-empty local part, a domain with a dot (not at either end), no spaces
_ADDRESS = re.compile(r"[^@\s]+@[^@\s.][^@\s]*\.[^@\s]*[^@\s.]")


class SubscriptionError(ValueError):
    """A subscription that cannot be stored or found; the text is bilingual."""


def valid_address(addr: str) -> bool:
    return bool(_ADDRESS.fullmatch(addr)) and ".." not in addr.split("@")[1]


@dataclass
class Subscription:
    id: int
    email: list[str]
    jadwal: str
    opd: list[str] = field(default_factory=list)
    jenis_opd: list[str] = field(default_factory=list)
    bahasa: str = "id"
    lampiran: list[str] = field(default_factory=lambda: list(DEFAULT_LAMPIRAN))
    dibuat: str | None = None  # ISO time in WIB, with its offset
    terakhir_dikirim: str | None = None  # ISO time in WIB the server last accepted its message
    # what that message reported, for `saat-berubah` (kinerja.reports.schedule.statuses)
    status_terakhir: dict | None = None

    def as_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Subscription:
        known = cls.__dataclass_fields__
        sub = cls(**{k: v for k, v in data.items() if k in known})
        # a file written before times were kept in WIB held `dibuat` in the machine's zone
        made = dt.datetime.fromisoformat(sub.dibuat) if sub.dibuat else None
        if made is not None and made.tzinfo is not None:
            sub.dibuat = iso_wib(made)
        return sub

    def sent_at(self) -> dt.datetime | None:
        return dt.datetime.fromisoformat(self.terakhir_dikirim) if self.terakhir_dikirim else None


def check(
    email: list[str], jadwal: str, bahasa: str = "id", lampiran: list[str] | tuple[str, ...] = ()
) -> list[str]:
    """What is wrong with a subscription's own fields, one bilingual line each (the
    filters are checked against the database by the caller)."""
    problems = []
    if not email:
        problems.append("Minimal satu alamat e-mail (at least one e-mail address)")
    for addr in email:
        if not valid_address(addr):
            problems.append(
                f"Bukan alamat e-mail: '{addr}' — harus satu @, nama sebelum @, domain bertitik, "
                "tanpa spasi (not an e-mail address)"
            )
    if jadwal not in JADWAL:
        problems.append(f"Jadwal tidak dikenal: '{jadwal}'; pilihan: {', '.join(JADWAL)} (unknown schedule)")
    if bahasa not in BAHASA:
        problems.append(f"Bahasa tidak dikenal: '{bahasa}'; pilihan: id, en (unknown language)")
    for item in lampiran:
        if item not in LAMPIRAN:
            problems.append(
                f"Lampiran tidak dikenal: '{item}'; pilihan: {', '.join(LAMPIRAN)} (unknown attachment)"
            )
    return problems


def store_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".langganan.json")


class Subscriptions:
    """The subscriptions of one database, in `<db>.langganan.json`."""

    def __init__(self, db_path: str | Path):
        self.path = store_path(db_path)
        self._lock_path = self.path.with_name(self.path.name + ".kunci")
        self._next_id = 1

    @contextlib.contextmanager
    def locked(self):
        """One changer at a time across processes; yields the list to change in place,
        written back (atomically) when the block ends without an exception."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self._lock_path, "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                subs, self._next_id = self._read()
                yield subs
                self._write(subs)
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def all(self) -> list[Subscription]:
        return self._read()[0]

    def _read(self) -> tuple[list[Subscription], int]:
        """The subscriptions and the next id (ids are never reused, so a removed one is
        never mistaken for a new one)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return [], 1
        except (ValueError, UnicodeDecodeError) as exc:
            raise SubscriptionError(
                f"Berkas langganan rusak: {self.path}: {exc}; pulihkan dari cadangan atau hapus berkasnya "
                "(the subscriptions file is damaged; restore it from a backup or remove it)"
            ) from None
        subs = [Subscription.from_json(d) for d in data.get("langganan", [])]
        return subs, max(data.get("berikutnya", 1), max((s.id for s in subs), default=0) + 1)

    def get(self, sub_id: int) -> Subscription | None:
        return next((s for s in self.all() if s.id == sub_id), None)

    def _write(self, subs: list[Subscription]) -> None:
        tmp = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex}")
        next_id = max(self._next_id, max((s.id for s in subs), default=0) + 1)
        body = {"versi": 1, "berikutnya": next_id, "langganan": [s.as_json() for s in subs]}
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(body, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def add(
        self,
        email: list[str],
        jadwal: str,
        opd: list[str] | tuple[str, ...] = (),
        jenis_opd: list[str] | tuple[str, ...] = (),
        bahasa: str = "id",
        lampiran: list[str] | tuple[str, ...] = (),
    ) -> Subscription:
        """Store a new subscription (its fields checked; its filters must have been
        resolved against the database by the caller) and return it with its id."""
        problems = check(email, jadwal, bahasa, lampiran)
        if problems:
            raise SubscriptionError("\n".join(problems))
        with self.locked() as subs:
            sub = Subscription(
                id=self._next_id,
                email=list(dict.fromkeys(email)),
                jadwal=jadwal,
                opd=list(dict.fromkeys(opd)),
                jenis_opd=list(dict.fromkeys(j.strip().lower() for j in jenis_opd)),
                bahasa=bahasa,
                lampiran=list(dict.fromkeys(lampiran)) or list(DEFAULT_LAMPIRAN),
                dibuat=now_iso(),
            )
            subs.append(sub)
        return sub

    def remove(self, sub_id: int) -> None:
        with self.locked() as subs:
            kept = [s for s in subs if s.id != sub_id]
            if len(kept) == len(subs):
                raise SubscriptionError(f"Langganan #{sub_id} tidak ada (no subscription {sub_id})")
            subs[:] = kept

    def mark_sent(self, sub_id: int, when: dt.datetime, reported: dict | None) -> None:
        """Record that the server accepted a message of `sub_id` at `when`, and the
        statuses it reported. A subscription removed meanwhile stays removed."""
        with self.locked() as subs:
            for s in subs:
                if s.id == sub_id:
                    s.terakhir_dikirim = iso_wib(when)
                    s.status_terakhir = reported


def iso_wib(moment: dt.datetime) -> str:
    """`moment` in Jakarta time as ISO text with its offset: `2026-12-02T22:05:00+07:00`."""
    return moment.astimezone(JAKARTA).isoformat(timespec="seconds")


def now_iso() -> str:
    return iso_wib(dt.datetime.now(JAKARTA))


def in_wib(text: str | None) -> dt.datetime | None:
    """A stored time in WIB. A time stored before times were kept in WIB (with another
    offset) is converted; one without an offset is taken as written in WIB."""
    if not text:
        return None
    moment = dt.datetime.fromisoformat(text)
    return moment.replace(tzinfo=JAKARTA) if moment.tzinfo is None else moment.astimezone(JAKARTA)


def wib(text: str | None) -> str | None:
    """A stored time as shown on the command line, in WIB: `2026-12-02 22:05 WIB`."""
    moment = in_wib(text)
    return f"{moment:%Y-%m-%d %H:%M} WIB" if moment else None
