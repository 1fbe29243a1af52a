"""`python -m kinerja kirim` against a real SMTP server on loopback: recipients, subject, both
bodies, the attachments with the numbers of each subscription's own filters; a server down
then up (sent once, never twice); a refused recipient; the status-change alert."""

from __future__ import annotations

import dataclasses
import json
import textwrap
from pathlib import Path

import pytest

from kinerja import fmt
from kinerja.cli import main
from kinerja.indicators.metrics import freshness
from kinerja.ingest.importer import import_source
from kinerja.reports import content
from kinerja.reports.mail import compose
from kinerja.reports.subscriptions import Subscriptions
from tests.appkit import build_demo_db
from tests.mailkit import SmtpServer, pdf_text, pptx_text

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return build_demo_db(tmp_path_factory.mktemp("kirim"), skala=0.02)


@pytest.fixture
def db(demo_db, tmp_path) -> Path:
    """A copy of the demo database per test, so each starts with no subscription."""
    copy = tmp_path / "kinerja.duckdb"
    copy.write_bytes(demo_db.read_bytes())
    return copy


@pytest.fixture
def smtp(monkeypatch):
    server = SmtpServer(refuse={"salah@contoh.go.id"})
    for key, value in server.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("KINERJA_SMTP_USER", raising=False)
    monkeypatch.delenv("KINERJA_URL", raising=False)
    yield server
    server.stop()


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def subscribe(capsys, db, *argv) -> int:
    code, out, err = cli(capsys, "langganan", "tambah", *argv, "--db", db)
    assert code == 0, err
    return int(out)


def scorecard(db, opd=(), jenis=()):
    from kinerja.indicators import filters, metrics
    from kinerja.storage import db as storage

    con = storage.open_readonly(db)
    try:
        selection = filters.resolve(metrics.run(con, "opd"), list(opd), list(jenis))
        tahun = content.latest_year(con)
        rows = {r["kode"]: r for r in metrics.scorecard(con, selection, tahun).iter_rows(named=True)}
        return tahun, freshness(con, tahun), rows
    finally:
        con.close()


@needs_chromium
def test_each_subscription_gets_one_message_with_its_own_numbers(db, smtp, capsys):
    smtp.start()
    region = subscribe(capsys, db, "--email", "bupati@contoh.go.id", "--jadwal", "harian")
    dinkes = subscribe(
        capsys, db, "--email", "kadis@contoh.go.id", "--email", "sekretaris@contoh.go.id",
        "--jadwal", "mingguan", "--opd", "DINKES", "--lampiran", "pdf", "--lampiran", "pptx", "--lampiran", "kartu",
    )  # fmt: skip
    code, out, err = cli(capsys, "kirim", "--db", db)
    assert code == 0, err
    assert len(smtp.received) == 2
    by_rcpt = {tuple(r.recipients): r for r in smtp.received}
    mine = by_rcpt[("kadis@contoh.go.id", "sekretaris@contoh.go.id")]
    theirs = by_rcpt[("bupati@contoh.go.id",)]

    tahun, as_of, rows = scorecard(db, opd=["DINKES"])
    _, _, region_rows = scorecard(db)
    ikm = fmt.number(rows["W5_ikm"]["nilai"], 2)
    region_ikm = fmt.number(region_rows["W5_ikm"]["nilai"], 2)
    assert ikm != region_ikm  # otherwise the test could not tell the filters apart

    subject = mine.message["Subject"]
    assert "Kabupaten Nusa Harapan" in subject and str(tahun) in subject and fmt.date(as_of) in subject
    for body in (mine.text(), mine.html()):
        assert ikm in body and "Dinas Kesehatan" in body
    assert region_ikm in theirs.text() and region_ikm in theirs.html()

    files = mine.attachments()
    assert sorted(name.rsplit(".", 1)[1] for name in files) == ["pdf", "png", "pptx"]
    pdf = next(v for k, v in files.items() if k.endswith(".pdf"))
    pptx = next(v for k, v in files.items() if k.endswith(".pptx"))
    png = next(v for k, v in files.items() if k.endswith(".png"))
    assert ikm in pdf_text(pdf) and ikm in pptx_text(pptx)
    assert region_ikm not in pdf_text(pdf).split("IKM")[1][:40]
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    # the default attachment is the deck as PDF, for the region's numbers
    assert [k.rsplit(".", 1)[1] for k in theirs.attachments()] == ["pdf"]
    assert region_ikm in pdf_text(next(iter(theirs.attachments().values())))

    sent = {s.id: s for s in Subscriptions(db).all()}
    assert sent[region].terakhir_dikirim and sent[dinkes].terakhir_dikirim
    # nothing is due any more today
    assert cli(capsys, "kirim", "--db", db)[0] == 0
    assert len(smtp.received) == 2


