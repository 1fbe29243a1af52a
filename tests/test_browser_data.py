"""The Data page in a real browser (Debian's Chromium through Playwright) against a real
`streamlit run` whose admin password hash comes from a secrets file in tmp, handed to the
server with Streamlit's `secrets.files` option (env STREAMLIT_SECRETS_FILES), so the
developer's own .streamlit/secrets.toml is neither read nor written.

A viewer finds no upload control, also by URL; an admin logs in, uploads a bad file and
sees its error with the right row while the database stays as it was, uploads a good
one, previews and commits it and the overview's number changes; a rollback returns it.
Screenshots go to artifacts/screenshots/data_*.png to be looked at."""

from __future__ import annotations

import os
import re
import zipfile

import fastexcel
import pytest

from kinerja import fmt
from kinerja.ingest import access
from kinerja.ingest.schema import LOAD_ORDER, TABLES
from kinerja.storage.store import Store
from tests.appkit import ROOT, Server, build_demo_db
from tests.pagekit import cli, sql

pytest.importorskip("playwright.sync_api")
SHOTS = ROOT / "artifacts" / "screenshots"
PASSWORD = "rahasia-bappeda-2026"
HEADER = "id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status\n"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser_data")
    db = build_demo_db(folder)
    secrets = folder / "secrets.toml"
    secrets.write_text(
        f'[kinerja]\nadmin_password_hash = "{access.hash_password(PASSWORD)}"\n', encoding="utf-8"
    )
    old = os.environ.get("STREAMLIT_SECRETS_FILES")
    os.environ["STREAMLIT_SECRETS_FILES"] = str(secrets)  # Server passes os.environ on
    try:
        srv = Server(db, folder / "streamlit.log")
    finally:
        if old is None:
            os.environ.pop("STREAMLIT_SECRETS_FILES")
        else:
            os.environ["STREAMLIT_SECRETS_FILES"] = old
    srv.db = db
    yield srv
    srv.stop()


def settle(page) -> None:
    """Wait until the script run finished (the running indicator is gone)."""
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=90_000
    )
    page.wait_for_timeout(500)
    assert page.locator('[data-testid="stException"]').count() == 0


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"data_{name}.png"))


def open_page(browser, url: str, width: int = 1280, height: int = 3000):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    page.wait_for_selector("h1", timeout=60_000)
    settle(page)
    return page


def upload_controls(page) -> int:
    return page.locator('[data-testid="stFileUploader"], input[type="file"]').count()


def table_rows(page, index: int = 0) -> list[list[str]]:
    """The cells of a st.dataframe, read from the grid's accessible table."""
    grid = page.locator('[data-testid="stDataFrame"]').nth(index)
    rows = []
    for row in grid.locator('tr[role="row"]').all():
        rows.append(
            [c.strip() for c in row.locator('[role="columnheader"], [role="gridcell"]').all_inner_texts()]
        )
    return rows


def overview_count(browser, url: str) -> str:
    """The overview's "Permohonan layanan" for 2025, read in a fresh viewer session."""
    page = open_page(browser, f"{url}/?tahun=2025", height=1400)
    label = page.locator('[data-testid="stMetricLabel"]', has_text=re.compile(r"^Permohonan layanan$"))
    value = page.locator('[data-testid="stMetric"]', has=label).locator('[data-testid="stMetricValue"]')
    text = value.first.inner_text().strip()
    page.close()
    return text


def test_a_viewer_finds_no_upload_control_also_by_url(server, browser):
    page = open_page(browser, f"{server.url}/data?tahun=2025")
    assert page.locator("h1").first.inner_text() == "Kelola data"
    assert page.get_by_text("Kesegaran data", exact=True).count() == 1
    assert upload_controls(page) == 0
    assert page.get_by_text("Riwayat impor").count() == 0
    assert page.get_by_label("Kata sandi admin").count() == 1
    shot(page, "viewer")
    # anyone may take a template, built when asked, with the database's OPD codes as a list
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Semua templat (ZIP)").click()
    archive = zipfile.ZipFile(download.value.path())
    assert sorted(archive.namelist()) == sorted(f"{t}.xlsx" for t in LOAD_ORDER)
    layanan = fastexcel.read_excel(archive.read("layanan.xlsx")).load_sheet("layanan", dtypes="string")
    assert layanan.to_polars().columns == TABLES["layanan"].column_names
    first_code = sql(server.db, "SELECT min(kode_opd) FROM opd")[0][0]
    assert layanan.to_polars()["kode_opd"].to_list() == [first_code]
    page.close()

    # English, on a phone; and a wrong password opens nothing
    page = open_page(browser, f"{server.url}/data?bahasa=en", width=390, height=2600)
    assert page.locator("h1").first.inner_text() == "Manage data"
    assert upload_controls(page) == 0
    page.get_by_label("Admin password").fill("not-the-password")
    page.get_by_role("button", name="Log in").click()
    page.get_by_text("Wrong password.").wait_for(timeout=30_000)
    settle(page)
    assert upload_controls(page) == 0
    shot(page, "viewer_phone_wrong_password")
    page.close()


