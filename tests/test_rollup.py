"""The roll-up across regions (contract section 7): `terbitkan` and `gabungan`.

Three regions are imported from different kinds of source and published into one folder:
- 35.10, the demo regency (small) imported clean;
- 99.01, the Excel-export example (`;`, Indonesian dates and words, headers with spaces);
- 3301, another demo regency updated with `import --mode perbarui` (statuses finished,
  new applications) — a code Hive readers would take for a number.
Regions share OPD codes (DISDUKCAPIL, ...), so a query that forgot the region would show.
Each region's indicators from `gabungan` must equal its own `indicators --json`, on
DuckDB and on Spark (local mode, one session for the module).
"""

from __future__ import annotations

import json
import re
import shutil
import threading
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest

from kinerja.cli import main
from kinerja.demo import write_demo
from kinerja.indicators.registry import INDICATORS
from kinerja.ingest.importer import import_source
from kinerja.rollup import layout
from kinerja.rollup.compute import gabungan
from kinerja.rollup.publish import FORBIDDEN, publish
from kinerja.storage import db

ROOT = Path(__file__).resolve().parents[1]
# the contract's shared examples sit beside the checkout (../shared; ../../shared from a worktree)
EXCEL = next(
    (p / "shared/examples/ekspor_excel" for p in ROOT.parents[:2] if (p / "shared/examples").is_dir()),
    None,
)
YEARS = (2024, 2025, 2026, 2031)  # 2031: no data at all


def _demo(folder: Path, seed: int, code: str, name: str) -> Path:
    write_demo(folder, skala=0.02, seed=seed)
    (folder / "wilayah.csv").write_text(f"nama_wilayah,kode_wilayah\n{name},{code}\n", encoding="utf-8")
    return folder


def _import(sources, path: Path, mode: str = "ganti") -> Path:
    result = import_source(sources, path, mode=mode)
    assert result.ok, [p.line() for p in result.errors]
    return path


def _perbarui_source(base: Path, out: Path) -> Path:
    """An OPD re-sending applications: 2025's unfinished ones now finished three days after
    they came in, and twenty new ones in December 2026."""
    out.mkdir()
    rows = pl.read_csv(base / "permohonan.csv", infer_schema=False)
    later = (
        rows.filter(pl.col("tanggal_masuk").str.starts_with("2025") & (pl.col("status") != "selesai"))
        .head(150)
        .with_columns(
            status=pl.lit("selesai"),
            tanggal_selesai=(pl.col("tanggal_masuk").str.to_date() + pl.duration(days=3)).cast(pl.String),
        )
    )
    new = rows.head(20).with_columns(
        id_permohonan=pl.format("BARU-{}", pl.int_range(pl.len())),
        tanggal_masuk=pl.lit("2026-12-01"),
        tanggal_selesai=pl.lit("2026-12-09"),
        status=pl.lit("selesai"),
    )
    pl.concat([later, new]).write_csv(out / "permohonan.csv")
    return out


@pytest.fixture(scope="module")
def regions(tmp_path_factory):
    """{code: database path} of the three regions, plus 3301's state before its update."""
    if EXCEL is None:
        pytest.skip("the shared examples (../shared/examples/ekspor_excel) are not beside the checkout")
    tmp = tmp_path_factory.mktemp("wilayah")
    a = _import([_demo(tmp / "a", 1, "35.10", "Kabupaten Satu")], tmp / "a.duckdb")
    excel = shutil.copytree(EXCEL, tmp / "excel")
    b = _import([excel], tmp / "b.duckdb")
    c_src = _demo(tmp / "c", 7, "3301", "Kabupaten Tiga")
    c_old = _import([c_src], tmp / "c_lama.duckdb")
    c = _import([c_src], tmp / "c.duckdb")
    _import([_perbarui_source(c_src, tmp / "c_perbarui")], c, mode="perbarui")
    return {"35.10": a, "99.01": b, "3301": c, "lama": c_old}


def _publish(db_path: Path, out: Path):
    con = db.open_readonly(db_path)
    try:
        return publish(con, out)
    finally:
        con.close()


@pytest.fixture
def terbitan(regions, tmp_path):
    out = tmp_path / "terbitan"
    for code in ("35.10", "99.01", "3301"):
        assert main(["terbitkan", "--out", str(out), "--db", str(regions[code])]) == 0
    return out


