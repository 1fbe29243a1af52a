"""Contract section 3: bad input is refused, every error line names file, spreadsheet
row, column and value, and the database stays exactly as it was."""

from __future__ import annotations

import re
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
    snapshot,
    write,
)

LINE = re.compile(
    r"^(?P<file>[^:]+(\[[^\]]+\])?)(:(?P<row>[^:]+))?:( (?P<col>[^:']+):)?"
    r"( '(?P<val>.*)')? — (?P<pesan>.+) \((?P<msg>.+)\)$",
    re.S,
)


@pytest.fixture
def db(tmp_path) -> Path:
    """A database holding the whole clean source, imported once."""
    path = tmp_path / "db" / "kinerja.duckdb"
    import_ok(write(tmp_path / "good", clean_files()), path)
    return path


def with_cell(table: str, row: int, column: str, value: str) -> str:
    """The clean CSV of `table` with one cell changed; `row` counts as a spreadsheet does
    (the header is row 1)."""
    rows = [r[:] for r in CLEAN[table]]
    rows[row - 1][rows[0].index(column)] = value
    return csv_text(rows)


def with_row(table: str, *values: str) -> str:
    return csv_text([*CLEAN[table], list(values)])


def refused(tmp_path: Path, db: Path, files: dict, name: str = "bad") -> list[str]:
    """Import `files` into db, expect it refused and db untouched; return the error lines."""
    before = snapshot(db)
    result = run_import(write(tmp_path / name, files), db)
    lines = error_lines(result)
    assert lines, "the import was not refused"
    assert snapshot(db) == before
    for line in lines:
        assert LINE.match(line), f"not in the contract's format: {line}"
    return lines


def heads(lines: list[str]) -> list[str]:
    """Each line up to the dash: FILE:ROW: COLUMN: 'VALUE'."""
    return [line.split(" — ")[0] for line in lines]


# --- one rule each ----------------------------------------------------------------------


