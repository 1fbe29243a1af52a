"""Issue 12, items 1–7: sources as real exports and careless hands make them. Each rule is
checked with the exact line a clerk reads, and the database stays as it was."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
import xlsxwriter
from importkit import CLEAN, clean_files, csv_text, dump, error_lines, import_ok, run_import, snapshot, write
from test_import_errors import LINE, heads, with_cell


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "db" / "kinerja.duckdb"
    import_ok(write(tmp_path / "good", clean_files()), path)
    return path


def refused(tmp_path: Path, db: Path, files: dict, name: str = "bad") -> list[str]:
    before = snapshot(db)
    source = write(tmp_path / name, files)
    lines = error_lines(run_import(source, db))
    assert lines, "the import was not refused"
    assert snapshot(db) == before
    for line in lines:
        assert LINE.match(line), f"not in the contract's format: {line}"
        assert str(tmp_path) not in line, f"a server path in: {line}"
    return lines


# --- 1. Excel's quoting ------------------------------------------------------------------


@pytest.mark.parametrize("sep", [",", ";"])
def test_doubled_quotes_inside_a_quoted_field_are_one_quote(tmp_path, sep):
    # RFC 4180 as Excel writes it: the field is `Badan "Perencanaan", Jakarta`
    name = '"Badan ""Perencanaan""' + sep + ' Jakarta"'
    opd = sep.join(CLEAN["opd"][0]) + "\n" + sep.join(["BAPPEDA", name, "badan", "ya"]) + "\n"
    permohonan = csv_text(CLEAN["permohonan"]).replace("P3,", '"P""3",')  # a fast-path table
    db = tmp_path / "k.duckdb"
    files = {**clean_files(), "opd.csv": opd + "\n".join(sep.join(r) for r in CLEAN["opd"][1:]) + "\n"}
    import_ok(write(tmp_path / "src", {**files, "permohonan.csv": permohonan}), db)
    tables = dump(db)
    assert ("BAPPEDA", f'Badan "Perencanaan"{sep} Jakarta', "badan", True) in tables["opd"]
    assert 'P"3' in {r[0] for r in tables["permohonan"]}


# --- 2. dots in a `;` file ---------------------------------------------------------------


def semicolon(table: str, column: str, value: str, row: int = 2) -> str:
    """The clean table as a `;` file (decimal commas) with one cell changed."""
    rows = [[v.replace(".", ",") for v in r] for r in CLEAN[table]]
    rows[row - 1][rows[0].index(column)] = value
    return csv_text(rows, sep=";")


def test_semicolon_file_groups_thousands_in_threes_only(tmp_path, db):
    files = {
        "target.csv": semicolon("target", "nilai_target", "1.234.567,5"),
        "pegawai.csv": semicolon("pegawai", "jp_pengembangan", "1.234"),
    }
    import_ok(write(tmp_path / "ok", files), db)
    assert ("W5_ikm", 2025, None, 1234567.5) in dump(db)["target"]
    assert 1234.0 in {r[6] for r in dump(db)["pegawai"]}


@pytest.mark.parametrize("value", ["85.0", "19.5", "1.23", "12.3456", "1.234.56", "1.2.3"])
def test_a_dot_that_groups_no_thousands_is_an_error_in_a_semicolon_file(tmp_path, db, value):
    lines = refused(tmp_path, db, {"target.csv": semicolon("target", "nilai_target", value)})
    assert lines == [f"target.csv:2: nilai_target: '{value}' — harus berupa angka (must be a number)"]


def test_a_dotted_whole_number_is_an_error_in_a_semicolon_file(tmp_path, db):
    lines = refused(tmp_path, db, {"layanan.csv": semicolon("layanan", "sla_hari", "5.0", row=3)})
    assert lines == ["layanan.csv:3: sla_hari: '5.0' — harus bilangan bulat (must be a whole number)"]


@pytest.mark.parametrize("value", ["1_000", "0x10", "1e", "--5", "5 000"])
def test_a_comma_file_takes_plain_numbers_only(tmp_path, db, value):
    lines = refused(tmp_path, db, {"target.csv": with_cell("target", 3, "nilai_target", value)})
    assert lines == [f"target.csv:3: nilai_target: '{value}' — harus berupa angka (must be a number)"]


# --- 3. XLSX error cells -----------------------------------------------------------------


def test_xlsx_error_cells_are_errors_in_required_and_optional_columns(tmp_path, db):
    src = tmp_path / "src"
    src.mkdir()
    wb = xlsxwriter.Workbook(str(src / "laporan.xlsx"))
    ws = wb.add_worksheet("penghargaan")
    ws.write_row(0, 0, CLEAN["penghargaan"][0])
    ws.write_row(1, 0, CLEAN["penghargaan"][1])
    ws.write_formula(1, 6, "=1/0", None, "#DIV/0!")  # pemberi, optional text
    ws.write_row(2, 0, CLEAN["penghargaan"][2])
    ws.write_formula(2, 0, "=NA()", None, "#N/A")  # id_penghargaan, the required key
    ws.write_formula(2, 5, '="a"+1', None, "#VALUE!")  # tahun, a required integer
    ws = wb.add_worksheet("tempat_kerja")
    ws.write_row(0, 0, CLEAN["tempat_kerja"][0])
    ws.write_row(1, 0, [2025, "007"])
    ws.write_formula(1, 2, "=A9", None, "#REF!")  # indeks_spbe, an optional number
    ws.write_row(2, 0, [2025, "DISDUK"])
    ws.write_formula(2, 7, "=jumlah(1)", None, "#NAME?")  # titik_layanan, an optional integer
    wb.close()
    before = snapshot(db)
    lines = error_lines(run_import(src, db))
    message = (
        "sel berisi galat rumus Excel, bukan nilai; perbaiki rumusnya atau isi nilainya "
        "(the cell holds an Excel formula error, not a value; fix the formula or enter the value)"
    )
    assert sorted(lines) == sorted(
        [
            f"laporan.xlsx[penghargaan]:2: pemberi: '#DIV/0!' — {message}",
            f"laporan.xlsx[penghargaan]:3: id_penghargaan: '#N/A' — {message}",
            f"laporan.xlsx[penghargaan]:3: tahun: '#VALUE!' — {message}",
            f"laporan.xlsx[tempat_kerja]:2: indeks_spbe: '#REF!' — {message}",
            f"laporan.xlsx[tempat_kerja]:3: titik_layanan: '#NAME?' — {message}",
        ]
    )
    assert snapshot(db) == before


def test_a_decimal_comma_in_a_comma_file_is_an_error(tmp_path, db):
    target = csv_text(CLEAN["target"]).replace(",85", ',"85,5"')
    lines = refused(tmp_path, db, {"target.csv": target})
    assert lines == ["target.csv:2: nilai_target: '85,5' — harus berupa angka (must be a number)"]


def test_excel_error_text_in_a_csv_is_an_error_too(tmp_path, db):
    lines = refused(tmp_path, db, {"opd.csv": with_cell("opd", 3, "nama_opd", "#N/A")})
    assert heads(lines) == ["opd.csv:3: nama_opd: '#N/A'"]


# --- 4. rows of another width ------------------------------------------------------------


def test_rows_with_fewer_or_more_fields_than_the_header(tmp_path, db):
    opd = csv_text(CLEAN["opd"]).replace(
        "DISDUK,Dinas Kependudukan,dinas,true", "DISDUK,Dinas Kependudukan,dinas"
    )
    opd = opd.replace("KEC-01,Kecamatan Satu,kecamatan,false", "KEC-01,Kecamatan, Satu,kecamatan,false")
    lines = refused(tmp_path, db, {"opd.csv": opd})
    assert lines == [
        "opd.csv:3: — baris ini berisi 3 kolom, padahal judulnya 4 kolom; periksa pemisah atau tanda "
        "kutip di baris ini (this row has 3 fields but the header has 4; check the separators or "
        "quotes in this row)",
        "opd.csv:4: — baris ini berisi 5 kolom, padahal judulnya 4 kolom; periksa pemisah atau tanda "
        "kutip di baris ini (this row has 5 fields but the header has 4; check the separators or "
        "quotes in this row)",
    ]


def test_a_short_row_in_a_big_table_is_an_error_too(tmp_path, db):
    permohonan = csv_text(CLEAN["permohonan"]).replace(
        "P2,L02,2025-02-10,,offline,proses", "P2,L02,2025-02-10"
    )
    lines = refused(tmp_path, db, {"permohonan.csv": permohonan})
    assert heads(lines) == ["permohonan.csv:3:"]
    assert "berisi 3 kolom, padahal judulnya 6 kolom" in lines[0]


def test_a_trailing_empty_row_of_separators_is_blank_not_short(tmp_path, db):
    import_ok(write(tmp_path / "ok", {"opd.csv": csv_text(CLEAN["opd"]) + ",,\n,,,\n   \n"}), db)


# --- 5. rows counted as a spreadsheet counts them -----------------------------------------


def test_blank_lines_count_as_rows(tmp_path, db):
    rows = [r[:] for r in CLEAN["permohonan"]]
    rows[2][2] = "31/02/2025"  # P2, after one blank line: row 4
    text = csv_text(rows[:2]) + "\n" + csv_text(rows[2:3]) + "\r\n\n" + csv_text(rows[3:])
    lines = refused(tmp_path, db, {"permohonan.csv": text})
    assert heads(lines) == ["permohonan.csv:4: tanggal_masuk: '31/02/2025'"]


def test_blank_lines_count_in_references_and_duplicates(tmp_path, db):
    # a clean big table: staged fast, then again in order to name the rows
    pegawai = csv_text(CLEAN["pegawai"][:2]) + "\n\n" + csv_text(CLEAN["pegawai"][2:])
    pegawai += "2025,A9,NOPE,PNS,pelaksana,L,3,false\n\n2025,A1,007,PNS,pelaksana,L,3,false\n"
    lines = refused(tmp_path, db, {"pegawai.csv": pegawai})
    assert heads(lines) == ["pegawai.csv:9: tahun, id_pegawai: '2025/A1'"]
    assert "sama dengan baris 2" in lines[0]
    pegawai = pegawai.rsplit("\n\n", 1)[0] + "\n"
    lines = refused(tmp_path, db, {"pegawai.csv": pegawai}, name="bad2")
    assert heads(lines) == ["pegawai.csv:7: kode_opd: 'NOPE'"]


def test_a_line_break_inside_a_quoted_cell_is_one_row(tmp_path, db):
    opd = csv_text(CLEAN["opd"]).replace("Dinas Kependudukan", '"Dinas\nKependudukan"')
    opd = opd.replace("kecamatan,false", "kecamatn,false")
    lines = refused(tmp_path, db, {"opd.csv": opd})
    assert heads(lines) == ["opd.csv:4: jenis_opd: 'kecamatn'"]


# --- 6. dates followed by text; invisible characters; NUL ---------------------------------


@pytest.mark.parametrize(
    "value", ["2025-07-09 kemarin", "09/07/2025 pagi", "2025-07-09 08:30 x", "2025-07-09x"]
)
def test_text_after_a_date_that_is_not_a_time(tmp_path, db, value):
    lines = refused(tmp_path, db, {"skm.csv": with_cell("skm", 2, "tanggal", value)})
    assert lines == [
        f"skm.csv:2: tanggal: '{value}' — harus tanggal (YYYY-MM-DD, DD/MM/YYYY atau DD-MM-YYYY), "
        "boleh diikuti jam saja (must be a date (YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY), followed "
        "by nothing but a time)"
    ]


@pytest.mark.parametrize(
    "value", ["2025-07-09 08:30", "2025-07-09T08:30:15", "9/7/2025 8.30", "2025-07-09 08:30:00+07"]
)
def test_a_time_after_a_date_is_still_dropped(tmp_path, db, value):
    import_ok(write(tmp_path / "ok", {"skm.csv": with_cell("skm", 2, "tanggal", value)}), db)
    assert str(dump(db)["skm"][0][2]) == "2025-07-09"


HIDDEN = "kode berisi karakter tak terlihat (tab, baris baru, NUL atau spasi lebar-nol); hapus karakter itu"


@pytest.mark.parametrize(
    ("cell", "shown"),
    [("DINKES\t", "DINKES\\t"), ("DIN\x00KES", "DIN\\x00KES"), ("\u200bDINKES", "\\u200bDINKES")],
)
def test_invisible_characters_in_a_code_are_shown(tmp_path, db, cell, shown):
    opd = with_cell("opd", 3, "kode_opd", cell)
    lines = refused(tmp_path, db, {"opd.csv": opd, "layanan.csv": csv_text(CLEAN["layanan"][:2])})
    assert lines == [
        f"opd.csv:3: kode_opd: '{shown}' — {HIDDEN} (the code holds an invisible character (tab, line "
        "break, NUL or zero-width space); remove it)"
    ]


def test_an_invisible_character_in_a_big_table_key(tmp_path, db):
    lines = refused(tmp_path, db, {"permohonan.csv": with_cell("permohonan", 4, "id_permohonan", "P3\t")})
    assert heads(lines) == ["permohonan.csv:4: id_permohonan: 'P3\\t'"]


def test_a_nul_in_any_text_is_refused(tmp_path, db):
    lines = refused(tmp_path, db, {"opd.csv": with_cell("opd", 2, "nama_opd", "Dinas\x00Kesehatan")})
    assert lines == [
        "opd.csv:2: nama_opd: 'Dinas\\x00Kesehatan' — teks berisi karakter NUL (\\x00); hapus karakter "
        "itu (the text holds a NUL character (\\x00); remove it)"
    ]


def test_a_tab_inside_a_name_is_kept(tmp_path, db):
    import_ok(write(tmp_path / "ok", {"opd.csv": with_cell("opd", 3, "nama_opd", "Dinas\tKependudukan")}), db)
    assert "Dinas\tKependudukan" in {r[1] for r in dump(db)["opd"]}


# --- 7. unreadable files, in words a clerk can act on --------------------------------------


def test_a_utf16_file_says_how_to_save_it(tmp_path, db):
    data = codecs.BOM_UTF16_LE + csv_text(CLEAN["opd"]).encode("utf-16-le")
    lines = refused(tmp_path, db, {"opd.csv": data})
    assert lines == [
        "opd.csv: — berkas ini teks UTF-16 (Unicode), bukan CSV yang dapat dibaca; buka di Excel lalu "
        "Simpan sebagai CSV UTF-8 (this file is UTF-16 (Unicode) text, not a readable CSV; open it in "
        "Excel and save it as CSV UTF-8)"
    ]


def test_a_utf16_file_without_a_bom(tmp_path, db):
    lines = refused(tmp_path, db, {"opd.csv": csv_text(CLEAN["opd"]).encode("utf-16-be")})
    assert heads(lines) == ["opd.csv:"] and "UTF-16" in lines[0] and "Simpan sebagai CSV UTF-8" in lines[0]


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"PK\x03\x04" + bytes(range(256)) * 4, "buku kerja Excel (XLSX) atau ZIP"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), "buku kerja Excel lama (XLS)"),
        (b"%PDF-1.7\n" + bytes(range(256)), "dokumen PDF"),
        (bytes(range(256)) * 16, "bukan teks (data biner)"),
    ],
)
def test_a_binary_file_named_csv_says_what_it_is(tmp_path, db, data, what):
    lines = refused(tmp_path, db, {"opd.csv": data})
    assert len(lines) == 1 and lines[0].startswith("opd.csv: — berkas ini ")
    assert what in lines[0] and "Simpan sebagai CSV UTF-8" in lines[0] or ".xlsx" in lines[0]
    for internal in ("codec", "utf-8", "Error", "byte", "0x", "position", "duckdb", "sniff"):
        assert internal not in lines[0]


def test_a_broken_workbook_names_no_reader_internals(tmp_path, db):
    files = {**clean_files(), "opd.xlsx": b"PK\x03\x04 not really a zip"}
    del files["opd.csv"]
    lines = refused(tmp_path, db, files)
    assert lines == [
        "opd.xlsx: — berkas tidak dapat dibaca sebagai XLSX; buka di Excel lalu simpan sebagai Buku "
        "Kerja Excel (.xlsx) (the file cannot be read as XLSX; open it in Excel and save it as an "
        "Excel Workbook (.xlsx))"
    ]


def test_a_ten_megabyte_cell_names_its_row(tmp_path, db):
    opd = with_cell("opd", 3, "nama_opd", "x" * 10_000_000)
    lines = refused(tmp_path, db, {"opd.csv": opd})
    assert lines == [
        "opd.csv:3: nama_opd: — isi sel lebih panjang dari 32.767 karakter (batas satu sel Excel); "
        "berkas tidak dibaca lebih lanjut (the cell is longer than 32,767 characters (the limit of "
        "one Excel cell); the file was not read further)"
    ]


@pytest.mark.parametrize("value", ["3000000000", "-3000000000", "99999999999999999999"])
def test_a_whole_number_beyond_the_column_says_too_large(tmp_path, db, value):
    lines = refused(tmp_path, db, {"layanan.csv": with_cell("layanan", 2, "sla_hari", value)})
    assert lines == [
        f"layanan.csv:2: sla_hari: '{value}' — angka terlalu besar (paling besar 2.147.483.647) "
        "(number too large (at most 2,147,483,647))"
    ]


def test_a_huge_count_in_a_big_table_says_too_large(tmp_path, db):
    lines = refused(tmp_path, db, {"skm.csv": with_cell("skm", 3, "u4", "3000000000")})
    assert heads(lines) == ["skm.csv:3: u4: '3000000000'"] and "terlalu besar" in lines[0]


def test_the_largest_integer_is_accepted(tmp_path, db):
    import_ok(
        write(
            tmp_path / "ok", {"tempat_kerja.csv": with_cell("tempat_kerja", 2, "titik_layanan", "2147483647")}
        ),
        db,
    )


# --- 19. the fast path takes exactly what the careful path takes ---------------------------


@pytest.mark.parametrize(
    ("table", "row", "column", "cell", "stored"),
    [
        ("permohonan", 2, "id_permohonan", " P1 ", "P1"),  # a key with surrounding spaces
        ("permohonan", 3, "kode_layanan", "L02 ", "L02"),  # a reference with one
        ("permohonan", 2, "kanal", " Online", "online"),
        ("permohonan", 2, "tanggal_masuk", "2025-1-5", "2025-01-05"),
        ("permohonan", 2, "tanggal_masuk", "05/01/2025", "2025-01-05"),
        ("skm", 2, "u1", "04", 4),
        ("skm", 2, "u1", "+4", 4),
        ("skm", 2, "u1", "4.0", 4),
        ("skm", 2, "u1", " 4 ", 4),
        ("skm", 2, "u1", "4e0", 4),
        ("pegawai", 2, "tahun", "2025.0", 2025),
        ("pegawai", 2, "jp_pengembangan", "1e1", 10.0),
        ("pegawai", 2, "mutasi", "Ya", True),
    ],
)
def test_a_big_table_cell_the_careful_path_reads_is_read_alike(
    tmp_path, db, table, row, column, cell, stored
):
    import_ok(write(tmp_path / "ok", {f"{table}.csv": with_cell(table, row, column, cell)}), db)
    position = CLEAN[table][0].index(column)
    rows = dump(db)[table]
    kept = {str(r[position]) if column.startswith("tanggal") else r[position] for r in rows}
    assert stored in kept


@pytest.mark.parametrize(
    ("table", "row", "column", "cell"),
    [
        ("skm", 2, "u1", "0x4"),  # DuckDB's own cast reads these
        ("skm", 3, "u2", "1_0"),
        ("pegawai", 3, "tahun", "2_025"),
        ("pegawai", 2, "jp_pengembangan", "inf"),
        ("pegawai", 2, "jp_pengembangan", "1_0"),
        ("permohonan", 2, "id_permohonan", "#N/A"),
        ("permohonan", 3, "tanggal_masuk", "2025-02-10 x"),
    ],
)
def test_a_big_table_cell_the_careful_path_refuses_is_refused(tmp_path, db, table, row, column, cell):
    lines = refused(tmp_path, db, {f"{table}.csv": with_cell(table, row, column, cell)})
    assert heads(lines) == [f"{table}.csv:{row}: {column}: '{cell}'"]
