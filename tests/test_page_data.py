"""The Data page in AppTest: freshness for everyone, no upload control without an admin
login, the password with its throttle, and an admin's check → preview → commit → rollback."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from streamlit.testing.v1 import AppTest

from kinerja import fmt
from kinerja.ingest import access
from kinerja.storage.store import Store
from tests.appkit import ROOT, build_demo_db
from tests.pagekit import database, sql
from tests.test_app import _indonesian_only_strings

PASSWORD = "rahasia-bappeda-2026"
HASH = access.hash_password(PASSWORD)
WITH_PASSWORD = {"kinerja": {"admin_password_hash": HASH}}
NOTHING = {"lain": {"x": 1}}  # a secrets file without a login set up


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("data"))) as db:
        yield db


def open_data(secrets: dict, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.secrets.update(secrets)
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page("pages/data.py")
    return rerun(at)


def rerun(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def log_in(at: AppTest, password: str = PASSWORD) -> AppTest:
    at.text_input(key="data_password").input(password)
    next(b for b in at.button if b.label in ("Masuk", "Log in")).click()
    return rerun(at)


def texts(at: AppTest, kind: str) -> str:
    return "\n".join(e.value for e in getattr(at, kind))


def button(at: AppTest, key: str):
    return next(b for b in at.button if b.key == key)


def test_a_viewer_sees_freshness_and_no_upload_control(demo_db):
    at = open_data(WITH_PASSWORD, tahun="2025")
    assert not at.file_uploader
    headings = [s.value for s in at.subheader]
    assert headings[:2] == ["Kesegaran data", "Templat isian"]
    assert "Riwayat impor" not in headings
    # the table overview counts what the database holds
    tables = at.dataframe[0].value
    row = tables[tables["Tabel"] == "Permohonan layanan (permohonan)"].iloc[0]
    ((n, latest),) = sql(demo_db, "SELECT count(*), max(tanggal_masuk) FROM permohonan")
    assert row["Baris"] == fmt.number(n) and row["Data terakhir"] == fmt.date(latest)
    assert at.text_input(key="data_password").label == "Kata sandi admin"


def test_without_a_login_set_up_the_page_says_how_and_offers_none(demo_db):
    at = open_data(NOTHING)
    assert "python -m kinerja admin-password" in texts(at, "info")
    assert not at.text_input and not at.file_uploader


def test_a_wrong_password_gives_no_upload_control(demo_db):
    at = log_in(open_data(WITH_PASSWORD), "salah-sekali")
    assert "Kata sandi salah." in texts(at, "error")
    assert not at.file_uploader


def test_repeated_wrong_passwords_are_throttled_even_for_the_right_one(demo_db):
    at = open_data(WITH_PASSWORD)
    for _ in range(3):  # three free attempts
        at = log_in(at, "salah")
    at = log_in(at, PASSWORD)
    assert "Terlalu banyak percobaan" in texts(at, "error")
    assert not at.file_uploader


def test_the_right_password_opens_upload_history_and_log_out(demo_db):
    at = log_in(open_data(WITH_PASSWORD))
    assert len(at.file_uploader) == 1
    assert at.file_uploader[0].accept_multiple_files
    assert set(at.file_uploader[0].allowed_type) == {".csv", ".xlsx", ".xlsm", ".parquet", ".zip"}
    assert "Riwayat impor" in [s.value for s in at.subheader]
    assert [r.value for r in at.radio] == ["ganti"]  # replace is the default
    button(at, "data_logout").click()
    at = rerun(at)
    assert not at.file_uploader


def service_code(db) -> str:
    return sql(db, "SELECT kode_layanan FROM layanan ORDER BY kode_layanan LIMIT 1")[0][0]


def count_2025(db) -> int:
    return sql(db, "SELECT count(*) FROM permohonan WHERE year(tanggal_masuk) = 2025")[0][0]


def test_an_admin_checks_a_bad_file_then_commits_a_good_one_and_rolls_it_back(demo_db):
    store = Store(demo_db)
    history, before = len(store.history()), count_2025(demo_db)
    code = service_code(demo_db)
    at = log_in(open_data(WITH_PASSWORD))

    header = "id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status\n"
    bad = header + f"T-1,{code},2025-05-02,2025-05-03,online,selesai\nT-2,{code},2025-13-40,,online,proses\n"
    at.file_uploader[0].set_value(("permohonan.csv", bad.encode(), "text/csv"))
    at = rerun(at)
    next(b for b in at.button if b.label == "Periksa").click()
    at = rerun(at)
    assert "1 kesalahan ditemukan" in texts(at, "error")
    problems = at.dataframe[0].value
    assert problems[["Berkas", "Baris", "Kolom", "Nilai"]].values.tolist() == [
        ["permohonan.csv", "3", "tanggal_masuk", "2025-13-40"]  # the header is row 1
    ]
    assert not [b for b in at.button if b.key == "data_commit"]
    assert len(store.history()) == history and count_2025(demo_db) == before

    good = (
        header + f"T-1,{code},2025-05-02,2025-05-03,online,selesai\nT-2,{code},2025-06-10,,offline,proses\n"
    )
    at.file_uploader[0].set_value(("permohonan.csv", good.encode(), "text/csv"))
    at.radio(key="data_mode").set_value("perbarui")
    at = rerun(at)
    assert "Berkas atau cara memuat berubah" in texts(at, "info")  # the old check is dropped
    next(b for b in at.button if b.label == "Periksa").click()
    at = rerun(at)
    preview = at.dataframe[0].value.iloc[0]
    total = sql(demo_db, "SELECT count(*) FROM permohonan")[0][0]
    assert preview["Ditambah"] == "2" and preview["Dihapus"] == "0"
    assert preview["Sesudah"] == fmt.number(total + 2)
    assert "T-1" in preview["Contoh kunci"]
    assert count_2025(demo_db) == before  # nothing written before the commit

    button(at, "data_commit").click()
    at = rerun(at)
    assert count_2025(demo_db) == before + 2
    assert re.search(r"Tersimpan: impor #\d+ \(2 baris\)", texts(at, "success"))
    entry = store.history()[0]
    assert entry["mode"] == "perbarui" and entry["oleh"] == "admin" and entry["berkas"] == ["permohonan.csv"]
    assert not at.file_uploader[0].value  # the uploader starts empty again

    button(at, "data_rollback").click()
    at = rerun(at)
    assert f"Batalkan impor #{entry['id']}" in texts(at, "warning")
    assert count_2025(demo_db) == before + 2  # not before the confirmation
    button(at, "data_rollback_yes").click()
    at = rerun(at)
    assert count_2025(demo_db) == before
    assert f"Impor #{entry['id']} dibatalkan" in texts(at, "success")
    shown = next(d.value for d in at.dataframe if "Keadaan" in d.value.columns)
    newest = shown.iloc[0]
    assert (newest["#"], newest["Cara"], newest["Berkas"]) == (
        entry["id"],
        "Perbarui baris",
        "permohonan.csv",
    )
    assert newest["Keadaan"].startswith("dibatalkan ") and newest["Baris per tabel"] == "permohonan 2"
    assert shown.iloc[1]["Keadaan"] == "berlaku"


def test_cancel_discards_an_import_prepared_from_a_zip(demo_db):
    store = Store(demo_db)
    history = len(store.history())
    at = log_in(open_data(WITH_PASSWORD))
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:  # a ZIP, with the file in a folder
        zf.writestr("kiriman/opd.csv", "kode_opd,nama_opd,jenis_opd\nBARU,Badan Baru,badan\n")
    at.file_uploader[0].set_value(("kiriman.zip", archive.getvalue(), "application/zip"))
    at.radio(key="data_mode").set_value("perbarui")
    at = rerun(at)
    next(b for b in at.button if b.label == "Periksa").click()
    at = rerun(at)
    assert at.dataframe[0].value.iloc[0]["Ditambah"] == "1"
    button(at, "data_cancel").click()
    at = rerun(at)
    assert "Dibatalkan" in texts(at, "info")
    assert len(store.history()) == history
    assert sql(demo_db, "SELECT count(*) FROM opd WHERE kode_opd = 'BARU'")[0][0] == 0
    leftovers = list(store.dir.glob("baru-*.duckdb"))
    assert not leftovers, leftovers


@pytest.mark.parametrize("admin", [False, True])
def test_english_keeps_no_indonesian_ui_string(demo_db, admin):
    at = open_data(WITH_PASSWORD, bahasa="en", tahun="2025")
    if admin:
        at.text_input(key="data_password").input(PASSWORD)
        next(b for b in at.button if b.label == "Log in").click()
        at = rerun(at)
        assert at.file_uploader
    found = [
        e.value
        for kind in ("title", "subheader", "caption", "markdown", "info", "warning", "error", "success")
        for e in getattr(at, kind)
    ]
    found += [
        w.label
        for kind in ("selectbox", "multiselect", "text_input", "radio", "button")
        for w in getattr(at, kind)
    ]
    found += [c for d in at.dataframe for c in d.value.columns]
    page_text = re.sub(r"`[^`]*`", "", "\n".join(str(x) for x in found))
    leftovers = [s for s in _indonesian_only_strings() if s in page_text]
    assert not leftovers, leftovers


def test_streamlit_upload_limit_matches_the_importers():
    import tomllib

    from kinerja.ingest import uploads

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == uploads.MAX_UPLOAD_MB


def test_the_check_result_filters_by_file_and_kind(demo_db):
    code = service_code(demo_db)
    at = log_in(open_data(WITH_PASSWORD))
    # permohonan.csv: an unknown column (warning) and a bad status in row 2 (error);
    # catatan.csv names no table (warning)
    bad = (
        "id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status,catatan\n"
        f"T-9,{code},2025-05-02,,online,batal,x\n"
    )
    at.file_uploader[0].set_value(
        [("permohonan.csv", bad.encode(), "text/csv"), ("catatan.csv", b"a,b\n1,2\n", "text/csv")]
    )
    at = rerun(at)
    next(b for b in at.button if b.label == "Periksa").click()
    at = rerun(at)

    def shown():
        return at.dataframe[0].value[["Berkas", "Baris", "Kolom", "Jenis"]].values.tolist()

    assert shown() == [["permohonan.csv", "2", "status", "Kesalahan"]]  # errors first
    at.segmented_control(key="data_problem_kind").set_value("all")
    at = rerun(at)
    assert len(shown()) == 3
    at.multiselect(key="data_problem_files").set_value(["permohonan.csv"])
    at = rerun(at)
    assert sorted(r[2] for r in shown()) == ["catatan", "status"]
    at.segmented_control(key="data_problem_kind").set_value("warnings")
    at = rerun(at)
    assert shown() == [["permohonan.csv", "", "catatan", "Peringatan"]]


def test_a_commit_after_the_data_changed_checks_again_instead(demo_db, tmp_path):
    from tests.importkit import import_ok, write

    store = Store(demo_db)
    code = service_code(demo_db)
    at = log_in(open_data(WITH_PASSWORD))
    header = "id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status\n"
    mine = header + f"S-1,{code},2025-07-01,,online,proses\n"
    at.file_uploader[0].set_value(("permohonan.csv", mine.encode(), "text/csv"))
    at.radio(key="data_mode").set_value("perbarui")
    at = rerun(at)
    next(b for b in at.button if b.label == "Periksa").click()
    at = rerun(at)
    total = sql(demo_db, "SELECT count(*) FROM permohonan")[0][0]
    assert at.dataframe[0].value.iloc[0]["Sesudah"] == fmt.number(total + 1)
    # meanwhile someone else imports three applications from the command line's path
    other = header + "".join(f"S-{i},{code},2025-07-0{i},,offline,proses\n" for i in (2, 3, 4))
    import_ok([write(tmp_path / "lain", {"permohonan.csv": other})], demo_db, mode="perbarui")
    history = len(store.history())

    button(at, "data_commit").click()
    at = rerun(at)
    assert "Data berubah sejak pemeriksaan" in texts(at, "warning")
    assert len(store.history()) == history  # nothing committed on the stale build
    assert at.dataframe[0].value.iloc[0]["Sesudah"] == fmt.number(total + 4)  # checked again
    button(at, "data_commit").click()
    at = rerun(at)
    assert len(store.history()) == history + 1
    assert sql(demo_db, "SELECT count(*) FROM permohonan")[0][0] == total + 4


OIDC = {
    "auth": {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "tes",
        "client_id": "kinerja",
        "client_secret": "tes",
        "server_metadata_url": "https://idp.example.org/.well-known/openid-configuration",
    },
    "kinerja": {"admin_emails": ["Admin@Bappeda.example.go.id"], "admin_password_hash": HASH},
}


def open_as(email: str | None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.secrets.update(OIDC)
    at.user.clear()
    at.user.update({"is_logged_in": email is not None, **({"email": email} if email else {})})
    at.switch_page("pages/data.py")
    return rerun(at)


def test_with_an_identity_provider_only_listed_emails_are_admins(demo_db):
    # not logged in: a log-in button, and no password form even though a hash is set
    at = open_as(None)
    assert [b.label for b in at.button if b.key == "data_login_sso"] == ["Masuk sebagai admin"]
    assert not at.text_input and not at.file_uploader
    # logged in, but not on the list
    at = open_as("tamu@example.org")
    assert "bukan admin" in texts(at, "warning") and not at.file_uploader
    # on the list (e-mails compare without case)
    at = open_as("admin@bappeda.example.go.id")
    assert len(at.file_uploader) == 1
    assert "admin@bappeda" in texts(at, "caption")


def test_a_replace_removing_most_of_a_table_is_a_warning_to_confirm(demo_db):
    """Issue 12 item 9: the preview names the removal as a warning and Simpan waits for a
    tick; nothing is written before it."""
    store = Store(demo_db)
    history, total = len(store.history()), sql(demo_db, "SELECT count(*) FROM permohonan")[0][0]
    code = service_code(demo_db)
    at = log_in(open_data(WITH_PASSWORD))
    month = "id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status\n"
    month += f"B-1,{code},2025-05-02,2025-05-03,online,selesai\n"
    at.file_uploader[0].set_value(("permohonan.csv", month.encode(), "text/csv"))
    at = rerun(at)  # mode ganti, the default
    next(b for b in at.button if b.label == "Periksa").click()
    at = rerun(at)
    assert "lolos pemeriksaan." not in texts(at, "success")  # no green "passed" above a removal
    warnings = texts(at, "warning")
    assert "menghapus sebagian besar isi tabel" in warnings
    assert f"akan menghapus {fmt.number(total)} dari {fmt.number(total)} baris tabel" in warnings
    assert button(at, "data_commit").disabled
    at.checkbox(key="data_guard_yakin").check()
    at = rerun(at)
    assert not button(at, "data_commit").disabled
    button(at, "data_cancel").click()
    at = rerun(at)
    assert len(store.history()) == history
    assert sql(demo_db, "SELECT count(*) FROM permohonan")[0][0] == total
