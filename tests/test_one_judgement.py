"""One judgement everywhere: for several selections, the verdict on every (indicator, OPD)
and on the selection itself is the same in every builder that shows one (the pages' per-OPD
frames and rankings, the deck's model) as the command line gives it; and no ranking, the
deck's included, shows an OPD below the privacy floor.

The fixture, worked by hand (2025 complete; 2026 runs to 15 October):
- OPD A, B, C (dinas) with 40 applications each in 2025: on time 30, 36, 20 of 40 (75%, 90%,
  50%); K (kecamatan) with 5, all on time, below the floor of 30 applications.
- 12, 12 and 11 ASN in A, B, C with 20 JP or more for 8, 12 and 3 (66,7%, 100%, 27,3%); K has 4.
- Targets 2025: region W3 80, F2 70, I1 3; A's own W3 70 (75% met) and F2 80 (66,7 / 80 =
  83%: nearly). 2026: region W3 80 and I1 4, A's own W3 90.
"""

from __future__ import annotations

import polars as pl
import pytest

from kinerja.deck.build import build
from kinerja.deck.model import RankingSlide, ScorecardSlide
from kinerja.indicators import filters, metrics, rules
from kinerja.indicators.registry import BY_CODE
from kinerja.storage import db
from kinerja.views import compare, ringkasan

RANKED_ON_PAGES = ("W3_tepat_waktu_pct", "F2_jp20_pct", "I1_inovasi")


def _permohonan() -> str:
    rows = ["id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status"]
    plan = {  # (year, service): (applications, on time); late ones take 5 days against an SLA of 2
        (2025, "LA"): (40, 30),
        (2025, "LB"): (40, 36),
        (2025, "LC"): (40, 20),
        (2025, "LK"): (5, 5),
        (2026, "LA"): (32, 32),
        (2026, "LB"): (32, 16),
        (2026, "LC"): (32, 24),
        (2026, "LK"): (2, 2),
    }
    for (year, service), (n, on_time) in plan.items():
        last = "10-15" if year == 2026 else "12-20"
        for i in range(n):
            month = 1 + i % 9
            start = f"{year}-{month:02d}-03" if i else f"{year}-{last}"
            end_day = 4 if i < on_time else 8
            end = (
                f"{year}-{month:02d}-{end_day:02d}"
                if i
                else f"{year}-{last[:3]}{int(last[3:]) + (1 if i < on_time else 5)}"
            )
            rows.append(f"{service}{year}{i},{service},{start},{end},online,selesai")
    return "\n".join(rows)


def _pegawai() -> str:
    rows = ["tahun,id_pegawai,kode_opd,status_asn,jenis_jabatan,jenis_kelamin,jp_pengembangan,mutasi"]
    for opd, n, met in (("A", 12, 8), ("B", 12, 12), ("C", 11, 3), ("K", 4, 4)):
        for i in range(n):
            rows.append(f"2025,{opd}{i},{opd},PNS,pelaksana,L,{25 if i < met else 5},tidak")
    return "\n".join(rows)


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    from kinerja.ingest.importer import import_source

    source = tmp_path_factory.mktemp("one") / "sumber"
    source.mkdir()
    tables = {
        "opd": "kode_opd,nama_opd,jenis_opd\nA,Dinas A,dinas\nB,Dinas B,dinas\nC,Dinas C,dinas\nK,Kecamatan K,kecamatan",
        "layanan": "kode_layanan,kode_opd,nama_layanan,sla_hari\nLA,A,La,2\nLB,B,Lb,2\nLC,C,Lc,2\nLK,K,Lk,2",
        "permohonan": _permohonan(),
        "pegawai": _pegawai(),
        "inovasi": "id_inovasi,kode_opd,nama_inovasi,tahun,bentuk,digital,tahapan\n"
        "i1,A,Satu,2025,pelayanan_publik,ya,penerapan\ni2,B,Dua,2026,tata_kelola,tidak,inisiatif",
        "target": "kode_indikator,tahun,kode_opd,nilai_target\n"
        "W3_tepat_waktu_pct,2025,,80\nF2_jp20_pct,2025,,70\nI1_inovasi,2025,,3\n"
        "W3_tepat_waktu_pct,2025,A,70\nF2_jp20_pct,2025,A,80\n"
        "W3_tepat_waktu_pct,2026,,80\nI1_inovasi,2026,,4\nW3_tepat_waktu_pct,2026,A,90",
        "wilayah": "nama_wilayah\nKota Uji",
    }
    for name, text in tables.items():
        (source / f"{name}.csv").write_text(text + "\n", encoding="utf-8")
    path = source.parent / "uji.duckdb"
    result = import_source([source], path)
    assert result.ok, [p.line() for p in result.errors]
    connection = db.open_readonly(path)
    yield connection
    connection.close()


