"""kinerja.views.profil_opd, the Profil OPD page's builder, on a tiny regency worked out by
hand: peers, the rank among them, the region beside it, its own target, and the trends."""

from __future__ import annotations

import pytest

from kinerja.indicators import filters, metrics
from kinerja.storage import db
from kinerja.views import profil_opd as pr

SPBE = "P1_spbe"


@pytest.fixture
def con(kinerja_db):
    """Dinas A, B, C and Kecamatan K active, Dinas X inactive. SPBE 2025: A 4,0, B 3,0,
    C 2,0, K 1,0 (A also two service points); 2024: A 3,0 alone. A's own SPBE target 2025: 3,5."""
    path = kinerja_db(
        {
            "opd": "kode_opd,nama_opd,jenis_opd,aktif\nA,Dinas A,dinas,ya\nB,Dinas B,dinas,ya\n"
            "C,Dinas C,dinas,ya\nK,Kecamatan K,kecamatan,ya\nX,Dinas Lama,dinas,tidak",
            "tempat_kerja": "tahun,kode_opd,indeks_spbe,surat_total,surat_elektronik,"
            "hari_kerja_total,hari_kerja_fleksibel,titik_layanan\n"
            "2024,A,3.0,,,,,\n2025,A,4.0,,,,,2\n2025,B,3.0,,,,,\n2025,C,2.0,,,,,\n2025,K,1.0,,,,,",
            "target": "kode_indikator,tahun,kode_opd,nilai_target\nP1_spbe,2025,A,3.5",
        }
    )
    connection = db.open_readonly(path)
    yield connection
    connection.close()


def build(con, code: str = "A", tahun: int = 2025) -> pr.Profile:
    opds = metrics.run(con, "opd")
    me = opds.filter(opds["kode_opd"] == code).row(0, named=True)
    peers = pr.peers(opds, code)
    own = filters.resolve(opds, opd=[code])
    region = filters.resolve(opds)
    years = [2024, 2025]
    return pr.build(
        me=me,
        peer_codes=peers,
        card=metrics.scorecard(con, own, tahun, None),
        before=metrics.scorecard(con, own, tahun - 1, None),
        region_card=metrics.scorecard(con, region, tahun, None),
        peer_values=metrics.values(con, opd=list(peers), tahun_dari=tahun, per_opd=True),
        sizes=metrics.run(con, "ukuran_kelompok", opd=list(peers), tahun=tahun, sampai_bulan=None),
        years=years,
        mine=metrics.values(con, opd=[code], tahun_dari=2024, tahun_sampai=2025, codes=pr.TRENDS),
        whole=metrics.values(con, opd=region.opd, tahun_dari=2024, tahun_sampai=2025, codes=pr.TRENDS),
        target_cards={y: metrics.scorecard(con, own, y, None) for y in years},
        tahun=tahun,
        partial_month=None,
        lang="id",
    )


def test_peers_are_the_active_opd_of_its_kind_and_itself(con):
    opds = metrics.run(con, "opd")
    assert pr.peers(opds, "A") == ("A", "B", "C")  # X is inactive, K another kind
    assert pr.peers(opds, "X") == ("A", "B", "C", "X")  # an inactive OPD is ranked with them


def test_rank_region_and_own_target_are_hand_worked(con):
    page = build(con)
    row = list(page.card["kode"]).index(SPBE)
    # A 4,0 is first of A, B, C; the region's four active OPD average (4 + 3 + 2 + 1) / 4 = 2,5
    assert page.rank_column[row] == "1 dari 3"
    assert page.region_column[row] == "2,50"
    # its own target 3,5 is the only one set, and met
    assert page.heading == "Semua indikator: 1 dari 1 indikator bertarget tercapai"
    assert page.before[SPBE] == 3.0
    assert page.no_data is None and page.inactive is None


def test_trends_beside_the_region_and_the_ones_without_data(con):
    page = build(con)
    assert [tr.code for tr in page.trends] == [SPBE]
    spbe = page.trends[0]
    # 2024: A alone (3,0), so the region is 3,0 too; 2025: 4,0 against 2,5, 1,5 above
    assert (spbe.ours, spbe.region, spbe.targets) == ([3.0, 4.0], [3.0, 2.5], [None, 3.5])
    assert spbe.title.startswith("Indeks SPBE 2025: 4,00, 1,50 di atas wilayah")
    assert page.trends_missing.startswith("Tanpa data untuk OPD ini pada tahun mana pun: ")


def test_an_inactive_opd_without_data_says_both(con):
    page = build(con, "X")
    assert page.inactive.startswith("OPD ini tidak aktif lagi")
    assert page.no_data == "Belum ada data 2025 untuk OPD ini."
    assert page.heading == "Semua indikator (OPD ini belum memiliki target 2025)"


def test_the_lead_names_the_peer_count_or_says_the_opd_is_alone_in_its_kind(con):
    assert "peringkatnya di antara 3 OPD aktif sejenis" in build(con, "A").lead
    alone = build(con, "K").lead  # the only kecamatan
    assert "tanpa peringkat: satu-satunya OPD aktif jenisnya" in alone and "di antara 1 OPD" not in alone


def test_a_kind_with_fewer_opd_than_a_ranking_needs_is_said_to_be_unranked(kinerja_db):
    """rules.MIN_RANKED (3): two active dinas make no ranking, and the lead and the table's
    caption say so instead of promising a rank among 2."""
    path = kinerja_db(
        {
            "opd": "kode_opd,nama_opd,jenis_opd,aktif\nA,Dinas A,dinas,ya\nB,Dinas B,dinas,ya",
            "tempat_kerja": "tahun,kode_opd,indeks_spbe,surat_total,surat_elektronik,"
            "hari_kerja_total,hari_kerja_fleksibel,titik_layanan\n2025,A,4.0,,,,,\n2025,B,3.0,,,,,",
        }
    )
    connection = db.open_readonly(path)
    try:
        page = build(connection, "A")
    finally:
        connection.close()
    assert "tanpa peringkat: jenisnya hanya 2 OPD aktif, peringkat perlu sedikitnya 3" in page.lead
    assert page.table_caption.startswith("Jenis OPD ini hanya 2 OPD aktif; peringkat perlu sedikitnya 3")
    assert page.rank_column[list(page.card["kode"]).index(SPBE)] == "–"
