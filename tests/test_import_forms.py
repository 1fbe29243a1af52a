"""Contract section 1: every form a real export takes imports to the same database as
the clean form."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import xlsxwriter
from importkit import (
    CLEAN,
    clean_files,
    cli,
    csv_text,
    dump,
    error_lines,
    import_ok,
    run_import,
    typed,
    warning_lines,
    write,
)

from kinerja.ingest.schema import LOAD_ORDER, TABLES
from kinerja.storage.store import Store

# ../shared/examples beside the project (a worktree may sit one folder deeper)
EXAMPLES = next(
    (
        d / "shared" / "examples"
        for d in Path(__file__).resolve().parents[1:]
        if (d / "shared" / "examples").is_dir()
    ),
    Path(__file__).resolve().parents[2] / "shared" / "examples",
)


@pytest.fixture(scope="module")
def clean_db(tmp_path_factory) -> dict:
    """The database the clean form of CLEAN imports to."""
    base = tmp_path_factory.mktemp("clean")
    db = base / "kinerja.duckdb"
    import_ok(write(base / "src", clean_files()), db)
    return dump(db)


def same_as_clean(tmp_path: Path, clean_db: dict, files: dict, drop: tuple[str, ...] = ()):
    """Import the clean source with `files` in place of (or beside) its files."""
    source = {n: t for n, t in clean_files().items() if n not in drop}
    src = write(tmp_path / "src", {**source, **files})
    db = tmp_path / "kinerja.duckdb"
    result = import_ok(src, db)
    assert dump(db) == clean_db
    return result


def test_clean_form_holds_what_was_written(clean_db):
    assert ("007", "Dinas Kesehatan – Kota", "dinas", True) in clean_db["opd"]
    assert ("1020100", "007", "Izin Praktik", 5, True) in clean_db["layanan"]
    assert (2025, "A1", "007", "PNS", "fungsional", "L", 1234.5, True) in clean_db["pegawai"]
    assert ("P1", "1020100", dt.date(2025, 1, 5), dt.date(2025, 1, 7), "online", "selesai") in (
        clean_db["permohonan"]
    )
    assert clean_db["wilayah"] == [("Kabupaten Contoh", "35.10")]
    assert all(clean_db.values()), "every table holds rows"


# --- CSV ------------------------------------------------------------------------------


SEMICOLON = {
    "pegawai.csv": (
        "Tahun;Id Pegawai;Kode OPD;Status ASN;Jenis Jabatan;Jenis Kelamin;JP Pengembangan;Mutasi\n"
        "2025;A1;007;PNS;fungsional;L;1.234,5;Ya\n"
        "2025;A2;DISDUK;PPPK;pelaksana;P;20;Tidak\n"
        "2024;A1;007;PNS;struktural;L;12;Tidak\n"
    ),
    "tempat_kerja.csv": (
        "Tahun;Kode OPD;Indeks SPBE;Surat Total;Surat Elektronik;Hari Kerja Total;"
        "Hari Kerja Fleksibel;Titik Layanan\n"
        "2025;007;3,75;1.500;1.200;240;40;5\n"
        "2025;DISDUK;;;;;;\n"
    ),
    "target.csv": (
        "Kode Indikator;Tahun;Kode OPD;Nilai Target\nW5_ikm;2025;;85,0\nW1_permohonan;2025;007;1.000\n"
    ),
    "wilayah.csv": "Nama Wilayah;Kode Wilayah\nKabupaten Contoh;35.10\n",
}


def test_semicolon_csv_reads_decimal_comma_and_thousands_dots(tmp_path, clean_db):
    same_as_clean(tmp_path, clean_db, SEMICOLON)


def test_semicolon_csv_keeps_dots_in_text_columns(tmp_path, clean_db):
    # kode_wilayah `35.10` is a code, not a number: no thousands grouping is removed
    same_as_clean(tmp_path, clean_db, {"wilayah.csv": SEMICOLON["wilayah.csv"]})


def test_quoted_field_holding_the_delimiter(tmp_path, clean_db):
    opd = (
        "kode_opd;nama_opd;jenis_opd;aktif\n"
        '007;"Dinas Kesehatan – Kota";dinas;ya\n'
        'DISDUK;"Dinas Kependudukan";dinas;ya\n'
        "KEC-01;Kecamatan Satu;kecamatan;tidak\n"
    )
    same_as_clean(tmp_path, clean_db, {"opd.csv": opd})
    opd2 = opd.replace('"Dinas Kependudukan"', '"Dinas; Kependudukan"')
    db = tmp_path / "b.duckdb"
    import_ok(write(tmp_path / "src2", {"opd.csv": opd2}), db)
    assert ("DISDUK", "Dinas; Kependudukan", "dinas", True) in dump(db)["opd"]


def test_windows_1252_with_en_dash(tmp_path, clean_db):
    data = csv_text(CLEAN["opd"]).encode("cp1252")
    assert b"\x96" in data  # the en dash as Windows-1252 writes it
    same_as_clean(tmp_path, clean_db, {"opd.csv": data})


def test_windows_1252_semicolon_crlf_like_excel(tmp_path, clean_db):
    text = csv_text(CLEAN["opd"], sep=";", eol="\r\n").replace("true", "Ya").replace("false", "Tidak")
    same_as_clean(tmp_path, clean_db, {"opd.csv": text.encode("cp1252")})


def test_windows_1252_byte_far_down_a_file_that_starts_as_ascii(tmp_path):
    # the encoding is probed from the head of the file; a later byte must still be read
    rows = [["kode_opd", "nama_opd", "jenis_opd"]]
    rows += [[f"K{i:05d}", f"Kecamatan Nomor {i:05d}", "kecamatan"] for i in range(4000)]
    rows.append(["KEC-X", "Kecamatan Sukamaju – Kota", "kecamatan"])
    data = csv_text(rows).encode("cp1252")
    assert len(data) > 1 << 16 and data.index(b"\x96") > 1 << 16
    db = tmp_path / "kinerja.duckdb"
    import_ok(write(tmp_path / "src", {"opd.csv": data}), db)
    opd = dump(db)["opd"]
    assert len(opd) == 4001
    assert ("KEC-X", "Kecamatan Sukamaju – Kota", "kecamatan", True) in opd
    leftovers = [p.name for p in Store(db).dir.iterdir() if p.suffix == ".csv"]
    assert leftovers == []


def test_utf8_with_bom(tmp_path, clean_db):
    data = codecs.BOM_UTF8 + csv_text(CLEAN["opd"]).encode("utf-8")
    same_as_clean(tmp_path, clean_db, {"opd.csv": data})


def test_files_of_one_source_differ_in_encoding(tmp_path, clean_db):
    same_as_clean(
        tmp_path,
        clean_db,
        {
            "opd.csv": csv_text(CLEAN["opd"]).encode("cp1252"),
            "layanan.csv": codecs.BOM_UTF8 + csv_text(CLEAN["layanan"]).encode("utf-8"),
        },
    )


def test_crlf_line_ends(tmp_path, clean_db):
    same_as_clean(
        tmp_path,
        clean_db,
        {f"{t}.csv": csv_text(CLEAN[t], eol="\r\n") for t in ("opd", "permohonan", "skm")},
    )


def test_quoted_cell_with_a_line_break(tmp_path):
    # Excel writes Alt+Enter inside a cell as a quoted line break: still one row
    opd = (
        "kode_opd,nama_opd,jenis_opd\r\n"
        '007,"Dinas Kesehatan\r\nKota",dinas\r\n'
        "DISDUK,Dinas Kependudukan,dinas\r\n"
        "KEC-01,,kecamatan\r\n"
    )
    db = tmp_path / "kinerja.duckdb"
    result = run_import(write(tmp_path / "src", {"opd.csv": opd}), db)
    # the row numbers count spreadsheet rows, not text lines
    assert error_lines(result) == ["opd.csv:4: nama_opd: '' — wajib diisi (a value is required)"]
    import_ok(write(tmp_path / "src", {"opd.csv": opd.replace("KEC-01,,", "KEC-01,Satu,")}), db)
    assert ("007", "Dinas Kesehatan\r\nKota", "dinas", True) in dump(db)["opd"]


def test_day_first_dates_with_and_without_leading_zeros(tmp_path, clean_db):
    permohonan = (
        "id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status\n"
        "P1,1020100,05/01/2025,7/1/2025,online,selesai\n"
        "P2,L02,10-02-2025,,offline,proses\n"
        "P3,L02,1-3-2025,12-3-2025,offline,ditolak\n"
    )
    skm = csv_text(CLEAN["skm"]).replace("2025-01-05", "5/1/2025").replace("2025-11-30", "30-11-2025")
    same_as_clean(tmp_path, clean_db, {"permohonan.csv": permohonan, "skm.csv": skm})


def test_iso_dates_without_leading_zeros(tmp_path, clean_db):
    skm = csv_text(CLEAN["skm"]).replace("2025-01-05", "2025-1-5")
    same_as_clean(tmp_path, clean_db, {"skm.csv": skm})


def test_time_after_a_date_is_dropped(tmp_path, clean_db):
    permohonan = (
        "id_permohonan,kode_layanan,tanggal_masuk,tanggal_selesai,kanal,status\n"
        "P1,1020100,2025-01-05 08:30,07/01/2025 16:45:10,online,selesai\n"
        "P2,L02,2025-02-10T09:00:00,,offline,proses\n"
        "P3,L02,1-3-2025 07:00,2025-03-12 00:00:00,offline,ditolak\n"
    )
    same_as_clean(tmp_path, clean_db, {"permohonan.csv": permohonan})


def test_headers_in_any_case_with_spaces(tmp_path, clean_db):
    opd = csv_text([["Kode OPD", "NAMA_OPD", "jenis opd", " Aktif "], *CLEAN["opd"][1:]])
    layanan = csv_text(
        [["KODE LAYANAN", "kode Opd", "Nama Layanan", "SLA Hari", "Terintegrasi"], *CLEAN["layanan"][1:]]
    )
    same_as_clean(tmp_path, clean_db, {"opd.csv": opd, "layanan.csv": layanan})


def test_columns_in_another_order(tmp_path, clean_db):
    order = [2, 0, 3, 1]
    opd = csv_text([[row[i] for i in order] for row in CLEAN["opd"]])
    same_as_clean(tmp_path, clean_db, {"opd.csv": opd})


@pytest.mark.parametrize(
    "yes, no", [("Ya", "Tidak"), ("YA", "tidak"), ("Y", "N"), ("y", "n"), ("1", "0"), ("TRUE", "False")]
)
def test_boolean_spellings(tmp_path, clean_db, yes, no):
    def swap(table: str) -> str:
        rows = [[{"true": yes, "false": no}.get(v, v) for v in r] for r in CLEAN[table]]
        return csv_text(rows)

    same_as_clean(tmp_path, clean_db, {f"{t}.csv": swap(t) for t in ("opd", "layanan", "pegawai", "inovasi")})


def test_kanal_as_daring_and_luring(tmp_path, clean_db):
    permohonan = csv_text(CLEAN["permohonan"]).replace("online", "Daring").replace("offline", "luring")
    same_as_clean(tmp_path, clean_db, {"permohonan.csv": permohonan})


def test_enumerations_in_any_case(tmp_path, clean_db):
    def shout(table: str, columns: set[str], how) -> str:
        header, *rows = CLEAN[table]
        idx = [header.index(c) for c in columns]
        return csv_text([header] + [[how(v) if i in idx else v for i, v in enumerate(r)] for r in rows])

    same_as_clean(
        tmp_path,
        clean_db,
        {
            "opd.csv": shout("opd", {"jenis_opd"}, str.upper),
            "permohonan.csv": shout("permohonan", {"kanal", "status"}, str.title),
            "pegawai.csv": shout("pegawai", {"status_asn", "jenis_jabatan", "jenis_kelamin"}, str.lower),
            "inovasi.csv": shout("inovasi", {"bentuk", "tahapan", "tahap_lab", "inisiator"}, str.upper),
            "penghargaan.csv": shout("penghargaan", {"tingkat"}, str.title),
        },
    )


def test_status_selesai_capitalised(tmp_path, clean_db):
    permohonan = csv_text(CLEAN["permohonan"]).replace(",selesai", ",Selesai")
    assert "Selesai" in permohonan
    same_as_clean(tmp_path, clean_db, {"permohonan.csv": permohonan})


def test_integers_with_a_zero_fraction(tmp_path, clean_db):
    layanan = csv_text(
        [
            ["kode_layanan", "kode_opd", "nama_layanan", "sla_hari", "terintegrasi"],
            ["1020100", "007", "Izin Praktik", "5,0", "Ya"],
            ["L02", "DISDUK", "KTP Elektronik", "3", "Tidak"],
        ],
        sep=";",
    )
    skm = csv_text(CLEAN["skm"]).replace(",4,3,3,", ",4.0,3.00,3,")
    tahun = csv_text(CLEAN["inovasi"]).replace(",2025,", ",2025.0,")
    same_as_clean(tmp_path, clean_db, {"layanan.csv": layanan, "skm.csv": skm, "inovasi.csv": tahun})


def test_codes_keep_leading_zeros_and_are_trimmed(tmp_path, clean_db):
    opd = csv_text(CLEAN["opd"]).replace("007,", "  007 ,")
    layanan = csv_text(CLEAN["layanan"]).replace(",007,", ", 007,")
    same_as_clean(tmp_path, clean_db, {"opd.csv": opd, "layanan.csv": layanan})
    codes = {r[0] for r in clean_db["opd"]}
    assert "007" in codes and "7" not in codes


def test_file_names_in_any_case_and_with_spaces(tmp_path, clean_db):
    renamed = {
        "tempat_kerja.csv": "Tempat Kerja.csv",
        "opd.csv": "OPD.CSV",
        "permohonan.csv": "Permohonan.csv",
    }
    files = {renamed.get(n, n): t for n, t in clean_files().items()}
    src = write(tmp_path / "src", files)
    db = tmp_path / "kinerja.duckdb"
    result = import_ok(src, db)
    assert dump(db) == clean_db
    assert "Tempat Kerja.csv" in Store(db).history()[0]["berkas"]
    assert result.rows["tempat_kerja"] == 2


def test_export_form_of_every_table_at_once(tmp_path, clean_db):
    """Everything a real export does, together: `;`, cp1252/BOM, CRLF, day-first dates,
    contract-style headers, Ya/Tidak, Daring/Luring."""

    def excel(table: str, rows: list[list[str]], encoding="cp1252", bom=False) -> bytes:
        header = [c.replace("_", " ").title().replace("Opd", "OPD") for c in rows[0]]
        body = []
        for r in rows[1:]:
            out = []
            for col, v in zip(rows[0], r, strict=True):
                kind = TABLES[table].column(col).kind
                if kind == "bool" and v:
                    v = "Ya" if v == "true" else "Tidak"
                elif kind == "date" and v:
                    y, m, d = v.split("-")
                    v = f"{d}/{m}/{y}"
                elif kind == "number" and v:
                    whole, _, frac = v.partition(".")
                    v = f"{int(whole):,}".replace(",", ".") + ("," + frac if frac else "")
                elif col == "kanal":
                    v = {"online": "Daring", "offline": "Luring"}[v]
                out.append(v)
            body.append(out)
        text = csv_text([header, *body], sep=";", eol="\r\n")
        return (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8" if bom else encoding)

    files = {f"{t}.csv": excel(t, CLEAN[t], bom=(t == "penghargaan")) for t in LOAD_ORDER}
    assert b"1.234,5" in files["pegawai.csv"] and b"\x96" in files["opd.csv"]
    src = write(tmp_path / "src", files)
    db = tmp_path / "kinerja.duckdb"
    import_ok(src, db)
    assert dump(db) == clean_db


# --- XLSX and Parquet -----------------------------------------------------------------


def write_sheet(wb, name: str, table: str, rows: list[list[str]]) -> None:
    """One table as Excel holds it: numbers as numbers, dates as date cells, a whole
    number in a text column as a number, one count as a formula with its cached value."""
    ws = wb.add_worksheet(name)
    date_format = wb.add_format({"num_format": "dd/mm/yyyy"})
    header, *body = rows
    ws.write_row(0, 0, [h.replace("_", " ").title() for h in header])
    for r, row in enumerate(body, start=1):
        for c, (col, text) in enumerate(zip(header, row, strict=True)):
            value = typed(table, col, text)
            if value is None:
                continue
            if (table, col, r) == ("layanan", "sla_hari", 1):
                ws.write_formula(r, c, "=2+3", None, value)
            elif isinstance(value, dt.date):
                ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
            elif isinstance(value, bool):
                ws.write_boolean(r, c, value)
            elif isinstance(value, (int, float)):
                ws.write_number(r, c, value)
            elif value.isdigit() and not value.startswith("0"):
                ws.write_number(r, c, int(value))  # Excel turns a typed code into a number
            else:
                ws.write_string(r, c, value)


def test_xlsx_one_file_per_table(tmp_path, clean_db):
    src = tmp_path / "src"
    src.mkdir()
    for t in LOAD_ORDER:
        wb = xlsxwriter.Workbook(str(src / f"{t}.xlsx"))
        write_sheet(wb, "Sheet1", t, CLEAN[t])
        wb.close()
    db = tmp_path / "kinerja.duckdb"
    import_ok(src, db)
    got = dump(db)
    assert ("1020100", "007", "Izin Praktik", 5, True) in got["layanan"]  # not 1020100.0
    assert got == clean_db


def test_xlsx_formula_counts_by_its_cached_value(tmp_path):
    path = tmp_path / "src" / "layanan.xlsx"
    path.parent.mkdir()
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["kode_layanan", "kode_opd", "nama_layanan", "sla_hari"])
    ws.write_row(1, 0, ["L01", "007", "Izin"])
    ws.write_formula(1, 3, "=A99+7", None, 14)
    wb.close()
    db = tmp_path / "kinerja.duckdb"
    import_ok(write(tmp_path / "opd", clean_files("opd")), db)
    import_ok(path, db)
    assert dump(db)["layanan"] == [("L01", "007", "Izin", 14, False)]


def test_xlsx_date_cell_with_time_keeps_the_date(tmp_path):
    path = tmp_path / "src" / "permohonan.xlsx"
    path.parent.mkdir()
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    fmt = wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    ws.write_row(0, 0, ["id_permohonan", "kode_layanan", "tanggal_masuk", "kanal", "status"])
    ws.write_row(1, 0, ["P9", "L02"])
    ws.write_datetime(1, 2, dt.datetime(2025, 6, 30, 23, 59), fmt)
    ws.write_row(1, 3, ["Daring", "Proses"])
    wb.close()
    db = tmp_path / "kinerja.duckdb"
    import_ok(write(tmp_path / "base", clean_files("opd", "layanan")), db)
    import_ok(path, db)
    assert dump(db)["permohonan"] == [("P9", "L02", dt.date(2025, 6, 30), None, "online", "proses")]


def test_one_workbook_with_a_sheet_per_table(tmp_path, clean_db):
    src = tmp_path / "src"
    src.mkdir()
    wb = xlsxwriter.Workbook(str(src / "buku.xlsx"))
    for t in LOAD_ORDER:
        write_sheet(wb, "Tempat Kerja" if t == "tempat_kerja" else t.upper(), t, CLEAN[t])
    wb.add_worksheet("Catatan").write(0, 0, "dibuat oleh Bappeda")
    wb.close()
    db = tmp_path / "kinerja.duckdb"
    result = import_ok(src / "buku.xlsx", db)
    assert dump(db) == clean_db
    assert "buku.xlsx[Catatan]" in " ".join(warning_lines(result))
    files = Store(db).history()[0]["berkas"]
    assert "buku.xlsx[OPD]" in files and "buku.xlsx[Tempat Kerja]" in files


def test_workbook_sheet_errors_are_labelled_book_and_sheet(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    wb = xlsxwriter.Workbook(str(src / "buku.xlsx"))
    rows = [r[:] for r in CLEAN["opd"]]
    rows[2][2] = "dinsa"
    write_sheet(wb, "opd", "opd", rows)
    wb.close()
    result = run_import(src, tmp_path / "kinerja.duckdb")
    assert [line.split(" — ")[0] for line in error_lines(result)] == ["buku.xlsx[opd]:3: jenis_opd: 'dinsa'"]


def parquet_table(table: str) -> pa.Table:
    header, *rows = CLEAN[table]
    types = {"int": pa.int64(), "number": pa.float64(), "date": pa.date32(), "bool": pa.bool_()}
    arrays = {
        col: pa.array(
            [typed(table, col, r[i]) for r in rows],
            type=types.get(TABLES[table].column(col).kind, pa.string()),
        )
        for i, col in enumerate(header)
    }
    return pa.table(arrays)


def test_parquet_one_file_per_table(tmp_path, clean_db):
    src = tmp_path / "src"
    src.mkdir()
    for t in LOAD_ORDER:
        pq.write_table(parquet_table(t), src / f"{t}.parquet")
    db = tmp_path / "kinerja.duckdb"
    import_ok(src, db)
    assert dump(db) == clean_db


def test_parquet_text_columns_and_timestamps(tmp_path):
    # a system export may type codes as integers and dates as timestamps
    table = pa.table(
        {
            "id_permohonan": pa.array([1, 2], pa.int64()),
            "kode_layanan": ["L02", "L02"],
            "tanggal_masuk": pa.array(
                [dt.datetime(2025, 1, 5, 8, 30), dt.datetime(2025, 2, 1)], pa.timestamp("us")
            ),
            "kanal": ["online", "offline"],
            "status": ["proses", "proses"],
        }
    )
    src = tmp_path / "src"
    src.mkdir()
    pq.write_table(table, src / "permohonan.parquet")
    db = tmp_path / "kinerja.duckdb"
    import_ok(write(tmp_path / "base", clean_files("opd", "layanan")), db)
    import_ok(src, db)
    assert dump(db)["permohonan"] == [
        ("1", "L02", dt.date(2025, 1, 5), None, "online", "proses"),
        ("2", "L02", dt.date(2025, 2, 1), None, "offline", "proses"),
    ]


def test_mixed_formats_in_one_source(tmp_path, clean_db):
    src = write(tmp_path / "src", clean_files(*[t for t in LOAD_ORDER if t not in ("opd", "skm")]))
    pq.write_table(parquet_table("skm"), src / "skm.parquet")
    wb = xlsxwriter.Workbook(str(src / "opd.xlsx"))
    write_sheet(wb, "opd", "opd", CLEAN["opd"])
    wb.close()
    db = tmp_path / "kinerja.duckdb"
    import_ok(src, db)
    assert dump(db) == clean_db


def test_several_files_and_folders_form_one_source(tmp_path, clean_db):
    files = clean_files()
    a = write(tmp_path / "bkpsdm", {n: files[n] for n in ("pegawai.csv", "opd.csv")})
    b = write(tmp_path / "diskominfo", {n: files[n] for n in ("tempat_kerja.csv", "wilayah.csv")})
    rest = write(
        tmp_path / "lain",
        {
            n: t
            for n, t in files.items()
            if n not in ("pegawai.csv", "opd.csv", "tempat_kerja.csv", "wilayah.csv")
        },
    )
    db = tmp_path / "kinerja.duckdb"
    # references across parts of the source resolve: layanan (in `lain`) needs opd (in `a`)
    import_ok([a, b, *sorted(rest.iterdir())], db)
    assert dump(db) == clean_db
    assert len(Store(db).history()) == 1


# --- the shared examples --------------------------------------------------------------


def test_example_sources_import_to_identical_tables(tmp_path):
    clean, export = tmp_path / "bersih.duckdb", tmp_path / "ekspor.duckdb"
    r1 = import_ok(EXAMPLES / "bersih", clean)
    r2 = import_ok(EXAMPLES / "ekspor_excel", export)
    a, b = dump(clean), dump(export)
    for table in LOAD_ORDER:
        assert a[table] == b[table], table
        assert a[table], f"{table} is empty"
    assert r1.rows == r2.rows
    assert any("Sukamaju – Kota" in row[1] for row in b["opd"])


def test_example_sources_give_identical_indicators(tmp_path):
    out = {}
    for name in ("bersih", "ekspor_excel"):
        db = tmp_path / f"{name}.duckdb"
        done = cli("import", EXAMPLES / name, "--db", db)
        assert done.returncode == 0, done.stderr
        ind = cli("indicators", "--tahun", "2025", "--json", "--db", db)
        assert ind.returncode == 0, ind.stderr
        out[name] = ind.stdout
    assert out["bersih"] == out["ekspor_excel"]
    parsed = json.loads(out["bersih"])
    assert parsed["tahun"] == 2025 and parsed["indikator"]["W1_permohonan"]["nilai"] > 0


# --- what is ignored or empty ---------------------------------------------------------


def test_header_only_file_is_an_empty_table_with_a_warning(tmp_path):
    db = tmp_path / "kinerja.duckdb"
    import_ok(write(tmp_path / "full", clean_files()), db)
    header = "Id Permohonan;Kode Layanan;Tanggal Masuk;Tanggal Selesai;Kanal;Status\r\n"
    result = import_ok(write(tmp_path / "src", {"permohonan.csv": header}), db)
    assert dump(db)["permohonan"] == []
    assert dump(db)["opd"]  # absent tables are kept
    assert result.rows["permohonan"] == 0
    assert any(
        w.startswith("permohonan.csv: — ") and "tabel tanpa baris data" in w for w in warning_lines(result)
    )


def test_header_only_xlsx_is_an_empty_table(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    wb = xlsxwriter.Workbook(str(src / "skm.xlsx"))
    wb.add_worksheet().write_row(0, 0, CLEAN["skm"][0])
    wb.close()
    db = tmp_path / "kinerja.duckdb"
    result = import_ok(src, db)
    assert dump(db)["skm"] == []
    assert any("skm.xlsx" in w for w in warning_lines(result))


def test_blank_rows_are_skipped(tmp_path, clean_db):
    opd = csv_text(CLEAN["opd"], sep=";").replace("\nDISDUK", "\n;;;\nDISDUK") + ";;;\n"
    same_as_clean(tmp_path, clean_db, {"opd.csv": opd})


def test_unknown_files_and_office_lock_files_are_ignored_with_warnings(tmp_path, clean_db):
    result = same_as_clean(
        tmp_path,
        clean_db,
        {
            "catatan.txt": "bukan data",
            "laporan.csv": "a,b\n1,2\n",
            "~$opd.xlsx": b"\x00lock",
            ".~lock.opd.csv#": "lock",
        },
    )
    warnings = "\n".join(warning_lines(result))
    for name in ("catatan.txt", "laporan.csv", "~$opd.xlsx"):
        assert name in warnings
    files = Store(tmp_path / "kinerja.duckdb").history()[0]["berkas"]
    assert not any(n in files for n in ("catatan.txt", "laporan.csv", "~$opd.xlsx"))


def test_unknown_column_is_ignored_with_a_warning(tmp_path, clean_db):
    opd = csv_text([[*r, x] for r, x in zip(CLEAN["opd"], ["Keterangan", "a", "b", "c"], strict=True)])
    result = same_as_clean(tmp_path, clean_db, {"opd.csv": opd})
    assert any(w.startswith("opd.csv: Keterangan:") and "diabaikan" in w for w in warning_lines(result))
    assert result.ok


@pytest.mark.parametrize(
    "line", ["Kabupaten Contoh, Jawa", "Kabupaten Contoh; Jawa", '"Kabupaten Contoh, Jawa"']
)
def test_a_one_column_file_keeps_commas_and_semicolons_in_its_value(tmp_path, line):
    db = tmp_path / "kinerja.duckdb"
    import_ok(write(tmp_path / "src", {"wilayah.csv": f"Nama Wilayah\r\n{line}\r\n"}), db)
    assert dump(db)["wilayah"] == [(line.strip('"'), None)]
