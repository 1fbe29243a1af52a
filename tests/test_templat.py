"""XLSX templates (kinerja.ingest.templates): the contract's headers, an example row the importer
accepts, drop-down lists and checks in the workbook's XML, and the shipped set up to date."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from io import BytesIO

import fastexcel
import pytest

from kinerja.indicators.registry import CODES
from kinerja.ingest import templates
from kinerja.ingest.schema import JENIS_OPD, LOAD_ORDER, TABLES
from tests.importkit import ROOT, clean_files, dump, import_ok, write

SHIPPED = ROOT / "data" / "templates"


def validations(data: bytes, sheet: int = 1) -> dict[str, dict]:
    """The checks of a sheet by their first cell (`A2`): type, operator and formulas."""
    xml = zipfile.ZipFile(BytesIO(data)).read(f"xl/worksheets/sheet{sheet}.xml").decode()
    out = {}
    for attrs, body in re.findall(r"<dataValidation ([^>]*?)(?:/>|>(.*?)</dataValidation>)", xml, re.S):
        fields = dict(re.findall(r'(\w+)="([^"]*)"', attrs))
        fields["formula1"] = (re.findall(r"<formula1>(.*?)</formula1>", body or "") or [None])[0]
        fields["formula2"] = (re.findall(r"<formula2>(.*?)</formula2>", body or "") or [None])[0]
        out[fields["sqref"].split(":")[0]] = fields
    return out


def column_cell(table: str, column: str) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[TABLES[table].column_names.index(column)] + "2"


def inline_list(check: dict) -> list[str]:
    assert check["type"] == "list", check
    return check["formula1"].strip('"').split(",")


@pytest.mark.parametrize("table", LOAD_ORDER)
def test_template_has_the_contract_headers_and_one_example_row(table):
    reader = fastexcel.read_excel(templates.build(table))
    assert reader.sheet_names[:2] == [table, "petunjuk"]
    frame = reader.load_sheet(table, dtypes="string").to_polars()
    assert frame.columns == TABLES[table].column_names
    assert frame.height == 1
    guide = reader.load_sheet("petunjuk", header_row=None, dtypes="string").to_polars()
    text = "\n".join(str(v) for v in guide.to_series(0).to_list() + guide.to_series(1).to_list())
    for name in TABLES[table].column_names:
        assert name in text  # every column explained


def test_the_ten_example_rows_together_are_a_valid_source(tmp_path):
    source = tmp_path / "sumber"
    templates.write_all(source)
    result = import_ok([source], tmp_path / "kinerja.duckdb")
    assert not result.problems, [p.line() for p in result.problems]  # no warning either
    assert result.rows == {t: 1 for t in LOAD_ORDER}
    tables = dump(tmp_path / "kinerja.duckdb")
    # Excel date cells, ya/tidak and a decimal JP come back as the contract's values
    assert tables["permohonan"] == [
        ("PMH-2025-00001", "DINKES-01", dt.date(2025, 1, 6), dt.date(2025, 1, 9), "online", "selesai")
    ]
    assert tables["opd"] == [("DINKES", "Dinas Kesehatan", "dinas", True)]
    assert tables["pegawai"][0][-2:] == (24.5, False)
    assert tables["penghargaan"][0][2] == "INO-00001"


def test_choices_booleans_and_indicator_codes_are_drop_down_lists():
    opd = validations(templates.build("opd"))
    assert inline_list(opd[column_cell("opd", "jenis_opd")]) == list(JENIS_OPD)
    assert inline_list(opd[column_cell("opd", "aktif")]) == ["ya", "tidak"]
    assert opd[column_cell("opd", "jenis_opd")]["sqref"] == "C2:C1048576"  # every row under the header
    perm = validations(templates.build("permohonan"))
    assert inline_list(perm[column_cell("permohonan", "status")]) == ["selesai", "proses", "ditolak"]
    assert inline_list(perm[column_cell("permohonan", "kanal")]) == ["online", "offline"]
    inovasi = validations(templates.build("inovasi"))
    assert inline_list(inovasi[column_cell("inovasi", "tahapan")]) == ["inisiatif", "uji_coba", "penerapan"]
    # 23 codes do not fit an inline list (255 characters): they sit on a hidden sheet
    data = templates.build("target")
    check = validations(data)[column_cell("target", "kode_indikator")]
    assert check["type"] == "list" and check["formula1"] == f"daftar!$A$2:$A${len(CODES) + 1}"
    lists = fastexcel.read_excel(data).load_sheet("daftar", dtypes="string").to_polars()
    assert lists["kode_indikator"].to_list() == list(CODES)


def test_numbers_and_dates_are_checked():
    skm = validations(templates.build("skm"))
    u1 = skm[column_cell("skm", "u1")]
    assert (u1["type"], u1["formula1"], u1["formula2"]) == ("whole", "1", "4")
    layanan = validations(templates.build("layanan"))
    sla = layanan[column_cell("layanan", "sla_hari")]
    assert (sla["type"], sla["operator"], sla["formula1"]) == ("whole", "greaterThan", "0")
    tk = validations(templates.build("tempat_kerja"))
    spbe = tk[column_cell("tempat_kerja", "indeks_spbe")]
    assert (spbe["type"], spbe["formula1"], spbe["formula2"]) == ("decimal", "0", "5")
    assert skm[column_cell("skm", "tanggal")]["type"] == "date"


def test_opd_codes_of_the_database_become_a_list_and_the_example_uses_one(tmp_path):
    db = tmp_path / "kinerja.duckdb"
    import_ok([write(tmp_path / "awal", clean_files())], db)
    codes = ["007", "DISDUK", "KEC-01"]
    data = templates.build("layanan", codes)
    check = validations(data)[column_cell("layanan", "kode_opd")]
    assert inline_list(check) == codes
    assert (
        "type" not in validations(templates.build("layanan"))[column_cell("layanan", "kode_opd")]
    )  # no list
    # the example row is accepted by that database as it is (an update adds the service)
    (tmp_path / "baru").mkdir()
    (tmp_path / "baru" / "layanan.xlsx").write_bytes(data)
    import_ok([tmp_path / "baru"], db, mode="perbarui")
    assert ("DINKES-01", "007", "Izin Praktik Bidan", 5, True) in dump(db)["layanan"]


def test_text_columns_are_formatted_as_text_so_leading_zeros_stay():
    xml = zipfile.ZipFile(BytesIO(templates.build("opd"))).read("xl/styles.xml").decode()
    assert 'formatCode="@"' in xml or 'numFmtId="49"' in xml


@pytest.mark.parametrize("table", LOAD_ORDER)
def test_shipped_templates_are_up_to_date(table):
    """data/templates/ is written by `python -m kinerja.ingest.templates data/templates`."""
    assert (SHIPPED / f"{table}.xlsx").read_bytes() == templates.build(table)
