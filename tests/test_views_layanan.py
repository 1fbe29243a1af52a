"""kinerja.views.layanan, the Layanan page's section builders, on a regency small enough to
work out by hand: the cards, monthly volume, online share, the services against their SLA,
the survey's weakest element and the integrated services."""

from __future__ import annotations

import pytest

from kinerja.indicators import filters, metrics
from kinerja.storage import db
from kinerja.views import layanan as lay
from tests.test_page_layanan import LAYANAN, OPD, PERMOHONAN, SKM


@pytest.fixture
def con(kinerja_db):
    """tests/test_page_layanan.py's regency: A with services A1 (SLA 2) and A2 (SLA 5), B with
    B1 (SLA 1); 2025's applications all A's: four in March on A1 after 1–4 days (two online),
    one on A2 after 3 days (online) and one in progress (May); 2024: A1 in February, B1 in June."""
    path = kinerja_db({"opd": OPD, "layanan": LAYANAN, "permohonan": PERMOHONAN, "skm": SKM})
    connection = db.open_readonly(path)
    yield connection
    connection.close()


def sel(con, opd=None):
    return filters.resolve(metrics.run(con, "opd"), opd=opd)


def test_cards_say_whether_the_application_sections_apply(con):
    def cards(opd):
        s = sel(con, opd)
        card = metrics.scorecard(con, s, 2025, None, lay.WORK)
        return lay.cards(card, metrics.scorecard(con, s, 2024, None, lay.WORK), None)

    both = cards(None)
    assert both.applications and both.rows[lay.VOLUME]["nilai"] == 6 and both.before[lay.VOLUME] == 2
    assert not cards(["B"]).applications  # B had no application in 2025


def test_volume_and_online_findings_are_hand_worked(con):
    s = sel(con)
    monthly = metrics.values(
        con, opd=s.opd, tahun_dari=2024, tahun_sampai=2025, per_bulan=True, codes=lay.WORK[:2]
    )
    # the data end in May 2025: Jan–May 2025 (6) against Jan–May 2024 (1: June left out)
    ytd = metrics.values(
        con, opd=s.opd, tahun_dari=2024, tahun_sampai=2025, sampai_bulan=5, codes=lay.WORK[:1]
    )
    vol = lay.volume(monthly, ytd, 2025, 5, "id")
    assert vol.title == "6 permohonan pada Jan–Mei 2025, naik 500,0% dari Jan–Mei 2024; terbanyak pada Mar"
    assert vol.now[:5] == [0, 0, 4, 0, 2] and vol.now[5:] == [None] * 7
    yearly = metrics.values(con, opd=s.opd, tahun_dari=2024, tahun_sampai=2025, codes=lay.WORK[:2])
    targets = metrics.run(con, "target", tahun_dari=2024, tahun_sampai=2025)
    on = lay.online(monthly, yearly, targets, s, 2025, 5, "en")
    # 2024: p1 online of 2 = 50 %; 2025: p2, p4, p6 online of 6 = 50 %; March 2 of 4, May 1 of 2
    assert on.years == ["2024", "2025"] and on.shares == [50.0, 50.0]
    assert on.month_shares == [None, None, 50.0, None, 50.0]  # no application, no share
    assert on.title == "Online share 50.0% in 2025"  # no target, and no change on 2024


def test_services_against_their_sla_keep_the_floor(con, monkeypatch):
    s = sel(con)
    services = metrics.run(con, "layanan_per_layanan", opd=s.opd, tahun=2025, sampai_bulan=None)
    # with the default floor of 30 completed applications no service is shown, and it says why
    assert lay.sla(services, 2025, "id").notice.startswith("Belum ada layanan dengan sedikitnya 30")
    monkeypatch.setenv("KINERJA_MIN_PERMOHONAN", "2")
    model = lay.sla(services, 2025, "id")
    # A1 (four completed, median 2,5 vs SLA 2) is shown; A2 has one completed: left out, counted
    assert model.slow.services == ["Izin Satu"] and model.slow.ratios == [1.25]
    assert model.slow.title.startswith("1 dari 1 layanan bermedian di atas SLA; paling lambat: Izin Satu")
    assert model.small_note.startswith("1 layanan tidak diperingkat")


def test_the_weakest_survey_element_and_the_integrated_services(con):
    s = sel(con)
    survey = dict(opd=s.opd, tahun_dari=2025, tahun_sampai=2025, sampai_bulan=None, per_bulan=False)
    names = metrics.run(con, "opd").select("kode_opd", "nama_opd")
    ikm = lay.satisfaction(
        metrics.run(con, "skm", per_opd=False, **survey),
        metrics.run(con, "skm", per_opd=True, **survey),
        metrics.ranking(con, lay.IKM, s.opd, 2025, None),
        names,
        metrics.run(con, "ukuran_kelompok", opd=s.opd, tahun=2025, sampai_bulan=None),
        metrics.run(con, "target", tahun_dari=2025, tahun_sampai=2025),
        2025,
        "id",
    )
    # U3 scored 2 by both respondents; every other element (4 + 3) / 2 = 3,5
    assert ikm.title.startswith("Waktu penyelesaian (U3) paling menurunkan IKM: nilai rata-rata 2,00 dari 4")
    assert "2 responden" in ikm.caption
    assert not ikm.ranking.ranked.enough and ikm.ranking.title == ""  # two respondents: too few
    catalogue = dict(opd=s.opd, tahun_dari=2025, tahun_sampai=2025)
    mpp = lay.integrated(
        metrics.run(con, "layanan", per_opd=False, **catalogue),
        metrics.run(con, "layanan", per_opd=True, **catalogue),
        metrics.run(con, "layanan_terintegrasi", opd=s.opd),
        names,
        "id",
    )
    # A1 and B1 integrated, A2 not: 2 of 3; A and B one each, A first by its larger catalogue
    assert mpp.title == "2 dari 3 layanan terintegrasi di MPP; terbanyak di Dinas A (1)"
    assert (mpp.opds, mpp.integrated, mpp.other) == (["Dinas A", "Kecamatan B"], [1, 1], [1, 0])
    assert mpp.table.frame.height == 2
