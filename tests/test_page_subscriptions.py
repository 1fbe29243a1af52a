"""Subscriptions on the data page in AppTest (kinerja.ui.subscriptions_admin): an admin adds
and removes them in the store the command line uses; a bad address or filters that select no
OPD are refused in the user's language with nothing stored; a viewer sees none of it."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from kinerja.i18n import t
from kinerja.ingest import access
from kinerja.reports.subscriptions import Subscriptions
from tests.appkit import ROOT, build_demo_db
from tests.pagekit import database

PASSWORD = "rahasia-bappeda-2026"
SECRETS = {"kinerja": {"admin_password_hash": access.hash_password(PASSWORD)}}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    with database(build_demo_db(tmp_path_factory.mktemp("langganan"))) as db:
        yield db


@pytest.fixture
def store(demo_db):
    """The store of the test database, empty before and after each test."""
    subs = Subscriptions(demo_db)
    subs.path.unlink(missing_ok=True)
    yield subs
    subs.path.unlink(missing_ok=True)


def run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def data_page(admin: bool, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.secrets.update(SECRETS)
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page("pages/data.py")
    run(at)
    if admin:
        at.text_input(key="data_password").input(PASSWORD)
        next(b for b in at.button if b.label in ("Masuk", "Log in")).click()
        run(at)
    return at


def save(at: AppTest, email: str, lang: str = "id", **choices) -> AppTest:
    at.text_area(key="lg_email").input(email)
    for key, value in choices.items():
        widget = next(w for w in [*at.selectbox, *at.multiselect] if w.key == key)
        widget.set_value(value)
    next(b for b in at.button if b.label == t("langganan_ui_save", lang)).click()
    return run(at)


def test_viewer_sees_nothing_of_the_subscriptions(store):
    store.add(["bupati@nusaharapan.go.id"], "mingguan")
    at = data_page(admin=False)
    shown = "\n".join(
        [*(e.value for kind in ("subheader", "caption", "markdown") for e in getattr(at, kind))]
        + [str(d.value) for d in at.dataframe]
    )
    assert t("langganan_ui_head", "id") not in shown
    assert "bupati@nusaharapan.go.id" not in shown
    assert not [w for w in at.text_area if w.key == "lg_email"]


def test_bad_address_is_refused_in_english_and_nothing_is_stored(store):
    at = data_page(admin=True, bahasa="en")
    at = save(at, "bupati@nusaharapan.go.id, sekda at kab.go.id", "en")
    errors = "\n".join(e.value for e in at.error)
    assert "Not an e-mail address: sekda" in errors and "Nothing was saved" in errors
    assert store.all() == []
    assert not store.path.exists()


def test_filters_that_select_no_opd_are_refused(store):
    at = data_page(admin=True)
    at = save(at, "bupati@nusaharapan.go.id", lg_jenis=["kecamatan"], lg_opd=["BAPPEDA"])
    assert t("langganan_ui_empty_selection", "id") in [e.value for e in at.error]
    assert store.all() == []


def test_admin_adds_then_removes_a_subscription(store):
    at = data_page(admin=True)
    at = save(
        at,
        "bupati@nusaharapan.go.id\nsekda@nusaharapan.go.id",
        lg_jadwal="saat-berubah",
        lg_jenis=["badan"],
    )
    (sub,) = store.all()
    assert sub.email == ["bupati@nusaharapan.go.id", "sekda@nusaharapan.go.id"]
    assert (sub.jadwal, sub.jenis_opd, sub.opd, sub.bahasa, sub.lampiran) == (
        "saat-berubah",
        ["badan"],
        [],
        "id",
        ["pdf"],
    )
    assert t("langganan_ui_added", "id", id=sub.id) in [s.value for s in at.success]
    (listed,) = [d.value for d in at.dataframe if "Jadwal" in d.value.columns]
    assert listed["Alamat"][0] == "bupati@nusaharapan.go.id, sekda@nusaharapan.go.id"
    assert listed["Jadwal"][0] == "saat status berubah"

    next(b for b in at.button if b.key == "lg_remove").click()
    at = run(at)
    assert store.get(sub.id) is not None  # asked first, nothing removed yet
    next(b for b in at.button if b.key == "lg_remove_yes").click()
    at = run(at)
    assert store.all() == []
    assert t("langganan_ui_removed", "id", id=sub.id) in [s.value for s in at.success]
    assert t("langganan_ui_none", "id") in [c.value for c in at.caption]


def test_a_subscription_added_on_the_command_line_is_listed_with_its_filters(store):
    store.add(
        ["kadis@nusaharapan.go.id"], "bulanan", opd=["BAPPEDA"], bahasa="en", lampiran=["kartu", "pptx"]
    )
    at = data_page(admin=True, bahasa="en")
    (listed,) = [d.value for d in at.dataframe if "Schedule" in d.value.columns]
    row = listed.iloc[0] if hasattr(listed, "iloc") else listed.row(0, named=True)
    assert row["Schedule"] == "monthly"
    assert (row["Attachments"], row["Language"]) == ("Card, PPTX", "EN")
    assert row["Last sent"] == "never"
    assert "BAPPEDA" not in row["Agencies"] and row["Agencies"]  # the OPD's name, not its code
