"""kinerja.views.inovasi, the Inovasi page's builder, on a tiny regency worked out by hand:
the year's findings, who still owes "one agency, one innovation", the per-OPD ranking, the
stages, forms and awards, and a running year compared with nothing."""

from __future__ import annotations

import pytest

from kinerja.indicators import filters, metrics
from kinerja.storage import db
from kinerja.views import inovasi as ino


@pytest.fixture
def con(kinerja_db):
    """A, B, C active, D inactive. 2024: A one innovation. 2025: A two (one digital), B one
    (not digital); C none. One national award to A's digital innovation in 2025."""
    path = kinerja_db(
        {
            "opd": "kode_opd,nama_opd,jenis_opd,aktif\nA,Dinas Alfa,dinas,ya\nB,Badan Beta,badan,ya\n"
            "C,Kecamatan Gama,kecamatan,ya\nD,Dinas Lama,dinas,tidak",
            "inovasi": "id_inovasi,kode_opd,nama_inovasi,tahun,bentuk,digital,tahapan,tahap_lab\n"
            "X1,A,Arsip Lama,2024,tata_kelola,tidak,penerapan,\n"
            "X2,A,Antrean Daring,2025,pelayanan_publik,ya,penerapan,deliver\n"
            "X3,A,Surat Cepat,2025,pelayanan_publik,tidak,uji_coba,\n"
            "X4,B,Gagasan Beta,2025,tata_kelola,tidak,inisiatif,",
            "penghargaan": "id_penghargaan,kode_opd,id_inovasi,nama_penghargaan,tingkat,tahun,pemberi\n"
            "H1,A,X2,Top Inovasi,nasional,2025,KemenPANRB",
        }
    )
    connection = db.open_readonly(path)
    yield connection
    connection.close()


def build(con, tahun: int = 2025, partial_month: int | None = None) -> ino.Innovation:
    opds = metrics.run(con, "opd")
    sel = filters.resolve(opds)
    opd = sel.opd
    years = [2024, 2025]
    return ino.build(
        years=years,
        cards={y: metrics.scorecard(con, sel, y, None) for y in {*years, tahun - 1}},
        series=metrics.values(
            con, opd=opd, tahun_dari=2024, tahun_sampai=2025, codes=(ino.COUNT, ino.DIGITAL, *ino.AWARD_CODES)
        ),
        per_opd=metrics.values(
            con, opd=opd, tahun_dari=2024, tahun_sampai=tahun, per_opd=True, codes=(ino.COUNT,)
        ),
        judged=metrics.ranking(con, ino.COUNT, opd, tahun, None),
        opds=opds,
        stages=metrics.run(con, "inovasi_tahapan", opd=opd, tahun=tahun),
        lab=metrics.run(con, "inovasi_tahap_lab", opd=opd, tahun=tahun),
        forms=metrics.run(con, "inovasi_bentuk", opd=opd, tahun=tahun),
        awards=metrics.run(con, "inovasi_penghargaan", opd=opd, tahun=tahun),
        tahun=tahun,
        partial_month=partial_month,
        lang="id",
    )


def test_the_years_findings_are_hand_worked(con):
    page = build(con)
    # 1 innovation in 2024, 3 in 2025: two more
    assert page.counts.values == [1, 3]
    assert page.counts.title == "3 inovasi baru pada 2025, 2 lebih banyak dari 2024"
    # digital: 0 of 1 in 2024, 1 of 3 in 2025 = 33 %
    assert page.digital.values == [0, pytest.approx(100 / 3)]
    assert page.before[ino.COUNT] == 1


def test_a_running_year_is_compared_with_nothing(con):
    page = build(con, partial_month=10)
    # January–October of 2025 against the whole of 2024 would be no fair "+2"
    assert page.counts.title == "3 inovasi baru pada 2025"
    assert page.running and page.before.get(ino.COUNT) is None


def test_the_active_opd_without_an_innovation_is_named(con):
    one = build(con).one_each
    # A and B innovated in 2025, C did not; D is inactive and owes nothing
    assert one.heading == "Satu OPD, satu inovasi: 1 dari 3 OPD aktif belum berinovasi pada 2025"
    assert one.missing.row(0)[1] == "C" and one.missing.height == 1


def test_per_opd_ranking_stages_forms_and_awards(con):
    page = build(con)
    # A leads with 2; two OPD innovated, too few to rank (at least three)
    assert (
        page.leaders.title == "Dinas Alfa terbanyak dengan 2 inovasi; 2 OPD mendaftarkan paling sedikit satu"
    )
    assert not page.leaders.ranked.enough
    # of 2025's three, one reached implementation (penerapan)
    assert page.stages.title == "1 dari 3 inovasi tahun 2025 sudah sampai tahap penerapan"
    # public service: 2 of 3, one digital
    assert page.forms.title.endswith("2 dari 3 inovasi tahun 2025, 1 di antaranya digital")
    assert page.awards.title == "1 penghargaan pada 2025, 1 di antaranya tingkat nasional atau internasional"
    assert page.awards.table.height == 1


def test_the_register_says_how_many_were_found_or_why_none(con):
    found = metrics.run(con, "inovasi_daftar", opd=["A", "B", "C", "D"], cari="antrean", tahun=None)
    # one match, Antrean Daring, which has the national award
    assert (
        ino.register(found, "antrean", "id").caption == "1 inovasi ditemukan, 1 di antaranya berpenghargaan."
    )
    none = metrics.run(con, "inovasi_daftar", opd=["A", "B", "C", "D"], cari="zzz", tahun=None)
    model = ino.register(none, " zzz ", "id")
    assert model.table.height == 0 and "zzz" in model.caption
