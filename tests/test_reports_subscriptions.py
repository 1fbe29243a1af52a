"""Subscriptions (`langganan tambah|daftar|hapus`, contract section 6): stored beside the
database, outside what imports and rollbacks replace; bad input refused with exit 2."""

from __future__ import annotations

import json
import threading

import pytest

from kinerja.cli import main
from kinerja.demo import write_demo
from kinerja.ingest.importer import import_source
from kinerja.reports.subscriptions import Subscriptions, store_path, valid_address
from tests.appkit import build_demo_db


@pytest.fixture
def demo_db(tmp_path):
    return build_demo_db(tmp_path, skala=0.02)


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def listed(capsys, db) -> list[dict]:
    code, out, _ = cli(capsys, "langganan", "daftar", "--json", "--db", db)
    assert code == 0
    return json.loads(out)


def test_tambah_prints_the_new_id_alone_and_daftar_lists_every_field(demo_db, capsys):
    code, out, _ = cli(
        capsys, "langganan", "tambah", "--email", "bupati@contoh.go.id", "--email", "sekda@contoh.go.id",
        "--jadwal", "mingguan", "--opd", "DINKES", "--bahasa", "en", "--lampiran", "pptx",
        "--lampiran", "kartu", "--db", demo_db,
    )  # fmt: skip
    assert (code, out) == (0, "1\n")
    code, out, _ = cli(
        capsys, "langganan", "tambah", "--email", "a@b.id", "--jadwal", "harian", "--db", demo_db
    )
    assert (code, out) == (0, "2\n")
    first, second = listed(capsys, demo_db)
    assert first["id"] == 1
    assert first["email"] == ["bupati@contoh.go.id", "sekda@contoh.go.id"]
    assert (first["jadwal"], first["opd"], first["jenis_opd"], first["bahasa"]) == (
        "mingguan",
        ["DINKES"],
        [],
        "en",
    )
    assert first["lampiran"] == ["pptx", "kartu"]
    assert first["terakhir_dikirim"] is None
    # no attachment named: the deck as PDF
    assert (second["id"], second["lampiran"], second["opd"]) == (2, ["pdf"], [])


@pytest.mark.parametrize(
    "address",
    ["tanpa-at.contoh.go.id", "dua@@contoh.go.id", "a@b@contoh.go.id", "@contoh.go.id",
     "kepala@localhost", "kepala @contoh.go.id", "kepala@contoh .go.id", "kepala@.contoh", "kepala@contoh."],
)  # fmt: skip
def test_a_bad_address_is_refused_with_exit_2_and_nothing_stored(demo_db, capsys, address):
    code, out, err = cli(
        capsys, "langganan", "tambah", "--email", "ok@contoh.go.id", "--email", address,
        "--jadwal", "harian", "--db", demo_db,
    )  # fmt: skip
    assert code == 2 and out == ""
    assert address in err
    assert listed(capsys, demo_db) == []
    assert not valid_address(address)


def test_valid_addresses_pass():
    for address in ("a@b.co", "kepala.dinas+rapat@kab-contoh.go.id", "x_y@sub.domain.id"):
        assert valid_address(address), address


@pytest.mark.parametrize(
    "filters, message",
    [
        (["--opd", "TIDAK_ADA"], "TIDAK_ADA"),
        (["--jenis-opd", "kementerian"], "kementerian"),
        (["--opd", "DINKES", "--jenis-opd", "kecamatan"], "tidak memilih"),  # the intersection is empty
    ],
)
def test_unknown_opd_or_kind_or_an_empty_selection_is_refused(demo_db, capsys, filters, message):
    code, out, err = cli(
        capsys,
        "langganan",
        "tambah",
        "--email",
        "a@contoh.go.id",
        "--jadwal",
        "bulanan",
        *filters,
        "--db",
        demo_db,
    )
    assert code == 2 and out == ""
    assert message in err
    assert listed(capsys, demo_db) == []


