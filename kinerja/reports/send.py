"""`python -m kinerja kirim`: send every subscription that is due, once; and `jadwal`, which
runs that at a set hour until stopped.

A subscription counts as sent only once the server has accepted its message: it is marked
(with what the message reported) right after the server's answer, one by one, so a failure
halfway leaves the rest due and never sends twice what went out. One `kirim` runs at a time
(a lock beside the subscriptions), so two schedulers cannot send the same report twice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import time
from dataclasses import dataclass, field
from pathlib import Path

from kinerja.reports import schedule
from kinerja.reports.mail import Attachment, MailError, Settings, change_lines, compose, connect, send
from kinerja.reports.subscriptions import Subscription, Subscriptions


@dataclass
class Pending:
    sub: Subscription
    selection: object
    current: dict  # statuses the message reports (schedule.statuses)
    changes: list = field(default_factory=list)


@contextlib.contextmanager
def _one_sender(store: Subscriptions):
    store.path.parent.mkdir(parents=True, exist_ok=True)
    with open(store.path.with_name(store.path.name + ".kirim"), "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def send_due(db_path, everything=False, at=None, env=None, out=print, err=print) -> int:
    """Send what is due (all with `everything`); 0 when everything due went out (or
    nothing was due), 1 when anything could not be built or sent (it stays due)."""
    import os

    env = os.environ if env is None else env
    store = Subscriptions(db_path)
    with _one_sender(store):
        subs = store.all()
        if not subs:
            out("Belum ada langganan; tidak ada yang dikirim (no subscriptions; nothing sent).")
            return 0
        return _send(Path(db_path), store, subs, everything, at or schedule.now(), env, out, err)


def _send(db_path, store, subs, everything, at, env, out, err) -> int:
    from kinerja.indicators import filters, metrics
    from kinerja.reports import content
    from kinerja.storage import db

    try:
        con = db.open_readonly(db_path)
    except db.NoDatabase:
        err(
            f"Basis data tidak ditemukan: {db_path}; tidak ada yang dikirim (database not found; nothing sent)."
        )
        return 1
    tahun = content.latest_year(con)
    if tahun is None:
        err(
            "Basis data belum berisi data; tidak ada yang dikirim (the database holds no data; nothing sent)."
        )
        return 1
    failed = False
    due: list[Pending] = []
    opd_table = metrics.run(con, "opd")
    for sub in subs:
        try:
            selection = filters.resolve(opd_table, sub.opd, sub.jenis_opd)
        except filters.FilterError as exc:
            err(f"Langganan #{sub.id} tidak dapat dibuat: {exc}; hapus atau buat ulang langganannya.")
            failed = True
            continue
        current = schedule.statuses(con, selection, tahun)
        if everything or schedule.is_due(sub, at, current):
            changes = schedule.changes(sub.status_terakhir, current) if sub.sent_at() else []
            due.append(Pending(sub, selection, current, changes))
    if not due:
        out("Tidak ada langganan yang jatuh tempo (nothing is due).")
        return 1 if failed else 0
    try:
        settings = Settings.from_env(env)
    except MailError as exc:
        err(str(exc))
        return 1
    names = dict(zip(opd_table["kode_opd"], opd_table["nama_opd"], strict=True))
    built = Builder(con, db_path, tahun)
    try:
        server = connect(settings, env)
    except MailError as exc:
        err(str(exc))
        err(f"{len(due)} langganan tetap jatuh tempo untuk pengiriman berikutnya ({len(due)} still due).")
        return 1
    sent = 0
    try:
        for p in due:
            report = built.report(p)
            alert = p.sub.jadwal == "saat-berubah" and p.sub.sent_at() is not None
            msg = compose(
                p.sub,
                report,
                settings.sender,
                built.attachments(p, report),
                change_lines(p.changes, report, names) if alert else None,
            )
            try:
                refused = send(server, msg)
            except MailError as exc:
                err(f"Langganan #{p.sub.id} ({', '.join(p.sub.email)}) tidak terkirim: {exc}")
                failed = True
                if not _alive(server):
                    err(
                        "Koneksi ke server terputus; sisanya tetap jatuh tempo (connection lost; the rest stay due)."
                    )
                    break
                continue
            store.mark_sent(p.sub.id, schedule.now(), p.current)
            sent += 1
            for addr in refused:
                err(f"peringatan: server menolak {addr} untuk langganan #{p.sub.id} (the server refused it)")
            out(f"Terkirim: langganan #{p.sub.id} ke {', '.join(p.sub.email)}")
    finally:
        with contextlib.suppress(Exception):
            server.quit()
    out(f"{sent} dari {len(due)} pesan terkirim ({sent} of {len(due)} messages sent).")
    return 1 if failed else 0


def _alive(server) -> bool:
    try:
        return server.noop()[0] == 250
    except Exception:
        return False


class Builder:
    """Reports and attachments, each made once per set of filters and language."""

    def __init__(self, con, db_path: Path, tahun: int):
        self.con, self.db_path, self.tahun = con, db_path, tahun
        self._reports: dict = {}
        self._files: dict = {}

    def _key(self, p: Pending) -> tuple:
        return tuple(p.sub.opd), tuple(p.sub.jenis_opd), p.sub.bahasa

    def report(self, p: Pending):
        from kinerja.reports import content

        key = self._key(p)
        if key not in self._reports:
            self._reports[key] = content.build(
                self.con, self.db_path, p.selection, self.tahun, p.sub.bahasa, p.sub.opd, p.sub.jenis_opd
            )
        return self._reports[key]

    def attachments(self, p: Pending, report) -> list[Attachment]:
        return [self._file(p, report, kind) for kind in p.sub.lampiran]

    def _file(self, p: Pending, report, kind: str) -> Attachment:
        key = (*self._key(p), kind)
        if key not in self._files:
            stem = _stem(report)
            if kind == "kartu":
                from kinerja.reports import card

                self._files[key] = Attachment(f"{stem}-kartu.png", card.png_bytes(card.model(report)))
            else:
                from kinerja.deck import to_bytes
                from kinerja.deck.build import build

                deck = build(
                    self.con,
                    p.selection,
                    self.tahun,
                    p.sub.bahasa,
                    named_opd=p.sub.opd,
                    jenis=p.sub.jenis_opd,
                )
                self._files[key] = Attachment(f"{stem}.{kind}", to_bytes(deck, f".{kind}"))
        return self._files[key]


def _stem(report) -> str:
    import re

    name = re.sub(r"[^A-Za-z0-9]+", "-", report.wilayah).strip("-").lower() or "kinerja"
    return f"kinerja-{name}-{report.tahun}"


def run_schedule(
    db_path,
    hour: int,
    minute: int,
    zona: str,
    retry_s: float,
    out=print,
    err=print,
    clock=schedule.now,
    sleep=time.sleep,
    rounds: int | None = None,
) -> None:
    """Run `kirim` every day at hour:minute in `zona` until stopped (Ctrl-C, SIGTERM);
    a failed run is tried again after `retry_s` seconds (what failed stays due)."""
    tz = schedule.zone(zona)
    when = schedule.next_run(clock(), hour, minute, tz)
    done = 0
    while rounds is None or done < rounds:
        out(f"Pengiriman berikutnya: {when.isoformat(timespec='minutes')} (next run)")
        wait = (when - clock()).total_seconds()
        if wait > 0:
            sleep(wait)
        try:
            code = send_due(db_path, out=out, err=err)
        except Exception as exc:  # one bad run must not stop the scheduler; it tries again
            err(f"kirim gagal (failed): {type(exc).__name__}: {exc}")
            code = 1
        done += 1
        now = clock()
        next_day = schedule.next_run(now, hour, minute, tz)
        when = min(now + dt.timedelta(seconds=retry_s), next_day) if code else next_day