def test_the_fixture_is_what_the_docstring_says(con):
    def status(opd, code, year=2025):
        sel = filters.resolve(metrics.run(con, "opd"), [opd])
        row = metrics.scorecard(con, sel, year).filter(pl.col("kode") == code).row(0, named=True)
        return row["nilai"], row["status"]

    assert status("A", "W3_tepat_waktu_pct") == (75.0, "hijau")
    assert status("A", "F2_jp20_pct") == (pytest.approx(100 * 8 / 12), "kuning")
    assert status("B", "W3_tepat_waktu_pct") == (90.0, None)  # B has no target of its own
    assert status("A", "W3_tepat_waktu_pct", 2026) == (100.0, "hijau")
    assert metrics.running_month(con, 2026) == 10
    assert metrics.running_month(con, 2025) is None


SELECTIONS = [  # (name, named OPD, kinds, year)
    ("none", [], [], 2025),
    ("one OPD with its own targets", ["A"], [], 2025),
    ("a kind of exactly one OPD", [], ["kecamatan"], 2025),
    ("two OPD", ["A", "B"], [], 2025),
    ("a partial year", [], [], 2026),
]


def _opd_alone(con, opd: str, year: int) -> dict[str, str | None]:
    """The command line's verdict for one OPD alone (`indicators --opd X`)."""
    sel = filters.resolve(metrics.run(con, "opd"), [opd])
    return {k: v["status"] for k, v in metrics.as_json(metrics.scorecard(con, sel, year)).items()}


def _deck_colours_to_status(slide: RankingSlide) -> dict[str, str | None]:
    by_colour = {rules.status_colour(s): s for s in rules.STATUSES}
    return {
        cat: by_colour[colour]
        for cat, value, colour in zip(
            slide.chart.categories, slide.chart.values, slide.chart.colors, strict=True
        )
        if value is not None
    }


@pytest.mark.parametrize(("name", "named", "kinds", "year"), SELECTIONS, ids=[s[0] for s in SELECTIONS])
def test_every_builder_gives_each_opd_the_verdict_of_the_command_line(con, name, named, kinds, year):
    opds = metrics.run(con, "opd")
    sel = filters.resolve(opds, named, kinds)
    names = opds.select("kode_opd", "nama_opd")
    alone = {opd: _opd_alone(con, opd, year) for opd in sel.opd}
    running = metrics.running_month(con, year) is not None
    targets = metrics.targets(con, year)
    values = metrics.values(con, opd=sel.opd, tahun_dari=year, per_opd=True)
    sizes = metrics.run(con, "ukuran_kelompok", opd=sel.opd, tahun=year, sampai_bulan=None)
    seen = 0
    for code in rules.rankable_codes():
        # Ringkasan (its builder) and Layanan rank metrics.ranking; SDM and Tempat kerja compare.per_opd
        ranking = metrics.ranking(con, code, sel.opd, year)
        per_opd = compare.per_opd(values, code, names, targets)
        for frame in (ranking, per_opd, rules.rankable(ranking, sizes, code).frame):
            for opd, status in zip(frame["kode_opd"], frame["status"], strict=True):
                assert status == alone[opd][code], (name, code, opd)
                seen += 1
        # the overview shows the verdict: a growing count in a running year is progress
        overview = ringkasan.leaders(code, ranking, sizes, names, targets, year, running).ranked.frame
        for opd, status in zip(overview["kode_opd"], overview["status"], strict=True):
            assert status == (None if rules.in_progress(code, running) else alone[opd][code]), (
                name,
                code,
                opd,
            )
    # the deck's ranking: the colour of each bar is that OPD's own verdict
    deck = build(con, sel, year, named_opd=named, jenis=kinds)
    slide = next(s for s in deck.slides if isinstance(s, RankingSlide))
    by_name = dict(zip(names["nama_opd"], names["kode_opd"], strict=True))
    if slide.chart is not None:
        for label, status in _deck_colours_to_status(slide).items():
            code = slide.kicker.split(" — ")[-1]
            ranked_code = next(c for c in rules.rankable_codes() if rules.name(c, "id") == code)
            assert status == alone[by_name[label]][ranked_code], (name, label)
            seen += 1
    assert seen