def test_hapus_removes_one_and_an_unknown_id_exits_2(demo_db, capsys):
    for _ in range(3):
        cli(capsys, "langganan", "tambah", "--email", "a@contoh.go.id", "--jadwal", "harian", "--db", demo_db)
    assert cli(capsys, "langganan", "hapus", "2", "--db", demo_db)[0] == 0
    assert [s["id"] for s in listed(capsys, demo_db)] == [1, 3]
    code, _, err = cli(capsys, "langganan", "hapus", "2", "--db", demo_db)
    assert code == 2 and "#2" in err
    # an id is never reused: the next one is 4, so a removed subscription is never mistaken for it
    code, out, _ = cli(
        capsys, "langganan", "tambah", "--email", "b@contoh.go.id", "--jadwal", "harian", "--db", demo_db
    )
    assert out == "4\n"


def test_subscriptions_survive_an_import_and_a_rollback(demo_db, tmp_path, capsys):
    cli(
        capsys,
        "langganan",
        "tambah",
        "--email",
        "a@contoh.go.id",
        "--jadwal",
        "harian",
        "--opd",
        "DINKES",
        "--db",
        demo_db,
    )
    before = listed(capsys, demo_db)
    newer = tmp_path / "baru"
    write_demo(newer, skala=0.02, seed=7)
    assert import_source([newer], demo_db).ok
    assert listed(capsys, demo_db) == before
    assert cli(capsys, "rollback", "--db", demo_db)[0] == 0
    assert listed(capsys, demo_db) == before
    assert cli(capsys, "rollback", "--db", demo_db)[0] == 0  # back to before the very first import
    assert listed(capsys, demo_db) == before
    assert store_path(demo_db).parent == demo_db.parent  # beside the database, not among its versions


def test_concurrent_writers_lose_nothing(tmp_path):
    db = tmp_path / "kinerja.duckdb"

    def add_many(n):
        store = Subscriptions(db)
        for i in range(n):
            store.add([f"u{threading.get_ident()}-{i}@contoh.go.id"], "harian")

    threads = [threading.Thread(target=add_many, args=(15,)) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    subs = Subscriptions(db).all()
    assert len(subs) == 60
    assert sorted(s.id for s in subs) == list(range(1, 61))


def test_the_store_holds_no_password(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("KINERJA_SMTP_PASSWORD", "rahasia-sekali-123")
    cli(capsys, "langganan", "tambah", "--email", "a@contoh.go.id", "--jadwal", "harian", "--db", demo_db)
    assert "rahasia" not in store_path(demo_db).read_text(encoding="utf-8")


def test_made_and_sent_times_are_kept_and_shown_in_wib(tmp_path, capsys):
    import datetime as dt

    from kinerja.reports.subscriptions import wib
    from kinerja.ui.subscriptions_admin import _when

    db = tmp_path / "kinerja.duckdb"
    store = Subscriptions(db)
    sub = store.add(["a@contoh.go.id"], "harian")
    assert sub.dibuat.endswith("+07:00")  # made: Jakarta time with its offset, not the machine's UTC
    # the server accepted the message at 15:05 UTC, which is 22:05 in Jakarta
    store.mark_sent(sub.id, dt.datetime(2026, 12, 2, 15, 5, tzinfo=dt.UTC), None)
    (kept,) = Subscriptions(db).all()
    assert kept.terakhir_dikirim == "2026-12-02T22:05:00+07:00"
    assert (wib(kept.terakhir_dikirim), _when(kept.terakhir_dikirim, "id")) == (
        "2026-12-02 22:05 WIB",
        "2 Des 2026 22:05 WIB",
    )
    # a file written when `dibuat` was kept in UTC: read back in WIB, the same moment
    text = store_path(db).read_text(encoding="utf-8").replace(kept.dibuat, "2026-11-30T23:30:00+00:00")
    store_path(db).write_text(text, encoding="utf-8")
    (old,) = Subscriptions(db).all()
    assert old.dibuat == "2026-12-01T06:30:00+07:00"
    listed_json = json.loads(cli(capsys, "langganan", "daftar", "--json", "--db", db)[1])
    assert listed_json[0]["dibuat"] == "2026-12-01T06:30:00+07:00"
    line = cli(capsys, "langganan", "daftar", "--db", db)[1]
    assert "dibuat: 2026-12-01 06:30 WIB; terakhir dikirim: 2026-12-02 22:05 WIB" in line