@needs_chromium
def test_server_down_then_up_sends_once_and_never_twice(db, smtp, capsys):
    subscribe(capsys, db, "--email", "bupati@contoh.go.id", "--jadwal", "harian")
    code, out, err = cli(capsys, "kirim", "--db", db)  # nothing listens on the port yet
    assert code == 1
    assert "tidak dapat dihubungi" in err and f"127.0.0.1:{smtp.port}" in err
    assert Subscriptions(db).all()[0].terakhir_dikirim is None  # still due

    smtp.start()
    assert cli(capsys, "kirim", "--db", db)[0] == 0
    assert cli(capsys, "kirim", "--db", db)[0] == 0
    assert len(smtp.received) == 1
    # --semua sends every subscription again, due or not
    assert cli(capsys, "kirim", "--semua", "--db", db)[0] == 0
    assert len(smtp.received) == 2


def test_missing_settings_are_reported_like_an_unreachable_server(db, smtp, capsys, monkeypatch):
    subscribe(capsys, db, "--email", "bupati@contoh.go.id", "--jadwal", "bulanan")
    monkeypatch.delenv("KINERJA_SMTP_HOST")
    code, _, err = cli(capsys, "kirim", "--db", db)
    assert code == 1 and "KINERJA_SMTP_HOST" in err
    assert Subscriptions(db).all()[0].terakhir_dikirim is None


def test_nothing_due_exits_0_without_a_server(db, smtp, capsys, monkeypatch):
    monkeypatch.delenv("KINERJA_SMTP_HOST")
    assert cli(capsys, "kirim", "--db", db)[0] == 0


@needs_chromium
def test_a_refused_message_stays_due_and_the_others_go(db, smtp, capsys):
    smtp.start()
    bad = subscribe(capsys, db, "--email", "salah@contoh.go.id", "--jadwal", "harian")
    good = subscribe(capsys, db, "--email", "benar@contoh.go.id", "--jadwal", "harian", "--opd", "DINKES")
    code, _, err = cli(capsys, "kirim", "--db", db)
    assert code == 1 and "salah@contoh.go.id" in err and "550" in err
    state = {s.id: s.terakhir_dikirim for s in Subscriptions(db).all()}
    assert state[bad] is None and state[good] is not None
    assert [r.recipients for r in smtp.received] == [["benar@contoh.go.id"]]


@needs_chromium
def test_saat_berubah_goes_out_only_when_a_status_changed_and_names_it(db, smtp, capsys, tmp_path):
    smtp.start()
    subscribe(capsys, db, "--email", "bupati@contoh.go.id", "--jadwal", "saat-berubah", "--lampiran", "kartu")
    assert cli(capsys, "kirim", "--db", db)[0] == 0
    assert cli(capsys, "kirim", "--db", db)[0] == 0
    assert len(smtp.received) == 1  # nothing changed since the first message

    tahun, _, rows = scorecard(db)
    # a region-wide IKM target far above the value: IKM turns red; every other target goes
    src = tmp_path / "target"
    src.mkdir()
    (src / "target.csv").write_text(
        textwrap.dedent(f"""\
        kode_indikator,tahun,kode_opd,nilai_target
        W5_ikm,{tahun},,{rows["W5_ikm"]["nilai"] * 2}
        """),
        encoding="utf-8",
    )
    assert import_source([src], db).ok
    assert cli(capsys, "kirim", "--db", db)[0] == 0
    assert len(smtp.received) == 2
    alert = smtp.received[1]
    assert alert.message["Subject"].startswith("Perubahan status")
    assert "IKM" in alert.text() and "Tertinggal" in alert.text()
    assert cli(capsys, "kirim", "--db", db)[0] == 0
    assert len(smtp.received) == 2


