"""kinerja.views.sdm, the SDM page's builder, on a tiny regency worked out by hand: the
cards and why the page stops, the composition and JP findings, the per-OPD table's blanks."""

from __future__ import annotations

import pytest

from kinerja.indicators import filters, metrics
from kinerja.storage import db
from kinerja.views import compare, sdm
from tests.test_page_sdm import TINY


@pytest.fixture
def con(kinerja_db):
    """tests/test_page_sdm.py's TINY: A with 12 ASN (P00–P02 PPPK, the odd ones women, every
    third from P01 fungsional, JP 0, 5, 19,5, 20, 25, 40, 12, 12, 30, 8, 0, 22); B with one
    ASN of 40 JP; all in 2025."""
    path = kinerja_db(TINY)
    connection = db.open_readonly(path)
    yield connection
    connection.close()


def selection(con, opd=None) -> filters.Selection:
    return filters.resolve(metrics.run(con, "opd"), opd=opd)


def cards(con, tahun: int, opd=None) -> sdm.Cards:
    sel = selection(con, opd)
    card = metrics.scorecard(con, sel, tahun, None, sdm.CODES)
    before = metrics.scorecard(con, sel, tahun - 1, None, sdm.CODES)
    return sdm.cards(card, before, tahun, "id")


def page(con, sel) -> sdm.Workforce:
    return sdm.build(
        cards(con, 2025, sel.opd if sel.target_scope == "opd" else None).rows,
        yearly=metrics.values(con, opd=sel.opd, tahun_dari=2025, codes=sdm.CODES),
        targets=metrics.run(con, "target", tahun_dari=2025, tahun_sampai=2025),
        komposisi=metrics.run(con, "sdm_komposisi", opd=sel.opd, tahun_dari=2025, tahun_sampai=2025),
        bands=metrics.run(con, "sdm_jp_sebaran", opd=sel.opd, tahun=2025),
        per_opd=metrics.values(con, opd=sel.opd, tahun_dari=2025, per_opd=True, codes=sdm.CODES),
        names=metrics.run(con, "opd"),
        selection=sel,
        first_year=2025,
        tahun=2025,
        lang="id",
    )


def test_the_page_stops_with_a_reason_without_asn_or_with_too_few(con):
    assert cards(con, 2025).notice is None
    # 2024 has no ASN at all: a warning, and no "change on last year" from it into 2025
    empty = cards(con, 2024)
    assert empty.empty and "Belum ada data pegawai (ASN) untuk 2024" in empty.notice
    assert cards(con, 2025).before == {}
    # B alone has one ASN, under the floor of ten: explained, not broken down
    few = cards(con, 2025, ["B"])
    assert not few.empty and few.notice.startswith("OPD terpilih hanya memiliki 1 ASN (kurang dari 10)")


def test_composition_and_jp_findings_are_hand_worked(con):
    model = page(con, selection(con))
    # 13 ASN: PPPK P00–P02 = 3 (23%), women the six odd ones in A (46%), fungsional P01, P04,
    # P07, P10 (31%)
    assert model.composition_title == "13 ASN pada 2025: 23% PPPK, 46% perempuan, 31% fungsional"
    assert model.pppk.frame["nilai"].to_list() == [pytest.approx(300 / 13)]
    # 20 JP or more: 20, 25, 40, 30, 22 in A and 40 in B = 6 of 13; 7 below (53,8%)
    assert model.jp_title.startswith("7 ASN (53,8%) belum mencapai 20 JP")
    assert model.bands["n"].to_list() == [2, 2, 3, 3, 1, 2]


def test_shares_of_an_opd_under_the_asn_floor_are_left_blank(con):
    table = page(con, selection(con)).table.frame
    a, b = table.row(0, named=True), table.row(1, named=True)
    assert (a["Kode OPD"], b["Kode OPD"]) == ("A", "B")  # largest first
    # A: 5 of 12 with 20 JP = 41,7 %; B has one ASN: its share would be that person's
    assert a["ASN memenuhi 20 JP"] == pytest.approx(41.7)
    assert b["ASN memenuhi 20 JP"] is None and b["Jumlah ASN"] == 1


def test_one_opd_is_no_ranking_and_the_small_one_is_counted(con):
    sel = selection(con)
    ranking = compare.opd_ranking(
        metrics.values(con, opd=sel.opd, tahun_dari=2025, per_opd=True, codes=sdm.CODES),
        sdm.JP,
        metrics.run(con, "opd"),
        metrics.run(con, "target", tahun_dari=2025, tahun_sampai=2025),
        metrics.run(con, "ukuran_kelompok", opd=sel.opd, tahun=2025, sampai_bulan=None),
        2025,
        "id",
    )
    assert ranking.ranked.frame["kode_opd"].to_list() == ["A"]
    assert not ranking.ranked.enough
    assert "1 OPD tidak diperingkat" in ranking.ranked.left_out_note("id")
