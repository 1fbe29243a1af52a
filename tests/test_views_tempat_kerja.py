"""kinerja.views.tempat_kerja, the Tempat kerja page's builder, on a tiny regency worked out
by hand: why the page stops, the SPBE ranking's title and predicates, the per-OPD table."""

from __future__ import annotations

import pytest

from kinerja.indicators import filters, metrics
from kinerja.storage import db
from kinerja.views import tempat_kerja as tk


@pytest.fixture
def con(kinerja_db):
    """Four OPD in 2025, one SPBE predicate each: A 4,2 Memuaskan (on the boundary), B 3,6
    Sangat Baik, C 2,7 Baik, D 1,79 Kurang (just under Cukup). A has its own P2 target 90."""
    path = kinerja_db(
        {
            "opd": "kode_opd,nama_opd,jenis_opd\nA,Dinas Alfa,dinas\nB,Badan Beta,badan\n"
            "C,Dinas Gama,dinas\nD,Dinas Delta,dinas",
            "tempat_kerja": "tahun,kode_opd,indeks_spbe,surat_total,surat_elektronik,"
            "hari_kerja_total,hari_kerja_fleksibel,titik_layanan\n"
            "2025,A,4.2,100,80,200,20,3\n2025,B,3.6,50,10,,,\n2025,C,2.7,,,,,\n2025,D,1.79,,,,,1",
        }
    )
    connection = db.open_readonly(path)
    yield connection
    connection.close()


def frames(con):
    sel = filters.resolve(metrics.run(con, "opd"))
    return sel, dict(
        per_opd=metrics.values(con, opd=sel.opd, tahun_dari=2025, per_opd=True, codes=tk.CODES),
        names=metrics.run(con, "opd"),
        targets=metrics.run(con, "target", tahun_dari=2025, tahun_sampai=2025),
    )


def test_a_year_without_workplace_data_stops_the_page_with_a_reason(con):
    sel = filters.resolve(metrics.run(con, "opd"))

    def cards(tahun):
        card = metrics.scorecard(con, sel, tahun, None, tk.CODES)
        return tk.cards(card, metrics.scorecard(con, sel, tahun - 1, None, tk.CODES), tahun, "id")

    assert cards(2025).notice is None
    assert cards(2024).notice.startswith("Belum ada data tempat kerja")


def test_spbe_ranking_names_the_commonest_predicate_the_better_one_in_a_tie(con):
    sel, f = frames(con)
    sizes = metrics.run(con, "ukuran_kelompok", opd=sel.opd, tahun=2025, sampai_bulan=None)
    model = tk.ranking(f["per_opd"], tk.SPBE, f["names"], f["targets"], sizes, 2025, "id")
    assert model.ranked.enough
    # one OPD per predicate: the tie goes to the best, Memuaskan; A leads with 4,20
    assert model.title == "1 dari 4 OPD berpredikat Memuaskan; tertinggi Dinas Alfa (4,20, Memuaskan)"
    assert model.text == ["4,20 · Memuaskan", "3,60 · Sangat Baik", "2,70 · Baik", "1,79 · Kurang"]
    english = tk.ranking(f["per_opd"], tk.SPBE, f["names"], f["targets"], sizes, 2025, "en")
    assert english.text[-1] == "1.79 · Poor"


def test_other_indicators_keep_the_shared_ranking_title(con):
    sel, f = frames(con)
    sizes = metrics.run(con, "ukuran_kelompok", opd=sel.opd, tahun=2025, sampai_bulan=None)
    code = tk.CODES[1]  # electronic letters: A 80 %, B 20 %, C and D sent none
    model = tk.ranking(f["per_opd"], code, f["names"], f["targets"], sizes, 2025, "id")
    assert model.text is None
    assert model.title.startswith("Surat elektronik: ")


def test_the_table_puts_the_best_index_first_with_its_predicate(con):
    sel, f = frames(con)
    model = tk.build(
        metrics.values(con, opd=sel.opd, tahun_dari=2025, codes=tk.CODES),
        f["targets"],
        f["per_opd"],
        f["names"],
        sel,
        2025,
        2025,
        "id",
    )
    table = model.table.frame
    assert table["Kode OPD"].to_list() == ["A", "B", "C", "D"]
    assert table["Predikat SPBE"].to_list() == ["Memuaskan", "Sangat Baik", "Baik", "Kurang"]
    # the region: (4,2 + 3,6 + 2,7 + 1,79) / 4 = 3,0725, the only year, said as it is
    assert model.trends[0].title == "Indeks SPBE: 3,07 pada 2025"