def test_an_admin_checks_commits_and_rolls_back(server, browser):
    db = server.db
    store = Store(db)
    w1 = cli(db, "--tahun", "2025")["W1_permohonan"]["nilai"]
    assert overview_count(browser, server.url) == fmt.number(w1)
    history = len(store.history())
    code = sql(
        db,
        "SELECT kode_layanan FROM layanan JOIN opd USING (kode_opd) WHERE aktif ORDER BY kode_layanan LIMIT 1",
    )[0][0]

    page = open_page(browser, f"{server.url}/data?tahun=2025")
    page.get_by_label("Kata sandi admin").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_selector('[data-testid="stFileUploader"]', timeout=30_000)
    settle(page)
    shot(page, "admin")

    # a bad file: the third row (header = row 1) has an impossible date
    bad = HEADER + f"T-1,{code},2025-05-02,2025-05-03,online,selesai\nT-2,{code},2025-13-40,,online,proses\n"
    page.locator('input[type="file"]').set_input_files(
        files=[{"name": "permohonan.csv", "mimeType": "text/csv", "buffer": bad.encode()}]
    )
    settle(page)
    page.get_by_role("button", name="Periksa").click()
    page.get_by_text("1 kesalahan ditemukan", exact=False).wait_for(timeout=60_000)
    settle(page)
    rows = table_rows(page, 0)
    assert rows[0][:4] == ["Berkas", "Baris", "Kolom", "Nilai"]
    assert rows[1][:4] == ["permohonan.csv", "3", "tanggal_masuk", "2025-13-40"]
    assert page.get_by_role("button", name="Simpan ke basis data").count() == 0
    shot(page, "errors")
    assert len(store.history()) == history
    assert overview_count(browser, server.url) == fmt.number(w1)

    # cancel empties the upload control; then a good file, as an update: two new applications in 2025
    page.get_by_role("button", name="Batal", exact=True).click()
    page.get_by_text("Dibatalkan; tidak ada yang disimpan.").wait_for(timeout=30_000)
    settle(page)
    assert page.locator('[data-testid="stFileUploader"]').get_by_text("permohonan.csv").count() == 0
    good = (
        HEADER + f"T-1,{code},2025-05-02,2025-05-03,online,selesai\nT-2,{code},2025-06-10,,offline,proses\n"
    )
    page.locator('input[type="file"]').set_input_files(
        files=[{"name": "permohonan.csv", "mimeType": "text/csv", "buffer": good.encode()}]
    )
    settle(page)
    # the history table names the mode too (the demo is built in two imports): the radio
    page.get_by_test_id("stRadioGroup").get_by_text("Perbarui baris", exact=True).click()
    settle(page)
    page.get_by_role("button", name="Periksa").click()
    page.get_by_role("button", name="Simpan ke basis data").wait_for(timeout=60_000)
    settle(page)
    preview = table_rows(page, 0)
    assert preview[0][:6] == ["Tabel", "Sebelum", "Sesudah", "Ditambah", "Diubah", "Dihapus"]
    assert preview[1][3:6] == ["2", "0", "0"]
    assert len(store.history()) == history  # the preview wrote nothing
    shot(page, "preview")

    page.get_by_role("button", name="Simpan ke basis data").click()
    page.get_by_text("Tersimpan: impor", exact=False).wait_for(timeout=60_000)
    settle(page)
    uploader = page.locator('[data-testid="stFileUploader"]')
    assert uploader.count() == 1 and uploader.get_by_text("permohonan.csv").count() == 0  # emptied
    shot(page, "committed")
    assert len(store.history()) == history + 1
    assert overview_count(browser, server.url) == fmt.number(w1 + 2)

    page.get_by_role("button", name="Batalkan impor terakhir…").click()
    page.get_by_role("button", name="Ya, batalkan impor").wait_for(timeout=30_000)
    settle(page)
    shot(page, "rollback_confirm")
    assert overview_count(browser, server.url) == fmt.number(w1 + 2)  # not before confirming
    page.get_by_role("button", name="Ya, batalkan impor").click()
    page.get_by_text("dibatalkan; data kembali", exact=False).wait_for(timeout=60_000)
    settle(page)
    shot(page, "rolled_back")
    assert overview_count(browser, server.url) == fmt.number(w1)
    page.close()
