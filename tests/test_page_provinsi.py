"""AppTest of the province page (pages/provinsi.py): it shows only with KINERJA_GABUNGAN,
ranks the published regions by the indicator in the URL with the roll-up's own numbers,
best first by polarity, speaks English with bahasa=en, and says what to do without a folder."""

from __future__ import annotations

import json

import pytest

from kinerja import fmt
from kinerja.cli import main
from kinerja.demo import write_demo
from kinerja.ingest.importer import import_source
from kinerja.ui import app
from tests import pagekit
from tests.pagekit import database

PAGE = "pages/provinsi.py"
REGIONS = {"35.10": ("Kabupaten Satu", 1), "35.20": ("Kabupaten Dua", 2), "3301": ("Kota Tiga", 3)}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Three demo regions published into one folder; the app's own database is the first."""
    tmp = tmp_path_factory.mktemp("provinsi")
    out = tmp / "terbitan"
    dbs = []
    for code, (name, seed) in REGIONS.items():
        src = tmp / code
        write_demo(src, skala=0.02, seed=seed)
        (src / "wilayah.csv").write_text(f"nama_wilayah,kode_wilayah\n{name},{code}\n", encoding="utf-8")
        db = tmp / f"{code}.duckdb"
        assert import_source([src], db).ok
        assert main(["terbitkan", "--out", str(out), "--db", str(db)]) == 0
        dbs.append(db)
    with database(dbs[0]):
        yield out


@pytest.fixture
def gabungan_env(folder, monkeypatch):
    monkeypatch.setenv(app.GABUNGAN_ENV, str(folder))
    return folder


def rolled(folder, capsys) -> dict:
    capsys.readouterr()
    assert main(["gabungan", str(folder), "--tahun", "2025", "--json"]) == 0
    return json.loads(capsys.readouterr().out)["wilayah"]


def table(at) -> list[dict]:
    return at.dataframe[0].value.to_dict("records")


def test_without_a_folder_the_page_is_not_linked_and_says_how_to_publish(folder, monkeypatch):
    monkeypatch.delenv(app.GABUNGAN_ENV, raising=False)
    assert "pages/provinsi.py" not in [f for f, _ in app.pages()]
    at = pagekit.run_page(PAGE, tahun="2025")
    assert "terbitkan --out" in at.info[0].value


def test_regions_ranked_best_first_with_the_roll_ups_numbers(gabungan_env, capsys):
    assert "pages/provinsi.py" in [f for f, _ in app.pages()]
    at = pagekit.run_page(PAGE, tahun="2025", indikator="W5_ikm")
    assert at.title[0].value == "Perbandingan wilayah 2025"
    want = rolled(gabungan_env, capsys)
    rows = table(at)
    assert [r["Kode"] for r in rows] == sorted(want, key=lambda k: -want[k]["indikator"]["W5_ikm"]["nilai"])
    for row in rows:
        item = want[row["Kode"]]["indikator"]["W5_ikm"]
        assert row["Wilayah"] == want[row["Kode"]]["nama_wilayah"]
        assert row["Nilai"] == fmt.indicator_value(item["nilai"], "index", "id")
    fig = pagekit.figure(at, "Indeks Kepuasan Masyarakat")
    assert [b["label"] for b in pagekit.bars(fig)] == [r["Wilayah"] for r in rows]


def test_a_lower_is_better_indicator_ranks_the_smallest_first(gabungan_env, capsys):
    at = pagekit.run_page(PAGE, tahun="2025", indikator="W4_median_hari")
    want = rolled(gabungan_env, capsys)
    medians = [want[r["Kode"]]["indikator"]["W4_median_hari"]["nilai"] for r in table(at)]
    assert medians == sorted(medians)
    assert at.query_params["indikator"] == "W4_median_hari"


def test_in_english(gabungan_env):
    at = pagekit.run_page(PAGE, tahun="2025", bahasa="en")
    assert at.title[0].value == "Regions compared, 2025"
    assert "Region" in table(at)[0]
