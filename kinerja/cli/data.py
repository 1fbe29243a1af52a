"""Verbs that write or manage the data: demo, import, history, rollback, admin-password."""

from __future__ import annotations

import sys
from pathlib import Path

from kinerja.cli.common import add_db, db_path, err


def register(sub) -> None:
    demo = sub.add_parser("demo", help="tulis sumber data demo (CSV) / write the demo source")
    demo.add_argument("out_dir")
    demo.add_argument("--skala", type=float, default=1.0)
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(func=cmd_demo)

    imp = sub.add_parser("import", help="validasi dan impor / validate and import")
    imp.add_argument("source", nargs="+")
    imp.add_argument("--mode", choices=("ganti", "perbarui"), default="ganti")
    imp.add_argument(
        "--yakin",
        action="store_true",
        help="izinkan mode ganti menghapus lebih dari separuh baris tabel besar / "
        "let replace mode remove more than half of a big table's rows",
    )
    add_db(imp)
    imp.set_defaults(func=cmd_import)

    hist = sub.add_parser("history", help="riwayat impor / import history")
    add_db(hist)
    hist.set_defaults(func=cmd_history)

    rb = sub.add_parser("rollback", help="batalkan impor terakhir / undo the latest import")
    add_db(rb)
    rb.set_defaults(func=cmd_rollback)

    adm = sub.add_parser(
        "admin-password",
        help="setel kata sandi admin aplikasi (disimpan sebagai hash) / set the app's admin password (stored as a hash)",
    )
    adm.add_argument(
        "--secrets", type=Path, default=None, help="default: .streamlit/secrets.toml di folder proyek"
    )
    adm.set_defaults(func=cmd_admin_password)


def cmd_demo(args) -> int:
    from kinerja.demo import write_demo

    if args.skala <= 0:
        err("--skala harus lebih dari 0 (--skala must be greater than 0)")
        return 2
    rows = write_demo(args.out_dir, skala=args.skala, seed=args.seed)
    for table, n in rows.items():
        print(f"{table}: {n} baris")
    return 0


def cmd_import(args) -> int:
    from kinerja.ingest.importer import StoreUnwritable, import_source

    try:
        result = import_source(args.source, db_path(args), mode=args.mode, yakin=args.yakin)
    except StoreUnwritable as exc:
        err(exc.line())
        return 1
    for p in result.warnings:
        err("peringatan: " + p.line())
    if not result.ok:
        for p in result.errors:
            err(p.line())
        err(
            f"Impor dibatalkan: {len(result.errors)} kesalahan; basis data tidak diubah. "
            f"(Import refused: {len(result.errors)} errors; the database is unchanged.)"
        )
        return 1
    total = sum(result.rows.values())
    print(f"Impor berhasil ({args.mode}) ke {db_path(args)}: {total} baris")
    for table, n in result.rows.items():
        print(f"  {table}: {n}")
    return 0


def cmd_history(args) -> int:
    from kinerja.storage.store import Store

    entries = Store(db_path(args)).history()
    if not entries:
        print("Belum ada impor tercatat (no imports recorded).")
        return 0
    for e in entries:
        state = ""
        if e.get("dibatalkan"):
            who = f" oleh {e['dibatalkan_oleh']}" if e.get("dibatalkan_oleh") else ""
            state = f"  [dibatalkan {e['dibatalkan']}{who}]"
        rows = ", ".join(f"{t} {n}" for t, n in e.get("baris", {}).items())
        print(f"#{e['id']} {e['waktu']} oleh {e['oleh']} ({e['mode']}){state}")
        print(f"    berkas: {', '.join(e['berkas'])}")
        print(f"    baris: {rows}")
    return 0


def cmd_rollback(args) -> int:
    from kinerja.ingest.importer import create_empty
    from kinerja.storage.store import NothingToRollBack, Store, StoreUnwritable

    try:
        entry = Store(db_path(args)).rollback(create_empty)
    except StoreUnwritable as exc:
        err(exc.line())
        return 1
    except NothingToRollBack:
        err("Tidak ada impor yang dapat dibatalkan (no import to roll back).")
        return 1
    except FileNotFoundError as exc:
        err(f"Versi sebelum impor sudah tidak disimpan: {exc} (the earlier version is no longer kept).")
        return 1
    print(f"Impor #{entry['id']} ({entry['waktu']}) dibatalkan; data kembali seperti sebelumnya.")
    return 0


def cmd_admin_password(args) -> int:
    """Read the new password (twice on a terminal, else one line of stdin) and store only
    its salted hash under [kinerja] in the secrets file."""
    import getpass

    from kinerja.ingest import access

    path = args.secrets or access.DEFAULT_SECRETS
    if sys.stdin.isatty():
        try:
            password = getpass.getpass("Kata sandi admin baru (new admin password): ")
            again = getpass.getpass("Ulangi (repeat): ")
        except (EOFError, KeyboardInterrupt):
            err("Dibatalkan (cancelled).")
            return 1
        if password != again:
            err(
                "Kedua kata sandi tidak sama; tidak ada yang diubah. (The passwords differ; nothing changed.)"
            )
            return 1
    else:
        password = sys.stdin.readline().removesuffix("\n").removesuffix("\r")
    if len(password) < access.MIN_PASSWORD:
        err(
            f"Kata sandi terlalu pendek: minimal {access.MIN_PASSWORD} karakter; tidak ada yang diubah. "
            f"(Password too short: at least {access.MIN_PASSWORD} characters; nothing changed.)"
        )
        return 1
    try:
        access.write_admin_hash(path, access.hash_password(password))
    except (ValueError, OSError) as exc:
        err(f"Berkas secrets tidak dapat diubah: {path}: {exc} (the secrets file cannot be changed).")
        return 1
    print(
        f"Hash kata sandi admin disimpan di {path}; kata sandinya sendiri tidak disimpan. "
        f"(The admin password's hash was stored in {path}; the password itself is not stored.)"
    )
    return 0
