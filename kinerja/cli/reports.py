"""Verbs that carry the numbers to people (contract section 6): kartu, langganan, kirim, jadwal."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kinerja.cli.common import add_db, add_filters, db_path, err, open_selection


def register(sub) -> None:
    kartu = sub.add_parser("kartu", help="kartu PNG untuk ponsel / a phone card as PNG")
    kartu.add_argument("--tahun", type=int, required=True)
    add_filters(kartu)
    kartu.add_argument("--bahasa", choices=("id", "en"), default="id")
    kartu.add_argument("--out", type=Path, required=True, help="FILE.png")
    add_db(kartu)
    kartu.set_defaults(func=cmd_kartu)

    lang = sub.add_parser("langganan", help="langganan laporan e-mail / e-mail subscriptions")
    verbs = lang.add_subparsers(dest="aksi", required=True)
    add = verbs.add_parser("tambah", help="tambah langganan / add a subscription")
    add.add_argument("--email", action="append", required=True, metavar="ADDR")
    add.add_argument("--jadwal", required=True, choices=("harian", "mingguan", "bulanan", "saat-berubah"))
    add_filters(add)
    add.add_argument("--bahasa", choices=("id", "en"), default="id")
    add.add_argument("--lampiran", action="append", default=[], choices=("pdf", "pptx", "kartu"))
    add_db(add)
    add.set_defaults(func=cmd_langganan_tambah)
    lst = verbs.add_parser("daftar", help="daftar langganan / list subscriptions")
    lst.add_argument("--json", action="store_true")
    add_db(lst)
    lst.set_defaults(func=cmd_langganan_daftar)
    rm = verbs.add_parser("hapus", help="hapus langganan / remove a subscription")
    rm.add_argument("id", type=int)
    add_db(rm)
    rm.set_defaults(func=cmd_langganan_hapus)

    kirim = sub.add_parser("kirim", help="kirim laporan yang jatuh tempo / send what is due")
    kirim.add_argument("--semua", action="store_true", help="kirim semua langganan / send every one")
    add_db(kirim)
    kirim.set_defaults(func=cmd_kirim)

    jadwal = sub.add_parser(
        "jadwal", help="jalankan kirim setiap hari pada jam tertentu / run kirim daily at an hour"
    )
    jadwal.add_argument("--jam", default="07:00", metavar="HH:MM", help="default 07:00")
    jadwal.add_argument("--zona", choices=("WIB", "WITA", "WIT"), default="WIB")
    jadwal.add_argument(
        "--ulang-menit",
        type=int,
        default=30,
        metavar="N",
        help="bila gagal, coba lagi setelah N menit (default 30) / retry after N minutes on failure",
    )
    add_db(jadwal)
    jadwal.set_defaults(func=cmd_jadwal)


def cmd_kartu(args) -> int:
    from kinerja.deck import DeckError

    if args.out.suffix.lower() != ".png":
        err(f"Kartu ditulis sebagai .png, bukan '{args.out.suffix}' (the card is written as .png)")
        return 2
    if not args.out.parent.is_dir():
        err(f"Folder tujuan tidak ada: {args.out.parent} (the output folder does not exist)")
        return 2
    opened = open_selection(args)
    if opened is None:
        return 2
    con, selection = opened
    from kinerja.reports import card, content

    report = content.build(
        con, db_path(args), selection, args.tahun, args.bahasa, named_opd=args.opd, jenis=args.jenis_opd
    )
    try:
        card.write_png(card.model(report), args.out)
    except DeckError as exc:
        err(str(exc))
        return 2
    print(f"Kartu ditulis: {args.out} ({card.WIDTH}×{card.HEIGHT})")
    return 0


def cmd_langganan_tambah(args) -> int:
    from kinerja.reports.subscriptions import SubscriptionError, Subscriptions, check

    problems = check(args.email, args.jadwal, args.bahasa, args.lampiran)
    if problems:
        for line in problems:
            err(line)
        return 2
    opened = open_selection(args)  # an unknown OPD or kind, or an empty selection: exit 2
    if opened is None:
        return 2
    opened[0].close()
    try:
        sub = Subscriptions(db_path(args)).add(
            args.email, args.jadwal, args.opd, args.jenis_opd, args.bahasa, args.lampiran
        )
    except SubscriptionError as exc:
        err(str(exc))
        return 2
    print(sub.id)
    return 0


def cmd_langganan_daftar(args) -> int:
    from kinerja.reports.subscriptions import SubscriptionError, Subscriptions, wib

    try:
        subs = Subscriptions(db_path(args)).all()
    except SubscriptionError as exc:
        err(str(exc))
        return 2
    if args.json:
        listed = [{k: v for k, v in s.as_json().items() if k != "status_terakhir"} for s in subs]
        print(json.dumps(listed, ensure_ascii=False))
        return 0
    if not subs:
        print("Belum ada langganan (no subscriptions).")
    for s in subs:
        filters = " ".join([*(f"--opd {c}" for c in s.opd), *(f"--jenis-opd {j}" for j in s.jenis_opd)])
        print(
            f"#{s.id} {s.jadwal} {', '.join(s.email)} [{s.bahasa}; {', '.join(s.lampiran)}] "
            f"{filters or 'semua OPD aktif'} — dibuat: {wib(s.dibuat) or '–'}; "
            f"terakhir dikirim: {wib(s.terakhir_dikirim) or 'belum pernah'}"
        )
    return 0


def cmd_langganan_hapus(args) -> int:
    from kinerja.reports.subscriptions import SubscriptionError, Subscriptions

    try:
        Subscriptions(db_path(args)).remove(args.id)
    except SubscriptionError as exc:
        err(str(exc))
        return 2
    print(f"Langganan #{args.id} dihapus (removed).")
    return 0


def cmd_kirim(args) -> int:
    from kinerja.reports.send import send_due
    from kinerja.reports.subscriptions import SubscriptionError

    try:
        return send_due(db_path(args), everything=args.semua, out=print, err=err)
    except SubscriptionError as exc:
        err(str(exc))
        return 1


def cmd_jadwal(args) -> int:
    from kinerja.reports.send import run_schedule

    try:
        hour, _, minute = args.jam.partition(":")
        hour, minute = int(hour), int(minute or 0)
        if not (0 <= hour < 24 and 0 <= minute < 60):
            raise ValueError
    except ValueError:
        err(f"--jam harus HH:MM, misalnya 07:00, bukan '{args.jam}' (--jam must be HH:MM)")
        return 2
    try:
        run_schedule(db_path(args), hour, minute, args.zona, args.ulang_menit * 60, out=print, err=err)
    except KeyboardInterrupt:
        print("Jadwal dihentikan (scheduler stopped).", file=sys.stderr)
    return 0