CASES = {
    # name: (files, the exact head of the one expected line, a word of its message)
    "missing required value": (
        {"opd.csv": with_cell("opd", 3, "nama_opd", "  ")},
        "opd.csv:3: nama_opd: ''",
        "wajib diisi",
    ),
    "text in an integer column": (
        {"layanan.csv": with_cell("layanan", 2, "sla_hari", "lima")},
        "layanan.csv:2: sla_hari: 'lima'",
        "bilangan bulat",
    ),
    "a fraction in an integer column": (
        {"skm.csv": with_cell("skm", 3, "u4", "2.5")},
        "skm.csv:3: u4: '2.5'",
        "bilangan bulat",
    ),
    "text in a number column": (
        {"target.csv": with_cell("target", 2, "nilai_target", "delapan")},
        "target.csv:2: nilai_target: 'delapan'",
        "angka",
    ),
    "31 February": (
        {"permohonan.csv": with_cell("permohonan", 3, "tanggal_masuk", "31/02/2025")},
        "permohonan.csv:3: tanggal_masuk: '31/02/2025'",
        "tanggal",
    ),
    "month 13": (
        {"skm.csv": with_cell("skm", 2, "tanggal", "2025-13-01")},
        "skm.csv:2: tanggal: '2025-13-01'",
        "tanggal",
    ),
    "a two-digit year": (
        {"permohonan.csv": with_cell("permohonan", 2, "tanggal_masuk", "5/1/25")},
        "permohonan.csv:2: tanggal_masuk: '5/1/25'",
        "tanggal",
    ),
    "month-first US date": (
        {"skm.csv": with_cell("skm", 3, "tanggal", "11/30/2025")},
        "skm.csv:3: tanggal: '11/30/2025'",
        "tanggal",
    ),
    "a bad boolean": (
        {"pegawai.csv": with_cell("pegawai", 4, "mutasi", "mungkin")},
        "pegawai.csv:4: mutasi: 'mungkin'",
        "ya/tidak",
    ),
    "a bad optional boolean": (
        {"opd.csv": with_cell("opd", 2, "aktif", "aktif")},
        "opd.csv:2: aktif: 'aktif'",
        "ya/tidak",
    ),
    "jenis_opd outside its set": (
        {"opd.csv": with_cell("opd", 3, "jenis_opd", "dinsa")},
        "opd.csv:3: jenis_opd: 'dinsa'",
        "salah satu dari: sekretariat",
    ),
    "kanal outside its set": (
        {"permohonan.csv": with_cell("permohonan", 2, "kanal", "email")},
        "permohonan.csv:2: kanal: 'email'",
        "salah satu dari: online, offline",
    ),
    "status_asn outside its set": (
        {"pegawai.csv": with_cell("pegawai", 2, "status_asn", "honorer")},
        "pegawai.csv:2: status_asn: 'honorer'",
        "PNS, PPPK",
    ),
    "optional tahap_lab outside its set": (
        {"inovasi.csv": with_cell("inovasi", 2, "tahap_lab", "dream")},
        "inovasi.csv:2: tahap_lab: 'dream'",
        "drum_up",
    ),
    "a negative count": (
        {"tempat_kerja.csv": with_cell("tempat_kerja", 2, "titik_layanan", "-3")},
        "tempat_kerja.csv:2: titik_layanan: '-3'",
        "≥ 0",
    ),
    "negative JP": (
        {"pegawai.csv": with_cell("pegawai", 3, "jp_pengembangan", "-1.5")},
        "pegawai.csv:3: jp_pengembangan: '-1.5'",
        "≥ 0",
    ),
    "sla_hari 0": (
        {"layanan.csv": with_cell("layanan", 3, "sla_hari", "0")},
        "layanan.csv:3: sla_hari: '0'",
        "> 0",
    ),
    "u1 = 5": (
        {"skm.csv": with_cell("skm", 2, "u1", "5")},
        "skm.csv:2: u1: '5'",
        "≤ 4",
    ),
    "u9 = 0": (
        {"skm.csv": with_cell("skm", 3, "u9", "0")},
        "skm.csv:3: u9: '0'",
        "≥ 1",
    ),
    "indeks_spbe 5.1": (
        {"tempat_kerja.csv": with_cell("tempat_kerja", 2, "indeks_spbe", "5.1")},
        "tempat_kerja.csv:2: indeks_spbe: '5.1'",
        "≤ 5",
    ),
    "duplicate single key": (
        {"opd.csv": with_row("opd", "007", "Dinas Lain", "dinas", "ya")},
        "opd.csv:5: kode_opd: '007'",
        "sama dengan baris 2",
    ),
    "duplicate composite key": (
        {"pegawai.csv": with_row("pegawai", "2025", "A2", "007", "PNS", "pelaksana", "P", "0", "tidak")},
        "pegawai.csv:5: tahun, id_pegawai: '2025/A2'",
        "sama dengan baris 3",
    ),
    "duplicate target for the whole region": (
        {"target.csv": with_row("target", "W5_ikm", "2025", "", "90")},
        "target.csv:4: kode_indikator, tahun, kode_opd: 'W5_ikm/2025/'",
        "baris 2",
    ),
    "reference to an unknown OPD": (
        {"layanan.csv": with_cell("layanan", 3, "kode_opd", "XXX")},
        "layanan.csv:3: kode_opd: 'XXX'",
        "tidak ada di tabel opd",
    ),
    "codes match case-sensitively": (
        {"pegawai.csv": with_cell("pegawai", 3, "kode_opd", "disduk")},
        "pegawai.csv:3: kode_opd: 'disduk'",
        "tidak ada di tabel opd",
    ),
    "reference to an unknown service": (
        {"permohonan.csv": with_cell("permohonan", 4, "kode_layanan", "L99")},
        "permohonan.csv:4: kode_layanan: 'L99'",
        "tidak ada di tabel layanan",
    ),
    "reference to an unknown innovation": (
        {"penghargaan.csv": with_cell("penghargaan", 3, "id_inovasi", "INO-9")},
        "penghargaan.csv:3: id_inovasi: 'INO-9'",
        "tidak ada di tabel inovasi",
    ),
    "target for an unknown OPD": (
        {"target.csv": with_cell("target", 3, "kode_opd", "BAPPEDA")},
        "target.csv:3: kode_opd: 'BAPPEDA'",
        "tidak ada di tabel opd",
    ),
    "tanggal_selesai before tanggal_masuk": (
        {"permohonan.csv": with_cell("permohonan", 2, "tanggal_selesai", "2025-01-04")},
        "permohonan.csv:2: tanggal_selesai: '2025-01-04'",
        "tanggal_masuk",
    ),
    "selesai without tanggal_selesai": (
        {"permohonan.csv": with_cell("permohonan", 2, "tanggal_selesai", "")},
        "permohonan.csv:2: tanggal_selesai: ''",
        "status selesai memerlukan tanggal_selesai",
    ),
    "surat_elektronik above surat_total": (
        {"tempat_kerja.csv": with_cell("tempat_kerja", 2, "surat_elektronik", "1501")},
        "tempat_kerja.csv:2: surat_elektronik: '1501'",
        "surat_total",
    ),
    "hari_kerja_fleksibel above hari_kerja_total": (
        {"tempat_kerja.csv": with_cell("tempat_kerja", 2, "hari_kerja_fleksibel", "241")},
        "tempat_kerja.csv:2: hari_kerja_fleksibel: '241'",
        "hari_kerja_total",
    ),
    "more than one wilayah row": (
        {"wilayah.csv": with_row("wilayah", "Kota Contoh", "35.11")},
        "wilayah.csv:3: nama_wilayah: 'Kota Contoh'",
        "satu baris",
    ),
    "a second wilayah row below a blank one": (
        {"wilayah.csv": "nama_wilayah,kode_wilayah\nKabupaten Contoh,35.10\n,\nKota,\n"},
        "wilayah.csv:4: nama_wilayah: 'Kota'",
        "satu baris",
    ),
    "unknown kode_indikator": (
        {"target.csv": with_cell("target", 2, "kode_indikator", "W9_kebahagiaan")},
        "target.csv:2: kode_indikator: 'W9_kebahagiaan'",
        "indikator",
    ),
    "indicator codes are case-sensitive": (
        {"target.csv": with_cell("target", 3, "kode_indikator", "w1_permohonan")},
        "target.csv:3: kode_indikator: 'w1_permohonan'",
        "indikator",
    ),
    "missing required column": (
        {"opd.csv": csv_text([r[:2] + r[3:] for r in CLEAN["opd"]])},
        "opd.csv: jenis_opd:",
        "kolom wajib tidak ada",
    ),
    "missing required column in a contract-style header": (
        {
            "skm.csv": csv_text(
                [[c.upper() for c in r] if i == 0 else r for i, r in enumerate(r[:11] for r in CLEAN["skm"])]
            )
        },
        "skm.csv: u9:",
        "kolom wajib tidak ada",
    ),
    "empty file": ({"opd.csv": ""}, "opd.csv:", "tidak memiliki baris judul"),
    "a file of blank lines": ({"opd.csv": "\r\n\r\n"}, "opd.csv:", "tidak memiliki baris judul"),
    "garbage named .xlsx": (
        {"opd.xlsx": bytes(range(256)) * 8},
        "opd.xlsx:",
        "tidak dapat dibaca sebagai XLSX",
    ),
    "a .parquet that is not parquet": (
        {"skm.parquet": "id_responden,kode_layanan\nR1,L02\n"},
        "skm.parquet:",
        "tidak dapat dibaca sebagai Parquet",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_refused_with_a_line_naming_it(tmp_path, db, case):
    files, head, word = CASES[case]
    source = {**clean_files(), **files}
    if "opd.xlsx" in files:
        del source["opd.csv"]
    if "skm.parquet" in files:
        del source["skm.csv"]
    lines = refused(tmp_path, db, source)
    assert heads(lines) == [head], lines
    assert word in lines[0]


def test_the_line_format_in_full(tmp_path, db):
    lines = refused(
        tmp_path,
        db,
        {"layanan.csv": with_cell("layanan", 2, "sla_hari", "0"), "opd.csv": clean_files("opd")["opd.csv"]},
    )
    assert lines == ["layanan.csv:2: sla_hari: '0' — harus > 0 (must be > 0)"]


def test_a_missing_column_has_no_row_and_no_value(tmp_path, db):
    lines = refused(tmp_path, db, {"opd.csv": csv_text([r[1:] for r in CLEAN["opd"]])})
    assert lines == ["opd.csv: kode_opd: — kolom wajib tidak ada (required column is missing)"]


def test_the_offending_value_is_shown_as_written(tmp_path, db):
    # trimmed, but otherwise the user's own text, in any encoding
    text = with_cell("opd", 4, "jenis_opd", " Kecamatan–Kota ").encode("cp1252")
    lines = refused(tmp_path, db, {"opd.csv": text})
    assert heads(lines) == ["opd.csv:4: jenis_opd: 'Kecamatan–Kota'"]


def test_rows_count_as_in_a_spreadsheet_for_semicolon_crlf_bom(tmp_path, db):
    rows = [r[:] for r in CLEAN["permohonan"]]
    rows[3][2] = "31/02/2025"
    data = b"\xef\xbb\xbf" + csv_text(rows, sep=";", eol="\r\n").encode()
    assert heads(refused(tmp_path, db, {"permohonan.csv": data})) == [
        "permohonan.csv:4: tanggal_masuk: '31/02/2025'"
    ]


def test_xlsx_rows_and_sheets_are_named(tmp_path, db):
    src = tmp_path / "src"
    src.mkdir()
    wb = xlsxwriter.Workbook(str(src / "Data BKPSDM.xlsx"))
    ws = wb.add_worksheet("Pegawai")
    ws.write_row(0, 0, CLEAN["pegawai"][0])
    ws.write_row(1, 0, [2025, "A9", "007", "PNS", "pelaksana", "L", -4, "ya"])
    ws.write_row(2, 0, [2025, "A8", "007", "PNS", "pelaksana", "X", 4, "ya"])
    wb.close()
    before = snapshot(db)
    result = run_import(src, db)
    assert sorted(heads(error_lines(result))) == [
        "Data BKPSDM.xlsx[Pegawai]:2: jp_pengembangan: '-4'",  # as the cell shows it
        "Data BKPSDM.xlsx[Pegawai]:3: jenis_kelamin: 'X'",
    ]
    assert snapshot(db) == before


def test_two_files_for_one_table(tmp_path, db):
    lines = refused(tmp_path, db, {**clean_files(), "Opd.parquet": b"PAR1"})
    assert sorted(heads(lines)) == ["Opd.parquet: 'Opd.parquet, opd.csv'", "opd.csv: 'Opd.parquet, opd.csv'"]
    assert all("lebih dari satu berkas untuk tabel opd" in line for line in lines)


def test_two_files_for_one_table_across_folders(tmp_path, db):
    a = write(tmp_path / "a", clean_files("opd", "layanan"))
    b = write(tmp_path / "b", clean_files("opd"))
    before = snapshot(db)
    result = run_import([a, b], db)
    assert not result.ok
    assert all("lebih dari satu berkas untuk tabel opd" in line for line in error_lines(result))
    assert len(error_lines(result)) == 2
    assert snapshot(db) == before


# --- references against what the database will hold -------------------------------------


def test_reference_to_a_table_the_database_keeps_is_accepted(tmp_path, db):
    layanan = with_row("layanan", "L03", "KEC-01", "Surat Domisili", "1", "tidak")
    import_ok(write(tmp_path / "new", {"layanan.csv": layanan}), db)
    assert ("L03", "KEC-01", "Surat Domisili", 1, False) in dump(db)["layanan"]


def test_reference_to_an_opd_only_the_replaced_table_held(tmp_path, db):
    # the source replaces opd without KEC-01, and its own layanan refers to KEC-01
    opd = csv_text(CLEAN["opd"][:3])
    layanan = with_row("layanan", "L03", "KEC-01", "Surat Domisili", "1", "tidak")
    lines = refused(tmp_path, db, {**clean_files(), "opd.csv": opd, "layanan.csv": layanan})
    assert heads(lines) == ["layanan.csv:4: kode_opd: 'KEC-01'"]


def test_kept_rows_that_would_lose_their_reference(tmp_path):
    db = tmp_path / "kinerja.duckdb"
    import_ok(write(tmp_path / "first", clean_files("opd", "layanan", "permohonan")), db)
    opd_without_disduk = csv_text([r for r in CLEAN["opd"] if r[0] != "DISDUK"])
    lines = refused(tmp_path, db, {"opd.csv": opd_without_disduk})
    assert lines == [
        "layanan:kode_layanan=L02: kode_opd: 'DISDUK' — baris yang tetap di basis data akan "
        "kehilangan rujukannya di tabel opd (a row kept in the database would lose what it "
        "refers to in table opd)"
    ]


def test_kept_rows_of_every_table_are_checked(tmp_path, db):
    opd_without_007 = csv_text([r for r in CLEAN["opd"] if r[0] != "007"])
    lines = refused(tmp_path, db, {"opd.csv": opd_without_007})
    tables = {line.split(":")[0] for line in lines}
    assert tables == {"layanan", "pegawai", "tempat_kerja", "inovasi", "penghargaan", "target"}
    assert "pegawai:tahun=2025,id_pegawai=A1: kode_opd: '007'" in heads(lines)


def test_kept_rows_of_a_replaced_service_catalogue(tmp_path, db):
    layanan = csv_text([r for r in CLEAN["layanan"] if r[0] != "L02"])
    lines = refused(tmp_path, db, {"layanan.csv": layanan})
    assert sorted(heads(lines)) == [
        "permohonan:id_permohonan=P2: kode_layanan: 'L02'",
        "permohonan:id_permohonan=P3: kode_layanan: 'L02'",
        "skm:id_responden=R2: kode_layanan: 'L02'",
    ]


def test_kept_awards_of_a_replaced_innovation_list(tmp_path, db):
    inovasi = csv_text([r for r in CLEAN["inovasi"] if r[0] != "INO-1"])
    lines = refused(tmp_path, db, {"inovasi.csv": inovasi})
    assert heads(lines) == ["penghargaan:id_penghargaan=AW-1: id_inovasi: 'INO-1'"]


def test_replacing_referring_tables_too_is_accepted(tmp_path, db):
    opd = csv_text([r for r in CLEAN["opd"] if r[0] != "KEC-01"])
    # KEC-01 is referred to by nothing
    import_ok(write(tmp_path / "ok", {"opd.csv": opd}), db)
    assert "KEC-01" not in {r[0] for r in dump(db)["opd"]}


# --- all errors at once, up to a limit ---------------------------------------------------


def test_errors_in_several_files_are_reported_together(tmp_path, db):
    files = {
        **clean_files(),
        "opd.csv": with_cell("opd", 2, "jenis_opd", "dinsa"),
        "skm.csv": with_cell("skm", 3, "u2", "9"),
        "target.csv": with_cell("target", 2, "kode_indikator", "X1"),
        "tempat_kerja.csv": csv_text([r[1:] for r in CLEAN["tempat_kerja"]]),
        "wilayah.xlsx": b"not a workbook",
    }
    del files["wilayah.csv"]
    lines = refused(tmp_path, db, files)
    assert sorted(heads(lines)) == sorted(
        [
            "opd.csv:2: jenis_opd: 'dinsa'",
            "skm.csv:3: u2: '9'",
            "target.csv:2: kode_indikator: 'X1'",
            "tempat_kerja.csv: tahun:",
            "wilayah.xlsx:",
        ]
    )


def test_several_rules_broken_in_one_row_are_each_reported(tmp_path, db):
    permohonan = with_cell("permohonan", 2, "kanal", "fax").replace(
        "P1,1020100,2025-01-05,2025-01-07", "P1,L404,2025-01-05,2025-01-07"
    )
    lines = refused(
        tmp_path,
        db,
        {**clean_files(), "permohonan.csv": permohonan, "skm.csv": with_cell("skm", 2, "u3", "x")},
    )
    assert sorted(heads(lines)) == ["permohonan.csv:2: kanal: 'fax'", "skm.csv:2: u3: 'x'"]


def test_many_errors_are_cut_to_a_limit_with_a_count(tmp_path, db):
    rows = [CLEAN["opd"][0]] + [[f"K{i}", f"Nama {i}", "dinsa", "ya"] for i in range(300)]
    lines = refused(tmp_path, db, {"opd.csv": csv_text(rows)})
    assert len(lines) < 300
    assert lines[0].startswith("opd.csv:2: jenis_opd: 'dinsa'")
    assert re.search(r"\b\d+\b", lines[-1]) and "tidak ditampilkan" in lines[-1]


# --- unreadable files --------------------------------------------------------------------


def test_a_csv_that_is_not_text(tmp_path, db):
    data = b"kode_opd,nama_opd,jenis_opd\n" + bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 10
    lines = refused(tmp_path, db, {"opd.csv": data})
    assert len(lines) == 1 and lines[0].startswith("opd.csv: — ")


def test_a_parquet_file_that_lacks_a_required_column(tmp_path, db):
    pq.write_table(pa.table({"kode_opd": ["X"], "nama_opd": ["Y"]}), tmp_path / "opd.parquet")
    before = snapshot(db)
    result = run_import(tmp_path / "opd.parquet", db)
    assert error_lines(result) == [
        "opd.parquet: jenis_opd: — kolom wajib tidak ada (required column is missing)"
    ]
    assert snapshot(db) == before


def test_a_file_that_is_not_there(tmp_path, db):
    before = snapshot(db)
    result = run_import([tmp_path / "tidak-ada"], db)
    assert not result.ok
    assert snapshot(db) == before


# --- the command line --------------------------------------------------------------------


def test_cli_refuses_bad_input_with_exit_1_and_lines_on_stderr(tmp_path, db):
    bad = write(
        tmp_path / "bad",
        {
            "layanan.csv": with_cell("layanan", 3, "sla_hari", "0"),
            "skm.csv": with_cell("skm", 2, "tanggal", "31/02/2025"),
        },
    )
    before = snapshot(db)
    done = cli("import", bad, "--db", db)
    assert done.returncode == 1
    assert done.stdout == ""
    assert "layanan.csv:3: sla_hari: '0' — harus > 0" in done.stderr
    assert "skm.csv:2: tanggal: '31/02/2025' — harus tanggal" in done.stderr
    assert snapshot(db) == before
    assert not Path(str(db) + ".wal").exists()


def test_cli_refused_first_import_creates_no_database(tmp_path):
    db = tmp_path / "baru.duckdb"
    done = cli("import", write(tmp_path / "bad", {"opd.csv": ""}), "--db", db)
    assert done.returncode == 1
    assert "opd.csv: — berkas tidak memiliki baris judul" in done.stderr
    assert not db.exists()
    history = cli("history", "--db", db)
    assert history.returncode == 0 and "#1" not in history.stdout


def test_cli_uses_kinerja_db_from_the_environment(tmp_path):
    db = tmp_path / "env.duckdb"
    done = cli("import", write(tmp_path / "ok", clean_files("opd")), env={"KINERJA_DB": str(db)})
    assert done.returncode == 0, done.stderr
    assert len(dump(db)["opd"]) == 3


def test_values_checked_after_typing_are_quoted_as_written(tmp_path, db):
    tempat_kerja = "Tahun;Kode OPD;Indeks SPBE;Surat Total;Surat Elektronik\r\n2025;007;5,10;1.500;1.501\r\n"
    permohonan = with_cell("permohonan", 3, "tanggal_selesai", "09/02/2025 10:00")
    lines = refused(tmp_path, db, {"tempat_kerja.csv": tempat_kerja, "permohonan.csv": permohonan})
    assert sorted(heads(lines)) == [
        "permohonan.csv:3: tanggal_selesai: '09/02/2025 10:00'",
        "tempat_kerja.csv:2: indeks_spbe: '5,10'",
        "tempat_kerja.csv:2: surat_elektronik: '1.501'",
    ]


def test_rows_missing_their_key_are_not_also_duplicates(tmp_path, db):
    opd = with_row("opd", "", "Tanpa Kode", "dinas", "ya") + ",Tanpa Kode Juga,dinas,ya\n"
    lines = refused(tmp_path, db, {"opd.csv": opd})
    assert heads(lines) == ["opd.csv:5: kode_opd: ''", "opd.csv:6: kode_opd: ''"]
    assert all("wajib diisi" in line for line in lines)


def test_a_source_naming_no_table_is_refused(tmp_path):
    src = write(tmp_path / "src", {"catatan.txt": "bukan tabel"})
    result = run_import([src], tmp_path / "k.duckdb")
    assert not result.ok
    assert error_lines(result)[0].startswith(f"{src}: — sumber tidak berisi berkas tabel")
    assert not (tmp_path / "k.duckdb").exists()


def test_errors_are_capped_and_the_rest_counted(tmp_path):
    # 600 rows with a negative sla_hari: 50 examples, then one line counting the other 550
    rows = "\n".join(f"L{i},DISDUK,Layanan {i},-1,true" for i in range(600))
    files = clean_files("opd") | {
        "layanan.csv": "kode_layanan,kode_opd,nama_layanan,sla_hari,terintegrasi\n" + rows
    }
    result = run_import([write(tmp_path / "src", files)], tmp_path / "k.duckdb")
    lines = error_lines(result)
    assert len(lines) == 51
    assert lines[-1].startswith("layanan.csv: sla_hari: — masih ada 550 kesalahan lain")