def own(db_path: Path, tahun: int, capsys) -> dict:
    capsys.readouterr()
    assert main(["indicators", "--tahun", str(tahun), "--json", "--db", str(db_path)]) == 0
    return json.loads(capsys.readouterr().out)["indikator"]


def assert_same(mine: dict, rolled: dict) -> None:
    """Counts and words exactly, other numbers within a relative 1e-9 (contract section 7)."""
    assert list(rolled) == list(mine)
    for code, item in mine.items():
        assert list(rolled[code]) == list(item), code
        for key, want in item.items():
            got = rolled[code][key]
            if isinstance(want, float) and isinstance(got, float):
                assert got == pytest.approx(want, rel=1e-9, abs=0), (code, key)
            else:
                assert type(got) is type(want) and got == want, (code, key, want, got)


# --- equality with each region's own indicators -------------------------------------------


def test_gabungan_on_duckdb_equals_each_regions_own_indicators(regions, terbitan, capsys):
    for tahun in YEARS:
        capsys.readouterr()
        assert main(["gabungan", str(terbitan), "--tahun", str(tahun), "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["tahun"] == tahun and list(out["wilayah"]) == ["3301", "35.10", "99.01"]
        assert out["wilayah"]["99.01"]["nama_wilayah"] == "Kabupaten Contoh"
        for code in ("35.10", "99.01", "3301"):
            assert_same(own(regions[code], tahun, capsys), out["wilayah"][code]["indikator"])


def test_the_update_by_perbarui_reaches_the_roll_up(regions, terbitan, capsys):
    # the fixture is only worth something if the update changed what 3301 publishes
    before = own(regions["lama"], 2025, capsys)
    after = gabungan(terbitan, 2025)["wilayah"]["3301"]["indikator"]
    assert after["W3_tepat_waktu_pct"]["nilai"] != before["W3_tepat_waktu_pct"]["nilai"]
    assert gabungan(terbitan, 2026)["wilayah"]["3301"]["indikator"]["W1_permohonan"]["nilai"] == (
        own(regions["lama"], 2026, capsys)["W1_permohonan"]["nilai"] + 20
    )


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    from kinerja.rollup.engines import spark_session

    session = spark_session()  # gabungan --mesin spark in this process reuses it
    yield session
    session.stop()


def test_gabungan_on_spark_equals_each_regions_own_indicators(spark, regions, terbitan, capsys):
    for tahun in (2025, 2031):
        capsys.readouterr()
        assert main(["gabungan", str(terbitan), "--tahun", str(tahun), "--mesin", "spark", "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert list(out["wilayah"]) == ["3301", "35.10", "99.01"]  # 3301 stayed text
        for code in ("35.10", "99.01", "3301"):
            assert_same(own(regions[code], tahun, capsys), out["wilayah"][code]["indikator"])


def test_without_pyspark_gabungan_says_how_to_install_it(terbitan, monkeypatch, capsys):
    monkeypatch.setitem(__import__("sys").modules, "pyspark", None)
    monkeypatch.setitem(__import__("sys").modules, "pyspark.sql", None)
    assert main(["gabungan", str(terbitan), "--tahun", "2025", "--mesin", "spark"]) == 2
    assert "pip install pyspark" in capsys.readouterr().err


def test_indicator_queries_hold_no_decimal_literal():
    # Spark reads 100.0 as DECIMAL and rounds decimal division: arithmetic stays DOUBLE
    for query in {i.query for i in INDICATORS} | {"target"}:
        text = (ROOT / "queries" / f"{query}.sql").read_text(encoding="utf-8")
        body = "\n".join(line.split("--", 1)[0] for line in text.splitlines())
        assert not re.findall(r"\b\d+\.\d+\b", body), query


# --- what is published --------------------------------------------------------------------


def test_nothing_published_holds_an_id_column_or_a_row_per_application(regions, terbitan):
    files = sorted(terbitan.rglob("*.parquet"))
    assert len(files) == 3 * 10
    for path in files:
        names = pq.read_schema(path).names
        assert not [n for n in names if n in FORBIDDEN or n.startswith("id_")], path
        assert layout.PARTITION not in names  # the folder carries it
        assert pq.read_schema(path).metadata[b"kinerja.format"] == str(layout.FORMAT).encode()
    summary = pq.read_table(next(terbitan.glob("ringkas_permohonan/kode_wilayah=35.10/*.parquet")))
    assert summary.column_names == ["kode_layanan", "tahun", "bulan", "online", "selesai", "hari", "n"]


def test_terbitkan_needs_kode_wilayah(regions, tmp_path, capsys):
    src = shutil.copytree(EXCEL, tmp_path / "src", ignore=shutil.ignore_patterns("wilayah.csv"))
    path = _import([src], tmp_path / "k.duckdb")
    assert main(["terbitkan", "--out", str(tmp_path / "out"), "--db", str(path)]) == 2
    assert "kode_wilayah" in capsys.readouterr().err
    assert not (tmp_path / "out" / layout.MANIFESTS).exists() or not list(
        (tmp_path / "out" / layout.MANIFESTS).glob("*.json")
    )


def test_an_incompatible_format_is_refused_clearly(terbitan, capsys):
    path = layout.manifest_path(terbitan, "99.01")
    manifest = json.loads(path.read_text())
    path.write_text(json.dumps(manifest | {"format": 2}))
    assert main(["gabungan", str(terbitan), "--tahun", "2025", "--json"]) == 2
    err = capsys.readouterr().err
    assert "99.01" in err and "format 2" in err and "format 1" in err


def test_a_manifest_naming_another_regions_files_is_refused(terbitan, capsys):
    path = layout.manifest_path(terbitan, "99.01")
    manifest = json.loads(path.read_text())
    theirs = json.loads(layout.manifest_path(terbitan, "35.10").read_text())["tabel"]["ringkas_skm"]
    manifest["tabel"]["ringkas_skm"] = theirs
    path.write_text(json.dumps(manifest))
    assert main(["gabungan", str(terbitan), "--tahun", "2025", "--json"]) == 2
    assert "99.01" in capsys.readouterr().err


def test_an_empty_folder_is_a_clear_error(tmp_path, capsys):
    assert main(["gabungan", str(tmp_path), "--tahun", "2025"]) == 2
    assert "terbitkan" in capsys.readouterr().err


# --- republishing ------------------------------------------------------------------------


def _files(root: Path) -> dict[str, tuple[int, int, bytes]]:
    return {
        p.relative_to(root).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
        for p in root.rglob("*")
        if p.is_file()
    }


def test_republishing_one_region_leaves_the_other_regions_files_untouched(regions, terbitan):
    before = _files(terbitan)
    for _ in range(3):
        _publish(regions["3301"], terbitan)
    after = _files(terbitan)
    others = {k: v for k, v in before.items() if "3301" not in k}
    assert {k: v for k, v in after.items() if "3301" not in k} == others
    # 3301 holds its current generation and the one before (for readers still on it)
    generations = {Path(k).stem for k in after if "kode_wilayah=3301" in k}
    assert len(generations) == 2
    assert json.loads(layout.manifest_path(terbitan, "3301").read_text())["generasi"] in generations


def test_a_reader_during_a_republish_sees_the_old_region_or_the_new(regions, terbitan, capsys):
    old, new = own(regions["lama"], 2025, capsys), own(regions["3301"], 2025, capsys)
    steady = {code: own(regions[code], 2025, capsys) for code in ("35.10", "99.01")}
    done, seen, failures = threading.Event(), [], []

    def republish():
        try:
            for i in range(8):
                _publish(regions["lama" if i % 2 == 0 else "3301"], terbitan)
        finally:
            done.set()

    def read():
        while not done.is_set():
            try:
                out = gabungan(terbitan, 2025)["wilayah"]
                got = out["3301"]["indikator"]
                which = "lama" if got["W3_tepat_waktu_pct"] == old["W3_tepat_waktu_pct"] else "baru"
                assert_same(old if which == "lama" else new, got)
                for code, want in steady.items():
                    assert_same(want, out[code]["indikator"])
                seen.append(which)
            except Exception as exc:  # noqa: BLE001  (reported below, with its kind)
                failures.append(repr(exc))

    readers = [threading.Thread(target=read) for _ in range(2)]
    writer = threading.Thread(target=republish)
    for t in [*readers, writer]:
        t.start()
    for t in [writer, *readers]:
        t.join()
    assert not failures, failures[:3]
    assert len(seen) >= 4
