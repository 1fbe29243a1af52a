"""The demo source as files: contract shape, integrity, determinism, scaling."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import pytest

from kinerja.demo import FIRST_YEAR, LAST_DATE, LAST_YEAR, write_demo

SKALA = 0.05

# DATA_CONTRACT.md section 1, word for word
HEADERS = {
    "opd": "kode_opd,nama_opd,jenis_opd,aktif",
    "layanan": "kode_layanan,kode_opd,nama_layanan,sla_hari,terintegrasi",
    "permohonan": "id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status",
    "skm": "id_responden,kode_layanan,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9",
    "pegawai": "tahun,id_pegawai,kode_opd,status_asn,jenis_jabatan,jenis_kelamin,jp_pengembangan,mutasi",
    "tempat_kerja": "tahun,kode_opd,indeks_spbe,surat_total,surat_elektronik,hari_kerja_total,"
    "hari_kerja_fleksibel,titik_layanan",
    "inovasi": "id_inovasi,kode_opd,nama_inovasi,tahun,bentuk,digital,tahapan,tahap_lab,inisiator",
    "penghargaan": "id_penghargaan,kode_opd,id_inovasi,nama_penghargaan,tingkat,tahun,pemberi",
    "target": "kode_indikator,tahun,kode_opd,nilai_target",
    "wilayah": "nama_wilayah,kode_wilayah",
}
KEYS = {
    "opd": ["kode_opd"],
    "layanan": ["kode_layanan"],
    "permohonan": ["id_permohonan"],
    "skm": ["id_responden"],
    "pegawai": ["tahun", "id_pegawai"],
    "tempat_kerja": ["tahun", "kode_opd"],
    "inovasi": ["id_inovasi"],
    "penghargaan": ["id_penghargaan"],
    "target": ["kode_indikator", "tahun", "kode_opd"],
}
# codes of section 2 that have a polarity (all but F1_asn)
INDICATORS_WITH_POLARITY = {
    "W1_permohonan",
    "W2_online_pct",
    "W3_tepat_waktu_pct",
    "W4_median_hari",
    "W5_ikm",
    "W6_layanan_terintegrasi",
    "F2_jp20_pct",
    "F3_jp_rata",
    "F4_mutasi_pct",
    "P1_spbe",
    "P2_surat_elektronik_pct",
    "P3_kerja_fleksibel_pct",
    "P4_titik_layanan",
    "I1_inovasi",
    "I2_opd_berinovasi_pct",
    "I3_penghargaan",
    "I3_penghargaan_kabupaten",
    "I3_penghargaan_provinsi",
    "I3_penghargaan_nasional",
    "I3_penghargaan_internasional",
    "I4_inovasi_digital_pct",
    "I5_penerapan_pct",
}
FACTS = ("permohonan", "skm", "pegawai")


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    out = tmp_path_factory.mktemp("demo_a")
    return out, write_demo(out, SKALA)


@pytest.fixture(scope="module")
def t(demo) -> dict[str, pl.DataFrame]:
    """Every table read back as text, empty cells as null."""
    out, _ = demo
    return {name: pl.read_csv(out / f"{name}.csv", infer_schema=False) for name in HEADERS}


def _int(df: pl.DataFrame, *cols: str) -> pl.DataFrame:
    return df.with_columns(pl.col(c).cast(pl.Int64) for c in cols)


def test_ten_files_with_exact_headers_utf8_no_bom(demo):
    out, counts = demo
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.csv" for n in HEADERS)
    for name, header in HEADERS.items():
        raw = (out / f"{name}.csv").read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")
        text = raw.decode("utf-8")
        assert text.split("\n", 1)[0] == header, name
        assert text.count("\n") == counts[name] + 1, name


def test_same_seed_gives_byte_identical_files(demo, tmp_path):
    out, _ = demo
    write_demo(tmp_path, SKALA, seed=2026)
    for name in HEADERS:
        assert (tmp_path / f"{name}.csv").read_bytes() == (out / f"{name}.csv").read_bytes(), name


def test_different_seed_gives_different_data(demo, tmp_path):
    out, _ = demo
    write_demo(tmp_path, SKALA, seed=7)
    for name in (*FACTS, "tempat_kerja", "inovasi"):
        assert (tmp_path / f"{name}.csv").read_bytes() != (out / f"{name}.csv").read_bytes(), name


def test_fact_tables_grow_linearly_with_skala_dimensions_do_not(demo, tmp_path):
    _, small = demo
    double = write_demo(tmp_path, 2 * SKALA)
    for name, n in small.items():
        if name in FACTS:
            assert 1.8 < double[name] / n < 2.2, (name, n, double[name])
        else:
            assert double[name] == n, name


def test_skala_one_is_an_ordinary_regency(demo):
    _, counts = demo
    assert 575_000 * 0.9 < counts["permohonan"] / SKALA < 575_000 * 1.1
    assert 0.15 < counts["skm"] / counts["permohonan"] < 0.20
    assert 4 * 6000 * 0.95 < counts["pegawai"] / SKALA < 4 * 8000
    assert 40 <= counts["opd"] <= 50 and 250 <= counts["layanan"] <= 350


def test_keys_are_unique_and_required_cells_filled(t):
    for name, key in KEYS.items():
        df = t[name]
        assert df.select(key).is_duplicated().sum() == 0, name
    for name, key in KEYS.items():
        if name != "target":
            assert t[name].select(pl.col(key).is_null().any()).to_series().sum() == 0, name
    assert t["wilayah"].height == 1


def test_references_exist(t):
    opd = set(t["opd"]["kode_opd"])
    layanan = set(t["layanan"]["kode_layanan"])
    for name in ("layanan", "pegawai", "tempat_kerja", "inovasi", "penghargaan"):
        assert set(t[name]["kode_opd"]) <= opd, name
    assert set(t["target"]["kode_opd"].drop_nulls()) <= opd
    assert set(t["permohonan"]["kode_layanan"]) <= layanan
    assert set(t["skm"]["kode_layanan"]) <= layanan
    assert set(t["penghargaan"]["id_inovasi"].drop_nulls()) <= set(t["inovasi"]["id_inovasi"])


def test_permohonan_dates_and_status(t):
    p = t["permohonan"].with_columns(pl.col("tanggal_masuk", "tanggal_selesai").str.to_date("%Y-%m-%d"))
    assert p["tanggal_masuk"].min() >= date(FIRST_YEAR, 1, 1)
    assert p["tanggal_masuk"].max() <= LAST_DATE
    assert p["tanggal_selesai"].max() <= LAST_DATE
    assert p.filter(pl.col("tanggal_selesai") < pl.col("tanggal_masuk")).height == 0
    assert set(p["status"]) == {"selesai", "proses", "ditolak"}
    assert set(p["kanal"]) == {"online", "offline"}
    assert p.filter((pl.col("status") == "selesai") & pl.col("tanggal_selesai").is_null()).height == 0
    assert p.filter((pl.col("status") == "proses") & pl.col("tanggal_selesai").is_not_null()).height == 0


def test_some_finish_exactly_on_the_sla_day_and_some_late(t):
    p = (
        t["permohonan"]
        .filter(pl.col("status") == "selesai")
        .join(_int(t["layanan"], "sla_hari"), on="kode_layanan")
    )
    hari = (pl.col("tanggal_selesai").str.to_date() - pl.col("tanggal_masuk").str.to_date()).dt.total_days()
    d = p.select((hari - pl.col("sla_hari")).alias("selisih"))["selisih"]
    assert (d == 0).sum() > 0 and (d > 0).sum() > 0 and (d < 0).sum() > 0


def test_skm_answers_are_1_to_4(t):
    u = _int(t["skm"], *(f"u{i}" for i in range(1, 10))).select(pl.col(r"^u\d$"))
    assert u.min_horizontal().min() >= 1 and u.max_horizontal().max() <= 4


def test_tempat_kerja_parts_not_above_totals(t):
    tk = _int(
        t["tempat_kerja"],
        "surat_total",
        "surat_elektronik",
        "hari_kerja_total",
        "hari_kerja_fleksibel",
        "titik_layanan",
    )
    assert tk.filter(pl.col("surat_elektronik") > pl.col("surat_total")).height == 0
    assert tk.filter(pl.col("hari_kerja_fleksibel") > pl.col("hari_kerja_total")).height == 0
    spbe = tk["indeks_spbe"].drop_nulls().cast(pl.Float64)
    assert spbe.min() >= 0 and spbe.max() <= 5
    assert tk.null_count().sum_horizontal().item() > 0  # a few unreported facts, as in real returns


def test_pegawai_values(t):
    pg = t["pegawai"]
    assert set(pg["status_asn"]) == {"PNS", "PPPK"}
    assert set(pg["jenis_jabatan"]) == {"struktural", "fungsional", "pelaksana"}
    assert set(pg["jenis_kelamin"]) == {"L", "P"}
    assert set(pg["mutasi"]) == {"true", "false"}
    assert pg["jp_pengembangan"].cast(pl.Float64).min() >= 0
    assert pg.filter(pl.col("id_pegawai").str.contains(r"^ASN-\d{6}$").not_()).height == 0
    # the same people are followed across years
    per_tahun = [set(pg.filter(pl.col("tahun") == str(y))["id_pegawai"]) for y in (2023, 2024)]
    assert len(per_tahun[0] & per_tahun[1]) > 0.8 * len(per_tahun[0])


def test_story_tables(t):
    opd = t["opd"]
    assert opd.filter(pl.col("aktif") == "false").height >= 1
    aktif = set(opd.filter(pl.col("aktif") == "true")["kode_opd"])
    terakhir = set(t["inovasi"].filter(pl.col("tahun") == str(LAST_YEAR))["kode_opd"])
    assert aktif - terakhir, "some active OPD has no innovation in the last year"
    tingkat = t["penghargaan"]
    assert set(tingkat["tingkat"]) == {"kabupaten", "provinsi", "nasional", "internasional"}
    intl = tingkat.filter(pl.col("tingkat") == "internasional")["tahun"].cast(pl.Int64)
    assert intl.max() >= LAST_YEAR - 1


def test_targets_cover_every_indicator_and_year(t):
    wilayah = t["target"].filter(pl.col("kode_opd").is_null())
    for tahun in range(FIRST_YEAR, LAST_YEAR + 2):
        kode = set(wilayah.filter(pl.col("tahun") == str(tahun))["kode_indikator"])
        assert kode >= INDICATORS_WITH_POLARITY, tahun
    assert t["target"]["kode_indikator"].is_in(INDICATORS_WITH_POLARITY | {"F1_asn"}).all()