def test_the_html_escapes_data_text(db):
    from kinerja.indicators import filters, metrics
    from kinerja.storage import db as storage

    con = storage.open_readonly(db)
    selection = filters.resolve(metrics.run(con, "opd"))
    report = content.build(con, db, selection, content.latest_year(con))
    con.close()
    report = dataclasses.replace(report, wilayah="Kab. <b>Contoh</b> & Co", sentences=("<script>x</script>",))
    sub = Subscriptions(db).add(["a@contoh.go.id"], "harian")
    msg = compose(sub, report, "kinerja@contoh.go.id", [])
    html = msg.get_body(("html",)).get_content()
    assert "<b>Contoh</b>" not in html and "&lt;b&gt;Contoh&lt;/b&gt; &amp; Co" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>Contoh</b>" in msg.get_body(("plain",)).get_content()


def test_daftar_shows_when_each_was_last_sent(db, smtp, capsys, monkeypatch):
    subscribe(capsys, db, "--email", "a@contoh.go.id", "--jadwal", "harian", "--lampiran", "pptx")
    smtp.start()
    assert cli(capsys, "kirim", "--db", db)[0] == 0
    (item,) = json.loads(cli(capsys, "langganan", "daftar", "--json", "--db", db)[1])
    assert item["terakhir_dikirim"]


@pytest.fixture
def tls_smtp(tmp_path, monkeypatch):
    from tests.mailkit import TlsSmtpServer, self_signed

    cert, key = self_signed(tmp_path)
    server = TlsSmtpServer(cert, key, "kinerja", "sandi-rahasia-42")
    server.start()
    env = {
        "KINERJA_SMTP_HOST": "127.0.0.1",
        "KINERJA_SMTP_PORT": str(server.port),
        "KINERJA_SMTP_FROM": "kinerja@contoh.go.id",
        "KINERJA_SMTP_USER": "kinerja",
        "KINERJA_SMTP_PASSWORD": "sandi-rahasia-42",
        "KINERJA_SMTP_CA": cert,
    }
    for key_, value in env.items():
        monkeypatch.setenv(key_, value)
    monkeypatch.delenv("KINERJA_SMTP_TLS", raising=False)  # starttls is the default
    yield server
    server.stop()


def test_starttls_with_a_verified_certificate_and_a_login(db, tls_smtp, capsys):
    subscribe(capsys, db, "--email", "bupati@contoh.go.id", "--jadwal", "harian", "--lampiran", "pptx")
    code, _, err = cli(capsys, "kirim", "--db", db)
    assert code == 0, err
    assert tls_smtp.logins == ["kinerja"]
    assert [r.recipients for r in tls_smtp.received] == [["bupati@contoh.go.id"]]
    assert "sandi-rahasia" not in Path(str(db) + ".langganan.json").read_text(encoding="utf-8")


def test_an_unverified_certificate_or_a_wrong_password_sends_nothing(db, tls_smtp, capsys, monkeypatch):
    subscribe(capsys, db, "--email", "bupati@contoh.go.id", "--jadwal", "harian", "--lampiran", "pptx")
    monkeypatch.delenv("KINERJA_SMTP_CA")  # the self-signed certificate is no system authority
    code, _, err = cli(capsys, "kirim", "--db", db)
    assert code == 1 and "CERTIFICATE_VERIFY_FAILED" in err
    monkeypatch.setenv("KINERJA_SMTP_CA", tls_smtp.cert)
    monkeypatch.setenv("KINERJA_SMTP_PASSWORD", "salah")
    code, _, err = cli(capsys, "kirim", "--db", db)
    assert code == 1 and "535" in err
    assert tls_smtp.received == [] and Subscriptions(db).all()[0].terakhir_dikirim is None


@needs_chromium
def test_a_subscription_whose_opd_is_gone_is_reported_and_the_others_go(db, smtp, capsys):
    smtp.start()
    Subscriptions(db).add(["lama@contoh.go.id"], "harian", opd=["HILANG"])  # an OPD a later import dropped
    subscribe(capsys, db, "--email", "bupati@contoh.go.id", "--jadwal", "harian", "--lampiran", "kartu")
    code, _, err = cli(capsys, "kirim", "--db", db)
    assert code == 1 and "HILANG" in err
    assert [r.recipients for r in smtp.received] == [["bupati@contoh.go.id"]]


def test_a_damaged_store_is_a_clear_error(db, smtp, capsys):
    Path(str(db) + ".langganan.json").write_text("{ rusak", encoding="utf-8")
    code, _, err = cli(capsys, "langganan", "daftar", "--db", db)
    assert code == 2 and "rusak" in err
    code, _, err = cli(capsys, "kirim", "--db", db)
    assert code == 1 and "rusak" in err
