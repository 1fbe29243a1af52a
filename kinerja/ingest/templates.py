"""XLSX templates, one per table of the data contract, so an OPD can fill its export
without reading the contract.

Each workbook has the table's sheet (named after the table, so the importer reads it):
the contract's headers in row 1, frozen; one example row the importer accepts; drop-down
lists where the contract allows only some values (booleans, the fixed sets, indicator
codes, and the OPD codes of the current database when given); checks on numbers and
dates; text columns formatted as text so `007` stays `007`. A second sheet, `petunjuk`,
explains every column in Indonesian and English. Long lists live on a hidden third sheet.

    python -m kinerja.ingest.templates OUT_DIR [--db PATH]    # writes OUT_DIR/<table>.xlsx

The shipped set in data/templates/ is written without --db (no OPD list: codes are the
regency's own).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from pathlib import Path

from kinerja.indicators.registry import CODES
from kinerja.ingest.schema import LOAD_ORDER, TABLES, Column

LAST_ROW = 1_048_575  # the last row of a sheet (0-based): checks cover every row below the header
INLINE_LIMIT = 255  # Excel's limit for a list written into the check itself
BOOL_VALUES = ("ya", "tidak")
CREATED = dt.datetime(2026, 1, 1)

# One example row per table, consistent across tables: the ten templates filled only with
# their example rows form a valid source on their own.
EXAMPLE: dict[str, dict[str, object]] = {
    "wilayah": {"nama_wilayah": "Kabupaten Contoh", "kode_wilayah": "35.10"},
    "opd": {"kode_opd": "DINKES", "nama_opd": "Dinas Kesehatan", "jenis_opd": "dinas", "aktif": True},
    "layanan": {
        "kode_layanan": "DINKES-01",
        "kode_opd": "DINKES",
        "nama_layanan": "Izin Praktik Bidan",
        "sla_hari": 5,
        "terintegrasi": True,
    },
    "permohonan": {
        "id_permohonan": "PMH-2025-00001",
        "kode_layanan": "DINKES-01",
        "tanggal_masuk": dt.date(2025, 1, 6),
        "tanggal_selesai": dt.date(2025, 1, 9),
        "kanal": "online",
        "status": "selesai",
    },
    "skm": {
        "id_responden": "R-2025-00001",
        "kode_layanan": "DINKES-01",
        "tanggal": dt.date(2025, 1, 9),
        **{f"u{i}": v for i, v in enumerate((4, 3, 3, 4, 3, 3, 4, 3, 4), start=1)},
    },
    "pegawai": {
        "tahun": 2025,
        "id_pegawai": "PGW-00001",
        "kode_opd": "DINKES",
        "status_asn": "PNS",
        "jenis_jabatan": "fungsional",
        "jenis_kelamin": "P",
        "jp_pengembangan": 24.5,
        "mutasi": False,
    },
    "tempat_kerja": {
        "tahun": 2025,
        "kode_opd": "DINKES",
        "indeks_spbe": 3.12,
        "surat_total": 1200,
        "surat_elektronik": 950,
        "hari_kerja_total": 246,
        "hari_kerja_fleksibel": 40,
        "titik_layanan": 3,
    },
    "inovasi": {
        "id_inovasi": "INO-00001",
        "kode_opd": "DINKES",
        "nama_inovasi": "Posyandu Digital",
        "tahun": 2025,
        "bentuk": "pelayanan_publik",
        "digital": True,
        "tahapan": "uji_coba",
        "tahap_lab": "design",
        "inisiator": "opd",
    },
    "penghargaan": {
        "id_penghargaan": "PH-00001",
        "kode_opd": "DINKES",
        "id_inovasi": "INO-00001",
        "nama_penghargaan": "Top Inovasi Pelayanan Publik",
        "tingkat": "provinsi",
        "tahun": 2025,
        "pemberi": "Pemerintah Provinsi",
    },
    "target": {"kode_indikator": "W5_ikm", "tahun": 2025, "kode_opd": "DINKES", "nilai_target": 85},
}

GENERAL = (
    (
        "Baris 1 memuat judul kolom sesuai kontrak data: jangan diubah, dihapus atau ditukar.",
        "Row 1 holds the column headers of the data contract: do not change, delete or reorder them.",
    ),
    (
        "Baris 2 adalah contoh: timpa atau hapus sebelum mengirim.",
        "Row 2 is an example: overwrite or delete it before sending.",
    ),
    (
        "Satu baris per data. Kolom wajib harus diisi; kolom opsional boleh kosong.",
        "One row per record. Required columns must be filled; optional ones may stay empty.",
    ),
    (
        "Pilih isian dari daftar bila tersedia. Tanggal: 2025-01-31 atau 31/01/2025.",
        "Pick values from the list where there is one. Dates: 2025-01-31 or 31/01/2025.",
    ),
    (
        "Simpan dengan nama {table}.xlsx (atau CSV) lalu unggah di halaman Kelola data.",
        "Save it as {table}.xlsx (or CSV) and upload it on the Manage data page.",
    ),
)


def rule(table: str, col: Column) -> tuple[str, str]:
    """What a column holds, in Indonesian and English (the instructions and the cell hint)."""
    need = ("wajib", "required") if col.required else ("opsional", "optional")
    if col.kind == "bool":
        what = ("ya / tidak", "ya (yes) / tidak (no)")
    elif col.kind == "choice":
        values = ", ".join(col.choices)
        what = (f"salah satu: {values}", f"one of: {values}")
    elif col.kind == "date":
        what = ("tanggal (2025-01-31 atau 31/01/2025)", "date (2025-01-31 or 31/01/2025)")
    elif col.name == "tahun":
        what = ("tahun, mis. 2025", "year, e.g. 2025")
    elif col.kind in ("int", "number"):
        what = _number_rule(col)
    elif col.name == "kode_indikator":
        what = ("kode indikator (lihat daftar)", "indicator code (see the list)")
    elif col.ref:
        what = (f"kode yang ada di tabel {col.ref}", f"a code that exists in table {col.ref}")
    else:
        what = ("teks", "text")
    key = table in TABLES and col.name in TABLES[table].key
    if key:
        need = (need[0] + ", kunci", need[1] + ", key")
    return f"{need[0]} · {what[0]}", f"{need[1]} · {what[1]}"


def _number_rule(col: Column) -> tuple[str, str]:
    base = ("bilangan bulat", "whole number") if col.kind == "int" else ("angka", "number")
    if col.min is not None and col.max is not None:
        return f"{base[0]} {col.min:g}–{col.max:g}", f"{base[1]} {col.min:g}–{col.max:g}"
    if col.min is not None:
        op = ">" if col.min_exclusive else "≥"
        return f"{base[0]} {op} {col.min:g}", f"{base[1]} {op} {col.min:g}"
    return base


def _choices(col: Column, opd_codes: list[str] | None) -> list[str] | None:
    if col.kind == "bool":
        return list(BOOL_VALUES)
    if col.kind == "choice":
        return list(col.choices)
    if col.name == "kode_indikator":
        return list(CODES)
    if col.ref == "opd" and opd_codes:
        return list(opd_codes)
    return None


def _number_check(col: Column) -> dict | None:
    kind = "integer" if col.kind == "int" else "decimal"
    if col.name == "tahun":
        return {"validate": "integer", "criteria": "between", "minimum": 2000, "maximum": 2100}
    if col.min is not None and col.max is not None:
        return {"validate": kind, "criteria": "between", "minimum": col.min, "maximum": col.max}
    if col.min is not None:
        return {"validate": kind, "criteria": ">" if col.min_exclusive else ">=", "value": col.min}
    return {"validate": kind, "criteria": "between", "minimum": -1e12, "maximum": 1e12}


def _example(table: str, opd_codes: list[str] | None) -> dict[str, object]:
    row = dict(EXAMPLE[table])
    if opd_codes:  # an example the current database accepts
        for col in TABLES[table].columns:
            if col.ref == "opd" and col.name in row:
                row[col.name] = opd_codes[0]
    return row


def build(table: str, opd_codes: list[str] | None = None) -> bytes:
    """The XLSX template of one table. `opd_codes`: the database's OPD codes, offered as a
    drop-down list in every column referring to an OPD."""
    import xlsxwriter

    spec = TABLES[table]
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False}
    )
    # a fixed date keeps the shipped files identical from one build to the next
    book.set_properties({"title": f"Templat {table}", "created": CREATED})
    head = book.add_format({"bold": True, "bg_color": "#DCE6F2", "border": 1, "text_wrap": True})
    optional_head = book.add_format({"bold": True, "bg_color": "#F2F2F2", "border": 1, "text_wrap": True})
    text = book.add_format({"num_format": "@"})
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet = book.add_worksheet(table)
    guide = book.add_worksheet("petunjuk")
    lists = None  # the hidden sheet, made when a list is too long to write inline
    example = _example(table, opd_codes)

    for c, col in enumerate(spec.columns):
        value = example.get(col.name)
        shown = "ya" if value is True else "tidak" if value is False else value
        width = max(len(col.name), len(str(shown or "")), 8) + 3
        column_format = (
            text if col.kind in ("text", "choice", "bool") else date if col.kind == "date" else None
        )
        sheet.set_column(c, c, width, column_format)
        sheet.write_string(0, c, col.name, head if col.required else optional_head)
        if value is None:
            pass
        elif col.kind == "date":
            sheet.write_datetime(1, c, dt.datetime.combine(value, dt.time()), date)
        elif col.kind in ("int", "number"):
            sheet.write_number(1, c, value)
        else:
            sheet.write_string(1, c, str(shown), text)

        hint_id, hint_en = rule(table, col)
        hint = {"input_title": col.name[:32], "input_message": f"{hint_id}\n{hint_en}"[:255]}
        choices = _choices(col, opd_codes)
        if choices is not None:
            if len(",".join(choices)) <= INLINE_LIMIT:
                source: object = choices
            else:
                if lists is None:
                    lists = book.add_worksheet("daftar")
                    lists.hide()
                lists.write_string(0, c, col.name)
                for r, item in enumerate(choices, start=1):
                    lists.write_string(r, c, item)
                letter = xlsxwriter.utility.xl_col_to_name(c)
                source = f"=daftar!${letter}$2:${letter}${len(choices) + 1}"
            check = {"validate": "list", "source": source, "error_type": "stop", **hint}
            check["error_message"] = f"{hint_id}\n{hint_en}"[:255]
        elif col.kind in ("int", "number"):
            check = {**_number_check(col), "error_type": "stop", **hint}
            check["error_message"] = f"{hint_id}\n{hint_en}"[:255]
        elif col.kind == "date":
            check = {
                "validate": "date",
                "criteria": ">=",
                "value": dt.date(1990, 1, 1),
                "error_type": "warning",
                **hint,
            }
        else:
            check = {"validate": "any", **hint}
        sheet.data_validation(1, c, LAST_ROW, c, check)
    sheet.freeze_panes(1, 0)
    sheet.set_row(0, 30)
    _write_guide(book, guide, table)
    sheet.activate()
    book.close()
    return buffer.getvalue()


def _write_guide(book, guide, table: str) -> None:
    spec = TABLES[table]
    title = book.add_format({"bold": True, "font_size": 13})
    bold = book.add_format({"bold": True, "bg_color": "#DCE6F2", "border": 1})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    guide.set_column(0, 0, 22)
    guide.set_column(1, 2, 60, wrap)
    guide.write_string(0, 0, f"Templat {table}: {spec.label_id} / {spec.label_en}", title)
    row = 2
    for ident, eng in GENERAL:
        guide.write_string(row, 1, ident.format(table=table), wrap)
        guide.write_string(row, 2, eng.format(table=table), wrap)
        row += 1
    if spec.key:
        keys = ", ".join(spec.key)
        guide.write_string(row, 1, f"Kunci (tidak boleh ganda): {keys}", wrap)
        guide.write_string(row, 2, f"Key (no duplicates): {keys}", wrap)
        row += 1
    row += 1
    for c, label in enumerate(("kolom / column", "isian (Indonesia)", "content (English)")):
        guide.write_string(row, c, label, bold)
    for col in spec.columns:
        row += 1
        ident, eng = rule(table, col)
        guide.write_string(row, 0, col.name)
        guide.write_string(row, 1, ident, wrap)
        guide.write_string(row, 2, eng, wrap)


def write_all(out_dir: str | Path, opd_codes: list[str] | None = None) -> list[Path]:
    """Every table's template as OUT_DIR/<table>.xlsx."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in LOAD_ORDER:
        path = out / f"{table}.xlsx"
        path.write_bytes(build(table, opd_codes))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kinerja.ingest.templates",
        description="Tulis templat XLSX per tabel / write one XLSX template per table",
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="ambil daftar kode OPD dari basis data ini / take OPD codes from it",
    )
    args = parser.parse_args(argv)
    codes = None
    if args.db is not None:
        from kinerja.storage import db

        con = db.open_readonly(args.db)
        try:
            codes = [r[0] for r in con.sql("SELECT kode_opd FROM opd ORDER BY kode_opd").fetchall()]
        finally:
            con.close()
    for path in write_all(args.out_dir, codes):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