@pytest.mark.parametrize(("name", "named", "kinds", "year"), SELECTIONS, ids=[s[0] for s in SELECTIONS])
def test_the_selection_gets_one_verdict_on_the_pages_and_in_the_deck(con, name, named, kinds, year):
    opds = metrics.run(con, "opd")
    sel = filters.resolve(opds, named, kinds)
    month = metrics.running_month(con, year)
    running = month is not None
    card = metrics.scorecard(con, sel, year)
    cli = metrics.as_json(card)
    verdicts = {r["kode"]: rules.verdict(r, running) for r in card.iter_rows(named=True)}
    for code, verdict in verdicts.items():
        # a verdict is the contract's status, or progress where a count still grows
        assert verdict.status == (None if rules.in_progress(code, running) else cli[code]["status"]), code
    # the overview's table says the same word
    table = ringkasan.scorecard_table(card, "id", running)
    assert table["Status"].to_list() == [verdicts[c].word("id") for c in card["kode"]]
    # the deck's scorecard chips: the same status, the same progress
    deck = build(con, sel, year, named_opd=named, jenis=kinds)
    slide = next(s for s in deck.slides if isinstance(s, ScorecardSlide))
    chips = {r.code: r for column in slide.columns for group in column for r in group.rows}
    for code, chip in chips.items():
        assert (chip.status, chip.progress) == (verdicts[code].status, verdicts[code].progress), (name, code)
    met, judged = rules.scorecard_count(card.iter_rows(named=True), running)
    assert slide.title == rules.scorecard_heading(met, judged, "id")
    # the overview's builder heads its scorecard with the same count
    overview = ringkasan.build(card, metrics.scorecard(con, sel, year - 1, month), month, "id")
    assert overview.heading == slide.title and overview.running == running
    if kinds:  # a kind is never given a target, even when it holds one OPD
        assert sel.opd == ["K"] and judged == 0 and "0 dari 0" not in slide.title


def test_no_ranking_shows_an_opd_below_the_floor(con, monkeypatch):
    """K has 5 applications and 4 ASN: below 30 and 10. It is in no ranking: not the pages'
    (rules.rankable), not the deck's chart or its notes."""
    opds = metrics.run(con, "opd")
    sel = filters.resolve(opds)
    sizes = metrics.run(con, "ukuran_kelompok", opd=sel.opd, tahun=2025, sampai_bulan=None)
    for code in rules.rankable_codes():
        if BY_CODE[code].basis is None:
            continue
        ranked = rules.rankable(metrics.ranking(con, code, sel.opd, 2025), sizes, code)
        assert "K" not in ranked.frame["kode_opd"].to_list(), code
    deck = build(con, sel, 2025)
    slide = next(s for s in deck.slides if isinstance(s, RankingSlide))
    assert slide.chart.categories == ("Dinas B", "Dinas A", "Dinas C")  # 90, 75, 50
    assert "Kecamatan K" not in slide.notes
    assert "1 OPD tidak diperingkat" in slide.notes
    # with the floor lowered in the one place it is set, K is ranked everywhere at once
    monkeypatch.setenv("KINERJA_MIN_PERMOHONAN", "5")
    lowered = next(s for s in build(con, sel, 2025).slides if isinstance(s, RankingSlide))
    assert lowered.chart.categories[0] == "Kecamatan K"  # 100%
